/* ter-chart-donut.c - share of a whole as a ring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-donut"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-chart-private.h"

#define START_ANGLE (-G_PI / 2)

static double
slice_value (TerChartLayout *layout,
             guint           point)
{
  double v = ter_chart_layout_value (layout, layout->main_series, point);

  /* Shares of a whole: missing and negative values take no room. */
  return isfinite (v) && v > 0 ? v : 0;
}

static void
slice_color (TerChartLayout *layout,
             guint           point,
             TerChartColor  *color)
{
  ter_chart_style_get_palette_color (&layout->style, point, color);
}

static void
add_legend_item (TerChartLayout      *layout,
                 const char          *text,
                 const TerChartColor *color,
                 double               x,
                 double               y,
                 double               max_width)
{
  TerLegendItem item = { 0 };
  double tw, th;

  item.text = ter_chart_layout_text (layout, TER_TEXT_LABEL, text);
  pango_layout_set_width (item.text, (int) (MAX (max_width, 1.0) * PANGO_SCALE));
  pango_layout_set_ellipsize (item.text, PANGO_ELLIPSIZE_END);
  ter_chart_text_size (item.text, &tw, &th);
  item.color = *color;
  item.swatch = TER_SWATCH_BOX;
  item.x = x;
  item.y = y;
  item.width = 16 * layout->s + tw;
  item.height = th;
  g_array_append_val (layout->legend, item);
}

static double
legend_row_height (TerChartLayout *layout)
{
  g_autoptr(PangoLayout) probe = ter_chart_layout_text (layout, TER_TEXT_LABEL, "0");
  double h;

  ter_chart_text_size (probe, NULL, &h);

  return h + 7 * layout->s;
}

/* Rows of "■ name  pct" in @columns columns filling @box row by row,
 * centred vertically; when they do not all fit, the last row says how
 * many were left out. */
static void
layout_legend (TerChartLayout     *layout,
               const TerChartRect *box,
               guint               columns)
{
  double s = layout->s;
  double row_h = legend_row_height (layout);
  double pct_w = 0, col_w = box->width / columns, y;
  guint n = layout->n_points, shown, capacity, rows;

  for (guint k = 0; k < layout->value_labels->len; k++)
    {
      double w;

      ter_chart_text_size (g_ptr_array_index (layout->value_labels, k), &w, NULL);
      pct_w = MAX (pct_w, w);
    }

  capacity = (guint) MAX (floor (box->height / row_h), 1) * columns;
  shown = MIN (n, capacity);
  if (shown < n && shown > 0)
    shown--;
  rows = (shown + (shown < n ? 1 : 0) + columns - 1) / columns;
  y = box->y + MAX (0, (box->height - row_h * rows) / 2) + 3.5 * s;

  for (guint k = 0; k <= shown && k < n; k++)
    {
      double x = box->x + (k % columns) * col_w;
      double yk = y + (k / columns) * row_h;

      if (k < shown)
        {
          const char *label = ter_chart_data_get_label (layout->data, k);
          TerChartColor color;

          slice_color (layout, k, &color);
          add_legend_item (layout, label != NULL ? label : "", &color, x, yk, col_w - pct_w - 34 * s);
        }
      else
        {
          g_autofree char *more = g_strdup_printf (_("+%u more"), n - shown);

          add_legend_item (layout, more, &layout->style.grid, x, yk, col_w - 16 * s);
        }
    }
  layout->legend_points = shown;
}

static void
donut_layout (TerChartLayout *layout)
{
  TerChartRect area = layout->content;
  TerChartRect legend_box;
  double s = layout->s;
  double diameter, acc = 0, vw, ch, vh;
  g_autofree char *total_text = NULL;

  layout->total = 0;
  for (guint k = 0; k < layout->n_points; k++)
    layout->total += slice_value (layout, k);

  layout->value_labels = g_ptr_array_new_with_free_func (g_object_unref);
  layout->slice_labels = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < layout->n_points; k++)
    {
      g_autofree char *pct = ter_chart_format_percent (layout->total > 0 ? slice_value (layout, k) / layout->total : 0);

      g_ptr_array_add (layout->value_labels, ter_chart_layout_text (layout, TER_TEXT_LABEL, pct));
      g_ptr_array_add (layout->slice_labels, ter_chart_layout_text (layout, TER_TEXT_SMALL, pct));
    }

  if (!ter_chart_get_show_legend (layout->chart) || layout->n_points == 0)
    {
      diameter = MIN (area.width, area.height);
      layout->cx = area.x + area.width / 2;
      layout->cy = area.y + area.height / 2;
    }
  else if (area.width >= area.height * 1.3)
    {
      /* Legend on the right */
      diameter = MIN (area.height, area.width * 0.5);
      layout->cx = area.x + diameter / 2;
      layout->cy = area.y + area.height / 2;
      legend_box.x = area.x + diameter + 28 * s;
      legend_box.width = MIN (area.x + area.width - legend_box.x, 260 * s);
      legend_box.y = area.y;
      legend_box.height = area.height;
      layout_legend (layout, &legend_box, 1);
    }
  else
    {
      /* Legend below, in two columns when there is room */
      guint columns = area.width >= 260 * s && layout->n_points > 3 ? 2 : 1;
      double row_h = legend_row_height (layout);
      double rows = ceil ((double) layout->n_points / columns);

      diameter = MIN (area.width, area.height - rows * row_h - 12 * s);
      diameter = MAX (diameter, MIN (area.width, area.height) * 0.5);
      layout->cx = area.x + area.width / 2;
      layout->cy = area.y + diameter / 2;
      legend_box.width = MIN (area.width, 150 * s * columns);
      legend_box.x = area.x + (area.width - legend_box.width) / 2;
      legend_box.y = area.y + diameter + 12 * s;
      legend_box.height = area.y + area.height - legend_box.y;
      layout_legend (layout, &legend_box, columns);
    }

  layout->r_outer = MAX (diameter / 2, 1.0);
  layout->r_inner = layout->r_outer * 0.64;
  layout->plot.x = layout->cx - layout->r_outer;
  layout->plot.y = layout->cy - layout->r_outer;
  layout->plot.width = layout->plot.height = 2 * layout->r_outer;

  layout->angles = g_new0 (double, layout->n_points + 1);
  layout->angles[0] = START_ANGLE;
  for (guint k = 0; k < layout->n_points; k++)
    {
      acc += slice_value (layout, k);
      layout->angles[k + 1] = START_ANGLE + (layout->total > 0 ? 2 * G_PI * acc / layout->total : 0);
    }

  total_text = ter_chart_format_value (layout->chart, layout->total);
  layout->center_caption = ter_chart_layout_text (layout, TER_TEXT_SMALL, ter_chart_get_center_label (layout->chart));
  layout->center_value = ter_chart_layout_text (layout, TER_TEXT_HUGE, total_text);
  ter_chart_text_size (layout->center_value, &vw, &vh);
  if (vw > layout->r_inner * 1.6)
    {
      g_object_unref (layout->center_value);
      layout->center_value = ter_chart_layout_text (layout, TER_TEXT_STRONG, total_text);
    }
  ter_chart_text_size (layout->center_caption, NULL, &ch);
  ter_chart_text_size (layout->center_value, &vw, &vh);
  if (ch + vh > layout->r_inner * 1.5 || vw > layout->r_inner * 1.8)
    g_clear_object (&layout->center_caption);
  if (vw > layout->r_inner * 1.8)
    g_clear_object (&layout->center_value);
}

static void
path_slice (cairo_t *cr,
            double   cx,
            double   cy,
            double   r_in,
            double   r_out,
            double   a0,
            double   a1,
            double   gap)
{
  double pad_out = MIN (gap / (2 * r_out), (a1 - a0) / 4);
  double pad_in = MIN (gap / (2 * MAX (r_in, 1.0)), (a1 - a0) / 4);

  cairo_new_path (cr);
  if (a1 - a0 >= 2 * G_PI - 1e-9)
    {
      cairo_arc (cr, cx, cy, r_out, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc_negative (cr, cx, cy, r_in, 2 * G_PI, 0);
      cairo_close_path (cr);
      return;
    }

  cairo_arc (cr, cx, cy, r_out, a0 + pad_out, a1 - pad_out);
  cairo_arc_negative (cr, cx, cy, r_in, a1 - pad_in, a0 + pad_in);
  cairo_close_path (cr);
}

static void
donut_draw (TerChartLayout *layout,
            cairo_t        *cr)
{
  double s = layout->s;
  double gap = layout->n_points > 1 ? 2.5 * s : 0;
  double r_mid = (layout->r_inner + layout->r_outer) / 2;
  double thickness = layout->r_outer - layout->r_inner;
  double pct_w = 0, name_w = 0;

  ter_chart_draw_frame (layout, cr);

  if (layout->total <= 0)
    {
      path_slice (cr, layout->cx, layout->cy, layout->r_inner, layout->r_outer, 0, 2 * G_PI, 0);
      ter_chart_set_color (cr, &layout->style.grid, 1.5);
      cairo_fill (cr);
    }

  for (guint k = 0; k < layout->n_points && layout->total > 0; k++)
    {
      double a0 = layout->angles[k], a1 = layout->angles[k + 1];
      PangoLayout *pl = g_ptr_array_index (layout->slice_labels, k);
      TerChartColor color, ink;
      double w, h, mid = (a0 + a1) / 2;

      if (a1 <= a0)
        continue;
      slice_color (layout, k, &color);
      path_slice (cr, layout->cx, layout->cy, layout->r_inner, layout->r_outer, a0, a1, gap);
      ter_chart_set_color (cr, &color, 1.0);
      cairo_fill (cr);

      ter_chart_text_size (pl, &w, &h);
      if ((a1 - a0) * r_mid < w + 8 * s || thickness < h + 2 * s || (a1 - a0) < 0.3)
        continue;
      if (ter_chart_color_luminance (&color) > 0.42)
        ter_chart_color_parse (&ink, "#1f1f24");
      else
        ter_chart_color_parse (&ink, "#ffffff");
      ter_chart_draw_text (cr, pl, layout->cx + cos (mid) * r_mid, layout->cy + sin (mid) * r_mid, 0.5, 0.5, &ink);
    }

  if (layout->center_value != NULL)
    {
      double ch = 0, vh;

      ter_chart_text_size (layout->center_value, NULL, &vh);
      if (layout->center_caption != NULL)
        ter_chart_text_size (layout->center_caption, NULL, &ch);
      ter_chart_draw_text (cr, layout->center_caption, layout->cx, layout->cy - (ch + vh) / 2, 0.5, 0, &layout->style.foreground_dim);
      ter_chart_draw_text (cr, layout->center_value, layout->cx, layout->cy - (ch + vh) / 2 + ch, 0.5, 0, &layout->style.foreground);
    }

  /* Percentages right-aligned after the longest name of the column */
  for (guint k = 0; k < layout->legend_points; k++)
    {
      TerLegendItem *item = &g_array_index (layout->legend, TerLegendItem, k);
      double w;

      ter_chart_text_size (g_ptr_array_index (layout->value_labels, k), &w, NULL);
      pct_w = MAX (pct_w, w);
      name_w = MAX (name_w, item->width);
    }
  for (guint k = 0; k < layout->legend_points; k++)
    {
      TerLegendItem *item = &g_array_index (layout->legend, TerLegendItem, k);

      ter_chart_draw_text (cr, g_ptr_array_index (layout->value_labels, k),
                           item->x + name_w + 12 * s + pct_w, item->y, 1.0, 0, &layout->style.foreground);
    }
}

static gboolean
donut_pick (TerChartLayout *layout,
            double          x,
            double          y,
            int            *series,
            int            *point)
{
  double d = hypot (x - layout->cx, y - layout->cy);
  double a;

  if (layout->main_series < 0 || layout->total <= 0)
    return FALSE;

  /* The legend rows point at their slices too. */
  for (guint k = 0; k < layout->legend_points; k++)
    {
      TerLegendItem *item = &g_array_index (layout->legend, TerLegendItem, k);

      if (x >= item->x && x <= layout->content.x + layout->content.width &&
          y >= item->y - 4 * layout->s && y < item->y + item->height + 4 * layout->s &&
          slice_value (layout, k) > 0)
        {
          *series = layout->main_series;
          *point = k;
          return TRUE;
        }
    }

  if (d < layout->r_inner - 2 * layout->s || d > layout->r_outer + 4 * layout->s)
    return FALSE;

  a = atan2 (y - layout->cy, x - layout->cx);
  while (a < START_ANGLE)
    a += 2 * G_PI;
  while (a >= START_ANGLE + 2 * G_PI)
    a -= 2 * G_PI;

  for (guint k = 0; k < layout->n_points; k++)
    {
      if (a >= layout->angles[k] && a < layout->angles[k + 1])
        {
          *series = layout->main_series;
          *point = k;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
donut_anchor (TerChartLayout *layout,
              int             series G_GNUC_UNUSED,
              int             point,
              double         *x,
              double         *y)
{
  double mid;

  if (point < 0 || (guint) point >= layout->n_points || layout->angles == NULL)
    return FALSE;

  mid = (layout->angles[point] + layout->angles[point + 1]) / 2;
  *x = layout->cx + cos (mid) * layout->r_outer;
  *y = layout->cy + sin (mid) * layout->r_outer;

  return TRUE;
}

static void
donut_highlight (TerChartLayout *layout,
                 cairo_t        *cr,
                 int             series G_GNUC_UNUSED,
                 int             point)
{
  double s = layout->s;
  double a0 = layout->angles[point], a1 = layout->angles[point + 1];
  TerChartColor color;

  if (a1 <= a0)
    return;

  /* Pull the slice out a little. */
  slice_color (layout, point, &color);
  path_slice (cr, layout->cx, layout->cy, layout->r_outer + 2 * s, layout->r_outer + 6 * s, a0, a1,
              layout->n_points > 1 ? 2.5 * s : 0);
  ter_chart_set_color (cr, &color, 0.55);
  cairo_fill (cr);
}

const TerChartPainter ter_chart_donut_painter = {
  .layout = donut_layout,
  .draw = donut_draw,
  .pick = donut_pick,
  .anchor = donut_anchor,
  .highlight = donut_highlight,
};
