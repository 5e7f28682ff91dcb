/* ter-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ter-format.h"
#include "ter-money.h"

gboolean
ter_locale_is_chinese (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "zh");
}

static const char *
grouping_separator (void)
{
  const struct lconv *conv = localeconv ();

  /* The C locale has none; a comma reads better than nothing in both of
   * the languages Territory speaks. */
  if (conv->thousands_sep == NULL || conv->thousands_sep[0] == '\0')
    return ",";
  return conv->thousands_sep;
}

static const char *
decimal_point (void)
{
  const struct lconv *conv = localeconv ();

  if (conv->decimal_point == NULL || conv->decimal_point[0] == '\0')
    return ".";
  return conv->decimal_point;
}

static void
append_grouped (GString *out,
                guint64  value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  const char *sep = grouping_separator ();
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
}

char *
ter_format_integer (gint64 value)
{
  GString *out = g_string_new (NULL);

  if (value < 0)
    g_string_append_c (out, '-');
  append_grouped (out, value < 0 ? -(guint64) value : (guint64) value);

  return g_string_free (out, FALSE);
}

char *
ter_format_money (gint64      minor,
                  const char *currency)
{
  int digits = MAX (ter_currency_digits (currency), 0);
  guint64 magnitude = minor < 0 ? -(guint64) minor : (guint64) minor;
  guint64 scale = 1;
  GString *out = g_string_new (NULL);

  for (int i = 0; i < digits; i++)
    scale *= 10;

  if (minor < 0)
    g_string_append_c (out, '-');
  g_string_append (out, ter_currency_symbol (currency));
  append_grouped (out, magnitude / scale);
  if (digits > 0)
    g_string_append_printf (out, "%s%0*" G_GUINT64_FORMAT,
                            decimal_point (), digits, magnitude % scale);

  return g_string_free (out, FALSE);
}

/* Formats `value` / `unit` with three significant digits. */
static void
append_scaled (GString    *out,
               double      value,
               double      unit,
               const char *suffix)
{
  double scaled = value / unit;
  int decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%df", decimals);

  g_ascii_formatd (buf, sizeof buf, format, scaled);
  if (scaled >= 1000)
    {
      append_grouped (out, (guint64) llround (scaled));
    }
  else
    {
      char *point = strchr (buf, '.');

      if (point != NULL)
        {
          /* Drop trailing zeros: "12.0万" reads as "12万". */
          char *end = buf + strlen (buf) - 1;

          while (end > point && *end == '0')
            *end-- = '\0';
          if (end == point)
            *end = '\0';
          else
            *point = decimal_point ()[0];
        }
      g_string_append (out, buf);
    }
  g_string_append (out, suffix);
}

static void
append_compact (GString *out,
                double   value)
{
  double magnitude = fabs (value);

  if (ter_locale_is_chinese ())
    {
      if (magnitude >= 1e8)
        append_scaled (out, magnitude, 1e8, "亿");
      else if (magnitude >= 1e4)
        append_scaled (out, magnitude, 1e4, "万");
      else
        append_grouped (out, (guint64) llround (magnitude));
    }
  else
    {
      if (magnitude >= 1e9)
        append_scaled (out, magnitude, 1e9, "B");
      else if (magnitude >= 1e6)
        append_scaled (out, magnitude, 1e6, "M");
      else if (magnitude >= 1e4)
        append_scaled (out, magnitude, 1e3, "K");
      else
        append_grouped (out, (guint64) llround (magnitude));
    }
}

char *
ter_format_money_compact (gint64      minor,
                          const char *currency)
{
  int digits = MAX (ter_currency_digits (currency), 0);
  GString *out = g_string_new (NULL);

  if (minor < 0)
    g_string_append_c (out, '-');
  g_string_append (out, ter_currency_symbol (currency));
  append_compact (out, (double) minor / pow (10, digits));

  return g_string_free (out, FALSE);
}

char *
ter_format_number_compact (double value)
{
  GString *out = g_string_new (NULL);

  if (value < 0)
    g_string_append_c (out, '-');
  append_compact (out, value);

  return g_string_free (out, FALSE);
}

static char *
format_fraction (double      fraction,
                 const char *sign)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  g_ascii_formatd (buf, sizeof buf, "%.1f", fabs (fraction) * 100.0);
  point = strchr (buf, '.');
  if (point != NULL)
    *point = decimal_point ()[0];

  return g_strdup_printf ("%s%s%%", sign, buf);
}

char *
ter_format_percent (double fraction)
{
  return format_fraction (fraction, fraction < 0 ? "−" : "");
}

char *
ter_format_change (double fraction)
{
  if (fabs (fraction) < 0.0005)
    return format_fraction (0.0, "±");
  return format_fraction (fraction, fraction < 0 ? "−" : "+");
}

char *
ter_format_month (int year,
                  int month)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  g_return_val_if_fail (dt != NULL, NULL);

  /* Translators: a month and year, as in "November 2026"; see
   * g_date_time_format() for the codes. Chinese: "%Y年%-m月". */
  return g_date_time_format (dt, C_("month format", "%B %Y"));
}

char *
ter_format_date (const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  dt = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                            g_date_get_day (date), 0, 0, 0);

  /* Translators: a day, as in "Nov 23, 2026"; see g_date_time_format()
   * for the codes. Chinese: "%Y年%-m月%-d日". */
  return g_date_time_format (dt, C_("date format", "%b %-d, %Y"));
}
