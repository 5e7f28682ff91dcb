/* ter-map-metrics.c: one value per region for the map's choropleths.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-metrics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-map-metrics.h"
#include "ter-money.h"
#include "ter-overview.h"
#include "ter-territory.h"

static const struct {
  const char *key;
  const char *label;
} metrics[] = {
  [TER_MAP_METRIC_REVENUE] = { "revenue", N_("Revenue") },
  [TER_MAP_METRIC_ATTAINMENT] = { "attainment", N_("Target attainment") },
  [TER_MAP_METRIC_GROWTH] = { "growth", N_("Growth vs last year") },
  [TER_MAP_METRIC_CUSTOMERS] = { "customers", N_("Buying customers") },
  [TER_MAP_METRIC_REVENUE_PER_CUSTOMER] = { "revenue-per-customer", N_("Revenue per customer") },
};

static TerRegionMetrics *
metrics_for (GArray     *rows,
             GHashTable *index,
             gint64      region_id,
             const char *code)
{
  gpointer position = g_hash_table_lookup (index, &region_id);
  TerRegionMetrics row = { .region_id = region_id };

  if (position != NULL)
    return &g_array_index (rows, TerRegionMetrics, GPOINTER_TO_UINT (position) - 1);
  g_strlcpy (row.code, code, sizeof row.code);
  g_array_append_val (rows, row);
  g_hash_table_insert (index, g_memdup2 (&region_id, sizeof region_id), GUINT_TO_POINTER (rows->len));
  return &g_array_index (rows, TerRegionMetrics, rows->len - 1);
}

static gboolean
add_activity (GArray       *rows,
              GHashTable   *index,
              GArray       *activity,
              GArray       *rates,
              const char   *currency,
              gboolean      previous,
              GError      **error)
{
  for (guint i = 0; i < activity->len; i++)
    {
      TerRegionActivity *a = &g_array_index (activity, TerRegionActivity, i);
      TerRegionMetrics *m = metrics_for (rows, index, a->region_id, a->code);
      gint64 amount, from = 0, to = 0;

      for (guint k = 0; k < rates->len; k++)
        {
          const TerExchangeRate *r = &g_array_index (rates, TerExchangeRate, k);

          if (g_str_equal (r->currency, a->currency))
            from = r->per_usd_micros;
          if (g_str_equal (r->currency, currency))
            to = r->per_usd_micros;
        }
      if (!ter_money_convert_via (a->revenue, a->currency, from, currency, to, &amount))
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("There is no exchange rate from %s to %s."), a->currency, currency);
          return FALSE;
        }
      if (previous)
        {
          m->previous += amount;
          m->has_previous = TRUE;
          continue;
        }
      m->revenue += amount;
      m->customers += a->customers;
      m->orders += a->orders;
      m->has_sales = TRUE;
    }
  return TRUE;
}

static gboolean
add_attainment (TerMapStore      *store,
                GArray           *rows,
                const TerPeriod  *period,
                const char       *currency,
                GError          **error)
{
  g_autoptr(GListModel) territories = ter_store_list_territories (TER_STORE (store), error);
  g_autoptr(GArray) overview = NULL;
  g_autoptr(GHashTable) by_territory = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (territories == NULL
      || (overview = ter_overview_compute (TER_STORE (store), territories, period, currency, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < overview->len; i++)
    g_hash_table_insert (by_territory, &g_array_index (overview, TerOverviewRow, i).territory_id,
                         &g_array_index (overview, TerOverviewRow, i));
  for (guint i = 0; i < rows->len; i++)
    {
      TerRegionMetrics *m = &g_array_index (rows, TerRegionMetrics, i);
      TerOverviewRow *row = g_hash_table_lookup (by_territory, &m->territory_id);

      m->has_attainment = row != NULL && ter_overview_row_attainment (row, &m->attainment);
    }
  return TRUE;
}

GArray *
ter_map_metrics_compute (TerMapStore      *store,
                         const TerPeriod  *period,
                         const char       *currency,
                         GError          **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerRegionMetrics));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) assignments = NULL, activity = NULL, before = NULL, rates = NULL;
  char first[11], last[11], prev_first[11], prev_last[11];
  TerPeriod previous;

  ter_period_format_bounds (period, first, last);
  ter_period_previous_year (period, &previous);
  ter_period_format_bounds (&previous, prev_first, prev_last);
  if ((assignments = ter_map_store_list_assignments (store, last, error)) == NULL
      || (activity = ter_map_store_region_activity (store, first, last, error)) == NULL
      || (before = ter_map_store_region_activity (store, prev_first, prev_last, error)) == NULL
      || (rates = ter_store_list_exchange_rates (TER_STORE (store), error)) == NULL)
    return NULL;
  for (guint i = 0; i < assignments->len; i++)
    {
      TerRegionAssignment *a = &g_array_index (assignments, TerRegionAssignment, i);
      TerRegionMetrics *m = metrics_for (rows, index, a->region_id, a->code);

      m->territory_id = a->territory_id;
      m->rep_id = a->rep_id;
    }
  if (!add_activity (rows, index, activity, rates, currency, FALSE, error)
      || !add_activity (rows, index, before, rates, currency, TRUE, error)
      || !add_attainment (store, rows, period, currency, error))
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
ter_map_metric_value (const TerRegionMetrics *m,
                      TerMapMetric            metric,
                      double                 *value)
{
  switch (metric)
    {
    case TER_MAP_METRIC_REVENUE:
      *value = (double) m->revenue;
      return m->has_sales || m->territory_id != 0;
    case TER_MAP_METRIC_ATTAINMENT:
      *value = m->attainment;
      return m->has_attainment;
    case TER_MAP_METRIC_GROWTH:
      *value = m->previous > 0 ? (double) (m->revenue - m->previous) / (double) m->previous : 0.0;
      return m->has_previous && m->previous > 0;
    case TER_MAP_METRIC_CUSTOMERS:
      *value = (double) m->customers;
      return m->has_sales || m->territory_id != 0;
    case TER_MAP_METRIC_REVENUE_PER_CUSTOMER:
      *value = m->customers > 0 ? (double) m->revenue / (double) m->customers : 0.0;
      return m->customers > 0;
    case TER_MAP_N_METRICS:
    default:
      return FALSE;
    }
}

const char *
ter_map_metric_key (TerMapMetric metric)
{
  g_return_val_if_fail (metric < TER_MAP_N_METRICS, NULL);
  return metrics[metric].key;
}

gboolean
ter_map_metric_from_key (const char   *key,
                         TerMapMetric *metric)
{
  for (guint i = 0; i < TER_MAP_N_METRICS; i++)
    if (g_strcmp0 (key, metrics[i].key) == 0)
      {
        *metric = i;
        return TRUE;
      }
  return FALSE;
}

const char *
ter_map_metric_label (TerMapMetric metric)
{
  g_return_val_if_fail (metric < TER_MAP_N_METRICS, NULL);
  return _(metrics[metric].label);
}
