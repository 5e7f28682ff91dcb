/* ter-dashboard-page.h: the sales dashboard: KPIs, trend with forecast,
 * breakdowns and rankings, with drill-down, export and presentation mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"
#include "ter-dashboard-charts.h"

G_BEGIN_DECLS

#define TER_TYPE_DASHBOARD_PAGE (ter_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (TerDashboardPage, ter_dashboard_page, TER, DASHBOARD_PAGE, GtkWidget)

void          ter_dashboard_page_set_context   (TerDashboardPage  *self,
                                                TerContext        *context);
/* TRUE once the figures for the current filters are shown. */
gboolean      ter_dashboard_page_is_loaded     (TerDashboardPage  *self);
/* The figures shown (NULL before the first load), for tests. */
TerDashboard *ter_dashboard_page_get_dashboard (TerDashboardPage  *self);
GtkWidget    *ter_dashboard_page_get_chart_view (TerDashboardPage *self,
                                                TerDashboardChart  chart);
/* The text of a KPI card's value, for tests. */
const char   *ter_dashboard_page_get_kpi_text  (TerDashboardPage  *self,
                                                TerDashboardKpi    kpi);
/* Steps back one level of the drill-down path; FALSE at the top. */
gboolean      ter_dashboard_page_step_back     (TerDashboardPage  *self);
/* Opens presentation mode; returns its window. */
GtkWindow    *ter_dashboard_page_present       (TerDashboardPage  *self);

G_END_DECLS
