/* test-demo.c: the demo company generator.
 *
 * Generated databases are checked through TerStore where it can answer,
 * and through a second, read-only SQLite connection to the same file
 * where it cannot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ter-demo.h"
#include "ter-money.h"
#include "ter-rep.h"
#include "ter-sqlite-store.h"
#include "ter-territory.h"

#define END_DATE "2026-10-31"
#define FIRST_DAY "2023-11-01"
#define FIRST_MONTH "2023-11"
#define LAST_MONTH "2026-10"
#define N_MONTHS 36
#define SMALL_ORDERS 4000
#define SMALL_CUSTOMERS 2000

static char *tmp_dir;
static TerSqliteStore *shared_store;
static sqlite3 *shared_db;

/* Helpers */

static void
small_options (TerDemoOptions *options,
               guint64         seed)
{
  ter_demo_options_init (options);
  options->seed = seed;
  options->n_orders = SMALL_ORDERS;
  options->n_customers = SMALL_CUSTOMERS;
  options->end_date = END_DATE;
}

static TerSqliteStore *
open_store (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  TerSqliteStore *store = ter_sqlite_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static TerSqliteStore *
generate_file (const char           *name,
               const TerDemoOptions *options)
{
  g_autoptr(TerSqliteStore) store = open_store (name);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ter_demo_generate (TER_STORE (store), options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return g_steal_pointer (&store);
}

static sqlite3 *
open_raw (TerSqliteStore *store)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (ter_store_get_location (TER_STORE (store)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static gint64
query_int64 (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = prepare (db, sql);
  gint64 value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A digest of every row a query returns, to compare whole tables. */
static char *
query_digest (sqlite3    *db,
              const char *sql)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *stmt = prepare (db, sql);
  int rows = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const guchar *text = sqlite3_column_text (stmt, i);

          g_checksum_update (checksum, text ? text : (const guchar *) "<null>", -1);
          g_checksum_update (checksum, (const guchar *) "|", 1);
        }
      rows++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (rows, >, 0);

  return g_strdup (g_checksum_get_string (checksum));
}

static void
get_counts (TerSqliteStore *store,
            TerStoreCounts *counts)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ter_store_count (TER_STORE (store), counts, &error));
  g_assert_no_error (error);
}

static void
assert_counts_equal (const TerStoreCounts *a,
                     const TerStoreCounts *b)
{
  g_assert_cmpint (a->regions, ==, b->regions);
  g_assert_cmpint (a->territories, ==, b->territories);
  g_assert_cmpint (a->reps, ==, b->reps);
  g_assert_cmpint (a->customers, ==, b->customers);
  g_assert_cmpint (a->products, ==, b->products);
  g_assert_cmpint (a->channels, ==, b->channels);
  g_assert_cmpint (a->orders, ==, b->orders);
  g_assert_cmpint (a->order_lines, ==, b->order_lines);
  g_assert_cmpint (a->targets, ==, b->targets);
  g_assert_cmpstr (a->first_order, ==, b->first_order);
  g_assert_cmpstr (a->last_order, ==, b->last_order);
}

static int
compare_sales (gconstpointer a,
               gconstpointer b)
{
  const TerTerritorySales *x = a;
  const TerTerritorySales *y = b;

  if (x->territory_id != y->territory_id)
    return x->territory_id < y->territory_id ? -1 : 1;
  return strcmp (x->currency, y->currency);
}

static GArray *
whole_span_sales (TerSqliteStore *store)
{
  g_autoptr(GError) error = NULL;
  GArray *sales = ter_store_territory_sales (TER_STORE (store), FIRST_DAY, END_DATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sales);
  g_array_sort (sales, compare_sales);
  return sales;
}

/* The database most tests look at, generated once. */
static sqlite3 *
get_shared_db (void)
{
  TerDemoOptions options;

  if (shared_db != NULL)
    return shared_db;

  small_options (&options, 2026);
  shared_store = generate_file ("shared.db", &options);
  shared_db = open_raw (shared_store);
  return shared_db;
}

/* Tests */

static void
test_options (void)
{
  g_autoptr(TerSqliteStore) store = open_store ("options.db");
  g_autoptr(GError) error = NULL;
  TerDemoOptions options;
  TerStoreCounts counts;

  ter_demo_options_init (&options);
  g_assert_cmpuint (options.seed, ==, 1);
  g_assert_cmpuint (options.n_orders, ==, 120000);
  g_assert_cmpuint (options.n_customers, ==, 20000);
  g_assert_cmpuint (options.years, ==, 3);
  g_assert_null (options.end_date);

  small_options (&options, 1);
  options.end_date = "2026-13-01";
  g_assert_false (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  small_options (&options, 1);
  options.n_customers = 100;
  g_assert_false (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);

  get_counts (store, &counts);
  g_assert_cmpint (counts.territories, ==, 0);
  g_assert_cmpint (counts.orders, ==, 0);
}

static void
assert_same_sales (GArray *a,
                   GArray *b)
{
  g_assert_cmpuint (a->len, >=, 49);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const TerTerritorySales *x = &g_array_index (a, TerTerritorySales, i);
      const TerTerritorySales *y = &g_array_index (b, TerTerritorySales, i);

      g_assert_cmpint (x->territory_id, ==, y->territory_id);
      g_assert_cmpstr (x->currency, ==, y->currency);
      g_assert_cmpint (x->revenue, ==, y->revenue);
      g_assert_cmpint (x->cost, ==, y->cost);
      g_assert_cmpint (x->orders, ==, y->orders);
      g_assert_cmpint (x->lines, ==, y->lines);
    }
}

static gboolean
sales_differ (GArray *a,
              GArray *b)
{
  if (a->len != b->len)
    return TRUE;

  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, TerTerritorySales, i).revenue != g_array_index (b, TerTerritorySales, i).revenue)
      return TRUE;

  return FALSE;
}

/* Whole tables are the same for the same seed, and differ for another. */
static void
assert_same_rows (TerSqliteStore *a,
                  TerSqliteStore *b,
                  TerSqliteStore *other)
{
  static const char *const queries[] = {
    "SELECT sum (amount) FROM order_lines",
    "SELECT o.number, o.order_date, o.customer_id, o.channel_id, o.territory_id, o.rep_id, o.status,"
    " l.product_id, l.quantity, l.unit_price, l.discount, l.cost "
    "FROM orders o JOIN order_lines l ON l.order_id = o.id ORDER BY l.id",
    "SELECT name, type, region_id, city, owner_rep_id, credit_limit, created_on FROM customers ORDER BY id",
    "SELECT name, email, role, manager_id, territory_id, hire_date FROM reps ORDER BY id",
    "SELECT territory_id, rep_id, month, value, currency FROM targets ORDER BY id",
  };
  sqlite3 *db_a = open_raw (a);
  sqlite3 *db_b = open_raw (b);
  sqlite3 *db_other = open_raw (other);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *digest_a = query_digest (db_a, queries[i]);
      g_autofree char *digest_b = query_digest (db_b, queries[i]);
      g_autofree char *digest_other = query_digest (db_other, queries[i]);

      g_assert_cmpstr (digest_a, ==, digest_b);
      g_assert_cmpstr (digest_a, !=, digest_other);
    }

  sqlite3_close (db_a);
  sqlite3_close (db_b);
  sqlite3_close (db_other);
}

static void
test_deterministic (void)
{
  g_autoptr(TerSqliteStore) a = NULL;
  g_autoptr(TerSqliteStore) b = NULL;
  g_autoptr(TerSqliteStore) other = NULL;
  g_autoptr(GArray) sales_a = NULL;
  g_autoptr(GArray) sales_b = NULL;
  g_autoptr(GArray) sales_other = NULL;
  TerStoreCounts counts_a, counts_b;
  TerDemoOptions options;

  small_options (&options, 42);
  a = generate_file ("same-a.db", &options);
  b = generate_file ("same-b.db", &options);
  options.seed = 43;
  other = generate_file ("other.db", &options);

  get_counts (a, &counts_a);
  get_counts (b, &counts_b);
  assert_counts_equal (&counts_a, &counts_b);
  g_assert_cmpint (counts_a.orders, >, SMALL_ORDERS);

  sales_a = whole_span_sales (a);
  sales_b = whole_span_sales (b);
  sales_other = whole_span_sales (other);
  assert_same_sales (sales_a, sales_b);
  g_assert_true (sales_differ (sales_a, sales_other));

  assert_same_rows (a, b, other);
}

static void
test_complete_geography (void)
{
  sqlite3 *db = get_shared_db ();

  /* The 31 mainland provinces and the 50 states and DC all buy;
   * Hong Kong, Macao and Taiwan are not sales territory. */
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT r.code) FROM customers c JOIN regions r ON r.id = c.region_id "
                                    "WHERE r.code LIKE 'CN-%' AND r.code NOT IN ('CN-HK', 'CN-MO', 'CN-TW')"), ==, 31);
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT r.code) FROM orders o JOIN regions r ON r.id = o.region_id "
                                    "WHERE r.code LIKE 'CN-%' AND o.status <> 'return'"), ==, 31);
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT r.code) FROM customers c JOIN regions r ON r.id = c.region_id "
                                    "WHERE r.code LIKE 'US-%'"), ==, 51);
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT r.code) FROM orders o JOIN regions r ON r.id = o.region_id "
                                    "WHERE r.code LIKE 'US-%' AND o.status <> 'return'"), ==, 51);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers c JOIN regions r ON r.id = c.region_id "
                                    "WHERE r.code IN ('CN-HK', 'CN-MO', 'CN-TW')"), ==, 0);

  /* Bigger economies have more customers. */
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers c JOIN regions r ON r.id = c.region_id WHERE r.code = 'CN-GD'"), >,
                   5 * query_int64 (db, "SELECT count (*) FROM customers c JOIN regions r ON r.id = c.region_id WHERE r.code = 'CN-NX'"));
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers c JOIN regions r ON r.id = c.region_id WHERE r.code = 'US-CA'"), >,
                   5 * query_int64 (db, "SELECT count (*) FROM customers c JOIN regions r ON r.id = c.region_id WHERE r.code = 'US-WY'"));

  /* Every region is assigned from the first day; some move later. */
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT region_id) FROM territory_regions WHERE valid_from = '" FIRST_DAY "'"), ==, 82);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM territory_regions WHERE valid_from > '" FIRST_DAY "'"), >=, 1);
}

static void
test_complete_catalogue (void)
{
  sqlite3 *db = get_shared_db ();
  g_autoptr(GListModel) channels = NULL;
  g_autoptr(GError) error = NULL;

  channels = ter_store_list_channels (TER_STORE (shared_store), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 6);
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT channel_id) FROM orders"), ==, 6);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders o JOIN channels ch ON ch.id = o.channel_id "
                                    "WHERE (ch.code IN ('TMALL', 'JD') AND o.currency <> 'CNY') "
                                    "OR (ch.code = 'AMAZON' AND o.currency <> 'USD')"), ==, 0);

  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM product_categories WHERE parent_id IS NULL"), >=, 5);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM product_categories WHERE parent_id IS NOT NULL"), >=, 10);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM products"), >=, 400);
  /* Priced in both markets, at a cost of 55-70 % of the list price. */
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM products p WHERE (SELECT count (*) FROM product_prices pp "
                                    "WHERE pp.product_id = p.id AND pp.list_price > 0 "
                                    "AND pp.cost BETWEEN pp.list_price * 0.54 AND pp.list_price * 0.71) <> 2"), ==, 0);

  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM (SELECT DISTINCT type, currency FROM customers)"), ==, 10);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers WHERE type = 'online'"), >,
                   query_int64 (db, "SELECT count (*) FROM customers WHERE type <> 'online'"));
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers WHERE type IN ('key_account', 'distributor', 'dealer') "
                                    "AND credit_limit <= 0"), ==, 0);
}

static void
test_complete_orders (void)
{
  sqlite3 *db = get_shared_db ();
  gint64 returns;

  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status <> 'return'"), ==, SMALL_ORDERS);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE order_date < '" FIRST_DAY "' OR order_date > '" END_DATE "'"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE order_date = '" END_DATE "'"), >, 0);
  g_assert_cmpint (query_int64 (db, "SELECT max (n) FROM (SELECT count (*) n FROM order_lines GROUP BY order_id)"), <=, 5);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                    "JOIN territories t ON t.id = o.territory_id "
                                    "WHERE o.currency <> c.currency OR o.currency <> t.currency"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                    "WHERE o.status <> 'return' AND (l.quantity <= 0 OR l.discount < 0 "
                                    "OR l.amount <= 0 OR l.cost <= 0)"), ==, 0);

  /* Mostly completed; about 1 % cancelled; open and shipped only lately. */
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status = 'completed'"), >, SMALL_ORDERS * 85 / 100);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status = 'cancelled'"), >=, SMALL_ORDERS / 500);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status = 'cancelled'"), <=, SMALL_ORDERS * 3 / 100);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status = 'open'"), >, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status = 'shipped'"), >, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status IN ('open', 'shipped') "
                                    "AND order_date < date ('" END_DATE "', '-14 days')"), ==, 0);

  /* 3-5 % of orders come back, 3-30 days later, for negative amounts. */
  returns = query_int64 (db, "SELECT count (*) FROM orders WHERE status = 'return'");
  g_assert_cmpint (returns, >=, SMALL_ORDERS * 2 / 100);
  g_assert_cmpint (returns, <=, SMALL_ORDERS * 7 / 100);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM (SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                                    "WHERE o.status = 'return' GROUP BY o.id "
                                    "HAVING sum (l.amount) >= 0 OR sum (l.cost) >= 0 OR max (l.quantity) >= 0 OR max (l.discount) > 0)"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders r LEFT JOIN orders o ON o.id = r.return_of "
                                    "WHERE r.status = 'return' AND (o.id IS NULL OR o.status <> 'completed' "
                                    "OR o.customer_id <> r.customer_id OR r.number <> 'R-' || o.number "
                                    "OR julianday (r.order_date) - julianday (o.order_date) NOT BETWEEN 3 AND 30)"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status <> 'return' AND return_of IS NOT NULL"), ==, 0);
}

/* Even a tiny demo sells in every province and state. */
static void
test_complete_tiny (void)
{
  g_autoptr(TerSqliteStore) store = NULL;
  TerDemoOptions options;
  sqlite3 *db;

  small_options (&options, 11);
  options.n_orders = 300;
  options.n_customers = 500;
  store = generate_file ("tiny.db", &options);
  db = open_raw (store);

  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE status <> 'return'"), ==, 300);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers"), ==, 500);
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT region_id) FROM customers"), ==, 82);
  g_assert_cmpint (query_int64 (db, "SELECT count (DISTINCT region_id) FROM orders"), ==, 82);
  sqlite3_close (db);
}

static void
test_attribution (void)
{
  sqlite3 *db = get_shared_db ();

  /* Each order belongs to the territory that covered its region that
   * day, and to a rep of that territory who had been hired by then. */
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders o WHERE o.territory_id IS NOT "
                                    "(SELECT tr.territory_id FROM territory_regions tr WHERE tr.region_id = o.region_id "
                                    "AND tr.valid_from <= o.order_date AND (tr.valid_to IS NULL OR tr.valid_to > o.order_date))"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders o JOIN reps r ON r.id = o.rep_id "
                                    "WHERE r.territory_id <> o.territory_id OR r.hire_date > o.order_date OR r.role <> 'sales_rep'"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders WHERE rep_id IS NULL OR territory_id IS NULL"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                    "WHERE c.created_on > o.order_date OR c.region_id <> o.region_id"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM customers c JOIN reps r ON r.id = c.owner_rep_id "
                                    "WHERE r.territory_id NOT IN (SELECT territory_id FROM territory_regions "
                                    "WHERE region_id = c.region_id)"), ==, 0);

  /* A region that moved sold for both territories. */
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM (SELECT o.region_id FROM orders o "
                                    "WHERE o.region_id IN (SELECT region_id FROM territory_regions WHERE valid_from > '" FIRST_DAY "') "
                                    "GROUP BY o.region_id HAVING count (DISTINCT o.territory_id) = 2)"), >=, 1);
}

static gboolean
reaches_root (GHashTable *parents,
              gint64      id,
              guint       limit)
{
  for (guint steps = 0; steps <= limit; steps++)
    {
      gint64 *parent = g_hash_table_lookup (parents, &id);

      g_assert_nonnull (parent);
      if (*parent == 0)
        return TRUE;
      id = *parent;
    }

  return FALSE;
}

/* Rep id → role + 1, so that a missing rep reads as -1. */
static GHashTable *
rep_roles (GListModel *reps)
{
  GHashTable *roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      g_hash_table_insert (roles, g_memdup2 (&(gint64) { ter_rep_get_id (rep) }, sizeof (gint64)),
                           GINT_TO_POINTER (ter_rep_get_role (rep) + 1));
    }

  return roles;
}

static int
role_of (GHashTable *roles,
         gint64      rep_id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (roles, &rep_id)) - 1;
}

static gboolean
is_leaf (GListModel *territories,
         gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) child = g_list_model_get_item (territories, i);

      if (ter_territory_get_parent_id (child) == id)
        return FALSE;
    }

  return TRUE;
}

static void
test_hierarchy_territories (void)
{
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GListModel) reps = NULL;
  g_autoptr(GHashTable) parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) roles = NULL;
  g_autoptr(GError) error = NULL;
  guint n, n_roots = 0, n_leaves = 0;

  get_shared_db ();
  territories = ter_store_list_territories (TER_STORE (shared_store), &error);
  g_assert_no_error (error);
  reps = ter_store_list_reps (TER_STORE (shared_store), &error);
  g_assert_no_error (error);
  roles = rep_roles (reps);
  n = g_list_model_get_n_items (territories);
  g_assert_cmpuint (n, ==, 63);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);
      gint64 id = ter_territory_get_id (t);
      gint64 parent = ter_territory_get_parent_id (t);

      g_hash_table_insert (parents, g_memdup2 (&id, sizeof id), g_memdup2 (&parent, sizeof parent));
      n_roots += parent == 0;
    }
  g_assert_cmpuint (n_roots, ==, 1);

  /* Every territory reaches the root without a loop; every leaf is run by
   * a provincial manager and every sales region by a regional one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);
      int role = role_of (roles, ter_territory_get_manager_id (t));

      g_assert_true (reaches_root (parents, ter_territory_get_id (t), n));
      if (is_leaf (territories, ter_territory_get_id (t)))
        {
          n_leaves++;
          g_assert_cmpuint (ter_territory_get_depth (t), ==, 3);
          g_assert_cmpint (role, ==, TER_REP_ROLE_PROVINCIAL_MANAGER);
        }
      else if (ter_territory_get_depth (t) == 2)
        g_assert_cmpint (role, ==, TER_REP_ROLE_REGIONAL_MANAGER);
    }
  g_assert_cmpuint (n_leaves, ==, 49);
}

static void
test_hierarchy_reps (void)
{
  g_autoptr(GListModel) reps = NULL;
  g_autoptr(GHashTable) roles = NULL;
  g_autoptr(GError) error = NULL;
  guint n, counts[3] = { 0, 0, 0 };

  get_shared_db ();
  reps = ter_store_list_reps (TER_STORE (shared_store), &error);
  g_assert_no_error (error);
  roles = rep_roles (reps);
  n = g_list_model_get_n_items (reps);
  g_assert_cmpuint (n, >=, 150);
  g_assert_cmpuint (n, <=, 260);

  /* Regional managers report to nobody, provincial managers to a
   * regional one, sales reps to a provincial one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      TerRepRole role = ter_rep_get_role (rep);
      int manager_role = role_of (roles, ter_rep_get_manager_id (rep));

      counts[role]++;
      g_assert_cmpint (ter_rep_get_territory_id (rep), >, 0);
      g_assert_true (g_str_has_suffix (ter_rep_get_email (rep), "@territory.example"));
      if (role == TER_REP_ROLE_REGIONAL_MANAGER)
        g_assert_cmpint (ter_rep_get_manager_id (rep), ==, 0);
      else
        g_assert_cmpint (manager_role, ==, role == TER_REP_ROLE_PROVINCIAL_MANAGER
                                           ? TER_REP_ROLE_REGIONAL_MANAGER : TER_REP_ROLE_PROVINCIAL_MANAGER);
    }
  g_assert_cmpuint (counts[TER_REP_ROLE_REGIONAL_MANAGER], ==, 11);
  g_assert_cmpuint (counts[TER_REP_ROLE_PROVINCIAL_MANAGER], ==, 49);

  g_assert_cmpint (query_int64 (shared_db, "SELECT count (*) FROM reps r JOIN reps m ON m.id = r.manager_id "
                                           "WHERE m.role = 'sales_rep'"), ==, 0);
  g_assert_cmpint (query_int64 (shared_db, "SELECT count (DISTINCT email) FROM reps"), ==, n);
  g_assert_cmpint (query_int64 (shared_db, "SELECT count (*) FROM reps WHERE hire_date > '" FIRST_DAY "'"), >, 0);
}

static void
test_targets_sum (void)
{
  sqlite3 *db = get_shared_db ();
  static const char parent_check[] =
    "SELECT count (*), sum (p.value <> (SELECT sum (ct.value) FROM targets ct JOIN territories c ON c.id = ct.territory_id "
    "WHERE c.parent_id = t.id AND ct.month = p.month AND ct.metric = p.metric AND ct.currency = p.currency)) "
    "FROM targets p JOIN territories t ON t.id = p.territory_id "
    "WHERE p.currency = ?1 AND t.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM territories c WHERE c.parent_id = t.id)";
  static const char *const currencies[] = { "CNY", "USD" };
  static const gint64 expected_parents[] = { 8, 5 };

  /* China and its 7 regions, the United States and its 4: each month,
   * exactly the sum of the children. */
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    {
      sqlite3_stmt *stmt = prepare (db, parent_check);

      sqlite3_bind_text (stmt, 1, currencies[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, expected_parents[i] * N_MONTHS);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, 0);
      sqlite3_finalize (stmt);
    }

  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM targets t JOIN territories r ON r.id = t.territory_id "
                                    "WHERE t.currency <> r.currency OR t.metric <> 'revenue'"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM targets WHERE value % 100 <> 0 OR value < 0"), ==, 0);
}

static void
test_targets_root (void)
{
  sqlite3 *db = get_shared_db ();
  g_autoptr(GArray) rates = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cny_per_usd = 0, rate = 0;
  sqlite3_stmt *stmt;
  int rows = 0;

  rates = ter_store_list_exchange_rates (TER_STORE (shared_store), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rates->len; i++)
    if (g_str_equal (g_array_index (rates, TerExchangeRate, i).currency, "CNY"))
      cny_per_usd = g_array_index (rates, TerExchangeRate, i).per_usd_micros;
  g_assert_true (ter_money_scale (1000000, 1000000, cny_per_usd, &rate));

  /* The company's dollar target is the US plus China converted. */
  stmt = prepare (db, "SELECT root.value, us.value, cn.value FROM targets root "
                      "JOIN territories r ON r.id = root.territory_id AND r.parent_id IS NULL "
                      "JOIN territories u ON u.parent_id = r.id AND u.currency = 'USD' "
                      "JOIN territories c ON c.parent_id = r.id AND c.currency = 'CNY' "
                      "JOIN targets us ON us.territory_id = u.id AND us.month = root.month "
                      "JOIN targets cn ON cn.territory_id = c.id AND cn.month = root.month "
                      "WHERE root.currency = 'USD'");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 china = 0;

      g_assert_true (ter_money_convert (sqlite3_column_int64 (stmt, 2), "CNY", "USD", rate, &china));
      g_assert_cmpint (ABS (sqlite3_column_int64 (stmt, 0) - sqlite3_column_int64 (stmt, 1) - china), <=, 50);
      rows++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (rows, ==, N_MONTHS);
}

static void
test_targets_complete (void)
{
  sqlite3 *db = get_shared_db ();
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;

  /* Every territory and sales rep has a target for each of the 36 months
   * of the span, and every leaf a real one. */
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM territories t WHERE (SELECT count (DISTINCT month) FROM targets g "
                                    "WHERE g.territory_id = t.id AND g.month BETWEEN '" FIRST_MONTH "' AND '" LAST_MONTH "') <> 36"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM targets WHERE month < '" FIRST_MONTH "' OR month > '" LAST_MONTH "'"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM territories t WHERE NOT EXISTS (SELECT 1 FROM territories c WHERE c.parent_id = t.id)"), ==, 49);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM territories t WHERE NOT EXISTS (SELECT 1 FROM territories c WHERE c.parent_id = t.id) "
                                    "AND (SELECT count (*) FROM targets g WHERE g.territory_id = t.id AND g.value > 0) <> 36"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM reps r WHERE (SELECT count (DISTINCT month) FROM targets g "
                                    "WHERE g.rep_id = r.id) <> CASE r.role WHEN 'sales_rep' THEN 36 ELSE 0 END"), ==, 0);

  totals = ter_store_territory_targets (TER_STORE (shared_store), FIRST_MONTH, LAST_MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 63);
}

typedef struct {
  gint64  parent_id;
  guint   depth;
  char   *name;
  double  revenue;
  double  target;
} Node;

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->name);
  g_free (node);
}

static double
attainment_of (GHashTable *nodes,
               guint       depth,
               const char *name)
{
  GHashTableIter iter;
  Node *node;

  g_hash_table_iter_init (&iter, nodes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &node))
    if (node->depth == depth && g_str_equal (node->name, name))
      return node->revenue / node->target;

  g_assert_not_reached ();
  return 0;
}

/* Revenue and target of each territory over the last 12 months, sales
 * added up from the leaves where they are stored. */
static GHashTable *
last_year_by_territory (TerSqliteStore *store)
{
  GHashTable *nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, node_free);
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GArray) sales = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GError) error = NULL;

  territories = ter_store_list_territories (TER_STORE (store), &error);
  sales = ter_store_territory_sales (TER_STORE (store), "2025-11-01", END_DATE, &error);
  targets = ter_store_territory_targets (TER_STORE (store), "2025-11", LAST_MONTH, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);
      Node *n = g_new0 (Node, 1);

      n->parent_id = ter_territory_get_parent_id (t);
      n->depth = ter_territory_get_depth (t);
      n->name = g_strdup (ter_territory_get_name (t));
      g_hash_table_insert (nodes, g_memdup2 (&(gint64) { ter_territory_get_id (t) }, sizeof (gint64)), n);
    }

  for (guint i = 0; i < sales->len; i++)
    {
      const TerTerritorySales *s = &g_array_index (sales, TerTerritorySales, i);

      for (Node *n = g_hash_table_lookup (nodes, &s->territory_id); n != NULL && n->depth >= 2;
           n = g_hash_table_lookup (nodes, &n->parent_id))
        n->revenue += s->revenue;
    }
  for (guint i = 0; i < targets->len; i++)
    {
      const TerTerritoryTarget *t = &g_array_index (targets, TerTerritoryTarget, i);

      ((Node *) g_hash_table_lookup (nodes, &t->territory_id))->target = t->value;
    }

  return nodes;
}

/* At the default size, the last year has the Northeast and the US Central
 * region clearly below target, and most regions near it. */
static void
test_attainment (void)
{
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", NULL);
  g_autoptr(GHashTable) nodes = NULL;
  g_autoptr(GError) error = NULL;
  TerDemoOptions options;
  GHashTableIter iter;
  Node *node;
  guint near = 0, regions = 0;

  ter_demo_options_init (&options);
  options.end_date = END_DATE;
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  nodes = last_year_by_territory (store);

  g_assert_cmpfloat (attainment_of (nodes, 2, "Northeast"), <, 0.90);
  g_assert_cmpfloat (attainment_of (nodes, 2, "Central"), <, 0.90);

  g_hash_table_iter_init (&iter, nodes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &node))
    if (node->depth == 2)
      {
        regions++;
        near += node->revenue / node->target >= 0.85 && node->revenue / node->target <= 1.15;
      }
  g_assert_cmpuint (regions, ==, 11);
  g_assert_cmpuint (near, >=, 8);
}

static void
cancel_at_a_third (double   fraction,
                   gpointer user_data)
{
  if (fraction >= 0.33)
    g_cancellable_cancel (user_data);
}

static void
assert_empty (TerSqliteStore *store)
{
  TerStoreCounts counts;
  sqlite3 *db;

  get_counts (store, &counts);
  g_assert_cmpint (counts.regions, ==, 87);
  g_assert_cmpint (counts.territories, ==, 0);
  g_assert_cmpint (counts.reps, ==, 0);
  g_assert_cmpint (counts.customers, ==, 0);
  g_assert_cmpint (counts.products, ==, 0);
  g_assert_cmpint (counts.channels, ==, 0);
  g_assert_cmpint (counts.orders, ==, 0);
  g_assert_cmpint (counts.order_lines, ==, 0);
  g_assert_cmpint (counts.targets, ==, 0);

  db = open_raw (store);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM territory_regions"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM product_categories"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count (*) FROM product_prices"), ==, 0);
  sqlite3_close (db);
}

static void
test_cancelled (void)
{
  g_autoptr(TerSqliteStore) store = open_store ("cancelled.db");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  TerDemoOptions options;
  TerStoreCounts counts;

  small_options (&options, 7);
  g_assert_false (ter_demo_generate (TER_STORE (store), &options, cancel_at_a_third, cancellable,
                                     cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_empty (store);

  g_cancellable_cancel (cancelled);
  g_assert_false (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_empty (store);

  /* The store is left usable: no transaction open, nothing locked. */
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  get_counts (store, &counts);
  g_assert_cmpint (counts.orders, >, SMALL_ORDERS);
}

static void
test_not_empty (void)
{
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", NULL);
  g_autoptr(TerSqliteStore) twice = ter_sqlite_store_open (":memory:", NULL);
  TerTerritoryRecord record = { "Existing", NULL, 0, 0, "USD" };
  g_autoptr(GError) error = NULL;
  TerStoreCounts before, after;
  TerDemoOptions options;

  small_options (&options, 3);
  g_assert_cmpint (ter_store_add_territory (TER_STORE (store), &record, &error), >, 0);
  g_assert_false (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  get_counts (store, &after);
  g_assert_cmpint (after.territories, ==, 1);
  g_assert_cmpint (after.reps, ==, 0);
  g_assert_cmpint (after.orders, ==, 0);

  /* Nor can a demo be generated over another one. */
  g_assert_true (ter_demo_generate (TER_STORE (twice), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  get_counts (twice, &before);
  g_assert_false (ter_demo_generate (TER_STORE (twice), &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  get_counts (twice, &after);
  assert_counts_equal (&before, &after);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

static void
test_progress (void)
{
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  TerDemoOptions options;

  small_options (&options, 5);
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, record_progress, fractions, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (fractions->len, >=, 50);
  g_assert_cmpuint (fractions->len, <=, 101);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >, 0.0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
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
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("territory-test-demo-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/demo/options", test_options);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/complete/geography", test_complete_geography);
  g_test_add_func ("/demo/complete/catalogue", test_complete_catalogue);
  g_test_add_func ("/demo/complete/orders", test_complete_orders);
  g_test_add_func ("/demo/complete/tiny", test_complete_tiny);
  g_test_add_func ("/demo/attribution", test_attribution);
  g_test_add_func ("/demo/hierarchy/territories", test_hierarchy_territories);
  g_test_add_func ("/demo/hierarchy/reps", test_hierarchy_reps);
  g_test_add_func ("/demo/targets/sum", test_targets_sum);
  g_test_add_func ("/demo/targets/root", test_targets_root);
  g_test_add_func ("/demo/targets/complete", test_targets_complete);
  g_test_add_func ("/demo/targets/attainment", test_attainment);
  g_test_add_func ("/demo/cancelled", test_cancelled);
  g_test_add_func ("/demo/not-empty", test_not_empty);
  g_test_add_func ("/demo/progress", test_progress);

  status = g_test_run ();

  if (shared_db != NULL)
    sqlite3_close (shared_db);
  g_clear_object (&shared_store);
  remove_tmp_dir ();
  g_free (tmp_dir);
  return status;
}
