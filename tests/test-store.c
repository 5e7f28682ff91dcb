/* test-store.c: schema migrations, constraints and refusing bad databases
 * without touching them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ter-sqlite-schema.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("territory-test-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "t.db", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_chmod (child, 0600);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static int
sql_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
create_store_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* Migrations */

static void
test_migrate_empty (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  TerStoreCounts counts;

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  store = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ter_sqlite_store_get_user_version (store), ==, ter_sqlite_schema_version ());
  g_assert_true (ter_store_count (TER_STORE (store), &counts, &error));
  /* Two countries, China's 34 provincial units, 50 states and DC. */
  g_assert_cmpint (counts.regions, ==, 87);
  g_assert_cmpint (counts.orders, ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (sql_int (f->path, "PRAGMA application_id"), ==, TER_SQLITE_APPLICATION_ID);

  /* Opening again migrates nothing and keeps the data. */
  store = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ter_store_count (TER_STORE (store), &counts, &error));
  g_assert_cmpint (counts.regions, ==, 87);
}

static void
test_migrate_zero_byte_file (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ter_sqlite_store_get_user_version (store), ==, ter_sqlite_schema_version ());
}

static void
test_folder_created (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (f->dir, "a", "b", "t.db", NULL);
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (nested, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
}

/* Constraints */

static gint64
add_minimal_world (TerStore *store,
                   gint64   *customer_id,
                   gint64   *channel_id,
                   gint64   *product_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = ter_store_list_regions (store, "CN", &error);
  g_autoptr(GObject) region = g_list_model_get_item (regions, 0);
  TerTerritoryRecord territory = { .name = "East", .currency = "CNY" };
  TerChannelRecord channel = { .code = "direct", .name_en = "Direct", .name_zh = "直销", .kind = TER_CHANNEL_DIRECT };
  TerCategoryRecord category = { .code = "K", .name_en = "Kitchen", .name_zh = "厨房" };
  TerProductRecord product = { .sku = "K-1", .name_en = "Kettle", .name_zh = "水壶" };
  TerCustomerRecord customer = { .name = "杭州恒信", .type = TER_CUSTOMER_DEALER, .currency = "CNY",
                                 .created_on = "2025-01-01" };
  gint64 region_id, territory_id;

  region_id = ter_region_get_id ((TerRegion *) region);
  territory_id = ter_store_add_territory (store, &territory, &error);
  g_assert_no_error (error);
  g_assert_true (ter_store_assign_region (store, region_id, territory_id, 0, "2025-01-01", &error));
  *channel_id = ter_store_add_channel (store, &channel, &error);
  product.category_id = ter_store_add_category (store, &category, &error);
  *product_id = ter_store_add_product (store, &product, &error);
  customer.region_id = region_id;
  *customer_id = ter_store_add_customer (store, &customer, &error);
  g_assert_no_error (error);

  return region_id;
}

static void
test_foreign_keys (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (f->path, &error);
  TerStore *store = TER_STORE (sqlite);
  TerCustomerRecord customer = { .name = "Nobody", .type = TER_CUSTOMER_RETAILER, .currency = "CNY",
                                 .created_on = "2025-01-01", .region_id = 99999 };
  TerOrderLineRecord lines[2] = { { 0 } };
  TerOrderRecord order = { .number = "A-1", .order_date = "2025-03-01", .status = TER_ORDER_COMPLETED,
                           .currency = "CNY" };
  gint64 customer_id, channel_id, product_id, region_id;
  TerStoreCounts counts;

  g_assert_no_error (error);

  /* A customer in a region that does not exist is refused. */
  g_assert_cmpint (ter_store_add_customer (store, &customer, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  region_id = add_minimal_world (store, &customer_id, &channel_id, &product_id);
  order.customer_id = customer_id;
  order.channel_id = channel_id;
  order.region_id = region_id;

  /* The second line names a product that does not exist: nothing of the
   * order may remain. */
  lines[0] = (TerOrderLineRecord) { .product_id = product_id, .quantity = 2, .unit_price = 1999 };
  lines[1] = (TerOrderLineRecord) { .product_id = 4242, .quantity = 1, .unit_price = 500 };
  g_assert_cmpint (ter_store_add_order (store, &order, lines, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (ter_store_count (store, &counts, &error));
  g_assert_cmpint (counts.orders, ==, 0);
  g_assert_cmpint (counts.order_lines, ==, 0);

  /* A date that does not exist is refused by the schema. */
  lines[1].product_id = product_id;
  order.order_date = "2025-02-30";
  g_assert_cmpint (ter_store_add_order (store, &order, lines, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  order.order_date = "2025-03-01";
  g_assert_cmpint (ter_store_add_order (store, &order, lines, 2, &error), >, 0);
  g_assert_no_error (error);

  /* The same order number from the same source is not stored twice. */
  g_assert_cmpint (ter_store_add_order (store, &order, lines, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (ter_store_count (store, &counts, &error));
  g_assert_cmpint (counts.orders, ==, 1);
  g_assert_cmpint (counts.order_lines, ==, 2);
}

static void
test_hierarchy_cycles (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (f->path, &error);
  TerStore *store = TER_STORE (sqlite);
  TerTerritoryRecord root = { .name = "Company", .currency = "USD" };
  TerTerritoryRecord child = { .name = "China", .currency = "CNY" };
  gint64 root_id, child_id, grandchild_id;
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;

  root_id = ter_store_add_territory (store, &root, &error);
  child.parent_id = root_id;
  child_id = ter_store_add_territory (store, &child, &error);
  child.parent_id = child_id;
  child.name = "East";
  grandchild_id = ter_store_add_territory (store, &child, &error);
  g_assert_no_error (error);
  g_clear_object (&sqlite);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("UPDATE territories SET parent_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         grandchild_id, root_id);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "cycle"));
  g_assert_cmpint (sqlite3_exec (db, "UPDATE territories SET parent_id = id WHERE id = 1", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

static void
test_assignment_history (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (f->path, &error);
  TerStore *store = TER_STORE (sqlite);
  TerTerritoryRecord west = { .name = "West", .currency = "CNY" };
  TerOrderLineRecord line = { .quantity = 1, .unit_price = 10000 };
  TerOrderRecord order = { .number = "A-1", .order_date = "2025-03-01", .status = TER_ORDER_COMPLETED,
                           .currency = "CNY" };
  gint64 customer_id, channel_id, region_id, west_id;
  g_autoptr(GArray) sales = NULL;

  region_id = add_minimal_world (store, &customer_id, &channel_id, &line.product_id);
  west_id = ter_store_add_territory (store, &west, &error);
  order.customer_id = customer_id;
  order.channel_id = channel_id;
  order.region_id = region_id;

  g_assert_cmpint (ter_store_add_order (store, &order, &line, 1, &error), >, 0);
  /* The region moves to West from June; a later order goes there, the
   * earlier one stays with East. */
  g_assert_true (ter_store_assign_region (store, region_id, west_id, 0, "2025-06-01", &error));
  order.number = "A-2";
  order.order_date = "2025-07-01";
  line.unit_price = 30000;
  g_assert_cmpint (ter_store_add_order (store, &order, &line, 1, &error), >, 0);
  g_assert_no_error (error);

  sales = ter_store_territory_sales (store, "2025-01-01", "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sales->len, ==, 2);
  for (guint i = 0; i < sales->len; i++)
    {
      TerTerritorySales *s = &g_array_index (sales, TerTerritorySales, i);

      g_assert_cmpint (s->revenue, ==, s->territory_id == west_id ? 30000 : 10000);
    }
}

/* Bad databases: refused with a message naming the file, never modified. */

typedef struct {
  char   *checksum;
  gint64  mtime;
} FileState;

static void
remember (const char *path,
          FileState  *state)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  state->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  state->mtime = st.st_mtime;
}

static void
assert_refused (const char    *path,
                TerStoreError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  FileState before, after;

  remember (path, &before);
  store = ter_sqlite_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TER_STORE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, path));
  remember (path, &after);

  g_assert_cmpstr (before.checksum, ==, after.checksum);
  g_assert_cmpint (before.mtime, ==, after.mtime);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_free (before.checksum);
  g_free (after.checksum);
}

static void
test_not_sqlite (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "Order ID,Region\n1,East\n", -1, NULL));
  assert_refused (f->path, TER_STORE_ERROR_NOT_DATABASE);
}

static void
test_corrupt (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  create_store_file (f->path);
  exec_sql (f->path, "PRAGMA journal_mode = DELETE");
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);

  /* Scribble over the schema table on the first page. */
  memset (contents + 100, 0x5a, 3000);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  assert_refused (f->path, TER_STORE_ERROR_CORRUPT);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  create_store_file (f->path);
  exec_sql (f->path, "PRAGMA journal_mode = DELETE");
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  assert_refused (f->path, TER_STORE_ERROR_CORRUPT);
}

static gint64
territory_of_order (const char *path,
                    const char *number)
{
  g_autofree char *sql = g_strdup_printf ("SELECT territory_id FROM orders WHERE number = '%s'", number);

  return sql_int (path, sql);
}

static void
test_assignment_overlaps (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (f->path, &error);
  TerStore *store = TER_STORE (sqlite);
  TerTerritoryRecord west = { .name = "West", .currency = "CNY" };
  TerOrderLineRecord line = { .quantity = 1, .unit_price = 100 };
  TerOrderRecord order = { .status = TER_ORDER_COMPLETED, .currency = "CNY" };
  gint64 customer_id, channel_id, region_id, west_id, east_id;

  region_id = add_minimal_world (store, &customer_id, &channel_id, &line.product_id);
  east_id = 1;
  west_id = ter_store_add_territory (store, &west, &error);
  order.customer_id = customer_id;
  order.channel_id = channel_id;
  order.region_id = region_id;

  /* East from 2025-01-01 (add_minimal_world). West from June, then
   * changed the same day back to East: the later word wins, no overlap. */
  g_assert_true (ter_store_assign_region (store, region_id, west_id, 0, "2025-06-01", &error));
  g_assert_true (ter_store_assign_region (store, region_id, east_id, 0, "2025-06-01", &error));
  /* West for a spell planned in between: it ends where June begins. */
  g_assert_true (ter_store_assign_region (store, region_id, west_id, 0, "2025-03-15", &error));
  g_assert_no_error (error);

  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM territory_regions WHERE valid_to IS NULL"), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM territory_regions a JOIN territory_regions b "
                                      "ON a.region_id = b.region_id AND a.id < b.id "
                                      "AND a.valid_from < coalesce (b.valid_to, '9999') "
                                      "AND b.valid_from < coalesce (a.valid_to, '9999')"), ==, 0);

  order.number = "A";
  order.order_date = "2025-02-01";
  g_assert_cmpint (ter_store_add_order (store, &order, &line, 1, &error), >, 0);
  order.number = "B";
  order.order_date = "2025-04-01";
  g_assert_cmpint (ter_store_add_order (store, &order, &line, 1, &error), >, 0);
  order.number = "C";
  order.order_date = "2025-07-01";
  g_assert_cmpint (ter_store_add_order (store, &order, &line, 1, &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&sqlite);

  g_assert_cmpint (territory_of_order (f->path, "A"), ==, east_id);
  g_assert_cmpint (territory_of_order (f->path, "B"), ==, west_id);
  g_assert_cmpint (territory_of_order (f->path, "C"), ==, east_id);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  create_store_file (f->path);
  exec_sql (f->path, "PRAGMA journal_mode = DELETE");
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  assert_refused (f->path, TER_STORE_ERROR_READ_ONLY);
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  create_store_file (f->path);
  exec_sql (f->path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999");
  assert_refused (f->path, TER_STORE_ERROR_NEWER_SCHEMA);
}

static void
test_other_program (Fixture       *f,
                    gconstpointer  data)
{
  exec_sql (f->path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
  assert_refused (f->path, TER_STORE_ERROR_NOT_TERRITORY);
}

static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/migrate/empty", test_migrate_empty);
  ADD ("/store/migrate/zero-byte-file", test_migrate_zero_byte_file);
  ADD ("/store/migrate/folder-created", test_folder_created);
  ADD ("/store/constraints/foreign-keys", test_foreign_keys);
  ADD ("/store/constraints/hierarchy-cycles", test_hierarchy_cycles);
  ADD ("/store/assignment-history", test_assignment_history);
  ADD ("/store/assignment-overlaps", test_assignment_overlaps);
  ADD ("/store/bad/not-sqlite", test_not_sqlite);
  ADD ("/store/bad/corrupt", test_corrupt);
  ADD ("/store/bad/truncated", test_truncated);
  ADD ("/store/bad/read-only", test_read_only);
  ADD ("/store/bad/newer-schema", test_newer_schema);
  ADD ("/store/bad/other-program", test_other_program);
  ADD ("/store/bad/folder", test_folder);
#undef ADD

  return g_test_run ();
}
