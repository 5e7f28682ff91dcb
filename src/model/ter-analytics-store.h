/* ter-analytics-store.h: sales analytics over the roll-up tables.
 *
 * Implemented by the same engine object as TerStore; callers cast their
 * TerStore with TER_ANALYTICS_STORE(). The engine answers per currency from
 * roll-ups it keeps exact on every write; ter_analytics_store_query()
 * converts to one display currency and merges the pieces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-forecast.h"

G_BEGIN_DECLS

/* What to count. Ids of 0 mean "all"; a territory or rep includes
 * everything under it (sub-territories, the reporting line), a category its
 * sub-categories. Days are YYYY-MM-DD, both included. */
typedef struct {
  char   first_day[11];
  char   last_day[11];
  gint64 territory_id;
  gint64 channel_id;
  gint64 category_id;
  gint64 rep_id;
} TerAnalyticsFilter;

typedef enum {
  TER_ANALYTICS_GROUP_NONE,
  TER_ANALYTICS_GROUP_MONTH,      /* key = YYYY-MM */
  TER_ANALYTICS_GROUP_CHANNEL,    /* id = channel */
  TER_ANALYTICS_GROUP_CATEGORY,   /* id = top-level product category */
  TER_ANALYTICS_GROUP_REP,        /* id = rep, 0 for unattributed */
  TER_ANALYTICS_GROUP_TERRITORY,  /* id = territory the sale is booked to, 0 for none */
  TER_ANALYTICS_GROUP_DAY,        /* key = YYYY-MM-DD */
  TER_ANALYTICS_GROUP_MONTH_TERRITORY,  /* key = YYYY-MM, id = territory as above */
} TerAnalyticsGroup;

/* One group's sums in one currency, as the engine returns them. Each
 * query fills the fields it knows and leaves the others 0. */
typedef struct {
  gint64 id;
  char   key[11];
  char   currency[4];      /* "" for counts without money */
  gint64 sales;            /* revenue of orders that are not returns */
  gint64 returns;          /* revenue of returns, negative */
  gint64 cost;
  gint64 units;
  gint64 lines;
  gint64 orders;           /* orders that are not returns */
  gint64 new_customers;    /* customers whose first order is in the group */
  gint64 target;           /* revenue target */
} TerAnalyticsSums;

/* One group in the display currency. revenue = sales + returns. */
typedef struct {
  gint64   id;
  char     key[11];
  gint64   revenue;
  gint64   sales;
  gint64   returns;
  gint64   cost;
  gint64   units;
  gint64   orders;
  gint64   new_customers;
  gint64   target;
  gboolean has_target;
} TerAnalyticsPoint;

#define TER_TYPE_ANALYTICS_STORE (ter_analytics_store_get_type ())
G_DECLARE_INTERFACE (TerAnalyticsStore, ter_analytics_store, TER, ANALYTICS_STORE, GObject)

struct _TerAnalyticsStoreInterface
{
  GTypeInterface parent_iface;

  gboolean (*pause_rollups)  (TerAnalyticsStore         *self,
                              GError                   **error);
  gboolean (*resume_rollups) (TerAnalyticsStore         *self,
                              GError                   **error);
  GArray  *(*sum_sales)      (TerAnalyticsStore         *self,
                              const TerAnalyticsFilter  *filter,
                              TerAnalyticsGroup          group,
                              GError                   **error);
  GArray  *(*count_orders)   (TerAnalyticsStore         *self,
                              const TerAnalyticsFilter  *filter,
                              TerAnalyticsGroup          group,
                              GError                   **error);
  GArray  *(*count_new_customers) (TerAnalyticsStore    *self,
                              const TerAnalyticsFilter  *filter,
                              TerAnalyticsGroup          group,
                              GError                   **error);
  GArray  *(*sum_targets)    (TerAnalyticsStore         *self,
                              const TerAnalyticsFilter  *filter,
                              TerAnalyticsGroup          group,
                              GError                   **error);
};

/* Bulk writers call pause inside their transaction and resume before they
 * commit: resume refills the roll-ups from the raw rows in one pass. */
gboolean ter_analytics_store_pause_rollups  (TerAnalyticsStore         *self,
                                             GError                   **error);
gboolean ter_analytics_store_resume_rollups (TerAnalyticsStore         *self,
                                             GError                   **error);
/* The same for any object: does nothing unless it is a TerAnalyticsStore. */
gboolean ter_analytics_pause_rollups        (gpointer                   store,
                                             GError                   **error);
gboolean ter_analytics_resume_rollups       (gpointer                   store,
                                             GError                   **error);

/* Arrays of TerAnalyticsSums, one row per group and currency. */
GArray  *ter_analytics_store_sum_sales      (TerAnalyticsStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             TerAnalyticsGroup          group,
                                             GError                   **error);
GArray  *ter_analytics_store_count_orders   (TerAnalyticsStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             TerAnalyticsGroup          group,
                                             GError                   **error);
GArray  *ter_analytics_store_count_new_customers (TerAnalyticsStore    *self,
                                             const TerAnalyticsFilter  *filter,
                                             TerAnalyticsGroup          group,
                                             GError                   **error);
GArray  *ter_analytics_store_sum_targets    (TerAnalyticsStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             TerAnalyticsGroup          group,
                                             GError                   **error);

/* An array of TerAnalyticsPoint in `currency`, sorted by key then id.
 * Orders count each order once, except with a category filter or by
 * category, where an order counts once in each category it has lines in.
 * New customers are not split by category; targets exist only for the
 * whole business of a territory or rep (no channel or category filter).
 * By territory, sales are on the territories they are booked to and
 * targets on every territory of the subtree (each its own). */
GArray  *ter_analytics_store_query          (TerAnalyticsStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             TerAnalyticsGroup          group,
                                             const char                *currency,
                                             GError                   **error);

/* Like ter_analytics_store_query, with only the money of sales and
 * returns (revenue, sales, returns, cost) filled in: no order, customer or
 * target counts, which a revenue series does not need. */
GArray  *ter_analytics_store_query_revenue   (TerAnalyticsStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             TerAnalyticsGroup          group,
                                             const char                *currency,
                                             GError                   **error);

/* Forecasts net revenue for the `horizon` months after the month of
 * filter->last_day from the 36 months ending with it (filter->first_day is
 * not used), in `currency`. */
gboolean ter_analytics_store_forecast       (TerAnalyticsStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             const char                *currency,
                                             guint                      horizon,
                                             TerForecast               *forecast,
                                             GError                   **error);
/* The same from monthly points (TER_ANALYTICS_GROUP_MONTH) already read,
 * which must cover the 36 months ending with `last_month`'s month. */
gboolean ter_analytics_forecast_points       (GArray                    *points,
                                             const GDate               *last_month,
                                             guint                      horizon,
                                             TerForecast               *forecast,
                                             GError                   **error);

G_END_DECLS
