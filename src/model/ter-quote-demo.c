/* ter-quote-demo.c: demo quotes for the demo company.
 *
 * Terms and notes are data written in the customer's market language,
 * like the demo's names, not interface text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-demo"

#include "config.h"

#include "ter-quote-demo.h"
#include "ter-quote-store.h"

#define N_QUOTES 180

typedef struct {
  TerStore      *store;
  TerQuoteStore *quotes;
  GRand         *rand;
  GHashTable    *products;   /* currency → GArray of TerQuoteProductHit */
} Demo;

static GArray *
products_for (Demo       *demo,
              const char *currency,
              GError    **error)
{
  GArray *hits = g_hash_table_lookup (demo->products, currency);

  if (hits == NULL)
    {
      hits = ter_quote_store_search_products (demo->quotes, NULL, currency, 600, error);
      if (hits == NULL)
        return NULL;
      g_hash_table_insert (demo->products, g_strdup (currency), hits);
    }
  return hits;
}

static gboolean
fill_lines (Demo               *demo,
            const char         *currency,
            TerQuoteLineRecord *lines,
            guint               n_lines,
            GError            **error)
{
  static const gint32 discounts[] = { 0, 0, 0, 300, 500, 500, 800, 1000, 1200, 1500, 2000, 2800 };
  GArray *products = products_for (demo, currency, error);

  if (products == NULL)
    return FALSE;
  for (guint i = 0; i < n_lines; i++)
    {
      const TerQuoteProductHit *p;

      do
        p = &g_array_index (products, TerQuoteProductHit, g_rand_int_range (demo->rand, 0, products->len));
      while (p->list_price <= 0);

      lines[i].product_id = p->id;
      lines[i].quantity = g_rand_int_range (demo->rand, 1, 6) * (g_rand_boolean (demo->rand) ? 10 : 1);
      lines[i].unit_price = -1;
      lines[i].discount_bp = discounts[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (discounts))];
    }
  return TRUE;
}

/* Moves a quote as far along as its age suggests; a refusal (no approver
 * with enough authority, an expired validity) leaves it where it stopped,
 * as in a real pipeline. */
static void
advance (Demo   *demo,
         gint64  id,
         gint64  rep_id,
         int     age)
{
  g_autoptr(TerQuoteDoc) doc = NULL;
  gint64 order_id;

  if (age < 5 || !ter_quote_store_perform (demo->quotes, id, TER_QUOTE_ACTION_SUBMIT, rep_id, NULL, NULL))
    return;

  doc = ter_quote_store_load (demo->quotes, id, 0, NULL);
  if (doc == NULL || (doc->status == TER_QUOTE_PENDING_APPROVAL && age < 12))
    return;
  if (doc->status == TER_QUOTE_PENDING_APPROVAL
      && !ter_quote_store_perform (demo->quotes, id, TER_QUOTE_ACTION_APPROVE,
                                   ter_quote_store_find_approver (demo->quotes, rep_id, doc->totals.discount_bp), NULL, NULL))
    return;

  if (age < 20 || !ter_quote_store_perform (demo->quotes, id, TER_QUOTE_ACTION_SEND, rep_id, NULL, NULL)
      || age < 45)
    return;

  order_id = g_rand_int_range (demo->rand, 0, 100) < 60 ? ter_quote_store_find_order (demo->quotes, id) : 0;
  if (order_id > 0)
    ter_quote_store_link_order (demo->quotes, id, order_id, rep_id, NULL);
  else if (g_rand_int_range (demo->rand, 0, 100) < 80)
    ter_quote_store_perform (demo->quotes, id, TER_QUOTE_ACTION_LOSE, rep_id, NULL, NULL);
}

static gboolean
add_quote (Demo                      *demo,
           const TerQuoteCustomerHit *customer,
           const GDate               *end,
           GError                   **error)
{
  TerQuoteLineRecord lines[6];
  guint n_lines = g_rand_int_range (demo->rand, 1, G_N_ELEMENTS (lines) + 1);
  int age = g_rand_int_range (demo->rand, 0, 150);
  GDate created = *end, valid;
  char created_text[11], valid_text[11];
  gboolean cn = g_str_equal (customer->currency, "CNY");
  TerQuoteContent content = { valid_text, 0, cn ? 1300 : 0,
                              cn ? "15日内送达客户仓库" : "DAP, within 3 weeks",
                              cn ? "预付30%，货到后30天内付清余款" : "Net 30 days",
                              NULL, lines, n_lines };
  TerQuoteHeader header = { customer->id, NULL, 0, NULL, created_text };
  gint64 id;

  g_date_subtract_days (&created, age);
  valid = created;
  /* The engine checks validity against today when a quote is sent, so
   * quotes that were sent in the past stay valid to a little after the
   * demo's last day. */
  g_date_add_days (&valid, MAX (60, age + 14));
  g_date_strftime (created_text, sizeof created_text, "%Y-%m-%d", &created);
  g_date_strftime (valid_text, sizeof valid_text, "%Y-%m-%d", &valid);
  if (g_rand_int_range (demo->rand, 0, 4) == 0)
    content.order_discount_bp = 300;

  if (!fill_lines (demo, customer->currency, lines, n_lines, error))
    return FALSE;
  id = ter_quote_store_create (demo->quotes, &header, &content, error);
  if (id == 0)
    return FALSE;

  /* Some quotes were renegotiated once before going out. */
  if (g_rand_int_range (demo->rand, 0, 6) == 0)
    {
      content.order_discount_bp += 200;
      content.note = cn ? "客户要求更优惠的价格" : "Customer asked for a better price";
      if (ter_quote_store_revise (demo->quotes, id, &content, customer->owner_rep_id, error) == 0)
        return FALSE;
    }

  advance (demo, id, customer->owner_rep_id, age);
  return TRUE;
}

gboolean
ter_quote_demo_generate (TerStore     *store,
                         const GDate  *first_day,
                         guint         n_days,
                         GError      **error)
{
  g_autoptr(GArray) customers = NULL;
  g_autoptr(GHashTable) products = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  Demo demo = { store, TER_QUOTE_STORE (store), rand, products };
  GDate end = *first_day;

  g_date_add_days (&end, n_days > 0 ? n_days - 1 : 0);
  customers = ter_quote_store_search_customers (demo.quotes, NULL, 100000, error);
  if (customers == NULL)
    return FALSE;

  for (guint i = 0; i < N_QUOTES && customers->len > 0; i++)
    {
      const TerQuoteCustomerHit *c =
        &g_array_index (customers, TerQuoteCustomerHit, g_rand_int_range (rand, 0, customers->len));

      if (c->owner_rep_id > 0 && !add_quote (&demo, c, &end, error))
        return FALSE;
    }
  return TRUE;
}
