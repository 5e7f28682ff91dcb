/* test-map-store.c: region assignments persist with their history, past
 * sales keep their attribution, moves undo exactly, balance is right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "ter-map-history.h"
#include "ter-map-store.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"

typedef struct {
  char           *dir;
  char           *path;
  TerSqliteStore *sqlite;
  TerStore       *store;
  gint64          east, north;
  gint64          sd, js, customer, channel, product;
} Fixture;

static gint64
region_id (TerStore   *store,
           const char *code)
{
  g_autoptr(GListModel) regions = ter_store_list_regions (store, "CN", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);

      if (g_str_equal (ter_region_get_code (region), code))
        return ter_region_get_id (region);
    }
  g_assert_not_reached ();
}

static void
add_order (Fixture    *f,
           const char *number,
           const char *date,
           gint64      price)
{
  g_autoptr(GError) error = NULL;
  TerOrderLineRecord line = { .product_id = f->product, .quantity = 1, .unit_price = price, .cost = price / 2 };
  TerOrderRecord order = { .number = number, .order_date = date, .status = TER_ORDER_COMPLETED,
                           .channel_id = f->channel, .customer_id = f->customer,
                           .region_id = f->sd, .currency = "CNY" };

  g_assert_cmpint (ter_store_add_order (f->store, &order, &line, 1, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TerTerritoryRecord t = { .name = "East", .name_zh = "华东", .currency = "CNY" };
  TerChannelRecord channel = { .code = "direct", .name_en = "Direct", .name_zh = "直销", .kind = TER_CHANNEL_DIRECT };
  TerCategoryRecord category = { .code = "K", .name_en = "Kitchen", .name_zh = "厨房" };
  TerProductRecord product = { .sku = "K-1", .name_en = "Kettle", .name_zh = "水壶" };
  TerCustomerRecord customer = { .name = "A", .type = TER_CUSTOMER_DEALER, .created_on = "2024-01-01",
                                 .currency = "CNY" };

  f->dir = g_dir_make_tmp ("test-map-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "territory.db", NULL);
  f->sqlite = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  f->store = TER_STORE (f->sqlite);
  f->east = ter_store_add_territory (f->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "North", .name_zh = "华北", .currency = "CNY" };
  f->north = ter_store_add_territory (f->store, &t, &error);
  f->sd = region_id (f->store, "CN-SD");
  f->js = region_id (f->store, "CN-JS");
  g_assert_true (ter_store_assign_region (f->store, f->sd, f->east, 0, "2020-01-01", &error));
  f->channel = ter_store_add_channel (f->store, &channel, &error);
  product.category_id = ter_store_add_category (f->store, &category, &error);
  f->product = ter_store_add_product (f->store, &product, &error);
  customer.region_id = f->sd;
  f->customer = ter_store_add_customer (f->store, &customer, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
territory_on (TerMapStore *store,
              const char  *day,
              const char  *code)
{
  g_autoptr(GArray) rows = ter_map_store_list_assignments (store, day, NULL);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (g_array_index (rows, TerRegionAssignment, i).code, code))
      return g_array_index (rows, TerRegionAssignment, i).territory_id;
  return 0;
}

static gint64
sales_of (TerStore   *store,
          gint64      territory,
          const char *first,
          const char *last)
{
  g_autoptr(GArray) rows = ter_store_territory_sales (store, first, last, NULL);
  gint64 sum = 0;

  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, TerTerritorySales, i).territory_id == territory)
      sum += g_array_index (rows, TerTerritorySales, i).revenue;
  return sum;
}

/* A move from April keeps March's sales in East, puts April's in North,
 * survives reopening, and keeps the old assignment as history. */
static void
test_assign_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMapUndo) undo = NULL;
  g_autoptr(GArray) history = NULL;
  const gint64 regions[] = { f->sd, f->js };
  TerMapStore *map = TER_MAP_STORE (f->sqlite);

  add_order (f, "M-1", "2026-03-10", 10000);
  g_assert_true (ter_map_assign_regions (map, regions, 2, f->north, 0, "2026-04-01", &undo, &error));
  g_assert_no_error (error);
  add_order (f, "A-1", "2026-04-10", 7000);
  g_assert_cmpint (sales_of (f->store, f->east, "2026-03-01", "2026-03-31"), ==, 10000);
  g_assert_cmpint (sales_of (f->store, f->north, "2026-04-01", "2026-04-30"), ==, 7000);
  g_assert_cmpint (sales_of (f->store, f->north, "2026-03-01", "2026-03-31"), ==, 0);

  g_clear_object (&f->sqlite);
  f->sqlite = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  f->store = TER_STORE (f->sqlite);
  map = TER_MAP_STORE (f->sqlite);
  g_assert_cmpint (territory_on (map, "2026-03-31", "CN-SD"), ==, f->east);
  g_assert_cmpint (territory_on (map, "2026-04-01", "CN-SD"), ==, f->north);
  g_assert_cmpint (territory_on (map, "2026-03-31", "CN-JS"), ==, 0);
  g_assert_cmpint (territory_on (map, "2026-04-01", "CN-JS"), ==, f->north);
  history = ter_map_store_region_history (map, f->sd, &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (g_array_index (history, TerRegionAssignment, 0).valid_from, ==, "2020-01-01");
  g_assert_cmpstr (g_array_index (history, TerRegionAssignment, 0).valid_to, ==, "2026-04-01");
  g_assert_cmpstr (g_array_index (history, TerRegionAssignment, 1).valid_to, ==, "");
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMapUndo) undo = NULL;
  g_autoptr(GArray) history = NULL;
  const gint64 regions[] = { f->sd, f->js };
  TerMapStore *map = TER_MAP_STORE (f->sqlite);

  /* Same day as the existing assignment: it is replaced, and undo must
   * bring it back, not just delete the new row. */
  g_assert_true (ter_map_assign_regions (map, regions, 2, f->north, 0, "2020-01-01", &undo, &error));
  g_assert_cmpint (territory_on (map, "2025-01-01", "CN-SD"), ==, f->north);
  g_assert_true (ter_map_undo_apply (map, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (territory_on (map, "2025-01-01", "CN-SD"), ==, f->east);
  g_assert_cmpint (territory_on (map, "2025-01-01", "CN-JS"), ==, 0);
  history = ter_map_store_region_history (map, f->sd, &error);
  g_assert_cmpuint (history->len, ==, 1);
}

/* A failing move changes nothing, not even the regions before the one
 * that failed. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMapUndo) undo = NULL;
  const gint64 regions[] = { f->sd, 987654 };
  TerMapStore *map = TER_MAP_STORE (f->sqlite);

  g_assert_false (ter_map_assign_regions (map, regions, 2, f->north, 0, "2026-04-01", &undo, &error));
  g_assert_nonnull (error);
  g_assert_null (undo);
  g_assert_cmpint (territory_on (map, "2026-05-01", "CN-SD"), ==, f->east);
}

/* Three steps undone one by one, then two redone, each leaving the
 * database exactly as it was after that step; past sales keep their
 * territory throughout; a new step forgets what could be redone. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMapHistory) history = ter_map_history_new (0);
  g_autoptr(GArray) rows = NULL;
  const gint64 sd[] = { f->sd }, both[] = { f->sd, f->js };
  TerMapStore *map = TER_MAP_STORE (f->sqlite);

  add_order (f, "M-1", "2026-03-10", 10000);
  g_assert_false (ter_map_history_can_undo (history));
  g_assert_true (ter_map_history_assign (history, map, sd, 1, f->north, 0, "2026-04-01", "one", &error));
  g_assert_true (ter_map_history_assign (history, map, both, 2, f->east, 0, "2026-06-01", "two", &error));
  g_assert_true (ter_map_history_assign (history, map, sd, 1, f->north, 0, "2026-06-01", "three", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ter_map_history_get_n_undo (history), ==, 3);
  g_assert_cmpstr (ter_map_history_get_undo_label (history), ==, "three");
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-SD"), ==, f->north);
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-JS"), ==, f->east);

  g_assert_true (ter_map_history_undo (history, map, &error));
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-SD"), ==, f->east);
  g_assert_true (ter_map_history_undo (history, map, &error));
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-SD"), ==, f->north);
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-JS"), ==, 0);
  g_assert_true (ter_map_history_undo (history, map, &error));
  g_assert_no_error (error);
  g_assert_false (ter_map_history_can_undo (history));
  g_assert_cmpuint (ter_map_history_get_n_redo (history), ==, 3);
  g_assert_cmpstr (ter_map_history_get_redo_label (history), ==, "one");
  rows = ter_map_store_region_history (map, f->sd, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (g_array_index (rows, TerRegionAssignment, 0).valid_to, ==, "");
  g_assert_cmpint (sales_of (f->store, f->east, "2026-03-01", "2026-03-31"), ==, 10000);

  g_assert_true (ter_map_history_redo (history, map, &error));
  g_assert_true (ter_map_history_redo (history, map, &error));
  g_assert_no_error (error);
  g_assert_cmpint (territory_on (map, "2026-05-01", "CN-SD"), ==, f->north);
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-SD"), ==, f->east);
  g_assert_cmpint (territory_on (map, "2026-07-01", "CN-JS"), ==, f->east);
  g_assert_cmpstr (ter_map_history_get_redo_label (history), ==, "three");
  g_assert_true (ter_map_history_assign (history, map, sd, 1, f->north, 0, "2026-08-01", "four", &error));
  g_assert_false (ter_map_history_can_redo (history));
  g_assert_cmpuint (ter_map_history_get_n_undo (history), ==, 3);
  g_assert_cmpint (sales_of (f->store, f->east, "2026-03-01", "2026-03-31"), ==, 10000);
}

/* The oldest steps fall off beyond the limit. */
static void
test_history_limit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMapHistory) history = ter_map_history_new (2);
  const gint64 sd[] = { f->sd };
  TerMapStore *map = TER_MAP_STORE (f->sqlite);

  for (int i = 0; i < 4; i++)
    {
      g_autofree char *day = g_strdup_printf ("2026-0%d-01", i + 2);

      g_assert_true (ter_map_history_assign (history, map, sd, 1, i % 2 ? f->east : f->north, 0, day, day, &error));
    }
  g_assert_cmpuint (ter_map_history_get_n_undo (history), ==, 2);
  g_assert_true (ter_map_history_undo (history, map, &error));
  g_assert_true (ter_map_history_undo (history, map, &error));
  g_assert_true (ter_map_history_undo (history, map, &error));
  g_assert_no_error (error);
  g_assert_false (ter_map_history_can_undo (history));
  g_assert_cmpint (territory_on (map, "2026-02-15", "CN-SD"), ==, f->north);
  g_assert_cmpint (territory_on (map, "2026-03-15", "CN-SD"), ==, f->east);
  g_assert_cmpint (territory_on (map, "2026-05-15", "CN-SD"), ==, f->east);
}

static void
test_balance (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) assignments = NULL;
  g_autoptr(GArray) activity = NULL;
  g_autoptr(GHashTable) accounts = NULL;
  g_autoptr(GArray) balance = NULL;
  g_autoptr(GArray) rates = NULL;
  TerMapStore *map = TER_MAP_STORE (f->sqlite);
  TerRegionAssignment js = { .region_id = f->js, .territory_id = f->north };
  TerRegionActivity js_sales = { .region_id = f->js, .currency = "CNY", .revenue = 30000, .orders = 3, .customers = 2 };

  add_order (f, "M-1", "2026-03-10", 10000);
  add_order (f, "M-2", "2026-03-11", 0);
  assignments = ter_map_store_list_assignments (map, "2026-03-15", &error);
  activity = ter_map_store_region_activity (map, "2026-03-01", "2026-03-31", &error);
  accounts = ter_map_store_region_accounts (map, &error);
  rates = ter_store_list_exchange_rates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity->len, ==, 1);
  g_assert_cmpint (g_array_index (activity, TerRegionActivity, 0).revenue, ==, 10000);
  g_assert_cmpint (g_array_index (activity, TerRegionActivity, 0).orders, ==, 2);
  g_assert_cmpint (g_array_index (activity, TerRegionActivity, 0).customers, ==, 1);
  /* A second territory with three times East's revenue: CV = 0.5. */
  g_array_append_val (assignments, js);
  g_array_append_val (activity, js_sales);
  balance = ter_map_balance_compute (assignments, activity, accounts, rates, "CNY", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (balance->len, ==, 2);
  g_assert_cmpint (g_array_index (balance, TerTerritoryBalance, 0).revenue, ==, 10000);
  g_assert_cmpint (g_array_index (balance, TerTerritoryBalance, 0).customers, ==, 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (balance, TerTerritoryBalance, 1).share, 0.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (ter_map_balance_index (balance), 0.5, 1e-12);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/map-store/assign-history", Fixture, NULL, fixture_set_up, test_assign_history, fixture_tear_down);
  g_test_add ("/map-store/undo", Fixture, NULL, fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/map-store/all-or-nothing", Fixture, NULL, fixture_set_up, test_all_or_nothing, fixture_tear_down);
  g_test_add ("/map-store/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/map-store/history-limit", Fixture, NULL, fixture_set_up, test_history_limit, fixture_tear_down);
  g_test_add ("/map-store/balance", Fixture, NULL, fixture_set_up, test_balance, fixture_tear_down);

  return g_test_run ();
}
