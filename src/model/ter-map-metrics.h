/* ter-map-metrics.h: one value per region for the map's choropleths.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-map-store.h"
#include "ter-period.h"

G_BEGIN_DECLS

typedef enum {
  TER_MAP_METRIC_REVENUE,
  TER_MAP_METRIC_ATTAINMENT,
  TER_MAP_METRIC_GROWTH,
  TER_MAP_METRIC_CUSTOMERS,
  TER_MAP_METRIC_REVENUE_PER_CUSTOMER,
  TER_MAP_N_METRICS
} TerMapMetric;

typedef struct {
  gint64   region_id;
  char     code[16];
  gint64   territory_id;   /* 0: unassigned on the period's last day */
  gint64   rep_id;
  gint64   revenue;        /* minor units of the display currency */
  gint64   previous;       /* the same period a year earlier */
  gint64   customers;      /* customers who ordered */
  gint64   orders;
  gboolean has_sales;
  gboolean has_previous;
  gboolean has_attainment;
  double   attainment;     /* of the region's territory, 1.0 = on target */
} TerRegionMetrics;

/* Computes the metrics of every region that is assigned or sold in the
 * period; safe to call from a worker thread. */
GArray     *ter_map_metrics_compute (TerMapStore            *store,
                                     const TerPeriod        *period,
                                     const char             *currency,
                                     GError                **error);
/* FALSE when the region has no data for the metric (never zero instead). */
gboolean    ter_map_metric_value    (const TerRegionMetrics *metrics,
                                     TerMapMetric            metric,
                                     double                 *value);
const char *ter_map_metric_key      (TerMapMetric            metric);
gboolean    ter_map_metric_from_key (const char             *key,
                                     TerMapMetric           *metric);
/* The translated name, for menus and legends. */
const char *ter_map_metric_label    (TerMapMetric            metric);

G_END_DECLS
