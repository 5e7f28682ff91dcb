/* ter-demo.c: generates a believable two-market sales company.
 *
 * Every choice comes from one generator seeded with the options' seed, in
 * a fixed order, so a seed always gives the same database. The whole
 * company is built in memory and written through TerStore in one
 * transaction; nothing is read back per order.
 *
 * Orders are planned before they are drawn: each day and segment (market
 * and customer type) gets an intensity from the growth trend, the weekday
 * and the season, and the requested number of orders is shared out in
 * proportion. Regions grow at different speeds by favouring or passing
 * over customers when an order picks its buyer. Targets come last, from
 * what the generator actually sold the year before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ter-analytics-store.h"
#include "ter-import-store.h"
#include "ter-demo.h"
#include "ter-performance-demo.h"
#include "ter-okr-demo.h"
#include "ter-quote-demo.h"
#include "ter-demo-names.h"
#include "ter-money.h"
#include "ter-period.h"
#include "ter-region.h"

#include "ter-demo-private.h"


static void
gen_free (Gen *gen)
{
  for (guint i = 0; gen->returns != NULL && i < gen->n_days; i++)
    g_clear_pointer (&gen->returns[i], g_array_unref);
  for (guint i = 0; i < N_SEGMENTS; i++)
    g_free (gen->buckets[i].items);
  for (guint i = 0; i < TER_DEMO_N_MARKETS; i++)
    g_free (gen->cover[i].areas);

  g_free (gen->returns);
  g_clear_pointer (&gen->day_segments, g_array_unref);
  g_clear_pointer (&gen->reps, g_array_unref);
  g_clear_pointer (&gen->logins, g_hash_table_unref);
  g_free (gen->days);
  g_free (gen->month_first);
  g_free (gen->month_text);
  g_free (gen->group_ids);
  g_free (gen->leaves);
  g_free (gen->areas);
  g_free (gen->customers);
  g_free (gen->products);
  g_free (gen->product_cdf);
  g_free (gen->plan);
  g_free (gen->accept);
  g_free (gen->leaf_month);
  g_free (gen->area_year);
  g_free (gen->rep_year);
  g_free (gen);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Gen, gen_free)

/* Small helpers */

SalesRep *
demo_rep_at (Gen   *gen,
             guint  index)
{
  return &g_array_index (gen->reps, SalesRep, index);
}

void
demo_report_progress (Gen    *gen,
                      double  fraction)
{
  int percent = (int) (fraction * 100);

  if (gen->progress == NULL || percent <= gen->last_percent)
    return;

  gen->last_percent = percent;
  gen->progress (MIN (fraction, 1.0), gen->user_data);
}

gboolean
demo_check_cancelled (Gen     *gen,
                      GError **error)
{
  return !g_cancellable_set_error_if_cancelled (gen->cancellable, error);
}

/* Splits `total` into whole numbers proportional to `weights` that add up
 * to exactly `total`. */
void
demo_apportion (const double *weights,
                guint         n,
                guint         total,
                guint        *out)
{
  double sum = 0;
  double cumulative = 0;
  guint assigned = 0;

  for (guint i = 0; i < n; i++)
    sum += weights[i];

  for (guint i = 0; i < n; i++)
    {
      guint upto;

      cumulative += weights[i];
      upto = i + 1 == n || sum <= 0 ? total
             : MIN ((guint) floor (cumulative / sum * total), total);
      out[i] = upto - assigned;
      assigned = upto;
    }
}

void
demo_shuffle (TerDemoRng *rng,
              guint      *items,
              guint       n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = ter_demo_rng_below (rng, i);
      guint swap = items[i - 1];

      items[i - 1] = items[j];
      items[j] = swap;
    }
}

/* Rounds to whole yuan or dollars. */
gint64
demo_round_major (double minor)
{
  return (gint64) llround (minor / 100.0) * 100;
}

/* The calendar */

static void
format_day (Gen  *gen,
            int   day,
            char  out[11])
{
  GDate date = gen->first;

  if (day >= 0 && (guint) day < gen->n_full_days)
    {
      memcpy (out, gen->days[day].text, 11);
      return;
    }

  if (day < 0)
    g_date_subtract_days (&date, (guint) -day);
  else
    g_date_add_days (&date, (guint) day);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
}

/* The span is whole calendar months, so that every month has a whole
 * target; the last one simply is not over yet. */
static void
init_span (Gen         *gen,
           const GDate *end)
{
  GDate date;
  GDate last;

  g_date_clear (&gen->first, 1);
  g_date_set_dmy (&gen->first, 1, g_date_get_month (end), g_date_get_year (end));
  last = gen->first;
  g_date_add_months (&last, 1);
  g_date_subtract_days (&last, 1);
  g_date_subtract_months (&gen->first, gen->n_months - 1);

  gen->n_days = g_date_days_between (&gen->first, end) + 1;
  gen->n_full_days = g_date_days_between (&gen->first, &last) + 1;
  gen->days = g_new0 (TerDemoDay, gen->n_full_days);
  gen->month_first = g_new0 (guint, gen->n_months + 1);
  gen->month_text = g_new0 (char, gen->n_months * 8);

  date = gen->first;
  for (guint i = 0; i < gen->n_full_days; i++, g_date_add_days (&date, 1))
    {
      TerDemoDay *day = &gen->days[i];

      ter_demo_day_init (day, &date);
      day->month_index = (day->year - g_date_get_year (&gen->first)) * 12
                         + day->month - g_date_get_month (&gen->first);
      if (day->mday == 1)
        {
          gen->month_first[day->month_index] = i;
          g_snprintf (gen->month_text + day->month_index * 8, 8, "%04d-%02d", day->year, day->month);
        }
    }
  gen->month_first[gen->n_months] = gen->n_full_days;
  gen->move_day = gen->month_first[gen->n_months / 2];
}

/* Geography and the organisation */

guint
demo_leaf_at (Gen   *gen,
              guint  area,
              int    day)
{
  return day >= (int) gen->move_day ? gen->areas[area].leaf_after : gen->areas[area].leaf;
}

static gint64
find_region (GListModel *model,
             const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (model, i);

      if (g_strcmp0 (ter_region_get_code (region), code) == 0)
        return ter_region_get_id (region);
    }

  return 0;
}

static gboolean
load_regions (Gen     *gen,
              GError **error)
{
  g_autoptr(GListModel) cn = ter_store_list_regions (gen->store, "CN", error);
  g_autoptr(GListModel) us = cn ? ter_store_list_regions (gen->store, "US", error) : NULL;

  if (us == NULL)
    return FALSE;

  for (guint a = 0; a < gen->n_areas; a++)
    {
      const char *code = gen->area_info[a].code;

      gen->areas[a].region_id = find_region (gen->areas[a].market == TER_DEMO_CN ? cn : us, code);
      if (gen->areas[a].region_id == 0)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("The database lacks the built-in region %s."), code);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_territories (Gen     *gen,
                 GError **error)
{
  TerTerritoryRecord record = { "Territory Co.", "版图公司", 0, 0, "USD" };
  static const char *const countries[][2] = { { "China", "中国" }, { "United States", "美国" } };

  if ((gen->root_id = ter_store_add_territory (gen->store, &record, error)) == 0)
    return FALSE;

  for (guint m = 0; m < TER_DEMO_N_MARKETS; m++)
    {
      record = (TerTerritoryRecord) { countries[m][0], countries[m][1], gen->root_id, 0, currencies[m] };
      if ((gen->country_ids[m] = ter_store_add_territory (gen->store, &record, error)) == 0)
        return FALSE;
    }

  for (guint g = 0; g < gen->n_groups; g++)
    {
      const TerDemoGroup *group = &gen->groups[g];

      record = (TerTerritoryRecord) { group->name, group->name_zh, gen->country_ids[group->market],
                                      0, currencies[group->market] };
      if ((gen->group_ids[g] = ter_store_add_territory (gen->store, &record, error)) == 0)
        return FALSE;
    }

  for (guint l = 0; l < gen->n_leaves; l++)
    {
      const TerDemoLeaf *info = &gen->leaf_info[l];
      Leaf *leaf = &gen->leaves[l];

      record = (TerTerritoryRecord) { info->name, info->name_zh, gen->group_ids[leaf->group],
                                      0, currencies[leaf->market] };
      if ((leaf->id = ter_store_add_territory (gen->store, &record, error)) == 0)
        return FALSE;
    }

  return TRUE;
}

static void
make_unique_login (Gen     *gen,
                   GString *login)
{
  gsize base = login->len;

  for (guint n = 2; g_hash_table_contains (gen->logins, login->str); n++)
    {
      g_string_truncate (login, base);
      g_string_append_printf (login, "%u", n);
    }
  g_hash_table_add (gen->logins, g_strdup (login->str));
}

static gint64
add_person (Gen         *gen,
            const Leaf  *leaf,
            TerRepRole   role,
            gint64       manager_id,
            gint64       territory_id,
            int          hired,
            GError     **error)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) login = g_string_new (NULL);
  g_autoptr(GString) phone = g_string_new (NULL);
  g_autofree char *email = NULL;
  char hire_date[11];
  TerRepRecord record;

  ter_demo_person_name (&gen->rng, leaf->market, name, login);
  make_unique_login (gen, login);
  email = g_strdup_printf ("%s@territory.example", login->str);
  ter_demo_phone (&gen->rng, leaf->market, leaf->area_code, TRUE, phone);
  format_day (gen, hired, hire_date);

  record = (TerRepRecord) { name->str, email, phone->str, role, manager_id, territory_id, hire_date };
  return ter_store_add_rep (gen->store, &record, error);
}

static int
draw_hire_day (Gen   *gen,
               guint  rank)
{
  /* Most of a team predates the span; some joined as the business grew,
   * but the first rep of every territory was always there. */
  if (rank == 0 || ter_demo_rng_below (&gen->rng, 100) < 80)
    return -ter_demo_rng_range (&gen->rng, 30, 6 * 365);
  return ter_demo_rng_range (&gen->rng, 30, (int) (gen->n_days * 0.85));
}

static gboolean
add_leaf_team (Gen     *gen,
               guint    l,
               gint64   regional_manager,
               GError **error)
{
  Leaf *leaf = &gen->leaves[l];
  g_autofree int *hires = g_new (int, leaf->n_reps);
  gint64 manager;

  manager = add_person (gen, leaf, TER_REP_ROLE_PROVINCIAL_MANAGER, regional_manager, leaf->id,
                        -ter_demo_rng_range (&gen->rng, 400, 9 * 365), error);
  if (manager == 0 || !ter_store_set_territory_manager (gen->store, leaf->id, manager, error))
    return FALSE;

  /* Sorted by hire date, so that the reps on board by a day come first. */
  for (guint i = 0; i < leaf->n_reps; i++)
    {
      guint j = i;

      hires[i] = draw_hire_day (gen, i);
      for (int hire = hires[i]; j > 0 && hires[j - 1] > hire; j--)
        {
          hires[j] = hires[j - 1];
          hires[j - 1] = hire;
        }
    }

  leaf->first_rep = gen->reps->len;
  for (guint i = 0; i < leaf->n_reps; i++)
    {
      SalesRep rep = { 0, l, hires[i] };

      rep.id = add_person (gen, leaf, TER_REP_ROLE_SALES_REP, manager, leaf->id, hires[i], error);
      if (rep.id == 0)
        return FALSE;
      g_array_append_val (gen->reps, rep);
    }

  return TRUE;
}

/* More reps where the economy is bigger, at least one everywhere. */
static void
count_reps (Gen *gen)
{
  for (guint m = 0; m < TER_DEMO_N_MARKETS; m++)
    {
      double total = 0;

      for (guint l = 0; l < gen->n_leaves; l++)
        total += gen->leaves[l].market == m ? gen->leaves[l].weight : 0;
      for (guint l = 0; l < gen->n_leaves; l++)
        if (gen->leaves[l].market == m)
          gen->leaves[l].n_reps = MAX (1, (guint) round (sales_reps[m] * gen->leaves[l].weight / total));
    }
}

static gboolean
add_reps (Gen     *gen,
          GError **error)
{
  count_reps (gen);

  for (guint g = 0; g < gen->n_groups; g++)
    {
      const Leaf *first_leaf = NULL;
      gint64 manager;

      for (guint l = 0; l < gen->n_leaves && first_leaf == NULL; l++)
        first_leaf = gen->leaves[l].group == g ? &gen->leaves[l] : NULL;

      manager = add_person (gen, first_leaf, TER_REP_ROLE_REGIONAL_MANAGER, 0, gen->group_ids[g],
                            -ter_demo_rng_range (&gen->rng, 3 * 365, 12 * 365), error);
      if (manager == 0 || !ter_store_set_territory_manager (gen->store, gen->group_ids[g], manager, error))
        return FALSE;

      for (guint l = 0; l < gen->n_leaves; l++)
        if (gen->leaves[l].group == g && !add_leaf_team (gen, l, manager, error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
assign_regions (Gen     *gen,
                GError **error)
{
  for (guint a = 0; a < gen->n_areas; a++)
    {
      const Leaf *leaf = &gen->leaves[gen->areas[a].leaf];

      if (!ter_store_assign_region (gen->store, gen->areas[a].region_id, leaf->id,
                                    demo_rep_at (gen, leaf->first_rep)->id, gen->days[0].text, error))
        return FALSE;
    }

  for (guint a = 0; a < gen->n_areas; a++)
    {
      const Leaf *leaf = &gen->leaves[gen->areas[a].leaf_after];

      if (gen->areas[a].leaf_after != gen->areas[a].leaf
          && !ter_store_assign_region (gen->store, gen->areas[a].region_id, leaf->id,
                                       demo_rep_at (gen, leaf->first_rep)->id,
                                       gen->days[gen->move_day].text, error))
        return FALSE;
    }

  return TRUE;
}

/* Customers */

guint
demo_reps_hired_by (Gen        *gen,
                    const Leaf *leaf,
                    int         day)
{
  guint n = 1;

  while (n < leaf->n_reps && demo_rep_at (gen, leaf->first_rep + n)->hired <= day)
    n++;
  return n;
}

static int
draw_created (Gen             *gen,
              TerCustomerType  type,
              gboolean         established)
{
  if (established || ter_demo_rng_double (&gen->rng) < profiles[type].established)
    return -ter_demo_rng_range (&gen->rng, 1, 4 * 365);

  /* Newcomers arrive a little faster as the business grows. */
  return (int) (gen->n_days * pow (ter_demo_rng_double (&gen->rng), 0.85));
}

static void
append_customer (Gen             *gen,
                 GArray          *customers,
                 guint            area,
                 TerCustomerType  type,
                 gboolean         established)
{
  Customer c = { 0 };
  guint segment = gen->areas[area].market * N_TYPES + type;

  c.seq = customers->len;
  c.area = area;
  c.market = gen->areas[area].market;
  c.type = type;
  c.appetite = 0.5 + ter_demo_rng_double (&gen->rng);
  /* The first customer of each segment predates the span, so that every
   * order of the first day has someone to buy it. */
  c.created = draw_created (gen, type, established || !gen->seen[segment]);
  gen->seen[segment] = TRUE;
  g_array_append_val (customers, c);
}

/* A shuffled list of the types of a market's customers, besides the one
 * online buyer every province and state starts with. */
static GArray *
draw_types (Gen   *gen,
            guint  n_market,
            guint  n_areas)
{
  double shares[N_TYPES];
  guint counts[N_TYPES];
  GArray *types = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = 0; t < N_TYPES; t++)
    shares[t] = profiles[t].customer_share;
  demo_apportion (shares, N_TYPES, n_market, counts);
  for (guint t = 0; t < TER_CUSTOMER_ONLINE; t++)
    if (counts[t] == 0)
      {
        counts[t]++;
        counts[TER_CUSTOMER_ONLINE]--;
      }
  counts[TER_CUSTOMER_ONLINE] -= n_areas;

  for (guint t = 0; t < N_TYPES; t++)
    for (guint i = 0; i < counts[t]; i++)
      g_array_append_val (types, t);
  demo_shuffle (&gen->rng, (guint *) (gpointer) types->data, types->len);
  return types;
}

static void
plan_market (Gen           *gen,
             TerDemoMarket  market,
             guint          n_market,
             GArray        *customers)
{
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) types = NULL;
  g_autofree guint *counts = NULL;
  guint next_type = 0;

  for (guint a = 0; a < gen->n_areas; a++)
    if (gen->areas[a].market == market)
      {
        double weight = gen->area_info[a].weight;

        g_array_append_val (areas, a);
        g_array_append_val (weights, weight);
      }

  /* Every province and state gets at least two customers; the rest follow
   * the size of its economy. */
  counts = g_new (guint, areas->len);
  demo_apportion ((double *) (gpointer) weights->data, areas->len, n_market - 2 * areas->len, counts);
  types = draw_types (gen, n_market, areas->len);

  for (guint i = 0; i < areas->len; i++)
    {
      guint area = g_array_index (areas, guint, i);

      gen->areas[area].n_customers = counts[i] + 2;
      append_customer (gen, customers, area, TER_CUSTOMER_ONLINE, TRUE);
      for (guint k = 0; k < counts[i] + 1; k++)
        append_customer (gen, customers, area, g_array_index (types, guint, next_type++), FALSE);
    }

  gen->cover[market].areas = g_memdup2 (areas->data, areas->len * sizeof (guint));
  gen->cover[market].n_areas = areas->len;
  demo_shuffle (&gen->rng, gen->cover[market].areas, areas->len);
}

static int
compare_customers (gconstpointer a,
                   gconstpointer b)
{
  const Customer *x = a;
  const Customer *y = b;

  if (x->created != y->created)
    return x->created < y->created ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static gint64
draw_credit_limit (Gen            *gen,
                   const Customer *c)
{
  const gint64 *range = profiles[c->type].credit[c->market];
  gint64 step = c->market == TER_DEMO_CN ? 10000 : 5000;
  double u = ter_demo_rng_double (&gen->rng);
  gint64 major;

  /* Online buyers pay up front, and so do half the retailers. */
  if (range[1] == 0 || (c->type == TER_CUSTOMER_RETAILER && ter_demo_rng_below (&gen->rng, 2)))
    return 0;

  major = range[0] + (gint64) ((range[1] - range[0]) * u * u);
  return MAX (step, major / step * step) * 100;
}

static gboolean
insert_customer (Gen       *gen,
                 Customer  *c,
                 GString  **scratch,
                 GError   **error)
{
  const TerDemoArea *info = &gen->area_info[c->area];
  guint n_cities = g_strv_length ((char **) info->cities);
  const char *city = info->cities[ter_demo_rng_below (&gen->rng, 10) < 4
                                  ? 0 : ter_demo_rng_below (&gen->rng, n_cities)];
  gboolean person = c->type == TER_CUSTOMER_ONLINE;
  TerCustomerRecord record;
  char created_on[11];

  ter_demo_company_name (&gen->rng, c->market, c->type, city, scratch[0]);
  ter_demo_person_name (&gen->rng, c->market, scratch[1], scratch[2]);
  ter_demo_phone (&gen->rng, c->market, info->area_code, person, scratch[3]);
  format_day (gen, c->created, created_on);

  record = (TerCustomerRecord) {
    scratch[0]->str, c->type, gen->areas[c->area].region_id, city, demo_rep_at (gen, c->owner)->id,
    draw_credit_limit (gen, c), currencies[c->market], person ? NULL : scratch[1]->str,
    scratch[3]->str, created_on,
  };
  c->id = ter_store_add_customer (gen->store, &record, error);
  return c->id != 0;
}

static void
fill_buckets (Gen *gen)
{
  for (guint i = 0; i < gen->n_customers; i++)
    {
      const Customer *c = &gen->customers[i];
      Bucket *bucket = &gen->buckets[c->market * N_TYPES + c->type];

      if (bucket->items == NULL)
        bucket->items = g_new (guint, gen->n_customers);
      bucket->items[bucket->len++] = i;
    }
}

static gboolean
add_customers (Gen     *gen,
               GError **error)
{
  GArray *planned = g_array_new (FALSE, TRUE, sizeof (Customer));
  guint n_cn = (guint) round (gen->n_customers * market_share[TER_DEMO_CN]);
  GString *scratch[4] = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL), g_string_new (NULL) };
  gboolean ok = TRUE;

  plan_market (gen, TER_DEMO_CN, n_cn, planned);
  plan_market (gen, TER_DEMO_US, gen->n_customers - n_cn, planned);
  g_array_sort (planned, compare_customers);
  gen->customers = (Customer *) (gpointer) g_array_free (planned, FALSE);

  /* Inserted oldest first, so that customer numbers grow with time. The
   * owner is one of the reps on board when the customer arrived. */
  for (guint i = 0; ok && i < gen->n_customers; i++)
    {
      Customer *c = &gen->customers[i];
      int day = MAX (c->created, 0);
      const Leaf *leaf = &gen->leaves[demo_leaf_at (gen, c->area, day)];

      c->owner = leaf->first_rep + ter_demo_rng_below (&gen->rng, demo_reps_hired_by (gen, leaf, day));
      ok = insert_customer (gen, c, scratch, error)
           && (i % CANCEL_CHECK_EVERY != 0 || demo_check_cancelled (gen, error));
    }

  for (guint i = 0; i < G_N_ELEMENTS (scratch); i++)
    g_string_free (scratch[i], TRUE);
  fill_buckets (gen);
  return ok;
}

/* The catalogue */

/* Prices the way shops write them: ¥599 and ¥1299, $89.99 and $249.99. */
static gint64
shelf_price (double        major,
             TerDemoMarket market)
{
  if (market == TER_DEMO_CN)
    return MAX (9, (gint64) round ((major + 1) / 10) * 10 - 1) * 100;
  if (major >= 200)
    return (gint64) round (major / 10) * 1000 - 1;
  return (gint64) ceil (major) * 100 - 1;
}

static gboolean
add_product (Gen         *gen,
             guint        s,
             gint64       category_id,
             guint        combo,
             guint        rank,
             GError     **error)
{
  const TerDemoSubcategory *sub = &gen->subs[s];
  const TerDemoSeries *series = &gen->series[combo / 4];
  guint variant = combo % 4;
  Product *p = &gen->products[gen->n_products];
  g_autofree char *sku = g_strdup_printf ("%s-%s-%04u", gen->categories[sub->category].code,
                                          sub->code, gen->n_products + 1);
  g_autofree char *name_en = g_strdup_printf ("%s %s %s", sub->noun_en, series->name, sub->variants_en[variant]);
  g_autofree char *name_zh = g_strdup_printf ("%s %s %s", sub->noun_zh, series->name, sub->variants_zh[variant]);
  double usd = sub->usd_price * series->price_factor * (1 + 0.2 * variant) * (0.92 + 0.16 * ter_demo_rng_double (&gen->rng));
  TerProductRecord record = { sku, name_en, name_zh, category_id };

  if ((p->id = ter_store_add_product (gen->store, &record, error)) == 0)
    return FALSE;

  p->subcategory = s;
  p->popularity = pow (rank + 1, -0.8);
  p->price[TER_DEMO_CN] = shelf_price (usd * (5.6 + 1.2 * ter_demo_rng_double (&gen->rng)), TER_DEMO_CN);
  p->price[TER_DEMO_US] = shelf_price (usd, TER_DEMO_US);
  gen->n_products++;

  for (guint m = 0; m < TER_DEMO_N_MARKETS; m++)
    {
      /* Costs are 55-70 % of the list price. */
      p->cost[m] = (gint64) round (p->price[m] * (0.55 + 0.15 * ter_demo_rng_double (&gen->rng)));
      if (!ter_store_set_product_price (gen->store, p->id, currencies[m], p->price[m], p->cost[m], error))
        return FALSE;
    }

  return TRUE;
}

/* Each product is a distinct series and variant of its subcategory; the
 * first drawn sell best. */
static gboolean
add_subcategory (Gen     *gen,
                 guint    s,
                 gint64   parent_id,
                 guint    n,
                 GError **error)
{
  const TerDemoSubcategory *sub = &gen->subs[s];
  const TerDemoCategory *top = &gen->categories[sub->category];
  g_autofree char *code = g_strdup_printf ("%s-%s", top->code, sub->code);
  TerCategoryRecord record = { code, sub->name_en, sub->name_zh, parent_id };
  guint combos[64];
  guint n_combos = 0;
  gint64 id;

  for (guint i = 0; i < gen->n_series * 4; i++)
    if (sub->variants_en[i % 4] != NULL)
      combos[n_combos++] = i;
  demo_shuffle (&gen->rng, combos, n_combos);

  if ((id = ter_store_add_category (gen->store, &record, error)) == 0)
    return FALSE;
  for (guint i = 0; i < MIN (n, n_combos); i++)
    if (!add_product (gen, s, id, combos[i], i, error))
      return FALSE;

  return TRUE;
}

static void
build_product_cdf (Gen *gen)
{
  const TerDemoSubcategory *subs = gen->subs;

  gen->product_cdf = g_new (double, TER_DEMO_N_MARKETS * 12 * gen->n_products);
  for (guint m = 0; m < TER_DEMO_N_MARKETS; m++)
    for (int month = 1; month <= 12; month++)
      {
        double *cdf = gen->product_cdf + (m * 12 + month - 1) * gen->n_products;
        double sum = 0;

        for (guint i = 0; i < gen->n_products; i++)
          {
            const TerDemoSubcategory *sub = &subs[gen->products[i].subcategory];

            sum += gen->products[i].popularity * sub->popularity[m]
                   * ter_demo_season_factor (sub->season, month);
            cdf[i] = sum;
          }
      }
}

static gboolean
add_catalogue (Gen     *gen,
               GError **error)
{
  guint n_top, n_subs;
  const TerDemoCategory *tops = ter_demo_categories (&n_top);
  g_autofree gint64 *top_ids = g_new0 (gint64, n_top);

  ter_demo_subcategories (&n_subs);
  g_assert (gen->n_series * 4 <= 64);
  gen->products = g_new0 (Product, N_PRODUCTS);

  for (guint i = 0; i < n_top; i++)
    {
      TerCategoryRecord record = { tops[i].code, tops[i].name_en, tops[i].name_zh, 0 };

      if ((top_ids[i] = ter_store_add_category (gen->store, &record, error)) == 0)
        return FALSE;
    }

  for (guint s = 0; s < n_subs; s++)
    {
      guint n = N_PRODUCTS * (s + 1) / n_subs - N_PRODUCTS * s / n_subs;

      if (!add_subcategory (gen, s, top_ids[gen->subs[s].category], n, error))
        return FALSE;
    }

  build_product_cdf (gen);
  return TRUE;
}

static gboolean
add_channels (Gen     *gen,
              GError **error)
{
  guint n;
  const TerChannelRecord *channels = ter_demo_channels (&n);

  for (guint i = 0; i < n; i++)
    if ((gen->channel_ids[i] = ter_store_add_channel (gen->store, &channels[i], error)) == 0)
      return FALSE;

  return TRUE;
}

/* Planning the orders */

static gboolean
check_empty (Gen     *gen,
             GError **error)
{
  TerStoreCounts counts;

  if (!ter_store_count (gen->store, &counts, error))
    return FALSE;

  if (counts.territories > 0 || counts.reps > 0 || counts.customers > 0 || counts.products > 0
      || counts.channels > 0 || counts.orders > 0 || counts.targets > 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Demo data can only be generated into an empty database, and “%s” already holds data."),
                   ter_store_get_location (gen->store));
      return FALSE;
    }

  return TRUE;
}

static gboolean
generate (Gen     *gen,
          GError **error)
{
  if (!check_empty (gen, error) || !ter_analytics_pause_rollups (gen->store, error)
      || !load_regions (gen, error)
      || !add_channels (gen, error) || !add_catalogue (gen, error)
      || !add_territories (gen, error) || !add_reps (gen, error)
      || !assign_regions (gen, error) || !demo_check_cancelled (gen, error))
    return FALSE;
  demo_report_progress (gen, 0.02);

  if (!add_customers (gen, error) || !demo_check_cancelled (gen, error))
    return FALSE;
  demo_report_progress (gen, PROGRESS_SETUP);

  /* A million lines go in faster with the order indexes set aside and
   * rebuilt once, as a bulk import does; a rollback restores them. */
  if (!ter_import_store_begin_bulk (TER_IMPORT_STORE (gen->store), (gint64) gen->n_orders * 2, error)
      || !demo_add_orders (gen, error)
      || !ter_import_store_end_bulk (TER_IMPORT_STORE (gen->store), error)
      || !demo_check_cancelled (gen, error))
    return FALSE;
  demo_report_progress (gen, PROGRESS_SETUP + PROGRESS_ORDERS);

  return demo_add_targets (gen, error) && ter_analytics_resume_rollups (gen->store, error)
         && demo_check_cancelled (gen, error)
         && ter_performance_demo_generate (gen->store, gen->month_text + 8 * (gen->n_months - 1), error)
         && ter_quote_demo_generate (gen->store, &gen->first, gen->n_days, error);
}

static void
init_geography (Gen *gen)
{
  guint n_moves;
  const TerDemoMove *moves = ter_demo_moves (&n_moves);

  gen->area_info = ter_demo_areas (&gen->n_areas);
  gen->leaf_info = ter_demo_leaves (&gen->n_leaves);
  gen->groups = ter_demo_groups (&gen->n_groups);
  gen->areas = g_new0 (Area, gen->n_areas);
  gen->leaves = g_new0 (Leaf, gen->n_leaves);
  gen->group_ids = g_new0 (gint64, gen->n_groups);

  for (guint l = 0; l < gen->n_leaves; l++)
    {
      gen->leaves[l].group = gen->leaf_info[l].group;
      gen->leaves[l].market = gen->groups[gen->leaves[l].group].market;
    }

  for (guint a = 0; a < gen->n_areas; a++)
    {
      Leaf *leaf = &gen->leaves[gen->area_info[a].leaf];

      gen->areas[a].leaf = gen->areas[a].leaf_after = gen->area_info[a].leaf;
      gen->areas[a].market = leaf->market;
      leaf->weight += gen->area_info[a].weight;
      if (leaf->area_code == NULL)
        leaf->area_code = gen->area_info[a].area_code;
      for (guint i = 0; i < n_moves; i++)
        if (g_str_equal (moves[i].code, gen->area_info[a].code))
          gen->areas[a].leaf_after = moves[i].leaf;
    }
}

static Gen *
gen_new (TerStore             *store,
         const TerDemoOptions *options,
         const GDate          *end)
{
  Gen *gen = g_new0 (Gen, 1);

  gen->store = store;
  gen->last_percent = -1;
  gen->n_orders = options->n_orders;
  gen->n_customers = options->n_customers;
  gen->years = options->years;
  gen->n_months = options->years * 12;
  gen->reps = g_array_new (FALSE, TRUE, sizeof (SalesRep));
  gen->logins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->categories = ter_demo_categories (&(guint) { 0 });
  gen->subs = ter_demo_subcategories (&(guint) { 0 });
  gen->series = ter_demo_series (&gen->n_series);
  ter_demo_rng_init (&gen->rng, options->seed);

  init_span (gen, end);
  init_geography (gen);
  return gen;
}

static gboolean
resolve_options (const TerDemoOptions  *options,
                 TerDemoOptions        *out,
                 GDate                 *end,
                 GError               **error)
{
  *out = *options;
  out->n_orders = out->n_orders ? out->n_orders : 120000;
  out->n_customers = out->n_customers ? out->n_customers : 20000;
  out->years = out->years ? out->years : 3;

  g_date_clear (end, 1);
  if (out->end_date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (end, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  else if (!ter_period_parse_date (out->end_date, end))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("“%s” is not a date of the form YYYY-MM-DD."), out->end_date);
      return FALSE;
    }

  if (out->n_customers < MIN_CUSTOMERS || out->n_customers > MAX_CUSTOMERS
      || out->n_orders > MAX_ORDERS || out->years > MAX_YEARS
      || g_date_get_year (end) < 1000 + (int) out->years)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Demo data needs %d to %d customers, at most %d orders and at most %d years."),
                   MIN_CUSTOMERS, MAX_CUSTOMERS, MAX_ORDERS, MAX_YEARS);
      return FALSE;
    }

  return TRUE;
}

void
ter_demo_options_init (TerDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->seed = 1;
  options->n_orders = 120000;
  options->n_customers = 20000;
  options->years = 3;
}

gboolean
ter_demo_generate (TerStore             *store,
                   const TerDemoOptions *options,
                   TerDemoProgressFunc   progress,
                   gpointer              user_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  g_autoptr(Gen) gen = NULL;
  TerDemoOptions resolved;
  GDate end;

  g_return_val_if_fail (TER_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_options (options, &resolved, &end, error))
    return FALSE;

  gen = gen_new (store, &resolved, &end);
  gen->progress = progress;
  gen->user_data = user_data;
  gen->cancellable = cancellable;

  /* One transaction: a failed or cancelled run leaves nothing behind. */
  if (!ter_store_begin (store, error))
    return FALSE;
  if (!generate (gen, error) || !ter_okr_demo_generate (store, &end, error)
      || !ter_store_commit (store, error))
    {
      ter_store_rollback (store);
      return FALSE;
    }

  demo_report_progress (gen, 1.0);
  return TRUE;
}
