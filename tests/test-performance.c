/* test-performance.c: targets, scorecards, reviews, reports and
 * commission, with the authority rules enforced by the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ter-demo.h"
#include "ter-performance-store.h"
#include "ter-rep.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"

/* Regional manager R over provincial managers P1 and P2; reps A1 and A2
 * report to P1 and sell in territory T1, rep B1 reports to P2. */
typedef struct {
  TerSqliteStore      *sqlite;
  TerStore            *store;
  TerPerformanceStore *perf;
  gint64               r, p1, p2, a1, a2, b1;
  gint64               root, t1, t2;
  gint64               region, customer, channel, product, category, parent_category;
  guint                n_orders;
} World;

static gint64
first_region (TerStore *store)
{
  g_autoptr(GListModel) regions = ter_store_list_regions (store, "CN", NULL);
  g_autoptr(TerRegion) region = g_list_model_get_item (regions, 0);

  return ter_region_get_id (region);
}

static gint64
add_rep (World      *w,
         const char *name,
         TerRepRole  role,
         gint64      manager,
         gint64      territory)
{
  g_autoptr(GError) error = NULL;
  TerRepRecord rep = { .name = name, .role = role, .manager_id = manager,
                       .territory_id = territory, .hire_date = "2020-01-01" };
  gint64 id = ter_store_add_rep (w->store, &rep, &error);

  g_assert_no_error (error);
  return id;
}

static void
world_init (World *w)
{
  g_autoptr(GError) error = NULL;
  TerTerritoryRecord t = { .name = "China", .currency = "CNY" };
  TerChannelRecord channel = { .code = "direct", .name_en = "Direct", .name_zh = "直销", .kind = TER_CHANNEL_DIRECT };
  TerCategoryRecord category = { .code = "H", .name_en = "Home", .name_zh = "家居" };
  TerProductRecord product = { .sku = "K-1", .name_en = "Kettle", .name_zh = "水壶" };
  TerCustomerRecord customer = { .name = "Dealer", .type = TER_CUSTOMER_DEALER, .currency = "CNY",
                                 .created_on = "2024-01-01" };

  w->sqlite = ter_sqlite_store_open (":memory:", &error);
  g_assert_no_error (error);
  w->store = TER_STORE (w->sqlite);
  w->perf = TER_PERFORMANCE_STORE (w->sqlite);

  w->root = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "East", .currency = "CNY", .parent_id = w->root };
  w->t1 = ter_store_add_territory (w->store, &t, &error);
  t = (TerTerritoryRecord) { .name = "West", .currency = "CNY", .parent_id = w->root };
  w->t2 = ter_store_add_territory (w->store, &t, &error);
  g_assert_no_error (error);

  w->r = add_rep (w, "Regina", TER_REP_ROLE_REGIONAL_MANAGER, 0, w->root);
  w->p1 = add_rep (w, "Paul", TER_REP_ROLE_PROVINCIAL_MANAGER, w->r, w->t1);
  w->p2 = add_rep (w, "Petra", TER_REP_ROLE_PROVINCIAL_MANAGER, w->r, w->t2);
  w->a1 = add_rep (w, "Anna", TER_REP_ROLE_SALES_REP, w->p1, w->t1);
  w->a2 = add_rep (w, "Arno", TER_REP_ROLE_SALES_REP, w->p1, w->t1);
  w->b1 = add_rep (w, "Bert", TER_REP_ROLE_SALES_REP, w->p2, w->t2);
  g_assert_true (ter_store_set_territory_manager (w->store, w->root, w->r, &error));
  g_assert_true (ter_store_set_territory_manager (w->store, w->t1, w->p1, &error));
  g_assert_true (ter_store_set_territory_manager (w->store, w->t2, w->p2, &error));

  w->region = first_region (w->store);
  g_assert_true (ter_store_assign_region (w->store, w->region, w->t1, 0, "2020-01-01", &error));
  w->channel = ter_store_add_channel (w->store, &channel, &error);
  w->parent_category = ter_store_add_category (w->store, &category, &error);
  category = (TerCategoryRecord) { .code = "HK", .name_en = "Kettles", .name_zh = "水壶",
                                   .parent_id = w->parent_category };
  w->category = ter_store_add_category (w->store, &category, &error);
  product.category_id = w->category;
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

/* An order (or, with return_of, a return) of `amount` minor units. */
static gint64
add_order (World      *w,
           gint64      rep,
           const char *date,
           gint64      amount,
           gint64      return_of)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = g_strdup_printf ("N-%u", ++w->n_orders);
  gint64 quantity = return_of > 0 ? -1 : 1;
  TerOrderLineRecord line = { .product_id = w->product, .quantity = quantity,
                              .unit_price = ABS (amount) };
  TerOrderRecord order = { .number = number, .order_date = date, .customer_id = w->customer,
                           .channel_id = w->channel, .region_id = w->region, .rep_id = rep,
                           .status = return_of > 0 ? TER_ORDER_RETURN : TER_ORDER_COMPLETED,
                           .currency = "CNY", .return_of = return_of };
  gint64 id = ter_store_add_order (w->store, &order, &line, 1, &error);

  g_assert_no_error (error);
  return id;
}

static TerTargetRecord
rep_target (gint64      rep,
            const char *month,
            gint64      value)
{
  return (TerTargetRecord) { .rep_id = rep, .month = month, .metric = TER_METRIC_REVENUE,
                             .value = value, .currency = "CNY" };
}

static void
test_spread_sums_exactly (void)
{
  static const gint64 even[3] = { 0, 0, 0 };
  static const gint64 season[12] = { 5, 3, 8, 9, 10, 12, 7, 6, 11, 13, 9, 20 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  gint64 parts[12];

  /* 100 evenly over 3: the remainder goes to the first month. */
  g_assert_true (ter_spread_total (100, even, 3, parts));
  g_assert_cmpint (parts[0], ==, 34);
  g_assert_cmpint (parts[1], ==, 33);
  g_assert_cmpint (parts[2], ==, 33);

  /* 1 000 000.01 by the seasonal shape: the largest fractions win. */
  g_assert_true (ter_spread_total (100000001, season, 12, parts));
  g_assert_cmpint (parts[11], ==, 17699115);
  g_assert_cmpint (parts[0], ==, 4424779);

  for (guint round = 0; round < 2000; round++)
    {
      gint64 weights[12], total = g_rand_int_range (rand, -1000000, 1000000000);
      gint64 sum = 0, sum_weights = 0;
      guint n = g_rand_int_range (rand, 1, 13);

      for (guint i = 0; i < n; i++)
        {
          weights[i] = g_rand_int_range (rand, -3, 1000000);
          sum_weights += MAX (weights[i], 0);
        }
      g_assert_true (ter_spread_total (total, weights, n, parts));
      for (guint i = 0; i < n; i++)
        {
          double exact = sum_weights > 0 ? (double) total * MAX (weights[i], 0) / sum_weights : 0;

          sum += parts[i];
          /* No month strays a whole unit from its exact share. */
          if (sum_weights > 0)
            g_assert_cmpfloat (ABS ((double) parts[i] - exact), <, 1.0);
        }
      g_assert_cmpint (sum, ==, total);
    }
}

static void
test_attainment_maths (void)
{
  g_assert_cmpint (ter_attainment_bp (95, 100), ==, 9500);
  g_assert_cmpint (ter_attainment_bp (2, 3), ==, 6667);
  g_assert_cmpint (ter_attainment_bp (-1, 3), ==, -3333);
  g_assert_cmpint (ter_attainment_bp (100, 0), ==, -1);
  g_assert_cmpint (ter_attainment_bp (G_MAXINT64 / 20000, G_MAXINT64 / 10000), ==, 5000);
}

static void
test_scorecard (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  TerTargetRecord targets[] = {
    rep_target (w.a1, "2026-01", 0), rep_target (0, "2026-02", 0), rep_target (0, "2026-03", 0),
    rep_target (0, "2026-01", 0), rep_target (0, "2026-02", 0),
  };
  TerScorecard card;
  gint64 jan;

  world_init (&w);
  targets[0] = rep_target (w.a1, "2026-01", 100000);
  targets[1] = rep_target (w.a1, "2026-02", 100000);
  targets[2] = rep_target (w.a1, "2026-03", 200000);
  targets[3] = rep_target (w.a2, "2026-01", 100000);
  targets[4] = rep_target (w.a2, "2026-03", 100000);
  g_assert_true (ter_performance_store_set_targets (w.perf, w.p1, targets, 5, &error));
  g_assert_no_error (error);

  jan = add_order (&w, w.a1, "2026-01-10", 80000, 0);
  add_order (&w, w.a1, "2026-01-20", 40000, 0);
  add_order (&w, w.a1, "2026-03-02", 150000, 0);
  add_order (&w, w.a1, "2026-03-09", -10000, jan);
  add_order (&w, w.a2, "2026-03-15", 500000, 0);
  add_order (&w, w.a1, "2025-12-31", 999, 0);

  g_assert_true (ter_performance_store_scorecard (w.perf, w.a1, "2026-03", 1, &card, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (card.currency, ==, "CNY");
  g_assert_cmpint (card.month_revenue, ==, 140000);
  g_assert_cmpint (card.month_target, ==, 200000);
  g_assert_cmpint (card.quarter_revenue, ==, 260000);
  g_assert_cmpint (card.quarter_target, ==, 400000);
  g_assert_cmpint (card.year_revenue, ==, 260000);
  g_assert_cmpint (card.trend[11], ==, 140000);
  g_assert_cmpint (card.trend[9], ==, 120000);
  g_assert_cmpint (card.trend[8], ==, 999);
  /* Arno sold 500 000 against 200 000: Anna is second of two. */
  g_assert_cmpint (card.peers, ==, 2);
  g_assert_cmpint (card.rank, ==, 2);
  g_assert_cmpint (card.customers, ==, 1);
  g_assert_cmpint (card.orders, ==, 3);
  g_assert_cmpint (card.average_order, ==, 90000);
  g_assert_cmpint (card.return_rate_bp, ==, 370);

  /* Paul's card is his team's: Anna's and Arno's sales and targets. */
  g_assert_true (ter_performance_store_scorecard (w.perf, w.p1, "2026-03", 1, &card, &error));
  g_assert_cmpint (card.month_revenue, ==, 640000);
  g_assert_cmpint (card.month_target, ==, 300000);
  g_assert_cmpint (card.peers, ==, 2);
  g_assert_cmpint (card.rank, ==, 1);

  /* A fiscal year from February: its Q1 is February to April, so March's
   * quarter and year both start in February and leave January out. */
  g_assert_true (ter_performance_store_scorecard (w.perf, w.a1, "2026-03", 2, &card, &error));
  g_assert_cmpstr (card.quarter_start, ==, "2026-02");
  g_assert_cmpstr (card.year_start, ==, "2026-02");
  g_assert_cmpint (card.quarter_revenue, ==, 140000);
  g_assert_cmpint (card.quarter_target, ==, 300000);
  g_assert_cmpint (card.year_revenue, ==, 140000);
  /* From April, March is the last month of the fiscal year begun last April. */
  g_assert_true (ter_performance_store_scorecard (w.perf, w.a1, "2026-03", 4, &card, &error));
  g_assert_cmpstr (card.quarter_start, ==, "2026-01");
  g_assert_cmpstr (card.year_start, ==, "2025-04");
  g_assert_cmpint (card.quarter_revenue, ==, 260000);
  g_assert_cmpint (card.year_revenue, ==, 260999);
  world_clear (&w);
}

static void
test_commission_tiers (void)
{
  /* 5 %; half pay below 80 % of quota, 1.5× beyond quota, 2× beyond 120 %. */
  static const TerCommissionTier tiers[] = {
    { 0, 5000 }, { 8000, 10000 }, { 10000, 15000 }, { 12000, 20000 },
  };
  static const TerCategoryRate rates[] = { { 3, 200 }, { 7, 1000 } };
  TerCommissionRules rules = { 500, tiers, G_N_ELEMENTS (tiers), rates, G_N_ELEMENTS (rates), 0 };
  TerCategoryRevenue revenue = { 1, 0, 0 };
  TerCommissionResult result;
  static const struct { gint64 revenue, commission; } cases[] = {
    { 0, 0 },
    { 79999, 2000 },       /* 5 % × 39 999.5 */
    { 80000, 2000 },       /* exactly at the tier: still half pay */
    { 80001, 2000 },       /* 2 000.05 */
    { 100000, 3000 },      /* at quota: no accelerator yet */
    { 100020, 3002 },      /* 20 beyond quota at 1.5×: 1.5 more */
    { 120000, 4500 },
    { 120010, 4501 },      /* 10 at 2×: exactly 1 more */
    { 130000, 5500 },
    { -5000, -250 },       /* a net return month is charged at the plain rate */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      revenue.revenue = cases[i].revenue;
      g_assert_true (ter_commission_compute (&rules, 100000, &revenue, 1, &result));
      g_assert_cmpint (result.commission, ==, cases[i].commission);
      g_assert_false (result.capped);
    }

  /* The cap holds at and above its figure, not below. */
  rules.cap = 4500;
  revenue.revenue = 120000;
  g_assert_true (ter_commission_compute (&rules, 100000, &revenue, 1, &result));
  g_assert_cmpint (result.commission, ==, 4500);
  g_assert_false (result.capped);
  revenue.revenue = 120010;
  g_assert_true (ter_commission_compute (&rules, 100000, &revenue, 1, &result));
  g_assert_cmpint (result.tiered, ==, 4501);
  g_assert_cmpint (result.commission, ==, 4500);
  g_assert_true (result.capped);

  /* A category's own rate beats its parent's, which beats the base. */
  g_assert_cmpint (ter_commission_rate_for (&rules, 7, 3), ==, 1000);
  g_assert_cmpint (ter_commission_rate_for (&rules, 8, 3), ==, 200);
  g_assert_cmpint (ter_commission_rate_for (&rules, 8, 4), ==, 500);

  /* Without a quota, tiers cannot apply. */
  rules.cap = 0;
  g_assert_true (ter_commission_compute (&rules, 0, &revenue, 1, &result));
  g_assert_cmpint (result.commission, ==, 6001);
  g_assert_cmpint (result.attainment_bp, ==, -1);
}

static gint64
add_plan (World  *w,
          gint64  base_rate,
          gint64  accelerator_from)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) tiers = g_array_new (FALSE, TRUE, sizeof (TerCommissionTier));
  g_autoptr(GArray) rates = g_array_new (FALSE, TRUE, sizeof (TerCategoryRate));
  TerCommissionPlan plan = { .name = (char *) "Standard", .currency = "CNY",
                             .base_rate_bp = base_rate, .tiers = tiers, .rates = rates };
  gint64 id;

  if (accelerator_from > 0)
    g_array_append_vals (tiers, &(TerCommissionTier) { accelerator_from, 20000 }, 1);
  id = ter_performance_store_add_plan (w->perf, w->r, &plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_commission_statement (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerCommissionStatement) jan = NULL;
  g_autoptr(TerCommissionStatement) feb = NULL;
  g_autoptr(TerCommissionPlan) plan = NULL;
  TerTargetRecord target;
  TerCommissionPlan bad = { .name = (char *) "Mine", .currency = "CNY", .base_rate_bp = 100 };
  gint64 plan_id, jan_order, feb_order;

  world_init (&w);
  plan_id = add_plan (&w, 1000, 10000);
  plan = ter_performance_store_get_plan (w.perf, plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->tiers->len, ==, 1);

  /* A sales rep may not make plans; nobody pays a rep without a plan. */
  g_assert_cmpint (ter_performance_store_add_plan (w.perf, w.a1, &bad, &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Anna"));
  g_clear_error (&error);
  g_assert_null (ter_performance_store_statement (w.perf, w.a1, "2026-01", &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ter_performance_store_assign_plan (w.perf, w.a2, w.a1, plan_id, &error));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_assign_plan (w.perf, w.p1, w.a1, plan_id, &error));

  /* January: 1 500.00 against a 1 000.00 quota, 10 % and 2× beyond quota:
   * 100.00 + 100.00 = 200.00 on 1 500.00, an effective 13⅓ %. */
  target = rep_target (w.a1, "2026-01", 100000);
  g_assert_true (ter_performance_store_set_targets (w.perf, w.p1, &target, 1, &error));
  jan_order = add_order (&w, w.a1, "2026-01-15", 150000, 0);
  jan = ter_performance_store_statement (w.perf, w.a1, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (jan->result.revenue, ==, 150000);
  g_assert_cmpint (jan->result.commission, ==, 20000);
  g_assert_cmpint (jan->payout, ==, 20000);

  /* February: 300.00 sold, 100.00 of it returned within the month, and a
   * 300.00 return of January's order clawed back at January's rate. */
  feb_order = add_order (&w, w.a1, "2026-02-03", 30000, 0);
  add_order (&w, w.a1, "2026-02-10", -10000, feb_order);
  add_order (&w, w.a1, "2026-02-20", -30000, jan_order);
  feb = ter_performance_store_statement (w.perf, w.a1, "2026-02", &error);
  g_assert_no_error (error);
  g_assert_cmpint (feb->quota, ==, 0);
  g_assert_cmpint (feb->result.revenue, ==, 20000);
  g_assert_cmpint (feb->result.commission, ==, 2000);
  g_assert_cmpint (feb->clawbacks->len, ==, 1);
  g_assert_cmpstr (g_array_index (feb->clawbacks, TerClawback, 0).original_month, ==, "2026-01");
  g_assert_cmpint (g_array_index (feb->clawbacks, TerClawback, 0).amount, ==, -30000);
  g_assert_cmpint (g_array_index (feb->clawbacks, TerClawback, 0).clawback, ==, -4000);
  g_assert_cmpint (feb->payout, ==, -2000);
  world_clear (&w);
}

/* A plan that could not pay anyone sensibly is refused with a message
 * naming the part, and nothing is written. */
static void
test_plan_validation (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) tiers = g_array_new (FALSE, TRUE, sizeof (TerCommissionTier));
  g_autoptr(GArray) rates = g_array_new (FALSE, TRUE, sizeof (TerCategoryRate));
  g_autoptr(GPtrArray) plans = NULL;
  TerCommissionPlan plan = { .name = (char *) "  ", .currency = "CNY", .base_rate_bp = 300,
                             .tiers = tiers, .rates = rates };
  const struct { const char *words; } expected[] = {
    { "Give the plan a name" }, { "base rate is 100.01%" }, { "cap cannot be negative" },
    { "Tiers 1 and 2 both start at or below 80%" }, { "Tier 1 multiplies the rate by 10.5×" },
    { "Category rates 1 and 2 are for the same category" }, { "cannot pay in XYZ" },
  };

  world_init (&w);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      plan = (TerCommissionPlan) { .name = (char *) (i == 0 ? "  " : "Plan"), .currency = "CNY",
                                   .base_rate_bp = i == 1 ? 10001 : 300, .cap = i == 2 ? -1 : 0,
                                   .tiers = tiers, .rates = rates };
      g_array_set_size (tiers, 0);
      g_array_set_size (rates, 0);
      if (i == 3)
        g_array_append_vals (tiers, (TerCommissionTier[]) { { 9000, 5000 }, { 8000, 10000 } }, 2);
      if (i == 4)
        g_array_append_vals (tiers, &(TerCommissionTier) { 10000, 105000 }, 1);
      if (i == 5)
        g_array_append_vals (rates, (TerCategoryRate[]) { { w.category, 100 }, { w.category, 200 } }, 2);
      if (i == 6)
        g_strlcpy (plan.currency, "XYZ", sizeof plan.currency);
      g_assert_cmpint (ter_performance_store_add_plan (w.perf, w.r, &plan, &error), ==, 0);
      g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
      if (strstr (error->message, expected[i].words) == NULL)
        g_error ("Case %u: “%s” does not say “%s”", i, error->message, expected[i].words);
      g_clear_error (&error);
    }

  plans = ter_performance_store_list_plans (w.perf, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 0);
  world_clear (&w);
}

static gint64
assign (World      *w,
        gint64      actor,
        gint64      plan_id,
        gint64      rep,
        TerRepRole  role,
        const char *from,
        GError    **error)
{
  TerPlanAssignment a = { 0, plan_id, rep, role, "", "" };

  g_strlcpy (a.valid_from, from, sizeof a.valid_from);
  return ter_performance_store_add_assignment (w->perf, actor, &a, error);
}

/* A plan is changed whole or not at all, by someone with authority over
 * everyone it pays. */
static void
test_plan_update (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerCommissionPlan) plan = NULL;
  g_autoptr(TerCommissionPlan) again = NULL;
  gint64 plan_id;

  world_init (&w);
  plan_id = add_plan (&w, 1000, 10000);
  plan = ter_performance_store_get_plan (w.perf, plan_id, &error);
  g_assert_no_error (error);

  plan->base_rate_bp = 450;
  plan->cap = 123456;
  g_array_append_vals (plan->tiers, &(TerCommissionTier) { 12000, 30000 }, 1);
  g_array_append_vals (plan->rates, &(TerCategoryRate) { w.parent_category, 250 }, 1);
  g_assert_true (ter_performance_store_update_plan (w.perf, w.r, plan, &error));
  g_assert_no_error (error);
  again = ter_performance_store_get_plan (w.perf, plan_id, &error);
  g_assert_cmpint (again->base_rate_bp, ==, 450);
  g_assert_cmpint (again->cap, ==, 123456);
  g_assert_cmpuint (again->tiers->len, ==, 2);
  g_assert_cmpint (g_array_index (again->tiers, TerCommissionTier, 1).multiplier_bp, ==, 30000);
  g_assert_cmpuint (again->rates->len, ==, 1);
  g_clear_pointer (&again, ter_commission_plan_free);

  /* A bad tier refuses the whole change: the rate stays as it was. */
  plan->base_rate_bp = 999;
  g_array_index (plan->tiers, TerCommissionTier, 1).from_bp = 10000;
  g_assert_false (ter_performance_store_update_plan (w.perf, w.r, plan, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  again = ter_performance_store_get_plan (w.perf, plan_id, &error);
  g_assert_cmpint (again->base_rate_bp, ==, 450);
  g_assert_cmpuint (again->tiers->len, ==, 2);
  g_array_index (plan->tiers, TerCommissionTier, 1).from_bp = 12000;

  /* Paul manages Anna but not Bert, whom the plan also pays. */
  g_assert_cmpint (assign (&w, w.p1, plan_id, w.a1, 0, "2026-01", &error), >, 0);
  g_assert_cmpint (assign (&w, w.p2, plan_id, w.b1, 0, "2026-01", &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (ter_performance_store_update_plan (w.perf, w.p1, plan, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Bert"));
  g_clear_error (&error);
  g_assert_false (ter_performance_store_update_plan (w.perf, w.a1, plan, &error));
  g_assert_nonnull (strstr (error->message, "Anna is a sales rep"));
  g_clear_error (&error);
  g_assert_false (ter_performance_store_delete_plan (w.perf, w.p1, plan_id, &error));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_delete_plan (w.perf, w.r, plan_id, &error));
  g_assert_no_error (error);
  g_assert_null (ter_performance_store_statement (w.perf, w.a1, "2026-01", &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
  world_clear (&w);
}

/* The plan in effect each month: the rep's own over their role's, the
 * latest start winning; a late return is clawed back at the rate of the
 * plan its sale was paid under. */
static void
test_plan_effective_dates (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerCommissionStatement) s = NULL;
  g_autoptr(GArray) assignments = NULL;
  g_autoptr(GArray) categories = NULL;
  gint64 plan_a, plan_b, plan_c, jan_order, role_id;

  world_init (&w);
  plan_a = add_plan (&w, 1000, 0);
  plan_b = add_plan (&w, 500, 0);
  plan_c = add_plan (&w, 200, 0);
  g_assert_true (ter_performance_store_assign_plan (w.perf, w.p1, w.a1, plan_a, &error));
  g_assert_cmpint (assign (&w, w.p1, plan_b, w.a1, 0, "2026-02", &error), >, 0);
  g_assert_no_error (error);

  /* A role's plan is set only at the head of a reporting line. */
  g_assert_cmpint (assign (&w, w.p1, plan_c, 0, TER_REP_ROLE_SALES_REP, "2026-01", &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "Paul reports to someone else"));
  g_clear_error (&error);
  role_id = assign (&w, w.r, plan_c, 0, TER_REP_ROLE_SALES_REP, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (assign (&w, w.r, plan_c, w.a1, 0, "2026-04", &error), >, 0);
  {
    TerPlanAssignment backwards = { 0, plan_c, w.a2, 0, "2026-05", "2026-03" };

    g_assert_cmpint (ter_performance_store_add_assignment (w.perf, w.r, &backwards, &error), ==, 0);
    g_assert_nonnull (strstr (error->message, "ends in 2026-03, before it starts in 2026-05"));
    g_clear_error (&error);
  }

  jan_order = add_order (&w, w.a1, "2026-01-10", 100000, 0);
  add_order (&w, w.a1, "2026-02-10", -20000, jan_order);
  add_order (&w, w.a2, "2026-01-12", 100000, 0);

  s = ter_performance_store_statement (w.perf, w.a1, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (s->plan_id, ==, plan_a);
  g_assert_cmpstr (s->rep_name, ==, "Anna");
  g_assert_cmpint (s->payout, ==, 10000);
  g_clear_pointer (&s, ter_commission_statement_free);
  s = ter_performance_store_statement (w.perf, w.a1, "2026-02", &error);
  g_assert_cmpint (s->plan_id, ==, plan_b);
  g_assert_cmpint (g_array_index (s->clawbacks, TerClawback, 0).clawback, ==, -2000);
  g_clear_pointer (&s, ter_commission_statement_free);
  s = ter_performance_store_statement (w.perf, w.a1, "2026-04", &error);
  g_assert_cmpint (s->plan_id, ==, plan_c);
  g_clear_pointer (&s, ter_commission_statement_free);
  s = ter_performance_store_statement (w.perf, w.a2, "2026-01", &error);
  g_assert_cmpint (s->plan_id, ==, plan_c);
  g_assert_cmpint (s->payout, ==, 2000);
  g_clear_pointer (&s, ter_commission_statement_free);
  g_assert_null (ter_performance_store_statement (w.perf, w.a2, "2025-12", &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Removing the role's plan leaves Arno without one. */
  g_assert_false (ter_performance_store_remove_assignment (w.perf, w.p1, role_id, &error));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_remove_assignment (w.perf, w.r, role_id, &error));
  g_assert_null (ter_performance_store_statement (w.perf, w.a2, "2026-01", &error));
  g_clear_error (&error);
  assignments = ter_performance_store_list_assignments (w.perf, 0, &error);
  g_assert_cmpuint (assignments->len, ==, 3);

  categories = ter_performance_store_list_categories (w.perf, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 2);
  g_assert_cmpint (g_array_index (categories, TerCategoryInfo, 0).id, ==, w.parent_category);
  g_assert_cmpuint (g_array_index (categories, TerCategoryInfo, 1).depth, ==, 1);
  world_clear (&w);
}

static void
test_target_authority (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GArray) gaps = NULL;
  TerTargetRecord batch[2];
  TerTargetRecord territory = { .territory_id = 0, .month = "2026-05", .metric = TER_METRIC_REVENUE,
                                .value = 100000, .currency = "CNY" };

  world_init (&w);

  /* A manager sets targets for their own reps and below, never their own. */
  batch[0] = rep_target (w.a1, "2026-05", 50000);
  g_assert_true (ter_performance_store_set_targets (w.perf, w.p1, batch, 1, &error));
  g_assert_no_error (error);
  batch[0] = rep_target (w.a2, "2026-05", 40000);
  g_assert_true (ter_performance_store_set_targets (w.perf, w.r, batch, 1, &error));
  g_assert_no_error (error);
  batch[0] = rep_target (w.a1, "2026-05", 1);
  g_assert_false (ter_performance_store_set_targets (w.perf, w.a1, batch, 1, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ter_performance_store_set_targets (w.perf, w.p1, &(TerTargetRecord) { 0 }, 0, &error)
                  && ter_performance_store_check_rep_authority (w.perf, w.p1, w.p1, NULL));
  g_clear_error (&error);

  /* One refused record leaves the whole batch unwritten. */
  batch[0] = rep_target (w.a1, "2026-05", 77777);
  batch[1] = rep_target (w.b1, "2026-05", 88888);
  g_assert_false (ter_performance_store_set_targets (w.perf, w.p1, batch, 2, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Paul"));
  g_assert_nonnull (strstr (error->message, "Bert"));
  g_clear_error (&error);
  targets = ter_performance_store_list_targets (w.perf, TRUE, "2026-05", "2026-05", TER_METRIC_REVENUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (targets->len, ==, 2);
  g_assert_cmpint (g_array_index (targets, TerMonthValue, 0).value, ==, 50000);

  /* Paul runs East: he may not set its target, Regina above him may. */
  territory.territory_id = w.t1;
  g_assert_false (ter_performance_store_set_targets (w.perf, w.p1, &territory, 1, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "East"));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_set_targets (w.perf, w.r, &territory, 1, &error));
  g_assert_no_error (error);
  g_assert_false (ter_performance_store_check_territory_authority (w.perf, w.r, w.root, NULL));
  g_assert_false (ter_performance_store_check_rep_authority (w.perf, 9999, w.a1, &error));
  g_assert_nonnull (strstr (error->message, "Preferences"));
  g_clear_error (&error);

  /* East's reps add up to 900.00 against its own 1 000.00. */
  gaps = ter_performance_store_rollup_gaps (w.perf, "2026-01", "2026-12", TER_METRIC_REVENUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gaps->len, ==, 1);
  g_assert_cmpint (g_array_index (gaps, TerRollupGap, 0).territory_id, ==, w.t1);
  g_assert_cmpint (g_array_index (gaps, TerRollupGap, 0).territory_value, ==, 100000);
  g_assert_cmpint (g_array_index (gaps, TerRollupGap, 0).reps_value, ==, 90000);
  g_assert_cmpint (g_array_index (gaps, TerRollupGap, 0).n_reps, ==, 2);
  world_clear (&w);
}

static void
test_seasonal_spread_from_store (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 parts[3], even[3];

  world_init (&w);
  add_order (&w, w.a1, "2025-01-05", 10000, 0);
  add_order (&w, w.a1, "2025-03-05", 30000, 0);
  g_assert_true (ter_performance_store_spread (w.perf, TRUE, w.a1, "2026-01", 3, TER_METRIC_REVENUE,
                                               100001, TRUE, parts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (parts[0], ==, 25000);
  g_assert_cmpint (parts[1], ==, 0);
  g_assert_cmpint (parts[2], ==, 75001);
  g_assert_true (ter_performance_store_spread (w.perf, TRUE, w.a1, "2026-01", 3, TER_METRIC_REVENUE,
                                               100001, FALSE, even, &error));
  g_assert_cmpint (even[0], ==, 33334);
  g_assert_cmpint (even[2], ==, 33333);
  world_clear (&w);
}

static TerReview *
get_review (World  *w,
            gint64  id)
{
  g_autoptr(GError) error = NULL;
  TerReview *review = ter_performance_store_get_review (w->perf, id, &error);

  g_assert_no_error (error);
  return review;
}

static void
test_review_transitions (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerReview) review = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) reviews = NULL;
  TerTargetRecord target;
  gint64 id;

  world_init (&w);
  target = rep_target (w.a1, "2026-04", 100000);
  g_assert_true (ter_performance_store_set_targets (w.perf, w.p1, &target, 1, &error));
  add_order (&w, w.a1, "2026-05-02", 105000, 0);

  /* Only managers above the rep start a review, on a real quarter. */
  g_assert_cmpint (ter_performance_store_create_review (w.perf, w.p2, w.a1, TER_REVIEW_PERIOD_QUARTER, "2026-04", &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Petra"));
  g_clear_error (&error);
  g_assert_cmpint (ter_performance_store_create_review (w.perf, w.a1, w.a1, TER_REVIEW_PERIOD_QUARTER, "2026-04", &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (ter_performance_store_create_review (w.perf, w.p1, w.a1, TER_REVIEW_PERIOD_QUARTER, "2026-05", &error), ==, 0);
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  id = ter_performance_store_create_review (w.perf, w.p1, w.a1, TER_REVIEW_PERIOD_QUARTER, "2026-04", &error);
  g_assert_no_error (error);

  /* Attainment 105 % pre-fills a 4; channel coverage 1 of 1 a 5;
   * no report came in, a 1; teamwork waits for the manager's judgement. */
  review = get_review (&w, id);
  g_assert_cmpint (review->status, ==, TER_REVIEW_DRAFT);
  g_assert_cmpint (review->scores->len, ==, 5);
  g_assert_cmpint (g_array_index (review->scores, TerReviewScore, 0).score, ==, 4);
  g_assert_true (g_array_index (review->scores, TerReviewScore, 0).measured);
  g_assert_cmpint (g_array_index (review->scores, TerReviewScore, 2).score, ==, 5);
  g_assert_cmpint (g_array_index (review->scores, TerReviewScore, 3).score, ==, 1);
  g_assert_cmpint (g_array_index (review->scores, TerReviewScore, 4).score, ==, 0);

  g_assert_false (ter_performance_store_set_review_status (w.perf, w.p1, id, TER_REVIEW_SUBMITTED, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  for (guint i = 0; i < review->scores->len; i++)
    if (g_array_index (review->scores, TerReviewScore, i).score == 0)
      g_array_index (review->scores, TerReviewScore, i).score = 3;
  g_free (review->strengths);
  review->strengths = g_strdup ("Opened two distributors.");
  g_assert_false (ter_performance_store_save_review (w.perf, w.a1, review, &error));
  g_clear_error (&error);
  g_array_index (review->scores, TerReviewScore, 4).score = 6;
  g_assert_false (ter_performance_store_save_review (w.perf, w.p1, review, &error));
  g_clear_error (&error);
  g_array_index (review->scores, TerReviewScore, 4).score = 3;
  g_assert_true (ter_performance_store_save_review (w.perf, w.p1, review, &error));
  g_assert_no_error (error);

  /* Manager submits; only the rep acknowledges; then it is closed. */
  g_assert_false (ter_performance_store_set_review_status (w.perf, w.a1, id, TER_REVIEW_SUBMITTED, &error));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_set_review_status (w.perf, w.r, id, TER_REVIEW_SUBMITTED, &error));
  g_assert_false (ter_performance_store_save_review (w.perf, w.p1, review, &error));
  g_clear_error (&error);
  g_assert_false (ter_performance_store_set_review_status (w.perf, w.p1, id, TER_REVIEW_ACKNOWLEDGED, &error));
  g_assert_nonnull (strstr (error->message, "Anna"));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_set_review_status (w.perf, w.a1, id, TER_REVIEW_ACKNOWLEDGED, &error));
  g_assert_false (ter_performance_store_set_review_status (w.perf, w.p1, id, TER_REVIEW_DRAFT, &error));
  g_clear_error (&error);

  history = ter_performance_store_review_history (w.perf, id, &error);
  g_assert_cmpint (history->len, ==, 3);
  g_assert_cmpint (g_array_index (history, TerReviewEvent, 1).actor_id, ==, w.r);
  g_assert_cmpint (g_array_index (history, TerReviewEvent, 2).status, ==, TER_REVIEW_ACKNOWLEDGED);
  reviews = ter_performance_store_list_reviews (w.perf, w.a1, &error);
  g_assert_cmpint (reviews->len, ==, 1);
  /* No monthly report came in: reporting discipline scored 1.
   * (4×35 + 3×20 + 5×15 + 1×15 + 3×15) / 100 = 3.35 */
  g_assert_cmpint (g_array_index (reviews, TerReview, 0).overall_centi, ==, 335);
  g_assert_cmpstr (g_array_index (reviews, TerReview, 0).strengths, ==, "Opened two distributors.");
  world_clear (&w);
}

static void
test_monthly_reports (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerRepReport) report = NULL;
  g_autoptr(GArray) status = NULL;
  g_autoptr(GArray) figures = NULL;

  world_init (&w);
  add_order (&w, w.a1, "2026-01-08", 40000, 0);
  report = ter_performance_store_get_report (w.perf, w.a1, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->id, ==, 0);
  g_free (report->reasons);
  report->reasons = g_strdup ("New dealer in Jinan.");

  g_assert_false (ter_performance_store_save_report (w.perf, w.p1, report, TRUE, "2026-02-04", &error));
  g_assert_nonnull (strstr (error->message, "Anna"));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_save_report (w.perf, w.a1, report, TRUE, "2026-02-05", &error));
  g_assert_no_error (error);
  g_assert_false (ter_performance_store_save_report (w.perf, w.a1, report, TRUE, "2026-02-06", &error));
  g_clear_error (&error);

  status = ter_performance_store_report_status (w.perf, w.p1, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (status->len, ==, 2);
  g_assert_cmpint (g_array_index (status, TerRepReport, 0).rep_id, ==, w.a1);
  g_assert_true (g_array_index (status, TerRepReport, 0).on_time);
  g_assert_false (g_array_index (status, TerRepReport, 1).submitted);

  figures = ter_performance_store_report_figures (w.perf, w.a1, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (figures->len, ==, 2);
  g_assert_cmpint (g_array_index (figures, TerReportFigure, 0).share_bp, ==, 10000);
  g_assert_true (g_array_index (figures, TerReportFigure, 1).product);
  world_clear (&w);
}

/* The demo company comes with plans, reports and reviews made under the
 * same authority rules, so the pages start filled in. */
static void
test_demo_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (":memory:", &error);
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (sqlite);
  g_autoptr(GListModel) reps = NULL;
  TerDemoOptions options;
  guint n_reviews = 0, n_statements = 0, n_reports = 0, n_on_time = 0;

  ter_demo_options_init (&options);
  options.n_orders = 3000;
  options.n_customers = 1500;
  options.end_date = "2026-10-31";
  g_assert_true (ter_demo_generate (TER_STORE (sqlite), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  reps = ter_store_list_reps (TER_STORE (sqlite), &error);
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      g_autoptr(GArray) reviews = ter_performance_store_list_reviews (perf, ter_rep_get_id (rep), &error);
      g_autoptr(TerCommissionStatement) statement = NULL;
      g_autoptr(GArray) status = NULL;

      g_assert_no_error (error);
      n_reviews += reviews->len;
      if (ter_rep_get_role (rep) == TER_REP_ROLE_SALES_REP)
        {
          statement = ter_performance_store_statement (perf, ter_rep_get_id (rep), "2026-09", &error);
          g_assert_no_error (error);
          n_statements += statement->result.revenue > 0;
        }
      if (ter_rep_get_role (rep) == TER_REP_ROLE_PROVINCIAL_MANAGER)
        {
          status = ter_performance_store_report_status (perf, ter_rep_get_id (rep), "2026-09", &error);
          for (guint j = 0; j < status->len; j++)
            {
              n_reports += g_array_index (status, TerRepReport, j).submitted;
              n_on_time += g_array_index (status, TerRepReport, j).on_time;
            }
        }
    }

  g_test_message ("%u reviews, %u paid statements, %u reports (%u on time)",
                  n_reviews, n_statements, n_reports, n_on_time);
  g_assert_cmpuint (n_reviews, >=, 20);
  g_assert_cmpuint (n_statements, >=, 50);
  g_assert_cmpuint (n_on_time, >, 0);
  g_assert_cmpuint (n_on_time, <, n_reports);
}

/* Criteria must have names and weights adding up to 100 %; only the head
 * of the company changes them; a review already begun keeps its weights
 * and a retired criterion, a new one uses the new set. */
static void
test_review_criteria (void)
{
  World w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) criteria = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(TerReview) before = NULL;
  g_autoptr(TerReview) old_review = NULL;
  g_autoptr(TerReview) new_review = NULL;
  TerReviewCriterion extra = { 0, NULL, (char *) "Product knowledge", (char *) "", 20, NULL, TRUE };
  gint64 old_id, new_id;
  guint n_active = 0;

  world_init (&w);
  old_id = ter_performance_store_create_review (w.perf, w.p1, w.a1, TER_REVIEW_PERIOD_QUARTER, "2026-01", &error);
  g_assert_no_error (error);
  before = get_review (&w, old_id);
  for (guint i = 0; i < before->scores->len; i++)
    g_array_index (before->scores, TerReviewScore, i).score = 3 + (i % 3);
  g_assert_true (ter_performance_store_save_review (w.perf, w.p1, before, &error));
  g_clear_pointer (&before, ter_review_free);
  before = get_review (&w, old_id);

  criteria = ter_performance_store_list_criteria (w.perf, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (criteria->len, ==, 5);
  /* Attainment 35 → 30 and teamwork (15) retired: 30+20+15+15 = 80. */
  g_array_index (criteria, TerReviewCriterion, 0).weight = 30;
  g_array_remove_index (criteria, 4);
  g_assert_false (ter_performance_store_save_criteria (w.perf, w.r, criteria, &error));
  g_assert_nonnull (strstr (error->message, "add up to 80%"));
  g_clear_error (&error);

  g_array_append_val (criteria, extra);
  g_array_index (criteria, TerReviewCriterion, criteria->len - 1).name_en = (char *) " ";
  g_assert_false (ter_performance_store_save_criteria (w.perf, w.r, criteria, &error));
  g_assert_nonnull (strstr (error->message, "Criterion 5 has no name"));
  g_clear_error (&error);
  g_array_index (criteria, TerReviewCriterion, criteria->len - 1).name_en = (char *) "Product knowledge";
  /* The array owns its strings: the borrowed ones are not freed. */
  g_array_set_clear_func (criteria, NULL);
  g_assert_false (ter_performance_store_save_criteria (w.perf, w.p1, criteria, &error));
  g_assert_nonnull (strstr (error->message, "Paul reports to someone else"));
  g_clear_error (&error);
  g_assert_true (ter_performance_store_save_criteria (w.perf, w.r, criteria, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    {
      TerReviewCriterion *c = &g_array_index (criteria, TerReviewCriterion, i);

      g_free (c->code);
      g_free (c->name_en);
      g_free (c->name_zh);
      g_free (c->measure);
    }

  after = ter_performance_store_list_criteria (w.perf, &error);
  g_assert_cmpuint (after->len, ==, 6);
  for (guint i = 0; i < after->len; i++)
    n_active += g_array_index (after, TerReviewCriterion, i).active;
  g_assert_cmpuint (n_active, ==, 5);
  g_assert_cmpint (g_array_index (after, TerReviewCriterion, 0).weight, ==, 30);
  g_assert_cmpstr (g_array_index (after, TerReviewCriterion, 4).name_zh, ==, "Product knowledge");
  g_assert_false (g_array_index (after, TerReviewCriterion, 5).active);

  /* The old review still weighs attainment 35 and still has teamwork. */
  old_review = get_review (&w, old_id);
  g_assert_cmpuint (old_review->scores->len, ==, 5);
  g_assert_cmpint (g_array_index (old_review->scores, TerReviewScore, 0).weight, ==, 35);
  g_assert_cmpint (old_review->overall_centi, ==, before->overall_centi);

  new_id = ter_performance_store_create_review (w.perf, w.p1, w.a1, TER_REVIEW_PERIOD_QUARTER, "2026-04", &error);
  g_assert_no_error (error);
  new_review = get_review (&w, new_id);
  g_assert_cmpuint (new_review->scores->len, ==, 5);
  g_assert_cmpint (g_array_index (new_review->scores, TerReviewScore, 0).weight, ==, 30);
  g_assert_cmpint (g_array_index (new_review->scores, TerReviewScore, 4).criterion_id, ==,
                   g_array_index (after, TerReviewCriterion, 4).id);
  world_clear (&w);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/performance/spread", test_spread_sums_exactly);
  g_test_add_func ("/performance/spread-seasonal", test_seasonal_spread_from_store);
  g_test_add_func ("/performance/attainment", test_attainment_maths);
  g_test_add_func ("/performance/scorecard", test_scorecard);
  g_test_add_func ("/performance/commission-tiers", test_commission_tiers);
  g_test_add_func ("/performance/commission-statement", test_commission_statement);
  g_test_add_func ("/performance/plan-validation", test_plan_validation);
  g_test_add_func ("/performance/plan-update", test_plan_update);
  g_test_add_func ("/performance/plan-effective-dates", test_plan_effective_dates);
  g_test_add_func ("/performance/review-criteria", test_review_criteria);
  g_test_add_func ("/performance/target-authority", test_target_authority);
  g_test_add_func ("/performance/review-transitions", test_review_transitions);
  g_test_add_func ("/performance/monthly-reports", test_monthly_reports);
  g_test_add_func ("/performance/demo", test_demo_content);

  return g_test_run ();
}
