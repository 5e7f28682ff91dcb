/* territory-cli-commission.c: prints a rep's commission statement for a
 * month: sales, quota, attainment, tiers, cap, clawed-back returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-performance-store.h"
#include "territory-cli-commission.h"

static void
print_money (const char *label,
             gint64      amount,
             const char *currency)
{
  g_autofree char *text = ter_format_money (amount, currency);

  g_print ("%-28s\t%s\n", label, text);
}

static void
print_statement (const TerCommissionStatement *s)
{
  const TerCommissionResult *r = &s->result;

  print_money (_("Net sales"), r->revenue, s->currency);
  print_money (_("Quota"), s->quota, s->currency);
  if (r->attainment_bp >= 0)
    {
      g_autofree char *percent = ter_format_percent (r->attainment_bp / 10000.0);

      g_print ("%-28s\t%s\n", _("Attainment"), percent);
    }
  print_money (_("At plain rates"), r->plain, s->currency);
  print_money (_("After tiers and accelerators"), r->tiered, s->currency);
  print_money (r->capped ? _("Commission (capped)") : _("Commission"), r->commission, s->currency);

  for (guint i = 0; i < s->clawbacks->len; i++)
    {
      const TerClawback *c = &g_array_index (s->clawbacks, TerClawback, i);
      g_autofree char *amount = ter_format_money (c->amount, s->currency);
      g_autofree char *clawback = ter_format_money (c->clawback, s->currency);

      /* Translators: a late return, "Return of an order from 2026-03: -¥1,200.00 → -¥36.00". */
      g_print (_("Return of an order from %s: %s → %s\n"), c->original_month, amount, clawback);
    }
  print_money (_("Payout"), s->payout, s->currency);
}

int
ter_cli_commission_command (TerStore  *store,
                            int        argc,
                            char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TerCommissionStatement) statement = NULL;
  g_autofree char *month = NULL;
  gint64 rep_id = 0;
  GOptionEntry entries[] = {
    { "rep", 0, 0, G_OPTION_ARG_INT64, &rep_id, N_("Number of the rep"), "ID" },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("Month of the statement"), "YYYY-MM" },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 2;
    }
  if (rep_id <= 0 || month == NULL || !g_regex_match_simple ("^[0-9]{4}-(0[1-9]|1[0-2])$", month, 0, 0))
    {
      g_printerr ("territory-cli: %s\n", _("Give the rep with --rep ID and the month with --month YYYY-MM."));
      return 2;
    }

  statement = ter_performance_store_statement (TER_PERFORMANCE_STORE (store), rep_id, month, &error);
  if (statement == NULL)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }

  print_statement (statement);
  return 0;
}
