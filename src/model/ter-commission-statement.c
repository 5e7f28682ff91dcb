/* ter-commission-statement.c: the lines of a commission statement and its
 * CSV form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-commission-statement"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "ter-commission-statement.h"
#include "ter-csv-reader.h"
#include "ter-format.h"
#include "ter-money.h"

static void
line_clear (gpointer data)
{
  TerStatementLine *line = data;

  g_free (line->label);
  g_free (line->detail);
}

static void
add_line (GArray     *lines,
          const char *label,
          char       *detail,
          gint64      amount,
          gboolean    has_amount)
{
  TerStatementLine line = { g_strdup (label), detail != NULL ? detail : g_strdup (""),
                            amount, has_amount, FALSE };

  g_array_append_val (lines, line);
}

static char *
month_text (const char *month)
{
  return ter_format_month (atoi (month), atoi (month + 5));
}

static void
add_clawbacks (GArray                        *lines,
               const TerCommissionStatement  *s)
{
  for (guint i = 0; i < s->clawbacks->len; i++)
    {
      const TerClawback *c = &g_array_index (s->clawbacks, TerClawback, i);
      g_autofree char *when = month_text (c->original_month);
      g_autofree char *returned = ter_format_money (c->amount, s->currency);

      /* Translators: a statement line, "Return of an order from March 2026". */
      g_autofree char *label = g_strdup_printf (_("Return of an order from %s"), when);

      /* Translators: detail of a clawback, "order 1234, −¥3,000.00 returned". */
      add_line (lines, label, g_strdup_printf (_("order %d, %s returned"), (int) c->order_id, returned),
                c->clawback, TRUE);
    }
}

GArray *
ter_commission_statement_lines (const TerCommissionStatement *s)
{
  const TerCommissionResult *r = &s->result;
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (TerStatementLine));
  TerStatementLine payout = { NULL };

  g_array_set_clear_func (lines, line_clear);
  add_line (lines, _("Net sales"), g_strdup (_("orders of the month, less their returns")), r->revenue, TRUE);
  add_line (lines, _("Quota"), s->quota > 0 ? NULL : g_strdup (_("no revenue target for the month")),
            s->quota, TRUE);
  if (r->attainment_bp >= 0)
    add_line (lines, _("Attainment"), ter_format_percent (r->attainment_bp / (double) TER_BP_WHOLE), 0, FALSE);
  add_line (lines, _("Commission at plain rates"), g_strdup (_("base and category rates")), r->plain, TRUE);
  add_line (lines, _("After tiers and accelerators"), NULL, r->tiered, TRUE);
  add_line (lines, _("Commission"), r->capped ? g_strdup (_("held to the plan’s monthly cap")) : NULL,
            r->commission, TRUE);
  add_clawbacks (lines, s);

  payout.label = g_strdup (_("Payout"));
  payout.detail = g_strdup (s->clawbacks->len > 0 ? _("commission less returns clawed back") : "");
  payout.amount = s->payout;
  payout.has_amount = TRUE;
  payout.total = TRUE;
  g_array_append_val (lines, payout);

  return lines;
}

char *
ter_commission_statement_month (const TerCommissionStatement *statement)
{
  return month_text (statement->month);
}

char *
ter_commission_statement_to_csv (const TerCommissionStatement *s)
{
  g_autoptr(GArray) lines = ter_commission_statement_lines (s);
  GString *csv = g_string_new ("\xef\xbb\xbf");
  const char *header[] = {
    _("Rep"), _("Month"), _("Plan"), _("Item"), _("Detail"), _("Amount"), _("Currency"),
  };

  ter_csv_append_record (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < lines->len; i++)
    {
      const TerStatementLine *line = &g_array_index (lines, TerStatementLine, i);
      g_autofree char *amount = line->has_amount ? ter_money_to_plain_string (line->amount, s->currency) : NULL;
      const char *row[] = {
        s->rep_name, s->month, s->plan_name, line->label, line->detail,
        amount != NULL ? amount : "", line->has_amount ? s->currency : "",
      };

      ter_csv_append_record (csv, row, G_N_ELEMENTS (row));
    }

  return g_string_free (csv, FALSE);
}

gboolean
ter_commission_statement_write_csv (const TerCommissionStatement  *statement,
                                    const char                    *path,
                                    GError                       **error)
{
  g_autofree char *csv = ter_commission_statement_to_csv (statement);
  g_autoptr(GError) local = NULL;

  if (!g_file_set_contents (path, csv, -1, &local))
    {
      g_set_error (error, local->domain, local->code, _("Could not write the statement to “%s”: %s"),
                   path, local->message);
      return FALSE;
    }

  return TRUE;
}
