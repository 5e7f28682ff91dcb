/* test-reps-page.c: the Reps page on a small demo database: a rep with
 * reviews shows a scorecard and a review history; saves reps-LANG*.png
 * (wide, dark, narrow) into the build folder to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "ter-demo.h"
#include "ter-format.h"
#include "ter-performance-store.h"
#include "ter-rep.h"
#include "ter-reps-page.h"
#include "ter-report-editor.h"
#include "ter-review-criteria-window.h"
#include "ter-review-editor.h"
#include "ter-chart-view.h"
#include "ter-render.h"
#include "ter-review-pdf.h"
#include "ter-targets-page.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"

static void
settle (void)
{
  for (int i = 0; i < 60; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

/* A sales rep the demo reviewed, so the history is not empty. */
static gint64
reviewed_rep (TerStore *store,
              gint64   *review_id)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      g_autoptr(GArray) reviews = ter_performance_store_list_reviews (TER_PERFORMANCE_STORE (store),
                                                                      ter_rep_get_id (rep), NULL);

      if (reviews != NULL && reviews->len > 0)
        {
          *review_id = g_array_index (reviews, TerReview, 0).id;
          return ter_rep_get_id (rep);
        }
    }

  g_assert_not_reached ();
}

static void
capture_sized (GtkWindow  *window,
               const char *name,
               int         width,
               int         height)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, ter_locale_is_chinese () ? "zh" : "en");

  gtk_window_set_default_size (window, width, height);
  settle ();
  save_png (GTK_WIDGET (window), file);
}

static void
capture (GtkWindow  *window,
         const char *name,
         int         width)
{
  capture_sized (window, name, width, 800);
}

/* The review history: the page's line chart. */
static GtkWidget *
find_line_chart (GtkWidget *widget)
{
  if (TER_IS_CHART_VIEW (widget)
      && ter_chart_get_kind (ter_chart_view_get_chart (TER_CHART_VIEW (widget))) == TER_CHART_LINE)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_line_chart (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_reps_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("territory-reps-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (path, &error);
  g_autoptr(TerContext) context = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerDemoOptions options;
  GtkWindow *window;
  TerRepsPage *page;
  gint64 deadline, rep_id, review_id = 0;
  TerReviewEditor *editor;

  ter_demo_options_init (&options);
  options.n_orders = 6000;
  options.n_customers = 1500;
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  context = ter_context_new (TER_STORE (store));
  window = GTK_WINDOW (gtk_window_new ());
  page = g_object_new (TER_TYPE_REPS_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  ter_reps_page_set_context (page, context);
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_present (window);

  rep_id = reviewed_rep (TER_STORE (store), &review_id);
  ter_reps_page_select_rep (page, rep_id);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!ter_reps_page_is_loaded (page) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (ter_reps_page_is_loaded (page));

  capture (window, "reps", 1280);
  capture_sized (window, "reps-tall", 1280, 1900);
  {
    GtkWidget *history = find_line_chart (GTK_WIDGET (page));
    GtkScrolledWindow *scrolled;
    GtkAdjustment *adjustment;
    graphene_point_t top;

    g_assert_nonnull (history);
    g_assert_true (gtk_widget_get_visible (history));
    g_assert_cmpuint (ter_chart_data_get_n_labels (ter_chart_get_data (ter_chart_view_get_chart (TER_CHART_VIEW (history)))), >=, 2);
    scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (history, GTK_TYPE_SCROLLED_WINDOW));
    adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
    /* Scrolled so that the history is at the top of the window. */
    g_assert_true (gtk_widget_compute_point (history, gtk_scrolled_window_get_child (scrolled),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (adjustment, top.y - 60);
    capture (window, "reps-history", 1280);
    gtk_adjustment_set_value (adjustment, 0);
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  capture (window, "reps-dark", 1280);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  capture (window, "reps-narrow", 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  /* With a fiscal year from April the cards say where the fiscal quarter
   * and year began. */
  {
    TerPeriod period;
    int year, month;
    g_autofree char *start = NULL;
    g_autofree char *expected = NULL;

    ter_context_get_period (context, &period);
    year = g_date_get_year (&period.last);
    month = g_date_get_month (&period.last);
    start = ter_format_month (month >= 4 ? year : year - 1, 4);
    expected = g_strdup_printf (_("Fiscal year from %s"), start);
    ter_context_set_fiscal_start_month (context, 4);
    deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    while (!ter_reps_page_is_loaded (page) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_nonnull (find_label (GTK_WIDGET (page), expected));
    capture (window, "reps-fiscal", 1280);
    ter_context_set_fiscal_start_month (context, 1);
    deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    while (!ter_reps_page_is_loaded (page) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_null (find_label (GTK_WIDGET (page), expected));
  }

  /* The year's quote win rate and average discount, as the quotes in the
   * database give them, for the rep with the most decided quotes. */
  {
    TerPeriod period;
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    g_autofree char *first = NULL;
    g_autofree char *last = NULL;
    g_autofree char *win_rate = NULL;
    g_autofree char *discount = NULL;
    gint64 quote_rep = 0, won = 0, decided = 0, discount_sum = 0, discounted = 0;

    ter_context_get_period (context, &period);
    first = g_strdup_printf ("%04d-01-01", g_date_get_year (&period.last));
    last = g_strdup_printf ("%04d-%02d-31", g_date_get_year (&period.last), g_date_get_month (&period.last));
    g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db,
                                         "SELECT q.rep_id, count (*) FILTER (WHERE q.status = 'won'),"
                                         " count (*) FILTER (WHERE q.status IN ('won', 'lost')),"
                                         " sum (v.discount_bp) FILTER (WHERE q.status <> 'draft'),"
                                         " count (*) FILTER (WHERE q.status <> 'draft')"
                                         " FROM quotes q JOIN quote_versions v ON v.quote_id = q.id AND v.version = q.version"
                                         " WHERE q.created_on BETWEEN ?1 AND ?2 GROUP BY q.rep_id"
                                         " ORDER BY 3 DESC, 1 LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    quote_rep = sqlite3_column_int64 (stmt, 0);
    won = sqlite3_column_int64 (stmt, 1);
    decided = sqlite3_column_int64 (stmt, 2);
    discount_sum = sqlite3_column_int64 (stmt, 3);
    discounted = sqlite3_column_int64 (stmt, 4);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
    g_assert_cmpint (decided, >, 0);
    g_assert_cmpint (discounted, >, 0);

    win_rate = ter_format_percent ((double) ((won * 10000 + decided / 2) / decided) / 10000.0);
    discount = ter_format_percent ((double) ((discount_sum + discounted / 2) / discounted) / 10000.0);
    ter_reps_page_select_rep (page, quote_rep);
    deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    while (!ter_reps_page_is_loaded (page) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (ter_reps_page_is_loaded (page));
    g_test_message ("Rep %" G_GINT64_FORMAT ": win rate %s, discount %s", quote_rep, win_rate, discount);
    g_assert_nonnull (find_label (GTK_WIDGET (page), win_rate));
    g_assert_nonnull (find_label (GTK_WIDGET (page), discount));
    capture (window, "reps-quotes", 1280);
  }

  /* The rep's manager sees who sent last month's report. */
  {
    g_autoptr(GListModel) reps = ter_store_list_reps (TER_STORE (store), NULL);

    for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
      {
        g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

        if (ter_rep_get_id (rep) == rep_id)
          ter_reps_page_select_rep (page, ter_rep_get_manager_id (rep));
      }
    deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    while (!ter_reps_page_is_loaded (page) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (ter_reps_page_is_loaded (page));
    capture_sized (window, "reps-manager", 1280, 1900);
  }

  gtk_window_destroy (window);

  /* The rep opens their own review: it reads, and they may acknowledge. */
  editor = ter_review_editor_new (TER_STORE (store), review_id, rep_id, "Rep", &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (editor));
  capture (GTK_WINDOW (editor), "review", 560);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* The rep's report for September: figures pre-filled, text as sent. */
  {
    TerReportEditor *report = ter_report_editor_new (TER_STORE (store), rep_id, "2026-10", rep_id, "Rep", "CNY", &error);

    g_assert_no_error (error);
    gtk_window_present (GTK_WINDOW (report));
    capture (GTK_WINDOW (report), "report", 560);
    gtk_window_destroy (GTK_WINDOW (report));
  }

  /* The review as a PDF: a real, non-empty PDF file. */
  {
    g_autoptr(TerReview) review = ter_performance_store_get_review (TER_PERFORMANCE_STORE (store), review_id, &error);
    g_autoptr(GArray) criteria = ter_performance_store_list_criteria (TER_PERFORMANCE_STORE (store), &error);
    g_autofree char *period = ter_review_describe_period (review);
    g_autofree char *pdf = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                             ter_locale_is_chinese () ? "review-zh.pdf" : "review-en.pdf", NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (ter_review_write_pdf (review, criteria, "Rep", period, "Acknowledged", pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
    g_assert_false (ter_review_write_pdf (review, criteria, "Rep", period, "x", "/nonexistent/dir/r.pdf", &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

/* The `n`th entry of grid column `column` (12 the year, 13–16 quarters). */
static GtkWidget *
find_cell (GtkWidget *widget,
           int        column,
           guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ENTRY (child) && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "column")) == column
          && (*n)-- == 0)
        return child;
      if ((found = find_cell (child, column, n)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
cell (gpointer page,
      int      column,
      guint    n)
{
  GtkWidget *found = find_cell (page, column, &n);

  g_assert_nonnull (found);
  return found;
}

static const char *
cell_text (gpointer page,
           int      column,
           guint    n)
{
  return gtk_editable_get_text (GTK_EDITABLE (cell (page, column, n)));
}

static void
type_into (gpointer    page,
           int         column,
           guint       n,
           const char *text)
{
  GtkWidget *entry = cell (page, column, n);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* The head of the company sees the territories below theirs and their
 * direct team; a yearly figure typed into the first row is spread over
 * its twelve months exactly, a quarterly one over its three, and Undo
 * puts the last change back — each checked after reloading from the
 * database. */
static void
test_targets_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", &error);
  g_autoptr(TerContext) context = NULL;
  TerDemoOptions options;
  GtkWindow *window;
  TerTargetsPage *page;
  g_autofree char *q2_before = NULL;
  double months = 0;

  ter_demo_options_init (&options);
  options.n_orders = 3000;
  options.n_customers = 1000;
  options.end_date = "2026-10-31";
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  context = ter_context_new (TER_STORE (store));
  window = GTK_WINDOW (gtk_window_new ());
  page = g_object_new (TER_TYPE_TARGETS_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  ter_targets_page_set_context (page, context);
  gtk_window_present (window);
  g_assert_cmpuint (ter_targets_page_get_n_rows (page), >, 2);

  type_into (page, 12, 0, "1234567.89");
  g_signal_emit_by_name (context, "data-changed");
  g_assert_cmpstr (cell_text (page, 12, 0), ==, "1234567.89");
  for (int m = 0; m < 12; m++)
    months += g_ascii_strtod (cell_text (page, m, 0), NULL);
  g_assert_cmpfloat_with_epsilon (months, 1234567.89, 0.001);

  /* Q2 of the first row: 300.00 over April to June, evenly. */
  q2_before = g_strdup (cell_text (page, 14, 0));
  gtk_switch_set_active (GTK_SWITCH (ter_test_find_child (GTK_WIDGET (page), GTK_TYPE_SWITCH)), FALSE);
  type_into (page, 14, 0, "300");
  g_signal_emit_by_name (context, "data-changed");
  g_assert_cmpstr (cell_text (page, 14, 0), ==, "300.00");
  g_assert_cmpstr (cell_text (page, 3, 0), ==, "100.00");
  g_assert_cmpstr (cell_text (page, 5, 0), ==, "100.00");
  capture_sized (window, "targets", 1900, 800);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  capture_sized (window, "targets-dark", 1900, 800);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  capture (window, "targets-narrow", 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  /* Undo (Ctrl+Z) puts the quarter back as it was, in the database. */
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.undo", NULL);
  g_signal_emit_by_name (context, "data-changed");
  g_assert_cmpstr (cell_text (page, 14, 0), ==, q2_before);
  gtk_window_destroy (window);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name,
            guint      *n)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && (*n)-- == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
named (gpointer    widget,
       const char *name,
       guint       n)
{
  GtkWidget *found = find_named (widget, name, &n);

  g_assert_nonnull (found);
  return found;
}

/* The head of the company edits the criteria: weights adding up to 95 %
 * are refused with the total named and nothing written; a new criterion
 * that brings them to 100 % is saved. */
static void
test_criteria_editor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", &error);
  g_autoptr(GListModel) reps = NULL;
  g_autoptr(GArray) criteria = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerReviewCriteriaWindow *window;
  TerDemoOptions options;
  g_autofree char *hundred = g_strdup_printf (_("Total %d%%"), 100);
  gint64 head = 0;
  guint n_active = 0;

  ter_demo_options_init (&options);
  options.n_orders = 1000;
  options.n_customers = 500;
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  reps = ter_store_list_reps (TER_STORE (store), &error);
  for (guint i = 0; i < g_list_model_get_n_items (reps) && head == 0; i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_manager_id (rep) == 0)
        head = ter_rep_get_id (rep);
    }

  window = ter_review_criteria_window_new (TER_STORE (store), head, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  capture (GTK_WINDOW (window), "criteria", 600);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "total", 0))), ==, hundred);

  /* Attainment 35 → 30: 95 %, refused. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "weight", 0)), 30);
  g_signal_emit_by_name (named (window, "save", 0), "clicked");
  g_assert_nonnull (strstr (ter_review_criteria_window_get_message (window), "95%"));
  ter_test_settle ();
  capture (GTK_WINDOW (window), "criteria-error", 600);
  criteria = ter_performance_store_list_criteria (TER_PERFORMANCE_STORE (store), &error);
  g_assert_cmpint (g_array_index (criteria, TerReviewCriterion, 0).weight, ==, 35);
  g_clear_pointer (&criteria, g_array_unref);

  /* A sixth criterion of 5 % makes 100 %. */
  g_signal_emit_by_name (named (window, "add-criterion", 0), "clicked");
  gtk_editable_set_text (GTK_EDITABLE (named (window, "name-en", 5)), "Product knowledge");
  gtk_editable_set_text (GTK_EDITABLE (named (window, "name-zh", 5)), "产品知识");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "weight", 5)), 5);
  g_signal_emit_by_name (named (window, "save", 0), "clicked");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "total", 0))), ==, hundred);
  criteria = ter_performance_store_list_criteria (TER_PERFORMANCE_STORE (store), &error);
  for (guint i = 0; i < criteria->len; i++)
    n_active += g_array_index (criteria, TerReviewCriterion, i).active;
  g_assert_cmpuint (n_active, ==, 6);
  g_assert_cmpint (g_array_index (criteria, TerReviewCriterion, 0).weight, ==, 30);
  g_assert_cmpstr (g_array_index (criteria, TerReviewCriterion, 5).name_zh, ==, "产品知识");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  capture (GTK_WINDOW (window), "criteria-dark", 600);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  capture (GTK_WINDOW (window), "criteria-narrow", 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (window));
}


int
main (int   argc,
      char *argv[])
{
  if (setlocale (LC_ALL, "") == NULL)
    return 1;
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TERRITORY_LOCALEDIR") ? g_getenv ("TERRITORY_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    return 77;
  adw_init ();

  g_test_add_func ("/ui/reps", test_reps_page);
  g_test_add_func ("/ui/targets", test_targets_page);
  g_test_add_func ("/ui/criteria", test_criteria_editor);
  return g_test_run ();
}
