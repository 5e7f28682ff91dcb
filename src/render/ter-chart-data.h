/* ter-chart-data.h - plain data behind a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TerSeriesRole:
 * @TER_SERIES_ROLE_DEFAULT: an ordinary series, coloured from the palette
 * @TER_SERIES_ROLE_COMPARISON: a comparison series (e.g. last year), drawn
 *   dashed and muted in line charts, muted in bar charts
 * @TER_SERIES_ROLE_TARGET: a target per category: a dashed line in line
 *   charts, a marker across the bar in bar charts
 * @TER_SERIES_ROLE_FORECAST: a forecast, drawn dashed in the colour of the
 *   preceding default series; use NaN for the points it does not cover
 * @TER_SERIES_ROLE_BAND_LOWER: lower bound of a shaded band (forecast range)
 * @TER_SERIES_ROLE_BAND_UPPER: upper bound of a shaded band; the band is the
 *   area between the closest preceding lower bound and this series
 *
 * How a series takes part in a chart.
 */
typedef enum {
  TER_SERIES_ROLE_DEFAULT,
  TER_SERIES_ROLE_COMPARISON,
  TER_SERIES_ROLE_TARGET,
  TER_SERIES_ROLE_FORECAST,
  TER_SERIES_ROLE_BAND_LOWER,
  TER_SERIES_ROLE_BAND_UPPER,
} TerSeriesRole;

GType ter_series_role_get_type (void) G_GNUC_CONST;
#define TER_TYPE_SERIES_ROLE (ter_series_role_get_type ())

/**
 * TerSeries:
 *
 * A named, reference counted array of doubles. Money is passed in major
 * units (the app converts its integer minor units). NaN marks a missing
 * value; missing values leave gaps in lines and empty cells in tables.
 */
typedef struct _TerSeries TerSeries;

#define TER_TYPE_SERIES (ter_series_get_type ())

GType          ter_series_get_type         (void) G_GNUC_CONST;
TerSeries     *ter_series_new              (const char    *name,
                                            TerSeriesRole  role);
TerSeries     *ter_series_new_with_values  (const char    *name,
                                            TerSeriesRole  role,
                                            const double  *values,
                                            guint          n_values);
TerSeries     *ter_series_ref              (TerSeries     *self);
void           ter_series_unref            (TerSeries     *self);
const char    *ter_series_get_name         (TerSeries     *self);
void           ter_series_set_name         (TerSeries     *self,
                                            const char    *name);
TerSeriesRole  ter_series_get_role         (TerSeries     *self);
int            ter_series_get_color_index  (TerSeries     *self);
void           ter_series_set_color_index  (TerSeries     *self,
                                            int            color_index);
void           ter_series_append           (TerSeries     *self,
                                            double         value);
void           ter_series_set_values       (TerSeries     *self,
                                            const double  *values,
                                            guint          n_values);
guint          ter_series_get_n_values     (TerSeries     *self);
double         ter_series_get_value        (TerSeries     *self,
                                            guint          index);
const double  *ter_series_get_values       (TerSeries     *self,
                                            guint         *n_values);
gboolean       ter_series_get_range        (TerSeries     *self,
                                            double        *min,
                                            double        *max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerSeries, ter_series_unref)

/**
 * TerChartData:
 *
 * A reference counted container: the series of a chart plus the category
 * axis they share. Every series is indexed by the same point index; the
 * point index maps to an optional label ("3月", "华东") and an optional
 * integer x (a day number, a month index...) which spaces the points of
 * line charts proportionally.
 *
 * Treat the data as immutable once given to a #TerChart, or call
 * ter_chart_invalidate() after changing it.
 */
typedef struct _TerChartData TerChartData;

#define TER_TYPE_CHART_DATA (ter_chart_data_get_type ())

GType          ter_chart_data_get_type        (void) G_GNUC_CONST;
TerChartData  *ter_chart_data_new             (void);
TerChartData  *ter_chart_data_ref             (TerChartData       *self);
void           ter_chart_data_unref           (TerChartData       *self);
void           ter_chart_data_set_labels      (TerChartData       *self,
                                               const char * const *labels,
                                               int                 n_labels);
void           ter_chart_data_append_label    (TerChartData       *self,
                                               const char         *label);
guint          ter_chart_data_get_n_labels    (TerChartData       *self);
const char    *ter_chart_data_get_label       (TerChartData       *self,
                                               guint               index);
void           ter_chart_data_set_x           (TerChartData       *self,
                                               const gint64       *x,
                                               guint               n_x);
gboolean       ter_chart_data_has_x           (TerChartData       *self);
gint64         ter_chart_data_get_x           (TerChartData       *self,
                                               guint               index);
void           ter_chart_data_add_series      (TerChartData       *self,
                                               TerSeries          *series);
TerSeries     *ter_chart_data_add_values      (TerChartData       *self,
                                               const char         *name,
                                               TerSeriesRole       role,
                                               const double       *values,
                                               guint               n_values);
guint          ter_chart_data_get_n_series    (TerChartData       *self);
TerSeries     *ter_chart_data_get_series      (TerChartData       *self,
                                               guint               index);
guint          ter_chart_data_get_n_points    (TerChartData       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerChartData, ter_chart_data_unref)

G_END_DECLS
