/* ter-chart-line.c - line, area and sparkline charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-line"

#include <math.h>

#include "ter-chart-private.h"

static gboolean
series_range (TerChartLayout *layout,
              double         *min,
              double         *max)
{
  double lo = INFINITY, hi = -INFINITY;

  for (guint i = 0; i < layout->n_series; i++)
    {
      double a, b;

      if (ter_series_get_range (ter_chart_data_get_series (layout->data, i), &a, &b))
        {
          lo = MIN (lo, a);
          hi = MAX (hi, b);
        }
    }

  *min = lo;
  *max = hi;

  return lo <= hi;
}

static double
point_y (TerChartLayout *layout,
         double          value)
{
  return ter_chart_layout_value_y (layout, value);
}

static void
line_layout (TerChartLayout *layout)
{
  double min, max, target = ter_chart_get_target (layout->chart);
  TerChartTicksFlags flags = TER_CHART_TICKS_NONE;

  if (!series_range (layout, &min, &max))
    {
      min = 0;
      max = 1;
    }
  if (isfinite (target))
    {
      min = MIN (min, target);
      max = MAX (max, target);
    }
  if (layout->kind == TER_CHART_AREA || ter_chart_get_include_zero (layout->chart))
    flags |= TER_CHART_TICKS_INCLUDE_ZERO;

  ter_chart_layout_cartesian (layout, min, max, flags, TRUE, FALSE, 0);
}

/* Adds the series as subpaths broken at missing values; returns the number
 * of points drawn. Isolated points become dots so they are not lost. */
static guint
path_series (TerChartLayout *layout,
             cairo_t        *cr,
             guint           series,
             double          dot_radius)
{
  TerSeries *s = ter_chart_data_get_series (layout->data, series);
  guint n = MIN (ter_series_get_n_values (s), layout->n_points);
  guint drawn = 0;
  gboolean pen = FALSE;

  for (guint i = 0; i < n; i++)
    {
      double v = ter_series_get_value (s, i);
      double x = layout->pos[i], y;
      gboolean next_ok = i + 1 < n && isfinite (ter_series_get_value (s, i + 1));

      if (!isfinite (v))
        {
          pen = FALSE;
          continue;
        }

      y = point_y (layout, v);
      if (!pen && !next_ok)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, dot_radius, 0, 2 * G_PI);
          cairo_new_sub_path (cr);
        }
      else if (!pen)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      pen = next_ok;
      drawn++;
    }

  return drawn;
}

static void
stroke_series (TerChartLayout *layout,
               cairo_t        *cr,
               guint           series,
               double          width)
{
  TerSeriesRole role = ter_series_get_role (ter_chart_data_get_series (layout->data, series));
  double s = layout->s;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  switch (role)
    {
    case TER_SERIES_ROLE_COMPARISON:
      {
        double dash[] = { 5 * s, 4 * s };

        cairo_set_dash (cr, dash, 2, 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        width *= 0.8;
      }
      break;
    case TER_SERIES_ROLE_FORECAST:
      {
        double dash[] = { 6 * s, 4 * s };

        cairo_set_dash (cr, dash, 2, 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      }
      break;
    case TER_SERIES_ROLE_TARGET:
      {
        double dash[] = { 2 * s, 3 * s };

        cairo_set_dash (cr, dash, 2, 0);
        width *= 0.75;
      }
      break;
    case TER_SERIES_ROLE_DEFAULT:
    case TER_SERIES_ROLE_BAND_LOWER:
    case TER_SERIES_ROLE_BAND_UPPER:
    default:
      break;
    }

  cairo_set_line_width (cr, width);
  path_series (layout, cr, series, width / 2);
  ter_chart_set_color (cr, &layout->colors[series], 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static int
band_lower_for (TerChartLayout *layout,
                guint           upper)
{
  for (int j = (int) upper - 1; j >= 0; j--)
    if (ter_series_get_role (ter_chart_data_get_series (layout->data, j)) == TER_SERIES_ROLE_BAND_LOWER)
      return j;

  return -1;
}

/* Shades the area between each band-upper series and its lower bound,
 * one polygon per run of points where both are known. */
static void
fill_bands (TerChartLayout *layout,
            cairo_t        *cr)
{
  for (guint i = 0; i < layout->n_series; i++)
    {
      TerSeries *upper = ter_chart_data_get_series (layout->data, i);
      TerSeries *lower;
      int lo = band_lower_for (layout, i);
      guint start = 0;

      if (ter_series_get_role (upper) != TER_SERIES_ROLE_BAND_UPPER || lo < 0)
        continue;
      lower = ter_chart_data_get_series (layout->data, lo);

      while (start < layout->n_points)
        {
          guint end;

          while (start < layout->n_points &&
                 !(isfinite (ter_series_get_value (upper, start)) && isfinite (ter_series_get_value (lower, start))))
            start++;
          end = start;
          while (end < layout->n_points &&
                 isfinite (ter_series_get_value (upper, end)) && isfinite (ter_series_get_value (lower, end)))
            end++;
          if (end <= start)
            break;

          cairo_new_path (cr);
          for (guint k = start; k < end; k++)
            cairo_line_to (cr, layout->pos[k], point_y (layout, ter_series_get_value (upper, k)));
          for (guint k = end; k > start; k--)
            cairo_line_to (cr, layout->pos[k - 1], point_y (layout, ter_series_get_value (lower, k - 1)));
          cairo_close_path (cr);
          ter_chart_set_color (cr, &layout->colors[i], 0.16);
          cairo_fill (cr);
          start = end;
        }
    }
}

/* Gradient fill under every default series, down to the base line. */
static void
fill_areas (TerChartLayout *layout,
            cairo_t        *cr,
            double          top_alpha)
{
  double base = layout->vmin <= 0 && layout->vmax >= 0 ? 0.0 : layout->vmin;
  double base_y = point_y (layout, base);

  for (guint i = 0; i < layout->n_series; i++)
    {
      TerSeries *s = ter_chart_data_get_series (layout->data, i);
      const TerChartColor *c = &layout->colors[i];
      cairo_pattern_t *gradient;
      guint k = 0;

      if (ter_series_get_role (s) != TER_SERIES_ROLE_DEFAULT)
        continue;

      gradient = cairo_pattern_create_linear (0, layout->plot.y, 0, layout->plot.y + layout->plot.height);
      cairo_pattern_add_color_stop_rgba (gradient, 0, c->red, c->green, c->blue, c->alpha * top_alpha);
      cairo_pattern_add_color_stop_rgba (gradient, 1, c->red, c->green, c->blue, c->alpha * top_alpha * 0.1);

      cairo_new_path (cr);
      while (k < layout->n_points)
        {
          guint end;

          while (k < layout->n_points && !isfinite (ter_series_get_value (s, k)))
            k++;
          end = k;
          while (end < layout->n_points && isfinite (ter_series_get_value (s, end)))
            end++;
          if (end <= k)
            break;

          cairo_move_to (cr, layout->pos[k], base_y);
          for (guint j = k; j < end; j++)
            cairo_line_to (cr, layout->pos[j], point_y (layout, ter_series_get_value (s, j)));
          cairo_line_to (cr, layout->pos[end - 1], base_y);
          cairo_close_path (cr);
          k = end;
        }
      cairo_set_source (cr, gradient);
      cairo_fill (cr);
      cairo_pattern_destroy (gradient);
    }
}

/* Comparison and targets behind, forecasts next, actual values on top. */
static void
stroke_all (TerChartLayout *layout,
            cairo_t        *cr,
            double          width)
{
  static const TerSeriesRole order[] = {
    TER_SERIES_ROLE_COMPARISON,
    TER_SERIES_ROLE_TARGET,
    TER_SERIES_ROLE_FORECAST,
    TER_SERIES_ROLE_DEFAULT,
  };

  for (guint r = 0; r < G_N_ELEMENTS (order); r++)
    for (guint i = 0; i < layout->n_series; i++)
      if (ter_series_get_role (ter_chart_data_get_series (layout->data, i)) == order[r])
        stroke_series (layout, cr, i, width);
}

static void
line_draw (TerChartLayout *layout,
           cairo_t        *cr)
{
  double s = layout->s;

  ter_chart_draw_frame (layout, cr);
  ter_chart_draw_value_grid (layout, cr);
  ter_chart_draw_category_axis (layout, cr);

  fill_bands (layout, cr);
  if (layout->kind == TER_CHART_AREA)
    fill_areas (layout, cr, 0.30);
  stroke_all (layout, cr, 2.25 * s);

  /* Few, well spaced points: mark them. */
  if (layout->n_points <= 24 && layout->band >= 22 * s)
    {
      for (guint i = 0; i < layout->n_series; i++)
        {
          TerSeries *series = ter_chart_data_get_series (layout->data, i);

          if (ter_series_get_role (series) != TER_SERIES_ROLE_DEFAULT)
            continue;
          for (guint k = 0; k < layout->n_points; k++)
            {
              double v = ter_series_get_value (series, k);

              if (isfinite (v))
                ter_chart_draw_marker (layout, cr, layout->pos[k], point_y (layout, v), 2.75 * s, &layout->colors[i]);
            }
        }
    }

  ter_chart_draw_target (layout, cr);
}

static gboolean
line_pick (TerChartLayout *layout,
           double          x,
           double          y,
           int            *series,
           int            *point)
{
  const TerChartRect *plot = &layout->plot;
  double slack = 8 * layout->s;
  double best = INFINITY;
  int p;

  if (x < plot->x - slack || x > plot->x + plot->width + slack ||
      y < plot->y - slack || y > plot->y + plot->height + slack)
    return FALSE;

  p = ter_chart_layout_nearest_point (layout, x);
  if (p < 0)
    return FALSE;

  *series = -1;
  for (guint pass = 0; pass < 2 && *series < 0; pass++)
    {
      for (guint i = 0; i < layout->n_series; i++)
        {
          double v = ter_chart_layout_value (layout, i, p);
          double d;

          /* Bands only when nothing else is there. */
          if (!isfinite (v) || ter_chart_series_is_band (layout, i) != (pass == 1))
            continue;
          d = fabs (point_y (layout, v) - y);
          if (d < best)
            {
              best = d;
              *series = i;
            }
        }
    }
  *point = p;

  return *series >= 0;
}

static gboolean
line_anchor (TerChartLayout *layout,
             int             series,
             int             point,
             double         *x,
             double         *y)
{
  double v = ter_chart_layout_value (layout, series, point);

  if (point < 0 || (guint) point >= layout->n_points || layout->pos == NULL)
    return FALSE;

  *x = layout->pos[point];
  *y = isfinite (v) ? point_y (layout, v) : layout->plot.y + layout->plot.height / 2;

  return TRUE;
}

static void
line_highlight (TerChartLayout *layout,
                cairo_t        *cr,
                int             series,
                int             point)
{
  double s = layout->s;
  double x = layout->pos[point];

  if (layout->kind != TER_CHART_SPARKLINE)
    {
      cairo_save (cr);
      cairo_set_line_width (cr, MAX (1.0, s));
      cairo_move_to (cr, x, layout->plot.y);
      cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
      ter_chart_set_color (cr, &layout->style.foreground, 0.28);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  for (guint i = 0; i < layout->n_series; i++)
    {
      double v = ter_chart_layout_value (layout, i, point);

      if (!isfinite (v) || ter_chart_series_is_band (layout, i))
        continue;
      if (layout->kind == TER_CHART_SPARKLINE && (int) i != series)
        continue;
      ter_chart_draw_marker (layout, cr, x, point_y (layout, v),
                             ((int) i == series ? 4.5 : 3.5) * s, &layout->colors[i]);
    }
}

const TerChartPainter ter_chart_line_painter = {
  .layout = line_layout,
  .draw = line_draw,
  .pick = line_pick,
  .anchor = line_anchor,
  .highlight = line_highlight,
};

/* Sparkline: the same drawing without axes, labels or legend, edge to
 * edge, with the last value marked. */

static void
spark_layout (TerChartLayout *layout)
{
  double inset = 3.5 * layout->s;
  double min, max;
  guint n = MAX (layout->n_points, 1);

  if (!series_range (layout, &min, &max))
    {
      min = 0;
      max = 1;
    }
  if (max - min <= fabs (max) * 1e-12)
    {
      double d = max != 0 ? fabs (max) * 0.1 : 1.0;

      min -= d;
      max += d;
    }

  layout->plot.x = layout->content.x + inset;
  layout->plot.y = layout->content.y + inset;
  layout->plot.width = MAX (layout->content.width - 2 * inset, 1.0);
  layout->plot.height = MAX (layout->content.height - 2 * inset, 1.0);
  layout->vmin = min;
  layout->vmax = max;
  layout->band = n > 1 ? layout->plot.width / (n - 1) : layout->plot.width;
  layout->pos = g_new0 (double, n);

  for (guint i = 0; i < n; i++)
    {
      double t = n > 1 ? (double) i / (n - 1) : 0.5;

      if (ter_chart_data_has_x (layout->data) && n > 1)
        {
          gint64 x0 = ter_chart_data_get_x (layout->data, 0);
          gint64 x1 = ter_chart_data_get_x (layout->data, n - 1);

          if (x1 != x0)
            t = (double) (ter_chart_data_get_x (layout->data, i) - x0) / (double) (x1 - x0);
        }
      layout->pos[i] = layout->plot.x + t * layout->plot.width;
    }
}

static void
spark_draw (TerChartLayout *layout,
            cairo_t        *cr)
{
  int main_series = layout->main_series;
  double s = layout->s;

  ter_chart_draw_frame (layout, cr);
  if (main_series < 0)
    return;

  fill_bands (layout, cr);
  fill_areas (layout, cr, 0.22);
  stroke_all (layout, cr, 1.6 * s);

  /* Mark the latest known value. */
  for (int k = (int) layout->n_points - 1; k >= 0; k--)
    {
      double v = ter_chart_layout_value (layout, main_series, k);

      if (isfinite (v))
        {
          cairo_arc (cr, layout->pos[k], point_y (layout, v), 2.5 * s, 0, 2 * G_PI);
          ter_chart_set_color (cr, &layout->colors[main_series], 1.0);
          cairo_fill (cr);
          break;
        }
    }
}

static gboolean
spark_pick (TerChartLayout *layout,
            double          x,
            double          y,
            int            *series,
            int            *point)
{
  if (layout->main_series < 0 || x < 0 || y < 0 || x > layout->width || y > layout->height)
    return FALSE;

  *point = ter_chart_layout_nearest_point (layout, x);
  *series = layout->main_series;

  return *point >= 0;
}

const TerChartPainter ter_chart_spark_painter = {
  .layout = spark_layout,
  .draw = spark_draw,
  .pick = spark_pick,
  .anchor = line_anchor,
  .highlight = line_highlight,
};
