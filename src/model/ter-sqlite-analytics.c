/* ter-sqlite-analytics.c: TerAnalyticsStore for SQLite, over the roll-up
 * tables of migration 2 (ter-sqlite-analytics-schema.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-analytics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-analytics-store.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store-private.h"

/* Parameters: ?1 first day, ?2 last day, ?3 territory, ?4 channel,
 * ?5 category, ?6 rep, ?7 grouping (TerAnalyticsGroup). */
#define KEY \
  "CASE ?7 WHEN 1 THEN substr (day, 1, 7) WHEN 6 THEN day ELSE '' END"
#define ID_BUT_CATEGORY \
  "WHEN 2 THEN channel_id WHEN 4 THEN rep_id WHEN 5 THEN territory_id"
#define IN_TERRITORY \
  "(?3 = 0 OR territory_id IN (WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL\n" \
  "   SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))"
#define IN_TEAM \
  "(?6 = 0 OR rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?6 UNION ALL\n" \
  "   SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team))"
#define IN_CHANNEL "(?4 = 0 OR channel_id = ?4)"
#define IN_CATEGORY \
  "(?5 = 0 OR category_id IN (WITH RECURSIVE sub (id) AS (SELECT ?5 UNION ALL\n" \
  "   SELECT c.id FROM product_categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))"
#define IN_DAYS "day BETWEEN ?1 AND ?2"

static const char sales_sql[] =
  "SELECT " KEY ", CASE ?7 " ID_BUT_CATEGORY "\n"
  "  WHEN 3 THEN (SELECT coalesce (c.parent_id, c.id) FROM product_categories c\n"
  "               WHERE c.id = category_id) ELSE 0 END, currency,\n"
  "  coalesce (sum (revenue) FILTER (WHERE kind = 0), 0),\n"
  "  coalesce (sum (revenue) FILTER (WHERE kind = 1), 0),\n"
  "  sum (cost), sum (units), sum (lines), coalesce (sum (orders) FILTER (WHERE kind = 0), 0)\n"
  "FROM sales_daily WHERE " IN_DAYS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_CATEGORY " AND " IN_TEAM "\n"
  "GROUP BY 1, 2, 3";

static const char orders_sql[] =
  "SELECT " KEY ", CASE ?7 " ID_BUT_CATEGORY " ELSE 0 END, '', sum (orders)\n"
  "FROM orders_daily WHERE kind = 0 AND " IN_DAYS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_TEAM "\n"
  "GROUP BY 1, 2";

static const char customers_sql[] =
  "SELECT " KEY ", CASE ?7 " ID_BUT_CATEGORY " ELSE 0 END, '', count (*)\n"
  "FROM customer_first WHERE " IN_DAYS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_TEAM "\n"
  "GROUP BY 1, 2";

/* A rep's own target, or the territory's (targets are set at every level
 * of the tree, so they are not added up), or the top territories'. */
static const char targets_sql[] =
  "SELECT CASE ?7 WHEN 1 THEN month ELSE '' END, 0, currency, sum (value)\n"
  "FROM targets WHERE metric = 'revenue'\n"
  "  AND month BETWEEN substr (?1, 1, 7) AND substr (?2, 1, 7)\n"
  "  AND CASE WHEN ?6 <> 0 THEN rep_id IS ?6\n"
  "           WHEN ?3 <> 0 THEN territory_id IS ?3\n"
  "           ELSE territory_id IN (SELECT id FROM territories WHERE parent_id IS NULL) END\n"
  "GROUP BY 1, 3";

static gboolean
ter_sqlite_analytics_pause_rollups (TerAnalyticsStore  *store,
                                    GError            **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return ter_sqlite_store_run (self, "INSERT INTO rollup_paused VALUES (datetime ('now'))", error);
}

static gboolean
ter_sqlite_analytics_resume_rollups (TerAnalyticsStore  *store,
                                     GError            **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  int rc;

  rc = sqlite3_exec (ter_sqlite_store_get_db (self),
                     "DELETE FROM rollup_paused; DELETE FROM sales_daily;"
                     " DELETE FROM orders_daily; DELETE FROM customer_first;"
                     TER_SQLITE_ROLLUP_REBUILD, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up sales"));
      return FALSE;
    }
  return TRUE;
}

static GArray *
run_query (TerAnalyticsStore         *store,
           const char                *sql,
           const TerAnalyticsFilter  *filter,
           TerAnalyticsGroup          group,
           GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerAnalyticsSums));
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = ter_sqlite_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, filter->first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, filter->last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
  sqlite3_bind_int64 (stmt, 5, filter->category_id);
  sqlite3_bind_int64 (stmt, 6, filter->rep_id);
  sqlite3_bind_int (stmt, 7, group);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerAnalyticsSums row = { 0 };

      g_strlcpy (row.key, ter_sqlite_column_text (stmt, 0), sizeof row.key);
      row.id = sqlite3_column_int64 (stmt, 1);
      g_strlcpy (row.currency, ter_sqlite_column_text (stmt, 2), sizeof row.currency);
      if (sql == sales_sql)
        {
          row.sales = sqlite3_column_int64 (stmt, 3);
          row.returns = sqlite3_column_int64 (stmt, 4);
          row.cost = sqlite3_column_int64 (stmt, 5);
          row.units = sqlite3_column_int64 (stmt, 6);
          row.lines = sqlite3_column_int64 (stmt, 7);
          row.orders = sqlite3_column_int64 (stmt, 8);
        }
      else if (sql == orders_sql)
        row.orders = sqlite3_column_int64 (stmt, 3);
      else if (sql == customers_sql)
        row.new_customers = sqlite3_column_int64 (stmt, 3);
      else
        row.target = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up sales"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GArray *
ter_sqlite_analytics_sum_sales (TerAnalyticsStore         *store,
                                const TerAnalyticsFilter  *filter,
                                TerAnalyticsGroup          group,
                                GError                   **error)
{
  return run_query (store, sales_sql, filter, group, error);
}

static GArray *
ter_sqlite_analytics_count_orders (TerAnalyticsStore         *store,
                                   const TerAnalyticsFilter  *filter,
                                   TerAnalyticsGroup          group,
                                   GError                   **error)
{
  return run_query (store, orders_sql, filter, group, error);
}

static GArray *
ter_sqlite_analytics_count_new_customers (TerAnalyticsStore         *store,
                                          const TerAnalyticsFilter  *filter,
                                          TerAnalyticsGroup          group,
                                          GError                   **error)
{
  return run_query (store, customers_sql, filter, group, error);
}

static GArray *
ter_sqlite_analytics_sum_targets (TerAnalyticsStore         *store,
                                  const TerAnalyticsFilter  *filter,
                                  TerAnalyticsGroup          group,
                                  GError                   **error)
{
  return run_query (store, targets_sql, filter, group, error);
}

void
ter_sqlite_analytics_iface_init (TerAnalyticsStoreInterface *iface)
{
  iface->pause_rollups = ter_sqlite_analytics_pause_rollups;
  iface->resume_rollups = ter_sqlite_analytics_resume_rollups;
  iface->sum_sales = ter_sqlite_analytics_sum_sales;
  iface->count_orders = ter_sqlite_analytics_count_orders;
  iface->count_new_customers = ter_sqlite_analytics_count_new_customers;
  iface->sum_targets = ter_sqlite_analytics_sum_targets;
}
