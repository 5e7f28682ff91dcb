/* ter-chart-view.h - a widget showing a TerChart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ter-render.h"

G_BEGIN_DECLS

#define TER_TYPE_CHART_VIEW (ter_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (TerChartView, ter_chart_view, TER, CHART_VIEW, GtkWidget)

GtkWidget           *ter_chart_view_new                (TerChart     *chart);
TerChart            *ter_chart_view_get_chart          (TerChartView *self);
void                 ter_chart_view_set_chart          (TerChartView *self,
                                                        TerChart     *chart);
double               ter_chart_view_get_scale          (TerChartView *self);
void                 ter_chart_view_set_scale          (TerChartView *self,
                                                        double        scale);
gboolean             ter_chart_view_get_dark           (TerChartView *self);
const TerChartStyle *ter_chart_view_get_style          (TerChartView *self);
gboolean             ter_chart_view_get_highlight      (TerChartView *self,
                                                        int          *series,
                                                        int          *point);
void                 ter_chart_view_set_highlight      (TerChartView *self,
                                                        int           series,
                                                        int           point);
void                 ter_chart_view_move_highlight     (TerChartView *self,
                                                        int           dx,
                                                        int           dy);
gboolean             ter_chart_view_activate_highlight (TerChartView *self);

G_END_DECLS
