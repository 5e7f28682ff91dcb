/* test-overview.c: revenue, targets, attainment and growth per territory,
 * rolled up the tree and converted between currencies, exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ter-overview.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"

typedef struct {
  TerSqliteStore *sqlite;
  TerStore       *store;
  gint64          root, china, east, us;
  gint64          cn_customer, us_customer, channel, product;
  gint64          cn_region, us_region;
} World;

static gint64
region_id (TerStore   *store,
           const char *parent,
           const char *code)
{
  g_autoptr(GListModel) regions = ter_store_list_regions (store, parent, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);

      if (g_str_equal (ter_region_get_code (region), code))
        return ter_region_get_id (region);
    }

  g_assert_not_reached ();
}

static void
add_order (World      *w,
           const char *number,
           const char *date,
           gboolean    china,
           gint64      quantity,
           gint64      price,
           TerOrderStatus status)
{
  g_autoptr(GError) error = NULL;
  TerOrderLineRecord line = { .product_id = w->product, .quantity = quantity, .unit_price = price,
                              .cost = quantity * price / 2 };
  TerOrderRecord order = { .number = number, .order_date = date, .status = status,
                           .channel_id = w->channel,
                           .customer_id = china ? w->cn_customer : w->us_customer,
                           .region_id = china ? w->cn_region : w->us_region,
                           .currency = china ? "CNY" : "USD" };

  g_assert_cmpint (ter_store_add_order (w->store, &order, &line, 1, &error), >, 0);
  g_assert_no_error (error);
}

static void
set_target (World      *w,
            gint64      territory,
            const char *month,
            gint64      value,
            const char *currency)
{
  g_autoptr(GError) error = NULL;
  TerTargetRecord target = { .territory_id = territory, .month = month, .metric = TER_METRIC_REVENUE,
                             .value = value, .currency = currency };

  g_assert_true (ter_store_set_target (w->store, &target, &error));
}

static void
world_init (World *w)
{
  g_autoptr(GError) error = NULL;
  TerTerritoryRecord t = { 0 };
  TerChannelRecord channel = { .code = "direct", .name_en = "Direct", .name_zh = "直销", .kind = TER_CHANNEL_DIRECT };
  TerCategoryRecord category = { .code = "K", .name_en = "Kitchen", .name_zh = "厨房" };
  TerProductRecord product = { .sku = "K-1", .name_en = "Kettle", .name_zh = "水壶" };
  TerCustomerRecord customer = { .name = "A", .type = TER_CUSTOMER_DEALER, .created_on = "2024-01-01" };

  w->sqlite = ter_sqlite_store_open (":memory:", &error);
  g_assert_no_error (error);
  w->store = TER_STORE (w->sqlite);

  t = (TerTerritoryRecord) { .name = "Company", .currency = "USD" };
  w->root = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "China", .currency = "CNY", .parent_id = w->root };
  w->china = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "East", .name_zh = "华东", .currency = "CNY", .parent_id = w->china };
  w->east = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "United States", .currency = "USD", .parent_id = w->root };
  w->us = ter_store_add_territory (w->store, &t, &error);
  g_assert_no_error (error);

  w->cn_region = region_id (w->store, "CN", "CN-SD");
  w->us_region = region_id (w->store, "US", "US-TX");
  g_assert_true (ter_store_assign_region (w->store, w->cn_region, w->east, 0, "2020-01-01", &error));
  g_assert_true (ter_store_assign_region (w->store, w->us_region, w->us, 0, "2020-01-01", &error));

  w->channel = ter_store_add_channel (w->store, &channel, &error);
  product.category_id = ter_store_add_category (w->store, &category, &error);
  w->product = ter_store_add_product (w->store, &product, &error);
  customer.region_id = w->cn_region;
  customer.currency = "CNY";
  w->cn_customer = ter_store_add_customer (w->store, &customer, &error);
  customer.region_id = w->us_region;
  customer.currency = "USD";
  w->us_customer = ter_store_add_customer (w->store, &customer, &error);
  g_assert_no_error (error);
}

static const TerOverviewRow *
row_of (GArray *rows,
        gint64  territory_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, TerOverviewRow, i).territory_id == territory_id)
      return &g_array_index (rows, TerOverviewRow, i);

  g_assert_not_reached ();
}

static void
test_rollup_and_conversion (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GArray) usd = NULL;
  g_autoptr(GArray) cny = NULL;
  const TerOverviewRow *row;
  TerPeriod period;
  GDate today;
  double fraction;

  world_init (&w);
  /* March 2026: ¥710.00 × 3 in China less a ¥710.00 return, $50.00 in the
   * US; a cancelled order that must not count; March 2025 for growth. */
  add_order (&w, "C-1", "2026-03-02", TRUE, 3, 71000, TER_ORDER_COMPLETED);
  add_order (&w, "C-2", "2026-03-09", TRUE, -1, 71000, TER_ORDER_RETURN);
  add_order (&w, "C-3", "2026-03-10", TRUE, 100, 71000, TER_ORDER_CANCELLED);
  add_order (&w, "U-1", "2026-03-15", FALSE, 2, 2500, TER_ORDER_COMPLETED);
  add_order (&w, "C-0", "2025-03-02", TRUE, 1, 71000, TER_ORDER_COMPLETED);
  add_order (&w, "X-1", "2026-04-01", TRUE, 1, 99999, TER_ORDER_COMPLETED);

  set_target (&w, w.east, "2026-03", 142000, "CNY");
  set_target (&w, w.us, "2026-03", 10000, "USD");

  territories = ter_store_list_territories (w.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (territories), ==, 4);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, 3, 2026);
  ter_period_init_preset (&period, TER_PERIOD_THIS_MONTH, &today, 1);

  usd = ter_overview_compute (w.store, territories, &period, "USD", &error);
  g_assert_no_error (error);

  row = row_of (usd, w.east);
  g_assert_cmpint (row->revenue, ==, 20000);   /* ¥1,420.00 = $200.00 */
  g_assert_cmpint (row->previous, ==, 10000);
  g_assert_cmpint (row->target, ==, 20000);
  g_assert_cmpint (row->orders, ==, 1);
  g_assert_true (ter_overview_row_attainment (row, &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, 1.0, 1e-9);
  g_assert_true (ter_overview_row_growth (row, &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, 1.0, 1e-9);

  row = row_of (usd, w.us);
  g_assert_cmpint (row->revenue, ==, 5000);
  g_assert_false (row->has_previous);
  g_assert_false (ter_overview_row_growth (row, &fraction));
  g_assert_true (ter_overview_row_attainment (row, &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, 0.5, 1e-9);

  /* The company has no target of its own: its children's add up. */
  row = row_of (usd, w.root);
  g_assert_cmpint (row->revenue, ==, 25000);
  g_assert_true (row->has_target);
  g_assert_cmpint (row->target, ==, 30000);
  g_assert_cmpint (row->orders, ==, 2);

  cny = ter_overview_compute (w.store, territories, &period, "CNY", &error);
  g_assert_no_error (error);
  g_assert_cmpint (row_of (cny, w.root)->revenue, ==, 142000 + 35500);
  g_assert_cmpint (row_of (cny, w.china)->revenue, ==, 142000);

  g_object_unref (w.sqlite);
}

static void
test_no_target (void)
{
  TerOverviewRow row = { .revenue = 100 };
  double fraction;

  g_assert_false (ter_overview_row_attainment (&row, &fraction));
  row.has_target = TRUE;
  row.target = 0;
  g_assert_false (ter_overview_row_attainment (&row, &fraction));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/overview/rollup-and-conversion", test_rollup_and_conversion);
  g_test_add_func ("/overview/no-target", test_no_target);

  return g_test_run ();
}
