/* ter-import-parse.c: dates, numbers and names from spreadsheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-parse"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ter-import-parse.h"

/* Reads up to `max` digits; the number of digits read, 0 if none. */
static int
read_number (const char **p,
             int          max,
             int         *value)
{
  int n = 0;

  *value = 0;
  while (n < max && g_ascii_isdigit (**p))
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  return n;
}

static gboolean
parse_time_and_offset (const char *p)
{
  int hours, minutes, seconds;

  while (*p == ' ' || *p == 'T')
    p++;
  if (*p == '\0')
    return TRUE;
  if (read_number (&p, 2, &hours) == 0 || hours > 23 || *p++ != ':'
      || read_number (&p, 2, &minutes) != 2 || minutes > 59)
    return FALSE;
  if (*p == ':' && (p++, read_number (&p, 2, &seconds) != 2 || seconds > 60))
    return FALSE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++);
  while (*p == ' ')
    p++;
  if (g_ascii_strncasecmp (p, "AM", 2) == 0 || g_ascii_strncasecmp (p, "PM", 2) == 0)
    p += 2;
  while (*p == ' ')
    p++;
  if (*p == 'Z' || g_str_has_prefix (p, "UTC") || g_str_has_prefix (p, "GMT"))
    p += *p == 'Z' ? 1 : 3;
  if (*p == '+' || *p == '-')
    {
      p++;
      if (read_number (&p, 2, &hours) != 2 || hours > 14)
        return FALSE;
      if (*p == ':')
        p++;
      if (read_number (&p, 2, &minutes) != 2 || minutes > 59)
        return FALSE;
    }
  return *p == '\0';
}

static gboolean
valid_day (int year,
           int month,
           int day)
{
  return year >= 1900 && year <= 9999 && month >= 1 && month <= 12
         && day >= 1 && day <= g_date_get_days_in_month (month, year);
}

gboolean
ter_import_parse_date (const char   *text,
                       TerDateOrder  order,
                       char          iso[11])
{
  const char *p = text;
  int a, b, c, na, nc, year, month, day;
  char separator;

  while (*p == ' ')
    p++;
  if ((na = read_number (&p, 4, &a)) == 0 || (*p != '-' && *p != '/' && *p != '.'))
    return FALSE;
  separator = *p++;
  if (read_number (&p, 2, &b) == 0 || *p++ != separator || (nc = read_number (&p, 4, &c)) == 0)
    return FALSE;

  if (na == 4)
    year = a, month = b, day = c;
  else if (nc != 4 && nc != 2)
    return FALSE;
  else
    {
      year = nc == 4 ? c : (c < 70 ? 2000 + c : 1900 + c);
      /* A dashed or dotted short date is day first (31-10-25); slashes
       * follow the file's order, month first when nothing tells. */
      if (order == TER_DATE_ORDER_DMY || (order != TER_DATE_ORDER_MDY && separator != '/'))
        day = a, month = b;
      else
        month = a, day = b;
    }

  if (!valid_day (year, month, day) || !parse_time_and_offset (p))
    return FALSE;

  g_snprintf (iso, 11, "%04d-%02d-%02d", year, month, day);
  return TRUE;
}

TerDateOrder
ter_import_date_order_hint (const char *text)
{
  const char *p = text;
  int a, b;

  while (*p == ' ')
    p++;
  if (read_number (&p, 4, &a) == 4)
    return TER_DATE_ORDER_YMD;
  if (*p != '/' && *p != '-' && *p != '.')
    return TER_DATE_ORDER_AUTO;
  p++;
  if (read_number (&p, 2, &b) == 0)
    return TER_DATE_ORDER_AUTO;
  if (a > 12 && b <= 12)
    return TER_DATE_ORDER_DMY;
  if (b > 12 && a <= 12)
    return TER_DATE_ORDER_MDY;
  return TER_DATE_ORDER_AUTO;
}

TerDateOrder
ter_import_date_order_from_string (const char *text)
{
  if (text == NULL)
    return TER_DATE_ORDER_AUTO;
  if (g_ascii_strcasecmp (text, "ymd") == 0 || g_ascii_strcasecmp (text, "iso") == 0)
    return TER_DATE_ORDER_YMD;
  if (g_ascii_strcasecmp (text, "mdy") == 0)
    return TER_DATE_ORDER_MDY;
  if (g_ascii_strcasecmp (text, "dmy") == 0)
    return TER_DATE_ORDER_DMY;
  return -1;
}

/* Copies the digits, sign and decimal point of `text` into `out`,
 * dropping currency signs and codes, spaces and thousands separators. */
static gboolean
clean_number (const char *text,
              gboolean    decimal_comma,
              GString    *out,
              gboolean   *percent)
{
  char decimal = decimal_comma ? ',' : '.';
  char thousands = decimal_comma ? '.' : ',';
  gboolean negative = FALSE, digits = FALSE, point = FALSE;

  *percent = FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 128 && g_ascii_isdigit (c) && !*percent)
        g_string_append_c (out, c), digits = TRUE;
      else if (c == (gunichar) decimal && !point && !*percent)
        g_string_append_c (out, '.'), point = TRUE;
      else if ((c == '-' || c == '(') && !digits && !negative)
        negative = TRUE;
      else if (c == '%' && digits)
        *percent = TRUE;
      else if ((c == (gunichar) thousands && digits && !point) || c == ')' || c == '+'
               || g_unichar_isspace (c) || c == 0xa0
               || g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL
               || (c < 128 && g_ascii_isupper (c)))
        continue;
      else
        return FALSE;
    }
  if (negative)
    g_string_prepend_c (out, '-');
  return digits;
}

gboolean
ter_import_parse_decimal (const char *text,
                          gboolean    decimal_comma,
                          int         scale,
                          gint64     *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *p, *fraction;
  gboolean negative, percent;
  gint64 result = 0;
  gsize n_fraction;

  if (!clean_number (text, decimal_comma, clean, &percent))
    return FALSE;
  if (percent)
    {
      if (scale < 2)
        return FALSE;
      scale -= 2;
    }

  p = clean->str;
  negative = *p == '-';
  p += negative;
  fraction = strchr (p, '.');
  n_fraction = fraction ? strlen (fraction + 1) : 0;

  for (; *p && *p != '.'; p++)
    {
      if (result > (G_MAXINT64 - 9) / 10)
        return FALSE;
      result = result * 10 + (*p - '0');
    }
  for (int i = 0; i < scale; i++)
    {
      int digit = (gsize) i < n_fraction ? fraction[1 + i] - '0' : 0;

      if (result > (G_MAXINT64 - 9) / 10)
        return FALSE;
      result = result * 10 + digit;
    }
  if (n_fraction > (gsize) scale && fraction[1 + scale] >= '5')
    result++;

  *value = negative ? -result : result;
  return TRUE;
}

gboolean
ter_import_looks_decimal_comma (const char *text)
{
  const char *comma = strrchr (text, ',');
  const char *point = strrchr (text, '.');
  gsize after;

  if (comma == NULL)
    return FALSE;
  if (point != NULL)
    return point < comma;
  /* "12,5" or "12,50" is a decimal; "1,234" is a thousands separator. */
  after = strspn (comma + 1, "0123456789");
  return after > 0 && after != 3 && comma[1 + after] == '\0';
}

char *
ter_import_normalize_name (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (normal ? normal : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '-' && c != '.' && c != '_' && c != 0xa0)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
