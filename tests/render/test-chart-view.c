/* test-chart-view.c - the chart widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: every test skips itself when GTK cannot initialise
 * (CI runs this under xvfb-run).
 */

#define G_LOG_DOMAIN "test-chart-view"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "ter-chart-view.h"

static gboolean have_display;

static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", NULL };

static TerChart *
make_chart (void)
{
  static const double a[] = { 10, 20, 40, 30 };
  static const double b[] = { 15, NAN, 35, 25 };
  TerChart *chart = ter_chart_new (TER_CHART_BAR);
  g_autoptr(TerChartData) data = ter_chart_data_new ();

  ter_chart_data_set_labels (data, months, -1);
  ter_chart_data_add_values (data, "This year", TER_SERIES_ROLE_DEFAULT, a, 4);
  ter_chart_data_add_values (data, "Last year", TER_SERIES_ROLE_COMPARISON, b, 4);
  ter_chart_set_data (chart, data);

  return chart;
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    g_test_skip ("No display");

  return !have_display;
}

static void
test_basics (void)
{
  g_autoptr(TerChart) chart = NULL;
  GtkWidget *view;

  if (skip_without_display ())
    return;

  chart = make_chart ();
  view = g_object_ref_sink (ter_chart_view_new (chart));

  g_assert_cmpstr (gtk_widget_get_css_name (view), ==, "chart");
  g_assert_true (gtk_widget_get_focusable (view));
  g_assert_true (ter_chart_view_get_chart (TER_CHART_VIEW (view)) == chart);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpfloat (ter_chart_view_get_scale (TER_CHART_VIEW (view)), ==, 1.0);

  ter_chart_view_set_scale (TER_CHART_VIEW (view), 1.5);
  g_assert_cmpfloat (ter_chart_view_get_style (TER_CHART_VIEW (view))->scale, ==, 1.5);

  ter_chart_view_set_chart (TER_CHART_VIEW (view), NULL);
  g_assert_null (ter_chart_view_get_chart (TER_CHART_VIEW (view)));
  /* the old chart is no longer watched */
  ter_chart_invalidate (chart);

  g_object_unref (view);
}

static void
activated_cb (TerChartView *view G_GNUC_UNUSED,
              int           series,
              int           point,
              int          *out)
{
  out[0] = series;
  out[1] = point;
  out[2]++;
}

static void
test_navigation (void)
{
  g_autoptr(TerChart) chart = NULL;
  TerChartView *view;
  int series, point, got[3] = { -1, -1, 0 };

  if (skip_without_display ())
    return;

  chart = make_chart ();
  view = g_object_ref_sink (TER_CHART_VIEW (ter_chart_view_new (chart)));
  g_signal_connect (view, "activated", G_CALLBACK (activated_cb), got);

  g_assert_false (ter_chart_view_get_highlight (view, &series, &point));
  g_assert_false (ter_chart_view_activate_highlight (view));
  g_assert_cmpint (got[2], ==, 0);

  /* first key press lands on the first point */
  ter_chart_view_move_highlight (view, 1, 0);
  g_assert_true (ter_chart_view_get_highlight (view, &series, &point));
  g_assert_cmpint (series, ==, 0);
  g_assert_cmpint (point, ==, 0);

  ter_chart_view_move_highlight (view, 1, 0);
  ter_chart_view_get_highlight (view, &series, &point);
  g_assert_cmpint (point, ==, 1);

  /* Down goes to the next series with a value: none at Feb */
  ter_chart_view_move_highlight (view, 0, 1);
  ter_chart_view_get_highlight (view, &series, &point);
  g_assert_cmpint (series, ==, 0);
  ter_chart_view_move_highlight (view, 1, 1);
  ter_chart_view_get_highlight (view, &series, &point);
  g_assert_cmpint (series, ==, 1);
  g_assert_cmpint (point, ==, 2);

  /* clamped at the ends */
  for (guint i = 0; i < 10; i++)
    ter_chart_view_move_highlight (view, 1, 0);
  ter_chart_view_get_highlight (view, &series, &point);
  g_assert_cmpint (point, ==, 3);
  for (guint i = 0; i < 10; i++)
    ter_chart_view_move_highlight (view, -1, 0);
  ter_chart_view_get_highlight (view, &series, &point);
  g_assert_cmpint (point, ==, 0);

  g_assert_true (ter_chart_view_activate_highlight (view));
  g_assert_cmpint (got[2], ==, 1);
  g_assert_cmpint (got[0], ==, series);
  g_assert_cmpint (got[1], ==, 0);

  ter_chart_view_set_highlight (view, 1, 3);
  g_assert_true (ter_chart_view_activate_highlight (view));
  g_assert_cmpint (got[0], ==, 1);
  g_assert_cmpint (got[1], ==, 3);

  /* out of range clears; so does new data that lacks the point */
  ter_chart_view_set_highlight (view, 0, 99);
  g_assert_false (ter_chart_view_get_highlight (view, NULL, NULL));
  ter_chart_view_set_highlight (view, 0, 3);
  ter_chart_set_data (chart, NULL);
  g_assert_false (ter_chart_view_get_highlight (view, NULL, NULL));

  g_object_unref (view);
}

static void
notify_cb (GObject    *object G_GNUC_UNUSED,
           GParamSpec *pspec G_GNUC_UNUSED,
           int        *count)
{
  (*count)++;
}

static void
test_dark (void)
{
  g_autoptr(TerChart) chart = NULL;
  AdwStyleManager *manager;
  TerChartView *view;
  int notified = 0;

  if (skip_without_display ())
    return;

  manager = adw_style_manager_get_default ();
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  chart = make_chart ();
  view = g_object_ref_sink (TER_CHART_VIEW (ter_chart_view_new (chart)));
  g_assert_false (ter_chart_view_get_dark (view));
  g_assert_cmpfloat (ter_chart_view_get_style (view)->background.red, >, 0.9);
  g_signal_connect (view, "notify::dark", G_CALLBACK (notify_cb), &notified);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (adw_style_manager_get_dark (manager));
  g_assert_true (ter_chart_view_get_dark (view));
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpfloat (ter_chart_view_get_style (view)->background.red, <, 0.2);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (ter_chart_view_get_dark (view));
  g_assert_cmpint (notified, ==, 2);

  g_object_unref (view);
}

typedef struct {
  guint8 *pixels;
  gsize   stride;
  int     width;
  int     height;
} Image;

static void
image_clear (Image *image)
{
  g_clear_pointer (&image->pixels, g_free);
}

static void
grab (GtkWidget *window,
      GtkWidget *view,
      Image     *image)
{
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  image->width = gtk_widget_get_width (view);
  image->height = gtk_widget_get_height (view);
  /* The widget's own snapshot (), as GTK calls it for a frame */
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, image->width, image->height));
  gsk_render_node_unref (node);

  image->stride = image->width * 4;
  image->pixels = g_malloc0 (image->stride * image->height);
  gdk_texture_download (texture, image->pixels, image->stride);
}

/* gdk_texture_download () gives premultiplied cairo ARGB32 */
static gboolean
pixel_is (const Image         *image,
          int                  x,
          int                  y,
          const TerChartColor *color)
{
  guint32 v = *(guint32 *) (gpointer) (image->pixels + y * image->stride + x * 4);

  return (v >> 24) == 255 &&
         abs ((int) ((v >> 16) & 0xff) - (int) round (color->red * 255)) <= 2 &&
         abs ((int) ((v >> 8) & 0xff) - (int) round (color->green * 255)) <= 2 &&
         abs ((int) (v & 0xff) - (int) round (color->blue * 255)) <= 2;
}

static gboolean
images_differ (const Image *a,
               const Image *b)
{
  return a->width != b->width || a->height != b->height ||
         memcmp (a->pixels, b->pixels, a->stride * a->height) != 0;
}

static void
test_drawing (void)
{
  static const double small[] = { 10, 20, 10, 30 };
  g_autoptr(TerChart) chart = NULL;
  g_autoptr(TerChartData) data = NULL;
  GtkWidget *window, *view;
  Image plain = { 0 }, hover = { 0 }, changed = { 0 };
  const TerChartStyle *style;
  TerChartRect plot;
  gint64 deadline;
  double band, x;

  if (skip_without_display ())
    return;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  chart = make_chart ();
  ter_chart_set_show_legend (chart, FALSE);
  window = gtk_window_new ();
  view = ter_chart_view_new (chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((gtk_widget_get_width (view) < 100 || !gtk_widget_get_mapped (view)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_widget_get_width (view), >=, 100);

  grab (window, view, &plain);
  style = ter_chart_view_get_style (TER_CHART_VIEW (view));
  g_assert_true (ter_chart_get_plot_area (chart, plain.width, plain.height, &plot));
  band = plot.width / 4;

  /* March's "This year" bar (40, the top of the axis) is drawn in the
   * first palette colour, from the plot top down */
  x = plot.x + 2.5 * band - band * 0.15;
  g_assert_true (pixel_is (&plain, (int) x, (int) (plot.y + plot.height * 0.1), &style->palette[0]));
  g_assert_true (pixel_is (&plain, (int) x, (int) (plot.y + plot.height * 0.9), &style->palette[0]));

  /* Hover: the overlay is drawn, the bars are still there */
  ter_chart_view_set_highlight (TER_CHART_VIEW (view), 0, 0);
  grab (window, view, &hover);
  g_assert_true (images_differ (&plain, &hover));
  g_assert_true (pixel_is (&hover, (int) x, (int) (plot.y + plot.height * 0.9), &style->palette[0]));
  ter_chart_view_set_highlight (TER_CHART_VIEW (view), -1, -1);

  /* New data drops the cached picture */
  data = ter_chart_data_new ();
  ter_chart_data_set_labels (data, months, -1);
  ter_chart_data_add_values (data, "This year", TER_SERIES_ROLE_DEFAULT, small, 4);
  ter_chart_set_data (chart, data);
  grab (window, view, &changed);
  g_assert_true (images_differ (&plain, &changed));
  g_assert_true (ter_chart_get_plot_area (chart, changed.width, changed.height, &plot));
  band = plot.width / 4;
  /* March is now a third of the height: nothing near the top */
  g_assert_false (pixel_is (&changed, (int) (plot.x + 2.5 * band), (int) (plot.y + plot.height * 0.1), &style->palette[0]));
  g_assert_true (pixel_is (&changed, (int) (plot.x + 2.5 * band), (int) (plot.y + plot.height * 0.9), &style->palette[0]));

  image_clear (&plain);
  image_clear (&hover);
  image_clear (&changed);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* No AT-SPI bus in test environments; GTK would warn (fatally here). */
  g_setenv ("GTK_A11Y", "none", TRUE);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/render/view/basics", test_basics);
  g_test_add_func ("/render/view/navigation", test_navigation);
  g_test_add_func ("/render/view/dark", test_dark);
  g_test_add_func ("/render/view/drawing", test_drawing);

  return g_test_run ();
}
