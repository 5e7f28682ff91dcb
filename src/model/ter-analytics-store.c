/* ter-analytics-store.c: dispatch to the engine, and the currency merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-analytics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ter-analytics-store.h"
#include "ter-money.h"
#include "ter-store.h"

G_DEFINE_INTERFACE (TerAnalyticsStore, ter_analytics_store, G_TYPE_OBJECT)

static void
ter_analytics_store_default_init (TerAnalyticsStoreInterface *iface)
{
}

gboolean
ter_analytics_store_pause_rollups (TerAnalyticsStore  *self,
                                   GError            **error)
{
  g_return_val_if_fail (TER_IS_ANALYTICS_STORE (self), FALSE);

  return TER_ANALYTICS_STORE_GET_IFACE (self)->pause_rollups (self, error);
}

gboolean
ter_analytics_store_resume_rollups (TerAnalyticsStore  *self,
                                    GError            **error)
{
  g_return_val_if_fail (TER_IS_ANALYTICS_STORE (self), FALSE);

  return TER_ANALYTICS_STORE_GET_IFACE (self)->resume_rollups (self, error);
}

gboolean
ter_analytics_pause_rollups (gpointer   store,
                             GError   **error)
{
  return !TER_IS_ANALYTICS_STORE (store)
         || ter_analytics_store_pause_rollups (store, error);
}

gboolean
ter_analytics_resume_rollups (gpointer   store,
                              GError   **error)
{
  return !TER_IS_ANALYTICS_STORE (store)
         || ter_analytics_store_resume_rollups (store, error);
}

#define DISPATCH(vfunc) \
  g_return_val_if_fail (TER_IS_ANALYTICS_STORE (self), NULL); \
  g_return_val_if_fail (filter != NULL, NULL); \
  return TER_ANALYTICS_STORE_GET_IFACE (self)->vfunc (self, filter, group, error)

GArray *
ter_analytics_store_sum_sales (TerAnalyticsStore         *self,
                               const TerAnalyticsFilter  *filter,
                               TerAnalyticsGroup          group,
                               GError                   **error)
{
  DISPATCH (sum_sales);
}

GArray *
ter_analytics_store_count_orders (TerAnalyticsStore         *self,
                                  const TerAnalyticsFilter  *filter,
                                  TerAnalyticsGroup          group,
                                  GError                   **error)
{
  DISPATCH (count_orders);
}

GArray *
ter_analytics_store_count_new_customers (TerAnalyticsStore         *self,
                                         const TerAnalyticsFilter  *filter,
                                         TerAnalyticsGroup          group,
                                         GError                   **error)
{
  DISPATCH (count_new_customers);
}

GArray *
ter_analytics_store_sum_targets (TerAnalyticsStore         *self,
                                 const TerAnalyticsFilter  *filter,
                                 TerAnalyticsGroup          group,
                                 GError                   **error)
{
  DISPATCH (sum_targets);
}

typedef struct {
  GArray     *points;  /* TerAnalyticsPoint */
  GHashTable *index;   /* "key/id" → position + 1 */
  GArray     *rates;   /* TerExchangeRate */
  const char *currency;
} Merge;

static TerAnalyticsPoint *
point_for (Merge                  *merge,
           const TerAnalyticsSums *sums)
{
  g_autofree char *name = g_strdup_printf ("%s/%" G_GINT64_FORMAT, sums->key, sums->id);
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (merge->index, name));

  if (position == 0)
    {
      TerAnalyticsPoint point = { .id = sums->id };

      g_strlcpy (point.key, sums->key, sizeof point.key);
      g_array_append_val (merge->points, point);
      position = merge->points->len;
      g_hash_table_insert (merge->index, g_steal_pointer (&name), GUINT_TO_POINTER (position));
    }

  return &g_array_index (merge->points, TerAnalyticsPoint, position - 1);
}

static gint64
per_usd (GArray     *rates,
         const char *currency)
{
  for (guint i = 0; i < rates->len; i++)
    {
      const TerExchangeRate *rate = &g_array_index (rates, TerExchangeRate, i);

      if (g_str_equal (rate->currency, currency))
        return rate->per_usd_micros;
    }
  return 0;
}

/* Adds `amount` in `from` to `*total` in the display currency. */
static gboolean
add_converted (Merge       *merge,
               gint64       amount,
               const char  *from,
               gint64      *total,
               GError     **error)
{
  gint64 converted;

  if (amount == 0)
    return TRUE;
  if (!ter_money_convert_via (amount, from, per_usd (merge->rates, from),
                              merge->currency, per_usd (merge->rates, merge->currency), &converted)
      || !ter_money_add (*total, converted, total))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("There is no exchange rate from %s to %s."), from, merge->currency);
      return FALSE;
    }
  return TRUE;
}

static gboolean
merge_sums (Merge   *merge,
            GArray  *rows,
            GError **error)
{
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const TerAnalyticsSums *s = &g_array_index (rows, TerAnalyticsSums, i);
      TerAnalyticsPoint *p = point_for (merge, s);

      if (!add_converted (merge, s->sales, s->currency, &p->sales, error)
          || !add_converted (merge, s->returns, s->currency, &p->returns, error)
          || !add_converted (merge, s->cost, s->currency, &p->cost, error)
          || !add_converted (merge, s->target, s->currency, &p->target, error))
        return FALSE;

      p->revenue = p->sales + p->returns;
      p->units += s->units;
      p->orders += s->orders;
      p->new_customers += s->new_customers;
    }
  return TRUE;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const TerAnalyticsPoint *pa = a;
  const TerAnalyticsPoint *pb = b;
  int by_key = strcmp (pa->key, pb->key);

  return by_key != 0 ? by_key : (pa->id > pb->id) - (pa->id < pb->id);
}

/* Sales rows carry per-category order counts; the orders table counts
 * each order once where the grouping and filter allow it. */
static void
clear_orders (GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    g_array_index (rows, TerAnalyticsSums, i).orders = 0;
}

GArray *
ter_analytics_store_query (TerAnalyticsStore         *self,
                           const TerAnalyticsFilter  *filter,
                           TerAnalyticsGroup          group,
                           const char                *currency,
                           GError                   **error)
{
  gboolean by_category = filter->category_id != 0 || group == TER_ANALYTICS_GROUP_CATEGORY;
  gboolean by_territory = group == TER_ANALYTICS_GROUP_TERRITORY
                          || group == TER_ANALYTICS_GROUP_MONTH_TERRITORY;
  gboolean has_target = filter->channel_id == 0 && filter->category_id == 0
                        && (group == TER_ANALYTICS_GROUP_NONE || group == TER_ANALYTICS_GROUP_MONTH
                            || (by_territory && filter->rep_id == 0));
  g_autoptr(GArray) sales = NULL;
  g_autoptr(GArray) orders = NULL;
  g_autoptr(GArray) customers = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (TerAnalyticsPoint));
  Merge merge = { points, index, NULL, currency };

  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (currency != NULL, NULL);

  if (!(merge.rates = ter_store_list_exchange_rates (TER_STORE (self), error))
      || !(sales = ter_analytics_store_sum_sales (self, filter, group, error))
      || (!by_category && !(orders = ter_analytics_store_count_orders (self, filter, group, error)))
      || (!by_category && !(customers = ter_analytics_store_count_new_customers (self, filter, group, error)))
      || (has_target && !(targets = ter_analytics_store_sum_targets (self, filter, group, error))))
    {
      g_clear_pointer (&merge.rates, g_array_unref);
      return NULL;
    }

  if (!by_category)
    clear_orders (sales);
  if (!merge_sums (&merge, sales, error) || !merge_sums (&merge, orders, error)
      || !merge_sums (&merge, customers, error) || !merge_sums (&merge, targets, error))
    {
      g_array_unref (merge.rates);
      return NULL;
    }
  g_array_unref (merge.rates);

  for (guint i = 0; i < points->len; i++)
    g_array_index (points, TerAnalyticsPoint, i).has_target = has_target;
  g_array_sort (points, compare_points);
  return g_steal_pointer (&points);
}

GArray *
ter_analytics_store_query_revenue (TerAnalyticsStore         *self,
                                   const TerAnalyticsFilter  *filter,
                                   TerAnalyticsGroup          group,
                                   const char                *currency,
                                   GError                   **error)
{
  g_autoptr(GArray) sales = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (TerAnalyticsPoint));
  Merge merge = { points, index, NULL, currency };
  gboolean ok;

  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (currency != NULL, NULL);

  if (!(merge.rates = ter_store_list_exchange_rates (TER_STORE (self), error)))
    return NULL;
  ok = (sales = ter_analytics_store_sum_sales (self, filter, group, error)) != NULL
       && merge_sums (&merge, sales, error);
  g_array_unref (merge.rates);
  if (!ok)
    return NULL;
  g_array_sort (points, compare_points);
  return g_steal_pointer (&points);
}

#define HISTORY_MONTHS 36

gboolean
ter_analytics_store_forecast (TerAnalyticsStore         *self,
                              const TerAnalyticsFilter  *filter,
                              const char                *currency,
                              guint                      horizon,
                              TerForecast               *forecast,
                              GError                   **error)
{
  TerAnalyticsFilter history = *filter;
  g_autoptr(GArray) points = NULL;
  GDate first, last;

  g_return_val_if_fail (TER_IS_ANALYTICS_STORE (self), FALSE);

  g_date_clear (&last, 1);
  g_date_set_parse (&last, filter->last_day);
  g_return_val_if_fail (g_date_valid (&last), FALSE);
  g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&last), g_date_get_year (&last)));
  first = last;
  g_date_set_day (&first, 1);
  g_date_subtract_months (&first, HISTORY_MONTHS - 1);
  g_date_strftime (history.first_day, sizeof history.first_day, "%Y-%m-%d", &first);
  g_date_strftime (history.last_day, sizeof history.last_day, "%Y-%m-%d", &last);

  points = ter_analytics_store_query_revenue (self, &history, TER_ANALYTICS_GROUP_MONTH, currency, error);
  if (points == NULL)
    return FALSE;
  return ter_analytics_forecast_points (points, &last, horizon, forecast, error);
}

gboolean
ter_analytics_forecast_points (GArray       *points,
                               const GDate  *last_month,
                               guint         horizon,
                               TerForecast  *forecast,
                               GError      **error)
{
  double series[HISTORY_MONTHS] = { 0 };
  GDate first = *last_month;
  guint start;

  g_date_set_day (&first, 1);
  g_date_subtract_months (&first, HISTORY_MONTHS - 1);

  /* Months without sales stay 0; points outside the history are skipped. */
  for (guint i = 0; i < points->len; i++)
    {
      const TerAnalyticsPoint *p = &g_array_index (points, TerAnalyticsPoint, i);
      int year = 0, month = 0;

      if (sscanf (p->key, "%d-%d", &year, &month) == 2)
        {
          int index = (year - g_date_get_year (&first)) * 12 + month - (int) g_date_get_month (&first);

          if (index >= 0 && index < HISTORY_MONTHS)
            series[index] = p->revenue;
        }
    }

  /* History starts with the first month that has sales. */
  for (start = 0; start < HISTORY_MONTHS && series[start] == 0; start++)
    ;
  return ter_forecast_fit (series + start, HISTORY_MONTHS - start, 12, horizon, forecast, error);
}
