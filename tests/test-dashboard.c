/* test-dashboard.c: the dashboard's figures (ter-dashboard.c) and the
 * customer roll-ups of migrations 7 and 9 against brute-force sums over the raw
 * order lines, for many random filters, before and after edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ter-context.h"
#include "ter-dashboard.h"
#include "ter-dashboard-store.h"
#include "ter-demo.h"
#include "ter-sqlite-store.h"

static char *tmp_dir;

/* Net revenue per customer and currency over the filter, from the raw
 * rows, as "customer/currency" → amount. */
static const char brute_sql[] =
  "SELECT o.customer_id || '/' || o.currency, sum (l.amount) FROM orders o\n"
  "  JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id\n"
  "WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'\n"
  "  AND (?3 = 0 OR o.territory_id IN (WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL\n"
  "       SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))\n"
  "  AND (?4 = 0 OR o.channel_id = ?4)\n"
  "  AND (?5 = 0 OR p.category_id IN (WITH RECURSIVE sub (id) AS (SELECT ?5 UNION ALL\n"
  "       SELECT c.id FROM product_categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))\n"
  "  AND (?6 = 0 OR o.rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?6 UNION ALL\n"
  "       SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team))\n"
  "GROUP BY 1 HAVING sum (l.amount) <> 0";

static gint64
pick (sqlite3    *db,
      GRand      *rand,
      const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s ORDER BY id LIMIT 1 OFFSET"
                                          " abs (?1) %% (SELECT count (*) FROM %s)", table, table);
  sqlite3_stmt *stmt = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, g_rand_int (rand));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* Whole months mostly (the roll-up), odd days sometimes (the raw lines). */
static void
random_filter (sqlite3            *db,
               GRand              *rand,
               TerAnalyticsFilter *filter)
{
  int year = g_rand_int_range (rand, 2024, 2027);
  int month = g_rand_int_range (rand, 1, 13);
  /* Sometimes over two or three years: whole years with months added
   * or taken out at the ends. */
  int months = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 13, 37)
                                                  : g_rand_int_range (rand, 1, 13);
  GDate first, last;

  memset (filter, 0, sizeof *filter);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 2, 28) : 1,
                  month, year);
  last = first;
  g_date_add_months (&last, months);
  g_date_subtract_days (&last, g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 2, 9) : 1);
  if (g_date_get_day (&first) == 1 && g_rand_boolean (rand))
    g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&last), g_date_get_year (&last)));
  g_date_strftime (filter->first_day, sizeof filter->first_day, "%Y-%m-%d", &first);
  g_date_strftime (filter->last_day, sizeof filter->last_day, "%Y-%m-%d", &last);
  if (g_rand_int_range (rand, 0, 3) == 0)
    filter->territory_id = pick (db, rand, "territories");
  if (g_rand_int_range (rand, 0, 3) == 0)
    filter->channel_id = pick (db, rand, "channels");
  if (g_rand_int_range (rand, 0, 4) == 0)
    filter->category_id = pick (db, rand, "product_categories");
  if (g_rand_int_range (rand, 0, 4) == 0)
    filter->rep_id = pick (db, rand, "reps");
}

static void
check_customers (TerSqliteStore           *store,
                 sqlite3                  *db,
                 const TerAnalyticsFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = ter_dashboard_store_sum_customers (TER_DASHBOARD_STORE (store), filter, &error);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db, brute_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, filter->first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, filter->last_day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, filter->territory_id);
  sqlite3_bind_int64 (stmt, 4, filter->channel_id);
  sqlite3_bind_int64 (stmt, 5, filter->category_id);
  sqlite3_bind_int64 (stmt, 6, filter->rep_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (expected, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) }, sizeof (gint64)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < rows->len; i++)
    {
      const TerDashboardRow *row = &g_array_index (rows, TerDashboardRow, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", row->id, row->currency);
      gint64 *amount = g_hash_table_lookup (expected, key);

      if (row->amount == 0)
        continue;
      if (amount == NULL)
        g_error ("%s..%s t%" G_GINT64_FORMAT " c%" G_GINT64_FORMAT " g%" G_GINT64_FORMAT " r%" G_GINT64_FORMAT
                 ": customer %s has %" G_GINT64_FORMAT " but no raw sales",
                 filter->first_day, filter->last_day, filter->territory_id, filter->channel_id,
                 filter->category_id, filter->rep_id, key, row->amount);
      g_assert_cmpint (row->amount, ==, *amount);
      g_assert_nonnull (row->name);
      g_hash_table_remove (expected, key);
    }
  g_assert_cmpuint (g_hash_table_size (expected), ==, 0);
}

static TerSqliteStore *
demo_store (const char  *name,
            sqlite3    **db)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  TerSqliteStore *store = ter_sqlite_store_open (path, &error);
  TerDemoOptions options;

  g_assert_no_error (error);
  ter_demo_options_init (&options);
  options.seed = 5;
  options.n_orders = 3000;
  options.n_customers = 500;
  options.end_date = "2026-10-20";
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, db), ==, SQLITE_OK);
  return store;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The roll-up answers like the raw lines for random filters, also after
 * edits made behind the app's back (a second connection). */
static void
test_customers (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("customers.db", &db);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  TerAnalyticsFilter filter;

  for (guint round = 0; round < 3; round++)
    {
      for (guint i = 0; i < 60; i++)
        {
          random_filter (db, rand, &filter);
          check_customers (store, db, &filter);
        }
      exec_sql (db, "BEGIN;"
                " UPDATE orders SET customer_id = customer_id % 40 + 1 WHERE id % 17 = 3;"
                " UPDATE orders SET status = 'cancelled' WHERE id % 23 = 5;"
                " UPDATE orders SET order_date = date (order_date, '-35 days') WHERE id % 29 = 7;"
                " UPDATE orders SET channel_id = channel_id % 6 + 1 WHERE id % 31 = 2;"
                " DELETE FROM order_lines WHERE id % 37 = 1;"
                " UPDATE order_lines SET quantity = quantity * 3, amount = quantity * 3 * unit_price - discount"
                "   WHERE id % 41 = 4;"
                " DELETE FROM orders WHERE id % 43 = 6 AND id NOT IN (SELECT return_of FROM orders"
                "   WHERE return_of IS NOT NULL);"
                " COMMIT;");
    }
  sqlite3_close (db);
}

/* The dashboard's totals and breakdowns agree with the analytics store;
 * the trend ends with the period's last month, never after today. */
static void
test_compute (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("compute.db", &db);
  g_autoptr(TerContext) context = ter_context_new (TER_STORE (store));
  g_autoptr(GError) error = NULL;
  g_autoptr(TerDashboard) dashboard = NULL;
  g_autoptr(GArray) points = NULL;
  TerDashboardQuery query = { .currency = "CNY" };
  gint64 sum = 0;

  g_assert_true (ter_context_reload (context, &error));
  query.territories = ter_context_get_territories (context);
  g_date_clear (&query.today, 1);
  g_date_set_dmy (&query.today, 20, 10, 2026);
  g_strlcpy (query.filter.first_day, "2026-01-01", sizeof query.filter.first_day);
  g_strlcpy (query.filter.last_day, "2026-12-31", sizeof query.filter.last_day);

  dashboard = ter_dashboard_compute (TER_STORE (store), &query, &error);
  g_assert_no_error (error);
  points = ter_analytics_store_query (TER_ANALYTICS_STORE (store), &query.filter, TER_ANALYTICS_GROUP_NONE,
                                      "CNY", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dashboard->total.revenue, ==, g_array_index (points, TerAnalyticsPoint, 0).revenue);
  g_assert_cmpstr (dashboard->months[TER_DASHBOARD_MONTHS - 1], ==, "2026-10");
  g_assert_cmpstr (dashboard->months[0], ==, "2025-11");
  g_assert_true (dashboard->month_to_date);
  g_assert_true (dashboard->has_forecast);
  /* From the last closed month, September: October to December. */
  g_assert_cmpuint (dashboard->forecast_start, ==, TER_DASHBOARD_MONTHS - 1);
  g_assert_cmpuint (ter_dashboard_n_axis_months (dashboard), ==, TER_DASHBOARD_MONTHS + 2);
  /* The trend's query and the older months' revenue give the forecast
   * its own query gives. */
  {
    TerAnalyticsFilter base = query.filter;
    TerForecast forecast;

    g_strlcpy (base.last_day, "2026-09-30", sizeof base.last_day);
    g_assert_true (ter_analytics_store_forecast (TER_ANALYTICS_STORE (store), &base, "CNY",
                                                 TER_DASHBOARD_HORIZON, &forecast, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (forecast.horizon, ==, dashboard->forecast.horizon);
    for (guint i = 0; i < forecast.horizon; i++)
      g_assert_cmpfloat (forecast.values[i], ==, dashboard->forecast.values[i]);
    g_assert_cmpfloat (forecast.mape, ==, dashboard->forecast.mape);
  }
  /* Last year's months are those months' own figures. */
  {
    TerAnalyticsFilter month = query.filter;
    g_autoptr(GArray) last_year = NULL;

    g_strlcpy (month.first_day, "2025-03-01", sizeof month.first_day);
    g_strlcpy (month.last_day, "2025-03-31", sizeof month.last_day);
    last_year = ter_analytics_store_query (TER_ANALYTICS_STORE (store), &month, TER_ANALYTICS_GROUP_NONE,
                                           "CNY", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (dashboard->months[4], ==, "2026-03");
    g_assert_cmpint (dashboard->by_month_last_year[4].revenue, ==,
                     g_array_index (last_year, TerAnalyticsPoint, 0).revenue);
    g_assert_cmpint (dashboard->by_month_last_year[4].orders, ==,
                     g_array_index (last_year, TerAnalyticsPoint, 0).orders);
    g_assert_cmpint (dashboard->by_month_last_year[4].new_customers, ==,
                     g_array_index (last_year, TerAnalyticsPoint, 0).new_customers);
  }
  g_assert_cmpuint (dashboard->customers->len, ==, TER_DASHBOARD_TOP);
  for (guint i = 1; i < dashboard->customers->len; i++)
    g_assert_cmpint (g_array_index (dashboard->customers, TerDashboardEntry, i - 1).value, >=,
                     g_array_index (dashboard->customers, TerDashboardEntry, i).value);
  for (guint i = 0; i < TER_DASHBOARD_MONTHS; i++)
    if (dashboard->months[i][3] == '6')
      sum += dashboard->by_month[i].revenue;
  g_assert_cmpint (sum, ==, dashboard->total.revenue);
  g_assert_cmpuint (dashboard->heat_rows->len, >=, 3);
  g_assert_true (dashboard->heat_is_attainment);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("territory-dashboard-XXXXXX", NULL);
  g_test_add_func ("/dashboard/customers", test_customers);
  g_test_add_func ("/dashboard/compute", test_compute);
  status = g_test_run ();
  for (const char *const *name = (const char *const[]) { "customers.db", "customers.db-wal", "customers.db-shm",
                                                         "compute.db", "compute.db-wal", "compute.db-shm", NULL };
       *name != NULL; name++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, *name, NULL);

      g_remove (path);
    }
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
