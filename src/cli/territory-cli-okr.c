/* territory-cli-okr.c: `territory-cli okr --quarter 2026-Q4 --out okr.pdf`
 * writes a quarter's OKR report; without --out it lists the outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "territory-cli-okr.h"
#include "ter-format.h"
#include "ter-okr.h"
#include "ter-okr-report.h"
#include "ter-period.h"

static GDate
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return day;
}

static gboolean
print_outline (TerOkrStore  *store,
               const char   *quarter,
               gint64        territory_id,
               const GDate  *as_of,
               GError      **error)
{
  g_autoptr(GPtrArray) objectives = ter_okr_store_list_objectives_in (store, quarter, territory_id, error);
  char day[11];

  if (objectives == NULL)
    return FALSE;
  g_date_strftime (day, sizeof day, "%Y-%m-%d", as_of);
  for (guint i = 0; i < objectives->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) krs = ter_okr_store_list_key_results (store, o->id, day, error);
      g_autofree char *percent = NULL;

      if (krs == NULL)
        return FALSE;
      percent = ter_format_percent (ter_okr_objective_progress (krs));
      g_print ("%s\t%s\n", o->title, percent);
      for (guint k = 0; k < krs->len; k++)
        {
          const TerOkrKeyResult *kr = g_ptr_array_index (krs, k);
          g_autofree char *current = ter_okr_format_value (kr->kind, kr->current_value, kr->currency);
          g_autofree char *target = ter_okr_format_value (kr->kind, kr->target_value, kr->currency);

          g_print ("  %s\t%s\t%s\n", kr->title, current, target);
        }
    }
  return TRUE;
}

int
territory_cli_okr_command (TerStore  *store,
                           int        argc,
                           char     **argv)
{
  g_autofree char *quarter = NULL;
  g_autofree char *out = NULL;
  g_autofree char *as_of_text = NULL;
  gint64 territory_id = 0;
  g_autoptr(GOptionContext) context = g_option_context_new ("");
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter, N_("Quarter such as 2026-Q4, default the current one"), N_("QUARTER") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("Write the report as a PDF file"), N_("FILE") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("Read the figures as of this day instead of today"), N_("DATE") },
    { "territory", 0, 0, G_OPTION_ARG_INT64, &territory_id,
      N_("Only the objectives owned in this territory and those they support"), N_("ID") },
    { NULL }
  };
  GDate as_of = today ();
  guint n = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 2;
    }
  if (quarter == NULL)
    quarter = ter_okr_quarter_of (&as_of);
  if (!ter_okr_quarter_parse (quarter, NULL, NULL)
      || (as_of_text != NULL && !ter_period_parse_date (as_of_text, &as_of)))
    {
      g_printerr ("territory-cli: %s\n",
                  _("--quarter takes a quarter such as 2026-Q4 and --as-of a date such as 2026-11-30"));
      return 2;
    }

  if (out == NULL)
    {
      if (!print_outline (TER_OKR_STORE (store), quarter, territory_id, &as_of, &error))
        {
          g_printerr ("territory-cli: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (!ter_okr_report_write_pdf_in (TER_OKR_STORE (store), quarter, territory_id, &as_of, out, &n, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  /* Translators: number of objectives, quarter, file name. */
  g_print (ngettext ("Wrote %u objective of %s to %s.\n", "Wrote %u objectives of %s to %s.\n", n),
           n, quarter, out);
  return 0;
}
