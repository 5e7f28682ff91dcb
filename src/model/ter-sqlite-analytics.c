/* ter-sqlite-analytics.c: TerAnalyticsStore for SQLite, over the roll-up
 * tables of migration 2 (ter-sqlite-analytics-schema.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-analytics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-analytics-store.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store-private.h"

/* Parameters: ?1 first day (or month), ?2 last day (or month), ?3 territory,
 * ?4 channel, ?5 category, ?6 rep, ?7 grouping (TerAnalyticsGroup). */
#define KEY \
  "CASE WHEN ?7 IN (1, 7) THEN substr (day, 1, 7) WHEN ?7 = 6 THEN day ELSE '' END"
#define MONTH_KEY "CASE WHEN ?7 IN (1, 7) THEN month ELSE '' END"
#define ID_BUT_CATEGORY \
  "WHEN 2 THEN channel_id WHEN 4 THEN rep_id WHEN 5 THEN territory_id WHEN 7 THEN territory_id"
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
#define IN_MONTHS "month BETWEEN ?1 AND ?2"
#define SALES_SUMS \
  "  coalesce (sum (revenue) FILTER (WHERE kind = 0), 0),\n" \
  "  coalesce (sum (revenue) FILTER (WHERE kind = 1), 0),\n" \
  "  sum (cost), sum (units), sum (lines), coalesce (sum (orders) FILTER (WHERE kind = 0), 0)\n"

static const char sales_sql[] =
  "SELECT " KEY ", CASE ?7 " ID_BUT_CATEGORY "\n"
  "  WHEN 3 THEN " TER_SQLITE_TOP_CATEGORY ("category_id") " ELSE 0 END, currency,\n"
  SALES_SUMS
  "FROM sales_daily WHERE " IN_DAYS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_CATEGORY " AND " IN_TEAM "\n"
  "GROUP BY 1, 2, 3";

/* Whole months without reps; the category filter is a top-level one. */
static const char sales_monthly_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 WHEN 2 THEN channel_id WHEN 3 THEN category_id\n"
  "  WHEN 5 THEN territory_id WHEN 7 THEN territory_id ELSE 0 END,\n"
  "  currency,\n"
  SALES_SUMS
  "FROM sales_monthly WHERE " IN_MONTHS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND (?5 = 0 OR category_id = ?5)\n"
  "GROUP BY 1, 2, 3";

/* Whole months without categories. */
static const char team_monthly_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 " ID_BUT_CATEGORY " ELSE 0 END, currency,\n"
  SALES_SUMS
  "FROM team_monthly WHERE " IN_MONTHS " AND " IN_TERRITORY " AND " IN_CHANNEL " AND " IN_TEAM "\n"
  "GROUP BY 1, 2, 3";

/* Whole months of whole territories (no channel, category or rep). */
static const char territory_monthly_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 WHEN 5 THEN territory_id WHEN 7 THEN territory_id ELSE 0 END, currency,\n"
  SALES_SUMS
  "FROM territory_monthly WHERE " IN_MONTHS " AND " IN_TERRITORY "\n"
  "GROUP BY 1, 2, 3";

static const char territory_orders_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 WHEN 5 THEN territory_id WHEN 7 THEN territory_id ELSE 0 END, '', sum (orders)\n"
  "FROM territory_monthly WHERE kind = 0 AND " IN_MONTHS " AND " IN_TERRITORY "\n"
  "GROUP BY 1, 2";

#define ONE_DIMENSION(table, dim, group_number) \
  "SELECT " MONTH_KEY ", CASE ?7 WHEN " group_number " THEN " dim " WHEN 5 THEN territory_id WHEN 7 THEN territory_id\n" \
  "  ELSE 0 END, currency,\n" \
  SALES_SUMS \
  "FROM " table " WHERE " IN_MONTHS " AND " IN_TERRITORY " AND (?9 = 0 OR " dim " = ?9)\n" \
  "GROUP BY 1, 2, 3"
#define ONE_DIMENSION_ORDERS(table, dim, group_number) \
  "SELECT " MONTH_KEY ", CASE ?7 WHEN " group_number " THEN " dim " WHEN 5 THEN territory_id WHEN 7 THEN territory_id\n" \
  "  ELSE 0 END, '', sum (orders)\n" \
  "FROM " table " WHERE kind = 0 AND " IN_MONTHS " AND " IN_TERRITORY " AND (?9 = 0 OR " dim " = ?9)\n" \
  "GROUP BY 1, 2"

/* ?9 is the one filter these tables have besides the territory. */
static const char channel_monthly_sql[] = ONE_DIMENSION ("channel_monthly", "channel_id", "2");
static const char category_monthly_sql[] = ONE_DIMENSION ("category_monthly", "category_id", "3");
static const char rep_monthly_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 WHEN 4 THEN rep_id WHEN 5 THEN territory_id WHEN 7 THEN territory_id ELSE 0 END, currency,\n"
  SALES_SUMS
  "FROM rep_monthly WHERE " IN_MONTHS " AND " IN_TERRITORY " AND " IN_TEAM "\n"
  "GROUP BY 1, 2, 3";
static const char rep_category_monthly_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 WHEN 3 THEN category_id WHEN 4 THEN rep_id\n"
  "  WHEN 5 THEN territory_id WHEN 7 THEN territory_id ELSE 0 END, currency,\n"
  SALES_SUMS
  "FROM rep_category_monthly WHERE " IN_MONTHS " AND " IN_TERRITORY " AND " IN_TEAM "\n"
  "  AND (?5 = 0 OR category_id = ?5)\n"
  "GROUP BY 1, 2, 3";
static const char channel_orders_sql[] = ONE_DIMENSION_ORDERS ("channel_monthly", "channel_id", "2");
static const char rep_orders_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 WHEN 4 THEN rep_id WHEN 5 THEN territory_id WHEN 7 THEN territory_id ELSE 0 END, '',\n"
  "  sum (orders)\n"
  "FROM rep_monthly WHERE kind = 0 AND " IN_MONTHS " AND " IN_TERRITORY " AND " IN_TEAM "\n"
  "GROUP BY 1, 2";

static const char orders_sql[] =
  "SELECT " KEY ", CASE ?7 " ID_BUT_CATEGORY " ELSE 0 END, '', sum (orders)\n"
  "FROM orders_daily WHERE kind = 0 AND " IN_DAYS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_TEAM "\n"
  "GROUP BY 1, 2";

static const char orders_monthly_sql[] =
  "SELECT " MONTH_KEY ", CASE ?7 " ID_BUT_CATEGORY " ELSE 0 END, '', sum (orders)\n"
  "FROM team_monthly WHERE kind = 0 AND " IN_MONTHS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_TEAM "\n"
  "GROUP BY 1, 2";

static const char customers_sql[] =
  "SELECT " KEY ", CASE ?7 " ID_BUT_CATEGORY " ELSE 0 END, '', count (*)\n"
  "FROM customer_first WHERE " IN_DAYS " AND " IN_TERRITORY " AND " IN_CHANNEL "\n"
  "  AND " IN_TEAM "\n"
  "GROUP BY 1, 2";

/* A rep's own target, or the territory's (targets are set at every level
 * of the tree, so they are not added up), or the top territories'; by
 * territory, each territory's own target in the subtree. */
static const char targets_sql[] =
  "SELECT CASE WHEN ?7 IN (1, 7) THEN month ELSE '' END,\n"
  "  CASE WHEN ?7 IN (5, 7) THEN territory_id ELSE 0 END, currency, sum (value)\n"
  "FROM targets WHERE metric = 'revenue'\n"
  "  AND month BETWEEN substr (?1, 1, 7) AND substr (?2, 1, 7)\n"
  "  AND CASE WHEN ?7 IN (5, 7) THEN territory_id IS NOT NULL AND " IN_TERRITORY "\n"
  "           WHEN ?6 <> 0 THEN rep_id IS ?6\n"
  "           WHEN ?3 <> 0 THEN territory_id IS ?3\n"
  "           ELSE territory_id IN (SELECT id FROM territories WHERE parent_id IS NULL) END\n"
  "GROUP BY 1, 2, 3";

static const char top_category_sql[] =
  "SELECT parent_id IS NULL FROM product_categories WHERE id = ?1";

static gboolean
ter_sqlite_analytics_pause_rollups (TerAnalyticsStore  *store,
                                    GError            **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  /* Outside a transaction the pause would outlive the writer and let the
   * roll-ups drift. */
  if (sqlite3_get_autocommit (ter_sqlite_store_get_db (self)))
    {
      g_set_error_literal (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                           _("Sales roll-ups can only be paused inside a transaction."));
      return FALSE;
    }
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
                     "DELETE FROM sales_daily; DELETE FROM orders_daily; DELETE FROM customer_first;"
                     " DELETE FROM sales_monthly; DELETE FROM team_monthly;"
                     " DELETE FROM territory_monthly; DELETE FROM channel_monthly;"
                     " DELETE FROM rep_monthly; DELETE FROM category_monthly;"
                     " DELETE FROM rep_category_monthly; DELETE FROM customer_monthly;"
                     TER_SQLITE_ROLLUP_REBUILD TER_SQLITE_MONTHLY_REFILL, NULL, NULL, NULL);
  /* The customer roll-ups (migrations 7 and 9) are refilled in the same
   * transaction, still paused: the yearly one's triggers would otherwise
   * add every refilled month a second time. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (ter_sqlite_store_get_db (self), ter_sqlite_customer_rebuild, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (ter_sqlite_store_get_db (self), ter_sqlite_customer_yearly_rebuild, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (ter_sqlite_store_get_db (self), "DELETE FROM rollup_paused;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up sales"));
      return FALSE;
    }
  return TRUE;
}

/* Rows of one statement, added into `rows`; equal groups in one
 * currency (from several pieces of a period) are merged. */
static gboolean
run_query (TerSqliteStore            *self,
           const char                *sql,
           const char                *first,
           const char                *last,
           const TerAnalyticsFilter  *filter,
           TerAnalyticsGroup          group,
           GArray                    *rows,
           GHashTable                *index,
           GError                   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = ter_sqlite_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
  sqlite3_bind_int64 (stmt, 5, filter->category_id);
  sqlite3_bind_int64 (stmt, 6, filter->rep_id);
  sqlite3_bind_int (stmt, 7, group);
  if (sqlite3_bind_parameter_count (stmt) >= 9)
    sqlite3_bind_int64 (stmt, 9, sql == category_monthly_sql ? filter->category_id : filter->channel_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *name = g_strdup_printf ("%s/%lld/%s", ter_sqlite_column_text (stmt, 0),
                                               sqlite3_column_int64 (stmt, 1),
                                               ter_sqlite_column_text (stmt, 2));
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, name));
      TerAnalyticsSums *row;

      if (position == 0)
        {
          TerAnalyticsSums fresh = { .id = sqlite3_column_int64 (stmt, 1) };

          g_strlcpy (fresh.key, ter_sqlite_column_text (stmt, 0), sizeof fresh.key);
          g_strlcpy (fresh.currency, ter_sqlite_column_text (stmt, 2), sizeof fresh.currency);
          g_array_append_val (rows, fresh);
          position = rows->len;
          g_hash_table_insert (index, g_steal_pointer (&name), GUINT_TO_POINTER (position));
        }
      row = &g_array_index (rows, TerAnalyticsSums, position - 1);

      if (sql == orders_sql || sql == orders_monthly_sql || sql == territory_orders_sql
          || sql == channel_orders_sql || sql == rep_orders_sql)
        row->orders += sqlite3_column_int64 (stmt, 3);
      else if (sql == customers_sql)
        row->new_customers += sqlite3_column_int64 (stmt, 3);
      else if (sql == targets_sql)
        row->target += sqlite3_column_int64 (stmt, 3);
      else
        {
          row->sales += sqlite3_column_int64 (stmt, 3);
          row->returns += sqlite3_column_int64 (stmt, 4);
          row->cost += sqlite3_column_int64 (stmt, 5);
          row->units += sqlite3_column_int64 (stmt, 6);
          row->lines += sqlite3_column_int64 (stmt, 7);
          row->orders += sqlite3_column_int64 (stmt, 8);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up sales"));
      return FALSE;
    }
  return TRUE;
}

/* Splits the period into whole months (*first_month..*last_month, empty
 * when there are none) and the odd days before and after them. */
static gboolean
split_months (const TerAnalyticsFilter *filter,
              char                      first_month[8],
              char                      last_month[8],
              char                      head_end[11],
              char                      tail_start[11])
{
  GDate first, last, month_start, month_end;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_parse (&first, filter->first_day);
  g_date_set_parse (&last, filter->last_day);
  if (!g_date_valid (&first) || !g_date_valid (&last) || g_date_compare (&first, &last) > 0)
    return FALSE;

  month_start = first;
  if (g_date_get_day (&month_start) != 1)
    {
      g_date_set_day (&month_start, 1);
      g_date_add_months (&month_start, 1);
    }
  /* The first day of the last whole month. */
  month_end = last;
  if (!g_date_is_last_of_month (&month_end))
    g_date_subtract_months (&month_end, 1);
  g_date_set_day (&month_end, 1);
  if (g_date_compare (&month_start, &month_end) > 0)
    return FALSE;

  g_date_strftime (first_month, 8, "%Y-%m", &month_start);
  g_date_strftime (last_month, 8, "%Y-%m", &month_end);
  g_date_subtract_days (&month_start, 1);
  g_date_strftime (head_end, 11, "%Y-%m-%d", &month_start);
  g_date_add_months (&month_end, 1);
  g_date_strftime (tail_start, 11, "%Y-%m-%d", &month_end);
  return TRUE;
}

static gboolean
is_top_category (TerSqliteStore  *self,
                 gint64           id,
                 GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, top_category_sql, error);
  gboolean top;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  top = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_reset (stmt);
  return top;
}

/* Runs `daily_sql` over the whole period, or over its odd days and
 * `monthly_sql` (if not NULL) over its whole months. */
static GArray *
query_period (TerAnalyticsStore         *store,
              const char                *daily_sql,
              const char                *monthly_sql,
              const TerAnalyticsFilter  *filter,
              TerAnalyticsGroup          group,
              GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerAnalyticsSums));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  char first_month[8], last_month[8], head_end[11], tail_start[11];

  if (monthly_sql == NULL || group == TER_ANALYTICS_GROUP_DAY
      || !split_months (filter, first_month, last_month, head_end, tail_start))
    {
      if (!run_query (self, daily_sql, filter->first_day, filter->last_day, filter, group,
                      rows, index, error))
        return NULL;
      return g_steal_pointer (&rows);
    }

  if ((strcmp (filter->first_day, head_end) <= 0
       && !run_query (self, daily_sql, filter->first_day, head_end, filter, group, rows, index, error))
      || !run_query (self, monthly_sql, first_month, last_month, filter, group, rows, index, error)
      || (strcmp (tail_start, filter->last_day) <= 0
          && !run_query (self, daily_sql, tail_start, filter->last_day, filter, group, rows, index, error)))
    return NULL;

  return g_steal_pointer (&rows);
}

/* Which of the dimensions besides territory and month a query uses. */
static gboolean
uses (const TerAnalyticsFilter *filter,
      TerAnalyticsGroup         group,
      TerAnalyticsGroup         dimension)
{
  gint64 id = dimension == TER_ANALYTICS_GROUP_CHANNEL ? filter->channel_id
              : dimension == TER_ANALYTICS_GROUP_CATEGORY ? filter->category_id
              : filter->rep_id;

  return id != 0 || group == dimension;
}

/* The smallest monthly table that has the dimensions asked for, or NULL
 * for the daily table; `orders` picks the order-count statement. */
static const char *
monthly_statement (TerSqliteStore           *self,
                   const TerAnalyticsFilter *filter,
                   TerAnalyticsGroup         group,
                   gboolean                  orders)
{
  gboolean channel = uses (filter, group, TER_ANALYTICS_GROUP_CHANNEL);
  gboolean category = uses (filter, group, TER_ANALYTICS_GROUP_CATEGORY);
  gboolean rep = uses (filter, group, TER_ANALYTICS_GROUP_REP);

  if (orders || !category)
    {
      if (!channel && !rep)
        return orders ? territory_orders_sql : territory_monthly_sql;
      if (!rep)
        return orders ? channel_orders_sql : channel_monthly_sql;
      if (!channel)
        return orders ? rep_orders_sql : rep_monthly_sql;
      return orders ? orders_monthly_sql : team_monthly_sql;
    }

  if ((rep && channel)
      || (filter->category_id != 0 && !is_top_category (self, filter->category_id, NULL)))
    return NULL;
  if (rep)
    return rep_category_monthly_sql;
  return channel ? sales_monthly_sql : category_monthly_sql;
}

static GArray *
ter_sqlite_analytics_sum_sales (TerAnalyticsStore         *store,
                                const TerAnalyticsFilter  *filter,
                                TerAnalyticsGroup          group,
                                GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return query_period (store, sales_sql, monthly_statement (self, filter, group, FALSE),
                       filter, group, error);
}

static GArray *
ter_sqlite_analytics_count_orders (TerAnalyticsStore         *store,
                                   const TerAnalyticsFilter  *filter,
                                   TerAnalyticsGroup          group,
                                   GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return query_period (store, orders_sql, monthly_statement (self, filter, group, TRUE),
                       filter, group, error);
}

static GArray *
ter_sqlite_analytics_count_new_customers (TerAnalyticsStore         *store,
                                          const TerAnalyticsFilter  *filter,
                                          TerAnalyticsGroup          group,
                                          GError                   **error)
{
  return query_period (store, customers_sql, NULL, filter, group, error);
}

static GArray *
ter_sqlite_analytics_sum_targets (TerAnalyticsStore         *store,
                                  const TerAnalyticsFilter  *filter,
                                  TerAnalyticsGroup          group,
                                  GError                   **error)
{
  return query_period (store, targets_sql, NULL, filter, group, error);
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
