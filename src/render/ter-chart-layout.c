/* ter-chart-layout.c - placing titles, legends and axes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-layout"

#include <math.h>

#include "ter-chart-private.h"

#define SQRT1_2 0.70710678118654752440

static const TerChartPainter *
painter_for_kind (TerChartKind kind)
{
  switch (kind)
    {
    case TER_CHART_LINE:
    case TER_CHART_AREA:
      return &ter_chart_line_painter;
    case TER_CHART_SPARKLINE:
      return &ter_chart_spark_painter;
    case TER_CHART_BAR:
    case TER_CHART_STACKED_BAR:
      return &ter_chart_bar_painter;
    case TER_CHART_HBAR:
      return &ter_chart_hbar_painter;
    case TER_CHART_DONUT:
      return &ter_chart_donut_painter;
    case TER_CHART_HEAT:
      return &ter_chart_heat_painter;
    default:
      return &ter_chart_line_painter;
    }
}

static PangoContext *
create_pango_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: text measures the same on screen, PNG, PDF and SVG,
   * so one layout serves every target. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_get_default ());
  cairo_font_options_destroy (options);

  return context;
}

static void
assign_colors (TerChartLayout *layout)
{
  const TerChartStyle *style = &layout->style;
  TerChartColor last_default = style->palette[0];
  guint next_auto = 0;

  layout->colors = g_new0 (TerChartColor, MAX (layout->n_series, 1));

  for (guint i = 0; i < layout->n_series; i++)
    {
      TerSeries *series = ter_chart_data_get_series (layout->data, i);
      int index = ter_series_get_color_index (series);
      TerChartColor *color = &layout->colors[i];

      switch (ter_series_get_role (series))
        {
        case TER_SERIES_ROLE_DEFAULT:
          ter_chart_style_get_palette_color (style, index >= 0 ? (guint) index : next_auto++, color);
          last_default = *color;
          break;
        case TER_SERIES_ROLE_COMPARISON:
          if (index >= 0)
            ter_chart_style_get_palette_color (style, index, color);
          else
            *color = style->comparison;
          break;
        case TER_SERIES_ROLE_TARGET:
          if (index >= 0)
            ter_chart_style_get_palette_color (style, index, color);
          else
            *color = style->target;
          break;
        case TER_SERIES_ROLE_FORECAST:
        case TER_SERIES_ROLE_BAND_LOWER:
        case TER_SERIES_ROLE_BAND_UPPER:
        default:
          if (index >= 0)
            ter_chart_style_get_palette_color (style, index, color);
          else
            *color = last_default;
          break;
        }
    }
}

static TerSwatch
swatch_for_series (TerChartLayout *layout,
                   TerSeries      *series)
{
  gboolean bars = layout->kind == TER_CHART_BAR || layout->kind == TER_CHART_STACKED_BAR;

  switch (ter_series_get_role (series))
    {
    case TER_SERIES_ROLE_TARGET:
      return TER_SWATCH_DASH;
    case TER_SERIES_ROLE_COMPARISON:
    case TER_SERIES_ROLE_FORECAST:
      return bars ? TER_SWATCH_BOX : TER_SWATCH_DASH;
    case TER_SERIES_ROLE_BAND_UPPER:
    case TER_SERIES_ROLE_BAND_LOWER:
      return TER_SWATCH_BAND;
    case TER_SERIES_ROLE_DEFAULT:
    default:
      return bars ? TER_SWATCH_BOX : TER_SWATCH_LINE;
    }
}

static void
build_legend (TerChartLayout *layout)
{
  TerChartRect *content = &layout->content;
  double s = layout->s;
  double x = content->x;
  double y = content->y;
  double row_h = 0;
  guint n_items = 0;
  gboolean bars = layout->kind == TER_CHART_BAR || layout->kind == TER_CHART_STACKED_BAR;

  for (guint i = 0; i < layout->n_series; i++)
    {
      TerSeries *series = ter_chart_data_get_series (layout->data, i);
      TerSeriesRole role = ter_series_get_role (series);

      if (role == TER_SERIES_ROLE_BAND_LOWER || (bars && role == TER_SERIES_ROLE_BAND_UPPER))
        continue;
      n_items++;
    }
  if (n_items < 2)
    return;

  for (guint i = 0; i < layout->n_series; i++)
    {
      TerSeries *series = ter_chart_data_get_series (layout->data, i);
      TerSeriesRole role = ter_series_get_role (series);
      TerLegendItem item = { 0 };
      double tw, th, sw;

      if (role == TER_SERIES_ROLE_BAND_LOWER || (bars && role == TER_SERIES_ROLE_BAND_UPPER))
        continue;

      item.text = ter_chart_layout_text (layout, TER_TEXT_LABEL, ter_series_get_name (series));
      item.color = layout->colors[i];
      item.swatch = swatch_for_series (layout, series);
      ter_chart_text_size (item.text, &tw, &th);
      sw = item.swatch == TER_SWATCH_BOX ? 10 * s : 18 * s;
      item.width = sw + 6 * s + tw;
      item.height = th;

      if (x > content->x && x + item.width > content->x + content->width)
        {
          x = content->x;
          y += row_h + 4 * s;
          row_h = 0;
        }
      item.x = x;
      item.y = y;
      x += item.width + 18 * s;
      row_h = MAX (row_h, th);

      g_array_append_val (layout->legend, item);
    }

  y += row_h + 10 * s;
  content->height -= y - content->y;
  content->y = y;
}

static void
clear_legend_item (gpointer data)
{
  TerLegendItem *item = data;

  g_clear_object (&item->text);
}

TerChartLayout *
ter_chart_layout_new (TerChart            *chart,
                      double               width,
                      double               height,
                      const TerChartStyle *style)
{
  TerChartLayout *layout = g_new0 (TerChartLayout, 1);
  const char *title;

  layout->chart = chart;
  layout->data = ter_chart_data_ref (ter_chart_get_data (chart));
  layout->kind = ter_chart_get_kind (chart);
  layout->painter = painter_for_kind (layout->kind);
  layout->style = *style;
  layout->width = MAX (width, 1.0);
  layout->height = MAX (height, 1.0);
  layout->s = style->scale > 0 ? style->scale : 1.0;
  layout->pad = (layout->kind == TER_CHART_SPARKLINE ? 2.0 : 12.0) * layout->s;
  layout->pango = create_pango_context ();
  layout->n_points = ter_chart_data_get_n_points (layout->data);
  layout->n_series = ter_chart_data_get_n_series (layout->data);
  layout->legend = g_array_new (FALSE, TRUE, sizeof (TerLegendItem));
  g_array_set_clear_func (layout->legend, clear_legend_item);
  layout->main_series = ter_chart_layout_first_series (layout);
  layout->label_step = 1;

  assign_colors (layout);

  layout->content.x = layout->pad;
  layout->content.y = layout->pad;
  layout->content.width = MAX (layout->width - 2 * layout->pad, 1.0);
  layout->content.height = MAX (layout->height - 2 * layout->pad, 1.0);

  title = ter_chart_get_title (chart);
  if (title != NULL && layout->kind != TER_CHART_SPARKLINE)
    {
      double tw, th;

      layout->title = ter_chart_layout_text (layout, TER_TEXT_TITLE, title);
      pango_layout_set_width (layout->title, (int) (layout->content.width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout->title, PANGO_ELLIPSIZE_END);
      ter_chart_text_size (layout->title, &tw, &th);
      layout->content.y += th + 10 * layout->s;
      layout->content.height -= th + 10 * layout->s;
    }

  if (ter_chart_get_show_legend (chart) &&
      (layout->kind == TER_CHART_LINE || layout->kind == TER_CHART_AREA ||
       layout->kind == TER_CHART_BAR || layout->kind == TER_CHART_STACKED_BAR))
    build_legend (layout);

  if (isfinite (ter_chart_get_target (chart)) && layout->kind != TER_CHART_SPARKLINE)
    {
      const char *caption = ter_chart_get_target_label (chart);
      g_autofree char *value = ter_chart_format_value (chart, ter_chart_get_target (chart));
      g_autofree char *text = caption != NULL ? g_strdup_printf ("%s %s", caption, value) : g_strdup (value);

      layout->target_label = ter_chart_layout_text (layout, TER_TEXT_SMALL, text);
    }

  layout->content.height = MAX (layout->content.height, 1.0);
  layout->plot = layout->content;
  layout->painter->layout (layout);

  return layout;
}

void
ter_chart_layout_free (TerChartLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->data, ter_chart_data_unref);
  g_clear_object (&layout->pango);
  g_clear_pointer (&layout->colors, g_free);
  g_clear_object (&layout->title);
  g_clear_pointer (&layout->legend, g_array_unref);
  g_clear_pointer (&layout->tick_labels, g_ptr_array_unref);
  g_clear_object (&layout->target_label);
  g_clear_pointer (&layout->pos, g_free);
  g_clear_pointer (&layout->cat_labels, g_ptr_array_unref);
  g_clear_pointer (&layout->slot, g_free);
  g_clear_pointer (&layout->value_labels, g_ptr_array_unref);
  g_clear_pointer (&layout->angles, g_free);
  g_clear_object (&layout->center_value);
  g_clear_object (&layout->center_caption);
  g_clear_pointer (&layout->slice_labels, g_ptr_array_unref);
  g_clear_pointer (&layout->row_labels, g_ptr_array_unref);
  g_clear_pointer (&layout->cell_labels, g_ptr_array_unref);
  g_clear_object (&layout->scale_min_label);
  g_clear_object (&layout->scale_max_label);
  g_free (layout);
}

/**
 * ter_chart_layout_text:
 *
 * Returns: (transfer full): a layout for @text in the style's font
 */
PangoLayout *
ter_chart_layout_text (TerChartLayout *layout,
                       TerTextKind     kind,
                       const char     *text)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (layout->style.font_family);
  PangoLayout *pl = pango_layout_new (layout->pango);
  double size = (layout->style.font_size > 0 ? layout->style.font_size : 12.0) * layout->s;

  /* "Family, Family 12" parses the trailing number as a size; we set it. */
  pango_font_description_unset_fields (desc, PANGO_FONT_MASK_SIZE);

  switch (kind)
    {
    case TER_TEXT_SMALL:
      size *= 0.9;
      break;
    case TER_TEXT_STRONG:
      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      break;
    case TER_TEXT_TITLE:
      size *= 1.25;
      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      break;
    case TER_TEXT_HUGE:
      size *= 1.9;
      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      break;
    case TER_TEXT_LABEL:
    default:
      break;
    }

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_layout_set_font_description (pl, desc);
  pango_layout_set_single_paragraph_mode (pl, TRUE);
  pango_layout_set_text (pl, text != NULL ? text : "", -1);

  return pl;
}

PangoLayout *
ter_chart_layout_value_text (TerChartLayout *layout,
                             TerTextKind     kind,
                             double          value)
{
  g_autofree char *text = ter_chart_format_value (layout->chart, value);

  return ter_chart_layout_text (layout, kind, text);
}

void
ter_chart_text_size (PangoLayout *text,
                     double      *width,
                     double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (text, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
ter_chart_layout_value_y (TerChartLayout *layout,
                          double          value)
{
  double span = layout->vmax - layout->vmin;

  if (span <= 0)
    return layout->plot.y + layout->plot.height;

  return layout->plot.y + layout->plot.height * (layout->vmax - value) / span;
}

double
ter_chart_layout_value_x (TerChartLayout *layout,
                          double          value)
{
  double span = layout->vmax - layout->vmin;

  if (span <= 0)
    return layout->plot.x;

  return layout->plot.x + layout->plot.width * (value - layout->vmin) / span;
}

double
ter_chart_layout_value (TerChartLayout *layout,
                        int             series,
                        int             point)
{
  TerSeries *s;

  if (series < 0 || point < 0)
    return NAN;

  s = ter_chart_data_get_series (layout->data, series);
  if (s == NULL)
    return NAN;

  return ter_series_get_value (s, point);
}

gboolean
ter_chart_series_is_band (TerChartLayout *layout,
                          guint           series)
{
  TerSeries *s = ter_chart_data_get_series (layout->data, series);
  TerSeriesRole role;

  if (s == NULL)
    return FALSE;

  role = ter_series_get_role (s);

  return role == TER_SERIES_ROLE_BAND_LOWER || role == TER_SERIES_ROLE_BAND_UPPER;
}

/* The series shown by single-series kinds: the first default one. */
int
ter_chart_layout_first_series (TerChartLayout *layout)
{
  guint n = ter_chart_data_get_n_series (layout->data);

  for (guint i = 0; i < n; i++)
    if (ter_series_get_role (ter_chart_data_get_series (layout->data, i)) == TER_SERIES_ROLE_DEFAULT)
      return i;

  return n > 0 ? 0 : -1;
}

static void
build_category_labels (TerChartLayout *layout,
                       double         *max_width,
                       double         *label_height)
{
  PangoLayout *probe = ter_chart_layout_text (layout, TER_TEXT_LABEL, "0");
  guint n_labels = ter_chart_data_get_n_labels (layout->data);

  ter_chart_text_size (probe, NULL, label_height);
  g_object_unref (probe);

  *max_width = 0;
  layout->cat_labels = g_ptr_array_new_with_free_func (g_object_unref);
  if (n_labels == 0)
    return;

  for (guint i = 0; i < layout->n_points; i++)
    {
      const char *label = ter_chart_data_get_label (layout->data, i);
      PangoLayout *pl = ter_chart_layout_text (layout, TER_TEXT_LABEL, label != NULL ? label : "");
      double w;

      ter_chart_text_size (pl, &w, NULL);
      *max_width = MAX (*max_width, w);
      g_ptr_array_add (layout->cat_labels, pl);
    }
}

static void
build_tick_labels (TerChartLayout *layout,
                   double         *max_width)
{
  g_clear_pointer (&layout->tick_labels, g_ptr_array_unref);
  layout->tick_labels = g_ptr_array_new_with_free_func (g_object_unref);
  *max_width = 0;

  for (guint i = 0; i < layout->ticks.n_ticks; i++)
    {
      PangoLayout *pl = ter_chart_layout_value_text (layout, TER_TEXT_LABEL, ter_chart_ticks_get (&layout->ticks, i));
      double w;

      ter_chart_text_size (pl, &w, NULL);
      *max_width = MAX (*max_width, w);
      g_ptr_array_add (layout->tick_labels, pl);
    }
}

/**
 * ter_chart_layout_cartesian:
 * @min: smallest value to show (data, bands, target)
 * @max: largest value to show
 * @flags: tick flags (include zero for bars)
 * @proportional_x: space points by their x (line charts with x data)
 * @may_rotate: crowded labels may be turned 45° (bars) rather than only
 *   thinned out (time axes)
 * @top_room: extra room above the plot (value labels on bars)
 *
 * Lays out a value axis on the left and a category axis at the bottom in
 * ->content: ticks, tick labels, category labels (all, every n-th, or
 * rotated), ->plot, ->band and ->pos.
 */
void
ter_chart_layout_cartesian (TerChartLayout     *layout,
                            double              min,
                            double              max,
                            TerChartTicksFlags  flags,
                            gboolean            proportional_x,
                            gboolean            may_rotate,
                            double              top_room)
{
  TerChartRect area = layout->content;
  double s = layout->s;
  double max_label_w, label_h, tick_w = 0;
  double bottom, left = 0, plot_w = area.width, plot_h = area.height;
  guint n = MAX (layout->n_points, 1);
  gboolean has_labels;

  build_category_labels (layout, &max_label_w, &label_h);
  has_labels = layout->cat_labels->len > 0;
  bottom = has_labels ? label_h + 6 * s : 0;

  for (guint pass = 0; pass < 3; pass++)
    {
      guint target;
      double need;

      plot_h = MAX (area.height - top_room - bottom - label_h / 2, 1.0);
      target = (guint) CLAMP (plot_h / (46 * s) + 1, 2, 9);
      ter_chart_ticks_compute (&layout->ticks, min, max, target, flags);
      build_tick_labels (layout, &tick_w);
      left = tick_w + 8 * s;
      plot_w = MAX (area.width - left - 2 * s, 1.0);
      layout->band = plot_w / n;

      if (!has_labels)
        break;

      need = max_label_w + 6 * s;
      if (need <= layout->band)
        {
          layout->label_rotated = FALSE;
          layout->label_step = 1;
          bottom = label_h + 6 * s;
        }
      else if (may_rotate && n <= 60)
        {
          double capped = MIN (max_label_w, layout->style.font_size * s * 8);
          double reach;

          layout->label_rotated = TRUE;
          layout->label_step = (guint) ceil ((label_h / SQRT1_2 + 2 * s) / layout->band);
          bottom = 4 * s + SQRT1_2 * (capped + label_h);

          /* The first label leans left: keep it on the canvas. */
          reach = SQRT1_2 * capped + 0.36 * label_h - (area.x + left + layout->band / 2);
          if (reach > 0)
            {
              left += reach;
              plot_w = MAX (area.width - left - 2 * s, 1.0);
              layout->band = plot_w / n;
            }
        }
      else
        {
          layout->label_rotated = FALSE;
          layout->label_step = (guint) ceil (need / layout->band);
          bottom = label_h + 6 * s;
        }
    }

  if (layout->label_rotated)
    {
      double capped = MIN (max_label_w, layout->style.font_size * s * 8);

      for (guint i = 0; i < layout->cat_labels->len; i++)
        {
          PangoLayout *pl = g_ptr_array_index (layout->cat_labels, i);

          pango_layout_set_width (pl, (int) (capped * PANGO_SCALE));
          pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
        }
    }

  layout->has_axis = TRUE;
  layout->vmin = layout->ticks.min;
  layout->vmax = layout->ticks.max;
  layout->plot.x = area.x + left;
  layout->plot.y = area.y + top_room + label_h / 2;
  layout->plot.width = plot_w;
  layout->plot.height = plot_h;

  layout->pos = g_new0 (double, n);
  if (proportional_x && ter_chart_data_has_x (layout->data) && layout->n_points > 1)
    {
      gint64 x0 = ter_chart_data_get_x (layout->data, 0);
      gint64 x1 = ter_chart_data_get_x (layout->data, layout->n_points - 1);
      double inset = layout->band / 2;

      for (guint i = 0; i < layout->n_points; i++)
        {
          double t = x1 != x0 ? (double) (ter_chart_data_get_x (layout->data, i) - x0) / (double) (x1 - x0) : 0.5;

          layout->pos[i] = layout->plot.x + inset + t * (plot_w - 2 * inset);
        }
    }
  else
    {
      for (guint i = 0; i < n; i++)
        layout->pos[i] = layout->plot.x + (i + 0.5) * layout->band;
    }
}

/**
 * ter_chart_layout_nearest_point:
 * @along: a coordinate on the category axis
 *
 * Returns: the point whose ->pos is nearest to @along, or -1 without points
 */
int
ter_chart_layout_nearest_point (TerChartLayout *layout,
                                double          along)
{
  int best = -1;
  double best_d = INFINITY;

  if (layout->pos == NULL || layout->n_points == 0)
    return -1;

  for (guint i = 0; i < layout->n_points; i++)
    {
      double d = fabs (layout->pos[i] - along);

      if (d < best_d)
        {
          best_d = d;
          best = i;
        }
    }

  return best;
}
