/* territory-cli-commission.c: prints a rep's commission statement for a
 * month: sales, quota, attainment, tiers, cap, clawed-back returns; and
 * writes it as CSV or PDF with the same code as the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ter-commission-pdf.h"
#include "ter-format.h"
#include "ter-performance-store.h"
#include "territory-cli-commission.h"

/* The same lines as the app and the exports, as "label<TAB>amount". */
static void
print_statement (const TerCommissionStatement *s)
{
  g_autoptr(GArray) lines = ter_commission_statement_lines (s);
  g_autofree char *month = ter_commission_statement_month (s);

  /* Translators: first line of a printed statement, "Chen Jing · November 2026 · Standard plan (China)". */
  g_print (_("%s · %s · %s\n"), s->rep_name, month, s->plan_name);
  for (guint i = 0; i < lines->len; i++)
    {
      const TerStatementLine *line = &g_array_index (lines, TerStatementLine, i);
      g_autofree char *amount = line->has_amount ? ter_format_money (line->amount, s->currency) : NULL;

      g_print ("%s\t%s", line->label, amount != NULL ? amount : line->detail);
      if (amount != NULL && line->detail[0] != '\0')
        g_print ("\t(%s)", line->detail);
      g_print ("\n");
    }
}

static gboolean
write_exports (TerStore                      *store,
               const TerCommissionStatement  *statement,
               const char                    *csv,
               const char                    *pdf,
               GError                       **error)
{
  g_autoptr(TerCommissionPlan) plan = NULL;

  if (csv != NULL && !ter_commission_statement_write_csv (statement, csv, error))
    return FALSE;
  if (pdf == NULL)
    return TRUE;

  plan = ter_performance_store_get_plan (TER_PERFORMANCE_STORE (store), statement->plan_id, error);
  return plan != NULL && ter_commission_statement_write_pdf (statement, plan, pdf, error);
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
  g_autofree char *csv = NULL;
  g_autofree char *pdf = NULL;
  gint64 rep_id = 0;
  GOptionEntry entries[] = {
    { "rep", 0, 0, G_OPTION_ARG_INT64, &rep_id, N_("Number of the rep"), "ID" },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("Month of the statement"), "YYYY-MM" },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("Also write the statement as CSV"), "FILE" },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Also write the statement as PDF"), "FILE" },
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
  if (!write_exports (store, statement, csv, pdf, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }

  return 0;
}
