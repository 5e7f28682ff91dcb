/* ter-dashboard.h: every figure of the sales dashboard for one set of
 * filters, computed in one go (off the main thread in the app, directly in
 * territory-cli), in the display currency.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-analytics-store.h"
#include "ter-store.h"

G_BEGIN_DECLS

#define TER_DASHBOARD_MONTHS  12  /* months in the trend and the heat table */
#define TER_DASHBOARD_HORIZON 3   /* months of rolling forecast */
#define TER_DASHBOARD_TOP     10  /* rows in rankings */
#define TER_DASHBOARD_MAX_MAPE 0.5 /* forecasts less accurate are not shown */

typedef struct {
  TerAnalyticsFilter  filter;       /* period and drill-down */
  char                currency[4];
  GDate               today;        /* months after it have no sales yet */
  GListModel         *territories;  /* TerTerritory, the tree depth-first */
} TerDashboardQuery;

/* One bar, slice or row. value and target in minor units of the display
 * currency (or counts). */
typedef struct {
  gint64    id;
  char     *name;
  gint64    value;
  gint64    target;
  gboolean  has_target;
} TerDashboardEntry;

typedef struct {
  char               currency[4];
  TerAnalyticsFilter filter;
  TerAnalyticsPoint  total;
  TerAnalyticsPoint  last_year;

  /* The trend: the 12 months ending with the period's last month (or this
   * month, if the period goes on past it), and the same months a year
   * earlier. Months are "YYYY-MM". */
  char               months[TER_DASHBOARD_MONTHS][8];
  TerAnalyticsPoint  by_month[TER_DASHBOARD_MONTHS];
  TerAnalyticsPoint  by_month_last_year[TER_DASHBOARD_MONTHS];
  /* The last trend month is this month, `elapsed` of it gone (0..1). */
  gboolean           month_to_date;
  double             elapsed;

  /* The rolling forecast of the months after the last closed one:
   * forecast_start is the index of its first month on the trend's axis
   * (it may reach past the 12 trend months). */
  gboolean           has_forecast;
  guint              forecast_start;
  TerForecast        forecast;

  GArray            *channels;      /* TerDashboardEntry, largest first */
  GArray            *categories;
  GArray            *reps;          /* the top reps, with their own targets */
  GArray            *customers;     /* the top customers (not distributors) */
  GArray            *distributors;

  /* Territories (rows) × trend months: attainment (target known; this
   * month's target in proportion to the days gone) or revenue, NaN where
   * there is nothing. */
  GArray            *heat_rows;     /* TerDashboardEntry: revenue and target over the months */
  double            *heat;          /* heat_rows->len × TER_DASHBOARD_MONTHS */
  gboolean           heat_is_attainment;
} TerDashboard;

TerDashboard *ter_dashboard_compute     (TerStore                *store,
                                         const TerDashboardQuery *query,
                                         GError                 **error);
TerDashboard *ter_dashboard_ref         (TerDashboard            *self);
void          ter_dashboard_unref       (TerDashboard            *self);

/* Number of months on the trend's axis: the 12 trend months, plus the
 * forecast months past them. */
guint         ter_dashboard_n_axis_months (const TerDashboard    *self);
/* The "YYYY-MM" of axis month `index`. */
void          ter_dashboard_axis_month  (const TerDashboard      *self,
                                         guint                    index,
                                         int                     *year,
                                         int                     *month);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerDashboard, ter_dashboard_unref)

G_END_DECLS
