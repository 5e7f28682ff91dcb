/* test-quotes.c: quote totals and rounding, discount authority, state
 * transitions, versions, the credit check and quote → order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ter-quote-store.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"
#include "ter-sqlite-store-private.h"

typedef struct {
  TerSqliteStore *sqlite;
  TerStore       *store;
  TerQuoteStore  *quotes;
  gint64          regional;
  gint64          provincial;
  gint64          other_provincial;
  gint64          rep;
  gint64          customer;
  gint64          products[3];
} Fixture;

static gint64
add_rep (Fixture    *f,
         const char *name,
         TerRepRole  role,
         gint64      manager)
{
  TerRepRecord r = { name, NULL, NULL, role, manager, 0, "2020-01-01" };
  g_autoptr(GError) error = NULL;
  gint64 id = ter_store_add_rep (f->store, &r, &error);

  g_assert_no_error (error);
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(TerRegion) region = NULL;
  TerCategoryRecord cat = { "tools", "Tools", "工具", 0 };
  TerChannelRecord channel = { "direct", "Direct", "直销", TER_CHANNEL_DIRECT };
  TerCustomerRecord cust = { 0 };
  static const char *skus[] = { "A-1", "B-2", "C-3" };
  static const gint64 prices[] = { 1999, 333, 1000000 };
  gint64 cat_id;

  f->sqlite = ter_sqlite_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->store = TER_STORE (f->sqlite);
  f->quotes = TER_QUOTE_STORE (f->sqlite);

  f->regional = add_rep (f, "Regional", TER_REP_ROLE_REGIONAL_MANAGER, 0);
  f->provincial = add_rep (f, "Provincial", TER_REP_ROLE_PROVINCIAL_MANAGER, f->regional);
  f->other_provincial = add_rep (f, "Elsewhere", TER_REP_ROLE_PROVINCIAL_MANAGER, f->regional);
  f->rep = add_rep (f, "Rep", TER_REP_ROLE_SALES_REP, f->provincial);

  regions = ter_store_list_regions (f->store, NULL, &error);
  g_assert_no_error (error);
  region = g_list_model_get_item (regions, 0);
  cust.name = "Acme";
  cust.type = TER_CUSTOMER_DEALER;
  cust.region_id = ter_region_get_id (region);
  cust.owner_rep_id = f->rep;
  cust.credit_limit = 5000000;
  cust.currency = "CNY";
  cust.contact = "Wang Li";
  cust.created_on = "2020-01-01";
  f->customer = ter_store_add_customer (f->store, &cust, &error);
  g_assert_no_error (error);

  cat_id = ter_store_add_category (f->store, &cat, &error);
  g_assert_no_error (error);
  ter_store_add_channel (f->store, &channel, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (skus); i++)
    {
      TerProductRecord p = { skus[i], skus[i], skus[i], cat_id };

      f->products[i] = ter_store_add_product (f->store, &p, &error);
      g_assert_no_error (error);
      ter_store_set_product_price (f->store, f->products[i], "CNY", prices[i], prices[i] / 2, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->sqlite);
}

static gint64
make_quote (Fixture *f,
            gint32   line_discount_bp,
            gint64   quantity)
{
  TerQuoteLineRecord lines[] = {
    { f->products[0], quantity, -1, line_discount_bp },
    { f->products[1], 3, -1, 0 },
  };
  TerQuoteContent content = { "2099-12-31", 0, 1300, "FOB Shanghai", "30 days net", NULL,
                              lines, G_N_ELEMENTS (lines) };
  TerQuoteHeader header = { f->customer, NULL, 0, NULL, "2026-03-01" };
  g_autoptr(GError) error = NULL;
  gint64 id = ter_quote_store_create (f->quotes, &header, &content, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static TerQuoteStatus
status_of (Fixture *f,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerQuoteDoc) doc = ter_quote_store_load (f->quotes, id, 0, &error);

  g_assert_no_error (error);
  return doc->status;
}

static void
test_rounding (void)
{
  /* 3 × 3.33 = 9.99; 15 % off = 1.4985 → 1.50; 10 % order discount on
   * 8.49 = 0.849 → 0.85; 13 % tax on 7.64 = 0.9932 → 0.99. */
  TerQuoteLine lines[] = { { .quantity = 3, .unit_price = 333, .list_price = 333, .discount_bp = 1500 } };
  g_autoptr(GError) error = NULL;
  TerQuoteTotals t;

  g_assert_true (ter_quote_compute_totals (lines, 1, 1000, 1300, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lines[0].gross, ==, 999);
  g_assert_cmpint (lines[0].line_discount, ==, 150);
  g_assert_cmpint (lines[0].order_discount, ==, 85);
  g_assert_cmpint (lines[0].net, ==, 764);
  g_assert_cmpint (lines[0].tax, ==, 99);
  g_assert_cmpint (t.total, ==, 863);
  /* (999 − 764) / 999 = 23.52 % off list. */
  g_assert_cmpint (t.discount_bp, ==, 2352);
}

static void
test_many_lines (void)
{
  g_autofree TerQuoteLine *lines = g_new0 (TerQuoteLine, 5000);
  g_autoptr(GError) error = NULL;
  TerQuoteTotals t;
  gint64 tax = 0;

  /* Per-line rounding: each line's tax is 0.005 → 0.01, so the total tax
   * is the sum of the rounded lines (50.00), not 0.005 × 5000 = 25.00
   * rounded once. The documents print these same lines. */
  for (guint i = 0; i < 5000; i++)
    lines[i] = (TerQuoteLine) { .quantity = 1, .unit_price = 5, .list_price = 5 };
  g_assert_true (ter_quote_compute_totals (lines, 5000, 0, 1000, &t, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 5000; i++)
    tax += lines[i].tax;
  g_assert_cmpint (t.tax, ==, 5000);
  g_assert_cmpint (t.tax, ==, tax);
  g_assert_cmpint (t.total, ==, 5000 * 5 + 5000);
}

static void
test_large_and_overflow (void)
{
  TerQuoteLine big[] = { { .quantity = 1000000000, .unit_price = 99999999, .list_price = 99999999 } };
  TerQuoteLine over[] = {
    { .quantity = 1, .unit_price = 1, .list_price = 1 },
    { .quantity = G_MAXINT64 / 2, .unit_price = 3, .list_price = 3 },
  };
  TerQuoteLine bad[] = { { .quantity = 0, .unit_price = 1 } };
  g_autoptr(GError) error = NULL;
  TerQuoteTotals t;

  g_assert_true (ter_quote_compute_totals (big, 1, 0, 1300, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpint (t.net, ==, G_GINT64_CONSTANT (99999999000000000));
  g_assert_cmpint (t.tax, ==, G_GINT64_CONSTANT (12999999870000000));

  g_assert_false (ter_quote_compute_totals (over, 2, 0, 0, &t, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  g_assert_false (ter_quote_compute_totals (bad, 1, 0, 0, &t, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (ter_quote_compute_totals (big, 1, 10001, 0, &t, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
}

static void
test_rate_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint32 bp = 0;

  g_assert_true (ter_quote_parse_rate ("12,5 %", &bp, &error));
  g_assert_cmpint (bp, ==, 1250);
  g_assert_false (ter_quote_parse_rate ("101", &bp, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  text = ter_quote_format_rate (1250);
  g_assert_cmpstr (text, ==, "12.5 %");
}

static void
test_within_authority (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = make_quote (f, 500, 10);
  g_autoptr(GError) error = NULL;

  /* 5 % is within a sales rep's 10 %: submitting approves it. */
  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_APPROVED);
}

static void
test_approval_per_role (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = make_quote (f, 3000, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) events = NULL;
  const TerQuoteEvent *last;

  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error));
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_PENDING_APPROVAL);

  /* Not above the rep in the reporting line. */
  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_APPROVE, f->other_provincial, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_AUTHORITY);
  g_clear_error (&error);
  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_APPROVE, f->rep, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_AUTHORITY);
  g_clear_error (&error);

  /* About 29 % is beyond a provincial manager's 20 %… */
  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_APPROVE, f->provincial, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_AUTHORITY);
  g_clear_error (&error);
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_PENDING_APPROVAL);

  /* …but within a regional manager's 35 %. */
  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_APPROVE, f->regional, "ok", &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_APPROVED);

  events = ter_quote_store_events (f->quotes, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);
  last = &g_array_index (events, TerQuoteEvent, 2);
  g_assert_cmpint (last->from_status, ==, TER_QUOTE_PENDING_APPROVAL);
  g_assert_cmpint (last->to_status, ==, TER_QUOTE_APPROVED);
  g_assert_cmpint (last->actor_id, ==, f->regional);
  g_assert_cmpstr (last->actor_name, ==, "Regional");
  g_assert_nonnull (last->at);

  /* A company can raise a role's authority in the settings. */
  ter_store_set_setting (f->store, "quotes.max_discount_bp.provincial_manager", "3000", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ter_quote_store_max_discount (f->quotes, TER_REP_ROLE_PROVINCIAL_MANAGER), ==, 3000);
}

static void
test_transitions (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = make_quote (f, 0, 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SEND, f->rep, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION);
  g_assert_nonnull (strstr (error->message, "Draft"));
  g_clear_error (&error);
  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_WIN, f->rep, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION);
  g_clear_error (&error);

  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error));
  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SEND, f->rep, NULL, &error));
  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_LOSE, f->rep, "price", &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_LOST);

  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_WIN, f->rep, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (ter_quote_store_perform (f->quotes, 9999, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
}

static void
test_expired (Fixture       *f,
              gconstpointer  data)
{
  TerQuoteLineRecord lines[] = { { f->products[0], 1, -1, 0 } };
  TerQuoteContent content = { "2020-01-31", 0, 0, NULL, NULL, NULL, lines, 1 };
  TerQuoteHeader header = { f->customer, NULL, 0, NULL, "2020-01-01" };
  g_autoptr(GError) error = NULL;
  gint64 id = ter_quote_store_create (f->quotes, &header, &content, &error);

  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error));
  g_assert_false (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SEND, f->rep, NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION);
  g_assert_nonnull (strstr (error->message, "2020-01-31"));
}

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  gint64 id = make_quote (f, 0, 2);
  TerQuoteLineRecord lines[] = { { f->products[2], 1, 900000, 0 } };
  TerQuoteContent content = { "2099-06-30", 500, 0, NULL, NULL, "new scope", lines, 1 };
  TerQuoteContent empty = { "2099-06-30", 0, 0, NULL, NULL, NULL, NULL, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerQuoteDoc) v1 = NULL;
  g_autoptr(TerQuoteDoc) v2 = NULL;
  g_autoptr(GArray) versions = NULL;

  g_assert_true (ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error));
  g_assert_cmpint (ter_quote_store_revise (f->quotes, id, &content, f->rep, &error), ==, 2);
  g_assert_no_error (error);
  /* A revision must be approved again. */
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_DRAFT);

  v1 = ter_quote_store_load (f->quotes, id, 1, &error);
  v2 = ter_quote_store_load (f->quotes, id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (v1->version, ==, 1);
  g_assert_cmpuint (v1->lines->len, ==, 2);
  g_assert_cmpint (v1->totals.gross, ==, 2 * 1999 + 3 * 333);
  g_assert_cmpint (v2->version, ==, 2);
  g_assert_cmpint (v2->latest_version, ==, 2);
  g_assert_cmpuint (v2->lines->len, ==, 1);
  g_assert_cmpint (v2->totals.net, ==, 855000);
  g_assert_cmpstr (g_array_index (v2->lines, TerQuoteLine, 0).sku, ==, "C-3");

  versions = ter_quote_store_versions (f->quotes, id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (g_array_index (versions, TerQuoteVersionInfo, 1).note, ==, "new scope");

  /* A refused revision writes nothing. */
  g_assert_cmpint (ter_quote_store_revise (f->quotes, id, &empty, f->rep, &error), ==, 0);
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&versions, g_array_unref);
  versions = ter_quote_store_versions (f->quotes, id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
}

static void
test_credit_and_order (Fixture       *f,
                       gconstpointer  data)
{
  gint64 small = make_quote (f, 0, 1);
  gint64 large = make_quote (f, 0, 30000);
  g_autoptr(GError) error = NULL;
  g_autoptr(TerQuoteDoc) doc = NULL;
  g_autoptr(GArray) stats = NULL;
  g_autoptr(GArray) list = NULL;
  TerQuoteFilter filter = { TER_QUOTE_WON, 0, "acm" };
  TerQuoteCredit credit;
  TerStoreCounts counts;

  g_assert_true (ter_quote_store_credit_check (f->quotes, small, &credit, &error));
  g_assert_false (credit.exceeded);
  g_assert_cmpint (credit.open_balance, ==, 0);
  g_assert_true (ter_quote_store_credit_check (f->quotes, large, &credit, &error));
  g_assert_true (credit.exceeded);

  ter_quote_store_perform (f->quotes, small, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error);
  ter_quote_store_perform (f->quotes, small, TER_QUOTE_ACTION_SEND, f->rep, NULL, &error);
  g_assert_true (ter_quote_store_perform (f->quotes, small, TER_QUOTE_ACTION_WIN, f->rep, NULL, &error));
  g_assert_no_error (error);

  doc = ter_quote_store_load (f->quotes, small, 0, &error);
  g_assert_cmpint (doc->status, ==, TER_QUOTE_WON);
  g_assert_cmpint (doc->order_id, >, 0);
  ter_store_count (f->store, &counts, &error);
  g_assert_cmpint (counts.orders, ==, 1);
  g_assert_cmpint (counts.order_lines, ==, 2);

  /* The won quote's order is now part of the open balance. */
  g_assert_true (ter_quote_store_credit_check (f->quotes, small, &credit, &error));
  g_assert_cmpint (credit.open_balance, ==, doc->totals.net);

  stats = ter_quote_store_rep_stats (f->quotes, "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats->len, ==, 1);
  g_assert_cmpint (g_array_index (stats, TerQuoteRepStats, 0).quotes, ==, 2);
  g_assert_cmpint (g_array_index (stats, TerQuoteRepStats, 0).won, ==, 1);
  g_assert_cmpint (g_array_index (stats, TerQuoteRepStats, 0).win_rate_bp, ==, 10000);

  /* The other quote: the only order is already the first quote's. */
  ter_quote_store_perform (f->quotes, large, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error);
  ter_quote_store_perform (f->quotes, large, TER_QUOTE_ACTION_SEND, f->rep, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ter_quote_store_find_order (f->quotes, large), ==, 0);
  g_assert_false (ter_quote_store_link_order (f->quotes, large, 9999, f->rep, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ter_quote_store_perform (f->quotes, large, TER_QUOTE_ACTION_LOSE, f->rep, NULL, &error));

  list = ter_quote_store_list (f->quotes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (g_array_index (list, TerQuoteSummary, 0).id, ==, small);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) customers = ter_quote_store_search_customers (f->quotes, "wang", 10, &error);
  g_autoptr(GArray) products = ter_quote_store_search_products (f->quotes, "b-", "CNY", 10, &error);
  g_autoptr(GArray) none = ter_quote_store_search_products (f->quotes, "zzz", "CNY", 10, &error);
  g_autoptr(GArray) usd = ter_quote_store_search_products (f->quotes, NULL, "USD", 10, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (customers->len, ==, 1);
  g_assert_cmpint (g_array_index (customers, TerQuoteCustomerHit, 0).id, ==, f->customer);
  g_assert_cmpuint (products->len, ==, 1);
  g_assert_cmpint (g_array_index (products, TerQuoteProductHit, 0).list_price, ==, 333);
  g_assert_cmpuint (none->len, ==, 0);
  /* No USD price list: offered without a list price. */
  g_assert_cmpuint (usd->len, ==, 3);
  g_assert_cmpint (g_array_index (usd, TerQuoteProductHit, 0).list_price, ==, -1);
}

/* The acting user submitting decides with their own authority when they
 * are above the quote's rep; a manager elsewhere does not. */
static void
test_acting_submit (Fixture       *f,
                    gconstpointer  data)
{
  gint64 by_provincial = make_quote (f, 3000, 10);
  gint64 by_regional = make_quote (f, 3000, 10);
  gint64 by_other = make_quote (f, 1500, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) events = NULL;

  g_assert_true (ter_quote_store_perform (f->quotes, by_provincial, TER_QUOTE_ACTION_SUBMIT,
                                          f->provincial, NULL, &error));
  g_assert_cmpint (status_of (f, by_provincial), ==, TER_QUOTE_PENDING_APPROVAL);
  g_assert_true (ter_quote_store_perform (f->quotes, by_regional, TER_QUOTE_ACTION_SUBMIT,
                                          f->regional, NULL, &error));
  g_assert_cmpint (status_of (f, by_regional), ==, TER_QUOTE_APPROVED);
  g_assert_true (ter_quote_store_perform (f->quotes, by_other, TER_QUOTE_ACTION_SUBMIT,
                                          f->other_provincial, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, by_other), ==, TER_QUOTE_PENDING_APPROVAL);

  events = ter_quote_store_events (f->quotes, by_regional, &error);
  g_assert_cmpint (g_array_index (events, TerQuoteEvent, events->len - 1).actor_id, ==, f->regional);
  g_clear_pointer (&events, g_array_unref);

  /* A quote written by the acting user for a rep keeps who wrote it. */
  {
    TerQuoteLineRecord line = { f->products[0], 1, -1, 0 };
    TerQuoteContent content = { "2099-12-31", 0, 1300, NULL, NULL, NULL, &line, 1 };
    TerQuoteHeader header = { f->customer, NULL, f->rep, NULL, "2026-03-01", f->provincial };
    gint64 id = ter_quote_store_create (f->quotes, &header, &content, &error);

    g_assert_no_error (error);
    events = ter_quote_store_events (f->quotes, id, &error);
    g_assert_cmpint (g_array_index (events, TerQuoteEvent, 0).actor_id, ==, f->provincial);
    g_assert_cmpstr (g_array_index (events, TerQuoteEvent, 0).actor_name, ==, "Provincial");
  }
}

static gint64
column_of_order (Fixture    *f,
                 const char *sql,
                 gint64      order_id,
                 char      **text)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (ter_sqlite_store_get_db (f->sqlite), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, order_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      if (text != NULL)
        *text = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  return value;
}

static void
test_win_with_channel (Fixture       *f,
                       gconstpointer  data)
{
  TerChannelRecord tmall = { "tmall", "Tmall", "天猫", TER_CHANNEL_MARKETPLACE };
  gint64 id = make_quote (f, 0, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(TerQuoteDoc) doc = NULL;
  g_autofree char *day = NULL;
  TerStoreCounts counts;
  gint64 channel = ter_store_add_channel (f->store, &tmall, &error);

  ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error);
  ter_quote_store_perform (f->quotes, id, TER_QUOTE_ACTION_SEND, f->rep, NULL, &error);
  g_assert_no_error (error);

  /* Refusals write nothing: before the quote, in the future, no channel. */
  g_assert_false (ter_quote_store_win (f->quotes, id, f->rep, channel, "2026-02-27", NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ter_quote_store_win (f->quotes, id, f->rep, channel, "2999-01-01", NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ter_quote_store_win (f->quotes, id, f->rep, 4242, "2026-03-05", NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ter_quote_store_win (f->quotes, id, f->rep, channel, "2026-02-30", NULL, &error));
  g_assert_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID);
  g_clear_error (&error);
  ter_store_count (f->store, &counts, &error);
  g_assert_cmpint (counts.orders, ==, 0);
  g_assert_cmpint (status_of (f, id), ==, TER_QUOTE_SENT);

  g_assert_true (ter_quote_store_win (f->quotes, id, f->regional, channel, "2026-03-05", "signed", &error));
  g_assert_no_error (error);
  doc = ter_quote_store_load (f->quotes, id, 0, &error);
  g_assert_cmpint (doc->status, ==, TER_QUOTE_WON);
  g_assert_cmpint (column_of_order (f, "SELECT channel_id, order_date FROM orders WHERE id = ?1",
                                    doc->order_id, &day), ==, channel);
  g_assert_cmpstr (day, ==, "2026-03-05");
}

static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  gint64 won = make_quote (f, 500, 2);
  gint64 lost = make_quote (f, 800, 3);
  gint64 sent = make_quote (f, 0, 4);
  gint64 draft = make_quote (f, 0, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) by_rep = NULL;
  g_autoptr(GArray) by_month = NULL;
  g_autoptr(GArray) by_territory = NULL;
  TerQuoteFilter filter = { .status = -1, .first_day = "2026-01-01", .last_day = "2026-12-31" };
  TerQuoteStats stats, usd;
  gint64 totals[4];
  gint32 discounts[3];
  gint64 ids[] = { won, lost, sent, draft };

  for (guint i = 0; i < 3; i++)
    {
      ter_quote_store_perform (f->quotes, ids[i], TER_QUOTE_ACTION_SUBMIT, f->rep, NULL, &error);
      ter_quote_store_perform (f->quotes, ids[i], TER_QUOTE_ACTION_SEND, f->rep, NULL, &error);
    }
  ter_quote_store_perform (f->quotes, won, TER_QUOTE_ACTION_WIN, f->rep, NULL, &error);
  ter_quote_store_perform (f->quotes, lost, TER_QUOTE_ACTION_LOSE, f->rep, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(TerQuoteDoc) doc = ter_quote_store_load (f->quotes, ids[i], 0, &error);

      totals[i] = doc->totals.total;
      if (i < 3)
        discounts[i] = doc->totals.discount_bp;
    }

  g_assert_true (ter_quote_store_stats (f->quotes, &filter, "CNY", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stats.quotes, ==, 4);
  g_assert_cmpint (stats.open, ==, 2);
  g_assert_cmpint (stats.won, ==, 1);
  g_assert_cmpint (stats.lost, ==, 1);
  g_assert_cmpint (stats.win_rate_bp, ==, 5000);
  g_assert_cmpint (stats.pipeline_value, ==, totals[2] + totals[3]);
  g_assert_cmpint (stats.won_value, ==, totals[0]);
  g_assert_cmpint (stats.avg_discount_bp, ==, (discounts[0] + discounts[1] + discounts[2] + 1) / 3);

  /* Converted once per currency: about a seventh in dollars. */
  g_assert_true (ter_quote_store_stats (f->quotes, &filter, "USD", &usd, &error));
  g_assert_cmpint (usd.pipeline_value, >, stats.pipeline_value / 10);
  g_assert_cmpint (usd.pipeline_value, <, stats.pipeline_value / 5);

  by_rep = ter_quote_store_stats_by (f->quotes, &filter, TER_QUOTE_STATS_BY_REP, "CNY", &error);
  g_assert_cmpuint (by_rep->len, ==, 1);
  g_assert_cmpstr (g_array_index (by_rep, TerQuoteStatsRow, 0).label, ==, "Rep");
  g_assert_cmpint (g_array_index (by_rep, TerQuoteStatsRow, 0).id, ==, f->rep);
  g_assert_cmpint (g_array_index (by_rep, TerQuoteStatsRow, 0).stats.won_value, ==, totals[0]);
  by_month = ter_quote_store_stats_by (f->quotes, &filter, TER_QUOTE_STATS_BY_MONTH, "CNY", &error);
  g_assert_cmpuint (by_month->len, ==, 1);
  g_assert_cmpstr (g_array_index (by_month, TerQuoteStatsRow, 0).label, ==, "2026-03");
  by_territory = ter_quote_store_stats_by (f->quotes, &filter, TER_QUOTE_STATS_BY_TERRITORY, "CNY", &error);
  g_assert_cmpuint (by_territory->len, ==, 1);
  g_assert_cmpint (g_array_index (by_territory, TerQuoteStatsRow, 0).stats.quotes, ==, 4);

  /* Outside the period or the territory: nothing. */
  filter.first_day = "2026-04-01";
  g_assert_true (ter_quote_store_stats (f->quotes, &filter, "CNY", &stats, &error));
  g_assert_cmpint (stats.quotes, ==, 0);
  g_assert_cmpint (stats.win_rate_bp, ==, 0);
  filter.first_day = NULL;
  filter.territory_id = 4242;
  g_assert_true (ter_quote_store_stats (f->quotes, &filter, "CNY", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stats.quotes, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotes/rounding", test_rounding);
  g_test_add_func ("/quotes/many-lines", test_many_lines);
  g_test_add_func ("/quotes/large-and-overflow", test_large_and_overflow);
  g_test_add_func ("/quotes/rate-parse", test_rate_parse);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/quotes/within-authority", test_within_authority);
  ADD ("/quotes/approval-per-role", test_approval_per_role);
  ADD ("/quotes/transitions", test_transitions);
  ADD ("/quotes/expired", test_expired);
  ADD ("/quotes/versions", test_versions);
  ADD ("/quotes/credit-and-order", test_credit_and_order);
  ADD ("/quotes/search", test_search);
  ADD ("/quotes/acting-submit", test_acting_submit);
  ADD ("/quotes/win-with-channel", test_win_with_channel);
  ADD ("/quotes/stats", test_stats);
#undef ADD

  return g_test_run ();
}
