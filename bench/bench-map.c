/* bench-map.c - map drawing speed at 1920×1080: the naive way (project every
 * position and fill and stroke each region at full detail) beside the
 * renderer's cached paths with level of detail, a pan/zoom frame and a
 * hover update, all measured in the same run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>

#include "ter-render.h"

#define WIDTH 1920
#define HEIGHT 1080

typedef void (*DrawFunc) (TerMapRenderer *renderer, cairo_t *cr, gpointer data);

static double
time_ms (TerMapRenderer *renderer,
         DrawFunc        draw,
         gpointer        data,
         int             runs)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  gint64 start;
  double best = G_MAXDOUBLE;

  for (int i = 0; i < runs; i++)
    {
      cairo_t *cr = cairo_create (surface);

      start = g_get_monotonic_time ();
      draw (renderer, cr, data);
      cairo_surface_flush (surface);
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  return best;
}

static void
naive_cb (TerMapRenderer *renderer, cairo_t *cr, gpointer data)
{
  ter_map_renderer_render_naive (renderer, cr);
}

static void
base_cb (TerMapRenderer *renderer, cairo_t *cr, gpointer data)
{
  ter_map_renderer_render_base (renderer, cr);
}

/* While a drag or pinch is in progress the cached picture is replayed
 * with the gesture's transform; the full redraw follows when it ends. */
static void
pan_frame_cb (TerMapRenderer *renderer, cairo_t *cr, gpointer data)
{
  cairo_surface_t *cached = data;

  cairo_translate (cr, 37, -21);
  cairo_scale (cr, 1.1, 1.1);
  cairo_set_source_surface (cr, cached, 0, 0);
  cairo_paint (cr);
}

/* The naive hover: hit-test, then repaint the whole cached picture and
 * draw the hover over it. */
static void
hover_full_cb (TerMapRenderer *renderer, cairo_t *cr, gpointer data)
{
  cairo_surface_t *cached = data;
  static int step;

  ter_map_renderer_set_hover (renderer, ter_map_renderer_hit_test (renderer, 700 + (step++ % 20) * 20, 500));
  cairo_set_source_surface (cr, cached, 0, 0);
  cairo_paint (cr);
  ter_map_renderer_render_overlay (renderer, cr);
}

/* What the widget does: hit-test, then repaint only where the overlay was
 * and is (its render node covers just the hovered region, so GTK's damage
 * is the old and the new region). */
static void
hover_cb (TerMapRenderer *renderer, cairo_t *cr, gpointer data)
{
  cairo_surface_t *cached = data;
  static int step;
  double before[4], after[4];

  ter_map_renderer_get_overlay_bounds (renderer, before);
  ter_map_renderer_set_hover (renderer, ter_map_renderer_hit_test (renderer, 700 + (step++ % 20) * 20, 500));
  ter_map_renderer_get_overlay_bounds (renderer, after);
  cairo_rectangle (cr, before[0], before[1], before[2], before[3]);
  cairo_rectangle (cr, after[0], after[1], after[2], after[3]);
  cairo_clip (cr);
  cairo_set_source_surface (cr, cached, 0, 0);
  cairo_paint (cr);
  ter_map_renderer_render_overlay (renderer, cr);
}

static void
bench_map (TerGeoMap   map,
           const char *name)
{
  g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (map, NULL);
  TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);
  cairo_surface_t *cached = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr;
  double naive, base, pan, hover_full, hover;

  ter_map_renderer_set_size (renderer, WIDTH, HEIGHT);
  for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
    ter_map_renderer_set_value (renderer, ter_geo_layer_get_region (layer, i)->key, i);
  cr = cairo_create (cached);
  ter_map_renderer_render_base (renderer, cr);
  cairo_destroy (cr);

  naive = time_ms (renderer, naive_cb, NULL, 10);
  base = time_ms (renderer, base_cb, NULL, 10);
  pan = time_ms (renderer, pan_frame_cb, cached, 30);
  hover_full = time_ms (renderer, hover_full_cb, cached, 60);
  hover = time_ms (renderer, hover_cb, cached, 60);
  printf ("  %-6s %6u positions: naive fill+stroke %6.1f ms | cached paths + LOD + labels + legend %6.1f ms"
          " | pan/zoom frame %5.2f ms\n"
          "  %-6s hover update: whole-frame repaint %5.2f ms | damaged regions only (as the widget) %5.2f ms\n",
          name, ter_geo_layer_get_n_points (layer), naive, base, pan, name, hover_full, hover);
  cairo_surface_destroy (cached);
}

int
main (void)
{
  printf ("== Map drawing (issue 3) at %d×%d, best of several runs\n", WIDTH, HEIGHT);
  bench_map (TER_GEO_MAP_CHINA, "China");
  bench_map (TER_GEO_MAP_US, "US");
  return 0;
}
