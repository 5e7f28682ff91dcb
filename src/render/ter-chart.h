/* ter-chart.h - description of one chart: kind, data, options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ter-chart-data.h"
#include "ter-chart-format.h"

G_BEGIN_DECLS

/**
 * TerChartKind:
 * @TER_CHART_LINE: lines over time or categories; understands comparison,
 *   target, forecast and band series
 * @TER_CHART_AREA: like @TER_CHART_LINE with a filled area under each line
 * @TER_CHART_BAR: vertical bars, grouped side by side for several series
 * @TER_CHART_STACKED_BAR: vertical bars stacked per category
 * @TER_CHART_HBAR: horizontal ranking bars, labels left, values at the end
 * @TER_CHART_DONUT: share of each category in the first series, with
 *   percentages and the total in the middle
 * @TER_CHART_SPARKLINE: a tiny line without axes, labels or legend
 * @TER_CHART_HEAT: a table of series (rows) × categories (columns), cells
 *   coloured by value with the numbers written in them
 */
typedef enum {
  TER_CHART_LINE,
  TER_CHART_AREA,
  TER_CHART_BAR,
  TER_CHART_STACKED_BAR,
  TER_CHART_HBAR,
  TER_CHART_DONUT,
  TER_CHART_SPARKLINE,
  TER_CHART_HEAT,
} TerChartKind;

GType ter_chart_kind_get_type (void) G_GNUC_CONST;
#define TER_TYPE_CHART_KIND (ter_chart_kind_get_type ())

/**
 * TerChartScale:
 * @TER_CHART_SCALE_SEQUENTIAL: low to high, one hue
 * @TER_CHART_SCALE_DIVERGING: around #TerChart:color-center (growth, variance)
 *
 * The colour scale of heat tables.
 */
typedef enum {
  TER_CHART_SCALE_SEQUENTIAL,
  TER_CHART_SCALE_DIVERGING,
} TerChartScale;

GType ter_chart_scale_get_type (void) G_GNUC_CONST;
#define TER_TYPE_CHART_SCALE (ter_chart_scale_get_type ())

#define TER_TYPE_CHART (ter_chart_get_type ())

G_DECLARE_FINAL_TYPE (TerChart, ter_chart, TER, CHART, GObject)

TerChart      *ter_chart_new              (TerChartKind        kind);
TerChartKind   ter_chart_get_kind         (TerChart           *self);
void           ter_chart_set_kind         (TerChart           *self,
                                           TerChartKind        kind);
TerChartData  *ter_chart_get_data         (TerChart           *self);
void           ter_chart_set_data         (TerChart           *self,
                                           TerChartData       *data);
const char    *ter_chart_get_title        (TerChart           *self);
void           ter_chart_set_title        (TerChart           *self,
                                           const char         *title);
gboolean       ter_chart_get_show_legend  (TerChart           *self);
void           ter_chart_set_show_legend  (TerChart           *self,
                                           gboolean            show_legend);
gboolean       ter_chart_get_show_values  (TerChart           *self);
void           ter_chart_set_show_values  (TerChart           *self,
                                           gboolean            show_values);
gboolean       ter_chart_get_include_zero (TerChart           *self);
void           ter_chart_set_include_zero (TerChart           *self,
                                           gboolean            include_zero);
double         ter_chart_get_target       (TerChart           *self);
const char    *ter_chart_get_target_label (TerChart           *self);
void           ter_chart_set_target       (TerChart           *self,
                                           double              target,
                                           const char         *label);
void           ter_chart_clear_target     (TerChart           *self);
TerChartScale  ter_chart_get_color_scale  (TerChart           *self);
void           ter_chart_set_color_scale  (TerChart           *self,
                                           TerChartScale       scale);
double         ter_chart_get_color_center (TerChart           *self);
void           ter_chart_set_color_center (TerChart           *self,
                                           double              center);
const char    *ter_chart_get_center_label (TerChart           *self);
void           ter_chart_set_center_label (TerChart           *self,
                                           const char         *label);
void           ter_chart_set_formatter    (TerChart           *self,
                                           TerChartFormatFunc  func,
                                           gpointer            user_data,
                                           GDestroyNotify      destroy);
char          *ter_chart_format_value     (TerChart           *self,
                                           double              value);
void           ter_chart_invalidate       (TerChart           *self);

G_END_DECLS
