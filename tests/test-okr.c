/* test-okr.c: objectives and key results: progress for rising and falling
 * targets and milestones, live key results, grading, the alignment tree,
 * carry-over and refused input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ter-okr.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"

typedef struct {
  TerSqliteStore *sqlite;
  TerStore       *store;
  TerOkrStore    *okr;
  gint64          root, east, west;
  gint64          customer, channel, product, region;
  guint           serial;
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
world_init (World *w)
{
  g_autoptr(GError) error = NULL;
  TerTerritoryRecord t = { 0 };
  TerChannelRecord channel = { .code = "direct", .name_en = "Direct", .name_zh = "直销", .kind = TER_CHANNEL_DIRECT };
  TerCategoryRecord category = { .code = "K", .name_en = "Kitchen", .name_zh = "厨房" };
  TerProductRecord product = { .sku = "K-1", .name_en = "Kettle", .name_zh = "水壶" };
  TerCustomerRecord customer = { .name = "A", .type = TER_CUSTOMER_DEALER, .created_on = "2024-01-01",
                                 .currency = "CNY" };

  w->sqlite = ter_sqlite_store_open (":memory:", &error);
  g_assert_no_error (error);
  w->store = TER_STORE (w->sqlite);
  g_assert_true (TER_IS_OKR_STORE (w->store));
  w->okr = TER_OKR_STORE (w->store);

  t = (TerTerritoryRecord) { .name = "China", .currency = "CNY" };
  w->root = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "East", .currency = "CNY", .parent_id = w->root };
  w->east = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "West", .currency = "CNY", .parent_id = w->root };
  w->west = ter_store_add_territory (w->store, &t, &error);
  g_assert_no_error (error);

  w->region = region_id (w->store, "CN", "CN-SD");
  g_assert_true (ter_store_assign_region (w->store, w->region, w->east, 0, "2020-01-01", &error));
  w->channel = ter_store_add_channel (w->store, &channel, &error);
  product.category_id = ter_store_add_category (w->store, &category, &error);
  w->product = ter_store_add_product (w->store, &product, &error);
  customer.region_id = w->region;
  w->customer = ter_store_add_customer (w->store, &customer, &error);
  g_assert_no_error (error);
}

static void
world_clear (World *w)
{
  g_clear_object (&w->sqlite);
}

static void
add_order (World          *w,
           const char     *date,
           gint64          quantity,
           gint64          price,
           TerOrderStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = g_strdup_printf ("N-%u", ++w->serial);
  TerOrderLineRecord line = { .product_id = w->product, .quantity = quantity, .unit_price = price };
  TerOrderRecord order = { .number = number, .order_date = date, .status = status,
                           .channel_id = w->channel, .customer_id = w->customer,
                           .region_id = w->region, .currency = "CNY" };

  g_assert_cmpint (ter_store_add_order (w->store, &order, &line, 1, &error), >, 0);
  g_assert_no_error (error);
}

static gint64
add_objective (World                       *w,
               const char                  *quarter,
               const char                  *title,
               gint64                       parent,
               const TerOkrKeyResultRecord *krs,
               guint                        n,
               GError                     **error)
{
  TerOkrObjectiveRecord o = { .quarter = quarter, .title = title, .owner_kind = TER_OKR_OWNER_TERRITORY,
                              .owner_id = w->east, .parent_id = parent };

  return ter_okr_store_add_objective (w->okr, &o, krs, n, error);
}

static const TerOkrKeyResultRecord two_check_in_krs[] = {
  { .title = "Sign the Qingdao mall", .kind = TER_OKR_KIND_MILESTONE, .target_value = 1 },
  { .title = "Train 40 dealers", .kind = TER_OKR_KIND_NUMBER, .start_value = 0, .target_value = 40 },
};

static GDate
date (int d, int m, int y)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, d, m, y);
  return day;
}

static void
test_progress (void)
{
  TerOkrKeyResult kr = { .kind = TER_OKR_KIND_PERCENT, .start_value = 800, .target_value = 500 };

  /* Rising: 0 → 40, 10 done is a quarter. */
  g_assert_cmpfloat_with_epsilon (ter_okr_progress (TER_OKR_KIND_NUMBER, 0, 40, 10), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (ter_okr_progress (TER_OKR_KIND_NUMBER, 0, 40, 50), 1.25, 1e-9);
  /* Falling: return rate 8% → 5%; 6.5% is half way, 9% is behind the start. */
  g_assert_cmpfloat_with_epsilon (ter_okr_progress (TER_OKR_KIND_PERCENT, 800, 500, 650), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ter_okr_progress (TER_OKR_KIND_PERCENT, 800, 500, 900), -1.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ter_okr_progress (TER_OKR_KIND_PERCENT, 800, 500, 500), 1.0, 1e-9);
  /* Milestones are done or not. */
  g_assert_cmpfloat (ter_okr_progress (TER_OKR_KIND_MILESTONE, 0, 1, 0), ==, 0.0);
  g_assert_cmpfloat (ter_okr_progress (TER_OKR_KIND_MILESTONE, 0, 1, 1), ==, 1.0);

  /* Status against time: half way through the quarter at 50% is on track,
   * at 40% at risk, at 20% off track; a check-in's confidence wins. */
  kr.current_value = 650;
  g_assert_cmpint (ter_okr_status (&kr, 0.5), ==, TER_OKR_CONFIDENCE_ON_TRACK);
  kr.current_value = 680;
  g_assert_cmpint (ter_okr_status (&kr, 0.5), ==, TER_OKR_CONFIDENCE_AT_RISK);
  kr.current_value = 740;
  g_assert_cmpint (ter_okr_status (&kr, 0.5), ==, TER_OKR_CONFIDENCE_OFF_TRACK);
  kr.confidence = TER_OKR_CONFIDENCE_ON_TRACK;
  g_assert_cmpint (ter_okr_status (&kr, 0.5), ==, TER_OKR_CONFIDENCE_ON_TRACK);

  g_assert_cmpfloat (ter_okr_grade_for (0.66), ==, 0.7);
  g_assert_cmpfloat (ter_okr_grade_for (1.4), ==, 1.0);
  g_assert_cmpfloat (ter_okr_grade_for (-0.3), ==, 0.0);
}

static void
test_parse_value (void)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 0;

  g_assert_true (ter_okr_parse_value (TER_OKR_KIND_PERCENT, " 6.5 ", NULL, &value, &error));
  g_assert_cmpint (value, ==, 650);
  g_assert_true (ter_okr_parse_value (TER_OKR_KIND_NUMBER, "40", NULL, &value, &error));
  g_assert_cmpint (value, ==, 40);
  g_assert_true (ter_okr_parse_value (TER_OKR_KIND_MONEY, "1,250.50", "CNY", &value, &error));
  g_assert_cmpint (value, ==, 125050);
  g_assert_no_error (error);
  g_assert_false (ter_okr_parse_value (TER_OKR_KIND_NUMBER, "4.5", NULL, &value, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "4.5"));
  g_clear_error (&error);
  g_assert_false (ter_okr_parse_value (TER_OKR_KIND_PERCENT, "six", NULL, &value, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
}

static void
test_quarters (void)
{
  g_autofree char *next = ter_okr_quarter_next ("2026-Q4");
  g_autofree char *previous = ter_okr_quarter_previous ("2026-Q1");
  GDate first, last, day = date (23, 11, 2026);
  g_autofree char *of = ter_okr_quarter_of (&day);

  g_assert_cmpstr (next, ==, "2027-Q1");
  g_assert_cmpstr (previous, ==, "2025-Q4");
  g_assert_cmpstr (of, ==, "2026-Q4");
  g_assert_true (ter_okr_quarter_parse ("2026-Q1", &first, &last));
  g_assert_cmpint (g_date_get_day (&last), ==, 31);
  g_assert_cmpint (g_date_get_month (&last), ==, 3);
  g_assert_false (ter_okr_quarter_parse ("2026-Q5", NULL, NULL));
  g_assert_false (ter_okr_quarter_parse ("2026-Q1x", NULL, NULL));
  g_assert_false (ter_okr_quarter_parse ("26-Q1", NULL, NULL));
}

static void
test_linked_moves (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GArray) history = NULL;
  TerOkrKeyResultRecord records[] = {
    { .title = "Revenue of East", .kind = TER_OKR_KIND_MONEY, .currency = "CNY", .target_value = 1000000,
      .metric = TER_OKR_METRIC_REVENUE, .scope_territory_id = w.east },
    { .title = "Cut returns", .kind = TER_OKR_KIND_PERCENT, .start_value = 800, .target_value = 500,
      .metric = TER_OKR_METRIC_RETURN_RATE },
    { .title = "Average order", .kind = TER_OKR_KIND_MONEY, .currency = "USD", .start_value = 1000,
      .target_value = 2000, .metric = TER_OKR_METRIC_AVG_ORDER_VALUE },
  };
  GDate as_of = date (30, 11, 2026);
  const TerOkrKeyResult *revenue, *returns, *average;
  gint64 id;

  world_init (&w);
  records[0].scope_territory_id = w.east;
  id = add_objective (&w, "2026-Q4", "Grow East", 0, records, G_N_ELEMENTS (records), &error);
  g_assert_no_error (error);

  /* Before any order: revenue 0, rates and averages stay at their start. */
  krs = ter_okr_store_list_key_results (w.okr, id, "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (krs->len, ==, 3);
  g_assert_cmpint (((TerOkrKeyResult *) krs->pdata[0])->current_value, ==, 0);
  g_assert_cmpint (((TerOkrKeyResult *) krs->pdata[1])->current_value, ==, 800);
  g_clear_pointer (&krs, g_ptr_array_unref);

  /* ¥2,000 sold, ¥100 returned, one cancelled and one next-quarter order
   * that must not count. */
  add_order (&w, "2026-10-05", 2, 50000, TER_ORDER_COMPLETED);
  add_order (&w, "2026-11-02", 1, 100000, TER_ORDER_SHIPPED);
  add_order (&w, "2026-11-03", -1, 10000, TER_ORDER_RETURN);
  add_order (&w, "2026-11-04", 9, 100000, TER_ORDER_CANCELLED);
  add_order (&w, "2027-01-02", 9, 100000, TER_ORDER_COMPLETED);

  krs = ter_okr_store_list_key_results (w.okr, id, "2026-11-30", &error);
  g_assert_no_error (error);
  revenue = krs->pdata[0];
  returns = krs->pdata[1];
  average = krs->pdata[2];
  g_assert_cmpint (revenue->current_value, ==, 190000);
  g_assert_cmpfloat_with_epsilon (ter_okr_key_result_progress (revenue), 0.19, 1e-9);
  /* 100 of 2,000 returned: 5%, the target of a falling key result. */
  g_assert_cmpint (returns->current_value, ==, 500);
  g_assert_cmpfloat_with_epsilon (ter_okr_key_result_progress (returns), 1.0, 1e-9);
  /* ¥1,000 per order is $140.85 at 7.1 CNY per USD. */
  g_assert_cmpint (average->current_value, ==, 14085);

  /* Weekly history: the start point, then every week end up to as_of. */
  history = ter_okr_history (w.okr, revenue, "2026-Q4", &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 10);
  g_assert_cmpstr (g_array_index (history, TerOkrPoint, 1).day, ==, "2026-10-07");
  g_assert_cmpint (g_array_index (history, TerOkrPoint, 1).value, ==, 100000);
  g_assert_cmpstr (g_array_index (history, TerOkrPoint, 9).day, ==, "2026-11-30");
  g_assert_cmpint (g_array_index (history, TerOkrPoint, 9).value, ==, 190000);
  g_assert_cmpfloat (g_array_index (history, TerOkrPoint, 9).ideal, >, 600000);
  g_assert_cmpfloat (g_array_index (history, TerOkrPoint, 9).ideal, <, 700000);

  /* A new order moves the key result at once. */
  g_clear_pointer (&krs, g_ptr_array_unref);
  add_order (&w, "2026-11-20", 1, 50000, TER_ORDER_COMPLETED);
  krs = ter_okr_store_list_key_results (w.okr, id, "2026-11-30", &error);
  g_assert_cmpint (((TerOkrKeyResult *) krs->pdata[0])->current_value, ==, 240000);
  world_clear (&w);
}

static void
test_check_ins_and_grading (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GArray) history = NULL;
  GDate end = date (31, 12, 2026);
  TerOkrKeyResult *milestone, *dealers;
  double grade = -1;
  gint64 id;

  world_init (&w);
  id = add_objective (&w, "2026-Q4", "  Win Shandong  ", 0, two_check_in_krs, 2, &error);
  g_assert_no_error (error);
  krs = ter_okr_store_list_key_results (w.okr, id, NULL, &error);
  dealers = krs->pdata[1];

  g_assert_true (ter_okr_store_check_in (w.okr, dealers->id, "2026-11-01", 12,
                                         TER_OKR_CONFIDENCE_AT_RISK, "Two trainers ill", &error));
  g_assert_true (ter_okr_store_check_in (w.okr, dealers->id, "2026-10-15", 5,
                                         TER_OKR_CONFIDENCE_ON_TRACK, NULL, &error));
  g_assert_true (ter_okr_store_check_in (w.okr, dealers->id, "2026-12-20", 26,
                                         TER_OKR_CONFIDENCE_OFF_TRACK, "", &error));
  g_assert_no_error (error);
  g_assert_false (ter_okr_store_check_in (w.okr, 9999, "2026-12-20", 26,
                                          TER_OKR_CONFIDENCE_ON_TRACK, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ter_okr_store_check_in (w.okr, dealers->id, "2026-02-30", 26,
                                          TER_OKR_CONFIDENCE_ON_TRACK, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_clear_pointer (&krs, g_ptr_array_unref);
  krs = ter_okr_store_list_key_results (w.okr, id, NULL, &error);
  milestone = krs->pdata[0];
  dealers = krs->pdata[1];
  /* The latest check-in by day sets value and confidence. */
  g_assert_cmpint (dealers->current_value, ==, 26);
  g_assert_cmpint (dealers->confidence, ==, TER_OKR_CONFIDENCE_OFF_TRACK);
  g_assert_null (dealers->note);
  g_assert_cmpint (milestone->confidence, ==, TER_OKR_CONFIDENCE_NONE);

  history = ter_okr_history (w.okr, dealers, "2026-Q4", &end, &error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (g_array_index (history, TerOkrPoint, 1).value, ==, 5);
  g_assert_cmpint (g_array_index (history, TerOkrPoint, 3).value, ==, 26);

  g_assert_true (ter_okr_store_check_in (w.okr, milestone->id, "2026-12-01", 1,
                                         TER_OKR_CONFIDENCE_ON_TRACK, "Signed", &error));
  /* Milestone 1.0, dealers 26/40 = 0.65 → 0.7; objective 0.85. */
  g_assert_true (ter_okr_grade_objective (w.okr, id, &end, &grade, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (grade, 0.85, 1e-9);
  objectives = ter_okr_store_list_objectives (w.okr, "2026-Q4", &error);
  g_assert_cmpuint (objectives->len, ==, 1);
  g_assert_cmpstr (((TerOkrObjective *) objectives->pdata[0])->title, ==, "Win Shandong");
  g_assert_cmpfloat_with_epsilon (((TerOkrObjective *) objectives->pdata[0])->grade, 0.85, 1e-9);
  g_clear_pointer (&krs, g_ptr_array_unref);
  krs = ter_okr_store_list_key_results (w.okr, id, NULL, &error);
  g_assert_cmpfloat_with_epsilon (((TerOkrKeyResult *) krs->pdata[1])->grade, 0.7, 1e-9);
  world_clear (&w);
}

static void
test_tree (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  gint64 company, region, team, other_quarter;

  world_init (&w);
  company = add_objective (&w, "2026-Q4", "Grow online sales", 0, two_check_in_krs, 2, &error);
  region = add_objective (&w, "2026-Q4", "East leads online", company, two_check_in_krs, 2, &error);
  team = add_objective (&w, "2026-Q4", "Qingdao shop live", region, two_check_in_krs, 2, &error);
  other_quarter = add_objective (&w, "2027-Q1", "Next", 0, two_check_in_krs, 2, &error);
  g_assert_no_error (error);

  /* Cycles: directly and through a grandchild. */
  g_assert_false (ter_okr_store_set_parent (w.okr, company, team, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "cycle"));
  g_clear_error (&error);
  g_assert_false (ter_okr_store_set_parent (w.okr, company, company, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Orphans: a missing parent, a parent of another quarter, deleting a
   * parent that others support. */
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Lost", 4242, two_check_in_krs, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ter_okr_store_set_parent (w.okr, team, other_quarter, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ter_okr_store_delete_objective (w.okr, region, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Realigning and deleting a leaf work. */
  g_assert_true (ter_okr_store_set_parent (w.okr, team, company, &error));
  g_assert_true (ter_okr_store_delete_objective (w.okr, region, &error));
  g_assert_no_error (error);
  objectives = ter_okr_store_list_objectives (w.okr, "2026-Q4", &error);
  g_assert_cmpuint (objectives->len, ==, 2);
  g_assert_cmpint (((TerOkrObjective *) objectives->pdata[1])->parent_id, ==, company);
  g_assert_cmpstr (((TerOkrObjective *) objectives->pdata[1])->owner_name, ==, "East");
  world_clear (&w);
}

static void
test_carry_over (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GPtrArray) next = NULL;
  TerOkrKeyResultRecord records[] = {
    { .title = "Revenue", .kind = TER_OKR_KIND_MONEY, .currency = "CNY", .target_value = 90000,
      .metric = TER_OKR_METRIC_REVENUE },
    { .title = "Cut returns", .kind = TER_OKR_KIND_PERCENT, .start_value = 800, .target_value = 500,
      .metric = TER_OKR_METRIC_RETURN_RATE },
    { .title = "Train 40 dealers", .kind = TER_OKR_KIND_NUMBER, .target_value = 40 },
  };
  GDate end = date (31, 12, 2026);
  gint64 parent, id, carried, carried_parent;
  const TerOkrKeyResult *kr;

  world_init (&w);
  parent = add_objective (&w, "2026-Q4", "Company", 0, two_check_in_krs, 2, &error);
  id = add_objective (&w, "2026-Q4", "East", parent, records, 3, &error);
  g_assert_no_error (error);
  /* Revenue is met; returns at 7% and 12 dealers are not. */
  add_order (&w, "2026-12-01", 10, 10000, TER_ORDER_COMPLETED);
  add_order (&w, "2026-12-02", -7, 1000, TER_ORDER_RETURN);
  krs = ter_okr_store_list_key_results (w.okr, id, NULL, &error);
  g_assert_true (ter_okr_store_check_in (w.okr, ((TerOkrKeyResult *) krs->pdata[2])->id, "2026-12-20",
                                         12, TER_OKR_CONFIDENCE_OFF_TRACK, NULL, &error));

  carried_parent = ter_okr_carry_over (w.okr, parent, &end, &error);
  g_assert_no_error (error);
  carried = ter_okr_carry_over (w.okr, id, &end, &error);
  g_assert_no_error (error);
  g_assert_cmpint (carried, >, 0);

  next = ter_okr_store_list_objectives (w.okr, "2027-Q1", &error);
  g_assert_cmpuint (next->len, ==, 2);
  g_assert_cmpint (((TerOkrObjective *) next->pdata[1])->carried_from, ==, id);
  g_assert_cmpint (((TerOkrObjective *) next->pdata[1])->parent_id, ==, carried_parent);
  g_clear_pointer (&krs, g_ptr_array_unref);
  krs = ter_okr_store_list_key_results (w.okr, carried, "2027-01-01", &error);
  g_assert_cmpuint (krs->len, ==, 2);
  kr = krs->pdata[0];
  g_assert_cmpstr (kr->title, ==, "Cut returns");
  g_assert_cmpint (kr->start_value, ==, 700);
  g_assert_cmpint (kr->target_value, ==, 500);
  kr = krs->pdata[1];
  g_assert_cmpint (kr->start_value, ==, 12);
  g_assert_cmpint (kr->current_value, ==, 12);

  /* Twice is refused; so is an objective with one unfinished result. */
  g_assert_cmpint (ter_okr_carry_over (w.okr, id, &end, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  id = add_objective (&w, "2026-Q4", "Mall", 0, two_check_in_krs, 2, &error);
  g_clear_pointer (&krs, g_ptr_array_unref);
  krs = ter_okr_store_list_key_results (w.okr, id, NULL, &error);
  g_assert_true (ter_okr_store_check_in (w.okr, ((TerOkrKeyResult *) krs->pdata[0])->id, "2026-12-20",
                                         1, TER_OKR_CONFIDENCE_ON_TRACK, NULL, &error));
  g_assert_cmpint (ter_okr_carry_over (w.okr, id, &end, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Only one"));
  g_clear_error (&error);
  world_clear (&w);
}

static void
test_bad_input (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  TerOkrKeyResultRecord six[6];
  TerOkrKeyResultRecord bad[2];

  world_init (&w);
  for (guint i = 0; i < G_N_ELEMENTS (six); i++)
    six[i] = two_check_in_krs[1];

  g_assert_cmpint (add_objective (&w, "2026-Q4", "One", 0, two_check_in_krs, 1, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "two to five"));
  g_clear_error (&error);
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Six", 0, six, 6, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (add_objective (&w, "2026-Q4", "   ", 0, two_check_in_krs, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (add_objective (&w, "Q4", "Fine", 0, two_check_in_krs, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The message names the key result at fault. */
  bad[0] = two_check_in_krs[0];
  bad[1] = (TerOkrKeyResultRecord) { .title = "", .kind = TER_OKR_KIND_NUMBER, .target_value = 3 };
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Fine", 0, bad, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  bad[1] = (TerOkrKeyResultRecord) { .title = "Flat", .kind = TER_OKR_KIND_NUMBER, .target_value = 0 };
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Fine", 0, bad, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad[1] = (TerOkrKeyResultRecord) { .title = "Money", .kind = TER_OKR_KIND_MONEY, .target_value = 9 };
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Fine", 0, bad, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad[1] = (TerOkrKeyResultRecord) { .title = "Rate", .kind = TER_OKR_KIND_NUMBER, .target_value = 9,
                                     .metric = TER_OKR_METRIC_RETURN_RATE };
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Fine", 0, bad, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A database refusal half way leaves nothing behind. */
  bad[1] = (TerOkrKeyResultRecord) { .title = "Bad scope", .kind = TER_OKR_KIND_NUMBER, .target_value = 9,
                                     .metric = TER_OKR_METRIC_NEW_DISTRIBUTORS, .scope_territory_id = 777 };
  g_assert_cmpint (add_objective (&w, "2026-Q4", "Fine", 0, bad, 2, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  objectives = ter_okr_store_list_objectives (w.okr, "2026-Q4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (objectives->len, ==, 0);
  world_clear (&w);
}

static void
test_edit (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  TerRepRecord rep = { .name = "Wang Fang", .role = TER_REP_ROLE_SALES_REP, .territory_id = 0,
                       .hire_date = "2024-01-01" };
  TerOkrObjectiveRecord edited = { .title = "  Win Shandong online  ", .owner_kind = TER_OKR_OWNER_REP };
  TerOkrKeyResultRecord records[3];
  gint64 ids[3], company, objective, dealers;

  world_init (&w);
  rep.territory_id = w.east;
  edited.owner_id = ter_store_add_rep (w.store, &rep, &error);
  company = add_objective (&w, "2026-Q4", "Grow online sales", 0, two_check_in_krs, 2, &error);
  objective = add_objective (&w, "2026-Q4", "East leads online", 0, two_check_in_krs, 2, &error);
  g_assert_no_error (error);
  krs = ter_okr_store_list_key_results (w.okr, objective, "2026-11-15", &error);
  dealers = ((TerOkrKeyResult *) krs->pdata[1])->id;
  g_assert_true (ter_okr_store_check_in (w.okr, dealers, "2026-11-01", 12, TER_OKR_CONFIDENCE_ON_TRACK,
                                         NULL, &error));

  /* Keep the dealers (new target, its check-in stays), drop the
   * milestone, add a linked revenue key result; align under the company. */
  records[0] = (TerOkrKeyResultRecord) { .title = "Train 50 dealers", .kind = TER_OKR_KIND_NUMBER,
                                         .start_value = 5, .target_value = 50 };
  records[1] = (TerOkrKeyResultRecord) { .title = "Revenue", .kind = TER_OKR_KIND_MONEY, .currency = "CNY",
                                         .target_value = 90000, .metric = TER_OKR_METRIC_REVENUE,
                                         .scope_rep_id = edited.owner_id };
  ids[0] = dealers;
  ids[1] = 0;
  edited.parent_id = company;
  g_assert_true (ter_okr_store_update_objective (w.okr, objective, &edited, ids, records, 2, &error));
  g_assert_no_error (error);

  objectives = ter_okr_store_list_objectives (w.okr, "2026-Q4", &error);
  g_assert_cmpstr (((TerOkrObjective *) objectives->pdata[1])->title, ==, "Win Shandong online");
  g_assert_cmpint (((TerOkrObjective *) objectives->pdata[1])->owner_kind, ==, TER_OKR_OWNER_REP);
  g_assert_cmpstr (((TerOkrObjective *) objectives->pdata[1])->owner_name, ==, "Wang Fang");
  g_assert_cmpint (((TerOkrObjective *) objectives->pdata[1])->parent_id, ==, company);
  after = ter_okr_store_list_key_results (w.okr, objective, "2026-11-15", &error);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpint (((TerOkrKeyResult *) after->pdata[0])->id, ==, dealers);
  g_assert_cmpint (((TerOkrKeyResult *) after->pdata[0])->target_value, ==, 50);
  g_assert_cmpint (((TerOkrKeyResult *) after->pdata[0])->current_value, ==, 12);
  g_assert_cmpint (((TerOkrKeyResult *) after->pdata[1])->scope_rep_id, ==, edited.owner_id);
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Refusals change nothing: a key result with check-ins keeps its kind,
   * a cycle, too few key results, a key result of another objective. */
  records[0].kind = TER_OKR_KIND_PERCENT;
  g_assert_false (ter_okr_store_update_objective (w.okr, objective, &edited, ids, records, 2, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  records[0].kind = TER_OKR_KIND_NUMBER;
  edited.parent_id = 0;
  {
    TerOkrObjectiveRecord top = { .title = "Grow", .owner_kind = TER_OKR_OWNER_COMPANY, .parent_id = objective };
    gint64 none[2] = { 0, 0 };

    g_assert_false (ter_okr_store_update_objective (w.okr, company, &top, none, two_check_in_krs, 2, &error));
    g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }
  g_assert_false (ter_okr_store_update_objective (w.okr, objective, &edited, ids, records, 1, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ids[1] = ((TerOkrKeyResult *) krs->pdata[0])->id;   /* deleted above */
  g_assert_false (ter_okr_store_update_objective (w.okr, objective, &edited, ids, records, 2, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = ter_okr_store_list_key_results (w.okr, objective, "2026-11-15", &error);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpint (((TerOkrKeyResult *) after->pdata[1])->metric, ==, TER_OKR_METRIC_REVENUE);
  g_clear_pointer (&objectives, g_ptr_array_unref);
  objectives = ter_okr_store_list_objectives (w.okr, "2026-Q4", &error);
  g_assert_cmpint (((TerOkrObjective *) objectives->pdata[1])->parent_id, ==, company);
  world_clear (&w);
}

/* The header's territory filter keeps what is owned inside the subtree
 * and the objectives those support, and nothing else. */
static void
test_scope (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) east = NULL;
  g_autoptr(GPtrArray) west = NULL;
  g_autoptr(GPtrArray) all = NULL;
  TerRepRecord rep = { .name = "Li Lei", .role = TER_REP_ROLE_SALES_REP, .hire_date = "2024-01-01" };
  TerOkrObjectiveRecord o = { .quarter = "2026-Q4", .title = "Rep goal", .owner_kind = TER_OKR_OWNER_REP };
  TerOkrObjectiveRecord region = { .quarter = "2026-Q4", .title = "Shandong goal",
                                   .owner_kind = TER_OKR_OWNER_REGION, .owner_id = w.region };
  TerOkrObjectiveRecord top = { .quarter = "2026-Q4", .title = "Company goal",
                                .owner_kind = TER_OKR_OWNER_COMPANY };
  gint64 company;

  world_init (&w);
  region.owner_id = w.region;
  rep.territory_id = w.east;
  o.owner_id = ter_store_add_rep (w.store, &rep, &error);
  company = ter_okr_store_add_objective (w.okr, &top, two_check_in_krs, 2, &error);
  o.parent_id = company;
  g_assert_cmpint (ter_okr_store_add_objective (w.okr, &o, two_check_in_krs, 2, &error), >, 0);
  g_assert_cmpint (ter_okr_store_add_objective (w.okr, &region, two_check_in_krs, 2, &error), >, 0);
  g_assert_cmpint (add_objective (&w, "2026-Q4", "East goal", 0, two_check_in_krs, 2, &error), >, 0);
  g_assert_no_error (error);

  all = ter_okr_store_list_objectives_in (w.okr, "2026-Q4", 0, &error);
  g_assert_cmpuint (all->len, ==, 4);
  /* East: the rep's (with the company goal it supports), Shandong's and East's. */
  east = ter_okr_store_list_objectives_in (w.okr, "2026-Q4", w.east, &error);
  g_assert_cmpuint (east->len, ==, 4);
  west = ter_okr_store_list_objectives_in (w.okr, "2026-Q4", w.west, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (west->len, ==, 0);
  g_assert_cmpint (ter_okr_store_region_territory (w.okr, w.region, "2026-12-31"), ==, w.east);

  g_assert_cmpint (ter_okr_store_region_territory (w.okr, w.region, "2019-12-31"), ==, 0);
  world_clear (&w);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/okr/progress", test_progress);
  g_test_add_func ("/okr/quarters", test_quarters);
  g_test_add_func ("/okr/parse-value", test_parse_value);
  g_test_add_func ("/okr/linked-moves", test_linked_moves);
  g_test_add_func ("/okr/check-ins-and-grading", test_check_ins_and_grading);
  g_test_add_func ("/okr/tree", test_tree);
  g_test_add_func ("/okr/carry-over", test_carry_over);
  g_test_add_func ("/okr/bad-input", test_bad_input);
  g_test_add_func ("/okr/edit", test_edit);
  g_test_add_func ("/okr/scope", test_scope);
  return g_test_run ();
}
