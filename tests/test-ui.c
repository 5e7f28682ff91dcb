/* test-ui.c: opens the window on a small demo database, checks that the
 * Overview lists territories with revenue, and saves PNGs of the window in
 * English and Chinese, light and dark, wide and narrow, into the build
 * folder (overview-en.png, overview-zh.png, …).
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
#include "ter-overview-item.h"
#include "ter-overview-page.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"
#include "ter-window.h"

static char *db_path;
static TerApplication *app;

static gboolean
has_rows (gpointer data)
{
  TerOverviewPage *page = data;

  return g_list_model_get_n_items (ter_overview_page_get_items (page)) > 0;
}

/* Lets layout, the tree expansion and a few frames happen. */
static void
check_and_capture (const char *suffix)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerWindow *window;
  TerOverviewPage *page;
  GListModel *items;
  guint n_with_revenue = 0;
  g_autofree char *wide = g_strdup_printf ("overview-%s.png", suffix);
  g_autofree char *dark = g_strdup_printf ("overview-%s-dark.png", suffix);
  g_autofree char *narrow = g_strdup_printf ("overview-%s-narrow.png", suffix);

  /* Open it the way the app does, so preferences apply as they would. */
  ter_application_open_database (app, db_path);
  window = TER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_assert_cmpstr (ter_context_get_currency (ter_window_get_context (window)), ==,
                   ter_locale_is_chinese () ? "CNY" : "USD");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  page = TER_OVERVIEW_PAGE (ter_test_find_child (GTK_WIDGET (window), TER_TYPE_OVERVIEW_PAGE));
  g_assert_nonnull (page);
  ter_test_wait_for (has_rows, page);

  /* The whole company shows its markets, expanded into sales regions, and
   * every one of them sold something. */
  items = ter_overview_page_get_items (page);
  g_assert_cmpuint (g_list_model_get_n_items (items), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TerOverviewItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (ter_overview_item_get_row (item)->revenue, >, 0);
      n_with_revenue++;
    }
  g_assert_cmpuint (n_with_revenue, >=, 2);
  g_assert_cmpuint (ter_overview_page_get_n_rows (page), >=, 11 + 2);

  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), narrow);
  /* The smallest size the metainfo promises must really fit. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  /* The shortcuts window opens (its template is valid) and lists the
   * map's keys among the others. */
  {
    g_autofree char *shortcuts = g_strdup_printf ("shortcuts-%s.png", suffix);
    GtkWindow *help;

    GLogLevelFlags fatal;

    /* GTK 4.8's shortcuts window measures some keycap labels below zero
     * and warns about it; that warning is GTK's own, so only criticals
     * are fatal while the window is open. */
    fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))
           ? GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) : NULL;
    g_assert_nonnull (help);
    ter_test_settle ();
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (help)));
    ter_test_save_png (GTK_WIDGET (help), shortcuts);
    gtk_window_close (help);
    ter_test_settle ();
    g_log_set_always_fatal (fatal);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* meson runs this program once per language, with LANGUAGE and LANG set:
 * GLib decides once per process whether libraries translate, so the
 * language cannot change half-way. */
static void
test_overview (void)
{
  if (ter_locale_is_chinese ())
    {
      g_assert_cmpstr (_("Overview"), ==, "概览");
      g_assert_cmpstr (ter_period_preset_label (TER_PERIOD_YEAR_TO_DATE), ==, "年初至今");
      check_and_capture ("zh");
    }
  else
    {
      g_assert_cmpstr (_("Overview"), ==, "Overview");
      check_and_capture ("en");
    }
}

static void
make_demo_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("territory-ui-XXXXXX", &error);
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

  g_test_add_func ("/ui/overview", test_overview);
  status = g_test_run ();

  g_clear_object (&app);
  g_unlink (db_path);
  g_free (db_path);
  return status;
}
