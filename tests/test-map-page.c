/* test-map-page.c: opens the window on a small demo database, shows the
 * Map page, checks that regions are coloured from the demo's sales, and
 * saves PNGs in English and Chinese, light and dark, wide and narrow
 * (map-en.png, map-zh-dark.png, …) into the build folder.
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
#include "ter-map-page.h"
#include "ter-map-store.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"
#include "ter-window.h"

static char *db_path;
static TerApplication *app;

static gboolean
is_loaded (gpointer data)
{
  return ter_map_page_is_loaded (data);
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return GTK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *button = find_button (child, label);

      if (button != NULL)
        return button;
    }
  return NULL;
}

static gint64
territory_of (TerStore   *store,
              const char *code)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GArray) rows = ter_map_store_list_assignments (TER_MAP_STORE (store), today, NULL);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (g_array_index (rows, TerRegionAssignment, i).code, code))
      return g_array_index (rows, TerRegionAssignment, i).territory_id;
  return 0;
}

/* Selecting Shandong and pressing Assign moves it to the chosen territory
 * (the first in the list); Undo puts it back. */
static void
check_assign_and_undo (TerWindow  *window,
                       TerMapPage *page)
{
  TerStore *store = ter_context_get_store (ter_window_get_context (window));
  TerMapView *view = ter_map_page_get_view (page);
  TerMapRenderer *renderer = ter_map_view_get_renderer (view);
  GtkButton *assign = find_button (GTK_WIDGET (page), _("_Assign Selected"));
  GtkButton *undo = find_button (GTK_WIDGET (page), _("_Undo"));
  gint64 before = territory_of (store, "CN-SD");
  g_autoptr(TerTerritory) first = g_list_model_get_item (ter_context_get_territories (ter_window_get_context (window)), 0);

  g_assert_nonnull (assign);
  g_assert_nonnull (undo);
  g_assert_cmpint (before, !=, 0);
  g_assert_cmpint (before, !=, ter_territory_get_id (first));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (assign)));
  ter_map_renderer_set_selected (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "CN-SD"), TRUE);
  g_signal_emit_by_name (view, "selection-changed");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (assign)));
  g_signal_emit_by_name (assign, "clicked");
  g_assert_cmpint (territory_of (store, "CN-SD"), ==, ter_territory_get_id (first));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (undo)));
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpint (territory_of (store, "CN-SD"), ==, before);
  ter_map_renderer_clear_selection (renderer);
  g_signal_emit_by_name (view, "selection-changed");
}

static void
show_page (GtkWidget *page)
{
  for (GtkWidget *w = gtk_widget_get_parent (page); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_STACK (w))
        {
          gtk_stack_set_visible_child (GTK_STACK (w), page);
          return;
        }
      if (ADW_IS_VIEW_STACK (w))
        {
          adw_view_stack_set_visible_child (ADW_VIEW_STACK (w), page);
          return;
        }
      page = w;
    }
  g_assert_not_reached ();
}

static void
check_and_capture (const char *suffix)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerWindow *window;
  TerMapPage *page;
  TerMapRenderer *renderer;
  TerGeoLayer *layer;
  guint n_values = 0;
  double value;
  g_autofree char *wide = g_strdup_printf ("map-%s.png", suffix);
  g_autofree char *dark = g_strdup_printf ("map-%s-dark.png", suffix);
  g_autofree char *narrow = g_strdup_printf ("map-%s-narrow.png", suffix);

  ter_application_open_database (app, db_path);
  window = TER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  page = TER_MAP_PAGE (ter_test_find_child (GTK_WIDGET (window), TER_TYPE_MAP_PAGE));
  g_assert_nonnull (page);
  show_page (GTK_WIDGET (page));
  ter_test_wait_for (is_loaded, page);
  ter_test_settle ();

  /* The demo company sells in Chinese provinces: they have revenue. */
  renderer = ter_map_view_get_renderer (ter_map_page_get_view (page));
  g_assert_nonnull (renderer);
  layer = ter_map_renderer_get_layer (renderer);
  for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
    if (ter_map_renderer_get_value (renderer, i, &value) && value > 0)
      n_values++;
  g_assert_cmpuint (n_values, >=, 10);
  check_assign_and_undo (window, page);
  ter_test_wait_for (is_loaded, page);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), narrow);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_map (void)
{
  check_and_capture (ter_locale_is_chinese () ? "zh" : "en");
}

static void
make_demo_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("territory-map-ui-XXXXXX", &error);
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

  g_test_add_func ("/ui/map", test_map);
  status = g_test_run ();

  g_clear_object (&app);
  g_unlink (db_path);
  g_free (db_path);
  return status;
}
