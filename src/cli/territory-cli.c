/* territory-cli.c: Territory from the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ter-context.h"
#include "ter-demo.h"
#include "ter-format.h"
#include "ter-overview.h"
#include "ter-sqlite-store.h"
#include "territory-cli-quote.h"
#include "territory-cli-import.h"
#include "territory-cli-okr.h"
#include "territory-cli-commission.h"
#include "territory-cli-report.h"
#include "territory-cli-map.h"
#include "territory-cli-chart.h"

typedef int (*CommandFunc) (TerStore  *store,
                            int        argc,
                            char     **argv);

typedef struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} Command;

static void
print_error (const char *message)
{
  g_printerr ("territory-cli: %s\n", message);
}

static gboolean
parse_options (GOptionEntry  *entries,
               const char    *parameter,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error (error->message);
      return FALSE;
    }

  return TRUE;
}

static void
demo_progress_cb (double   fraction,
                  gpointer user_data)
{
  if (isatty (fileno (stderr)))
    g_printerr ("\r%s %3.0f%%", _("Generating…"), fraction * 100.0);
}

static int
demo_command (TerStore  *store,
              int        argc,
              char     **argv)
{
  TerDemoOptions options;
  gint64 seed = 1;
  int orders = 0;
  int customers = 0;
  int years = 0;
  g_autofree char *end = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "orders", 0, 0, G_OPTION_ARG_INT, &orders, N_("Number of sales orders"), "N" },
    { "customers", 0, 0, G_OPTION_ARG_INT, &customers, N_("Number of customers"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Random seed; the same seed gives the same data"), "S" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Last day with orders (YYYY-MM-DD), default today"), N_("DATE") },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, N_("Years of orders"), "N" },
    { NULL }
  };
  TerStoreCounts counts;
  gint64 start;
  GDate end_date;

  if (!parse_options (entries, "", &argc, &argv))
    return 2;
  if (orders < 0 || customers < 0 || years < 0 || (end != NULL && !ter_period_parse_date (end, &end_date)))
    {
      print_error (_("--orders, --customers and --years take positive numbers and --end a date such as 2026-10-31"));
      return 2;
    }

  ter_demo_options_init (&options);
  options.seed = (guint64) seed;
  if (orders > 0)
    options.n_orders = orders;
  if (customers > 0)
    options.n_customers = customers;
  if (years > 0)
    options.years = years;
  options.end_date = end;

  start = g_get_monotonic_time ();
  if (!ter_demo_generate (store, &options, demo_progress_cb, NULL, NULL, &error)
      || !ter_store_set_setting (store, "setup", "demo", &error)
      || !ter_store_count (store, &counts, &error))
    {
      if (isatty (fileno (stderr)))
        g_printerr ("\n");
      print_error (error->message);
      return 1;
    }

  if (isatty (fileno (stderr)))
    g_printerr ("\n");
  {
    g_autofree char *n_orders = ter_format_integer (counts.orders);
    g_autofree char *n_lines = ter_format_integer (counts.order_lines);
    g_autofree char *n_customers = ter_format_integer (counts.customers);
    g_autofree char *n_reps = ter_format_integer (counts.reps);

    /* Translators: orders, order lines, customers, reps, seconds. */
    g_print (_("Created %s orders with %s lines, %s customers and %s reps in %.2f s.\n"),
             n_orders, n_lines, n_customers, n_reps,
             (g_get_monotonic_time () - start) / 1e6);
  }
  return 0;
}

static int
info_command (TerStore  *store,
              int        argc,
              char     **argv)
{
  TerStoreCounts counts;
  g_autoptr(GError) error = NULL;

  if (!ter_store_count (store, &counts, &error))
    {
      print_error (error->message);
      return 1;
    }

  g_print ("%s: %s\n", _("Database"), ter_store_get_location (store));
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Regions"), counts.regions);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Territories"), counts.territories);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Reps"), counts.reps);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Customers"), counts.customers);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Products"), counts.products);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Channels"), counts.channels);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Orders"), counts.orders);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Order lines"), counts.order_lines);
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("Targets"), counts.targets);
  if (counts.first_order[0] != '\0')
    g_print ("%s: %s – %s\n", _("Orders from"), counts.first_order, counts.last_order);
  return 0;
}

static int
find_preset (const char *name)
{
  static const char *names[] = {
    "this-month", "last-month", "this-quarter", "last-quarter",
    "year-to-date", "this-fiscal-year", "last-fiscal-year", "last-12-months",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (int) i;
  return -1;
}

static void
print_overview_row (TerTerritory         *territory,
                    const TerOverviewRow *row,
                    const char           *currency)
{
  g_autofree char *revenue = ter_format_money (row->revenue, currency);
  g_autofree char *target = row->has_target ? ter_format_money (row->target, currency) : g_strdup ("—");
  g_autofree char *attainment = NULL;
  g_autofree char *growth = NULL;
  g_autofree char *indent = g_strnfill (2 * ter_territory_get_depth (territory), ' ');
  g_autofree char *name = g_strconcat (indent, ter_territory_get_display_name (territory), NULL);
  double fraction;

  attainment = ter_overview_row_attainment (row, &fraction) ? ter_format_percent (fraction) : g_strdup ("—");
  growth = ter_overview_row_growth (row, &fraction) ? ter_format_change (fraction) : g_strdup ("—");
  g_print ("%-32s\t%s\t%s\t%s\t%s\n", name, revenue, target, attainment, growth);
}

static int
overview_command (TerStore  *store,
                  int        argc,
                  char     **argv)
{
  g_autofree char *period_name = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *today_text = NULL;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_name,
      N_("this-month, last-month, this-quarter, last-quarter, year-to-date, this-fiscal-year, last-fiscal-year or last-12-months"), N_("PERIOD") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency of the figures (CNY, USD, EUR)"), "CODE" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Count periods from this day instead of today"), N_("DATE") },
    { NULL }
  };
  g_autoptr(TerContext) context = ter_context_new (store);
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  TerPeriod period;
  GListModel *territories;
  int preset = TER_PERIOD_YEAR_TO_DATE;
  GDate today;

  if (!parse_options (entries, "", &argc, &argv))
    return 2;
  if (period_name != NULL && (preset = find_preset (period_name)) < 0)
    {
      print_error (_("Unknown period; see --help for the choices"));
      return 2;
    }
  if (today_text != NULL)
    {
      if (!ter_period_parse_date (today_text, &today))
        {
          print_error (_("--today takes a date such as 2026-10-31"));
          return 2;
        }
      ter_context_set_today (context, &today);
    }

  ter_context_set_period_preset (context, preset);
  ter_context_set_currency (context, currency ? currency : "CNY");
  if (!ter_context_reload (context, &error))
    {
      print_error (error->message);
      return 1;
    }

  territories = ter_context_get_territories (context);
  ter_context_get_period (context, &period);
  rows = ter_overview_compute (store, territories, &period, ter_context_get_currency (context), &error);
  if (rows == NULL)
    {
      print_error (error->message);
      return 1;
    }

  described = ter_context_describe_period (context);
  g_print ("%s\n", described);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);

      print_overview_row (territory, &g_array_index (rows, TerOverviewRow, i),
                          ter_context_get_currency (context));
    }

  return 0;
}

static const Command commands[] = {
  { "backup", territory_cli_backup, N_("Copy the whole database to a new file") },
  { "chart", ter_cli_chart_command, N_("Draw a dashboard chart to PNG, SVG or PDF") },
  { "commission", ter_cli_commission_command, N_("A rep's commission statement for a month") },
  { "demo", demo_command, N_("Fill an empty database with a demo company") },
  { "export", territory_cli_export, N_("Write a table to a CSV or Excel file") },
  { "import", territory_cli_import, N_("Import orders from a CSV file (Shopify, Superstore, Territory)") },
  { "info", info_command, N_("Show what the database holds") },
  { "map", ter_cli_map_command, N_("Draw a map of a metric per region to PDF, SVG or PNG") },
  { "okr", territory_cli_okr_command, N_("A quarter's OKRs, or their PDF report with --out") },
  { "overview", overview_command, N_("Revenue, target and growth per territory") },
  { "quote", territory_cli_quote_command, N_("List quotes; write a quote or bid document as PDF") },
  { "report", territory_cli_report, N_("Write the monthly sales summary as a PDF") },
  { "restore", territory_cli_restore, N_("Replace the database with a backup") },
};

static void
print_usage (void)
{
  g_print ("%s\n", _("Usage: territory-cli [--database PATH] COMMAND [OPTIONS]"));
  g_print ("\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Run “territory-cli COMMAND --help” for a command’s options."));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int first = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TERRITORY_LOCALEDIR") ? g_getenv ("TERRITORY_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options come before the command; the command parses the rest. */
  while (first < argc && argv[first][0] == '-')
    {
      if ((g_str_equal (argv[first], "--database") || g_str_equal (argv[first], "-d")) && first + 1 < argc)
        {
          g_free (database);
          database = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--database="))
        {
          g_free (database);
          database = g_strdup (argv[first] + strlen ("--database="));
          first++;
        }
      else if (g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h"))
        {
          print_usage ();
          return 0;
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”"), argv[first]);

          print_error (message);
          print_usage ();
          return 2;
        }
    }

  if (first >= argc)
    {
      print_usage ();
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (argv[first], commands[i].name))
        continue;

      if (database == NULL)
        database = ter_sqlite_store_default_path ();
      store = ter_sqlite_store_open (database, &error);
      if (store == NULL)
        {
          print_error (error->message);
          return 1;
        }

      return commands[i].func (TER_STORE (store), argc - first, argv + first);
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[first]);

    print_error (message);
  }
  print_usage ();
  return 2;
}
