/* ter-chart-heat.c - heat tables: series × categories coloured by value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-heat"

#include <math.h>

#include "ter-chart-private.h"

static gboolean
diverging (TerChartLayout *layout)
{
  return ter_chart_get_color_scale (layout->chart) == TER_CHART_SCALE_DIVERGING;
}

/* Colour of a value: sequential from the smallest to the largest value,
 * diverging symmetrically around the chart's colour centre. */
static void
cell_color (TerChartLayout *layout,
            double          value,
            TerChartColor  *color)
{
  if (diverging (layout))
    {
      double center = ter_chart_get_color_center (layout->chart);
      double extent = MAX (fabs (layout->heat_max - center), fabs (layout->heat_min - center));

      ter_chart_style_sample_diverging (&layout->style, extent > 0 ? (value - center) / extent : 0, color);
    }
  else
    {
      double span = layout->heat_max - layout->heat_min;

      ter_chart_style_sample_sequential (&layout->style, span > 0 ? (value - layout->heat_min) / span : 0.5, color);
    }
}

static void
ink_for (const TerChartColor *fill,
         TerChartColor       *ink)
{
  ter_chart_color_parse (ink, ter_chart_color_luminance (fill) > 0.36 ? "#1f1f24" : "#ffffff");
}

static gboolean
build_cell_labels (TerChartLayout *layout,
                   TerTextKind     kind)
{
  double s = layout->s;
  gboolean fits = TRUE;

  g_clear_pointer (&layout->cell_labels, g_ptr_array_unref);
  layout->cell_labels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < layout->n_series; r++)
    for (guint c = 0; c < layout->n_points; c++)
      {
        double v = ter_chart_layout_value (layout, r, c);
        PangoLayout *pl = isfinite (v) ? ter_chart_layout_value_text (layout, kind, v)
                                       : ter_chart_layout_text (layout, kind, "");
        double w, h;

        ter_chart_text_size (pl, &w, &h);
        if (w > layout->cell_w - 6 * s || h > layout->cell_h - 2 * s)
          fits = FALSE;
        g_ptr_array_add (layout->cell_labels, pl);
      }

  if (!fits)
    g_clear_pointer (&layout->cell_labels, g_ptr_array_unref);

  return fits;
}

static void
heat_layout (TerChartLayout *layout)
{
  TerChartRect area = layout->content;
  double s = layout->s;
  double label_w = 0, label_h = 0, col_w = 0, header_h = 0, bottom, grid_h;
  guint rows = MAX (layout->n_series, 1), cols = MAX (layout->n_points, 1);
  double lo = INFINITY, hi = -INFINITY;

  for (guint r = 0; r < layout->n_series; r++)
    {
      double a, b;

      if (ter_series_get_range (ter_chart_data_get_series (layout->data, r), &a, &b))
        {
          lo = MIN (lo, a);
          hi = MAX (hi, b);
        }
    }
  if (lo > hi)
    lo = hi = 0;
  layout->heat_min = lo;
  layout->heat_max = hi;

  layout->row_labels = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = 0; r < layout->n_series; r++)
    {
      PangoLayout *pl = ter_chart_layout_text (layout, TER_TEXT_LABEL,
                                               ter_series_get_name (ter_chart_data_get_series (layout->data, r)));
      double w, h;

      ter_chart_text_size (pl, &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
      g_ptr_array_add (layout->row_labels, pl);
    }
  label_w = MIN (label_w, area.width * 0.3);
  for (guint r = 0; r < layout->row_labels->len; r++)
    {
      pango_layout_set_width (g_ptr_array_index (layout->row_labels, r), (int) (label_w * PANGO_SCALE));
      pango_layout_set_ellipsize (g_ptr_array_index (layout->row_labels, r), PANGO_ELLIPSIZE_END);
    }

  layout->cat_labels = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < layout->n_points; c++)
    {
      const char *label = ter_chart_data_get_label (layout->data, c);
      PangoLayout *pl = ter_chart_layout_text (layout, TER_TEXT_LABEL, label != NULL ? label : "");
      double w, h;

      ter_chart_text_size (pl, &w, &h);
      col_w = MAX (col_w, w);
      header_h = MAX (header_h, h);
      g_ptr_array_add (layout->cat_labels, pl);
    }
  if (label_h == 0)
    {
      g_autoptr(PangoLayout) probe = ter_chart_layout_text (layout, TER_TEXT_LABEL, "0");

      ter_chart_text_size (probe, NULL, &label_h);
    }

  /* Colour scale under the table */
  {
    g_autofree char *min_text = NULL;
    g_autofree char *max_text = NULL;
    /* The ends are the smallest and largest values shown: a diverging
     * scale's symmetric extent may reach values no cell has (−25% for
     * attainment). */
    double lo_v = lo, hi_v = hi;

    min_text = ter_chart_format_value (layout->chart, lo_v);
    max_text = ter_chart_format_value (layout->chart, hi_v);
    layout->scale_min_label = ter_chart_layout_text (layout, TER_TEXT_SMALL, min_text);
    layout->scale_max_label = ter_chart_layout_text (layout, TER_TEXT_SMALL, max_text);
  }
  bottom = MAX (label_h, 8 * s) + 14 * s;

  layout->plot.x = area.x + (label_w > 0 ? label_w + 12 * s : 0);
  layout->plot.y = area.y + (header_h > 0 ? header_h + 8 * s : 0);
  layout->plot.width = MAX (area.x + area.width - layout->plot.x, 1.0);
  grid_h = MAX (area.y + area.height - bottom - layout->plot.y, 1.0);
  layout->cell_w = layout->plot.width / cols;
  layout->cell_h = MIN (grid_h / rows, MAX (40 * s, label_h * 2.4));
  layout->plot.height = layout->cell_h * rows;
  layout->band = layout->cell_w;
  layout->label_step = MAX (1, (guint) ceil ((col_w + 8 * s) / layout->cell_w));

  layout->pos = g_new0 (double, cols);
  for (guint c = 0; c < cols; c++)
    layout->pos[c] = layout->plot.x + (c + 0.5) * layout->cell_w;

  if (!build_cell_labels (layout, TER_TEXT_LABEL))
    build_cell_labels (layout, TER_TEXT_SMALL);

  layout->scale_bar.width = MIN (180 * s, layout->plot.width * 0.5);
  layout->scale_bar.height = 8 * s;
  layout->scale_bar.x = layout->plot.x + layout->plot.width - layout->scale_bar.width;
  {
    double w;

    ter_chart_text_size (layout->scale_max_label, &w, NULL);
    layout->scale_bar.x -= w + 6 * s;
  }
  layout->scale_bar.y = layout->plot.y + layout->plot.height + 14 * s + (label_h - 8 * s) / 2;
}

static void
heat_cell_rect (TerChartLayout *layout,
                guint           row,
                guint           col,
                TerChartRect   *rect)
{
  double gap = MIN (2 * layout->s, MIN (layout->cell_w, layout->cell_h) * 0.1);

  rect->x = layout->plot.x + col * layout->cell_w + gap / 2;
  rect->y = layout->plot.y + row * layout->cell_h + gap / 2;
  rect->width = layout->cell_w - gap;
  rect->height = layout->cell_h - gap;
}

static void
heat_draw (TerChartLayout *layout,
           cairo_t        *cr)
{
  double s = layout->s;
  double radius = MIN (3 * s, MIN (layout->cell_w, layout->cell_h) / 4);
  cairo_pattern_t *gradient;
  TerChartRect *bar = &layout->scale_bar;

  ter_chart_draw_frame (layout, cr);

  for (guint c = 0; c < layout->n_points; c += layout->label_step)
    ter_chart_draw_text (cr, g_ptr_array_index (layout->cat_labels, c),
                         layout->pos[c], layout->plot.y - 8 * s, 0.5, 1.0, &layout->style.foreground_dim);

  for (guint r = 0; r < layout->n_series; r++)
    {
      ter_chart_draw_text (cr, g_ptr_array_index (layout->row_labels, r),
                           layout->content.x, layout->plot.y + (r + 0.5) * layout->cell_h, 0, 0.5,
                           &layout->style.foreground_dim);

      for (guint c = 0; c < layout->n_points; c++)
        {
          double v = ter_chart_layout_value (layout, r, c);
          TerChartColor fill, ink;
          TerChartRect rect;

          heat_cell_rect (layout, r, c, &rect);
          ter_chart_path_rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, radius);
          if (!isfinite (v))
            {
              ter_chart_set_color (cr, &layout->style.grid, 0.6);
              cairo_fill (cr);
              continue;
            }
          cell_color (layout, v, &fill);
          ter_chart_set_color (cr, &fill, 1.0);
          cairo_fill (cr);

          if (layout->cell_labels == NULL)
            continue;
          ink_for (&fill, &ink);
          ter_chart_draw_text (cr, g_ptr_array_index (layout->cell_labels, r * layout->n_points + c),
                               rect.x + rect.width / 2, rect.y + rect.height / 2, 0.5, 0.5, &ink);
        }
    }

  /* Colour scale: "min ▬▬▬ max" */
  gradient = cairo_pattern_create_linear (bar->x, 0, bar->x + bar->width, 0);
  for (guint i = 0; i <= 2 * (TER_CHART_RAMP_SIZE - 1); i++)
    {
      double t = (double) i / (2 * (TER_CHART_RAMP_SIZE - 1));
      TerChartColor stop;

      cell_color (layout, layout->heat_min + t * (layout->heat_max - layout->heat_min), &stop);
      cairo_pattern_add_color_stop_rgba (gradient, t, stop.red, stop.green, stop.blue, stop.alpha);
    }
  ter_chart_path_rounded_rect (cr, bar->x, bar->y, bar->width, bar->height, bar->height / 2);
  cairo_set_source (cr, gradient);
  cairo_fill (cr);
  cairo_pattern_destroy (gradient);
  ter_chart_draw_text (cr, layout->scale_min_label, bar->x - 6 * s, bar->y + bar->height / 2, 1.0, 0.5,
                       &layout->style.foreground_dim);
  ter_chart_draw_text (cr, layout->scale_max_label, bar->x + bar->width + 6 * s, bar->y + bar->height / 2, 0, 0.5,
                       &layout->style.foreground_dim);
}

static gboolean
heat_pick (TerChartLayout *layout,
           double          x,
           double          y,
           int            *series,
           int            *point)
{
  const TerChartRect *grid = &layout->plot;

  if (layout->n_series == 0 || layout->n_points == 0 ||
      x < grid->x || x >= grid->x + grid->width || y < grid->y || y >= grid->y + grid->height)
    return FALSE;

  *series = MIN ((int) floor ((y - grid->y) / layout->cell_h), (int) layout->n_series - 1);
  *point = MIN ((int) floor ((x - grid->x) / layout->cell_w), (int) layout->n_points - 1);

  return TRUE;
}

static gboolean
heat_anchor (TerChartLayout *layout,
             int             series,
             int             point,
             double         *x,
             double         *y)
{
  if (series < 0 || (guint) series >= layout->n_series || point < 0 || (guint) point >= layout->n_points)
    return FALSE;

  *x = layout->plot.x + (point + 0.5) * layout->cell_w;
  *y = layout->plot.y + (series + 0.5) * layout->cell_h;

  return TRUE;
}

static void
heat_highlight (TerChartLayout *layout,
                cairo_t        *cr,
                int             series,
                int             point)
{
  double s = layout->s;
  TerChartRect rect;

  heat_cell_rect (layout, series, point, &rect);
  ter_chart_path_rounded_rect (cr, rect.x - s, rect.y - s, rect.width + 2 * s, rect.height + 2 * s, 4 * s);
  ter_chart_set_color (cr, &layout->style.foreground, 0.9);
  cairo_set_line_width (cr, 2 * s);
  cairo_stroke (cr);
}

const TerChartPainter ter_chart_heat_painter = {
  .layout = heat_layout,
  .draw = heat_draw,
  .pick = heat_pick,
  .anchor = heat_anchor,
  .highlight = heat_highlight,
};
