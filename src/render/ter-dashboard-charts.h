/* ter-dashboard-charts.h: the dashboard's figures as charts and KPIs,
 * shared by the Dashboard page and `territory-cli chart` so that an
 * exported chart is the one on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-chart.h"
#include "ter-chart-render.h"
#include "ter-dashboard.h"

G_BEGIN_DECLS

typedef enum {
  TER_DASHBOARD_CHART_TREND,
  TER_DASHBOARD_CHART_CHANNELS,
  TER_DASHBOARD_CHART_CATEGORIES,
  TER_DASHBOARD_CHART_CUSTOMERS,
  TER_DASHBOARD_CHART_DISTRIBUTORS,
  TER_DASHBOARD_CHART_REPS,
  TER_DASHBOARD_CHART_HEAT,
  TER_DASHBOARD_N_CHARTS
} TerDashboardChart;

typedef enum {
  TER_DASHBOARD_KPI_REVENUE,
  TER_DASHBOARD_KPI_ATTAINMENT,
  TER_DASHBOARD_KPI_GROWTH,
  TER_DASHBOARD_KPI_ORDERS,
  TER_DASHBOARD_KPI_AVERAGE_ORDER,
  TER_DASHBOARD_KPI_NEW_CUSTOMERS,
  TER_DASHBOARD_KPI_RETURN_RATE,
  TER_DASHBOARD_KPI_MARGIN,
  TER_DASHBOARD_N_KPIS
} TerDashboardKpi;

/* "trend", "channels", … for the command line and file names. */
const char *ter_dashboard_chart_key        (TerDashboardChart   chart);
gboolean    ter_dashboard_chart_from_key   (const char         *key,
                                            TerDashboardChart  *chart);
/* Translated titles. */
const char *ter_dashboard_chart_title      (TerDashboardChart   chart);
const char *ter_dashboard_kpi_title        (TerDashboardKpi     kpi);

TerChart   *ter_dashboard_build_chart      (TerDashboard       *dashboard,
                                            TerDashboardChart   chart);
/* Builds `chart` and writes it to `path`: what the Dashboard page's
 * Save as… and `territory-cli chart` both call. `style` NULL: light. */
gboolean    ter_dashboard_export_chart     (TerDashboard       *dashboard,
                                            TerDashboardChart   chart,
                                            const char         *path,
                                            TerChartFormat      format,
                                            int                 width,
                                            int                 height,
                                            const TerChartStyle *style,
                                            GError            **error);
/* "chart.png" → PNG; FALSE for other extensions. */
gboolean    ter_dashboard_format_from_path (const char         *path,
                                            TerChartFormat     *format);

/* What the chart's point (or, in the heat table, series) stands for:
 * a channel, category, customer, rep or territory id; 0 for none. */
gint64      ter_dashboard_chart_entry_id   (TerDashboard       *dashboard,
                                            TerDashboardChart   chart,
                                            int                 series,
                                            int                 point);

/* The KPI for the period as text ("—" when unknown), the line under it
 * (comparison or context) and its monthly sparkline. */
char       *ter_dashboard_kpi_text         (TerDashboard       *dashboard,
                                            TerDashboardKpi     kpi);
char       *ter_dashboard_kpi_detail       (TerDashboard       *dashboard,
                                            TerDashboardKpi     kpi);
/* The change against last year: -1, 0 or +1 for styling (bad, flat,
 * good), taking into account that fewer returns are good. */
int         ter_dashboard_kpi_trend        (TerDashboard       *dashboard,
                                            TerDashboardKpi     kpi);
gboolean    ter_dashboard_kpi_value        (const TerAnalyticsPoint *point,
                                            const TerAnalyticsPoint *last_year,
                                            TerDashboardKpi     kpi,
                                            double             *value);
TerChart   *ter_dashboard_build_sparkline  (TerDashboard       *dashboard,
                                            TerDashboardKpi     kpi);

G_END_DECLS
