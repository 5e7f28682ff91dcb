/* ter-chart-draw.c - drawing helpers shared by every chart kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-draw"

#include <math.h>

#include "ter-chart-private.h"


void
ter_chart_set_color (cairo_t             *cr,
                     const TerChartColor *color,
                     double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/**
 * ter_chart_draw_text:
 * @xalign: 0 puts the left edge at @x, 0.5 the centre, 1 the right edge
 * @yalign: likewise for the top, middle and bottom at @y
 */
void
ter_chart_draw_text (cairo_t             *cr,
                     PangoLayout         *text,
                     double               x,
                     double               y,
                     double               xalign,
                     double               yalign,
                     const TerChartColor *color)
{
  PangoRectangle logical;
  double w, h;

  if (text == NULL)
    return;

  pango_layout_get_extents (text, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;

  ter_chart_set_color (cr, color, 1.0);
  cairo_move_to (cr,
                 x - xalign * w - (double) logical.x / PANGO_SCALE,
                 y - yalign * h - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, text);
  cairo_new_path (cr);
}

/**
 * ter_chart_path_rect:
 *
 * Adds a rectangle with its own radius per corner; radii are clamped so
 * that they fit.
 */
void
ter_chart_path_rect (cairo_t *cr,
                     double   x,
                     double   y,
                     double   width,
                     double   height,
                     double   r_top_left,
                     double   r_top_right,
                     double   r_bottom_right,
                     double   r_bottom_left)
{
  double limit = MAX (MIN (width, height) / 2, 0);

  r_top_left = CLAMP (r_top_left, 0, limit);
  r_top_right = CLAMP (r_top_right, 0, limit);
  r_bottom_right = CLAMP (r_bottom_right, 0, limit);
  r_bottom_left = CLAMP (r_bottom_left, 0, limit);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r_top_right, y + r_top_right, r_top_right, -G_PI / 2, 0);
  cairo_arc (cr, x + width - r_bottom_right, y + height - r_bottom_right, r_bottom_right, 0, G_PI / 2);
  cairo_arc (cr, x + r_bottom_left, y + height - r_bottom_left, r_bottom_left, G_PI / 2, G_PI);
  cairo_arc (cr, x + r_top_left, y + r_top_left, r_top_left, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
ter_chart_path_rounded_rect (cairo_t *cr,
                             double   x,
                             double   y,
                             double   width,
                             double   height,
                             double   radius)
{
  ter_chart_path_rect (cr, x, y, width, height, radius, radius, radius, radius);
}

static void
draw_swatch (TerChartLayout      *layout,
             cairo_t             *cr,
             TerSwatch            swatch,
             double               x,
             double               cy,
             const TerChartColor *color)
{
  double s = layout->s;

  switch (swatch)
    {
    case TER_SWATCH_LINE:
    case TER_SWATCH_DASH:
      cairo_save (cr);
      cairo_set_line_width (cr, 2.5 * s);
      cairo_set_line_cap (cr, swatch == TER_SWATCH_LINE ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      if (swatch == TER_SWATCH_DASH)
        {
          double dash[] = { 4 * s, 3 * s };

          cairo_set_dash (cr, dash, 2, 0);
        }
      ter_chart_set_color (cr, color, 1.0);
      cairo_move_to (cr, x + 1.5 * s, cy);
      cairo_line_to (cr, x + 18 * s - 1.5 * s, cy);
      cairo_stroke (cr);
      cairo_restore (cr);
      break;

    case TER_SWATCH_BAND:
      ter_chart_path_rounded_rect (cr, x, cy - 5 * s, 18 * s, 10 * s, 2 * s);
      ter_chart_set_color (cr, color, 0.28);
      cairo_fill (cr);
      break;

    case TER_SWATCH_BOX:
    default:
      ter_chart_path_rounded_rect (cr, x, cy - 5 * s, 10 * s, 10 * s, 2.5 * s);
      ter_chart_set_color (cr, color, 1.0);
      cairo_fill (cr);
      break;
    }
}

/**
 * ter_chart_draw_frame:
 *
 * Draws what every kind shares: the background (for exports), the title
 * and the legend.
 */
void
ter_chart_draw_frame (TerChartLayout *layout,
                      cairo_t        *cr)
{
  if (layout->style.fill_background)
    {
      ter_chart_set_color (cr, &layout->style.background, 1.0);
      cairo_paint (cr);
    }

  if (layout->title != NULL)
    ter_chart_draw_text (cr, layout->title, layout->pad, layout->pad, 0, 0, &layout->style.foreground);

  for (guint i = 0; i < layout->legend->len; i++)
    {
      TerLegendItem *item = &g_array_index (layout->legend, TerLegendItem, i);
      double sw = item->swatch == TER_SWATCH_BOX ? 10 * layout->s : 18 * layout->s;

      draw_swatch (layout, cr, item->swatch, item->x, item->y + item->height / 2, &item->color);
      ter_chart_draw_text (cr, item->text, item->x + sw + 6 * layout->s, item->y, 0, 0, &layout->style.foreground_dim);
    }
}

/* Crisp 1px lines: put the line in the middle of a device pixel. */
static double
snap_line (cairo_t *cr,
           double   y)
{
  double dx = 0, dy = y;

  cairo_user_to_device (cr, &dx, &dy);
  dy = floor (dy) + 0.5;
  cairo_device_to_user (cr, &dx, &dy);

  return dy;
}

/**
 * ter_chart_draw_value_grid:
 *
 * Horizontal grid lines with their labels on the left, and the base line
 * (zero, or the bottom when zero is off the axis).
 */
void
ter_chart_draw_value_grid (TerChartLayout *layout,
                           cairo_t        *cr)
{
  const TerChartRect *plot = &layout->plot;
  double s = layout->s;
  double base;

  cairo_save (cr);
  cairo_set_line_width (cr, MAX (1.0, s));

  for (guint i = 0; i < layout->ticks.n_ticks; i++)
    {
      double v = ter_chart_ticks_get (&layout->ticks, i);
      double y = ter_chart_layout_value_y (layout, v);

      if (layout->tick_labels != NULL && i < layout->tick_labels->len)
        ter_chart_draw_text (cr, g_ptr_array_index (layout->tick_labels, i),
                             plot->x - 8 * s, y, 1.0, 0.5, &layout->style.foreground_dim);

      if (v == 0.0 || i == 0)
        continue;
      y = snap_line (cr, y);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  ter_chart_set_color (cr, &layout->style.grid, 1.0);
  cairo_stroke (cr);

  base = layout->vmin <= 0 && layout->vmax >= 0 ? 0.0 : layout->vmin;
  base = snap_line (cr, ter_chart_layout_value_y (layout, base));
  cairo_move_to (cr, plot->x, base);
  cairo_line_to (cr, plot->x + plot->width, base);
  ter_chart_set_color (cr, &layout->style.axis, 1.0);
  cairo_stroke (cr);

  cairo_restore (cr);
}

/**
 * ter_chart_draw_category_axis:
 *
 * Category labels under the plot: every ->label_step-th one, turned 45°
 * when ->label_rotated, kept inside the canvas.
 */
void
ter_chart_draw_category_axis (TerChartLayout *layout,
                              cairo_t        *cr)
{
  double s = layout->s;
  double top = layout->plot.y + layout->plot.height + 6 * s;

  if (layout->cat_labels == NULL)
    return;

  for (guint i = 0; i < layout->cat_labels->len && i < layout->n_points; i += MAX (layout->label_step, 1))
    {
      PangoLayout *pl = g_ptr_array_index (layout->cat_labels, i);
      double w, h, x;

      ter_chart_text_size (pl, &w, &h);

      if (layout->label_rotated)
        {
          cairo_save (cr);
          cairo_translate (cr, layout->pos[i] + 0.2 * h, top - 2 * s + 0.36 * h);
          cairo_rotate (cr, -G_PI / 4);
          ter_chart_draw_text (cr, pl, 0, 0, 1.0, 0.5, &layout->style.foreground_dim);
          cairo_restore (cr);
          continue;
        }

      x = CLAMP (layout->pos[i] - w / 2, 1.0, layout->width - w - 1.0);
      ter_chart_draw_text (cr, pl, x, top, 0, 0, &layout->style.foreground_dim);
    }
}

/**
 * ter_chart_draw_target:
 *
 * The chart's target as a dashed line across the plot with its caption
 * at the right end (horizontal for column kinds, vertical for hbar).
 */
void
ter_chart_draw_target (TerChartLayout *layout,
                       cairo_t        *cr)
{
  const TerChartRect *plot = &layout->plot;
  double target = ter_chart_get_target (layout->chart);
  double s = layout->s;
  double dash[] = { 6 * s, 4 * s };
  double w, h, x, y;

  if (!isfinite (target) || layout->target_label == NULL)
    return;

  ter_chart_text_size (layout->target_label, &w, &h);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.5 * s);
  cairo_set_dash (cr, dash, 2, 0);
  ter_chart_set_color (cr, &layout->style.target, 1.0);

  if (layout->kind == TER_CHART_HBAR)
    {
      x = ter_chart_layout_value_x (layout, target);
      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
      cairo_stroke (cr);
      x = CLAMP (x - w / 2, 0, layout->width - w);
      y = plot->y - h - 3 * s;
    }
  else
    {
      y = ter_chart_layout_value_y (layout, target);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      x = plot->x + plot->width - w - 4 * s;
      y = y - h - 2 * s < plot->y - h / 2 ? y + 3 * s : y - h - 2 * s;
    }
  cairo_restore (cr);

  ter_chart_path_rounded_rect (cr, x - 3 * s, y, w + 6 * s, h, 3 * s);
  ter_chart_set_color (cr, &layout->style.background, 0.85);
  cairo_fill (cr);
  ter_chart_draw_text (cr, layout->target_label, x, y, 0, 0, &layout->style.target);
}

/**
 * ter_chart_draw_marker:
 *
 * A dot with a ring of background colour, so it stands out of its line.
 */
void
ter_chart_draw_marker (TerChartLayout      *layout,
                       cairo_t             *cr,
                       double               x,
                       double               y,
                       double               radius,
                       const TerChartColor *color)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius + 2 * layout->s, 0, 2 * G_PI);
  ter_chart_set_color (cr, &layout->style.background, 1.0);
  cairo_fill (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  ter_chart_set_color (cr, color, 1.0);
  cairo_fill (cr);
}

/* Tooltip */

typedef struct {
  TerChartColor color;
  gboolean      swatch;
  PangoLayout  *name;
  PangoLayout  *value;
} TipRow;

static void
clear_tip_row (gpointer data)
{
  TipRow *row = data;

  g_clear_object (&row->name);
  g_clear_object (&row->value);
}

static void
add_tip_row (TerChartLayout      *layout,
             GArray              *rows,
             const TerChartColor *color,
             const char          *name,
             const char          *value,
             gboolean             strong)
{
  TipRow row = { 0 };

  if (color != NULL)
    {
      row.color = *color;
      row.swatch = TRUE;
    }
  row.name = ter_chart_layout_text (layout, TER_TEXT_LABEL, name);
  row.value = ter_chart_layout_text (layout, strong ? TER_TEXT_STRONG : TER_TEXT_LABEL, value);
  g_array_append_val (rows, row);
}

static char *
point_label (TerChartLayout *layout,
             int             point)
{
  const char *label = ter_chart_data_get_label (layout->data, point);

  if (label != NULL && *label != '\0')
    return g_strdup (label);

  return g_strdup_printf ("#%d", point + 1);
}

static char *
fill_tip_rows (TerChartLayout *layout,
               GArray         *rows,
               int             series,
               int             point)
{
  TerSeries *s = series >= 0 ? ter_chart_data_get_series (layout->data, series) : NULL;
  double value = ter_chart_layout_value (layout, series, point);
  g_autofree char *text = NULL;

  switch (layout->kind)
    {
    case TER_CHART_DONUT:
      {
        g_autofree char *pct = ter_chart_format_percent (layout->total > 0 ? MAX (value, 0) / layout->total : NAN);
        TerChartColor color;

        ter_chart_style_get_palette_color (&layout->style, point, &color);
        text = ter_chart_format_value (layout->chart, value);
        add_tip_row (layout, rows, &color, text, pct, TRUE);
        return point_label (layout, point);
      }

    case TER_CHART_HEAT:
      {
        g_autofree char *col = point_label (layout, point);

        text = ter_chart_format_value (layout->chart, value);
        add_tip_row (layout, rows, NULL, col, text, TRUE);
        return g_strdup (s != NULL ? ter_series_get_name (s) : "");
      }

    case TER_CHART_HBAR:
    case TER_CHART_SPARKLINE:
      text = ter_chart_format_value (layout->chart, value);
      add_tip_row (layout, rows, s != NULL ? &layout->colors[series] : NULL,
                   s != NULL ? ter_series_get_name (s) : "", text, TRUE);
      return point_label (layout, point);

    case TER_CHART_LINE:
    case TER_CHART_AREA:
    case TER_CHART_BAR:
    case TER_CHART_STACKED_BAR:
    default:
      for (guint i = 0; i < layout->n_series; i++)
        {
          TerSeries *si = ter_chart_data_get_series (layout->data, i);
          TerSeriesRole role = ter_series_get_role (si);
          double v = ter_series_get_value (si, point);

          if (role == TER_SERIES_ROLE_BAND_LOWER || !isfinite (v))
            continue;
          if (role == TER_SERIES_ROLE_BAND_UPPER)
            {
              g_autofree char *lo = NULL;
              g_autofree char *hi = ter_chart_format_value (layout->chart, v);
              g_autofree char *range = NULL;
              double lower = NAN;

              if (layout->kind == TER_CHART_BAR || layout->kind == TER_CHART_STACKED_BAR)
                continue;
              for (int j = (int) i - 1; j >= 0; j--)
                {
                  TerSeries *sj = ter_chart_data_get_series (layout->data, j);

                  if (ter_series_get_role (sj) == TER_SERIES_ROLE_BAND_LOWER)
                    {
                      lower = ter_series_get_value (sj, point);
                      break;
                    }
                }
              lo = ter_chart_format_value (layout->chart, lower);
              range = isfinite (lower) ? g_strdup_printf ("%s – %s", lo, hi) : g_strdup (hi);
              add_tip_row (layout, rows, &layout->colors[i], ter_series_get_name (si), range, FALSE);
              continue;
            }
          text = ter_chart_format_value (layout->chart, v);
          add_tip_row (layout, rows, &layout->colors[i], ter_series_get_name (si), text, (int) i == series);
          g_clear_pointer (&text, g_free);
        }
      return point_label (layout, point);
    }
}

/**
 * ter_chart_draw_tooltip:
 *
 * A bubble next to (@anchor_x, @anchor_y) listing the category and the
 * values at @point, kept inside the canvas.
 */
void
ter_chart_draw_tooltip (TerChartLayout *layout,
                        cairo_t        *cr,
                        int             series,
                        int             point,
                        double          anchor_x,
                        double          anchor_y)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TipRow));
  g_autoptr(PangoLayout) header = NULL;
  g_autofree char *title = NULL;
  double s = layout->s;
  double pad = 10 * s, row_gap = 5 * s, sw = 8 * s;
  double name_w = 0, value_w = 0, w, h, hw, hh, x, y;
  TerChartColor border;

  g_array_set_clear_func (rows, clear_tip_row);
  title = fill_tip_rows (layout, rows, series, point);
  header = ter_chart_layout_text (layout, TER_TEXT_STRONG, title);
  ter_chart_text_size (header, &hw, &hh);

  h = hh;
  for (guint i = 0; i < rows->len; i++)
    {
      TipRow *row = &g_array_index (rows, TipRow, i);
      double nw, nh, vw, vh;

      ter_chart_text_size (row->name, &nw, &nh);
      ter_chart_text_size (row->value, &vw, &vh);
      name_w = MAX (name_w, nw + (row->swatch ? sw + 6 * s : 0));
      value_w = MAX (value_w, vw);
      h += row_gap + MAX (nh, vh);
    }
  w = MAX (hw, name_w + 16 * s + value_w) + 2 * pad;
  h += 2 * pad;

  /* No room for a bubble (sparklines): the caller shows the values
   * another way. */
  if (h > layout->height - 4 || w > layout->width - 4)
    return;

  x = anchor_x + 14 * s;
  if (x + w > layout->width - 2)
    x = anchor_x - 14 * s - w;
  x = CLAMP (x, 2, MAX (2, layout->width - w - 2));
  y = CLAMP (anchor_y - h / 2, 2, MAX (2, layout->height - h - 2));

  /* Shadow, body, hairline border */
  for (guint i = 1; i <= 3; i++)
    {
      ter_chart_path_rounded_rect (cr, x - i * s / 2, y - i * s / 2 + 2 * s, w + i * s, h + i * s, 8 * s);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
      cairo_fill (cr);
    }
  ter_chart_path_rounded_rect (cr, x, y, w, h, 8 * s);
  ter_chart_set_color (cr, &layout->style.surface, 1.0);
  cairo_fill_preserve (cr);
  border = layout->style.grid;
  border.alpha = MIN (1.0, border.alpha * 2);
  ter_chart_set_color (cr, &border, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  ter_chart_draw_text (cr, header, x + pad, y + pad, 0, 0, &layout->style.foreground);
  y += pad + hh;
  for (guint i = 0; i < rows->len; i++)
    {
      TipRow *row = &g_array_index (rows, TipRow, i);
      double nh, vh, rh, nx = x + pad;

      ter_chart_text_size (row->name, NULL, &nh);
      ter_chart_text_size (row->value, NULL, &vh);
      rh = MAX (nh, vh);
      y += row_gap;
      if (row->swatch)
        {
          cairo_arc (cr, nx + sw / 2, y + rh / 2, sw / 2, 0, 2 * G_PI);
          ter_chart_set_color (cr, &row->color, 1.0);
          cairo_fill (cr);
          nx += sw + 6 * s;
        }
      ter_chart_draw_text (cr, row->name, nx, y + rh / 2, 0, 0.5, &layout->style.foreground_dim);
      ter_chart_draw_text (cr, row->value, x + w - pad, y + rh / 2, 1.0, 0.5, &layout->style.foreground);
      y += rh;
    }
}
