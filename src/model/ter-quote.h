/* ter-quote.h: quotes, their lines and exact totals.
 *
 * Rounding rule: every amount is an integer count of the currency's minor
 * unit. Per line, in this order: gross = quantity × unit price (exact);
 * line discount = gross × line rate, rounded half away from zero; the
 * order discount is applied to each line's net the same way; tax is then
 * computed per line on what remains, rounded the same way. The quote's
 * totals are the sums of the rounded line figures, so the printed lines
 * always add up to the printed total.
 *
 * Rates (discounts, tax) are basis points: 1250 = 12.50 %.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TER_QUOTE_ERROR (ter_quote_error_quark ())

typedef enum {
  TER_QUOTE_ERROR_INVALID,
  TER_QUOTE_ERROR_OVERFLOW,
  TER_QUOTE_ERROR_TRANSITION,
  TER_QUOTE_ERROR_AUTHORITY,
} TerQuoteError;

typedef enum {
  TER_QUOTE_DRAFT,
  TER_QUOTE_PENDING_APPROVAL,
  TER_QUOTE_APPROVED,
  TER_QUOTE_SENT,
  TER_QUOTE_WON,
  TER_QUOTE_LOST,
} TerQuoteStatus;

typedef enum {
  TER_QUOTE_ACTION_SUBMIT,
  TER_QUOTE_ACTION_APPROVE,
  TER_QUOTE_ACTION_REJECT,
  TER_QUOTE_ACTION_SEND,
  TER_QUOTE_ACTION_WIN,
  TER_QUOTE_ACTION_LOSE,
} TerQuoteAction;

/* The largest rate a discount or tax may have: 100 %. */
#define TER_QUOTE_MAX_RATE_BP 10000

typedef struct {
  gint64  product_id;
  char   *sku;
  char   *name_en;
  char   *name_zh;
  gint64  quantity;
  gint64  unit_price;    /* minor units */
  gint64  list_price;    /* minor units; the catalog price when quoted */
  gint32  discount_bp;
  /* Filled in by ter_quote_compute_totals(). */
  gint64  gross;         /* quantity × unit price */
  gint64  line_discount;
  gint64  order_discount;
  gint64  net;           /* after both discounts, before tax */
  gint64  tax;
} TerQuoteLine;

typedef struct {
  gint64 list_total;     /* quantity × list price, summed */
  gint64 gross;
  gint64 line_discounts;
  gint64 order_discount;
  gint64 net;
  gint64 tax;
  gint64 total;          /* net + tax */
  gint32 discount_bp;    /* off list: (list_total − net) / list_total */
} TerQuoteTotals;

GQuark      ter_quote_error_quark        (void);

const char *ter_quote_status_to_key      (TerQuoteStatus  status);
int         ter_quote_status_from_key    (const char     *key);
const char *ter_quote_status_to_label    (TerQuoteStatus  status);
const char *ter_quote_action_to_label    (TerQuoteAction  action);

void        ter_quote_line_clear         (TerQuoteLine   *line);

/* Computes every line's figures and the totals; refuses rates outside
 * 0–100 %, quantities below 1, negative prices and any amount that would
 * not fit in 64 bits, naming the line. */
gboolean    ter_quote_compute_totals     (TerQuoteLine   *lines,
                                          guint           n_lines,
                                          gint32          order_discount_bp,
                                          gint32          tax_bp,
                                          TerQuoteTotals *totals,
                                          GError        **error);

/* "12.5 %" in the current locale. */
char       *ter_quote_format_rate        (gint32          rate_bp);
/* Parses "12.5", "12,5 %" into basis points; 0–100 %. */
gboolean    ter_quote_parse_rate         (const char     *text,
                                          gint32         *rate_bp,
                                          GError        **error);

/* The rounding rule as one sentence for documents and the editor. */
const char *ter_quote_rounding_rule      (void);

G_END_DECLS
