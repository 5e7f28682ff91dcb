/* test-export-dialog.c: exports from the Export dialog on a small demo
 * company for the header's filters (October 2025, then one sales region):
 * the orders CSV has headers in the user's language and exactly the
 * orders the Overview counts for that region and month; the overview
 * export has one row per territory of the region; the XLSX export is a
 * workbook. PNGs: export-en.png, export-zh-dark.png, …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ter-demo.h"
#include "ter-export-dialog.h"
#include "ter-format.h"
#include "ter-monthly-report-dialog.h"
#include "ter-overview.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"

static char *dir;
static TerSqliteStore *store;
static TerContext *context;

typedef struct {
  char     *message;
  gboolean  done;
} Toast;

static void
add_toast_cb (TerExportDialog *dialog,
              const char      *message,
              Toast           *toast)
{
  g_free (toast->message);
  toast->message = g_strdup (message);
  toast->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Toast *) data)->done;
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* Exports `table` for the context's filters and returns the file's path. */
static char *
export (const char      *table,
        TerExportFormat  format,
        const char      *name)
{
  TerExportDialog *dialog = ter_export_dialog_new (NULL, context);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Toast toast = { 0 };

  g_signal_connect (dialog, "add-toast", G_CALLBACK (add_toast_cb), &toast);
  ter_export_dialog_set_table (dialog, table);
  ter_export_dialog_set_format (dialog, format);
  gtk_window_present (GTK_WINDOW (dialog));
  ter_export_dialog_export_to (dialog, file);
  g_assert_true (ter_export_dialog_is_busy (dialog));
  ter_test_wait_for (is_done, &toast);
  g_assert_nonnull (strstr (toast.message, name));
  g_free (toast.message);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  return g_steal_pointer (&path);
}

static GStrv
read_lines (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return g_strsplit (g_strchomp (contents), "\n", -1);
}

/* Orders that are not cancelled, counted once each, as the Overview does. */
static guint
count_orders (GStrv lines)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", 5);

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      g_assert_true (g_str_has_prefix (fields[2], "2025-10-"));
      if (!g_str_equal (fields[3], "cancelled"))
        g_hash_table_add (numbers, g_strdup (fields[1]));
    }
  return g_hash_table_size (numbers);
}

static TerTerritory *
first_region (void)
{
  GListModel *territories = ter_context_get_territories (context);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);

      if (ter_territory_get_depth (territory) == 2)
        return territory;
    }
  g_assert_not_reached ();
}

static gint64
overview_orders (gint64 territory_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  TerPeriod period;

  ter_context_get_period (context, &period);
  rows = ter_overview_compute (TER_STORE (store), ter_context_get_territories (context), &period,
                               ter_context_get_currency (context), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, TerOverviewRow, i).territory_id == territory_id)
      return g_array_index (rows, TerOverviewRow, i).orders;
  g_assert_not_reached ();
}

static void
test_orders_for_filters (void)
{
  TerTerritory *region = first_region ();
  g_autofree char *all_path = export ("orders", TER_EXPORT_CSV, "all.csv");
  g_auto(GStrv) all = read_lines (all_path);
  g_autofree char *region_path = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_orders;

  /* Headers in the user's language. */
  g_assert_nonnull (strstr (all[0], ter_locale_is_chinese () ? "订单号" : "Order number"));

  ter_context_set_territory_id (context, ter_territory_get_id (region));
  region_path = export ("orders", TER_EXPORT_CSV, "region.csv");
  lines = read_lines (region_path);
  n_orders = count_orders (lines);
  g_assert_cmpuint (n_orders, >, 0);
  g_assert_cmpuint (g_strv_length (lines), <, g_strv_length (all));
  g_assert_cmpint (n_orders, ==, overview_orders (ter_territory_get_id (region)));
  ter_context_set_territory_id (context, 0);
}

static void
test_overview_and_xlsx (void)
{
  TerTerritory *region = first_region ();
  GListModel *territories = ter_context_get_territories (context);
  g_autofree char *overview_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint expected = 0;
  gboolean inside = FALSE;

  /* The region and every territory below it, which follow it in the list. */
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);

      if (territory == region)
        inside = TRUE;
      else if (inside && ter_territory_get_depth (territory) <= ter_territory_get_depth (region))
        break;
      expected += inside;
    }

  ter_context_set_territory_id (context, ter_territory_get_id (region));
  overview_path = export ("overview", TER_EXPORT_CSV, "overview.csv");
  lines = read_lines (overview_path);
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, expected);
  g_assert_true (g_str_has_prefix (lines[1], ter_territory_get_display_name (region)));
  g_assert_nonnull (strstr (lines[1], "%"));

  xlsx_path = export ("targets", TER_EXPORT_XLSX, "targets.xlsx");
  g_assert_true (g_file_get_contents (xlsx_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  ter_context_set_territory_id (context, 0);
}

static void
test_capture (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *lang = ter_locale_is_chinese () ? "zh" : "en";
  TerExportDialog *dialog = ter_export_dialog_new (NULL, context);
  g_autofree char *wide = g_strdup_printf ("export-%s.png", lang);
  g_autofree char *dark = g_strdup_printf ("export-%s-dark.png", lang);
  g_autofree char *narrow = g_strdup_printf ("export-%s-narrow.png", lang);

  gtk_window_present (GTK_WINDOW (dialog));
  ter_test_settle ();
  ter_test_wait_for (is_drawn, dialog);
  ter_test_save_png (GTK_WIDGET (dialog), wide);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (dialog), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 480);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (dialog), narrow);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
is_ready (gpointer data)
{
  return ter_monthly_report_dialog_is_ready (data);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *command = g_strdup_printf ("pdftotext -layout '%s' -", path);
  g_autofree char *text = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return g_steal_pointer (&text);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *command = g_strdup_printf ("pdfinfo '%s'", path);
  g_autofree char *info = NULL;
  const char *pages;

  g_assert_true (g_spawn_command_line_sync (command, &info, NULL, NULL, NULL));
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The month's report: saved as PDF and printed through GtkPrintOperation
 * to a file, the same pages with the same text, in the user's language. */
static void
test_monthly_report (void)
{
  TerMonthlyReportDialog *dialog = ter_monthly_report_dialog_new (NULL, context);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *printed_text = NULL;
  g_autofree char *month = ter_format_month (2025, 9);
  guint n_pages;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (ter_monthly_report_dialog_set_month (dialog, 2025, 9));
  ter_test_wait_for (is_ready, dialog);
  n_pages = ter_monthly_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (n_pages, >=, 2);

  g_assert_true (ter_monthly_report_dialog_save_pdf (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, n_pages);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, month));
  g_assert_nonnull (strstr (text, _("Target attainment by province and state")));
  g_assert_nonnull (strstr (text, _("Revenue and target, last 12 months")));
  g_assert_nonnull (strstr (text, _("Top products")));
  g_assert_nonnull (strstr (text, _("Reasons and next month’s goals")));

  operation = ter_monthly_report_dialog_make_print_operation (dialog);
  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (printed), ==, n_pages);
  printed_text = pdf_text (printed);
  g_assert_nonnull (strstr (printed_text, _("Top customers and distributors")));

  ter_test_settle ();
  ter_test_wait_for (is_drawn, dialog);
  ter_test_save_png (GTK_WIDGET (dialog), ter_locale_is_chinese () ? "monthly-report-zh.png" : "monthly-report-en.png");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (dialog), ter_locale_is_chinese () ? "monthly-report-zh-narrow.png"
                                                                   : "monthly-report-en-narrow.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
make_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_OCTOBER, 2025);
  TerDemoOptions options;

  store = ter_sqlite_store_open (path, &error);
  g_assert_no_error (error);
  ter_demo_options_init (&options);
  options.n_orders = 4000;
  options.n_customers = 800;
  options.end_date = "2025-12-31";
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  context = ter_context_new (TER_STORE (store));
  g_assert_true (ter_context_reload (context, &error));
  ter_context_set_today (context, today);
  ter_context_set_period_preset (context, TER_PERIOD_THIS_MONTH);
}

static void
remove_dir (void)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (setlocale (LC_ALL, "") == NULL)
    {
      g_printerr ("The locale %s is not installed (build-aux/install-deps makes it)\n", g_getenv ("LANG"));
      return 1;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TERRITORY_LOCALEDIR") ? g_getenv ("TERRITORY_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  dir = g_dir_make_tmp ("territory-export-ui-XXXXXX", &error);
  g_assert_no_error (error);
  make_demo ();

  g_test_add_func ("/export-dialog/orders-for-filters", test_orders_for_filters);
  g_test_add_func ("/export-dialog/overview-and-xlsx", test_overview_and_xlsx);
  g_test_add_func ("/export-dialog/capture", test_capture);
  g_test_add_func ("/monthly-report/pdf-and-print", test_monthly_report);
  status = g_test_run ();

  g_clear_object (&context);
  g_clear_object (&store);
  remove_dir ();
  return status;
}
