/* ter-money.h: exact money arithmetic in integer minor units.
 *
 * Amounts are gint64 counts of a currency's minor unit (fen, cents). Every
 * operation that can lose precision states its rounding: half away from zero,
 * applied once per operation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TER_MONEY_ERROR (ter_money_error_quark ())

typedef enum {
  TER_MONEY_ERROR_OVERFLOW,
  TER_MONEY_ERROR_CURRENCY,
  TER_MONEY_ERROR_PARSE,
} TerMoneyError;

GQuark      ter_money_error_quark      (void);

/* Number of minor-unit digits (2 for CNY and USD, 0 for JPY); -1 if the
 * ISO 4217 code is unknown. */
int         ter_currency_digits        (const char  *code);
const char *ter_currency_symbol        (const char  *code);
gboolean    ter_currency_is_known      (const char  *code);

gboolean    ter_money_add              (gint64       a,
                                        gint64       b,
                                        gint64      *out);
gboolean    ter_money_multiply         (gint64       unit_minor,
                                        gint64       quantity,
                                        gint64      *out);
/* amount × numerator / denominator, rounded half away from zero. */
gboolean    ter_money_scale            (gint64       amount,
                                        gint64       numerator,
                                        gint64       denominator,
                                        gint64      *out);
/* Converts between currencies with a rate given as millionths of a `to`
 * major unit per `from` major unit (7.1 CNY per USD = 7100000). */
gboolean    ter_money_convert          (gint64       amount,
                                        const char  *from,
                                        const char  *to,
                                        gint64       rate_micros,
                                        gint64      *out);

/* Converts with both currencies' rates against a common unit (millionths
 * per US dollar), in one step and one rounding: exact where a direct
 * from→to rate would not be a whole number of millionths. */
gboolean    ter_money_convert_via      (gint64       amount,
                                        const char  *from,
                                        gint64       from_per_unit,
                                        const char  *to,
                                        gint64       to_per_unit,
                                        gint64      *out);

/* Parses "1234.5", "-0.07", "1,234.56" exactly into minor units. */
gboolean    ter_money_parse            (const char  *text,
                                        const char  *currency,
                                        gint64      *out,
                                        GError     **error);
/* Plain machine form: "-1234.50" (no grouping, no symbol). */
char       *ter_money_to_plain_string  (gint64       amount,
                                        const char  *currency);

G_END_DECLS
