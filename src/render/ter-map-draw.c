/* ter-map-draw.c - drawing of the map renderer: fills, borders, insets,
 * labels and legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-map-draw"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "ter-map-render-private.h"

typedef struct {
  double x, y, w, h;
} Box;

static void
set_color (cairo_t             *cr,
           const TerChartColor *color,
           double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static PangoLayout *
make_text (TerMapRenderer *self,
           cairo_t        *cr,
           const char     *text,
           double          size,
           gboolean        bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (self->style.font_family);

  pango_font_description_set_absolute_size (font, size * self->style.scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *w,
           double      *h)
{
  int pw, ph;

  pango_layout_get_pixel_size (layout, &pw, &ph);
  *w = pw;
  *h = ph;
}

/* Diagonal lines on grey mark "no data" so it never reads as a low value. */
static cairo_pattern_t *
no_data_pattern (TerMapRenderer *self)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;
  TerChartColor line;

  ter_chart_color_mix (&self->style.background, &self->style.foreground, 0.28, &line);
  set_color (cr, &line, 1.0);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, -1, 9);
  cairo_line_to (cr, 9, -1);
  cairo_move_to (cr, -1, 1);
  cairo_line_to (cr, 1, -1);
  cairo_move_to (cr, 7, 9);
  cairo_line_to (cr, 9, 7);
  cairo_stroke (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static gboolean
has_data (TerMapRenderer *self,
          guint           region)
{
  if (self->mode == TER_MAP_MODE_CATEGORIES)
    return self->categories[region] >= 0;
  return isfinite (self->values[region]);
}

static void
fill_regions (TerMapRenderer  *self,
              cairo_t         *cr,
              cairo_pattern_t *hatch)
{
  guint n = ter_geo_layer_get_n_regions (self->layer);

  for (guint r = 0; r < n; r++)
    {
      TerChartColor fill;

      ter_map_renderer_get_fill (self, r, &fill);
      cairo_new_path (cr);
      ter_map_renderer_append_region (self, cr, r);
      set_color (cr, &fill, 1.0);
      if (has_data (self, r))
        {
          cairo_fill (cr);
          continue;
        }
      cairo_fill_preserve (cr);
      cairo_set_source (cr, hatch);
      cairo_fill (cr);
    }
}

/* Shared borders are identical in both neighbours, so one stroke of every
 * outline draws each border once, on the same line, without slivers. */
static void
stroke_borders (TerMapRenderer *self,
                cairo_t        *cr,
                double          width)
{
  guint n = ter_geo_layer_get_n_regions (self->layer);

  cairo_new_path (cr);
  for (guint r = 0; r < n; r++)
    ter_map_renderer_append_region (self, cr, r);
  set_color (cr, &self->style.background, 0.9);
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
draw_us_frames (TerMapRenderer *self,
                cairo_t        *cr)
{
  for (guint i = 0; i < ter_projection_get_n_insets (self->view); i++)
    {
      double x, y, w, h;

      ter_projection_get_inset_frame (self->view, i, &x, &y, &w, &h);
      cairo_rectangle (cr, round (x) + 0.5, round (y) + 0.5, round (w), round (h));
    }
  set_color (cr, &self->style.grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
append_with (cairo_t       *cr,
             TerProjection *view,
             cairo_path_t  *path)
{
  double scale, x, y;

  ter_projection_get_transform (view, &scale, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale / TER_MAP_PATH_SCALE, scale / TER_MAP_PATH_SCALE);
  cairo_append_path (cr, path);
  cairo_restore (cr);
}

static void
draw_sea_inset_content (TerMapRenderer  *self,
                        cairo_t         *cr,
                        cairo_pattern_t *hatch)
{
  TerChartColor land;

  ter_chart_color_mix (&self->style.background, &self->style.foreground, 0.05, &land);
  for (guint i = 0; self->context != NULL && i < ter_geo_layer_get_n_regions (self->context); i++)
    if (g_strcmp0 (ter_geo_layer_get_region (self->context, i)->key, "CN") != 0
        && g_strcmp0 (ter_geo_layer_get_region (self->context, i)->key, "TW") != 0)
      append_with (cr, self->inset_view, self->context_paths[i]);
  set_color (cr, &land, 1.0);
  cairo_fill_preserve (cr);
  set_color (cr, &self->style.grid, 1.0);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  for (guint r = 0; r < ter_geo_layer_get_n_regions (self->layer); r++)
    {
      TerChartColor fill;

      ter_map_renderer_get_fill (self, r, &fill);
      append_with (cr, self->inset_view, self->paths[r]);
      set_color (cr, &fill, 1.0);
      cairo_fill_preserve (cr);
      if (!has_data (self, r))
        {
          cairo_set_source (cr, hatch);
          cairo_fill_preserve (cr);
        }
      set_color (cr, &self->style.foreground_dim, 1.0);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
}

/* The 南海诸岛 frame: Hainan, the Paracels and the neighbouring coasts at a
 * smaller scale, as maps of China published in China show them. */
static void
draw_sea_inset (TerMapRenderer  *self,
                cairo_t         *cr,
                cairo_pattern_t *hatch)
{
  double *r = self->inset_rect;
  g_autoptr(PangoLayout) caption = NULL;
  double w, h;

  cairo_save (cr);
  cairo_rectangle (cr, r[0], r[1], r[2], r[3]);
  set_color (cr, &self->style.background, 1.0);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  draw_sea_inset_content (self, cr, hatch);
  caption = make_text (self, cr, _("South China Sea Islands"), 10.0, FALSE);
  text_size (caption, &w, &h);
  /* A narrow window makes a small inset: the caption shrinks to fit. */
  if (w > r[2] - 8)
    {
      g_clear_object (&caption);
      caption = make_text (self, cr, _("South China Sea Islands"), MAX (10.0 * (r[2] - 8) / w, 6.0), FALSE);
      text_size (caption, &w, &h);
    }
  set_color (cr, &self->style.foreground_dim, 1.0);
  cairo_move_to (cr, r[0] + r[2] - w - 4, r[1] + r[3] - h - 3);
  pango_cairo_show_layout (cr, caption);
  cairo_restore (cr);
  cairo_rectangle (cr, round (r[0]) + 0.5, round (r[1]) + 0.5, round (r[2]) - 1, round (r[3]) - 1);
  set_color (cr, &self->style.foreground_dim, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static gboolean
box_overlaps (const Box *a,
              const Box *b)
{
  return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

static gboolean
box_free (GArray    *taken,
          const Box *box)
{
  for (guint i = 0; i < taken->len; i++)
    if (box_overlaps (&g_array_index (taken, Box, i), box))
      return FALSE;
  return TRUE;
}

static int
compare_area_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const double *bounds = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  double area_i = (bounds[i * 4 + 2] - bounds[i * 4]) * (bounds[i * 4 + 3] - bounds[i * 4 + 1]);
  double area_j = (bounds[j * 4 + 2] - bounds[j * 4]) * (bounds[j * 4 + 3] - bounds[j * 4 + 1]);

  return (area_i < area_j) - (area_i > area_j);
}

static void
draw_label (TerMapRenderer *self,
            cairo_t        *cr,
            PangoLayout    *layout,
            const Box      *box)
{
  cairo_move_to (cr, box->x, box->y);
  pango_cairo_layout_path (cr, layout);
  set_color (cr, &self->style.background, 0.85);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  set_color (cr, &self->style.foreground, 1.0);
  cairo_move_to (cr, box->x, box->y);
  pango_cairo_show_layout (cr, layout);
}

/* Largest regions first; a label is left out when it is wider than its
 * region or would touch a label, the legend or an inset already placed. */
static void
draw_labels (TerMapRenderer *self,
             cairo_t        *cr,
             GArray         *taken)
{
  guint n = ter_geo_layer_get_n_regions (self->layer);
  g_autofree guint *order = g_new (guint, n);
  double scale, ox, oy;

  ter_projection_get_transform (self->view, &scale, &ox, &oy);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_area_cb, self->unit_bounds);
  for (guint k = 0; k < n; k++)
    {
      const TerGeoRegion *region = ter_geo_layer_get_region (self->layer, order[k]);
      const double *b = self->unit_bounds + order[k] * 4;
      g_autoptr(PangoLayout) layout = NULL;
      double x, y, w, h;
      Box box;

      if (!ter_projection_forward (self->view, region->label_x, region->label_y, &x, &y)
          || x < 0 || y < 0 || x > self->width || y > self->height)
        continue;
      layout = make_text (self, cr, ter_map_renderer_get_label (self, order[k], TRUE), 11.0, FALSE);
      text_size (layout, &w, &h);
      if (w > (b[2] - b[0]) * scale / TER_MAP_PATH_SCALE * 1.15
          || h > (b[3] - b[1]) * scale / TER_MAP_PATH_SCALE)
        continue;
      box = (Box) { x - w / 2, y - h / 2, w, h };
      if (!box_free (taken, &box))
        continue;
      draw_label (self, cr, layout, &box);
      box.x -= 2;
      box.w += 4;
      g_array_append_val (taken, box);
    }
}

static char *
format_value (TerMapRenderer *self,
              double          value)
{
  if (self->format != NULL)
    return self->format (value, self->format_data);
  return ter_chart_format_default (value, NULL);
}

static gboolean
any_without_data (TerMapRenderer *self)
{
  for (guint r = 0; r < ter_geo_layer_get_n_regions (self->layer); r++)
    if (!has_data (self, r))
      return TRUE;
  return FALSE;
}

/* The rows of the legend: a colour (or the hatch when @color is NULL) and
 * what it means. */
static GPtrArray *
legend_rows (TerMapRenderer *self,
             GArray         *colors)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  TerChartColor color;

  if (self->mode == TER_MAP_MODE_CATEGORIES)
    for (guint i = 0; i < self->category_names->len; i++)
      {
        const char *name = g_ptr_array_index (self->category_names, i);

        if (name == NULL)
          continue;
        ter_chart_style_get_palette_color (&self->style, i, &color);
        g_array_append_val (colors, color);
        g_ptr_array_add (rows, g_strdup (name));
      }
  else
    for (guint i = self->classes.n_classes; i-- > 0;)
      {
        g_autofree char *lower = format_value (self, self->classes.lower[i]);
        g_autofree char *upper = format_value (self, self->classes.upper[i]);

        g_array_append_val (colors, self->classes.colors[i]);
        /* TRANSLATORS: a class of the map legend, from one value to another. */
        g_ptr_array_add (rows, g_strcmp0 (lower, upper) == 0 ? g_strdup (lower)
                                                              : g_strdup_printf (_("%s – %s"), lower, upper));
      }
  if (any_without_data (self))
    {
      ter_chart_color_mix (&self->style.background, &self->style.foreground, 0.10, &color);
      color.alpha = -1.0;
      g_array_append_val (colors, color);
      g_ptr_array_add (rows, g_strdup (self->mode == TER_MAP_MODE_CATEGORIES ? _("Unassigned") : _("No data")));
    }
  return rows;
}

static void
draw_legend (TerMapRenderer  *self,
             cairo_t         *cr,
             cairo_pattern_t *hatch,
             GArray          *taken)
{
  g_autoptr(GArray) colors = g_array_new (FALSE, FALSE, sizeof (TerChartColor));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) method = NULL;
  double row_h = 18.0 * self->style.scale, pad = 8.0, w = 0, h = 0, tw = 0, th = 0, mw = 0, mh = 0, y;
  Box box;

  memset (self->legend_box, 0, sizeof self->legend_box);
  ter_map_renderer_ensure_classes (self);
  rows = legend_rows (self, colors);
  if (rows->len == 0)
    return;
  if (self->title != NULL)
    {
      title = make_text (self, cr, self->title, 12.0, TRUE);
      text_size (title, &tw, &th);
    }
  /* Says how the values were grouped, so classes read right. */
  if (self->mode == TER_MAP_MODE_VALUES && self->classes.n_classes > 0)
    {
      method = make_text (self, cr, ter_map_class_method_label (self->method), 10.0, FALSE);
      text_size (method, &mw, &mh);
      tw = MAX (tw, mw);
      th += mh;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(PangoLayout) layout = make_text (self, cr, g_ptr_array_index (rows, i), 11.0, FALSE);
      double lw, lh;

      text_size (layout, &lw, &lh);
      w = MAX (w, lw + 24.0);
    }
  w = MAX (w, tw) + 2 * pad;
  h = th + (th > 0 ? 4 : 0) + rows->len * row_h + 2 * pad;
  /* Alaska and Hawaii take the lower left of the US map; the Atlantic is
   * free. */
  box = (Box) { TER_MAP_MARGIN / 2, self->height - TER_MAP_MARGIN / 2 - h, w, h };
  if (ter_projection_get_n_insets (self->view) > 0)
    box.x = self->width - TER_MAP_MARGIN / 2 - w;
  g_array_append_val (taken, box);
  self->legend_box[0] = box.x;
  self->legend_box[1] = box.y;
  self->legend_box[2] = box.w;
  self->legend_box[3] = box.h;
  cairo_new_path (cr);
  cairo_rectangle (cr, box.x, box.y, box.w, box.h);
  set_color (cr, &self->style.surface, 0.92);
  cairo_fill (cr);
  y = box.y + pad;
  if (title != NULL)
    {
      set_color (cr, &self->style.foreground, 1.0);
      cairo_move_to (cr, box.x + pad, y);
      pango_cairo_show_layout (cr, title);
    }
  if (method != NULL)
    {
      set_color (cr, &self->style.foreground_dim, 1.0);
      cairo_move_to (cr, box.x + pad, y + th - mh);
      pango_cairo_show_layout (cr, method);
    }
  if (th > 0)
    y += th + 4;
  for (guint i = 0; i < rows->len; i++, y += row_h)
    {
      const TerChartColor *color = &g_array_index (colors, TerChartColor, i);
      g_autoptr(PangoLayout) layout = make_text (self, cr, g_ptr_array_index (rows, i), 11.0, FALSE);
      TerChartColor solid = *color;
      double lw, lh;

      solid.alpha = 1.0;
      cairo_rectangle (cr, box.x + pad, y + (row_h - 12) / 2, 16, 12);
      set_color (cr, &solid, 1.0);
      cairo_fill_preserve (cr);
      if (color->alpha < 0)
        {
          cairo_set_source (cr, hatch);
          cairo_fill_preserve (cr);
        }
      set_color (cr, &self->style.grid, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      text_size (layout, &lw, &lh);
      set_color (cr, &self->style.foreground, 1.0);
      cairo_move_to (cr, box.x + pad + 24, y + (row_h - lh) / 2);
      pango_cairo_show_layout (cr, layout);
    }
}

/**
 * ter_map_renderer_render_base:
 * @self: a renderer
 * @cr: where to draw; the current size is ter_map_renderer_set_size()
 *
 * Draws what changes only with data, style or view: fills, borders,
 * insets, labels and legend. A widget caches it and draws the overlay on
 * top.
 */
void
ter_map_renderer_render_base (TerMapRenderer *self,
                              cairo_t        *cr)
{
  cairo_pattern_t *hatch;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));

  g_return_if_fail (TER_IS_MAP_RENDERER (self));

  ter_map_renderer_ensure_classes (self);
  hatch = no_data_pattern (self);
  cairo_save (cr);
  if (self->style.fill_background)
    {
      set_color (cr, &self->style.background, 1.0);
      cairo_paint (cr);
    }
  fill_regions (self, cr, hatch);
  stroke_borders (self, cr, self->zoom < TER_MAP_DETAIL_ZOOM ? 0.8 : 1.2);
  draw_us_frames (self, cr);
  if (ter_map_renderer_inset_visible (self))
    {
      Box inset = { self->inset_rect[0], self->inset_rect[1], self->inset_rect[2], self->inset_rect[3] };

      draw_sea_inset (self, cr, hatch);
      g_array_append_val (taken, inset);
    }
  if (self->show_legend)
    draw_legend (self, cr, hatch, taken);
  if (self->show_labels)
    draw_labels (self, cr, taken);
  cairo_restore (cr);
  cairo_pattern_destroy (hatch);
}

/* The keyboard's region: a dashed line over a wide light one, visible on
 * every class colour. */
static void
draw_focus (TerMapRenderer *self,
            cairo_t        *cr)
{
  const double dash[] = { 4.0, 3.0 };

  cairo_new_path (cr);
  ter_map_renderer_append_region (self, cr, self->focus);
  set_color (cr, &self->style.background, 0.9);
  cairo_set_line_width (cr, 4.0);
  cairo_stroke_preserve (cr);
  set_color (cr, &self->style.foreground, 1.0);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);
}

/**
 * ter_map_renderer_render_overlay:
 * @self: a renderer
 * @cr: where to draw
 *
 * Draws the selection and the region under the pointer.
 */
void
ter_map_renderer_render_overlay (TerMapRenderer *self,
                                 cairo_t        *cr)
{
  guint n;

  g_return_if_fail (TER_IS_MAP_RENDERER (self));

  n = ter_geo_layer_get_n_regions (self->layer);
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint r = 0; r < n; r++)
    if (self->selected[r])
      ter_map_renderer_append_region (self, cr, r);
  set_color (cr, &self->style.foreground, 1.0);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  if (self->hover >= 0 && (guint) self->hover < n)
    {
      ter_map_renderer_append_region (self, cr, self->hover);
      set_color (cr, &self->style.background, 0.3);
      cairo_fill_preserve (cr);
      set_color (cr, &self->style.foreground, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  if (self->focus >= 0 && (guint) self->focus < n)
    draw_focus (self, cr);
  cairo_restore (cr);
}

/**
 * ter_map_renderer_render:
 * @self: a renderer
 * @cr: where to draw
 *
 * Draws everything, for exports and printing.
 */
void
ter_map_renderer_render (TerMapRenderer *self,
                         cairo_t        *cr)
{
  ter_map_renderer_render_base (self, cr);
  ter_map_renderer_render_overlay (self, cr);
}

/**
 * ter_map_renderer_render_naive:
 * @self: a renderer
 * @cr: where to draw
 *
 * Projects every position again and fills and strokes each region on its
 * own at full detail: the baseline the benchmark compares against.
 */
void
ter_map_renderer_render_naive (TerMapRenderer *self,
                               cairo_t        *cr)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));

  for (guint r = 0; r < ter_geo_layer_get_n_regions (self->layer); r++)
    {
      const TerGeoRegion *region = ter_geo_layer_get_region (self->layer, r);
      TerChartColor fill;

      cairo_new_path (cr);
      for (guint k = 0; k < region->n_rings; k++)
        {
          for (guint i = 0; i + 1 < region->rings[k].n_points; i++)
            {
              const double *p = region->points + (region->rings[k].start + i) * 2;
              double x, y;

              ter_projection_forward (self->view, p[0], p[1], &x, &y);
              cairo_line_to (cr, x, y);
            }
          cairo_close_path (cr);
        }
      ter_map_renderer_get_fill (self, r, &fill);
      set_color (cr, &fill, 1.0);
      cairo_fill_preserve (cr);
      set_color (cr, &self->style.background, 0.9);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
    }
}
