/* test-chart-render.c - renderer, hit testing, description and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pixel tests draw known data with a style of pure, distinct colours on a
 * white background and read the image back.
 */

#define G_LOG_DOMAIN "test-chart-render"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ter-render.h"
#include "ter-chart-private.h"

#define RED    "#e00000"
#define GREEN  "#00a000"
#define BLUE   "#0000e0"
#define YELLOW "#e0e000"

typedef struct {
  int r, g, b, a;
} Pixel;

static void
test_style (TerChartStyle *style)
{
  static const char * const palette[] = { RED, GREEN, BLUE, YELLOW, "#e000e0", "#00e0e0", "#804000", "#808080" };
  static const char * const ramp[] = { "#000000", "#404040", "#808080", "#c0c0c0", "#ffff00" };

  ter_chart_style_init_light (style);
  for (guint i = 0; i < TER_CHART_PALETTE_SIZE; i++)
    g_assert_true (ter_chart_color_parse (&style->palette[i], palette[i]));
  for (guint i = 0; i < TER_CHART_RAMP_SIZE; i++)
    g_assert_true (ter_chart_color_parse (&style->sequential[i], ramp[i]));
  g_assert_true (ter_chart_color_parse (&style->background, "#ffffff"));
  style->fill_background = TRUE;
}

static cairo_surface_t *
render (TerChart *chart,
        int       width,
        int       height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  TerChartStyle style;

  test_style (&style);
  ter_chart_render (chart, cr, width, height, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (g_getenv ("TER_TEST_SAVE_PNG") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("/tmp/ter-test-%s.png", g_enum_to_string (TER_TYPE_CHART_KIND, ter_chart_get_kind (chart)));
      cairo_surface_write_to_png (surface, name);
    }

  return surface;
}

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 v;
  Pixel p;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  v = *(guint32 *) (gpointer) (data + y * stride + x * 4);
  p.a = v >> 24;
  p.r = (v >> 16) & 0xff;
  p.g = (v >> 8) & 0xff;
  p.b = v & 0xff;

  return p;
}

static gboolean
pixel_is (cairo_surface_t *surface,
          int              x,
          int              y,
          const char      *hex,
          int              tolerance)
{
  TerChartColor c;
  Pixel p = pixel_at (surface, x, y);

  g_assert_true (ter_chart_color_parse (&c, hex));

  return abs (p.r - (int) round (c.red * 255)) <= tolerance &&
         abs (p.g - (int) round (c.green * 255)) <= tolerance &&
         abs (p.b - (int) round (c.blue * 255)) <= tolerance &&
         p.a == 255;
}

static TerChart *
make_chart (TerChartKind        kind,
            const char * const *labels,
            const double       *values,
            guint               n)
{
  TerChart *chart = ter_chart_new (kind);
  g_autoptr(TerChartData) data = ter_chart_data_new ();

  ter_chart_data_set_labels (data, labels, n);
  ter_chart_data_add_values (data, "Revenue", TER_SERIES_ROLE_DEFAULT, values, n);
  ter_chart_set_data (chart, data);

  return chart;
}

static const char * const abc[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", NULL };

/* Bar tops at the expected heights, bar colour in the expected columns. */
static void
test_bar_pixels (void)
{
  static const double values[] = { 10, 20, 40 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_BAR, abc, values, 3);
  cairo_surface_t *surface = render (chart, 360, 240);
  TerChartRect plot;
  TerChartTicks ticks;
  double band, bar_heights[3];

  g_assert_true (ter_chart_get_plot_area (chart, 360, 240, &plot));
  g_assert_true (ter_chart_get_value_ticks (chart, 360, 240, &ticks));
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 40);
  g_assert_cmpfloat (plot.width, >, 200);
  g_assert_cmpfloat (plot.height, >, 120);
  band = plot.width / 3;

  for (guint i = 0; i < 3; i++)
    {
      int cx = (int) (plot.x + (i + 0.5) * band);
      double expected_top = plot.y + plot.height * (1 - values[i] / 40.0);
      int bottom = (int) (plot.y + plot.height) - 2;
      int top = -1;

      /* first red pixel from the top of the plot down */
      for (int y = (int) plot.y - 5; y <= bottom; y++)
        if (pixel_is (surface, cx, y, RED, 40))
          {
            top = y;
            break;
          }
      g_assert_cmpint (top, >=, 0);
      g_assert_cmpfloat (fabs (top - expected_top), <=, 1.0);
      bar_heights[i] = plot.y + plot.height - top;

      /* solid down to the base */
      g_assert_true (pixel_is (surface, cx, bottom, RED, 0));
      g_assert_true (pixel_is (surface, cx, (top + bottom) / 2, RED, 0));
      /* bar is ~62% of the band wide: red at ±25%, not at ±40% */
      g_assert_true (pixel_is (surface, (int) (cx + band * 0.25), bottom, RED, 0));
      g_assert_true (pixel_is (surface, (int) (cx - band * 0.25), bottom, RED, 0));
      g_assert_false (pixel_is (surface, (int) (cx + band * 0.4), bottom, RED, 80));
      g_assert_false (pixel_is (surface, (int) (cx - band * 0.4), bottom, RED, 80));
      /* nothing red above the bar */
      g_assert_false (pixel_is (surface, cx, top - 3, RED, 80));
    }

  /* heights proportional to the values, whatever the layout */
  g_assert_cmpfloat (fabs (bar_heights[1] / bar_heights[0] - 2.0), <, 0.05);
  g_assert_cmpfloat (fabs (bar_heights[2] / bar_heights[0] - 4.0), <, 0.1);

  cairo_surface_destroy (surface);
}

static void
test_grouped_and_stacked (void)
{
  static const double a[] = { 10, 30 };
  static const double b[] = { 30, 10 };
  g_autoptr(TerChart) chart = ter_chart_new (TER_CHART_STACKED_BAR);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  cairo_surface_t *surface;
  TerChartRect plot;
  TerChartTicks ticks;
  double band;

  ter_chart_data_set_labels (data, abc, 2);
  ter_chart_data_add_values (data, "A", TER_SERIES_ROLE_DEFAULT, a, 2);
  ter_chart_data_add_values (data, "B", TER_SERIES_ROLE_DEFAULT, b, 2);
  ter_chart_set_data (chart, data);

  surface = render (chart, 300, 260);
  g_assert_true (ter_chart_get_plot_area (chart, 300, 260, &plot));
  g_assert_true (ter_chart_get_value_ticks (chart, 300, 260, &ticks));
  g_assert_cmpfloat (ticks.max, ==, 40);
  band = plot.width / 2;

  for (guint i = 0; i < 2; i++)
    {
      int cx = (int) (plot.x + (i + 0.5) * band);
      double split = plot.y + plot.height * (1 - a[i] / 40.0);

      /* A at the bottom, B stacked on top up to 40 */
      g_assert_true (pixel_is (surface, cx, (int) (split + 3), RED, 0));
      g_assert_true (pixel_is (surface, cx, (int) (split - 3), GREEN, 0));
      g_assert_true (pixel_is (surface, cx, (int) (plot.y + 3), GREEN, 0));
    }
  cairo_surface_destroy (surface);

  /* Grouped: A left of B in each category */
  ter_chart_set_kind (chart, TER_CHART_BAR);
  surface = render (chart, 300, 260);
  g_assert_true (ter_chart_get_plot_area (chart, 300, 260, &plot));
  band = plot.width / 2;
  for (guint i = 0; i < 2; i++)
    {
      double cx = plot.x + (i + 0.5) * band;
      int y = (int) (plot.y + plot.height) - 3;

      g_assert_true (pixel_is (surface, (int) (cx - band * 0.15), y, RED, 0));
      g_assert_true (pixel_is (surface, (int) (cx + band * 0.15), y, GREEN, 0));
    }
  cairo_surface_destroy (surface);
}

static void
test_line_pixels (void)
{
  static const double values[] = { 0, 50, 100 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_LINE, abc, values, 3);
  cairo_surface_t *surface = render (chart, 360, 240);
  TerChartRect plot;
  TerChartTicks ticks;
  double band;

  g_assert_true (ter_chart_get_plot_area (chart, 360, 240, &plot));
  g_assert_true (ter_chart_get_value_ticks (chart, 360, 240, &ticks));
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 100);
  band = plot.width / 3;

  for (guint i = 0; i < 3; i++)
    {
      double x = plot.x + (i + 0.5) * band;
      double y = plot.y + plot.height * (1 - values[i] / 100.0);

      g_assert_true (pixel_is (surface, (int) x, (int) y, RED, 30));
      /* well away from the line there is background */
      g_assert_false (pixel_is (surface, (int) x, (int) (y + (i == 0 ? -25 : 25)), RED, 120));
    }

  /* halfway between point 0 and 1 the line passes at 25 */
  g_assert_true (pixel_is (surface, (int) (plot.x + band), (int) (plot.y + plot.height * 0.75), RED, 60));

  cairo_surface_destroy (surface);
}

static void
test_donut_pixels (void)
{
  static const double values[] = { 1, 1, 2 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_DONUT, abc, values, 3);
  cairo_surface_t *surface;
  TerChartRect ring;
  double cx, cy, r;
  struct {
    double      degrees;   /* clockwise from 3 o'clock, cairo convention */
    const char *color;
  } samples[] = {
    { -45, RED },     /* first quarter: 12 to 3 o'clock */
    { 45, GREEN },    /* second quarter: 3 to 6 o'clock */
    { 135, BLUE },    /* last half: 6 to 12 o'clock */
    { 180, BLUE },
    { -100, BLUE },
  };

  ter_chart_set_show_legend (chart, FALSE);
  surface = render (chart, 300, 300);
  g_assert_true (ter_chart_get_plot_area (chart, 300, 300, &ring));
  g_assert_cmpfloat (fabs (ring.width - ring.height), <, 0.01);
  cx = ring.x + ring.width / 2;
  cy = ring.y + ring.height / 2;
  r = ring.width / 2;
  g_assert_cmpfloat (fabs (cx - 150), <, 1);
  g_assert_cmpfloat (r, >, 100);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      double a = samples[i].degrees * G_PI / 180;
      /* near the outer edge, away from the percentage labels */
      double rr = r * 0.93;

      g_assert_true (pixel_is (surface, (int) (cx + cos (a) * rr), (int) (cy + sin (a) * rr), samples[i].color, 0));
    }

  /* outside the ring and in the hole: background */
  g_assert_true (pixel_is (surface, (int) (cx + r * 0.72), (int) (cy - r * 0.72), "#ffffff", 0));
  g_assert_true (pixel_is (surface, (int) (cx - r * 0.4), (int) (cy + r * 0.45), "#ffffff", 0));

  cairo_surface_destroy (surface);
}

static void
test_heat_pixels (void)
{
  static const double row0[] = { 0, 10 };
  static const double row1[] = { 5, NAN };
  g_autoptr(TerChart) chart = ter_chart_new (TER_CHART_HEAT);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  cairo_surface_t *surface;
  TerChartRect grid;
  double cw, ch;

  ter_chart_data_set_labels (data, abc, 2);
  ter_chart_data_add_values (data, "华东", TER_SERIES_ROLE_DEFAULT, row0, 2);
  ter_chart_data_add_values (data, "华南", TER_SERIES_ROLE_DEFAULT, row1, 2);
  ter_chart_set_data (chart, data);

  surface = render (chart, 320, 200);
  g_assert_true (ter_chart_get_plot_area (chart, 320, 200, &grid));
  cw = grid.width / 2;
  ch = grid.height / 2;
  g_assert_cmpfloat (cw, >, 40);
  g_assert_cmpfloat (ch, >, 20);

  /* sample near the top-left corner of each cell, clear of the number */
#define CELL(r, c) (int) (grid.x + (c) * cw + 6), (int) (grid.y + (r) * ch + 6)
  g_assert_true (pixel_is (surface, CELL (0, 0), "#000000", 1));  /* min: first stop */
  g_assert_true (pixel_is (surface, CELL (0, 1), "#ffff00", 1));  /* max: last stop */
  g_assert_true (pixel_is (surface, CELL (1, 0), "#808080", 1));  /* middle stop */
  g_assert_false (pixel_is (surface, CELL (1, 1), "#808080", 40)); /* missing value */
#undef CELL
  cairo_surface_destroy (surface);

  /* Diverging around 5: 0 → most negative stop, 10 → most positive */
  ter_chart_set_color_scale (chart, TER_CHART_SCALE_DIVERGING);
  ter_chart_set_color_center (chart, 5);
  surface = render (chart, 320, 200);
  {
    TerChartStyle style;
    char neg[8], mid[8], pos[8];

    test_style (&style);
    g_snprintf (neg, sizeof neg, "#%02x%02x%02x", (int) round (style.diverging[0].red * 255),
                (int) round (style.diverging[0].green * 255), (int) round (style.diverging[0].blue * 255));
    g_snprintf (mid, sizeof mid, "#%02x%02x%02x", (int) round (style.diverging[2].red * 255),
                (int) round (style.diverging[2].green * 255), (int) round (style.diverging[2].blue * 255));
    g_snprintf (pos, sizeof pos, "#%02x%02x%02x", (int) round (style.diverging[4].red * 255),
                (int) round (style.diverging[4].green * 255), (int) round (style.diverging[4].blue * 255));
    g_assert_true (pixel_is (surface, (int) (grid.x + 6), (int) (grid.y + 6), neg, 1));
    g_assert_true (pixel_is (surface, (int) (grid.x + cw + 6), (int) (grid.y + 6), pos, 1));
    g_assert_true (pixel_is (surface, (int) (grid.x + 6), (int) (grid.y + ch + 6), mid, 1));
  }
  cairo_surface_destroy (surface);
}

static void
test_hbar_pixels (void)
{
  static const double values[] = { 100, 50, 25 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_HBAR, abc, values, 3);
  cairo_surface_t *surface = render (chart, 400, 200);
  TerChartRect plot;
  double ends[3];

  g_assert_true (ter_chart_get_plot_area (chart, 400, 200, &plot));
  for (guint i = 0; i < 3; i++)
    {
      int y = (int) (plot.y + (i + 0.5) * plot.height / 3);
      int end = -1;

      g_assert_true (pixel_is (surface, (int) plot.x + 2, y, RED, 0));
      for (int x = (int) plot.x; x < 400; x++)
        if (pixel_is (surface, x, y, RED, 40))
          end = x;
      g_assert_cmpint (end, >, 0);
      ends[i] = end + 1 - plot.x;
    }
  g_assert_cmpfloat (fabs (ends[0] - plot.width), <=, 1.0);
  g_assert_cmpfloat (fabs (ends[1] / ends[0] - 0.5), <, 0.02);
  g_assert_cmpfloat (fabs (ends[2] / ends[0] - 0.25), <, 0.02);

  cairo_surface_destroy (surface);
}

static void
test_hit_test (void)
{
  static const double values[] = { 10, 20, 40 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_BAR, abc, values, 3);
  TerChartRect plot;
  TerChartHit hit;
  double band;

  g_assert_true (ter_chart_get_plot_area (chart, 360, 240, &plot));
  band = plot.width / 3;

  for (guint i = 0; i < 3; i++)
    {
      double x = plot.x + (i + 0.5) * band;
      double y = plot.y + plot.height - 4;

      memset (&hit, 0, sizeof hit);
      g_assert_true (ter_chart_hit_test (chart, 360, 240, x, y, &hit));
      g_assert_cmpint (hit.series, ==, 0);
      g_assert_cmpint (hit.point, ==, (int) i);
      g_assert_cmpfloat (hit.value, ==, values[i]);
      g_assert_cmpstr (hit.label, ==, abc[i]);
      g_assert_cmpstr (hit.series_name, ==, "Revenue");
      /* anchor on the top of the bar */
      g_assert_cmpfloat (fabs (hit.x - x), <, 1);
      g_assert_cmpfloat (fabs (hit.y - (plot.y + plot.height * (1 - values[i] / 40))), <, 1);

      /* and locate gives the same */
      {
        TerChartHit where;

        g_assert_true (ter_chart_locate (chart, 360, 240, 0, i, &where));
        g_assert_cmpfloat (where.x, ==, hit.x);
        g_assert_cmpfloat (where.y, ==, hit.y);
      }
    }

  g_assert_false (ter_chart_hit_test (chart, 360, 240, 1, 1, &hit));
  g_assert_false (ter_chart_hit_test (chart, 360, 240, plot.x - 5, plot.y + 10, &hit));
  g_assert_false (ter_chart_locate (chart, 360, 240, 0, 3, &hit));
  g_assert_false (ter_chart_locate (chart, 360, 240, 1, 0, &hit));
  g_assert_false (ter_chart_hit_test (chart, 0, 0, 10, 10, &hit));
}

static void
test_hit_line_nearest (void)
{
  static const double a[] = { 10, 20, 30, 40 };
  static const double b[] = { 40, 30, NAN, 10 };
  g_autoptr(TerChart) chart = ter_chart_new (TER_CHART_LINE);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  TerChartHit hit, where;

  ter_chart_data_set_labels (data, abc, 4);
  ter_chart_data_add_values (data, "A", TER_SERIES_ROLE_DEFAULT, a, 4);
  ter_chart_data_add_values (data, "B", TER_SERIES_ROLE_COMPARISON, b, 4);
  ter_chart_set_data (chart, data);

  /* Near B's first point: series 1 */
  g_assert_true (ter_chart_locate (chart, 400, 300, 1, 0, &where));
  g_assert_true (ter_chart_hit_test (chart, 400, 300, where.x + 3, where.y + 3, &hit));
  g_assert_cmpint (hit.series, ==, 1);
  g_assert_cmpint (hit.point, ==, 0);
  g_assert_cmpfloat (hit.value, ==, 40);

  /* Near A's first point: series 0 */
  g_assert_true (ter_chart_locate (chart, 400, 300, 0, 0, &where));
  g_assert_true (ter_chart_hit_test (chart, 400, 300, where.x - 3, where.y, &hit));
  g_assert_cmpint (hit.series, ==, 0);

  /* Point 2 of B is missing: A answers wherever the pointer is */
  g_assert_true (ter_chart_locate (chart, 400, 300, 0, 2, &where));
  g_assert_true (ter_chart_hit_test (chart, 400, 300, where.x, where.y - 60, &hit));
  g_assert_cmpint (hit.series, ==, 0);
  g_assert_cmpint (hit.point, ==, 2);
  g_assert_cmpstr (hit.label, ==, "Mar");
}

static void
test_hit_donut_heat (void)
{
  static const double values[] = { 1, 1, 2 };
  static const double row0[] = { 1, 2, 3 };
  static const double row1[] = { 4, 5, 6 };
  g_autoptr(TerChart) donut = make_chart (TER_CHART_DONUT, abc, values, 3);
  g_autoptr(TerChart) heat = ter_chart_new (TER_CHART_HEAT);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  TerChartRect ring, grid;
  TerChartHit hit;
  double cx, cy, r;

  ter_chart_set_show_legend (donut, FALSE);
  g_assert_true (ter_chart_get_plot_area (donut, 300, 300, &ring));
  cx = ring.x + ring.width / 2;
  cy = ring.y + ring.height / 2;
  r = ring.width / 2 * 0.8;

  g_assert_true (ter_chart_hit_test (donut, 300, 300, cx + r * cos (-G_PI / 4), cy + r * sin (-G_PI / 4), &hit));
  g_assert_cmpint (hit.point, ==, 0);
  g_assert_true (ter_chart_hit_test (donut, 300, 300, cx + r * cos (G_PI / 4), cy + r * sin (G_PI / 4), &hit));
  g_assert_cmpint (hit.point, ==, 1);
  g_assert_cmpfloat (hit.value, ==, 1);
  g_assert_true (ter_chart_hit_test (donut, 300, 300, cx - r, cy, &hit));
  g_assert_cmpint (hit.point, ==, 2);
  g_assert_cmpfloat (hit.value, ==, 2);
  g_assert_false (ter_chart_hit_test (donut, 300, 300, cx, cy, &hit));  /* the hole */

  ter_chart_data_set_labels (data, abc, 3);
  ter_chart_data_add_values (data, "华东", TER_SERIES_ROLE_DEFAULT, row0, 3);
  ter_chart_data_add_values (data, "华南", TER_SERIES_ROLE_DEFAULT, row1, 3);
  ter_chart_set_data (heat, data);
  g_assert_true (ter_chart_get_plot_area (heat, 400, 200, &grid));
  g_assert_true (ter_chart_hit_test (heat, 400, 200, grid.x + grid.width * 5 / 6, grid.y + grid.height * 3 / 4, &hit));
  g_assert_cmpint (hit.series, ==, 1);
  g_assert_cmpint (hit.point, ==, 2);
  g_assert_cmpfloat (hit.value, ==, 6);
  g_assert_cmpstr (hit.series_name, ==, "华南");
  g_assert_cmpstr (hit.label, ==, "Mar");
  g_assert_false (ter_chart_hit_test (heat, 400, 200, grid.x - 2, grid.y + 2, &hit));
}

/* Highlight drawing does not touch the pixels it should not: the bars
 * below the tooltip keep their colour, and the tooltip shows up. */
static void
test_highlight (void)
{
  static const double values[] = { 10, 20, 40 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_BAR, abc, values, 3);
  cairo_surface_t *surface = render (chart, 360, 240);
  cairo_surface_t *before = render (chart, 360, 240);
  TerChartStyle style;
  TerChartRect plot;
  cairo_t *cr;
  guint changed = 0;

  test_style (&style);
  cr = cairo_create (surface);
  ter_chart_render_highlight (chart, cr, 360, 240, &style, 0, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (ter_chart_get_plot_area (chart, 360, 240, &plot));
  /* bar 0 itself keeps its colour (the band tint goes around it) */
  g_assert_true (pixel_is (surface, (int) (plot.x + plot.width / 6), (int) (plot.y + plot.height - 3), RED, 0));

  for (int y = 0; y < 240; y++)
    for (int x = 0; x < 360; x++)
      {
        Pixel a = pixel_at (surface, x, y), b = pixel_at (before, x, y);

        if (a.r != b.r || a.g != b.g || a.b != b.b)
          changed++;
      }
  g_assert_cmpuint (changed, >, 1000);   /* tooltip + band */

  cairo_surface_destroy (surface);
  cairo_surface_destroy (before);
}

static void
test_export (void)
{
  static const double values[] = { 10, 20, 40 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_BAR, abc, values, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ter-chart-XXXXXX", &error);
  static const struct {
    TerChartFormat  format;
    const char     *name;
    const char     *magic;
  } cases[] = {
    { TER_CHART_FORMAT_PNG, "chart.png", "\x89PNG\r\n\x1a\n" },
    { TER_CHART_FORMAT_SVG, "chart.svg", "<?xml" },
    { TER_CHART_FORMAT_PDF, "chart.pdf", "%PDF-" },
  };
  TerChartRect before, after;

  g_assert_no_error (error);
  g_assert_true (ter_chart_get_plot_area (chart, 360, 240, &before));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autofree char *contents = NULL;
      gsize len;

      g_assert_true (ter_chart_export (chart, path, cases[i].format, 640, 400, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &len, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (len, >, 500);
      g_assert_true (memcmp (contents, cases[i].magic, strlen (cases[i].magic)) == 0);
      if (cases[i].format == TER_CHART_FORMAT_SVG)
        {
          g_assert_nonnull (strstr (contents, "<svg"));
          g_assert_nonnull (strstr (contents, "640"));
        }
      if (cases[i].format == TER_CHART_FORMAT_PNG)
        {
          cairo_surface_t *png = cairo_image_surface_create_from_png (path);

          g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
          g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640);
          g_assert_cmpint (cairo_image_surface_get_height (png), ==, 400);
          /* background painted */
          g_assert_true (pixel_is (png, 1, 1, "#ffffff", 0));
          cairo_surface_destroy (png);
        }
      g_unlink (path);
    }
  g_rmdir (dir);

  /* exports do not disturb the layout used for hit testing */
  g_assert_true (ter_chart_get_plot_area (chart, 360, 240, &after));
  g_assert_cmpfloat (before.x, ==, after.x);
  g_assert_cmpfloat (before.width, ==, after.width);

  g_assert_false (ter_chart_export (chart, "/nonexistent-dir/x/chart.png", TER_CHART_FORMAT_PNG, 100, 100, NULL, &error));
  g_assert_error (error, TER_CHART_ERROR, TER_CHART_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (ter_chart_export (chart, "/nonexistent-dir/x/chart.pdf", TER_CHART_FORMAT_PDF, 100, 100, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ter_chart_export (chart, "/tmp/unused.png", TER_CHART_FORMAT_PNG, 0, 100, NULL, &error));
  g_assert_error (error, TER_CHART_ERROR, TER_CHART_ERROR_INVALID_SIZE);
}

static char *
format_k (double   value,
          gpointer user_data)
{
  (*(int *) user_data)++;

  return g_strdup_printf ("%gK", value / 1000);
}

static void
test_describe (void)
{
  static const double values[] = { 1200, 3400, 2000 };
  static const double last[] = { 1000, 1000, 1000 };
  g_autoptr(TerChart) chart = make_chart (TER_CHART_LINE, abc, values, 3);
  g_autoptr(TerChart) empty = ter_chart_new (TER_CHART_BAR);
  g_autoptr(TerChart) donut = NULL;
  g_autofree char *text = NULL;
  int calls = 0;

  text = ter_chart_describe (chart);
  g_assert_nonnull (strstr (text, "Line chart"));
  g_assert_nonnull (strstr (text, "Revenue"));
  g_assert_nonnull (strstr (text, "3 points"));
  g_assert_nonnull (strstr (text, "highest in Feb (3400)"));
  g_assert_nonnull (strstr (text, "lowest in Jan (1200)"));
  g_clear_pointer (&text, g_free);

  ter_chart_data_add_values (ter_chart_get_data (chart), "Last year", TER_SERIES_ROLE_COMPARISON, last, 3);
  ter_chart_invalidate (chart);
  ter_chart_set_title (chart, "Sales");
  ter_chart_set_formatter (chart, format_k, &calls, NULL);
  ter_chart_set_target (chart, 3000, "Target");
  text = ter_chart_describe (chart);
  g_assert_nonnull (strstr (text, "“Sales”"));
  g_assert_nonnull (strstr (text, "Last year"));
  g_assert_nonnull (strstr (text, "3.4K"));
  g_assert_nonnull (strstr (text, "Target: 3K"));
  g_assert_cmpint (calls, >, 0);
  g_clear_pointer (&text, g_free);

  text = ter_chart_describe (empty);
  g_assert_nonnull (strstr (text, "Bar chart"));
  g_assert_nonnull (strstr (text, "No data"));
  g_clear_pointer (&text, g_free);

  donut = make_chart (TER_CHART_DONUT, abc, (const double[]) { 1, 1, 2 }, 3);
  text = ter_chart_describe (donut);
  g_assert_nonnull (strstr (text, "Donut chart"));
  g_assert_nonnull (strstr (text, "Mar 2 (50%)"));
  g_assert_nonnull (strstr (text, "total 4"));
}

static void
test_format_default (void)
{
  static const struct {
    double      value;
    const char *text;
  } cases[] = {
    { 0, "0" },
    { -0.0, "0" },
    { 1, "1" },
    { 2.5, "2.5" },
    { 0.1 + 0.2, "0.3" },
    { 1234567, "1234567" },
    { -42.125, "-42.125" },
    { 1e20, "1e+20" },
    { 0.00001234, "1.23e-05" },
    { 1.0 / 3.0, "0.333333" },
  };
  g_autofree char *nan = ter_chart_format_default (NAN, NULL);
  g_autofree char *pct = ter_chart_format_percent (0.25);
  g_autofree char *pct_small = ter_chart_format_percent (0.075);
  g_autofree char *pct_tiny = ter_chart_format_percent (0.0001);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ter_chart_format_default (cases[i].value, NULL);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_cmpstr (nan, ==, "–");
  g_assert_cmpstr (pct, ==, "25%");
  g_assert_cmpstr (pct_small, ==, "7.5%");
  g_assert_cmpstr (pct_tiny, ==, "<0.1%");
}

static void
test_style_colors (void)
{
  TerChartStyle light, dark, copy;
  TerChartColor c;

  ter_chart_style_init_light (&light);
  ter_chart_style_init_dark (&dark);
  g_assert_false (ter_chart_style_equal (&light, &dark));
  copy = light;
  g_assert_true (ter_chart_style_equal (&light, &copy));
  copy.scale = 1.5;
  g_assert_false (ter_chart_style_equal (&light, &copy));

  g_assert_cmpfloat (ter_chart_color_luminance (&light.background), >, 0.9);
  g_assert_cmpfloat (ter_chart_color_luminance (&dark.background), <, 0.05);
  g_assert_cmpfloat (ter_chart_color_luminance (&dark.foreground), >, 0.8);

  /* Every palette colour reads on both backgrounds (WCAG 3:1 for
   * graphical objects; large marks, so allow a little less). */
  for (guint i = 0; i < TER_CHART_PALETTE_SIZE; i++)
    {
      double l = ter_chart_color_luminance (&light.palette[i]);
      double d = ter_chart_color_luminance (&dark.palette[i]);

      g_assert_cmpfloat ((1.05) / (l + 0.05), >=, 1.8);
      g_assert_cmpfloat ((d + 0.05) / (ter_chart_color_luminance (&dark.background) + 0.05), >=, 3.0);
    }

  /* Ramps run from light to dark in the light style */
  g_assert_cmpfloat (ter_chart_color_luminance (&light.sequential[0]), >,
                     ter_chart_color_luminance (&light.sequential[TER_CHART_RAMP_SIZE - 1]));
  ter_chart_style_sample_sequential (&light, 0, &c);
  g_assert_cmpfloat (c.red, ==, light.sequential[0].red);
  ter_chart_style_sample_sequential (&light, 1, &c);
  g_assert_cmpfloat (c.blue, ==, light.sequential[TER_CHART_RAMP_SIZE - 1].blue);
  ter_chart_style_sample_diverging (&light, 0, &c);
  g_assert_cmpfloat (c.green, ==, light.diverging[TER_CHART_RAMP_SIZE / 2].green);
  ter_chart_style_get_palette_color (&light, TER_CHART_PALETTE_SIZE + 1, &c);
  g_assert_cmpfloat (c.red, ==, light.palette[1].red);

  g_assert_false (ter_chart_color_parse (&c, "red"));
  g_assert_false (ter_chart_color_parse (&c, "#12345"));
  g_assert_true (ter_chart_color_parse (&c, "#f00"));
  g_assert_cmpfloat (c.red, ==, 1.0);
  g_assert_true (ter_chart_color_parse (&c, "#00000080"));
  g_assert_cmpfloat (fabs (c.alpha - 128 / 255.0), <, 1e-9);
}

/* Crowded category labels are thinned out (time) or turned (bars) so
 * that they never overlap; CJK text has glyphs. */
static void
test_label_overlap (void)
{
  g_autoptr(TerChart) chart = ter_chart_new (TER_CHART_LINE);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  g_autoptr(PangoLayout) cjk = NULL;
  TerChartStyle style;
  TerChartLayout *layout;
  double max_w = 0, v[60];

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *label = g_strdup_printf ("Week %u", i + 1);

      ter_chart_data_append_label (data, label);
      v[i] = i;
    }
  ter_chart_data_add_values (data, "Visits", TER_SERIES_ROLE_DEFAULT, v, 60);
  ter_chart_set_data (chart, data);
  test_style (&style);

  layout = ter_chart_ensure_layout (chart, 400, 250, &style);
  g_assert_false (layout->label_rotated);
  g_assert_cmpuint (layout->label_step, >, 1);
  for (guint i = 0; i < layout->cat_labels->len; i++)
    {
      double w;

      ter_chart_text_size (g_ptr_array_index (layout->cat_labels, i), &w, NULL);
      max_w = MAX (max_w, w);
    }
  g_assert_cmpfloat (layout->band * layout->label_step, >=, max_w);

  /* The layout is cached by size */
  g_assert_true (ter_chart_ensure_layout (chart, 400, 250, &style) == layout);
  g_assert_true (ter_chart_ensure_layout (chart, 401, 250, &style) != NULL);

  /* Bars turn their labels */
  ter_chart_set_kind (chart, TER_CHART_BAR);
  ter_chart_data_set_labels (data, NULL, 0);
  for (guint i = 0; i < 12; i++)
    ter_chart_data_append_label (data, "Northwest region");
  ter_chart_data_set_labels (data, (const char *[]) { "华东大区", "华南大区", "华北大区", "西南大区", "华中大区",
                                                       "西北大区", "东北大区", "港澳台", NULL }, -1);
  ter_chart_invalidate (chart);
  layout = ter_chart_ensure_layout (chart, 260, 240, &style);
  g_assert_true (layout->label_rotated);
  g_assert_cmpfloat (layout->plot.height, >, 40);

  cjk = ter_chart_layout_text (layout, TER_TEXT_LABEL, "华东 华南 销售额");
  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (cjk), ==, 0);
}

/* Every kind survives empty, one-point, all-missing and negative data at
 * sizes down to one pixel. */
static void
test_robustness (void)
{
  static const double negative[] = { -5, 3, -2, 8 };
  static const double missing[] = { NAN, NAN, NAN };
  static const double single[] = { 42 };
  static const int sizes[][2] = { { 1, 1 }, { 30, 12 }, { 120, 80 }, { 800, 500 } };

  for (TerChartKind kind = TER_CHART_LINE; kind <= TER_CHART_HEAT; kind++)
    {
      const double *sets[] = { NULL, negative, missing, single };
      const guint lens[] = { 0, 4, 3, 1 };

      for (guint d = 0; d < G_N_ELEMENTS (sets); d++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            g_autoptr(TerChart) chart = ter_chart_new (kind);
            g_autoptr(TerChartData) data = ter_chart_data_new ();
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
            cairo_t *cr = cairo_create (surface);
            g_autofree char *text = NULL;
            TerChartHit hit;

            if (sets[d] != NULL)
              {
                ter_chart_data_add_values (data, "S", TER_SERIES_ROLE_DEFAULT, sets[d], lens[d]);
                ter_chart_data_add_values (data, "T", TER_SERIES_ROLE_TARGET, sets[d], lens[d]);
              }
            ter_chart_set_data (chart, data);
            ter_chart_set_title (chart, "Title");
            ter_chart_set_target (chart, 1, NULL);
            ter_chart_set_show_values (chart, TRUE);
            ter_chart_render (chart, cr, sizes[s][0], sizes[s][1], NULL);
            ter_chart_render_highlight (chart, cr, sizes[s][0], sizes[s][1], NULL, 0, 0);
            g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
            for (int y = 0; y < sizes[s][1]; y += 7)
              for (int x = 0; x < sizes[s][0]; x += 7)
                ter_chart_hit_test (chart, sizes[s][0], sizes[s][1], x, y, &hit);
            text = ter_chart_describe (chart);
            g_assert_nonnull (text);
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
          }
    }
}

static void
count_cb (TerChart *chart G_GNUC_UNUSED,
          int      *count)
{
  (*count)++;
}

static void
test_chart_object (void)
{
  g_autoptr(TerChart) chart = ter_chart_new (TER_CHART_BAR);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  g_autoptr(TerSeries) series = ter_series_new ("A", TER_SERIES_ROLE_DEFAULT);
  int changed = 0;
  gboolean has_target;
  double target;

  g_signal_connect (chart, "changed", G_CALLBACK (count_cb), &changed);

  ter_series_append (series, 1);
  ter_series_append (series, NAN);
  ter_series_append (series, 3);
  g_assert_cmpuint (ter_series_get_n_values (series), ==, 3);
  g_assert_true (isnan (ter_series_get_value (series, 1)));
  g_assert_true (isnan (ter_series_get_value (series, 99)));
  {
    double lo, hi;

    g_assert_true (ter_series_get_range (series, &lo, &hi));
    g_assert_cmpfloat (lo, ==, 1);
    g_assert_cmpfloat (hi, ==, 3);
  }
  ter_chart_data_add_series (data, series);
  ter_chart_data_append_label (data, "x");
  g_assert_cmpuint (ter_chart_data_get_n_points (data), ==, 3);
  g_assert_null (ter_chart_data_get_label (data, 1));
  g_assert_false (ter_chart_data_has_x (data));
  g_assert_cmpint (ter_chart_data_get_x (data, 2), ==, 2);

  ter_chart_set_data (chart, data);
  g_assert_cmpint (changed, ==, 1);
  ter_chart_set_kind (chart, TER_CHART_BAR);
  g_assert_cmpint (changed, ==, 1);
  ter_chart_set_kind (chart, TER_CHART_LINE);
  g_assert_cmpint (changed, ==, 2);
  ter_chart_set_target (chart, 5, "Goal");
  g_assert_cmpint (changed, ==, 3);
  g_object_get (chart, "has-target", &has_target, "target", &target, NULL);
  g_assert_true (has_target);
  g_assert_cmpfloat (target, ==, 5);
  ter_chart_clear_target (chart);
  g_object_get (chart, "has-target", &has_target, NULL);
  g_assert_false (has_target);
  g_assert_true (isnan (ter_chart_get_target (chart)));
  g_object_set (chart, "kind", TER_CHART_DONUT, "title", "Share", NULL);
  g_assert_cmpint (ter_chart_get_kind (chart), ==, TER_CHART_DONUT);
  g_assert_cmpstr (ter_chart_get_title (chart), ==, "Share");
  g_assert_cmpstr (ter_chart_get_center_label (chart), ==, "Total");
  ter_chart_set_data (chart, NULL);
  g_assert_nonnull (ter_chart_get_data (chart));
  g_assert_cmpuint (ter_chart_data_get_n_series (ter_chart_get_data (chart)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/chart/object", test_chart_object);
  g_test_add_func ("/render/chart/format", test_format_default);
  g_test_add_func ("/render/chart/style", test_style_colors);
  g_test_add_func ("/render/pixels/bar", test_bar_pixels);
  g_test_add_func ("/render/pixels/grouped-stacked", test_grouped_and_stacked);
  g_test_add_func ("/render/pixels/line", test_line_pixels);
  g_test_add_func ("/render/pixels/donut", test_donut_pixels);
  g_test_add_func ("/render/pixels/heat", test_heat_pixels);
  g_test_add_func ("/render/pixels/hbar", test_hbar_pixels);
  g_test_add_func ("/render/pixels/highlight", test_highlight);
  g_test_add_func ("/render/hit/bar", test_hit_test);
  g_test_add_func ("/render/hit/line", test_hit_line_nearest);
  g_test_add_func ("/render/hit/donut-heat", test_hit_donut_heat);
  g_test_add_func ("/render/layout/labels", test_label_overlap);
  g_test_add_func ("/render/layout/robustness", test_robustness);
  g_test_add_func ("/render/describe", test_describe);
  g_test_add_func ("/render/export", test_export);

  status = g_test_run ();

  /* Drop the font caches so that the leak checker sees only our memory. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return status;
}
