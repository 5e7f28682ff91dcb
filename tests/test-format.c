/* test-format.c: locale-aware figures and reporting periods.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "ter-format.h"
#include "ter-period.h"

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

static void
assert_compact (gint64      minor,
                const char *currency,
                const char *expected)
{
  g_autofree char *text = ter_format_money_compact (minor, currency);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_compact_chinese (void)
{
  use_language ("zh_CN");
  g_assert_true (ter_locale_is_chinese ());

  assert_compact (123456789000, "CNY", "¥12.3亿");
  assert_compact (12345678900, "CNY", "¥1.23亿");
  assert_compact (45600000, "CNY", "¥45.6万");
  assert_compact (1200000, "CNY", "¥1.2万");
  assert_compact (100000000, "CNY", "¥100万");
  assert_compact (12345678900000, "CNY", "¥1,235亿");
  assert_compact (853200, "CNY", "¥8,532");
  assert_compact (-45600000, "CNY", "-¥45.6万");
}

static void
test_compact_english (void)
{
  use_language ("en_US");
  g_assert_false (ter_locale_is_chinese ());

  assert_compact (123456789, "USD", "$1.23M");
  assert_compact (98000000, "USD", "$980K");
  assert_compact (999900, "USD", "$9,999");
  assert_compact (250000000000, "USD", "$2.5B");
  assert_compact (4560000000, "USD", "$45.6M");
}

static void
test_money_and_numbers (void)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;
  g_autofree char *f = NULL;

  use_language ("en_US");
  a = ter_format_money (123456789, "CNY");
  b = ter_format_money (-800, "USD");
  c = ter_format_integer (1234567);
  d = ter_format_percent (0.875);
  e = ter_format_change (0.1234);
  f = ter_format_change (-0.04);

  g_assert_cmpstr (a, ==, "¥1,234,567.89");
  g_assert_cmpstr (b, ==, "-$8.00");
  g_assert_cmpstr (c, ==, "1,234,567");
  g_assert_cmpstr (d, ==, "87.5%");
  g_assert_cmpstr (e, ==, "+12.3%");
  g_assert_cmpstr (f, ==, "−4.0%");
}

static void
assert_period (TerPeriodPreset  preset,
               guint            fiscal,
               const char      *expected_first,
               const char      *expected_last)
{
  GDate today;
  TerPeriod period;
  char first[11], last[11];

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, 11, 2026);
  ter_period_init_preset (&period, preset, &today, fiscal);
  ter_period_format_bounds (&period, first, last);
  g_assert_cmpstr (first, ==, expected_first);
  g_assert_cmpstr (last, ==, expected_last);
}

static void
test_presets (void)
{
  assert_period (TER_PERIOD_THIS_MONTH, 1, "2026-11-01", "2026-11-30");
  assert_period (TER_PERIOD_LAST_MONTH, 1, "2026-10-01", "2026-10-31");
  assert_period (TER_PERIOD_THIS_QUARTER, 1, "2026-10-01", "2026-12-31");
  assert_period (TER_PERIOD_LAST_QUARTER, 1, "2026-07-01", "2026-09-30");
  assert_period (TER_PERIOD_YEAR_TO_DATE, 1, "2026-01-01", "2026-11-30");
  assert_period (TER_PERIOD_THIS_FISCAL_YEAR, 1, "2026-01-01", "2026-12-31");
  assert_period (TER_PERIOD_THIS_FISCAL_YEAR, 4, "2026-04-01", "2027-03-31");
  assert_period (TER_PERIOD_LAST_FISCAL_YEAR, 4, "2025-04-01", "2026-03-31");
  assert_period (TER_PERIOD_THIS_FISCAL_YEAR, 12, "2025-12-01", "2026-11-30");
  assert_period (TER_PERIOD_LAST_12_MONTHS, 1, "2025-12-01", "2026-11-30");
}

static void
test_previous_year (void)
{
  TerPeriod period, previous;
  char first[11], last[11];

  g_date_clear (&period.first, 1);
  g_date_clear (&period.last, 1);
  g_date_set_dmy (&period.first, 1, 2, 2024);
  g_date_set_dmy (&period.last, 29, 2, 2024);
  ter_period_previous_year (&period, &previous);
  ter_period_format_bounds (&previous, first, last);
  g_assert_cmpstr (first, ==, "2023-02-01");
  g_assert_cmpstr (last, ==, "2023-02-28");

  /* Into a leap year: the end of February stays the end of February. */
  g_date_set_dmy (&period.first, 1, 2, 2025);
  g_date_set_dmy (&period.last, 28, 2, 2025);
  ter_period_previous_year (&period, &previous);
  ter_period_format_bounds (&previous, first, last);
  g_assert_cmpstr (last, ==, "2024-02-29");
}

static void
test_parse_date (void)
{
  GDate date;

  g_assert_true (ter_period_parse_date ("2026-02-28", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 28);
  g_assert_false (ter_period_parse_date ("2026-02-30", &date));
  g_assert_false (ter_period_parse_date ("2026-2-3x", &date));
  g_assert_false (ter_period_parse_date (NULL, &date));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/compact-chinese", test_compact_chinese);
  g_test_add_func ("/format/compact-english", test_compact_english);
  g_test_add_func ("/format/money-and-numbers", test_money_and_numbers);
  g_test_add_func ("/period/presets", test_presets);
  g_test_add_func ("/period/previous-year", test_previous_year);
  g_test_add_func ("/period/parse-date", test_parse_date);

  return g_test_run ();
}
