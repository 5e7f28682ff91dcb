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
#include <string.h>

#include "ter-application.h"
#include "ter-demo.h"
#include "ter-format.h"
#include "ter-map-assign.h"
#include "ter-map-export-dialog.h"
#include "ter-map-layer-dialog.h"
#include "ter-map-page.h"
#include "ter-map-store.h"
#include "ter-rep.h"
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

/* The assignment of `code` in force on `day`, read from the database. */
static gboolean
assignment_on (TerStore            *store,
               const char          *day,
               const char          *code,
               TerRegionAssignment *out)
{
  g_autoptr(GArray) rows = ter_map_store_list_assignments (TER_MAP_STORE (store), day, NULL);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (g_array_index (rows, TerRegionAssignment, i).code, code))
      {
        *out = g_array_index (rows, TerRegionAssignment, i);
        return TRUE;
      }
  return FALSE;
}

static gint64
territory_of (TerStore   *store,
              const char *code)
{
  TerRegionAssignment row;

  return assignment_on (store, "2099-01-01", code, &row) ? row.territory_id : 0;
}

static void
select_regions (TerMapView         *view,
                const char * const *codes)
{
  TerMapRenderer *renderer = ter_map_view_get_renderer (view);

  ter_map_renderer_clear_selection (renderer);
  for (guint i = 0; codes[i] != NULL; i++)
    ter_map_renderer_set_selected (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), codes[i]), TRUE);
  g_signal_emit_by_name (view, "selection-changed");
}

/* A stroke of the paint tool from one region's label point to another's,
 * through the view's drag gesture. */
static void
drag_across (TerMapView *view,
             const char *from,
             const char *to)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  TerMapRenderer *renderer = ter_map_view_get_renderer (view);
  TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);
  const TerGeoRegion *a = ter_geo_layer_get_region (layer, ter_geo_layer_find (layer, from));
  const TerGeoRegion *b = ter_geo_layer_get_region (layer, ter_geo_layer_find (layer, to));
  double x0, y0, x1, y1;

  g_assert_true (ter_map_renderer_project (renderer, a->label_x, a->label_y, &x0, &y0));
  g_assert_true (ter_map_renderer_project (renderer, b->label_x, b->label_y, &x1, &y1));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_GESTURE_DRAG (controller))
        continue;
      g_signal_emit_by_name (controller, "drag-begin", x0, y0);
      g_signal_emit_by_name (controller, "drag-update", (x1 - x0) / 2, (y1 - y0) / 2);
      g_signal_emit_by_name (controller, "drag-update", x1 - x0, y1 - y0);
      g_signal_emit_by_name (controller, "drag-end", x1 - x0, y1 - y0);
      return;
    }
  g_assert_not_reached ();
}

/* A rep of the territory, as the rep chooser lists them. */
static gint64
some_rep_of (TerStore *store,
             gint64    territory_id)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_territory_id (rep) == territory_id)
        return ter_rep_get_id (rep);
    }
  return 0;
}

/* Shandong goes to another territory and rep from a chosen day through
 * the Assign button; Jiangsu and Zhejiang follow by painting; Ctrl+Z
 * style undo takes both steps back and redo brings them again, and the
 * database says so after every step. Sales before the day stay put. */
static void
check_assign_undo_redo (TerWindow  *window,
                        TerMapPage *page)
{
  TerContext *context = ter_window_get_context (window);
  TerStore *store = ter_context_get_store (context);
  TerMapView *view = ter_map_page_get_view (page);
  TerMapAssign *assign = TER_MAP_ASSIGN (ter_test_find_child (GTK_WIDGET (page), TER_TYPE_MAP_ASSIGN));
  GtkButton *button = find_button (GTK_WIDGET (page), _("_Assign Selected"));
  const char *sd[] = { "CN-SD", NULL }, *painted[] = { "CN-JS", "CN-ZJ", NULL };
  gint64 before_sd = territory_of (store, "CN-SD"), before_js = territory_of (store, "CN-JS");
  gint64 before_zj = territory_of (store, "CN-ZJ");
  gint64 target = 0, rep;
  TerRegionAssignment row;
  GListModel *territories = ter_context_get_territories (context);

  g_assert_nonnull (assign);
  g_assert_nonnull (button);
  g_assert_cmpint (before_sd, !=, 0);
  /* The first territory with a rep of its own that does not hold Shandong. */
  for (guint i = 0; i < g_list_model_get_n_items (territories) && target == 0; i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (t) != before_sd && ter_territory_get_id (t) != before_js
          && ter_territory_get_id (t) != before_zj && some_rep_of (store, ter_territory_get_id (t)) != 0)
        target = ter_territory_get_id (t);
    }
  g_assert_cmpint (target, !=, 0);
  rep = some_rep_of (store, target);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_false (ter_map_assign_can_undo (assign));

  ter_map_assign_set_territory (assign, target);
  g_assert_true (ter_map_assign_set_rep (assign, rep));
  g_assert_true (ter_map_assign_set_date (assign, "2031-02-01"));
  select_regions (view, sd);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (assignment_on (store, "2031-02-01", "CN-SD", &row));
  g_assert_cmpint (row.territory_id, ==, target);
  g_assert_cmpint (row.rep_id, ==, rep);
  g_assert_cmpstr (row.valid_from, ==, "2031-02-01");
  g_assert_true (assignment_on (store, "2031-01-31", "CN-SD", &row));
  g_assert_cmpint (row.territory_id, ==, before_sd);

  /* The territory and rep stay chosen after the reload; paint two more. */
  g_assert_cmpint (ter_map_assign_get_territory (assign), ==, target);
  ter_map_view_set_paint_mode (view, TRUE);
  drag_across (view, painted[0], painted[1]);
  ter_map_view_set_paint_mode (view, FALSE);
  g_assert_cmpint (territory_of (store, "CN-JS"), ==, target);
  g_assert_cmpint (territory_of (store, "CN-ZJ"), ==, target);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.undo", NULL));
  g_assert_cmpint (territory_of (store, "CN-JS"), ==, before_js);
  g_assert_cmpint (territory_of (store, "CN-SD"), ==, target);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.undo", NULL));
  g_assert_cmpint (territory_of (store, "CN-SD"), ==, before_sd);
  g_assert_true (assignment_on (store, "2031-02-01", "CN-SD", &row));
  g_assert_cmpstr (row.valid_to, ==, "");
  g_assert_false (ter_map_assign_can_undo (assign));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.redo", NULL));
  g_assert_cmpint (territory_of (store, "CN-SD"), ==, target);
  g_assert_cmpint (territory_of (store, "CN-ZJ"), ==, target);
  g_assert_false (ter_map_assign_can_redo (assign));
  /* Back to the demo company for the pictures. */
  g_assert_true (ter_map_assign_undo (assign));
  g_assert_true (ter_map_assign_undo (assign));
  g_assert_cmpint (territory_of (store, "CN-SD"), ==, before_sd);
  g_assert_cmpint (territory_of (store, "CN-ZJ"), ==, before_zj);
  ter_map_renderer_clear_selection (ter_map_view_get_renderer (view));
  g_signal_emit_by_name (view, "selection-changed");
}

static gboolean
press_key (TerMapView      *view,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static guint
n_selected (TerMapView *view)
{
  g_autoptr(GArray) selection = ter_map_view_get_selection (view);

  return selection->len;
}

static double
label_x (TerMapRenderer *renderer,
         int             region)
{
  const TerGeoRegion *r = ter_geo_layer_get_region (ter_map_renderer_get_layer (renderer), region);
  double x, y;

  g_assert_true (ter_map_renderer_project (renderer, r->label_x, r->label_y, &x, &y));
  return x;
}

/* Tab enters the regions, arrows move to the neighbour that way, Space
 * selects, Shift+arrow extends, Escape clears, and Shift+Tab from the
 * first region lets the focus leave the map. */
static void
check_keyboard (TerMapPage *page,
                const char *suffix)
{
  g_autofree char *png = g_strdup_printf ("map-keyboard-%s.png", suffix);
  TerMapView *view = ter_map_page_get_view (page);
  TerMapRenderer *renderer = ter_map_view_get_renderer (view);
  int sd = ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "CN-SD");
  int first, west;

  ter_map_renderer_set_focus (renderer, -1);
  g_assert_true (press_key (view, GDK_KEY_Tab, 0));
  first = ter_map_renderer_get_focus (renderer);
  g_assert_cmpint (first, >=, 0);
  g_assert_true (press_key (view, GDK_KEY_Tab, 0));
  g_assert_cmpint (ter_map_renderer_get_focus (renderer), !=, first);
  g_assert_true (press_key (view, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (ter_map_renderer_get_focus (renderer), ==, first);
  g_assert_false (press_key (view, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));

  ter_map_renderer_set_focus (renderer, sd);
  g_assert_true (press_key (view, GDK_KEY_Left, 0));
  west = ter_map_renderer_get_focus (renderer);
  g_assert_cmpint (west, >=, 0);
  g_assert_cmpint (west, !=, sd);
  g_assert_cmpfloat (label_x (renderer, west), <, label_x (renderer, sd));
  g_assert_cmpuint (n_selected (view), ==, 0);
  g_assert_true (press_key (view, GDK_KEY_space, 0));
  g_assert_true (ter_map_renderer_get_selected (renderer, west));
  g_assert_cmpuint (n_selected (view), ==, 1);
  g_assert_true (press_key (view, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (n_selected (view), ==, 2);
  g_assert_true (ter_map_renderer_get_selected (renderer, ter_map_renderer_get_focus (renderer)));
  /* Two regions selected, the keyboard on the second: both outlined. */
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view))), png);
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (n_selected (view), ==, 1);
  g_assert_true (press_key (view, GDK_KEY_Escape, 0));
  g_assert_cmpuint (n_selected (view), ==, 0);
  ter_map_renderer_set_focus (renderer, -1);
  ter_map_renderer_reset_view (renderer);
  ter_map_view_invalidate (view);
}

/* A broken file is refused naming the file and the line; the sales
 * districts match 4 of 5 shapes (by Chinese name, English name and code),
 * the fifth is listed; added, the layer is copied, shown with revenue on
 * the matched shapes and no data on the other, and removed again. */
static void
check_user_layer (TerWindow  *window,
                  TerMapPage *page,
                  const char *suffix)
{
  g_autoptr(GFile) broken = g_file_new_for_path (FIXTURES_DIR "/broken-json.geojson");
  g_autoptr(GFile) districts = g_file_new_for_path (FIXTURES_DIR "/sales-districts.geojson");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ter_map_layer_default_dir ();
  g_autofree char *copy = g_build_filename (dir, "layer-1.geojson", NULL);
  g_autofree char *dialog_png = g_strdup_printf ("map-layer-dialog-%s.png", suffix);
  g_autofree char *layer_png = g_strdup_printf ("map-layer-%s.png", suffix);
  TerMapRenderer *renderer;
  GtkWindow *dialog;
  double value;

  g_assert_null (ter_map_page_open_layer (page, broken, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken-json.geojson:"));
  g_clear_error (&error);

  dialog = ter_map_page_open_layer (page, districts, &error);
  g_assert_no_error (error);
  g_assert_true (TER_IS_MAP_LAYER_DIALOG (dialog));
  ter_map_layer_dialog_set_property_name (TER_MAP_LAYER_DIALOG (dialog), "district");
  g_assert_cmpuint (ter_map_layer_dialog_get_n_matched (TER_MAP_LAYER_DIALOG (dialog)), ==, 4);
  g_assert_cmpuint (ter_map_layer_dialog_get_n_unmatched (TER_MAP_LAYER_DIALOG (dialog)), ==, 1);
  ter_map_layer_dialog_set_property_name (TER_MAP_LAYER_DIALOG (dialog), "manager");
  g_assert_cmpuint (ter_map_layer_dialog_get_n_matched (TER_MAP_LAYER_DIALOG (dialog)), ==, 0);
  ter_map_layer_dialog_set_property_name (TER_MAP_LAYER_DIALOG (dialog), "district");
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (dialog), dialog_png);
  g_assert_true (ter_map_layer_dialog_add (TER_MAP_LAYER_DIALOG (dialog)));
  gtk_window_destroy (dialog);
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  renderer = ter_map_view_get_renderer (ter_map_page_get_view (page));
  g_assert_cmpuint (ter_geo_layer_get_n_regions (ter_map_renderer_get_layer (renderer)), ==, 5);
  g_assert_true (ter_map_renderer_get_value (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "山东省"), &value));
  g_assert_cmpfloat (value, >, 0);
  g_assert_true (ter_map_renderer_get_value (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "cn-zj"), &value));
  g_assert_false (ter_map_renderer_get_value (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "Offshore Zone 9"), &value));
  /* Matched shapes are called by their region's name, the others by theirs. */
  g_assert_cmpstr (ter_map_renderer_get_label (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "cn-zj"), FALSE),
                   ==, ter_locale_is_chinese () ? "浙江省" : "Zhejiang");
  g_assert_cmpstr (ter_map_renderer_get_label (renderer, ter_geo_layer_find (ter_map_renderer_get_layer (renderer), "Offshore Zone 9"), FALSE),
                   ==, "Offshore Zone 9");
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), layer_png);

  g_assert_true (ter_map_page_remove_layer (page));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_false (ter_map_page_remove_layer (page));
  g_assert_true (ter_map_view_get_renderer (ter_map_page_get_view (page)) != renderer);
}

/* The menu's radio items and a click on the legend change how values are
 * grouped; the legend is where it is drawn. */
static void
check_classes (TerMapPage *page)
{
  TerMapView *view = ter_map_page_get_view (page);
  TerMapRenderer *renderer = ter_map_view_get_renderer (view);
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  g_assert_cmpint (ter_map_renderer_get_method (renderer), ==, TER_MAP_CLASSES_QUANTILE);
  g_assert_true (ter_map_renderer_legend_contains (renderer, 20, height - 20));
  g_assert_false (ter_map_renderer_legend_contains (renderer, gtk_widget_get_width (GTK_WIDGET (view)) / 2, height / 2));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.class-method", "s", "jenks"));
  g_assert_cmpint (ter_map_renderer_get_method (renderer), ==, TER_MAP_CLASSES_JENKS);
  g_signal_emit_by_name (view, "legend-activated");
  g_assert_cmpint (ter_map_page_get_class_method (page), ==, TER_MAP_CLASSES_QUANTILE);
  g_signal_emit_by_name (view, "legend-activated");
  g_assert_cmpint (ter_map_renderer_get_method (renderer), ==, TER_MAP_CLASSES_EQUAL);
  ter_test_settle ();
}

/* The export dialog offers screen sizes for PNG and paper for PDF; the
 * file comes out at the size asked for. */
static void
check_export (TerMapPage *page,
              const char *suffix)
{
  GtkWindow *dialog = ter_map_page_open_export (page);
  g_autofree char *dialog_png = g_strdup_printf ("map-export-dialog-%s.png", suffix);
  g_autofree char *dir = g_dir_make_tmp ("territory-map-export-XXXXXX", NULL);
  g_autofree char *base = g_build_filename (dir, "east", NULL);
  g_autofree char *file = g_build_filename (dir, "east.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  int width, height;

  ter_map_export_dialog_set_preset (TER_MAP_EXPORT_DIALOG (dialog), 3);
  ter_map_export_dialog_get_size (TER_MAP_EXPORT_DIALOG (dialog), &width, &height);
  g_assert_cmpint (width, ==, 1280);
  g_assert_cmpint (height, ==, 800);
  ter_map_export_dialog_set_format (TER_MAP_EXPORT_DIALOG (dialog), TER_CHART_FORMAT_PDF);
  ter_map_export_dialog_get_size (TER_MAP_EXPORT_DIALOG (dialog), &width, &height);
  g_assert_cmpint (width, ==, 842);
  g_assert_cmpint (height, ==, 595);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (dialog), dialog_png);
  gtk_window_destroy (dialog);

  g_assert_true (ter_map_page_export (page, base, TER_CHART_FORMAT_PNG, 800, 500, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (file);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 500);
  cairo_surface_destroy (png);
  g_assert_false (ter_map_page_export (page, base, TER_CHART_FORMAT_PNG, 10, 500, &error));
  g_assert_nonnull (error);
  g_unlink (file);
  g_rmdir (dir);
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
  check_assign_undo_redo (window, page);
  check_keyboard (page, suffix);
  check_user_layer (window, page, suffix);
  ter_test_settle ();
  check_classes (page);
  check_export (page, suffix);
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
  g_autofree char *data_home = NULL;
  int status;

  /* Layers the test adds go into a folder of its own, set before GLib
   * first reads it. */
  data_home = g_dir_make_tmp ("territory-map-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
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
  /* Toasts follow one another here faster than a person acts; without
   * animations libadwaita 1.2 shows and hides them at once instead of
   * racing its own hide animation on a busy machine. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  make_demo_database ();
  app = ter_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/ui/map", test_map);
  status = g_test_run ();

  g_clear_object (&app);
  g_unlink (db_path);
  g_free (db_path);
  {
    g_autofree char *layers = g_build_filename (data_home, "territory", "layers", NULL);
    g_autofree char *index = g_build_filename (layers, "layers.ini", NULL);
    g_autofree char *territory = g_build_filename (data_home, "territory", NULL);

    g_unlink (index);
    g_rmdir (layers);
    g_rmdir (territory);
    g_rmdir (data_home);
  }
  return status;
}
