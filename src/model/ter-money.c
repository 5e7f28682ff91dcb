/* ter-money.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-money.h"

typedef struct {
  const char *code;
  int digits;
  const char *symbol;
} CurrencyInfo;

static const CurrencyInfo currencies[] = {
  { "CNY", 2, "¥" },
  { "USD", 2, "$" },
  { "EUR", 2, "€" },
  { "GBP", 2, "£" },
  { "HKD", 2, "HK$" },
  { "TWD", 2, "NT$" },
  { "CAD", 2, "CA$" },
  { "AUD", 2, "A$" },
  { "JPY", 0, "JP¥" },
  { "KRW", 0, "₩" },
};

G_DEFINE_QUARK (ter-money-error-quark, ter_money_error)

static const CurrencyInfo *
lookup_currency (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_str_equal (currencies[i].code, code))
      return &currencies[i];

  return NULL;
}

int
ter_currency_digits (const char *code)
{
  const CurrencyInfo *info = lookup_currency (code);

  return info ? info->digits : -1;
}

const char *
ter_currency_symbol (const char *code)
{
  const CurrencyInfo *info = lookup_currency (code);

  return info ? info->symbol : code;
}

gboolean
ter_currency_is_known (const char *code)
{
  return lookup_currency (code) != NULL;
}

gboolean
ter_money_add (gint64  a,
               gint64  b,
               gint64 *out)
{
  return !__builtin_add_overflow (a, b, out);
}

gboolean
ter_money_multiply (gint64  unit_minor,
                    gint64  quantity,
                    gint64 *out)
{
  return !__builtin_mul_overflow (unit_minor, quantity, out);
}

/* Rounds num / den half away from zero; den must be positive. */
static __int128
divide_rounded (__int128 num,
                __int128 den)
{
  __int128 q = num / den;
  __int128 r = num % den;

  if (r < 0)
    r = -r;
  if (2 * r >= den)
    q += num < 0 ? -1 : 1;

  return q;
}

static gboolean
narrow (__int128  value,
        gint64   *out)
{
  if (value > G_MAXINT64 || value < G_MININT64)
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

gboolean
ter_money_scale (gint64  amount,
                 gint64  numerator,
                 gint64  denominator,
                 gint64 *out)
{
  __int128 num;

  g_return_val_if_fail (denominator != 0, FALSE);

  num = (__int128) amount * numerator;
  if (denominator < 0)
    {
      num = -num;
      denominator = -denominator;
    }

  return narrow (divide_rounded (num, denominator), out);
}

static __int128
power_of_ten (int n)
{
  __int128 p = 1;

  while (n-- > 0)
    p *= 10;

  return p;
}

gboolean
ter_money_convert (gint64      amount,
                   const char *from,
                   const char *to,
                   gint64      rate_micros,
                   gint64     *out)
{
  int from_digits = ter_currency_digits (from);
  int to_digits = ter_currency_digits (to);
  __int128 num;
  __int128 den;

  if (from_digits < 0 || to_digits < 0 || rate_micros <= 0)
    return FALSE;

  if (g_str_equal (from, to))
    {
      *out = amount;
      return TRUE;
    }

  num = (__int128) amount * rate_micros * power_of_ten (to_digits);
  den = (__int128) 1000000 * power_of_ten (from_digits);

  return narrow (divide_rounded (num, den), out);
}

gboolean
ter_money_convert_via (gint64      amount,
                       const char *from,
                       gint64      from_per_unit,
                       const char *to,
                       gint64      to_per_unit,
                       gint64     *out)
{
  int from_digits = ter_currency_digits (from);
  int to_digits = ter_currency_digits (to);
  __int128 num;
  __int128 den;

  if (from_digits < 0 || to_digits < 0 || from_per_unit <= 0 || to_per_unit <= 0)
    return FALSE;

  if (g_str_equal (from, to))
    {
      *out = amount;
      return TRUE;
    }

  num = (__int128) amount * to_per_unit * power_of_ten (to_digits);
  den = (__int128) from_per_unit * power_of_ten (from_digits);

  return narrow (divide_rounded (num, den), out);
}

gboolean
ter_money_parse (const char  *text,
                 const char  *currency,
                 gint64      *out,
                 GError     **error)
{
  int digits = ter_currency_digits (currency);
  gboolean negative = FALSE;
  gboolean seen_digit = FALSE;
  gboolean seen_point = FALSE;
  int fraction_digits = 0;
  __int128 value = 0;
  const char *p;

  if (digits < 0)
    {
      g_set_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_CURRENCY,
                   _("Unknown currency “%s”"), currency ? currency : "");
      return FALSE;
    }

  p = text ? text : "";
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  for (; *p != '\0' && !g_ascii_isspace (*p); p++)
    {
      if (*p == ',' && !seen_point)
        continue;
      if (*p == '.' && !seen_point)
        {
          seen_point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        goto invalid;
      if (seen_point && ++fraction_digits > digits)
        {
          /* Extra digits are only allowed when they are zeros. */
          if (*p != '0')
            goto invalid;
          continue;
        }
      value = value * 10 + (*p - '0');
      seen_digit = TRUE;
      if (value > G_MAXINT64)
        {
          g_set_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_OVERFLOW,
                       _("The amount “%s” is too large"), text);
          return FALSE;
        }
    }

  while (g_ascii_isspace (*p))
    p++;
  if (!seen_digit || *p != '\0')
    goto invalid;

  for (; fraction_digits < digits; fraction_digits++)
    value *= 10;
  if (value > G_MAXINT64)
    {
      g_set_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_OVERFLOW,
                   _("The amount “%s” is too large"), text);
      return FALSE;
    }

  *out = negative ? -(gint64) value : (gint64) value;
  return TRUE;

invalid:
  g_set_error (error, TER_MONEY_ERROR, TER_MONEY_ERROR_PARSE,
               _("“%s” is not an amount of money"), text ? text : "");
  return FALSE;
}

char *
ter_money_to_plain_string (gint64      amount,
                           const char *currency)
{
  int digits = MAX (ter_currency_digits (currency), 0);
  guint64 magnitude = amount < 0 ? -(guint64) amount : (guint64) amount;
  guint64 scale = (guint64) power_of_ten (digits);

  if (digits == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, amount < 0 ? "-" : "", magnitude);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          amount < 0 ? "-" : "",
                          magnitude / scale, digits, magnitude % scale);
}
