/* ter-chart-render.c - drawing, hit testing, describing and exporting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-render"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-chart-private.h"

G_DEFINE_QUARK (ter-chart-error-quark, ter_chart_error)

/**
 * ter_chart_render:
 * @chart: the chart
 * @cr: any cairo context: a widget snapshot, an image, PDF or SVG surface
 * @width: width of the chart in @cr user units
 * @height: height of the chart
 * @style: (nullable): colours and fonts, %NULL for the last used (light
 *   before any drawing)
 *
 * Draws @chart into the rectangle (0, 0, @width, @height) of @cr. Does
 * not paint a background unless @style->fill_background is set.
 */
void
ter_chart_render (TerChart            *chart,
                  cairo_t             *cr,
                  double               width,
                  double               height,
                  const TerChartStyle *style)
{
  TerChartLayout *layout;

  g_return_if_fail (TER_IS_CHART (chart));
  g_return_if_fail (cr != NULL);

  if (!(width > 0 && height > 0))
    return;

  layout = ter_chart_ensure_layout (chart, width, height, style);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, 1.0);
  layout->painter->draw (layout, cr);
  cairo_restore (cr);
}

static gboolean
fill_hit (TerChartLayout *layout,
          int             series,
          int             point,
          TerChartHit    *out)
{
  TerSeries *s = series >= 0 ? ter_chart_data_get_series (layout->data, series) : NULL;
  double x = 0, y = 0;

  if (point < 0 || (guint) point >= layout->n_points || (series >= 0 && s == NULL))
    return FALSE;
  if (!layout->painter->anchor (layout, series, point, &x, &y))
    return FALSE;

  if (out != NULL)
    {
      out->series = series;
      out->point = point;
      out->value = ter_chart_layout_value (layout, series, point);
      out->label = ter_chart_data_get_label (layout->data, point);
      out->series_name = s != NULL ? ter_series_get_name (s) : NULL;
      out->x = x;
      out->y = y;
    }

  return TRUE;
}

/**
 * ter_chart_render_highlight:
 * @series: series of the highlighted point, as found by hit testing
 * @point: the highlighted point
 *
 * Draws the hover decoration for one point on top of a rendered chart: a
 * crosshair and markers (lines), a band and outline (bars), a pulled out
 * slice (donut) or an outlined cell (heat table), and a tooltip bubble
 * with the values. Uses the same cached layout as ter_chart_render(), so
 * the series are not laid out or drawn again.
 */
void
ter_chart_render_highlight (TerChart            *chart,
                            cairo_t             *cr,
                            double               width,
                            double               height,
                            const TerChartStyle *style,
                            int                  series,
                            int                  point)
{
  TerChartLayout *layout;
  TerChartHit hit;

  g_return_if_fail (TER_IS_CHART (chart));
  g_return_if_fail (cr != NULL);

  if (!(width > 0 && height > 0))
    return;

  layout = ter_chart_ensure_layout (chart, width, height, style);
  if (series < 0 || !fill_hit (layout, series, point, &hit))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  layout->painter->highlight (layout, cr, series, point);
  cairo_new_path (cr);
  ter_chart_draw_tooltip (layout, cr, series, point, hit.x, hit.y);
  cairo_restore (cr);
}

/**
 * ter_chart_hit_test:
 * @x: position in chart coordinates
 * @y: see @x
 * @out: (out caller-allocates) (optional): what is at (@x, @y)
 *
 * Finds the point under (@x, @y) for a chart drawn at @width × @height,
 * with the layout of the last drawing: the nearest category on line
 * charts (and its nearest series), the bar, slice, row or cell under the
 * pointer on the others.
 *
 * Returns: %TRUE if something is there
 */
gboolean
ter_chart_hit_test (TerChart    *chart,
                    double       width,
                    double       height,
                    double       x,
                    double       y,
                    TerChartHit *out)
{
  TerChartLayout *layout;
  int series = -1, point = -1;

  g_return_val_if_fail (TER_IS_CHART (chart), FALSE);

  if (!(width > 0 && height > 0))
    return FALSE;

  layout = ter_chart_ensure_layout (chart, width, height, NULL);
  if (!layout->painter->pick (layout, x, y, &series, &point))
    return FALSE;

  return fill_hit (layout, series, point, out);
}

/**
 * ter_chart_locate:
 * @out: (out caller-allocates) (optional): the point's values and anchor
 *
 * Like ter_chart_hit_test() the other way round: where is @point of
 * @series? Used for keyboard navigation.
 *
 * Returns: %FALSE if there is no such point
 */
gboolean
ter_chart_locate (TerChart    *chart,
                  double       width,
                  double       height,
                  int          series,
                  int          point,
                  TerChartHit *out)
{
  TerChartLayout *layout;

  g_return_val_if_fail (TER_IS_CHART (chart), FALSE);

  if (!(width > 0 && height > 0) || series < 0)
    return FALSE;

  layout = ter_chart_ensure_layout (chart, width, height, NULL);

  return fill_hit (layout, series, point, out);
}

/**
 * ter_chart_get_plot_area:
 * @area: (out caller-allocates): the plot rectangle
 *
 * The rectangle the data is plotted in (inside the axes; the ring's
 * bounding box for donuts, the cell grid for heat tables).
 *
 * Returns: %FALSE if the size is empty
 */
gboolean
ter_chart_get_plot_area (TerChart     *chart,
                         double        width,
                         double        height,
                         TerChartRect *area)
{
  TerChartLayout *layout;

  g_return_val_if_fail (TER_IS_CHART (chart), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (!(width > 0 && height > 0))
    return FALSE;

  layout = ter_chart_ensure_layout (chart, width, height, NULL);
  *area = layout->plot;

  return TRUE;
}

/**
 * ter_chart_get_value_ticks:
 * @ticks: (out caller-allocates): the value axis ticks
 *
 * Returns: %FALSE if the chart kind has no value axis
 */
gboolean
ter_chart_get_value_ticks (TerChart      *chart,
                           double         width,
                           double         height,
                           TerChartTicks *ticks)
{
  TerChartLayout *layout;

  g_return_val_if_fail (TER_IS_CHART (chart), FALSE);
  g_return_val_if_fail (ticks != NULL, FALSE);

  if (!(width > 0 && height > 0))
    return FALSE;

  layout = ter_chart_ensure_layout (chart, width, height, NULL);
  if (!layout->has_axis)
    return FALSE;
  *ticks = layout->ticks;

  return TRUE;
}

/* Description */

static const char *
kind_name (TerChartKind kind)
{
  switch (kind)
    {
    case TER_CHART_LINE:
      return _("Line chart");
    case TER_CHART_AREA:
      return _("Area chart");
    case TER_CHART_BAR:
      return _("Bar chart");
    case TER_CHART_STACKED_BAR:
      return _("Stacked bar chart");
    case TER_CHART_HBAR:
      return _("Ranking bar chart");
    case TER_CHART_DONUT:
      return _("Donut chart");
    case TER_CHART_SPARKLINE:
      return _("Sparkline");
    case TER_CHART_HEAT:
      return _("Heat table");
    default:
      return _("Chart");
    }
}

static char *
describe_label (TerChartData *data,
                guint         point)
{
  const char *label = ter_chart_data_get_label (data, point);

  if (label != NULL && *label != '\0')
    return g_strdup (label);

  /* Translators: a point without a label, %u counts from 1 */
  return g_strdup_printf (_("point %u"), point + 1);
}

static void
describe_series (TerChart  *chart,
                 GString   *str,
                 TerSeries *series)
{
  TerChartData *data = ter_chart_get_data (chart);
  guint n = ter_series_get_n_values (series), count = 0, imin = 0, imax = 0;
  double lo = INFINITY, hi = -INFINITY;
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  g_autofree char *lo_label = NULL;
  g_autofree char *hi_label = NULL;

  for (guint i = 0; i < n; i++)
    {
      double v = ter_series_get_value (series, i);

      if (!isfinite (v))
        continue;
      count++;
      if (v < lo)
        {
          lo = v;
          imin = i;
        }
      if (v > hi)
        {
          hi = v;
          imax = i;
        }
    }

  if (count == 0)
    {
      g_string_append_printf (str, _("%s: no values."), ter_series_get_name (series));
      return;
    }

  lo_text = ter_chart_format_value (chart, lo);
  hi_text = ter_chart_format_value (chart, hi);
  lo_label = describe_label (data, imin);
  hi_label = describe_label (data, imax);

  if (count == 1)
    g_string_append_printf (str, _("%s: 1 point, %s in %s."), ter_series_get_name (series), hi_text, hi_label);
  else
    g_string_append_printf (str,
                            /* Translators: "Revenue: 12 points from 1.2 to 3.4; highest in March (3.4), lowest in January (1.2)." */
                            _("%s: %u points from %s to %s; highest in %s (%s), lowest in %s (%s)."),
                            ter_series_get_name (series), count, lo_text, hi_text,
                            hi_label, hi_text, lo_label, lo_text);
}

static void
describe_list (TerChart *chart,
               GString  *str,
               int       main_series,
               gboolean  with_share)
{
  TerChartData *data = ter_chart_get_data (chart);
  TerSeries *series = main_series >= 0 ? ter_chart_data_get_series (data, main_series) : NULL;
  guint n = ter_chart_data_get_n_points (data), listed = 0;
  double total = 0;

  if (series == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      double v = ter_series_get_value (series, i);

      if (isfinite (v) && v > 0)
        total += v;
    }

  if (with_share)
    {
      g_autofree char *total_text = ter_chart_format_value (chart, total);

      g_string_append_printf (str, _("%s, total %s: "), ter_series_get_name (series), total_text);
    }
  else
    g_string_append_printf (str, "%s: ", ter_series_get_name (series));

  for (guint i = 0; i < n; i++)
    {
      double v = ter_series_get_value (series, i);
      g_autofree char *label = describe_label (data, i);
      g_autofree char *text = NULL;

      if (!isfinite (v))
        continue;
      if (listed == 10)
        {
          g_string_append_printf (str, _(" and %u more"), n - i);
          break;
        }
      text = ter_chart_format_value (chart, v);
      if (listed > 0)
        g_string_append (str, _(", "));
      if (with_share)
        {
          g_autofree char *pct = ter_chart_format_percent (total > 0 ? MAX (v, 0) / total : 0);

          g_string_append_printf (str, "%s %s (%s)", label, text, pct);
        }
      else
        g_string_append_printf (str, "%s %s", label, text);
      listed++;
    }
  g_string_append (str, _("."));
}

static void
describe_heat (TerChart *chart,
               GString  *str)
{
  TerChartData *data = ter_chart_get_data (chart);
  guint rows = ter_chart_data_get_n_series (data), cols = ter_chart_data_get_n_points (data);
  double lo = INFINITY, hi = -INFINITY;
  guint lo_r = 0, lo_c = 0, hi_r = 0, hi_c = 0;
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  g_autofree char *lo_label = NULL;
  g_autofree char *hi_label = NULL;

  g_string_append_printf (str, _("%u rows by %u columns."), rows, cols);

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < cols; c++)
      {
        double v = ter_series_get_value (ter_chart_data_get_series (data, r), c);

        if (!isfinite (v))
          continue;
        if (v < lo)
          {
            lo = v;
            lo_r = r;
            lo_c = c;
          }
        if (v > hi)
          {
            hi = v;
            hi_r = r;
            hi_c = c;
          }
      }
  if (lo > hi)
    return;

  lo_text = ter_chart_format_value (chart, lo);
  hi_text = ter_chart_format_value (chart, hi);
  lo_label = describe_label (data, lo_c);
  hi_label = describe_label (data, hi_c);
  g_string_append_c (str, ' ');
  g_string_append_printf (str,
                          /* Translators: "Highest: East, March (3.4); lowest: South, May (1.2)." */
                          _("Highest: %s, %s (%s); lowest: %s, %s (%s)."),
                          ter_series_get_name (ter_chart_data_get_series (data, hi_r)), hi_label, hi_text,
                          ter_series_get_name (ter_chart_data_get_series (data, lo_r)), lo_label, lo_text);
}

/**
 * ter_chart_describe:
 *
 * A plain text summary for screen readers and reports, e.g. "Line chart
 * “Revenue”. Revenue: 12 points from 1.2 to 3.4; highest in March (3.4),
 * lowest in January (1.2)."
 *
 * Returns: (transfer full): the description
 */
char *
ter_chart_describe (TerChart *chart)
{
  TerChartData *data;
  GString *str;
  const char *title;
  guint n_series;
  int main_series = -1;
  TerChartKind kind;
  double target;

  g_return_val_if_fail (TER_IS_CHART (chart), NULL);

  data = ter_chart_get_data (chart);
  kind = ter_chart_get_kind (chart);
  title = ter_chart_get_title (chart);
  n_series = ter_chart_data_get_n_series (data);
  str = g_string_new (kind_name (kind));

  if (title != NULL)
    g_string_append_printf (str, _(" “%s”"), title);
  g_string_append (str, _("."));

  if (n_series == 0 || ter_chart_data_get_n_points (data) == 0)
    {
      g_string_append_c (str, ' ');
      g_string_append (str, _("No data."));
      return g_string_free (str, FALSE);
    }

  for (guint i = 0; i < n_series && main_series < 0; i++)
    if (ter_series_get_role (ter_chart_data_get_series (data, i)) == TER_SERIES_ROLE_DEFAULT)
      main_series = i;
  if (main_series < 0)
    main_series = 0;

  g_string_append_c (str, ' ');
  switch (kind)
    {
    case TER_CHART_DONUT:
      describe_list (chart, str, main_series, TRUE);
      break;

    case TER_CHART_HBAR:
      describe_list (chart, str, main_series, FALSE);
      break;

    case TER_CHART_HEAT:
      describe_heat (chart, str);
      break;

    case TER_CHART_SPARKLINE:
      describe_series (chart, str, ter_chart_data_get_series (data, main_series));
      break;

    case TER_CHART_LINE:
    case TER_CHART_AREA:
    case TER_CHART_BAR:
    case TER_CHART_STACKED_BAR:
    default:
      for (guint i = 0, done = 0; i < n_series; i++)
        {
          TerSeries *series = ter_chart_data_get_series (data, i);

          if (ter_series_get_role (series) == TER_SERIES_ROLE_BAND_LOWER ||
              ter_series_get_role (series) == TER_SERIES_ROLE_BAND_UPPER)
            continue;
          if (done++ > 0)
            g_string_append_c (str, ' ');
          describe_series (chart, str, series);
        }
      break;
    }

  target = ter_chart_get_target (chart);
  if (isfinite (target) && kind != TER_CHART_DONUT && kind != TER_CHART_HEAT && kind != TER_CHART_SPARKLINE)
    {
      g_autofree char *text = ter_chart_format_value (chart, target);

      g_string_append_c (str, ' ');
      g_string_append_printf (str, _("Target: %s."), text);
    }

  return g_string_free (str, FALSE);
}

/* Export */

/**
 * ter_chart_export:
 * @path: file to write
 * @format: PNG (size in pixels), SVG or PDF (size in points)
 * @style: (nullable): colours and fonts, %NULL for the light style; the
 *   background is always painted
 * @error: return location for a #TerChartError
 *
 * Writes the chart to a file with cairo's image, SVG or PDF surface.
 * Does not disturb the layout used for hit testing.
 *
 * Returns: %TRUE on success
 */
gboolean
ter_chart_export (TerChart             *chart,
                  const char           *path,
                  TerChartFormat        format,
                  int                   width,
                  int                   height,
                  const TerChartStyle  *style,
                  GError              **error)
{
  TerChartStyle export_style;
  TerChartStyle saved;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (TER_IS_CHART (chart), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width <= 0 || height <= 0 || width > 32767 || height > 32767)
    {
      g_set_error (error, TER_CHART_ERROR, TER_CHART_ERROR_INVALID_SIZE,
                   _("Cannot export a chart of %d × %d"), width, height);
      return FALSE;
    }

  if (style != NULL)
    export_style = *style;
  else
    ter_chart_style_init_light (&export_style);
  export_style.fill_background = TRUE;

  switch (format)
    {
    case TER_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    case TER_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create (path, width, height);
      break;
    case TER_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      break;
    default:
      g_set_error (error, TER_CHART_ERROR, TER_CHART_ERROR_FAILED, _("Unknown export format"));
      return FALSE;
    }

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      saved = *ter_chart_get_last_style (chart);
      cr = cairo_create (surface);
      ter_chart_render (chart, cr, width, height, &export_style);
      status = cairo_status (cr);
      cairo_destroy (cr);
      ter_chart_set_last_style (chart, &saved);
    }

  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (format == TER_CHART_FORMAT_PNG)
        status = cairo_surface_write_to_png (surface, path);
      else
        {
          cairo_surface_finish (surface);
          status = cairo_surface_status (surface);
        }
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TER_CHART_ERROR,
                   status == CAIRO_STATUS_WRITE_ERROR || status == CAIRO_STATUS_FILE_NOT_FOUND
                     ? TER_CHART_ERROR_WRITE : TER_CHART_ERROR_FAILED,
                   _("Could not export chart to “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
