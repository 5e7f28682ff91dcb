/* ter-chart-bar.c - vertical (grouped, stacked) and horizontal bar charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-bar"

#include <math.h>

#include "ter-chart-private.h"

static gboolean
is_bar_role (TerSeriesRole role)
{
  return role == TER_SERIES_ROLE_DEFAULT ||
         role == TER_SERIES_ROLE_COMPARISON ||
         role == TER_SERIES_ROLE_FORECAST;
}

static TerSeriesRole
role_of (TerChartLayout *layout,
         guint           series)
{
  return ter_series_get_role (ter_chart_data_get_series (layout->data, series));
}

static gboolean
stacked (TerChartLayout *layout)
{
  return layout->kind == TER_CHART_STACKED_BAR;
}

/* Where the segment of @series at @point starts and ends on the value axis:
 * stacks grow up from zero for positive values and down for negative. */
static gboolean
bar_extent (TerChartLayout *layout,
            int             series,
            int             point,
            double         *from,
            double         *to)
{
  double v = ter_chart_layout_value (layout, series, point);
  double start = 0;

  if (!isfinite (v) || layout->slot[series] < 0)
    return FALSE;

  if (stacked (layout))
    {
      for (int i = 0; i < series; i++)
        {
          double w = ter_chart_layout_value (layout, i, point);

          if (layout->slot[i] >= 0 && isfinite (w) && (w < 0) == (v < 0))
            start += w;
        }
    }

  *from = start;
  *to = start + v;

  return TRUE;
}

static double
group_width (TerChartLayout *layout)
{
  double fraction = layout->n_slots > 1 ? 0.74 : 0.62;

  return MIN (layout->band * fraction, 56 * layout->s * layout->n_slots);
}

/**
 * bar_rect:
 *
 * The rectangle of the bar (or stack segment) of @series at @point, in
 * chart coordinates. Shared by drawing and hit testing.
 */
static gboolean
bar_rect (TerChartLayout *layout,
          int             series,
          int             point,
          TerChartRect   *rect)
{
  double from, to, y0, y1, left;

  if (series < 0 || (guint) series >= layout->n_series || point < 0 || (guint) point >= layout->n_points)
    return FALSE;
  if (!bar_extent (layout, series, point, &from, &to))
    return FALSE;

  from = CLAMP (from, layout->vmin, layout->vmax);
  to = CLAMP (to, layout->vmin, layout->vmax);
  y0 = ter_chart_layout_value_y (layout, from);
  y1 = ter_chart_layout_value_y (layout, to);
  left = layout->pos[point] - group_width (layout) / 2 + layout->slot[series] * layout->slot_width;

  rect->x = left + (layout->slot_width - layout->bar_width) / 2;
  rect->width = layout->bar_width;
  rect->y = MIN (y0, y1);
  rect->height = fabs (y1 - y0);

  return TRUE;
}

static void
bar_layout (TerChartLayout *layout)
{
  double min = 0, max = 0, target = ter_chart_get_target (layout->chart);
  double top_room = 0, label_h = 0;

  layout->slot = g_new0 (int, MAX (layout->n_series, 1));
  layout->n_slots = 0;
  for (guint i = 0; i < layout->n_series; i++)
    {
      if (is_bar_role (role_of (layout, i)))
        layout->slot[i] = stacked (layout) ? 0 : (int) layout->n_slots++;
      else
        layout->slot[i] = -1;
    }
  if (stacked (layout))
    layout->n_slots = 1;
  layout->n_slots = MAX (layout->n_slots, 1);

  for (guint k = 0; k < layout->n_points; k++)
    {
      double pos = 0, neg = 0;

      for (guint i = 0; i < layout->n_series; i++)
        {
          double v = ter_chart_layout_value (layout, i, k);

          if (!isfinite (v))
            continue;
          if (layout->slot[i] < 0 && role_of (layout, i) != TER_SERIES_ROLE_TARGET)
            continue;
          if (stacked (layout) && layout->slot[i] >= 0)
            {
              if (v < 0)
                neg += v;
              else
                pos += v;
              continue;
            }
          min = MIN (min, v);
          max = MAX (max, v);
        }
      min = MIN (min, neg);
      max = MAX (max, pos);
    }
  if (max == min)
    max = 1;
  if (isfinite (target))
    {
      min = MIN (min, target);
      max = MAX (max, target);
    }

  if (ter_chart_get_show_values (layout->chart))
    {
      PangoLayout *probe = ter_chart_layout_text (layout, TER_TEXT_SMALL, "0");

      ter_chart_text_size (probe, NULL, &label_h);
      g_object_unref (probe);
      top_room = label_h + 2 * layout->s;
    }

  ter_chart_layout_cartesian (layout, min, max, TER_CHART_TICKS_INCLUDE_ZERO, FALSE, TRUE, top_room);

  layout->slot_width = group_width (layout) / layout->n_slots;
  layout->bar_width = layout->slot_width - (layout->n_slots > 1 ? MIN (3 * layout->s, layout->slot_width * 0.2) : 0);

  if (ter_chart_get_show_values (layout->chart))
    {
      double room = stacked (layout) ? layout->band - 2 * layout->s : layout->slot_width + 6 * layout->s;
      gboolean fits = TRUE;

      layout->value_labels = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint k = 0; k < layout->n_points; k++)
        for (guint i = 0; i < (stacked (layout) ? 1 : layout->n_series); i++)
          {
            double v = 0;
            PangoLayout *pl;
            double w;

            if (stacked (layout))
              {
                for (guint j = 0; j < layout->n_series; j++)
                  {
                    double vj = ter_chart_layout_value (layout, j, k);

                    if (layout->slot[j] >= 0 && isfinite (vj))
                      v += vj;
                  }
              }
            else
              v = ter_chart_layout_value (layout, i, k);

            pl = ter_chart_layout_value_text (layout, TER_TEXT_SMALL, v);
            ter_chart_text_size (pl, &w, NULL);
            if (isfinite (v) && (stacked (layout) || layout->slot[i] >= 0) && w > room)
              fits = FALSE;
            g_ptr_array_add (layout->value_labels, pl);
          }
      if (!fits)
        g_clear_pointer (&layout->value_labels, g_ptr_array_unref);
    }
}

/* Is @series the outermost segment of its stack at @point? */
static gboolean
stack_end (TerChartLayout *layout,
           int             series,
           int             point)
{
  double v = ter_chart_layout_value (layout, series, point);

  if (!stacked (layout))
    return TRUE;

  for (guint i = series + 1; i < layout->n_series; i++)
    {
      double w = ter_chart_layout_value (layout, i, point);

      if (layout->slot[i] >= 0 && isfinite (w) && w != 0 && (w < 0) == (v < 0))
        return FALSE;
    }

  return TRUE;
}

/* Adds the outline of a bar: rounded at its value end, and for stack
 * segments below the top a hairline shorter to leave a gap. */
static gboolean
path_bar (TerChartLayout *layout,
          cairo_t        *cr,
          int             series,
          int             point)
{
  double s = layout->s;
  double v = ter_chart_layout_value (layout, series, point);
  double radius = MIN (4 * s, layout->bar_width / 3);
  gboolean end = stack_end (layout, series, point);
  double r_top = v >= 0 && end ? radius : 0;
  double r_bottom = v < 0 && end ? radius : 0;
  TerChartRect r;

  if (!bar_rect (layout, series, point, &r) || r.height <= 0)
    return FALSE;

  if (!end && r.height > 2 * s)
    {
      if (v >= 0)
        r.y += s;
      r.height -= s;
    }

  ter_chart_path_rect (cr, r.x, r.y, r.width, r.height, r_top, r_top, r_bottom, r_bottom);

  return TRUE;
}

static void
draw_bar (TerChartLayout *layout,
          cairo_t        *cr,
          int             series,
          int             point)
{
  cairo_new_path (cr);
  if (!path_bar (layout, cr, series, point))
    return;

  if (role_of (layout, series) == TER_SERIES_ROLE_FORECAST)
    {
      ter_chart_set_color (cr, &layout->colors[series], 0.35);
      cairo_fill_preserve (cr);
      ter_chart_set_color (cr, &layout->colors[series], 1.0);
      cairo_set_line_width (cr, layout->s);
      cairo_stroke (cr);
    }
  else
    {
      ter_chart_set_color (cr, &layout->colors[series], 1.0);
      cairo_fill (cr);
    }
}

static void
draw_value_labels (TerChartLayout *layout,
                   cairo_t        *cr)
{
  double s = layout->s;
  guint per_point = stacked (layout) ? 1 : layout->n_series;

  if (layout->value_labels == NULL)
    return;

  for (guint k = 0; k < layout->n_points; k++)
    for (guint i = 0; i < per_point; i++)
      {
        PangoLayout *pl = g_ptr_array_index (layout->value_labels, k * per_point + i);
        double x, y, v;
        TerChartRect r;

        if (stacked (layout))
          {
            double top = 0, total = 0;

            for (guint j = 0; j < layout->n_series; j++)
              {
                double vj = ter_chart_layout_value (layout, j, k);

                if (layout->slot[j] >= 0 && isfinite (vj))
                  {
                    total += vj;
                    top += MAX (vj, 0);
                  }
              }
            x = layout->pos[k];
            y = ter_chart_layout_value_y (layout, total >= 0 ? top : total);
            v = total;
          }
        else
          {
            if (!bar_rect (layout, i, k, &r))
              continue;
            v = ter_chart_layout_value (layout, i, k);
            x = r.x + r.width / 2;
            y = v >= 0 ? r.y : r.y + r.height;
          }

        if (v >= 0)
          ter_chart_draw_text (cr, pl, x, y - 2 * s, 0.5, 1.0, &layout->style.foreground);
        else
          ter_chart_draw_text (cr, pl, x, y + 2 * s, 0.5, 0.0, &layout->style.foreground);
      }
}

static void
draw_target_markers (TerChartLayout *layout,
                     cairo_t        *cr)
{
  double s = layout->s;
  double half = group_width (layout) / 2 + 3 * s;

  for (guint i = 0; i < layout->n_series; i++)
    {
      if (role_of (layout, i) != TER_SERIES_ROLE_TARGET)
        continue;

      for (guint k = 0; k < layout->n_points; k++)
        {
          double v = ter_chart_layout_value (layout, i, k);
          double y;

          if (!isfinite (v))
            continue;
          y = ter_chart_layout_value_y (layout, v);
          ter_chart_path_rounded_rect (cr, layout->pos[k] - half, y - 1.5 * s, 2 * half, 3 * s, 1.5 * s);
          ter_chart_set_color (cr, &layout->style.background, 1.0);
          cairo_set_line_width (cr, 1.5 * s);
          cairo_stroke_preserve (cr);
          ter_chart_set_color (cr, &layout->colors[i], 1.0);
          cairo_fill (cr);
        }
    }
}

static void
bar_draw (TerChartLayout *layout,
          cairo_t        *cr)
{
  ter_chart_draw_frame (layout, cr);
  ter_chart_draw_value_grid (layout, cr);
  ter_chart_draw_category_axis (layout, cr);

  for (guint i = 0; i < layout->n_series; i++)
    {
      if (layout->slot[i] < 0)
        continue;
      for (guint k = 0; k < layout->n_points; k++)
        draw_bar (layout, cr, i, k);
    }

  draw_target_markers (layout, cr);
  draw_value_labels (layout, cr);
  ter_chart_draw_target (layout, cr);
}

static double
distance_to_rect (const TerChartRect *r,
                  double              x,
                  double              y)
{
  double dx = MAX (MAX (r->x - x, x - (r->x + r->width)), 0);
  double dy = MAX (MAX (r->y - y, y - (r->y + r->height)), 0);

  return hypot (dx, dy);
}

static gboolean
bar_pick (TerChartLayout *layout,
          double          x,
          double          y,
          int            *series,
          int            *point)
{
  const TerChartRect *plot = &layout->plot;
  double slack = 8 * layout->s;
  double best = INFINITY;
  int k;

  if (x < plot->x || x >= plot->x + plot->width ||
      y < plot->y - slack || y > plot->y + plot->height + slack ||
      layout->n_points == 0)
    return FALSE;

  k = CLAMP ((int) floor ((x - plot->x) / layout->band), 0, (int) layout->n_points - 1);
  *series = -1;
  *point = k;

  /* The bar under the pointer, else the nearest bar of the category. */
  for (guint i = 0; i < layout->n_series; i++)
    {
      TerChartRect r;
      double d;

      if (!bar_rect (layout, i, k, &r))
        continue;
      d = distance_to_rect (&r, x, y);
      if (!stacked (layout))
        d = fabs (x - (r.x + r.width / 2)) + (d > 0 ? 0.001 : 0);
      if (d < best)
        {
          best = d;
          *series = i;
        }
    }

  return *series >= 0;
}

static gboolean
bar_anchor (TerChartLayout *layout,
            int             series,
            int             point,
            double         *x,
            double         *y)
{
  double v = ter_chart_layout_value (layout, series, point);
  TerChartRect r;

  if (point < 0 || (guint) point >= layout->n_points)
    return FALSE;

  if (bar_rect (layout, series, point, &r))
    {
      *x = r.x + r.width / 2;
      *y = v >= 0 ? r.y : r.y + r.height;
    }
  else
    {
      *x = layout->pos[point];
      *y = isfinite (v) ? ter_chart_layout_value_y (layout, v) : layout->plot.y + layout->plot.height / 2;
    }

  return TRUE;
}

static void
bar_highlight (TerChartLayout *layout,
               cairo_t        *cr,
               int             series,
               int             point)
{
  double s = layout->s;
  TerChartRect r;

  /* Tint the category's column around its bars, not the bars. */
  cairo_save (cr);
  cairo_new_path (cr);
  ter_chart_path_rounded_rect (cr, layout->pos[point] - layout->band / 2 + s, layout->plot.y,
                               layout->band - 2 * s, layout->plot.height, 4 * s);
  for (guint i = 0; i < layout->n_series; i++)
    if (layout->slot[i] >= 0)
      path_bar (layout, cr, i, point);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  ter_chart_set_color (cr, &layout->style.foreground, 0.06);
  cairo_fill (cr);
  cairo_restore (cr);

  if (bar_rect (layout, series, point, &r))
    {
      ter_chart_path_rounded_rect (cr, r.x - s, r.y - s, r.width + 2 * s, r.height + 2 * s, 4 * s);
      ter_chart_set_color (cr, &layout->style.foreground, 0.55);
      cairo_set_line_width (cr, 1.5 * s);
      cairo_stroke (cr);
    }
}

const TerChartPainter ter_chart_bar_painter = {
  .layout = bar_layout,
  .draw = bar_draw,
  .pick = bar_pick,
  .anchor = bar_anchor,
  .highlight = bar_highlight,
};

/* Horizontal ranking bars: one row per category, the label on the left,
 * the bar on a faint track, the value at the end of the bar. */

static double
hbar_thickness (TerChartLayout *layout)
{
  return MIN (layout->band * 0.62, 26 * layout->s);
}

static void
hbar_layout (TerChartLayout *layout)
{
  TerChartRect area = layout->content;
  double s = layout->s;
  double min = 0, max = 0, label_w = 0, value_w = 0, label_h = 0;
  double target = ter_chart_get_target (layout->chart);
  guint n = MAX (layout->n_points, 1);
  int main_series = layout->main_series;

  layout->cat_labels = g_ptr_array_new_with_free_func (g_object_unref);
  layout->value_labels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < layout->n_points; k++)
    {
      const char *label = ter_chart_data_get_label (layout->data, k);
      double v = ter_chart_layout_value (layout, main_series, k);
      PangoLayout *pl = ter_chart_layout_text (layout, TER_TEXT_LABEL, label != NULL ? label : "");
      double w, h;

      ter_chart_text_size (pl, &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
      g_ptr_array_add (layout->cat_labels, pl);

      pl = ter_chart_layout_value_text (layout, TER_TEXT_LABEL, v);
      ter_chart_text_size (pl, &w, NULL);
      if (isfinite (v))
        {
          value_w = MAX (value_w, w);
          min = MIN (min, v);
          max = MAX (max, v);
        }
      g_ptr_array_add (layout->value_labels, pl);
    }
  for (guint i = 0; i < layout->n_series; i++)
    {
      double a, b;

      if (role_of (layout, i) == TER_SERIES_ROLE_TARGET &&
          ter_series_get_range (ter_chart_data_get_series (layout->data, i), &a, &b))
        {
          min = MIN (min, a);
          max = MAX (max, b);
        }
    }
  if (isfinite (target))
    {
      double th;

      min = MIN (min, target);
      max = MAX (max, target);
      ter_chart_text_size (layout->target_label, NULL, &th);
      area.y += th + 4 * s;
      area.height -= th + 4 * s;
    }
  if (min == max)
    max = 1;

  label_w = MIN (label_w, area.width * 0.38);
  for (guint k = 0; k < layout->cat_labels->len; k++)
    {
      PangoLayout *pl = g_ptr_array_index (layout->cat_labels, k);

      pango_layout_set_width (pl, (int) (label_w * PANGO_SCALE));
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
    }

  layout->plot.x = area.x + (label_w > 0 ? label_w + 10 * s : 0);
  layout->plot.y = area.y;
  layout->plot.width = MAX (area.width - (layout->plot.x - area.x) - value_w - 8 * s, 1.0);
  layout->plot.height = MAX (area.height, 1.0);
  layout->vmin = min;
  layout->vmax = max;
  layout->band = layout->plot.height / n;
  layout->label_step = MAX (1, (guint) ceil ((label_h + 2 * s) / layout->band));
  layout->has_axis = FALSE;

  /* Rows do not need the whole height of a tall card. */
  if (layout->band > 44 * s)
    {
      layout->band = 44 * s;
      layout->plot.height = layout->band * n;
    }

  layout->pos = g_new0 (double, n);
  for (guint k = 0; k < n; k++)
    layout->pos[k] = layout->plot.y + (k + 0.5) * layout->band;
}

static gboolean
hbar_rect (TerChartLayout *layout,
           int             point,
           TerChartRect   *rect)
{
  double v = ter_chart_layout_value (layout, layout->main_series, point);
  double thick = hbar_thickness (layout);
  double x0, x1;

  if (!isfinite (v) || point < 0 || (guint) point >= layout->n_points)
    return FALSE;

  x0 = ter_chart_layout_value_x (layout, 0);
  x1 = ter_chart_layout_value_x (layout, v);
  rect->x = MIN (x0, x1);
  rect->width = fabs (x1 - x0);
  rect->y = layout->pos[point] - thick / 2;
  rect->height = thick;

  return TRUE;
}

static void
hbar_draw (TerChartLayout *layout,
           cairo_t        *cr)
{
  double s = layout->s;
  double thick = hbar_thickness (layout);
  double radius = MIN (4 * s, thick / 2);
  double x0;
  int main_series = layout->main_series;

  ter_chart_draw_frame (layout, cr);
  if (main_series < 0)
    return;

  x0 = ter_chart_layout_value_x (layout, 0);
  for (guint k = 0; k < layout->n_points; k++)
    {
      double v = ter_chart_layout_value (layout, main_series, k);
      TerChartRect r;

      if (k % layout->label_step == 0)
        ter_chart_draw_text (cr, g_ptr_array_index (layout->cat_labels, k),
                             layout->content.x, layout->pos[k], 0, 0.5, &layout->style.foreground_dim);

      /* Track */
      if (layout->vmin >= 0)
        {
          ter_chart_path_rounded_rect (cr, x0, layout->pos[k] - thick / 2, layout->plot.width - (x0 - layout->plot.x),
                                       thick, radius);
          ter_chart_set_color (cr, &layout->style.grid, 0.8);
          cairo_fill (cr);
        }

      if (!hbar_rect (layout, k, &r))
        continue;
      if (v >= 0)
        ter_chart_path_rect (cr, r.x, r.y, r.width, r.height, 0, radius, radius, 0);
      else
        ter_chart_path_rect (cr, r.x, r.y, r.width, r.height, radius, 0, 0, radius);
      ter_chart_set_color (cr, &layout->colors[main_series], 1.0);
      cairo_fill (cr);
    }

  if (layout->vmin < 0)
    {
      cairo_move_to (cr, x0, layout->plot.y);
      cairo_line_to (cr, x0, layout->plot.y + layout->plot.height);
      ter_chart_set_color (cr, &layout->style.axis, 1.0);
      cairo_set_line_width (cr, MAX (1.0, s));
      cairo_stroke (cr);
    }

  /* Per-row targets */
  for (guint i = 0; i < layout->n_series; i++)
    {
      if (role_of (layout, i) != TER_SERIES_ROLE_TARGET)
        continue;
      for (guint k = 0; k < layout->n_points; k++)
        {
          double v = ter_chart_layout_value (layout, i, k);
          double x;

          if (!isfinite (v))
            continue;
          x = ter_chart_layout_value_x (layout, v);
          ter_chart_path_rounded_rect (cr, x - 1.5 * s, layout->pos[k] - thick / 2 - 3 * s, 3 * s, thick + 6 * s, 1.5 * s);
          ter_chart_set_color (cr, &layout->colors[i], 1.0);
          cairo_fill (cr);
        }
    }

  ter_chart_draw_target (layout, cr);

  /* Values last, over the target line */
  for (guint k = 0; k < layout->n_points; k++)
    {
      double v = ter_chart_layout_value (layout, main_series, k);
      PangoLayout *value = g_ptr_array_index (layout->value_labels, k);
      TerChartRect r;

      if (!hbar_rect (layout, k, &r))
        continue;
      if (v >= 0)
        ter_chart_draw_text (cr, value, r.x + r.width + 6 * s, layout->pos[k], 0, 0.5, &layout->style.foreground);
      else
        ter_chart_draw_text (cr, value, r.x - 6 * s, layout->pos[k], 1.0, 0.5, &layout->style.foreground);
    }
}

static gboolean
hbar_pick (TerChartLayout *layout,
           double          x,
           double          y,
           int            *series,
           int            *point)
{
  int k;

  if (layout->main_series < 0 || layout->n_points == 0 ||
      y < layout->plot.y || y >= layout->plot.y + layout->plot.height ||
      x < layout->content.x || x > layout->content.x + layout->content.width)
    return FALSE;

  k = CLAMP ((int) floor ((y - layout->plot.y) / layout->band), 0, (int) layout->n_points - 1);
  *series = layout->main_series;
  *point = k;

  return TRUE;
}

static gboolean
hbar_anchor (TerChartLayout *layout,
             int             series G_GNUC_UNUSED,
             int             point,
             double         *x,
             double         *y)
{
  TerChartRect r;

  if (point < 0 || (guint) point >= layout->n_points)
    return FALSE;

  *y = layout->pos[point];
  if (hbar_rect (layout, point, &r))
    *x = ter_chart_layout_value (layout, layout->main_series, point) >= 0 ? r.x + r.width : r.x;
  else
    *x = ter_chart_layout_value_x (layout, 0);

  return TRUE;
}

static void
hbar_highlight (TerChartLayout *layout,
                cairo_t        *cr,
                int             series G_GNUC_UNUSED,
                int             point)
{
  ter_chart_path_rounded_rect (cr, layout->content.x, layout->pos[point] - layout->band / 2,
                               layout->content.width, layout->band, 4 * layout->s);
  ter_chart_set_color (cr, &layout->style.foreground, 0.06);
  cairo_fill (cr);
}

const TerChartPainter ter_chart_hbar_painter = {
  .layout = hbar_layout,
  .draw = hbar_draw,
  .pick = hbar_pick,
  .anchor = hbar_anchor,
  .highlight = hbar_highlight,
};
