/* test-okr-page.c: opens the OKRs page on a demo database, checks that the
 * outline and the key result chart fill in, and saves PNGs in the current
 * language, light and dark, wide and narrow (okr-en.png, okr-zh-narrow.png…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ter-application.h"
#include "ter-demo.h"
#include "ter-format.h"
#include "ter-okr.h"
#include "ter-okr-check-in.h"
#include "ter-okr-editor.h"
#include "ter-okr-page.h"
#include "ter-okr-report.h"
#include "ter-rep.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"
#include "ter-window.h"

static char *db_path;
static TerApplication *app;

/* Saves okr-NAME.png. */
static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("okr-%s.png", name);

  ter_test_save_png (widget, file);
}

static gboolean
has_chart (gpointer data)
{
  return ter_okr_page_get_n_rows (data) > 0 && ter_okr_page_get_n_points (data) > 0;
}

static void
capture_check_in (TerWindow  *window,
                  TerOkrPage *page,
                  const char *lang)
{
  TerOkrKeyResult kr = { .title = (char *) _("Bring the return rate down by a fifth"),
                         .kind = TER_OKR_KIND_PERCENT, .start_value = 800, .target_value = 500,
                         .current_value = 650, .confidence = TER_OKR_CONFIDENCE_AT_RISK };
  GtkWidget *dialog = ter_okr_check_in_dialog_new (GTK_WINDOW (window), &kr);
  g_autofree char *name = g_strdup_printf ("%s-check-in", lang);
  gint64 value = 0;
  TerOkrConfidence confidence;
  g_autofree char *note = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  ter_test_settle ();
  /* It opens on the current value, read back exactly (6.50% → 650). */
  g_assert_true (ter_okr_check_in_dialog_get (ADW_MESSAGE_DIALOG (dialog), &value, &confidence, &note));
  g_assert_cmpint (value, ==, 650);
  g_assert_cmpint (confidence, ==, TER_OKR_CONFIDENCE_AT_RISK);
  save_png (dialog, name);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
has_rows (gpointer data)
{
  return ter_okr_page_get_n_rows (data) > 0;
}

typedef struct {
  TerOkrPage *page;
  guint       rows;
} RowsChange;

static gboolean
rows_changed (gpointer data)
{
  RowsChange *change = data;

  return ter_okr_page_get_n_rows (change->page) != change->rows;
}

/* Edits the selected objective through the editor and reads it back from
 * the database: the title, an owner that is a rep, and a refusal that
 * keeps the window open and changes nothing. */
static void
edit_objective (TerWindow  *window,
                TerOkrPage *page,
                const char *lang)
{
  TerStore *store = ter_context_get_store (ter_window_get_context (window));
  TerOkrEditor *editor = ter_okr_page_edit_objective (page);
  g_autofree char *name = g_strdup_printf ("%s-edit-objective", lang);
  g_autoptr(GPtrArray) before = ter_okr_store_list_objectives (TER_OKR_STORE (store),
                                                               ter_okr_page_get_quarter (page), NULL);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GListModel) reps = ter_store_list_reps (store, NULL);
  g_autoptr(TerRep) rep = g_list_model_get_item (reps, g_list_model_get_n_items (reps) - 1);
  GtkWidget *title_row;
  const TerOkrObjective *edited = NULL;

  g_assert_nonnull (editor);
  ter_test_settle ();
  save_png (GTK_WIDGET (editor), name);
  title_row = ter_test_find_child (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);

  /* Blank: refused in the window, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "  ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (ter_okr_editor_get_error (editor));

  gtk_editable_set_text (GTK_EDITABLE (title_row), "Edited in the UI test");
  g_assert_true (ter_okr_editor_set_owner (editor, TER_OKR_OWNER_REP, ter_rep_get_id (rep)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ter_test_settle ();

  after = ter_okr_store_list_objectives (TER_OKR_STORE (store), ter_okr_page_get_quarter (page), NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    if (g_strcmp0 (((TerOkrObjective *) after->pdata[i])->title, "Edited in the UI test") == 0)
      edited = after->pdata[i];
  g_assert_nonnull (edited);
  g_assert_cmpint (edited->owner_kind, ==, TER_OKR_OWNER_REP);
  g_assert_cmpint (edited->owner_id, ==, ter_rep_get_id (rep));
}

/* Choosing a province-level territory in the header narrows the outline;
 * choosing the whole company again brings every objective back. */
static void
filter_by_territory (TerWindow  *window,
                     TerOkrPage *page)
{
  TerContext *context = ter_window_get_context (window);
  GListModel *territories = ter_context_get_territories (context);
  g_autoptr(TerTerritory) root = g_list_model_get_item (territories, 0);
  g_autoptr(TerTerritory) leaf = g_list_model_get_item (territories, g_list_model_get_n_items (territories) - 1);
  RowsChange change = { page, ter_okr_page_get_n_rows (page) };

  ter_context_set_territory_id (context, ter_territory_get_id (leaf));
  ter_test_wait_for (rows_changed, &change);
  g_assert_cmpuint (ter_okr_page_get_n_rows (page), <, change.rows);
  {
    /* The PDF report follows the same filter as the outline. */
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("okr-report-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
    TerOkrStore *store = TER_OKR_STORE (ter_context_get_store (context));
    g_autoptr(GPtrArray) all = ter_okr_store_list_objectives (store, ter_okr_page_get_quarter (page), NULL);
    GDate day;
    guint n = 0;

    g_date_clear (&day, 1);
    g_date_set_dmy (&day, 31, 12, 2099);
    g_assert_true (ter_okr_report_write_pdf_in (store, ter_okr_page_get_quarter (page), 0, &day, path, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, all->len);
    g_assert_true (ter_okr_report_write_pdf_in (store, ter_okr_page_get_quarter (page), ter_territory_get_id (leaf),
                                                &day, path, &n, &error));
    g_assert_cmpuint (n, <, all->len);
    g_unlink (path);
    g_rmdir (dir);
  }
  change.rows = ter_okr_page_get_n_rows (page);
  ter_context_set_territory_id (context, ter_territory_get_id (root));
  ter_test_wait_for (rows_changed, &change);
  g_assert_cmpuint (ter_okr_page_get_n_rows (page), >, change.rows);
}

static void
test_okr_page (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *lang = ter_locale_is_chinese () ? "zh" : "en";
  g_autofree char *dark = g_strdup_printf ("%s-dark", lang);
  g_autofree char *narrow = g_strdup_printf ("%s-narrow", lang);
  g_autofree char *previous_name = g_strdup_printf ("%s-previous", lang);
  g_autofree char *previous = NULL;
  TerWindow *window;
  TerOkrPage *page;

  ter_application_open_database (app, db_path);
  window = TER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "okr"));

  page = TER_OKR_PAGE (ter_test_find_child (GTK_WIDGET (window), TER_TYPE_OKR_PAGE));
  g_assert_nonnull (page);
  ter_test_wait_for (has_chart, page);
  /* The demo's current quarter: company, three markets, one team
   * objective, each with three key results (the carried one with fewer). */
  g_assert_cmpuint (ter_okr_page_get_n_rows (page), >=, 4 * 4);

  ter_test_settle ();
  save_png (GTK_WIDGET (window), lang);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ter_test_settle ();
  save_png (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  capture_check_in (window, page, lang);
  {
    TerOkrEditor *editor = ter_okr_editor_new (GTK_WINDOW (window), ter_window_get_context (window),
                                               ter_okr_page_get_quarter (page), NULL);
    g_autofree char *name = g_strdup_printf ("%s-new-objective", lang);

    gtk_window_present (GTK_WINDOW (editor));
    ter_test_settle ();
    save_png (GTK_WIDGET (editor), name);
    gtk_window_destroy (GTK_WINDOW (editor));
  }

  edit_objective (window, page, lang);
  ter_test_wait_for (has_rows, page);
  filter_by_territory (window, page);

  previous = ter_okr_quarter_previous (ter_okr_page_get_quarter (page));
  ter_okr_page_set_quarter (page, previous);
  ter_test_wait_for (has_chart, page);
  ter_test_settle ();
  save_png (GTK_WIDGET (window), previous_name);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ter_test_settle ();
  save_png (GTK_WIDGET (window), narrow);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
make_demo_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("territory-okr-XXXXXX", &error);
  TerDemoOptions options;

  g_assert_no_error (error);
  db_path = g_build_filename (dir, "demo.db", NULL);
  store = ter_sqlite_store_open (db_path, &error);
  g_assert_no_error (error);

  ter_demo_options_init (&options);
  options.n_orders = 6000;
  options.n_customers = 1500;
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ter_store_set_setting (TER_STORE (store), "setup", "demo", &error));
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

  make_demo_database ();
  app = ter_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/ui/okr-page", test_okr_page);
  status = g_test_run ();

  g_clear_object (&app);
  g_unlink (db_path);
  g_free (db_path);
  return status;
}
