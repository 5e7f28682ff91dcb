/* test-analytics.c: the sales roll-up tables and the analytics queries.
 *
 * The roll-ups must equal a brute-force sum over the raw order lines after
 * any write: the demo generator, added orders, and edits and deletions made
 * by plain SQL on a second connection (as an import or a repair would).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ter-demo.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store.h"

#define N_ORDERS 3000

static char *tmp_dir;

/* Rows of the roll-up that the raw rows do not give, plus the reverse. */
static const char diff_sql[] =
  "WITH rolled AS (SELECT day, territory_id, rep_id, channel_id, category_id, currency, kind,"
  "  sum (revenue) r, sum (cost) c, sum (units) u, sum (lines) n, sum (orders) o FROM sales_daily"
  "  GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING n <> 0 OR r <> 0 OR c <> 0 OR u <> 0 OR o <> 0),"
  " raw AS (SELECT o.order_date, coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,"
  "  p.category_id, o.currency, o.status = 'return', sum (l.amount), sum (l.cost), sum (l.quantity),"
  "  count (*), count (DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id"
  "  JOIN products p ON p.id = l.product_id WHERE o.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6, 7),"
  " orders_rolled AS (SELECT * FROM orders_daily WHERE orders <> 0),"
  " orders_raw AS (SELECT order_date, coalesce (territory_id, 0), coalesce (rep_id, 0), channel_id,"
  "  currency, status = 'return', count (*) FROM orders WHERE status <> 'cancelled'"
  "  GROUP BY 1, 2, 3, 4, 5, 6),"
  " first_raw AS (SELECT customer_id, order_date, id, coalesce (territory_id, 0),"
  "  coalesce (rep_id, 0), channel_id FROM (SELECT *, row_number () OVER"
  "  (PARTITION BY customer_id ORDER BY order_date, id) AS n FROM orders"
  "  WHERE status NOT IN ('cancelled', 'return')) WHERE n = 1) "
  "SELECT (SELECT count (*) FROM (SELECT * FROM rolled EXCEPT SELECT * FROM raw))"
  " + (SELECT count (*) FROM (SELECT * FROM raw EXCEPT SELECT * FROM rolled))"
  " + (SELECT count (*) FROM (SELECT * FROM orders_rolled EXCEPT SELECT * FROM orders_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM orders_raw EXCEPT SELECT * FROM orders_rolled))"
  " + (SELECT count (*) FROM (SELECT * FROM customer_first EXCEPT SELECT * FROM first_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM first_raw EXCEPT SELECT * FROM customer_first))";

static sqlite3_int64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
assert_rollups_exact (sqlite3 *db)
{
  g_assert_cmpint (query_int (db, diff_sql), ==, 0);
}

/* A demo database and a second connection to it. */
static TerSqliteStore *
demo_store (const char  *name,
            guint64      seed,
            sqlite3    **db)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  TerSqliteStore *store = ter_sqlite_store_open (path, &error);
  TerDemoOptions options;

  g_assert_no_error (error);
  ter_demo_options_init (&options);
  options.seed = seed;
  options.n_orders = N_ORDERS;
  options.n_customers = 1000;
  options.end_date = "2026-10-31";
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (path, db), ==, SQLITE_OK);
  exec_sql (*db, "PRAGMA foreign_keys = ON");
  return store;
}

static void
test_rollup_after_demo (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("demo.db", 11, &db);

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sales_daily"), >, 1000);
  assert_rollups_exact (db);

  /* The migration's fill gives the same tables as the triggers. */
  exec_sql (db, "DELETE FROM sales_daily; DELETE FROM orders_daily; DELETE FROM customer_first;");
  g_assert_cmpint (query_int (db, diff_sql), >, 0);
  exec_sql (db, TER_SQLITE_ROLLUP_REBUILD);
  assert_rollups_exact (db);
  sqlite3_close (db);
}

/* One random edit of the kind an import, a correction or a clean-up makes. */
static void
random_edit (sqlite3 *db,
             GRand   *rand)
{
  static const char *edits[] = {
    "DELETE FROM orders WHERE id = ?1 AND id NOT IN (SELECT return_of FROM orders"
    " WHERE return_of IS NOT NULL)",
    "UPDATE orders SET status = 'cancelled' WHERE id = ?1",
    "UPDATE orders SET status = 'completed' WHERE id = ?1 AND status <> 'return'",
    "UPDATE orders SET territory_id = NULL, rep_id = NULL WHERE id = ?1",
    "UPDATE orders SET territory_id = (SELECT max (id) FROM territories) WHERE id = ?1",
    "UPDATE orders SET order_date = date (order_date, '-40 days') WHERE id = ?1",
    "UPDATE orders SET customer_id = customer_id % 50 + 1 WHERE id = ?1",
    "UPDATE orders SET channel_id = channel_id % 6 + 1, currency = 'USD' WHERE id = ?1",
    "UPDATE order_lines SET quantity = quantity * 3, amount = quantity * 3 * unit_price - discount"
    " WHERE order_id = ?1",
    "UPDATE order_lines SET product_id = product_id % 37 + 1 WHERE id = ?1",
    "UPDATE order_lines SET order_id = order_id + 1 WHERE id = ?1"
    " AND order_id + 1 IN (SELECT id FROM orders)",
    "DELETE FROM order_lines WHERE id = ?1",
    "INSERT INTO order_lines (order_id, product_id, quantity, unit_price, discount, amount, cost)"
    " SELECT id, 7, 2, 1000, 50, 1950, 800 FROM orders WHERE id = ?1",
    "UPDATE products SET category_id = (SELECT id FROM product_categories"
    " ORDER BY id LIMIT 1 OFFSET ?1 % 20) WHERE id = ?1 % 40 + 1",
  };
  guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (edits));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, edits[which], -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, g_rand_int_range (rand, 1, N_ORDERS));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
test_rollup_after_edits (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("edits.db", 12, &db);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);

  for (guint round = 0; round < 8; round++)
    {
      /* Several edits in one transaction, then a check. */
      exec_sql (db, "BEGIN");
      for (guint i = 0; i < 40; i++)
        random_edit (db, rand);
      exec_sql (db, "COMMIT");
      assert_rollups_exact (db);
    }

  /* A rolled-back transaction takes its roll-up changes with it. */
  exec_sql (db, "BEGIN; DELETE FROM order_lines WHERE id % 3 = 0;"
                " UPDATE orders SET status = 'cancelled' WHERE id % 5 = 0; ROLLBACK");
  assert_rollups_exact (db);
  sqlite3_close (db);
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("territory-analytics-XXXXXX", NULL);

  g_test_add_func ("/analytics/rollup-after-demo", test_rollup_after_demo);
  g_test_add_func ("/analytics/rollup-after-edits", test_rollup_after_edits);

  result = g_test_run ();
  remove_tmp_dir ();
  g_free (tmp_dir);
  return result;
}
