/* territory-cli-import.c: `territory-cli import FILE`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "territory-cli-import.h"
#include "ter-export.h"
#include "ter-import.h"
#include "ter-import-store.h"

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  if (isatty (fileno (stderr)))
    g_printerr ("\r%s %3.0f%%", _("Importing…"), fraction * 100.0);
}

static void
print_report (TerImportReport *report)
{
  guint shown = MIN (report->rejections->len, 50);

  g_print (_("File: %s (%s, %s)\n"), report->file_name, _(report->preset->label), report->format.encoding);
  g_print (_("Rows read: %lld\n"), (long long) report->rows);
  g_print (_("Orders added: %lld with %lld lines\n"),
           (long long) report->orders_added, (long long) report->lines_added);
  g_print (_("Orders already imported from “%s”, skipped: %lld\n"),
           report->source, (long long) report->orders_skipped);
  g_print (_("New customers: %lld, new products: %lld, new channels: %lld\n"),
           (long long) report->customers_added, (long long) report->products_added,
           (long long) report->channels_added);

  if (report->unmatched_regions->len > 0)
    {
      g_print ("%s\n", _("Names that match no province or state (map them with --region-alias NAME=CODE):"));
      for (guint i = 0; i < report->unmatched_regions->len; i++)
        g_print ("  %s\n", (const char *) g_ptr_array_index (report->unmatched_regions, i));
    }

  if (report->rejections->len == 0)
    return;
  g_print (ngettext ("%u row rejected:\n", "%u rows rejected:\n", report->rejections->len),
           report->rejections->len);
  for (guint i = 0; i < shown; i++)
    {
      TerImportRejection *rejection = g_ptr_array_index (report->rejections, i);

      if (rejection->column != NULL)
        g_print (_("  line %u, column “%s”: %s\n"), rejection->line, rejection->column, rejection->reason);
      else
        g_print (_("  line %u: %s\n"), rejection->line, rejection->reason);
    }
  if (shown < report->rejections->len)
    g_print (_("  … and %u more (write them all with --rejects FILE)\n"), report->rejections->len - shown);
}

int
territory_cli_import (TerStore  *store,
                      int        argc,
                      char     **argv)
{
  g_autofree char *preset = NULL, *source = NULL, *rejects = NULL, *date_order = NULL;
  g_autofree char *default_region = NULL, *currency = NULL;
  g_auto(GStrv) aliases = NULL, columns = NULL;
  g_autofree char *mapping = NULL, *save_mapping = NULL;
  gboolean skip_invalid = FALSE, decimal_comma = FALSE;
  GOptionEntry entries[] = {
    { "preset", 0, 0, G_OPTION_ARG_STRING, &preset, N_("File layout: shopify, superstore, superstore-zh, territory or generic (default: recognised)"), N_("NAME") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Source the orders are deduplicated in (default: the platform or the file name)"), N_("NAME") },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid, N_("Import the valid orders and leave out rejected ones"), NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &rejects, N_("Write the rejected rows with the reason to this CSV file"), N_("FILE") },
    { "date-order", 0, 0, G_OPTION_ARG_STRING, &date_order, N_("How dates are written: ymd, mdy or dmy (default: recognised)"), N_("ORDER") },
    { "decimal-comma", 0, 0, G_OPTION_ARG_NONE, &decimal_comma, N_("Numbers use a decimal comma (1.234,56)"), NULL },
    { "default-region", 0, 0, G_OPTION_ARG_STRING, &default_region, N_("Region for rows that name none"), N_("CODE") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency of files without a currency column"), N_("CODE") },
    { "region-alias", 0, 0, G_OPTION_ARG_STRING_ARRAY, &aliases, N_("Map a name to a region and remember it (repeatable)"), N_("NAME=CODE") },
    { "column", 0, 0, G_OPTION_ARG_STRING_ARRAY, &columns, N_("Read a field from a column, as order-date=下单时间 (repeatable)"), N_("FIELD=HEADER") },
    { "mapping", 0, 0, G_OPTION_ARG_STRING, &mapping, N_("Start from column choices saved earlier"), N_("NAME") },
    { "save-mapping", 0, 0, G_OPTION_ARG_STRING, &save_mapping, N_("Save the column choices under this name"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — import orders from a CSV file"));
  g_autoptr(TerImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  TerImportOptions options = TER_IMPORT_OPTIONS_INIT;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("territory-cli: %s\n", error ? error->message : _("Name one CSV file to import."));
      return 2;
    }

  options.preset = preset;
  options.source = source;
  options.skip_invalid = skip_invalid;
  options.default_region = default_region;
  options.currency = currency;
  options.region_aliases = (const char * const *) aliases;
  options.columns = (const char * const *) columns;
  options.mapping = mapping;
  options.save_mapping = save_mapping;
  options.decimal_comma = decimal_comma ? TRUE : -1;
  options.date_order = ter_import_date_order_from_string (date_order);
  if ((int) options.date_order < 0)
    {
      g_printerr ("territory-cli: %s\n", _("--date-order must be ymd, mdy or dmy."));
      return 2;
    }

  report = ter_import_file (store, argv[1], &options, progress_cb, NULL, NULL, &error);
  if (isatty (fileno (stderr)))
    g_printerr ("\r\033[K");
  if (report == NULL)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }

  print_report (report);
  if (rejects != NULL && report->rejections->len > 0 && !ter_import_report_write_rejects (report, rejects, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  if (!report->committed)
    {
      g_print ("%s\n", _("Nothing was imported: fix the rejected rows, or use --skip-invalid to import the valid orders."));
      return 1;
    }
  return report->rejections->len > 0 ? 3 : 0;
}

int
territory_cli_export (TerStore  *store,
                      int        argc,
                      char     **argv)
{
  g_autofree char *out = NULL, *format = NULL, *headers = NULL, *from = NULL, *to = NULL;
  GOptionEntry entries[] = {
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("File to write (.csv or .xlsx)"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv or xlsx (default: from the file name)"), N_("FORMAT") },
    { "headers", 0, 0, G_OPTION_ARG_STRING, &headers, N_("Header language: en, or local for the user’s language (default)"), N_("LANGUAGE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Orders and targets from this day on"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Orders and targets up to this day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("TABLE — export a table: orders, customers, products, regions, targets, territories or reps"));
  g_autoptr(GError) error = NULL;
  TerExportOptions options = TER_EXPORT_OPTIONS_INIT;
  TerExportFormat export_format;
  gint64 rows;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || out == NULL)
    {
      g_printerr ("territory-cli: %s\n", error ? error->message : _("Name one table and the file to write with --out."));
      return 2;
    }

  if (format != NULL && !g_str_equal (format, "csv") && !g_str_equal (format, "xlsx"))
    {
      g_printerr ("territory-cli: %s\n", _("--format must be csv or xlsx."));
      return 2;
    }
  if (headers != NULL && !g_str_equal (headers, "en") && !g_str_equal (headers, "local"))
    {
      g_printerr ("territory-cli: %s\n", _("--headers must be en or local."));
      return 2;
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *day = i == 0 ? from : to;
      int year, month, mday;

      if (day != NULL && (strlen (day) != 10 || sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) != 3
                          || !g_date_valid_dmy (mday, month, year)))
        {
          g_printerr (_("territory-cli: “%s” is not a date written as YYYY-MM-DD.\n"), day);
          return 2;
        }
    }
  options.headers = g_strcmp0 (headers, "en") == 0 ? TER_EXPORT_HEADERS_ENGLISH : TER_EXPORT_HEADERS_LOCALE;
  options.filter.first_day = from;
  options.filter.last_day = to;
  export_format = (format ? g_str_equal (format, "xlsx") : g_str_has_suffix (out, ".xlsx"))
                  ? TER_EXPORT_XLSX : TER_EXPORT_CSV;

  rows = ter_export_table_full (store, argv[1], &options, out, export_format, &error);
  if (rows < 0)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  g_print (_("Wrote %lld rows to %s\n"), (long long) rows, out);
  return 0;
}

int
territory_cli_backup (TerStore  *store,
                      int        argc,
                      char     **argv)
{
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("territory-cli: %s\n", _("Name the backup file to write."));
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr (_("territory-cli: “%s” exists already; choose a new file name.\n"), argv[1]);
      return 1;
    }
  if (!ter_import_store_backup (TER_IMPORT_STORE (store), argv[1], &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  g_print (_("Backed up %s to %s\n"), ter_store_get_location (store), argv[1]);
  return 0;
}

int
territory_cli_restore (TerStore  *store,
                       int        argc,
                       char     **argv)
{
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("territory-cli: %s\n", _("Name the backup file to restore."));
      return 2;
    }
  if (!ter_import_store_restore (TER_IMPORT_STORE (store), argv[1], &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  g_print (_("Restored %s from %s\n"), ter_store_get_location (store), argv[1]);
  return 0;
}
