/* ter-sqlite-dashboard.c: TerDashboardStore for SQLite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-dashboard-store.h"
#include "ter-sqlite-store-private.h"

/* The same filters as the roll-up queries (ter-sqlite-analytics.c):
 * ?1 first day, ?2 last day, ?3 territory subtree, ?4 channel, ?5 category
 * subtree, ?6 rep and the reps under them; ?7 picks distributors (1) or
 * everyone else (0). Cancelled orders count for nothing; returns subtract. */
static const char customers_sql[] =
  "SELECT o.customer_id, c.name, o.currency, sum (l.amount)\n"
  "FROM orders o JOIN customers c ON c.id = o.customer_id\n"
  "  JOIN order_lines l ON l.order_id = o.id\n"
  "WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'\n"
  "  AND (c.type = 'distributor') = ?7\n"
  "  AND (?3 = 0 OR o.territory_id IN (WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL\n"
  "       SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))\n"
  "  AND (?4 = 0 OR o.channel_id = ?4)\n"
  "  AND (?5 = 0 OR l.product_id IN (SELECT p.id FROM products p WHERE p.category_id IN\n"
  "       (WITH RECURSIVE sub (id) AS (SELECT ?5 UNION ALL SELECT c2.id FROM product_categories c2\n"
  "        JOIN sub ON c2.parent_id = sub.id) SELECT id FROM sub)))\n"
  "  AND (?6 = 0 OR o.rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?6 UNION ALL\n"
  "       SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team))\n"
  "GROUP BY o.customer_id, o.currency";

static const char categories_sql[] =
  "SELECT id, name_en, name_zh FROM product_categories WHERE parent_id IS NULL ORDER BY id";

static const char rep_targets_sql[] =
  "SELECT rep_id, currency, sum (value) FROM targets\n"
  "WHERE metric = 'revenue' AND rep_id IS NOT NULL\n"
  "  AND month BETWEEN substr (?1, 1, 7) AND substr (?2, 1, 7)\n"
  "GROUP BY rep_id, currency";

/* Steps `stmt` to the end, adding one row per result: id, name, then
 * either a Chinese name or a currency and an amount. */
static GArray *
collect_rows (TerSqliteStore  *self,
              sqlite3_stmt    *stmt,
              gboolean         names_only,
              GError         **error)
{
  g_autoptr(GArray) rows = ter_dashboard_rows_new ();
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerDashboardRow row = { .id = sqlite3_column_int64 (stmt, 0) };

      row.name = g_strdup (ter_sqlite_column_text (stmt, 1));
      if (names_only)
        row.name_zh = g_strdup (ter_sqlite_column_text (stmt, 2));
      else
        {
          g_strlcpy (row.currency, ter_sqlite_column_text (stmt, 2), sizeof row.currency);
          row.amount = sqlite3_column_int64 (stmt, 3);
        }
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

static void
bind_filter (sqlite3_stmt             *stmt,
             const TerAnalyticsFilter *filter)
{
  sqlite3_bind_text (stmt, 1, filter->first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, filter->last_day, -1, SQLITE_TRANSIENT);
}

static GArray *
ter_sqlite_dashboard_sum_customers (TerDashboardStore         *store,
                                    const TerAnalyticsFilter  *filter,
                                    TerCustomerKind            kind,
                                    GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, customers_sql, error);

  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
  sqlite3_bind_int64 (stmt, 5, filter->category_id);
  sqlite3_bind_int64 (stmt, 6, filter->rep_id);
  sqlite3_bind_int (stmt, 7, kind == TER_CUSTOMER_KIND_DISTRIBUTOR);
  return collect_rows (self, stmt, FALSE, error);
}

static GArray *
ter_sqlite_dashboard_list_categories (TerDashboardStore  *store,
                                      GError            **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, categories_sql, error);

  if (stmt == NULL)
    return NULL;
  return collect_rows (self, stmt, TRUE, error);
}

static GArray *
ter_sqlite_dashboard_sum_rep_targets (TerDashboardStore         *store,
                                      const TerAnalyticsFilter  *filter,
                                      GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, rep_targets_sql, error);
  g_autoptr(GArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter);
  rows = ter_dashboard_rows_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerDashboardRow row = { .id = sqlite3_column_int64 (stmt, 0),
                              .amount = sqlite3_column_int64 (stmt, 2) };

      g_strlcpy (row.currency, ter_sqlite_column_text (stmt, 1), sizeof row.currency);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up targets"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

void
ter_sqlite_dashboard_iface_init (TerDashboardStoreInterface *iface)
{
  iface->sum_customers = ter_sqlite_dashboard_sum_customers;
  iface->list_categories = ter_sqlite_dashboard_list_categories;
  iface->sum_rep_targets = ter_sqlite_dashboard_sum_rep_targets;
}
