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

#include "ter-demo.h"
#include "ter-demo-names.h"
#include "ter-money.h"
#include "ter-period.h"
#include "ter-region.h"

#define N_TYPES 5
#define N_SEGMENTS (TER_DEMO_N_MARKETS * N_TYPES)
#define MAX_LINES 5
#define N_PRODUCTS 500
#define MIN_CUSTOMERS 500
#define MAX_CUSTOMERS 5000000
#define MAX_ORDERS 50000000
#define MAX_YEARS 20
#define CANCEL_CHECK_EVERY 1000
#define PROGRESS_SETUP 0.05
#define PROGRESS_ORDERS 0.90

static const char *const currencies[TER_DEMO_N_MARKETS] = { "CNY", "USD" };
static const char *const market_codes[TER_DEMO_N_MARKETS] = { "CN", "US" };
static const double market_share[TER_DEMO_N_MARKETS] = { 0.6, 0.4 };
static const double market_growth[TER_DEMO_N_MARKETS] = { 0.20, 0.16 };
static const guint sales_reps[TER_DEMO_N_MARKETS] = { 84, 56 };

typedef struct {
  double order_share;      /* of the sales orders */
  double customer_share;   /* of the customers */
  double established;      /* chance that a customer predates the span */
  int    min_quantity;
  int    max_quantity;
  int    min_discount;     /* basis points */
  int    max_discount;
  guint  return_permille;
  gint64 credit[TER_DEMO_N_MARKETS][2];  /* range of credit limits, major units */
} TypeProfile;

/* In TerCustomerType order: few key accounts and distributors with big
 * orders, many online buyers with small ones. */
static const TypeProfile profiles[N_TYPES] = {
  { 0.02, 0.005, 0.85, 10, 200, 1000, 2000, 25, { { 2000000, 10000000 }, { 300000, 1500000 } } },
  { 0.08, 0.035, 0.75, 10, 120, 1500, 3000, 30, { { 500000, 5000000 }, { 80000, 700000 } } },
  { 0.12, 0.080, 0.60, 3, 20, 800, 1500, 30, { { 100000, 800000 }, { 15000, 120000 } } },
  { 0.22, 0.200, 0.55, 1, 6, 300, 1000, 35, { { 0, 100000 }, { 0, 15000 } } },
  { 0.56, 0.680, 0.40, 1, 3, 0, 0, 50, { { 0, 0 }, { 0, 0 } } },
};

typedef struct {
  gint64        region_id;
  TerDemoMarket market;
  guint         leaf;        /* the territory before the move day */
  guint         leaf_after;  /* and from the move day on */
  guint         n_customers;
} Area;

typedef struct {
  gint64        id;
  TerDemoMarket market;
  guint         group;
  const char   *area_code;
  double        weight;
  guint         first_rep;   /* its sales reps, by hire date */
  guint         n_reps;
} Leaf;

typedef struct {
  gint64 id;
  guint  leaf;
  int    hired;              /* day of the span; negative before it */
} SalesRep;

typedef struct {
  gint64        id;
  guint         seq;
  int           created;
  guint         area;
  TerDemoMarket market;
  TerCustomerType type;
  guint         owner;
} Customer;

typedef struct {
  gint64 id;
  guint  subcategory;
  double popularity;
  gint64 price[TER_DEMO_N_MARKETS];
  gint64 cost[TER_DEMO_N_MARKETS];
} Product;

typedef struct {
  guint *items;              /* customers of one segment, oldest first */
  guint  len;
  guint  open;               /* how many exist on the day being generated */
} Bucket;

/* Spreads one guaranteed order per province or state over the span, so
 * that even the smallest state of a small demo has sales. */
typedef struct {
  guint *areas;
  guint  n_areas;
  guint  next;
  guint  orders;
  guint  planned;
} Cover;

typedef struct {
  gint64             order_id;
  guint              customer;
  guint              channel;
  char               number[32];
  guint              n_lines;
  TerOrderLineRecord lines[MAX_LINES];
} PendingReturn;

typedef struct {
  TerStore            *store;
  TerDemoProgressFunc  progress;
  gpointer             user_data;
  GCancellable        *cancellable;
  TerDemoRng           rng;
  int                  last_percent;

  guint      n_orders;
  guint      n_customers;
  guint      years;
  guint      n_months;
  guint      n_days;         /* days with orders, through the end date */
  guint      n_full_days;    /* through the end of the last month */
  guint      move_day;
  GDate      first;
  TerDemoDay *days;
  guint     *month_first;    /* n_months + 1 entries */
  char      *month_text;     /* 8 bytes a month */

  const TerDemoArea  *area_info;
  const TerDemoGroup *groups;
  gint64     root_id;
  gint64     country_ids[TER_DEMO_N_MARKETS];
  gint64    *group_ids;
  guint      n_groups;
  Leaf      *leaves;
  guint      n_leaves;
  Area      *areas;
  guint      n_areas;
  GArray    *reps;           /* SalesRep */
  GHashTable *logins;

  Customer  *customers;
  gboolean   seen[N_SEGMENTS];
  Bucket     buckets[N_SEGMENTS];
  Cover      cover[TER_DEMO_N_MARKETS];

  Product   *products;
  guint      n_products;
  double    *product_cdf;    /* per market and calendar month */
  gint64     channel_ids[TER_DEMO_N_CHANNELS];

  guint     *plan;           /* orders per day and segment */
  double    *accept;         /* per group and month */
  GArray   **returns;        /* PendingReturn, by the day they are due */
  GArray    *day_segments;
  guint      seq[TER_DEMO_N_MARKETS];
  int        seq_year[TER_DEMO_N_MARKETS];
  guint      orders_done;

  gint64    *leaf_month;     /* revenue per leaf and month */
  gint64    *area_year;
  gint64    *rep_year;
  gint64     segment_revenue[N_SEGMENTS];
  guint      segment_orders[N_SEGMENTS];
} Gen;

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

static SalesRep *
rep_at (Gen   *gen,
        guint  index)
{
  return &g_array_index (gen->reps, SalesRep, index);
}

static void
report_progress (Gen    *gen,
                 double  fraction)
{
  int percent = (int) (fraction * 100);

  if (gen->progress == NULL || percent <= gen->last_percent)
    return;

  gen->last_percent = percent;
  gen->progress (MIN (fraction, 1.0), gen->user_data);
}

static gboolean
check_cancelled (Gen     *gen,
                 GError **error)
{
  return !g_cancellable_set_error_if_cancelled (gen->cancellable, error);
}

/* Splits `total` into whole numbers proportional to `weights` that add up
 * to exactly `total`. */
static void
apportion (const double *weights,
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

static void
shuffle (TerDemoRng *rng,
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
static gint64
round_major (double minor)
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

static guint
leaf_at (Gen   *gen,
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
