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
#include <stdlib.h>
#include <string.h>

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
#include "ter-statement-group.h"
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

static GtkWidget *
find_label_prefix (GtkWidget  *widget,
                   const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_prefix (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* How a review's period should read with a fiscal year from `fiscal`,
 * worked out from the reviews table itself. */
static char *
expected_review_period (const char *path,
                        gint64      review_id,
                        guint       fiscal)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *month_text = NULL;
  int year, month;
  char *result;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT period, period_start FROM reviews WHERE id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, review_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  year = atoi ((const char *) sqlite3_column_text (stmt, 1));
  month = atoi ((const char *) sqlite3_column_text (stmt, 1) + 5);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  month_text = ter_format_month (year, month);
  if (g_str_equal (kind, "month"))
    result = g_strdup (month_text);
  else if (g_str_equal (kind, "quarter"))
    result = fiscal == 1 ? g_strdup_printf (_("%d Q%d"), year, (month - 1) / 3 + 1)
                         : g_strdup_printf (_("Fiscal quarter from %s"), month_text);
  else
    result = fiscal == 1 ? g_strdup_printf (_("Year %d"), year)
                         : g_strdup_printf (_("Fiscal year from %s"), month_text);
  return result;
}

/* The rep's net sales in `month` as the raw order lines give them: lines
 * of the month that were not cancelled, without returns of earlier months,
 * all in `currency`. */
static char *
net_sales (const char *path,
           gint64      rep_id,
           const char *month,
           const char *currency)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *first = g_strdup_printf ("%s-01", month);
  g_autofree char *last = g_strdup_printf ("%s-31", month);
  gint64 sum;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT coalesce (sum (l.amount), 0), count (DISTINCT o.currency),"
                                       " coalesce (max (o.currency), ?4)"
                                       " FROM orders o JOIN order_lines l ON l.order_id = o.id"
                                       " LEFT JOIN orders orig ON orig.id = o.return_of"
                                       " WHERE o.rep_id = ?1 AND o.order_date BETWEEN ?2 AND ?3"
                                       " AND o.status <> 'cancelled' AND (orig.id IS NULL OR orig.order_date >= ?2)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, currency, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  sum = sqlite3_column_int64 (stmt, 0);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), <=, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, currency);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ter_format_money (sum, currency);
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
  /* The commission statement has its own month: three months back, its
   * net sales are the rep's lines of that month in the database. */
  {
    TerStatementGroup *pay = TER_STATEMENT_GROUP (ter_test_find_child (GTK_WIDGET (page), TER_TYPE_STATEMENT_GROUP));
    AdwComboRow *chooser = ADW_COMBO_ROW (ter_test_find_child (GTK_WIDGET (pay), ADW_TYPE_COMBO_ROW));
    g_autofree char *header_month = NULL;
    g_autofree char *chosen = NULL;
    g_autofree char *title = NULL;
    g_autofree char *net = NULL;
    TerPeriod period;
    int index;

    ter_context_get_period (context, &period);
    header_month = ter_format_month (g_date_get_year (&period.last), g_date_get_month (&period.last));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pay)));
    g_assert_cmpuint (adw_combo_row_get_selected (chooser), ==, 0);
    title = g_strdup_printf (_("Commission, %s"), header_month);
    g_assert_nonnull (find_label (GTK_WIDGET (pay), title));
    g_clear_pointer (&title, g_free);

    index = g_date_get_year (&period.last) * 12 + g_date_get_month (&period.last) - 1 - 3;
    chosen = g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
    adw_combo_row_set_selected (chooser, 3);
    deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    while (!ter_statement_group_is_loaded (pay) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (ter_statement_group_is_loaded (pay));
    g_assert_nonnull (ter_statement_group_get_statement (pay));
    g_assert_cmpstr (ter_statement_group_get_statement (pay)->month, ==, chosen);
    {
      g_autofree char *month_text = ter_format_month (index / 12, index % 12 + 1);

      title = g_strdup_printf (_("Commission, %s"), month_text);
    }
    g_assert_nonnull (find_label (GTK_WIDGET (pay), title));
    net = net_sales (path, rep_id, chosen, ter_statement_group_get_statement (pay)->currency);
    g_test_message ("Statement %s: net sales %s", chosen, net);
    g_assert_nonnull (find_label (GTK_WIDGET (pay), net));
    capture_sized (window, "reps-statement", 1280, 1900);
    {
      GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (pay),
                                                                                  GTK_TYPE_SCROLLED_WINDOW));
      graphene_point_t top;

      capture (window, "reps-statement-narrow", 360);
      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (pay), gtk_scrolled_window_get_child (scrolled),
                                               &GRAPHENE_POINT_INIT (0, 0), &top));
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), top.y - 20);
      capture (window, "reps-statement-narrow", 360);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 0);
      gtk_window_set_default_size (window, 1280, 800);
    }
    /* The header period still decides the scorecard. */
    g_assert_nonnull (find_label (GTK_WIDGET (page), header_month));
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
    /* The history names the reviewed quarters the same way. */
    {
      g_autofree char *fiscal_period = expected_review_period (path, review_id, 4);
      g_autofree char *calendar_period = expected_review_period (path, review_id, 1);

      g_test_message ("Review %" G_GINT64_FORMAT ": %s / %s", review_id, calendar_period, fiscal_period);
      g_assert_cmpstr (fiscal_period, !=, calendar_period);
      g_assert_nonnull (find_label_prefix (GTK_WIDGET (page), fiscal_period));
      g_assert_null (find_label_prefix (GTK_WIDGET (page), calendar_period));
    }
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
  editor = ter_review_editor_new (TER_STORE (store), review_id, rep_id, "Rep", 1, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (editor));
  capture (GTK_WINDOW (editor), "review", 560);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Its subtitle names the period for the fiscal year in force. */
  for (guint fiscal = 1; fiscal <= 4; fiscal += 3)
    {
      g_autofree char *expected = expected_review_period (path, review_id, fiscal);
      AdwWindowTitle *title;

      editor = ter_review_editor_new (TER_STORE (store), review_id, rep_id, "Rep", fiscal, &error);
      g_assert_no_error (error);
      title = ADW_WINDOW_TITLE (ter_test_find_child (GTK_WIDGET (editor), ADW_TYPE_WINDOW_TITLE));
      g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (title), expected));
      gtk_window_destroy (GTK_WINDOW (editor));
    }

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
    g_autofree char *period = ter_review_describe_period (review, 4);
    g_autofree char *expected = expected_review_period (path, review_id, 4);
    g_autofree char *pdf = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                             ter_locale_is_chinese () ? "review-zh.pdf" : "review-en.pdf", NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (ter_review_write_pdf (review, criteria, "Rep", period, "Acknowledged", pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
    g_assert_cmpstr (period, ==, expected);
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

/* Whether `rep_id` reports to `manager_id`, directly or further down. */
static gboolean
below (GListModel *reps,
       gint64      rep_id,
       gint64      manager_id)
{
  for (guint depth = 0; depth < 16 && rep_id != 0; depth++)
    {
      gint64 up = 0;

      for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
        {
          g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

          if (ter_rep_get_id (rep) == rep_id)
            up = ter_rep_get_manager_id (rep);
        }
      if (up == manager_id)
        return TRUE;
      rep_id = up;
    }

  return FALSE;
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

  /* Figures are grouped as the locale groups digits; plain digits are
   * still what one types, and grouped ones read too. */
  type_into (page, 12, 0, "1234567.89");
  g_signal_emit_by_name (context, "data-changed");
  {
    g_autofree char *grouped = ter_format_integer (1234567);
    g_autofree char *expected = g_strdup_printf ("%s.89", grouped);

    g_assert_cmpstr (cell_text (page, 12, 0), ==, expected);
    g_assert_nonnull (strstr (cell_text (page, 12, 0), ","));
  }
  for (int m = 0; m < 12; m++)
    {
      g_autofree char *plain = g_strdup (cell_text (page, m, 0));
      g_auto(GStrv) parts = g_strsplit (plain, ",", -1);
      g_autofree char *joined = g_strjoinv ("", parts);

      months += g_ascii_strtod (joined, NULL);
    }
  g_assert_cmpfloat_with_epsilon (months, 1234567.89, 0.001);

  /* Q2 of the first row: 3,000.00 over April to June, evenly. */
  q2_before = g_strdup (cell_text (page, 14, 0));
  gtk_switch_set_active (GTK_SWITCH (ter_test_find_child (GTK_WIDGET (page), GTK_TYPE_SWITCH)), FALSE);
  type_into (page, 14, 0, "3,000");
  g_signal_emit_by_name (context, "data-changed");
  {
    g_autofree char *three = ter_format_integer (3000);
    g_autofree char *q2 = g_strdup_printf ("%s.00", three);

    g_autofree char *thousand = ter_format_integer (1000);
    g_autofree char *month = g_strdup_printf ("%s.00", thousand);

    g_assert_cmpstr (cell_text (page, 14, 0), ==, q2);
    g_assert_cmpstr (cell_text (page, 3, 0), ==, month);
    g_assert_cmpstr (cell_text (page, 5, 0), ==, month);
  }
  capture_sized (window, "targets", 1900, 800);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  capture_sized (window, "targets-dark", 1900, 800);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  capture (window, "targets-narrow", 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  /* Scrolled to the last column, the names are still where they were
   * while the first months have gone out of view. */
  {
    GtkWidget *first = cell (page, 0, 0);
    GtkGrid *cells = GTK_GRID (gtk_widget_get_parent (first));
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (first, GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (scrolled);
    GtkWidget *name = NULL;
    graphene_point_t before, after, month;
    int line;

    gtk_grid_query_child (cells, first, NULL, &line, NULL, NULL);
    /* The names sit beside the scrolled figures, in a grid of their own. */
    name = gtk_grid_get_child_at (GTK_GRID (ter_test_find_child (gtk_widget_get_prev_sibling (GTK_WIDGET (scrolled)),
                                                                 GTK_TYPE_GRID)), 0, line);
    g_assert_nonnull (name);
    g_assert_true (GTK_IS_LABEL (name));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), !=, "");
    g_assert_true (gtk_widget_get_ancestor (name, GTK_TYPE_SCROLLED_WINDOW) != GTK_WIDGET (scrolled));
    g_assert_true (gtk_widget_compute_point (name, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &before));
    g_assert_cmpfloat (gtk_adjustment_get_upper (across) - gtk_adjustment_get_page_size (across), >, 0);
    gtk_adjustment_set_value (across, gtk_adjustment_get_upper (across));
    settle ();
    g_assert_true (gtk_widget_compute_point (name, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &after));
    g_assert_true (gtk_widget_compute_point (first, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &month));
    g_assert_cmpfloat (after.x, ==, before.x);
    g_assert_cmpfloat (after.y, ==, before.y);
    g_assert_cmpfloat (month.x, <, after.x);
    capture (window, "targets-scrolled", 360);
    gtk_adjustment_set_value (across, 0);
  }

  /* Undo (Ctrl+Z) puts the quarter back as it was, in the database. */
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.undo", NULL);
  g_signal_emit_by_name (context, "data-changed");
  g_assert_cmpstr (cell_text (page, 14, 0), ==, q2_before);

  /* The head's team are managers whose teams carry the quota: none has a
   * target of their own in the database, so their rows and the team total
   * show a dash, not a highlighted zero. Plain digits typed into the first
   * one's year set a target the database then holds. */
  {
    g_autoptr(GListModel) reps = ter_store_list_reps (TER_STORE (store), &error);
    g_autoptr(GArray) targets = ter_performance_store_list_targets (TER_PERFORMANCE_STORE (store), TRUE, "0000-01",
                                                                     "9999-12", TER_METRIC_REVENUE, &error);
    g_autoptr(GArray) after = NULL;
    gint64 head = 0, first_member = 0, sum = 0;
    guint n_team = 0, n_rows = ter_targets_page_get_n_rows (page);
    GtkWidget *total, *names, *year_total;
    GtkGrid *cells = GTK_GRID (gtk_widget_get_parent (cell (page, 12, 0)));
    int line;

    for (guint i = 0; i < g_list_model_get_n_items (reps) && head == 0; i++)
      {
        g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

        if (ter_rep_get_manager_id (rep) == 0 && ter_rep_get_role (rep) != TER_REP_ROLE_SALES_REP)
          head = ter_rep_get_id (rep);
      }
    for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
      {
        g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

        if (ter_rep_get_manager_id (rep) != head)
          continue;
        if (n_team++ == 0)
          first_member = ter_rep_get_id (rep);
        for (guint t = 0; t < targets->len; t++)
          g_assert_cmpint (g_array_index (targets, TerMonthValue, t).owner_id, !=, ter_rep_get_id (rep));
      }
    g_assert_cmpuint (n_team, >, 0);
    g_assert_cmpuint (n_rows, >, n_team);
    /* Greyed in their row, what everyone below them carries this year. */
    {
      TerPeriod period;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autoptr(GArray) year = NULL;
      guint r = n_rows - n_team;

      ter_context_get_period (context, &period);
      first = g_strdup_printf ("%04d-01", g_date_get_year (&period.last));
      last = g_strdup_printf ("%04d-12", g_date_get_year (&period.last));
      year = ter_performance_store_list_targets (TER_PERFORMANCE_STORE (store), TRUE, first, last,
                                                 TER_METRIC_REVENUE, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
        {
          g_autoptr(TerRep) member = g_list_model_get_item (reps, i);
          gint64 team = 0;
          g_autofree char *grouped = NULL;
          g_autofree char *expected = NULL;

          if (ter_rep_get_manager_id (member) != head)
            continue;
          for (guint t = 0; t < year->len; t++)
            {
              const TerMonthValue *v = &g_array_index (year, TerMonthValue, t);

              if (below (reps, v->owner_id, ter_rep_get_id (member)))
                team += v->value;
            }
          g_assert_cmpint (team, >, 0);
          grouped = ter_format_integer (team / 100);
          expected = g_strdup_printf ("%s.%02d", grouped, (int) (team % 100));
          g_assert_cmpstr (cell_text (page, 12, r), ==, "");
          g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (cell (page, 12, r))), ==, expected);
          r++;
        }
    }

    total = find_label (GTK_WIDGET (page), _("Team total"));
    g_assert_nonnull (total);
    names = gtk_widget_get_parent (total);
    gtk_grid_query_child (GTK_GRID (names), total, NULL, &line, NULL, NULL);
    year_total = gtk_grid_get_child_at (cells, 17, line);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (year_total)), ==, "—");
    g_assert_false (gtk_widget_has_css_class (year_total, "warning"));
    capture_sized (window, "targets-team", 1900, 800);

    /* Leaving an empty cell sets nothing; typing does. */
    type_into (page, 12, n_rows - n_team, "");
    type_into (page, 12, n_rows - n_team, "1200");
    g_signal_emit_by_name (context, "data-changed");
    after = ter_performance_store_list_targets (TER_PERFORMANCE_STORE (store), TRUE, "0000-01", "9999-12",
                                                TER_METRIC_REVENUE, &error);
    g_assert_no_error (error);
    for (guint t = 0; t < after->len; t++)
      if (g_array_index (after, TerMonthValue, t).owner_id == first_member)
        sum += g_array_index (after, TerMonthValue, t).value;
    g_assert_cmpint (sum, ==, 120000);
    {
      g_autofree char *grouped = ter_format_integer (1200);
      g_autofree char *expected = g_strdup_printf ("%s.00", grouped);

      g_assert_cmpstr (cell_text (page, 12, n_rows - n_team), ==, expected);
      total = find_label (GTK_WIDGET (page), _("Team total"));
      gtk_grid_query_child (GTK_GRID (gtk_widget_get_parent (total)), total, NULL, &line, NULL, NULL);
      year_total = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_parent (cell (page, 12, 0))), 17, line);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (year_total)), ==, expected);
    }
    g_assert_cmpstr (cell_text (page, 12, n_rows - n_team + 1), ==, "");
  }
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
