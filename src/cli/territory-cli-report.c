/* territory-cli-report.c: the monthly sales summary as a PDF, drawn with
 * cairo and Pango so Chinese text is laid out and its fonts embedded
 * (the pages are ter-monthly-report.c's, shared with the app).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "territory-cli-report.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-monthly-report.h"

int
territory_cli_report (TerStore  *store,
                      int        argc,
                      char     **argv)
{
  g_autofree char *month = NULL, *out = NULL, *currency = NULL;
  GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("Month of the report, as 2025-10"), N_("MONTH") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("PDF file to write"), N_("FILE") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency of the figures (CNY, USD, EUR)"), "CODE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the monthly sales summary as PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMonthlyReport) report = NULL;
  int year = 0, number = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || out == NULL || month == NULL
      || sscanf (month, "%4d-%2d", &year, &number) != 2 || year < 1900 || number < 1 || number > 12)
    {
      g_printerr ("territory-cli: %s\n", error ? error->message : _("Give the month as --month 2025-10 and the file as --out FILE."));
      return 2;
    }

  if (currency == NULL)
    currency = g_strdup (ter_locale_is_chinese () ? "CNY" : "USD");
  if (!ter_currency_is_known (currency))
    {
      g_printerr ("territory-cli: %s\n", _("Unknown currency."));
      return 2;
    }
  report = ter_monthly_report_new (store, year, number, currency, &error);
  if (report == NULL || !ter_monthly_report_write_pdf (report, out, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  g_print (_("Wrote the report for %s to %s\n"), month, out);
  return 0;
}
