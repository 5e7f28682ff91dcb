/* ter-quote.c: quote lines, exact totals and quote states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ter-money.h"
#include "ter-quote.h"

G_DEFINE_QUARK (ter-quote-error-quark, ter_quote_error)

static const char *status_keys[] = {
  "draft", "pending_approval", "approved", "sent", "won", "lost",
};

const char *
ter_quote_status_to_key (TerQuoteStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_keys))
    return NULL;
  return status_keys[status];
}

int
ter_quote_status_from_key (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (status_keys); i++)
    if (g_str_equal (key, status_keys[i]))
      return (int) i;
  return -1;
}

const char *
ter_quote_status_to_label (TerQuoteStatus status)
{
  switch (status)
    {
    case TER_QUOTE_DRAFT:
      return C_("quote status", "Draft");
    case TER_QUOTE_PENDING_APPROVAL:
      return C_("quote status", "Pending approval");
    case TER_QUOTE_APPROVED:
      return C_("quote status", "Approved");
    case TER_QUOTE_SENT:
      return C_("quote status", "Sent");
    case TER_QUOTE_WON:
      return C_("quote status", "Won");
    case TER_QUOTE_LOST:
      return C_("quote status", "Lost");
    default:
      return "";
    }
}

const char *
ter_quote_action_to_label (TerQuoteAction action)
{
  switch (action)
    {
    case TER_QUOTE_ACTION_SUBMIT:
      return C_("quote action", "Submit");
    case TER_QUOTE_ACTION_APPROVE:
      return C_("quote action", "Approve");
    case TER_QUOTE_ACTION_REJECT:
      return C_("quote action", "Reject");
    case TER_QUOTE_ACTION_SEND:
      return C_("quote action", "Mark as sent");
    case TER_QUOTE_ACTION_WIN:
      return C_("quote action", "Won: create order");
    case TER_QUOTE_ACTION_LOSE:
      return C_("quote action", "Lost");
    default:
      return "";
    }
}

const char *
ter_quote_rounding_rule (void)
{
  return _("Amounts are rounded per line to the smallest currency unit, "
           "half away from zero: first the line discount, then the order "
           "discount, then tax; totals are the sums of the rounded lines.");
}

void
ter_quote_line_clear (TerQuoteLine *line)
{
  g_clear_pointer (&line->sku, g_free);
  g_clear_pointer (&line->name_en, g_free);
  g_clear_pointer (&line->name_zh, g_free);
}

static gboolean
check_rate (gint32       rate_bp,
            const char  *what,
            GError     **error)
{
  if (rate_bp >= 0 && rate_bp <= TER_QUOTE_MAX_RATE_BP)
    return TRUE;

  g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
               /* Translators: %s is “order discount”, “tax rate” or a line. */
               _("The %s must be between 0 %% and 100 %%."), what);
  return FALSE;
}

static gboolean
overflow (guint    line,
          GError **error)
{
  g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_OVERFLOW,
               _("Line %u: the amount is too large to calculate exactly."), line);
  return FALSE;
}

/* Fills one line's gross, discounts, net and tax; the caller sums. */
static gboolean
compute_line (TerQuoteLine  *l,
              guint          number,
              gint32         order_discount_bp,
              gint32         tax_bp,
              GError       **error)
{
  g_autofree char *what = g_strdup_printf (_("discount on line %u"), number);

  if (l->quantity < 1)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("Line %u: the quantity must be at least 1."), number);
      return FALSE;
    }
  if (l->unit_price < 0 || l->list_price < 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("Line %u: prices cannot be negative."), number);
      return FALSE;
    }
  if (!check_rate (l->discount_bp, what, error))
    return FALSE;

  if (!ter_money_multiply (l->unit_price, l->quantity, &l->gross)
      || !ter_money_scale (l->gross, l->discount_bp, TER_QUOTE_MAX_RATE_BP, &l->line_discount)
      || !ter_money_scale (l->gross - l->line_discount, order_discount_bp,
                           TER_QUOTE_MAX_RATE_BP, &l->order_discount))
    return overflow (number, error);

  l->net = l->gross - l->line_discount - l->order_discount;
  if (!ter_money_scale (l->net, tax_bp, TER_QUOTE_MAX_RATE_BP, &l->tax))
    return overflow (number, error);

  return TRUE;
}

gboolean
ter_quote_compute_totals (TerQuoteLine    *lines,
                          guint            n_lines,
                          gint32           order_discount_bp,
                          gint32           tax_bp,
                          TerQuoteTotals  *totals,
                          GError         **error)
{
  TerQuoteTotals t = { 0 };

  if (!check_rate (order_discount_bp, _("order discount"), error)
      || !check_rate (tax_bp, _("tax rate"), error))
    return FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      TerQuoteLine *l = &lines[i];
      gint64 list;

      if (!compute_line (l, i + 1, order_discount_bp, tax_bp, error))
        return FALSE;

      if (!ter_money_multiply (l->list_price, l->quantity, &list)
          || !ter_money_add (t.list_total, list, &t.list_total)
          || !ter_money_add (t.gross, l->gross, &t.gross)
          || !ter_money_add (t.line_discounts, l->line_discount, &t.line_discounts)
          || !ter_money_add (t.order_discount, l->order_discount, &t.order_discount)
          || !ter_money_add (t.net, l->net, &t.net)
          || !ter_money_add (t.tax, l->tax, &t.tax))
        return overflow (i + 1, error);
    }

  if (!ter_money_add (t.net, t.tax, &t.total))
    return overflow (n_lines, error);

  /* The discount a manager approves is measured against the catalog, so
   * a lowered unit price counts as much as a discount rate does. */
  if (t.list_total > 0)
    {
      gint64 bp = 0;

      ter_money_scale (t.list_total - t.net, TER_QUOTE_MAX_RATE_BP, t.list_total, &bp);
      t.discount_bp = (gint32) CLAMP (bp, -TER_QUOTE_MAX_RATE_BP, TER_QUOTE_MAX_RATE_BP);
    }

  *totals = t;
  return TRUE;
}

char *
ter_quote_format_rate (gint32 rate_bp)
{
  if (rate_bp % 100 == 0)
    return g_strdup_printf ("%d %%", rate_bp / 100);
  if (rate_bp % 10 == 0)
    return g_strdup_printf ("%.1f %%", rate_bp / 100.0);
  return g_strdup_printf ("%.2f %%", rate_bp / 100.0);
}

gboolean
ter_quote_parse_rate (const char  *text,
                      gint32      *rate_bp,
                      GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 value = 0;
  char *percent;

  percent = strchr (clean, '%');
  if (percent != NULL)
    *percent = '\0';
  g_strstrip (clean);
  g_strdelimit (clean, ",", '.');

  /* Parsed as money with two decimals, which is exactly basis points. */
  if (*clean == '\0' || !ter_money_parse (clean, "USD", &value, NULL)
      || value < 0 || value > TER_QUOTE_MAX_RATE_BP)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("“%s” is not a rate between 0 and 100 %%."), text != NULL ? text : "");
      return FALSE;
    }

  *rate_bp = (gint32) value;
  return TRUE;
}
