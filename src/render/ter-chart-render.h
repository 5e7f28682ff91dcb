/* ter-chart-render.h - drawing charts on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "ter-chart.h"
#include "ter-chart-style.h"
#include "ter-chart-ticks.h"

G_BEGIN_DECLS

/**
 * TerChartRect:
 *
 * A rectangle in chart coordinates (cairo user units, origin top left).
 */
typedef struct {
  double x;
  double y;
  double width;
  double height;
} TerChartRect;

/**
 * TerChartHit:
 * @series: index of the series in the #TerChartData, or -1
 * @point: index of the point (category)
 * @value: the value of @series at @point (NaN if missing)
 * @label: (nullable): the category label, owned by the data
 * @series_name: (nullable): the series name, owned by the data
 * @x: anchor of the point in chart coordinates (line vertex, bar top,
 *   slice middle, cell centre), where a tooltip should point
 * @y: see @x
 *
 * What lies under a position, or where a point is.
 */
typedef struct {
  int         series;
  int         point;
  double      value;
  const char *label;
  const char *series_name;
  double      x;
  double      y;
} TerChartHit;

/**
 * TerChartFormat:
 * @TER_CHART_FORMAT_PNG: a PNG image, size in pixels
 * @TER_CHART_FORMAT_SVG: an SVG document, size in points
 * @TER_CHART_FORMAT_PDF: a one page PDF document, size in points
 */
typedef enum {
  TER_CHART_FORMAT_PNG,
  TER_CHART_FORMAT_SVG,
  TER_CHART_FORMAT_PDF,
} TerChartFormat;

#define TER_CHART_ERROR (ter_chart_error_quark ())

typedef enum {
  TER_CHART_ERROR_FAILED,
  TER_CHART_ERROR_INVALID_SIZE,
  TER_CHART_ERROR_WRITE,
} TerChartError;

GQuark    ter_chart_error_quark     (void);

void      ter_chart_render           (TerChart            *chart,
                                      cairo_t             *cr,
                                      double               width,
                                      double               height,
                                      const TerChartStyle *style);
void      ter_chart_render_highlight (TerChart            *chart,
                                      cairo_t             *cr,
                                      double               width,
                                      double               height,
                                      const TerChartStyle *style,
                                      int                  series,
                                      int                  point);
gboolean  ter_chart_hit_test         (TerChart            *chart,
                                      double               width,
                                      double               height,
                                      double               x,
                                      double               y,
                                      TerChartHit         *out);
gboolean  ter_chart_locate           (TerChart            *chart,
                                      double               width,
                                      double               height,
                                      int                  series,
                                      int                  point,
                                      TerChartHit         *out);
gboolean  ter_chart_get_plot_area    (TerChart            *chart,
                                      double               width,
                                      double               height,
                                      TerChartRect        *area);
gboolean  ter_chart_get_value_ticks  (TerChart            *chart,
                                      double               width,
                                      double               height,
                                      TerChartTicks       *ticks);
char     *ter_chart_describe         (TerChart            *chart);
gboolean  ter_chart_export           (TerChart            *chart,
                                      const char          *path,
                                      TerChartFormat       format,
                                      int                  width,
                                      int                  height,
                                      const TerChartStyle *style,
                                      GError             **error);

G_END_DECLS
