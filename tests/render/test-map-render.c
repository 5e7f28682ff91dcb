/* test-map-render.c - choropleth classes, hit-testing and rendered colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "ter-render.h"

#define WIDTH 1600
#define HEIGHT 1000

static void
test_quantile_and_jenks (void)
{
  const double values[] = { 1, 2, 3, 4, 10, 11, 12, 50, 51, 52 };
  double upper[5];
  guint n;

  n = ter_map_breaks (values, 10, 2, TER_MAP_CLASSES_QUANTILE, upper);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (upper[0], ==, 10);
  g_assert_cmpfloat (upper[1], ==, 52);
  n = ter_map_breaks (values, 10, 3, TER_MAP_CLASSES_JENKS, upper);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (upper[0], ==, 4);
  g_assert_cmpfloat (upper[1], ==, 12);
  g_assert_cmpfloat (upper[2], ==, 52);
  /* Equal intervals split 1…52 into widths of 17, whatever the counts. */
  n = ter_map_breaks (values, 10, 3, TER_MAP_CLASSES_EQUAL, upper);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (upper[0], ==, 18);
  g_assert_cmpfloat (upper[1], ==, 35);
  g_assert_cmpfloat (upper[2], ==, 52);
  g_assert_cmpstr (ter_map_class_method_label (TER_MAP_CLASSES_EQUAL), !=, ter_map_class_method_label (TER_MAP_CLASSES_JENKS));
  /* Repeated values make fewer classes, never empty ones. */
  {
    const double same[] = { 5, 5, 5, 5 };
    g_assert_cmpuint (ter_map_breaks (same, 4, 4, TER_MAP_CLASSES_EQUAL, upper), ==, 1);
    g_assert_cmpuint (ter_map_breaks (same, 4, 4, TER_MAP_CLASSES_QUANTILE, upper), ==, 1);
    g_assert_cmpuint (ter_map_breaks (same, 4, 3, TER_MAP_CLASSES_JENKS, upper), ==, 1);
  }
}

/* Attainment around 100%: the middle class is neutral, below and above
 * get opposite colours, and no data stays no data. */
static void
test_diverging (void)
{
  const double values[] = { 0.5, 0.8, 0.95, 1.0, 1.02, 1.1, 1.4, NAN };
  TerChartStyle style;
  TerMapClasses classes;
  TerChartColor neutral;

  ter_chart_style_init_light (&style);
  ter_map_classes_compute (&classes, values, G_N_ELEMENTS (values), TER_MAP_SCALE_DIVERGING,
                           1.0, TER_MAP_CLASSES_QUANTILE, 5, &style);
  g_assert_cmpuint (classes.n_classes, ==, 5);
  g_assert_cmpint (ter_map_classes_find (&classes, 1.0), ==, 2);
  g_assert_cmpint (ter_map_classes_find (&classes, 0.5), ==, 0);
  g_assert_cmpint (ter_map_classes_find (&classes, 1.4), ==, 4);
  g_assert_cmpint (ter_map_classes_find (&classes, NAN), ==, -1);
  g_assert_cmpfloat (classes.lower[2], <, 1.0);
  g_assert_cmpfloat (classes.upper[2], >, 1.0);
  /* The neutral middle is grey, and not so light that land vanishes. */
  ter_chart_style_sample_diverging (&style, 0.0, &neutral);
  g_assert_cmpfloat_with_epsilon (classes.colors[2].red, classes.colors[2].blue, 0.05);
  g_assert_cmpfloat (fabs (ter_chart_color_luminance (&classes.colors[2]) - ter_chart_color_luminance (&style.background)), >=, 0.05);
  g_assert_cmpfloat (ter_chart_color_luminance (&classes.colors[2]), <=, ter_chart_color_luminance (&neutral));
  for (guint i = 0; i + 1 < classes.n_classes; i++)
    g_assert_cmpfloat (classes.upper[i], <=, classes.lower[i + 1] + 1e-12);
}

/* The label point of every province and state, drawn where the user sees
 * it (with Alaska and Hawaii in their insets), hits its own region. */
static void
test_hit_labels (void)
{
  for (TerGeoMap map = TER_GEO_MAP_CHINA; map <= TER_GEO_MAP_US; map++)
    {
      g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (map, NULL);
      g_autoptr(TerGeoLayer) coarse = ter_geo_layer_new_for_map (map, TRUE, NULL);
      TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);

      ter_map_renderer_set_size (renderer, WIDTH, HEIGHT);
      for (guint zoomed = 0; zoomed <= 1; zoomed++)
        for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
          {
            /* Zoomed out, the coarse outline is drawn and hit. */
            const TerGeoRegion *region = zoomed ? ter_geo_layer_get_region (layer, i)
                                                : ter_geo_layer_get_region (coarse, ter_geo_layer_find (coarse, ter_geo_layer_get_region (layer, i)->key));
            double x, y;

            ter_map_renderer_reset_view (renderer);
            if (zoomed)
              {
                g_assert_true (ter_map_renderer_project (renderer, region->label_x, region->label_y, &x, &y));
                ter_map_renderer_zoom_at (renderer, 8.0, x, y);
              }
            g_assert_true (ter_map_renderer_project (renderer, region->label_x, region->label_y, &x, &y));
            g_test_message ("%s at %.1f,%.1f", region->key, x, y);
            g_assert_cmpint (ter_map_renderer_hit_test (renderer, x, y), ==, i);
          }
    }
}

static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          guint8           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + (int) floor (y) * stride + (int) floor (x) * 4);

  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

static gboolean
same_color (const guint8         rgb[3],
            const TerChartColor *color)
{
  return abs (rgb[0] - (int) round (color->red * 255)) <= 2
         && abs (rgb[1] - (int) round (color->green * 255)) <= 2
         && abs (rgb[2] - (int) round (color->blue * 255)) <= 2;
}

static void
render_to (TerMapRenderer  *renderer,
           cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);

  ter_map_renderer_render (renderer, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

/* Checks the pixel at a region's label point; small regions are checked
 * zoomed in, where they are big enough to have an inside pixel. */
static void
check_region_color (TerMapRenderer  *renderer,
                    cairo_surface_t *surface,
                    guint            index,
                    gboolean         dark)
{
  const TerGeoRegion *region = ter_geo_layer_get_region (ter_map_renderer_get_layer (renderer), index);
  const TerMapClasses *classes = ter_map_renderer_get_classes (renderer);
  double value, x, y;
  guint8 rgb[3];
  int klass;

  ter_map_renderer_reset_view (renderer);
  if (region->max_x - region->min_x < 1.5 || region->max_y - region->min_y < 1.5)
    {
      g_assert_true (ter_map_renderer_project (renderer, region->label_x, region->label_y, &x, &y));
      ter_map_renderer_zoom_at (renderer, 20.0, x, y);
      ter_map_renderer_pan (renderer, WIDTH / 2.0 - x, HEIGHT / 2.0 - y);
    }
  render_to (renderer, surface);
  g_assert_true (ter_map_renderer_project (renderer, region->label_x, region->label_y, &x, &y));
  pixel_at (surface, x, y, rgb);
  klass = ter_map_renderer_get_class (renderer, index);
  g_test_message ("%s%s: class %d, pixel %02x%02x%02x", region->key, dark ? " (dark)" : "", klass, rgb[0], rgb[1], rgb[2]);
  if (g_getenv ("MAP_DEBUG_PNG") && g_str_equal (region->key, g_getenv ("MAP_DEBUG_PNG")))
    cairo_surface_write_to_png (surface, "map-debug.png");
  if (ter_map_renderer_get_value (renderer, index, &value))
    {
      g_assert_cmpint (klass, >=, 0);
      g_assert_true (same_color (rgb, &classes->colors[klass]));
    }
  else
    {
      g_assert_cmpint (klass, ==, -1);
      for (guint k = 0; k < classes->n_classes; k++)
        g_assert_false (same_color (rgb, &classes->colors[k]));
    }
}

/* A known metric: each region's value is its index, except the first,
 * which has no data. Every region shows its class colour at its label
 * point, and the one without data shows no class colour. */
static void
test_rendered_colors (void)
{
  for (TerGeoMap map = TER_GEO_MAP_CHINA; map <= TER_GEO_MAP_US; map++)
    for (int dark = 0; dark <= 1; dark++)
      {
        g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (map, NULL);
        TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
        TerChartStyle style;

        if (dark)
          ter_chart_style_init_dark (&style);
        else
          ter_chart_style_init_light (&style);
        style.fill_background = TRUE;
        ter_map_renderer_set_style (renderer, &style);
        ter_map_renderer_set_show_labels (renderer, FALSE);
        ter_map_renderer_set_show_legend (renderer, FALSE);
        ter_map_renderer_set_size (renderer, WIDTH, HEIGHT);
        for (guint i = 1; i < ter_geo_layer_get_n_regions (layer); i++)
          ter_map_renderer_set_value (renderer, ter_geo_layer_get_region (layer, i)->key, i);
        ter_map_renderer_set_scale (renderer, TER_MAP_SCALE_SEQUENTIAL, 0, TER_MAP_CLASSES_JENKS, 5);
        g_assert_cmpuint (ter_map_renderer_get_classes (renderer)->n_classes, ==, 5);
        for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
          check_region_color (renderer, surface, i, dark);
        cairo_surface_destroy (surface);
      }
}

/* Writes the maps as PNG for people to look at (not compared). */
static void
test_write_pngs (void)
{
  const char *names[] = { "china", "us", "world" };

  for (TerGeoMap map = TER_GEO_MAP_CHINA; map <= TER_GEO_MAP_WORLD; map++)
    for (int chinese = 0; chinese <= 1; chinese++)
      {
        g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (map, NULL);
        TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
        g_autofree char *path = g_strdup_printf ("map-%s-%s.png", names[map], chinese ? "zh" : "en");
        TerChartStyle style;

        if (chinese)
          ter_chart_style_init_dark (&style);
        else
          ter_chart_style_init_light (&style);
        style.fill_background = TRUE;
        ter_map_renderer_set_style (renderer, &style);
        ter_map_renderer_set_chinese (renderer, chinese);
        ter_map_renderer_set_title (renderer, chinese ? "目标达成率" : "Attainment");
        ter_map_renderer_set_size (renderer, 1200, 800);
        for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i += 1)
          if (i % 7 != 3)
            ter_map_renderer_set_value (renderer, ter_geo_layer_get_region (layer, i)->key,
                                        0.6 + fmod (i * 0.37, 0.8));
        ter_map_renderer_set_scale (renderer, TER_MAP_SCALE_DIVERGING, 1.0, TER_MAP_CLASSES_QUANTILE, 5);
        ter_map_renderer_set_hover (renderer, 5);
        ter_map_renderer_set_selected (renderer, 7, TRUE);
        render_to (renderer, surface);
        g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy (surface);
      }
}

/* The overlay draws only where the hovered, focused and selected regions
 * are: nothing at rest, the hovered region's label point when hovering,
 * and both regions when one is also selected. */
static void
test_overlay_bounds (void)
{
  g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (TER_GEO_MAP_CHINA, NULL);
  TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);
  int sd = ter_geo_layer_find (layer, "CN-SD"), xj = ter_geo_layer_find (layer, "CN-XJ");
  const TerGeoRegion *r = ter_geo_layer_get_region (layer, sd);
  double rect[4], x, y;

  ter_map_renderer_set_size (renderer, 1200, 800);
  ter_map_renderer_get_overlay_bounds (renderer, rect);
  g_assert_cmpfloat (rect[2], ==, 0);
  ter_map_renderer_set_hover (renderer, sd);
  ter_map_renderer_get_overlay_bounds (renderer, rect);
  g_assert_true (ter_map_renderer_project (renderer, r->label_x, r->label_y, &x, &y));
  g_assert_cmpfloat (x, >, rect[0]);
  g_assert_cmpfloat (y, >, rect[1]);
  g_assert_cmpfloat (x, <, rect[0] + rect[2]);
  g_assert_cmpfloat (y, <, rect[1] + rect[3]);
  g_assert_cmpfloat (rect[2], <, 200);
  ter_map_renderer_set_selected (renderer, xj, TRUE);
  ter_map_renderer_get_overlay_bounds (renderer, rect);
  g_assert_cmpfloat (rect[2], >, 400);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/breaks", test_quantile_and_jenks);
  g_test_add_func ("/map/diverging", test_diverging);
  g_test_add_func ("/map/hit-labels", test_hit_labels);
  g_test_add_func ("/map/rendered-colors", test_rendered_colors);
  g_test_add_func ("/map/write-pngs", test_write_pngs);
  g_test_add_func ("/map/overlay-bounds", test_overlay_bounds);

  return g_test_run ();
}
