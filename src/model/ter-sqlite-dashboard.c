/* ter-sqlite-dashboard.c: TerDashboardStore for SQLite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-dashboard-store.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store-private.h"

/* Migration 7: each customer's net revenue per month, territory, rep,
 * channel and currency, for the top customers and distributors. Kept
 * exact by triggers in the same transaction as every write, like the
 * roll-ups of migration 2 (ter-sqlite-analytics-schema.c), and paused and
 * refilled with them by bulk writers. Product categories are not in it: a
 * category drill-down reads the order lines. */
#define LIVE "NOT EXISTS (SELECT 1 FROM rollup_paused)"
#define CUSTOMER_UPSERT "ON CONFLICT DO UPDATE SET revenue = revenue + excluded.revenue;\n"
#define CUSTOMER_LINE(X, sign) \
  "INSERT INTO customer_monthly SELECT substr (o.order_date, 1, 7), o.customer_id,\n" \
  "  coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id, o.currency,\n" \
  "  o.status = 'return', " sign X ".amount\n" \
  "FROM orders o WHERE o.id = " X ".order_id AND o.status <> 'cancelled'\n" \
  CUSTOMER_UPSERT
#define CUSTOMER_ORDER(X, sign) \
  "INSERT INTO customer_monthly SELECT substr (" X ".order_date, 1, 7), " X ".customer_id,\n" \
  "  coalesce (" X ".territory_id, 0), coalesce (" X ".rep_id, 0), " X ".channel_id, " X ".currency,\n" \
  "  " X ".status = 'return', " sign "sum (l.amount)\n" \
  "FROM order_lines l WHERE l.order_id = " X ".id AND " X ".status <> 'cancelled'\n" \
  "GROUP BY l.order_id\n" \
  CUSTOMER_UPSERT

/* Lines are added up per order first (in order_id order, no sort), which
 * leaves a third as many rows to group: 1.1 s instead of 1.7 s of
 * processor time at 1M lines. */
#define CUSTOMER_FILL \
  "INSERT INTO customer_monthly SELECT substr (o.order_date, 1, 7), o.customer_id,\n" \
  "  coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id, o.currency,\n" \
  "  o.status = 'return', sum (l.amount)\n" \
  "FROM orders o JOIN (SELECT order_id, sum (amount) AS amount FROM order_lines GROUP BY order_id) l\n" \
  "  ON l.order_id = o.id\n" \
  "WHERE o.status <> 'cancelled'\n" \
  "GROUP BY 1, 2, 3, 4, 5, 6, 7;\n"

const char ter_sqlite_customer_rebuild[] = CUSTOMER_FILL;

const char ter_sqlite_migration_7[] =
  "CREATE TABLE customer_monthly (\n"
  "  month        TEXT NOT NULL,\n"
  "  customer_id  INTEGER NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  rep_id       INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  kind         INTEGER NOT NULL,\n"
  "  revenue      INTEGER NOT NULL,\n"
  "  PRIMARY KEY (month, customer_id, territory_id, rep_id, channel_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"
  CUSTOMER_FILL
  "CREATE TRIGGER order_lines_customer_insert AFTER INSERT ON order_lines WHEN " LIVE " BEGIN\n"
  CUSTOMER_LINE ("NEW", "")
  "END;\n"
  "CREATE TRIGGER order_lines_customer_delete AFTER DELETE ON order_lines WHEN " LIVE " BEGIN\n"
  CUSTOMER_LINE ("OLD", "-")
  "END;\n"
  "CREATE TRIGGER order_lines_customer_update AFTER UPDATE OF order_id, amount ON order_lines\n"
  "WHEN " LIVE " BEGIN\n"
  CUSTOMER_LINE ("OLD", "-")
  CUSTOMER_LINE ("NEW", "")
  "END;\n"
  /* Before the order row goes, like orders_rollup_delete: the cascade
   * that deletes the lines can no longer see it. */
  "CREATE TRIGGER orders_customer_delete BEFORE DELETE ON orders WHEN " LIVE " BEGIN\n"
  CUSTOMER_ORDER ("OLD", "-")
  "END;\n"
  "CREATE TRIGGER orders_customer_update AFTER UPDATE OF order_date, customer_id, territory_id,\n"
  "  rep_id, channel_id, status, currency ON orders WHEN " LIVE " BEGIN\n"
  CUSTOMER_ORDER ("OLD", "-")
  CUSTOMER_ORDER ("NEW", "")
  "END;\n";

/* The same filters as the roll-up queries (ter-sqlite-analytics.c):
 * ?1 first day, ?2 last day, ?3 territory subtree, ?4 channel, ?5 category
 * subtree, ?6 rep and the reps under them. Cancelled orders count for
 * nothing; returns subtract. */
static const char customers_sql[] =
  "SELECT o.customer_id, c.name, o.currency, sum (l.amount), c.type = 'distributor'\n"
  "FROM orders o JOIN customers c ON c.id = o.customer_id\n"
  "  JOIN order_lines l ON l.order_id = o.id\n"
  "WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'\n"
  "  AND (?3 = 0 OR o.territory_id IN (WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL\n"
  "       SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))\n"
  "  AND (?4 = 0 OR o.channel_id = ?4)\n"
  "  AND (?5 = 0 OR l.product_id IN (SELECT p.id FROM products p WHERE p.category_id IN\n"
  "       (WITH RECURSIVE sub (id) AS (SELECT ?5 UNION ALL SELECT c2.id FROM product_categories c2\n"
  "        JOIN sub ON c2.parent_id = sub.id) SELECT id FROM sub)))\n"
  "  AND (?6 = 0 OR o.rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?6 UNION ALL\n"
  "       SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team))\n"
  "GROUP BY o.customer_id, o.currency";

/* The same from customer_monthly (no category filter): whole months. */
static const char customers_monthly_sql[] =
  "SELECT g.customer_id, c.name, g.currency, g.revenue, c.type = 'distributor'\n"
  "FROM (SELECT customer_id, currency, sum (revenue) AS revenue FROM customer_monthly\n"
  "      WHERE month BETWEEN ?1 AND ?2\n"
  "        AND (?3 = 0 OR territory_id IN (WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL\n"
  "             SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))\n"
  "        AND (?4 = 0 OR channel_id = ?4)\n"
  "        AND (?6 = 0 OR rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?6 UNION ALL\n"
  "             SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team))\n"
  "      GROUP BY customer_id, currency HAVING sum (revenue) <> 0) g\n"
  "  JOIN customers c ON c.id = g.customer_id";

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
          row.kind = sqlite3_column_int (stmt, 4);
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

/* The period as whole months ("2026-01", "2026-10"), if it is one. */
static gboolean
whole_months (const TerAnalyticsFilter *filter,
              char                      first[8],
              char                      last[8])
{
  GDate start, end;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_parse (&start, filter->first_day);
  g_date_set_parse (&end, filter->last_day);
  if (!g_date_valid (&start) || !g_date_valid (&end) || g_date_get_day (&start) != 1
      || !g_date_is_last_of_month (&end))
    return FALSE;
  g_strlcpy (first, filter->first_day, 8);
  g_strlcpy (last, filter->last_day, 8);
  return TRUE;
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
                                    GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  char first[8], last[8];
  gboolean monthly = filter->category_id == 0 && whole_months (filter, first, last);
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, monthly ? customers_monthly_sql : customers_sql, error);

  if (stmt == NULL)
    return NULL;
  if (monthly)
    {
      sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
    }
  else
    bind_filter (stmt, filter);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
  if (!monthly)
    sqlite3_bind_int64 (stmt, 5, filter->category_id);
  sqlite3_bind_int64 (stmt, 6, filter->rep_id);
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
