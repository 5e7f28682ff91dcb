/* test-import-assistant.c: drives the import assistant on a small file of
 * an unknown layout with three wrong rows: the columns are chosen in the
 * editor, the all-or-nothing import is refused and leaves the database
 * unchanged, the skip-and-report import adds the valid orders and lists
 * each rejected row with its line, column and reason, the rejected rows
 * are saved and read back, a second import adds nothing, and a cancelled
 * import writes nothing. PNGs of each step are saved in English or
 * Chinese, wide, narrow and dark (import-setup-en.png, …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ter-format.h"
#include "ter-import-assistant.h"
#include "ter-import-columns.h"
#include "ter-import-problem.h"
#include "ter-import-result.h"
#include "ter-import-store.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"

static char *db_path;
static char *fixture;
static TerSqliteStore *store;
static TerContext *context;
static guint data_changed;

typedef struct {
  TerImportAssistant *assistant;
  const char         *step;
} WaitStep;

static gboolean
is_at_step (gpointer data)
{
  WaitStep *wait = data;

  return g_strcmp0 (ter_import_assistant_get_step (wait->assistant), wait->step) == 0;
}

static void
wait_for_step (TerImportAssistant *assistant,
               const char         *step)
{
  WaitStep wait = { assistant, step };

  ter_test_wait_for (is_at_step, &wait);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
click (TerImportAssistant *assistant,
       const char         *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (assistant), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gint64
count_orders (void)
{
  TerStoreCounts counts = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (ter_store_count (TER_STORE (store), &counts, &error));
  g_assert_no_error (error);
  return counts.orders;
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* Settles, then saves once the window is on screen with a size. */
static void
save_png (GtkWidget  *widget,
          const char *name)
{
  ter_test_settle ();
  ter_test_wait_for (is_drawn, widget);
  ter_test_save_png (widget, name);
}

static void
capture (TerImportAssistant *assistant,
         const char         *step)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *lang = ter_locale_is_chinese () ? "zh" : "en";
  g_autofree char *wide = g_strdup_printf ("import-%s-%s.png", step, lang);
  g_autofree char *dark = g_strdup_printf ("import-%s-%s-dark.png", step, lang);
  g_autofree char *narrow = g_strdup_printf ("import-%s-%s-narrow.png", step, lang);

  gtk_window_set_default_size (GTK_WINDOW (assistant), 860, 720);
  save_png (GTK_WIDGET (assistant), wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_png (GTK_WIDGET (assistant), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_size (GTK_WINDOW (assistant), 360, 720);
  save_png (GTK_WIDGET (assistant), narrow);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (assistant)), <=, 360);
  gtk_window_set_default_size (GTK_WINDOW (assistant), 860, 720);
  ter_test_settle ();
}

static TerImportAssistant *
open_assistant (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  TerImportAssistant *assistant = ter_import_assistant_new (NULL, context);

  ter_import_assistant_load (assistant, file);
  gtk_window_present (GTK_WINDOW (assistant));
  wait_for_step (assistant, "setup");
  ter_test_settle ();
  return assistant;
}

/* The file's headers name no known layout: the editor starts from the
 * columns it recognises (customer, province) and the user picks the rest. */
static void
choose_columns (TerImportAssistant *assistant)
{
  TerImportColumns *columns = TER_IMPORT_COLUMNS (ter_test_find_child (GTK_WIDGET (assistant), TER_TYPE_IMPORT_COLUMNS));
  AdwActionRow *layout = find_row (GTK_WIDGET (assistant), _("Layout"));
  AdwActionRow *format = find_row (GTK_WIDGET (assistant), _("Encoding"));

  g_assert_nonnull (columns);
  g_assert_nonnull (layout);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (format), "UTF-8"));
  g_assert_cmpstr (adw_action_row_get_subtitle (layout), ==, _("Not recognised: choose below which column holds what"));
  g_assert_cmpint (ter_import_columns_get_column (columns, TER_IMPORT_FIELD_CUSTOMER), ==, 2);
  g_assert_cmpint (ter_import_columns_get_column (columns, TER_IMPORT_FIELD_REGION), ==, 3);
  g_assert_false (ter_import_columns_is_usable (columns));
  g_assert_nonnull (find_button (GTK_WIDGET (assistant), _("_Import")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (assistant), _("_Import"))));

  ter_import_columns_set_column (columns, TER_IMPORT_FIELD_ORDER_NUMBER, 0);
  ter_import_columns_set_column (columns, TER_IMPORT_FIELD_ORDER_DATE, 1);
  ter_import_columns_set_column (columns, TER_IMPORT_FIELD_PRODUCT, 4);
  ter_import_columns_set_column (columns, TER_IMPORT_FIELD_QUANTITY, 5);
  ter_import_columns_set_column (columns, TER_IMPORT_FIELD_AMOUNT, 6);
  g_assert_true (ter_import_columns_is_usable (columns));
  ter_test_settle ();
}

static void
check_problem (GListModel *problems,
               guint       position,
               guint       line,
               const char *column)
{
  g_autoptr(TerImportProblem) problem = g_list_model_get_item (problems, position);

  g_assert_nonnull (problem);
  g_assert_cmpuint (ter_import_problem_get_line (problem), ==, line);
  g_assert_cmpstr (ter_import_problem_get_column (problem), ==, column);
  g_assert_cmpstr (ter_import_problem_get_reason (problem), !=, "");
}

/* Quantity "abc" on line 5, month 13 on line 6, and unless it was
 * mapped to a region, a province "火星" on line 7. */
static void
check_problems (TerImportAssistant *assistant,
                gboolean            unknown_region)
{
  TerImportResult *result = TER_IMPORT_RESULT (ter_test_find_child (GTK_WIDGET (assistant), TER_TYPE_IMPORT_RESULT));
  GListModel *problems = ter_import_result_get_problems (result);

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, unknown_region ? 3 : 2);
  check_problem (problems, 0, 5, "件数");
  check_problem (problems, 1, 6, "下单时间");
  if (unknown_region)
    check_problem (problems, 2, 7, "省份");
}

static void
check_saved_rejects (TerImportAssistant *assistant)
{
  g_autofree char *dir = g_dir_make_tmp ("territory-rejects-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rejected.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (ter_import_assistant_save_rejects (assistant, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (g_strchomp (contents), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[0], "单号"));
  g_assert_nonnull (strstr (lines[0], _("Reason")));
  g_assert_true (g_str_has_prefix (lines[1], "WH-003,"));
  g_assert_true (g_str_has_prefix (lines[2], "WH-004,"));
  g_assert_nonnull (strstr (lines[2], "2025-13-45"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_all_or_nothing_then_skip (void)
{
  TerImportAssistant *assistant = open_assistant ();
  TerImportReport *report;
  TerImportResult *result;
  gint64 before = count_orders ();
  AdwActionRow *skip_row;
  GtkWidget *save_as;

  choose_columns (assistant);
  capture (assistant, "setup");

  /* All or nothing: three wrong rows, nothing written. */
  click (assistant, _("_Import"));
  wait_for_step (assistant, "result");
  report = ter_import_assistant_get_report (assistant);
  g_assert_nonnull (report);
  g_assert_false (report->committed);
  g_assert_cmpint (count_orders (), ==, before);
  g_assert_cmpuint (data_changed, ==, 0);
  check_problems (assistant, TRUE);
  g_assert_cmpuint (report->unmatched_regions->len, ==, 1);
  capture (assistant, "refused");

  /* "火星" is mapped to Shanghai and the file imported again: still
   * refused for the two other rows, but the name now matches. */
  result = TER_IMPORT_RESULT (ter_test_find_child (GTK_WIDGET (assistant), TER_TYPE_IMPORT_RESULT));
  g_assert_false (ter_import_result_choose_region (result, "火星", "XX-NONE"));
  g_assert_true (ter_import_result_choose_region (result, "火星", "CN-SH"));
  click (assistant, _("_Import Again"));
  wait_for_step (assistant, "result");
  report = ter_import_assistant_get_report (assistant);
  g_assert_false (report->committed);
  g_assert_cmpuint (report->unmatched_regions->len, ==, 0);
  check_problems (assistant, FALSE);
  g_assert_cmpint (count_orders (), ==, before);

  /* Back, skip the wrong rows: the five valid lines of four orders. */
  click (assistant, _("_Back"));
  wait_for_step (assistant, "setup");
  skip_row = find_row (GTK_WIDGET (assistant), _("Import the Valid Orders"));
  g_assert_nonnull (skip_row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (skip_row)), TRUE);
  save_as = find_entry_row (GTK_WIDGET (assistant), _("Save As"));
  g_assert_nonnull (save_as);
  gtk_editable_set_text (GTK_EDITABLE (save_as), "批发商订单");
  click (assistant, _("_Import"));
  wait_for_step (assistant, "result");
  report = ter_import_assistant_get_report (assistant);
  g_assert_true (report->committed);
  g_assert_cmpint (report->orders_added, ==, 4);
  g_assert_cmpint (report->lines_added, ==, 5);
  g_assert_cmpint (report->customers_added, ==, 4);
  g_assert_cmpint (report->products_added, ==, 2);
  g_assert_cmpint (count_orders (), ==, before + 4);
  g_assert_cmpint (ter_import_store_count_orders (TER_IMPORT_STORE (store), "wholesale-orders.csv", NULL), ==, 4);
  g_assert_cmpuint (data_changed, ==, 1);
  check_problems (assistant, FALSE);
  check_saved_rejects (assistant);
  g_assert_null (find_button (GTK_WIDGET (assistant), _("_Back")));
  capture (assistant, "result");

  click (assistant, _("_Done"));
  ter_test_settle ();
}

/* The same file again: the columns saved as "批发商订单" are chosen by
 * themselves, every valid order was imported before, and "火星" matches,
 * remembered from the first import. */
static void
test_second_import_adds_nothing (void)
{
  TerImportAssistant *assistant = open_assistant ();
  TerImportColumns *columns = TER_IMPORT_COLUMNS (ter_test_find_child (GTK_WIDGET (assistant), TER_TYPE_IMPORT_COLUMNS));
  TerImportReport *report;
  gint64 before = count_orders ();

  g_assert_true (ter_import_columns_is_usable (columns));
  g_assert_cmpint (ter_import_columns_get_column (columns, TER_IMPORT_FIELD_ORDER_DATE), ==, 1);
  g_assert_cmpint (ter_import_columns_get_column (columns, TER_IMPORT_FIELD_AMOUNT), ==, 6);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (assistant), _("Save As")))),
                   ==, "批发商订单");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
    find_row (GTK_WIDGET (assistant), _("Import the Valid Orders")))), TRUE);
  click (assistant, _("_Import"));
  wait_for_step (assistant, "result");
  report = ter_import_assistant_get_report (assistant);
  g_assert_true (report->committed);
  g_assert_cmpint (report->orders_added, ==, 0);
  g_assert_cmpint (report->orders_skipped, ==, 4);
  g_assert_cmpuint (report->unmatched_regions->len, ==, 0);
  check_problems (assistant, FALSE);
  g_assert_cmpint (count_orders (), ==, before);
  gtk_window_destroy (GTK_WINDOW (assistant));
  ter_test_settle ();
}

/* The store is held in a transaction of the test's own, so the import
 * thread waits at its start; Cancel is pressed before it can write, and
 * the database stays as it was. */
static void
test_cancel (void)
{
  g_autoptr(GError) error = NULL;
  TerImportAssistant *assistant;
  GtkWidget *result;
  gint64 before = count_orders ();
  guint changed = data_changed;

  /* The columns saved by the first test are chosen by themselves. */
  assistant = open_assistant ();
  g_assert_true (ter_import_columns_is_usable (TER_IMPORT_COLUMNS (
    ter_test_find_child (GTK_WIDGET (assistant), TER_TYPE_IMPORT_COLUMNS))));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
    find_row (GTK_WIDGET (assistant), _("Import the Valid Orders")))), TRUE);

  g_assert_true (ter_store_begin (TER_STORE (store), &error));
  click (assistant, _("_Import"));
  g_assert_cmpstr (ter_import_assistant_get_step (assistant), ==, "progress");
  ter_test_settle ();
  capture (assistant, "progress");
  click (assistant, _("_Cancel"));
  ter_store_rollback (TER_STORE (store));
  wait_for_step (assistant, "result");

  g_assert_null (ter_import_assistant_get_report (assistant));
  result = ter_test_find_child (GTK_WIDGET (assistant), TER_TYPE_IMPORT_RESULT);
  g_assert_cmpstr (ter_import_result_get_title (TER_IMPORT_RESULT (result)), ==, _("Import Cancelled"));
  g_assert_cmpint (count_orders (), ==, before);
  g_assert_cmpuint (data_changed, ==, changed);
  gtk_window_destroy (GTK_WINDOW (assistant));
  ter_test_settle ();
}

static void
data_changed_cb (TerContext *self,
                 gpointer    user_data)
{
  data_changed++;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
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

  dir = g_dir_make_tmp ("territory-import-ui-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (dir, "import.db", NULL);
  fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "import-ui", "wholesale-orders.csv", NULL);
  store = ter_sqlite_store_open (db_path, &error);
  g_assert_no_error (error);
  context = ter_context_new (TER_STORE (store));
  g_signal_connect (context, "data-changed", G_CALLBACK (data_changed_cb), NULL);

  g_test_add_func ("/import-assistant/all-or-nothing-then-skip", test_all_or_nothing_then_skip);
  g_test_add_func ("/import-assistant/second-import", test_second_import_adds_nothing);
  g_test_add_func ("/import-assistant/cancel", test_cancel);
  status = g_test_run ();

  g_clear_object (&context);
  g_clear_object (&store);
  g_unlink (db_path);
  g_rmdir (dir);
  g_free (db_path);
  g_free (fixture);
  return status;
}
