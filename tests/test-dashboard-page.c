/* test-dashboard-page.c: opens the window on a small demo database, shows
 * the Dashboard, checks its figures against the analytics store, drills
 * down by channel, rep and territory and steps back, exports and copies a
 * chart, steps through presentation mode, and saves PNGs in English and
 * Chinese, light and dark, wide and narrow (dashboard-en.png, …) into the
 * build folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "ter-application.h"
#include "ter-dashboard-page.h"
#include "ter-dashboard-presenter.h"
#include "ter-demo.h"
#include "ter-format.h"
#include "ter-quote.h"
#include "ter-quote-stats-card.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"
#include "ter-window.h"

static char *db_path;
static TerApplication *app;

static gboolean
is_loaded (gpointer data)
{
  return ter_dashboard_page_is_loaded (data);
}

/* Through the window's own action, as the sidebar does, so that the
 * title and the sidebar follow. */
static void
show_page (GtkWidget *page)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (page));

  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "dashboard"));
  g_assert_true (gtk_widget_get_mapped (page));
}

/* The figures shown equal the analytics store's answer to the same
 * filter, and the breakdowns add up to the total. */
static void
check_figures (TerContext       *context,
               TerDashboardPage *page)
{
  TerDashboard *dashboard = ter_dashboard_page_get_dashboard (page);
  TerAnalyticsStore *store = TER_ANALYTICS_STORE (ter_context_get_store (context));
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *revenue = NULL;
  const TerAnalyticsPoint *p;
  gint64 channels = 0, categories = 0;

  g_assert_nonnull (dashboard);
  points = ter_analytics_store_query (store, &dashboard->filter, TER_ANALYTICS_GROUP_NONE,
                                      ter_context_get_currency (context), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 1);
  p = &g_array_index (points, TerAnalyticsPoint, 0);
  g_assert_cmpint (p->revenue, >, 0);
  g_assert_cmpint (dashboard->total.revenue, ==, p->revenue);
  g_assert_cmpint (dashboard->total.orders, ==, p->orders);
  revenue = ter_format_money_compact (p->revenue, ter_context_get_currency (context));
  g_assert_cmpstr (ter_dashboard_page_get_kpi_text (page, TER_DASHBOARD_KPI_REVENUE), ==, revenue);

  for (guint i = 0; i < dashboard->channels->len; i++)
    channels += g_array_index (dashboard->channels, TerDashboardEntry, i).value;
  for (guint i = 0; i < dashboard->categories->len; i++)
    categories += g_array_index (dashboard->categories, TerDashboardEntry, i).value;
  /* Each group is converted to the display currency on its own: one
   * minor unit of rounding per group and currency at most. */
  g_assert_cmpint (ABS (channels - p->revenue), <=, 2 * dashboard->channels->len);
  g_assert_cmpint (ABS (categories - p->revenue), <=, 2 * dashboard->categories->len);
  g_assert_cmpuint (dashboard->customers->len, >, 0);
  g_assert_cmpuint (dashboard->distributors->len, >, 0);
  g_assert_cmpuint (dashboard->reps->len, >, 0);
  g_assert_cmpuint (dashboard->heat_rows->len, >=, 3);
}

/* The scrolled content of the page, all of it. */
static GtkWidget *
page_content (TerDashboardPage *page)
{
  GtkStack *stack = GTK_STACK (ter_test_find_child (GTK_WIDGET (page), GTK_TYPE_STACK));

  return ter_test_find_child (gtk_stack_get_visible_child (stack), ADW_TYPE_CLAMP);
}

static void
activate_point (TerDashboardPage  *page,
                TerDashboardChart  chart,
                int                series,
                int                point)
{
  g_signal_emit_by_name (ter_dashboard_page_get_chart_view (page, chart), "activated", series, point);
  ter_test_wait_for (is_loaded, page);
}

/* Clicking the largest channel narrows everything to it; its revenue is
 * the store's for that channel; the breadcrumb steps back. */
static void
check_drill_down (TerContext       *context,
                  TerDashboardPage *page)
{
  gint64 channel = g_array_index (ter_dashboard_page_get_dashboard (page)->channels, TerDashboardEntry, 0).id;
  gint64 channel_revenue = g_array_index (ter_dashboard_page_get_dashboard (page)->channels, TerDashboardEntry, 0).value;
  gint64 rep, territory;

  activate_point (page, TER_DASHBOARD_CHART_CHANNELS, 0, 0);
  g_assert_cmpint (ter_context_get_drill (context, TER_CONTEXT_DRILL_CHANNEL), ==, channel);
  g_assert_cmpint (ter_dashboard_page_get_dashboard (page)->filter.channel_id, ==, channel);
  g_assert_cmpint (ter_dashboard_page_get_dashboard (page)->total.revenue, ==, channel_revenue);
  g_assert_cmpuint (ter_dashboard_page_get_dashboard (page)->channels->len, ==, 1);
  check_figures (context, page);

  rep = g_array_index (ter_dashboard_page_get_dashboard (page)->reps, TerDashboardEntry, 0).id;
  activate_point (page, TER_DASHBOARD_CHART_REPS, 0, 0);
  g_assert_cmpint (ter_context_get_drill (context, TER_CONTEXT_DRILL_REP), ==, rep);
  ter_test_settle ();
  ter_test_save_png (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW),
                     ter_locale_is_chinese () ? "dashboard-zh-drill.png" : "dashboard-en-drill.png");

  g_assert_true (ter_dashboard_page_step_back (page));
  ter_test_wait_for (is_loaded, page);
  g_assert_cmpint (ter_context_get_drill (context, TER_CONTEXT_DRILL_REP), ==, 0);
  g_assert_true (ter_dashboard_page_step_back (page));
  ter_test_wait_for (is_loaded, page);
  g_assert_cmpint (ter_context_get_drill (context, TER_CONTEXT_DRILL_CHANNEL), ==, 0);

  territory = g_array_index (ter_dashboard_page_get_dashboard (page)->heat_rows, TerDashboardEntry, 1).id;
  activate_point (page, TER_DASHBOARD_CHART_HEAT, 1, 3);
  g_assert_cmpint (ter_context_get_territory_id (context), ==, territory);
  check_figures (context, page);
  g_assert_true (ter_dashboard_page_step_back (page));
  ter_test_wait_for (is_loaded, page);
  g_assert_cmpint (ter_context_get_territory_id (context), !=, territory);
  ter_context_set_territory_id (context, 0);
  ter_test_wait_for (is_loaded, page);
  g_assert_false (ter_dashboard_page_step_back (page));
}

static void
check_export (TerDashboardPage *page)
{
  g_autofree char *dir = g_dir_make_tmp ("territory-dashboard-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "trend.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (page));
  GStatBuf info;

  g_assert_true (ter_dashboard_export_chart (ter_dashboard_page_get_dashboard (page), TER_DASHBOARD_CHART_TREND,
                                             path, TER_CHART_FORMAT_PDF, 800, 500, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_size, >, 1000);
  g_unlink (path);
  g_rmdir (dir);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.copy", "s", "channels"));
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
}

/* Presses `keyval` on the presenter's key controller. */
static gboolean
press_key (GtkWindow *window,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  /* Escape destroys the window, and the list with it: stop at the first
   * controller that takes the key. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      gboolean this_one = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &this_one);
      if (this_one)
        return TRUE;
    }
  return FALSE;
}

static void
check_presentation (TerDashboardPage *page,
                    const char       *suffix)
{
  GtkWindow *window = ter_dashboard_page_present (page);
  TerDashboardPresenter *presenter = TER_DASHBOARD_PRESENTER (window);
  g_autofree char *name = g_strdup_printf ("dashboard-%s-present.png", suffix);
  g_autofree char *kpis = g_strdup_printf ("dashboard-%s-present-kpis.png", suffix);

  g_assert_nonnull (window);
  gtk_window_set_default_size (window, 1280, 800);
  ter_test_settle ();
  g_assert_cmpuint (ter_dashboard_presenter_get_slide (presenter), ==, 0);
  ter_test_save_png (GTK_WIDGET (window), kpis);
  ter_dashboard_presenter_step (presenter, 1);
  g_assert_cmpuint (ter_dashboard_presenter_get_slide (presenter), ==, 1);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), name);
  ter_dashboard_presenter_step (presenter, -2);
  g_assert_cmpuint (ter_dashboard_presenter_get_slide (presenter), ==,
                    ter_dashboard_presenter_get_n_slides (presenter) - 1);
  g_assert_true (press_key (window, GDK_KEY_Right));
  g_assert_cmpuint (ter_dashboard_presenter_get_slide (presenter), ==, 0);
  g_assert_true (press_key (window, GDK_KEY_Left));
  g_assert_cmpuint (ter_dashboard_presenter_get_slide (presenter), ==,
                    ter_dashboard_presenter_get_n_slides (presenter) - 1);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (press_key (window, GDK_KEY_Escape));
  ter_test_settle ();
  g_assert_null (window);
}

/* The quotes card's win rate is the share of decided quotes won in the
 * period, counted here straight from the quotes table. */
static void
check_quotes (TerContext       *context,
              TerDashboardPage *page)
{
  GtkWidget *card = ter_test_find_child (GTK_WIDGET (page), TER_TYPE_QUOTE_STATS_CARD);
  TerPeriod period;
  char first[11], last[11];
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 won, decided;
  g_autofree char *rate = NULL;
  const char *summary;

  g_assert_nonnull (card);
  ter_context_get_period (context, &period);
  ter_period_format_bounds (&period, first, last);
  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT count (*) FILTER (WHERE status = 'won'),"
                                       " count (*) FILTER (WHERE status IN ('won', 'lost'))"
                                       " FROM quotes WHERE created_on BETWEEN ?1 AND ?2", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  won = sqlite3_column_int64 (stmt, 0);
  decided = sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  summary = ter_quote_stats_card_get_summary (TER_QUOTE_STATS_CARD (card));
  g_test_message ("Quotes card: %s (%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " won)", summary, won, decided);
  g_assert_cmpint (decided, >, 0);
  rate = ter_quote_format_rate ((gint32) ((won * 10000 + decided / 2) / decided));
  g_assert_nonnull (strstr (summary, rate));
}

static void
check_and_capture (const char *suffix)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerWindow *window;
  TerDashboardPage *page;
  TerContext *context;
  g_autofree char *wide = g_strdup_printf ("dashboard-%s.png", suffix);
  g_autofree char *dark = g_strdup_printf ("dashboard-%s-dark.png", suffix);
  g_autofree char *narrow = g_strdup_printf ("dashboard-%s-narrow.png", suffix);
  g_autofree char *full = g_strdup_printf ("dashboard-%s-full.png", suffix);
  g_autofree char *narrow_full = g_strdup_printf ("dashboard-%s-narrow-full.png", suffix);

  ter_application_open_database (app, db_path);
  window = TER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  context = ter_window_get_context (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 1900);
  gtk_window_present (GTK_WINDOW (window));

  page = TER_DASHBOARD_PAGE (ter_test_find_child (GTK_WIDGET (window), TER_TYPE_DASHBOARD_PAGE));
  g_assert_nonnull (page);
  show_page (GTK_WIDGET (page));
  ter_test_wait_for (is_loaded, page);
  ter_test_settle ();

  check_figures (context, page);
  check_quotes (context, page);
  ter_test_save_png (GTK_WIDGET (window), wide);
  /* The whole page, below the fold too. */
  ter_test_save_png (page_content (page), full);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  check_drill_down (context, page);
  check_presentation (page, suffix);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 2400);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), narrow);
  ter_test_save_png (page_content (page), narrow_full);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  /* Last: its toast would cover the pictures. */
  check_export (page);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dashboard (void)
{
  check_and_capture (ter_locale_is_chinese () ? "zh" : "en");
}

static void
make_demo_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("territory-dashboard-ui-XXXXXX", &error);
  TerDemoOptions options;

  g_assert_no_error (error);
  db_path = g_build_filename (dir, "demo.db", NULL);
  store = ter_sqlite_store_open (db_path, &error);
  g_assert_no_error (error);

  ter_demo_options_init (&options);
  options.n_orders = 8000;
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

  g_test_add_func ("/ui/dashboard", test_dashboard);
  status = g_test_run ();

  g_clear_object (&app);
  g_unlink (db_path);
  g_free (db_path);
  return status;
}
