/* ter-sqlite-dashboard.c: TerDashboardStore for SQLite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

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

/* Migration 9: the same per year, without the return flag, so that a
 * year-to-date ranking reads a third of the rows. Kept exact by triggers
 * on customer_monthly itself; while the roll-ups are paused the monthly
 * table does not change, and resuming refills both. */
#define YEARLY_UPSERT(X, sign) \
  "INSERT INTO customer_yearly VALUES (substr (" X ".month, 1, 4), " X ".customer_id,\n" \
  "  " X ".currency, " X ".territory_id, " X ".rep_id, " X ".channel_id, " sign X ".revenue)\n" \
  CUSTOMER_UPSERT
#define YEARLY_FILL \
  "INSERT INTO customer_yearly SELECT substr (month, 1, 4), customer_id, currency, territory_id,\n" \
  "  rep_id, channel_id, sum (revenue)\n" \
  "FROM customer_monthly GROUP BY 1, 2, 3, 4, 5, 6;\n"

const char ter_sqlite_customer_yearly_rebuild[] = "DELETE FROM customer_yearly;\n" YEARLY_FILL;

const char ter_sqlite_migration_9[] =
  "CREATE TABLE customer_yearly (\n"
  "  year         TEXT NOT NULL,\n"
  "  customer_id  INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  rep_id       INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL,\n"
  "  revenue      INTEGER NOT NULL,\n"
  "  PRIMARY KEY (year, customer_id, currency, territory_id, rep_id, channel_id)\n"
  ") WITHOUT ROWID;\n"
  YEARLY_FILL
  "CREATE TRIGGER customer_monthly_yearly_insert AFTER INSERT ON customer_monthly WHEN " LIVE " BEGIN\n"
  YEARLY_UPSERT ("NEW", "")
  "END;\n"
  "CREATE TRIGGER customer_monthly_yearly_delete AFTER DELETE ON customer_monthly WHEN " LIVE " BEGIN\n"
  YEARLY_UPSERT ("OLD", "-")
  "END;\n"
  /* The upserts of migration 7 fire this one. */
  "CREATE TRIGGER customer_monthly_yearly_update AFTER UPDATE ON customer_monthly WHEN " LIVE " BEGIN\n"
  YEARLY_UPSERT ("OLD", "-")
  YEARLY_UPSERT ("NEW", "")
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

#define CUSTOMER_FILTERS \
  "        AND (?3 = 0 OR territory_id IN (WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL\n" \
  "             SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))\n" \
  "        AND (?4 = 0 OR channel_id = ?4)\n" \
  "        AND (?6 = 0 OR rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?6 UNION ALL\n" \
  "             SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team))\n"

/* The same from customer_monthly (no category filter): whole months,
 * times ?7 (-1 takes months out of a year). */
static const char customers_monthly_sql[] =
  "SELECT g.customer_id, c.name, g.currency, ?7 * g.revenue, c.type = 'distributor'\n"
  "FROM (SELECT customer_id, currency, sum (revenue) AS revenue FROM customer_monthly\n"
  "      WHERE month BETWEEN ?1 AND ?2\n"
  CUSTOMER_FILTERS
  "      GROUP BY customer_id, currency HAVING sum (revenue) <> 0) g\n"
  "  JOIN customers c ON c.id = g.customer_id";

/* And from customer_yearly: whole years ?1 to ?2; one year is read in
 * the order of the key, grouped without sorting. */
#define CUSTOMERS_YEARLY(years) \
  "SELECT g.customer_id, c.name, g.currency, g.revenue, c.type = 'distributor'\n" \
  "FROM (SELECT customer_id, currency, sum (revenue) AS revenue FROM customer_yearly\n" \
  "      WHERE " years "\n" \
  CUSTOMER_FILTERS \
  "      GROUP BY customer_id, currency HAVING sum (revenue) <> 0) g\n" \
  "  JOIN customers c ON c.id = g.customer_id"
static const char customers_yearly_sql[] = CUSTOMERS_YEARLY ("year BETWEEN ?1 AND ?2");
static const char customers_year_sql[] = CUSTOMERS_YEARLY ("year = ?1 AND ?2 IS NOT NULL");

static const char categories_sql[] =
  "SELECT id, name_en, name_zh FROM product_categories WHERE parent_id IS NULL ORDER BY id";

static const char rep_targets_sql[] =
  "SELECT rep_id, currency, sum (value) FROM targets\n"
  "WHERE metric = 'revenue' AND rep_id IS NOT NULL\n"
  "  AND month BETWEEN substr (?1, 1, 7) AND substr (?2, 1, 7)\n"
  "GROUP BY rep_id, currency";

/* Steps `stmt` to the end, adding one row per result: id, name, then
 * either a Chinese name or a currency and an amount. */
static gboolean
append_rows (TerSqliteStore  *self,
             sqlite3_stmt    *stmt,
             gboolean         names_only,
             GArray          *rows,
             GError         **error)
{
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
      return FALSE;
    }
  return TRUE;
}

static GArray *
collect_rows (TerSqliteStore  *self,
              sqlite3_stmt    *stmt,
              gboolean         names_only,
              GError         **error)
{
  g_autoptr(GArray) rows = ter_dashboard_rows_new ();

  if (!append_rows (self, stmt, names_only, rows, error))
    return NULL;
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

/* One piece of a period: whole years of customer_yearly, or whole months
 * of customer_monthly added (sign 1) or taken out of a year (sign -1). */
typedef struct {
  gboolean yearly;
  char     first[8];
  char     last[8];
  int      sign;
} Piece;

static void
add_months (Piece *pieces,
            guint *n,
            int    year,
            int    first,
            int    last,
            int    sign)
{
  Piece *piece = &pieces[(*n)++];

  piece->yearly = FALSE;
  piece->sign = sign;
  g_snprintf (piece->first, sizeof piece->first, "%04d-%02d", year, first);
  g_snprintf (piece->last, sizeof piece->last, "%04d-%02d", year, last);
}

/* Splits months "YYYY-MM" `first` to `last` into the fewest rows to read:
 * a year with more months in the period than out of it is read whole,
 * less the months outside (future months cost nothing). */
static guint
plan_pieces (const char *first,
             const char *last,
             Piece       pieces[5])
{
  int y1 = 0, m1 = 0, y2 = 0, m2 = 0, from, to;
  guint n = 0;

  sscanf (first, "%d-%d", &y1, &m1);
  sscanf (last, "%d-%d", &y2, &m2);
  from = y1;
  to = y2;
  if (y1 == y2)
    {
      if (12 - (m2 - m1 + 1) >= m2 - m1 + 1)
        {
          add_months (pieces, &n, y1, m1, m2, 1);
          return n;
        }
      if (m1 > 1)
        add_months (pieces, &n, y1, 1, m1 - 1, -1);
      if (m2 < 12)
        add_months (pieces, &n, y1, m2 + 1, 12, -1);
    }
  else
    {
      /* The head year has months m1..12, the tail year 1..m2. */
      if (m1 > 1 && m1 - 1 < 13 - m1)
        add_months (pieces, &n, y1, 1, m1 - 1, -1);
      else if (m1 > 1)
        {
          add_months (pieces, &n, y1, m1, 12, 1);
          from = y1 + 1;
        }
      if (m2 < 12 && 12 - m2 < m2)
        add_months (pieces, &n, y2, m2 + 1, 12, -1);
      else if (m2 < 12)
        {
          add_months (pieces, &n, y2, 1, m2, 1);
          to = y2 - 1;
        }
    }
  if (from <= to)
    {
      pieces[n].yearly = TRUE;
      pieces[n].sign = 1;
      g_snprintf (pieces[n].first, sizeof pieces[n].first, "%04d", from);
      g_snprintf (pieces[n].last, sizeof pieces[n].last, "%04d", to);
      n++;
    }
  return n;
}

/* Adds up rows of one customer in one currency from several pieces,
 * keeping only the ones that are not zero. */
static GArray *
merge_rows (GArray *rows)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) merged = ter_dashboard_rows_new ();
  GArray *result = ter_dashboard_rows_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      TerDashboardRow *row = &g_array_index (rows, TerDashboardRow, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", row->id, row->currency);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, key));

      if (position == 0)
        {
          g_array_append_val (merged, *row);
          row->name = NULL;  /* moved */
          g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (merged->len));
        }
      else
        g_array_index (merged, TerDashboardRow, position - 1).amount += row->amount;
    }
  for (guint i = 0; i < merged->len; i++)
    {
      TerDashboardRow *row = &g_array_index (merged, TerDashboardRow, i);

      if (row->amount == 0)
        continue;
      g_array_append_val (result, *row);
      row->name = NULL;
    }
  return result;
}

static gboolean
sum_piece (TerSqliteStore            *self,
           const Piece               *piece,
           const TerAnalyticsFilter  *filter,
           GArray                    *rows,
           GError                   **error)
{
  const char *sql = !piece->yearly ? customers_monthly_sql
                    : g_str_equal (piece->first, piece->last) ? customers_year_sql : customers_yearly_sql;
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, piece->first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, piece->last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
  sqlite3_bind_int64 (stmt, 6, filter->rep_id);
  if (!piece->yearly)
    sqlite3_bind_int (stmt, 7, piece->sign);
  return append_rows (self, stmt, FALSE, rows, error);
}

static GArray *
ter_sqlite_dashboard_sum_customers (TerDashboardStore         *store,
                                    const TerAnalyticsFilter  *filter,
                                    GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = NULL;
  char first[8], last[8];
  Piece pieces[5];
  sqlite3_stmt *stmt;
  guint n;

  if (filter->category_id == 0 && whole_months (filter, first, last))
    {
      n = plan_pieces (first, last, pieces);
      rows = ter_dashboard_rows_new ();
      for (guint i = 0; i < n; i++)
        if (!sum_piece (self, &pieces[i], filter, rows, error))
          return NULL;
      return n == 1 ? g_steal_pointer (&rows) : merge_rows (rows);
    }

  if ((stmt = ter_sqlite_store_prepare (self, customers_sql, error)) == NULL)
    return NULL;
  bind_filter (stmt, filter);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
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
