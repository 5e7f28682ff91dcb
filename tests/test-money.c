/* test-money.c: exact money arithmetic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ter-money.h"

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  gint64 v = 0;

  g_assert_true (ter_money_parse ("1234.56", "CNY", &v, &error));
  g_assert_cmpint (v, ==, 123456);
  g_assert_true (ter_money_parse ("1,234.5", "USD", &v, &error));
  g_assert_cmpint (v, ==, 123450);
  g_assert_true (ter_money_parse ("-0.07", "USD", &v, &error));
  g_assert_cmpint (v, ==, -7);
  g_assert_true (ter_money_parse (" 12 ", "JPY", &v, &error));
  g_assert_cmpint (v, ==, 12);
  g_assert_true (ter_money_parse ("3.100", "CNY", &v, &error));
  g_assert_cmpint (v, ==, 310);
  g_assert_true (ter_money_parse ("92233720368547758.07", "USD", &v, &error));
  g_assert_cmpint (v, ==, G_MAXINT64);

  g_assert_false (ter_money_parse ("3.101", "CNY", &v, &error));
  g_assert_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (ter_money_parse ("12abc", "CNY", &v, &error));
  g_assert_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (ter_money_parse ("", "CNY", &v, &error));
  g_clear_error (&error);
  g_assert_false (ter_money_parse ("92233720368547758.08", "USD", &v, &error));
  g_assert_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_false (ter_money_parse ("1", "XXX", &v, &error));
  g_assert_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_CURRENCY);
}

static void
test_plain_string (void)
{
  g_autofree char *a = ter_money_to_plain_string (123456, "CNY");
  g_autofree char *b = ter_money_to_plain_string (-5, "USD");
  g_autofree char *c = ter_money_to_plain_string (1200, "JPY");
  g_autofree char *d = ter_money_to_plain_string (G_MININT64, "USD");

  g_assert_cmpstr (a, ==, "1234.56");
  g_assert_cmpstr (b, ==, "-0.05");
  g_assert_cmpstr (c, ==, "1200");
  g_assert_cmpstr (d, ==, "-92233720368547758.08");
}

static void
test_overflow (void)
{
  gint64 out = 0;

  g_assert_true (ter_money_add (G_MAXINT64 - 1, 1, &out));
  g_assert_cmpint (out, ==, G_MAXINT64);
  g_assert_false (ter_money_add (G_MAXINT64, 1, &out));
  g_assert_false (ter_money_multiply (G_MAXINT64 / 2 + 1, 2, &out));
  g_assert_true (ter_money_multiply (1999, -3, &out));
  g_assert_cmpint (out, ==, -5997);
}

static void
test_scale_rounding (void)
{
  gint64 out = 0;

  /* Half away from zero, once. */
  g_assert_true (ter_money_scale (5, 1, 2, &out));
  g_assert_cmpint (out, ==, 3);
  g_assert_true (ter_money_scale (-5, 1, 2, &out));
  g_assert_cmpint (out, ==, -3);
  g_assert_true (ter_money_scale (4, 1, 3, &out));
  g_assert_cmpint (out, ==, 1);
  g_assert_true (ter_money_scale (10000, 87, 100, &out));
  g_assert_cmpint (out, ==, 8700);
  /* A 13% tax on ¥0.99 is 12.87 fen, so 13 fen. */
  g_assert_true (ter_money_scale (99, 13, 100, &out));
  g_assert_cmpint (out, ==, 13);
  g_assert_true (ter_money_scale (-5, 1, -2, &out));
  g_assert_cmpint (out, ==, 3);
  /* Large amounts keep every digit: the product does not fit 64 bits. */
  g_assert_true (ter_money_scale (G_MAXINT64, 3, 4, &out));
  g_assert_cmpint (out, ==, 6917529027641081855);
  g_assert_false (ter_money_scale (G_MAXINT64, 4, 3, &out));
}

static void
test_convert (void)
{
  gint64 out = 0;

  /* $100.00 at 7.1 CNY per USD is ¥710.00. */
  g_assert_true (ter_money_convert (10000, "USD", "CNY", 7100000, &out));
  g_assert_cmpint (out, ==, 71000);
  /* ¥1.00 to USD at 0.140845 is 14.0845 cents: 14. */
  g_assert_true (ter_money_convert (100, "CNY", "USD", 140845, &out));
  g_assert_cmpint (out, ==, 14);
  /* Digits differ: $1.50 at 150 JPY per USD is ¥225. */
  g_assert_true (ter_money_convert (150, "USD", "JPY", 150000000, &out));
  g_assert_cmpint (out, ==, 225);
  g_assert_true (ter_money_convert (-150, "USD", "JPY", 150000000, &out));
  g_assert_cmpint (out, ==, -225);
  g_assert_true (ter_money_convert (42, "USD", "USD", 1, &out));
  g_assert_cmpint (out, ==, 42);
  g_assert_false (ter_money_convert (1, "USD", "XXX", 1000000, &out));
  g_assert_false (ter_money_convert (1, "USD", "CNY", 0, &out));
}

static void
test_convert_via (void)
{
  gint64 out = 0;

  /* ¥7.10 is exactly $1.00 through the per-dollar rates, where the direct
   * rate 0.140845… would give 99.99995 cents. */
  g_assert_true (ter_money_convert_via (710, "CNY", 7100000, "USD", 1000000, &out));
  g_assert_cmpint (out, ==, 100);
  g_assert_true (ter_money_convert_via (71000000000, "CNY", 7100000, "USD", 1000000, &out));
  g_assert_cmpint (out, ==, 10000000000);
  g_assert_true (ter_money_convert_via (100, "USD", 1000000, "JPY", 150000000, &out));
  g_assert_cmpint (out, ==, 150);
  g_assert_false (ter_money_convert_via (100, "USD", 0, "JPY", 150000000, &out));
}

static void
test_sum_exact (void)
{
  gint64 total = 0;

  /* A million ¥0.10 lines add up to exactly ¥100,000.00: no float drift. */
  for (int i = 0; i < 1000000; i++)
    g_assert_true (ter_money_add (total, 10, &total));
  g_assert_cmpint (total, ==, 10000000);
}

static void
test_currencies (void)
{
  g_assert_cmpint (ter_currency_digits ("CNY"), ==, 2);
  g_assert_cmpint (ter_currency_digits ("JPY"), ==, 0);
  g_assert_cmpint (ter_currency_digits ("ZZZ"), ==, -1);
  g_assert_cmpstr (ter_currency_symbol ("CNY"), ==, "¥");
  g_assert_cmpstr (ter_currency_symbol ("USD"), ==, "$");
  g_assert_true (ter_currency_is_known ("EUR"));
  g_assert_false (ter_currency_is_known (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse", test_parse);
  g_test_add_func ("/money/plain-string", test_plain_string);
  g_test_add_func ("/money/overflow", test_overflow);
  g_test_add_func ("/money/scale-rounding", test_scale_rounding);
  g_test_add_func ("/money/convert", test_convert);
  g_test_add_func ("/money/convert-via", test_convert_via);
  g_test_add_func ("/money/sum-exact", test_sum_exact);
  g_test_add_func ("/money/currencies", test_currencies);

  return g_test_run ();
}
