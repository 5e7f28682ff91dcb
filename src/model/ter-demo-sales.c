/* ter-demo-sales.c: the demo company's orders, returns and targets.
 *
 * Orders are planned before they are drawn: each day and segment (market
 * and customer type) gets an intensity from the growth trend, the weekday
 * and the season, and the requested number of orders is shared out in
 * proportion. Targets come last, from what the generator actually sold the
 * year before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ter-demo-private.h"
#include "ter-money.h"
#include "ter-period.h"

/* Expected orders of one segment on one day, before noise. */
static double
segment_rate (Gen   *gen,
              guint  day,
              guint  segment)
{
  TerDemoMarket market = segment / N_TYPES;
  TerCustomerType type = segment % N_TYPES;

  return market_share[market] * profiles[type].order_share
         * pow (1.0 + market_growth[market], day / 365.25)
         * ter_demo_day_factor (&gen->days[day], market, type);
}

static void
plan_orders (Gen *gen)
{
  guint n_cells = gen->n_days * N_SEGMENTS;
  g_autofree double *rates = g_new (double, n_cells);

  /* Day-to-day noise, so that the curves are not suspiciously smooth. */
  for (guint i = 0; i < n_cells; i++)
    rates[i] = segment_rate (gen, i / N_SEGMENTS, i % N_SEGMENTS)
               * (0.8 + 0.4 * ter_demo_rng_double (&gen->rng));

  gen->plan = g_new0 (guint, n_cells);
  demo_apportion (rates, n_cells, gen->n_orders, gen->plan);

  for (guint i = 0; i < n_cells; i++)
    gen->cover[i % N_SEGMENTS / N_TYPES].planned += gen->plan[i];
}

/* Regions grow at their own pace around their market's trend: an order
 * accepts a buyer from a slower region less often. The speed of each
 * region over time is a product of its yearly rates. */
static void
plan_region_growth (Gen *gen)
{
  g_autofree double *level = g_new (double, gen->n_groups);

  gen->accept = g_new (double, gen->n_groups * gen->n_months);
  for (guint m = 0; m < gen->n_months; m++)
    {
      double t = (m + 0.5) / 12;
      double top[TER_DEMO_N_MARKETS] = { 0, 0 };

      for (guint g = 0; g < gen->n_groups; g++)
        {
          double log_level = 0;

          for (guint y = 0; y < gen->years; y++)
            {
              int points = gen->groups[g].growth + (y + 1 == gen->years ? gen->groups[g].last_year : 0);

              log_level += log1p (points / 100.0) * CLAMP (t - y, 0.0, 1.0);
            }
          level[g] = exp (log_level);
          top[gen->groups[g].market] = MAX (top[gen->groups[g].market], level[g]);
        }

      for (guint g = 0; g < gen->n_groups; g++)
        gen->accept[g * gen->n_months + m] = level[g] / top[gen->groups[g].market];
    }
}

/* Drawing one order */

/* Gives the next province or state still without an order its turn, when
 * the market has reached the order reserved for it. */
static gboolean
take_cover (Gen          *gen,
            const Bucket *bucket,
            guint         market,
            guint        *out)
{
  Cover *cover = &gen->cover[market];
  guint k = cover->orders++;

  if (cover->next >= cover->n_areas
      || k < (guint) ((cover->next + 0.5) * cover->planned / cover->n_areas))
    return FALSE;

  for (guint i = 0; i < bucket->open; i++)
    if (gen->customers[bucket->items[i]].area == cover->areas[cover->next])
      {
        *out = bucket->items[i];
        cover->next++;
        return TRUE;
      }

  return FALSE;
}

/* Trade customers order at a steady rhythm, each in turn, so that a small
 * province with two key accounts does not swing wildly from year to year;
 * shoppers come at random, established ones more often than newcomers. */
static guint
next_candidate (Gen             *gen,
                Bucket          *bucket,
                TerCustomerType  type)
{
  double u;

  if (type == TER_CUSTOMER_RETAILER || type == TER_CUSTOMER_ONLINE)
    {
      u = pow (ter_demo_rng_double (&gen->rng), 1.3);
      return bucket->items[MIN ((guint) (bucket->open * u), bucket->open - 1)];
    }

  if (bucket->cursor >= bucket->open)
    bucket->cursor = 0;
  return bucket->items[bucket->cursor++];
}

static guint
pick_customer (Gen   *gen,
               guint  day,
               guint  segment)
{
  Bucket *bucket = &gen->buckets[segment];
  guint month = gen->days[day].month_index;
  guint ci = 0;

  if (take_cover (gen, bucket, segment / N_TYPES, &ci))
    return ci;

  for (guint tries = 0; tries < 20; tries++)
    {
      const Customer *c;
      guint group;

      ci = next_candidate (gen, bucket, segment % N_TYPES);
      c = &gen->customers[ci];
      group = gen->leaves[demo_leaf_at (gen, c->area, (int) day)].group;
      if (ter_demo_rng_double (&gen->rng) < gen->accept[group * gen->n_months + month])
        break;
    }

  return ci;
}

static guint
pick_product (Gen           *gen,
              TerDemoMarket  market,
              int            month)
{
  const double *cdf = gen->product_cdf + (market * 12 + month - 1) * gen->n_products;
  double x = ter_demo_rng_double (&gen->rng) * cdf[gen->n_products - 1];
  guint lo = 0;
  guint hi = gen->n_products - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (cdf[mid] > x)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
}

static gint64
draw_quantity (Gen            *gen,
               const Customer *c)
{
  const TypeProfile *profile = &profiles[c->type];
  double u = ter_demo_rng_double (&gen->rng);
  double quantity;

  if (c->type == TER_CUSTOMER_ONLINE)
    return u < 0.8 ? 1 : u < 0.95 ? 2 : 3;

  quantity = profile->min_quantity + (profile->max_quantity - profile->min_quantity) * u;
  return MAX (1, (gint64) round (quantity * c->appetite));
}

/* Trade discounts by customer type; online buyers get coupons now and
 * then and real promotions on festival days. */
static int
draw_discount (Gen             *gen,
               TerCustomerType  type,
               TerDemoPeak      peak)
{
  if (type != TER_CUSTOMER_ONLINE)
    return ter_demo_rng_range (&gen->rng, profiles[type].min_discount, profiles[type].max_discount);
  if (peak != TER_DEMO_PEAK_NONE)
    return ter_demo_rng_range (&gen->rng, 1000, 2500);
  return ter_demo_rng_below (&gen->rng, 4) == 0 ? 500 : 0;
}

static guint
make_lines (Gen                *gen,
            const Customer     *c,
            guint               day,
            TerDemoPeak         peak,
            TerOrderLineRecord *lines)
{
  /* Online orders have one or two lines; trade orders one to five,
   * mostly three to five. */
  static const guint trade_lines[] = { 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5 };
  guint n = c->type == TER_CUSTOMER_ONLINE ? 1 + (ter_demo_rng_below (&gen->rng, 100) < 60)
            : trade_lines[ter_demo_rng_below (&gen->rng, G_N_ELEMENTS (trade_lines))];

  for (guint i = 0; i < n; i++)
    {
      const Product *p;
      guint k;

      /* Each product appears once per order. */
      for (guint tries = 0; ; tries++)
        {
          p = &gen->products[pick_product (gen, c->market, gen->days[day].month)];
          for (k = 0; k < i && lines[k].product_id != p->id; k++);
          if (k == i || tries > 10)
            break;
        }

      lines[i].product_id = p->id;
      lines[i].quantity = draw_quantity (gen, c);
      lines[i].unit_price = p->price[c->market];
      ter_money_scale (lines[i].quantity * lines[i].unit_price, draw_discount (gen, c->type, peak),
                       10000, &lines[i].discount);
      lines[i].cost = lines[i].quantity * p->cost[c->market];
    }

  return n;
}

static TerOrderStatus
draw_status (Gen   *gen,
             guint  day)
{
  guint age = gen->n_days - 1 - day;
  guint r = ter_demo_rng_below (&gen->rng, 1000);

  if (r < 10)
    return TER_ORDER_CANCELLED;
  if (age <= 2)
    return r < 700 ? TER_ORDER_OPEN : TER_ORDER_SHIPPED;
  if (age <= 10)
    return r < 550 ? TER_ORDER_SHIPPED : TER_ORDER_COMPLETED;
  return TER_ORDER_COMPLETED;
}

/* JD.com leads 618, Tmall leads Double Eleven, Prime Day is Amazon's. */
static TerDemoChannel
pick_channel (Gen             *gen,
              TerDemoMarket    market,
              TerCustomerType  type,
              TerDemoPeak      peak)
{
  guint r = ter_demo_rng_below (&gen->rng, 100);

  switch (type)
    {
    case TER_CUSTOMER_KEY_ACCOUNT:
      return TER_DEMO_CHANNEL_DIRECT;
    case TER_CUSTOMER_DISTRIBUTOR:
      return TER_DEMO_CHANNEL_DISTRIBUTORS;
    case TER_CUSTOMER_DEALER:
      return r < 70 ? TER_DEMO_CHANNEL_DIRECT : TER_DEMO_CHANNEL_DISTRIBUTORS;
    case TER_CUSTOMER_RETAILER:
      return r < 85 ? TER_DEMO_CHANNEL_DIRECT : TER_DEMO_CHANNEL_WEB;
    case TER_CUSTOMER_ONLINE:
    default:
      break;
    }

  if (market == TER_DEMO_US)
    return r < (peak == TER_DEMO_PEAK_PRIME ? 10 : 35) ? TER_DEMO_CHANNEL_WEB : TER_DEMO_CHANNEL_AMAZON;
  if (r < (peak == TER_DEMO_PEAK_NONE ? 25 : 15))
    return TER_DEMO_CHANNEL_WEB;
  if (peak == TER_DEMO_PEAK_618)
    return r < 50 ? TER_DEMO_CHANNEL_TMALL : TER_DEMO_CHANNEL_JD;
  return r < (peak == TER_DEMO_PEAK_1111 ? 70 : 65) ? TER_DEMO_CHANNEL_TMALL : TER_DEMO_CHANNEL_JD;
}

static gint64
order_amount (const TerOrderLineRecord *lines,
              guint                     n_lines)
{
  gint64 amount = 0;

  for (guint i = 0; i < n_lines; i++)
    amount += lines[i].quantity * lines[i].unit_price - lines[i].discount;
  return amount;
}

/* The customer's owner sells to them, unless their region has since moved
 * to another territory, whose reps then share its customers out. */
static guint
rep_for (Gen   *gen,
         guint  ci,
         guint  leaf)
{
  const Leaf *l = &gen->leaves[leaf];
  guint owner = gen->customers[ci].owner;

  if (demo_rep_at (gen, owner)->leaf == leaf)
    return owner;
  return l->first_rep + ci % demo_reps_hired_by (gen, l, (int) gen->move_day);
}

/* Writes an order attributed to the territory that covered the customer's
 * region that day, as the assignment history says, and counts it. */
static gint64
write_order (Gen                      *gen,
             guint                     ci,
             guint                     day,
             TerDemoChannel            channel,
             TerOrderStatus            status,
             const char               *number,
             gint64                    return_of,
             const TerOrderLineRecord *lines,
             guint                     n_lines,
             GError                  **error)
{
  const Customer *c = &gen->customers[ci];
  guint leaf = demo_leaf_at (gen, c->area, (int) day);
  guint rep = rep_for (gen, ci, leaf);
  guint month = gen->days[day].month_index;
  TerOrderRecord record = {
    "territory", number, gen->days[day].text, c->id, gen->channel_ids[channel],
    gen->areas[c->area].region_id, gen->leaves[leaf].id, demo_rep_at (gen, rep)->id, status,
    currencies[c->market], return_of,
  };
  gint64 id = ter_store_add_order (gen->store, &record, lines, n_lines, error);
  gint64 amount = order_amount (lines, n_lines);

  if (id != 0 && status != TER_ORDER_CANCELLED)
    {
      gen->leaf_month[leaf * gen->n_months + month] += amount;
      gen->area_year[c->area * gen->years + month / 12] += amount;
      gen->rep_year[rep * gen->years + month / 12] += amount;
    }

  return id;
}

/* About 4 % of completed orders come back 3 to 30 days later, never after
 * the end of the span: a whole parcel from online buyers, part of one
 * line from the trade. */
static void
plan_return (Gen                      *gen,
             gint64                    order_id,
             guint                     ci,
             TerDemoChannel            channel,
             guint                     day,
             const char               *number,
             const TerOrderLineRecord *lines,
             guint                     n_lines)
{
  const Customer *c = &gen->customers[ci];
  guint age = gen->n_days - 1 - day;
  gboolean whole = c->type == TER_CUSTOMER_ONLINE;
  guint first = whole ? 0 : ter_demo_rng_below (&gen->rng, n_lines);
  PendingReturn r = { order_id, ci, channel, { 0 }, 0, { { 0 } } };
  guint due;

  if (age < 3 || ter_demo_rng_below (&gen->rng, 1000) >= profiles[c->type].return_permille)
    return;

  due = day + ter_demo_rng_range (&gen->rng, 3, MIN (30, age));
  g_snprintf (r.number, sizeof r.number, "R-%s", number);
  for (guint i = first; i < (whole ? n_lines : first + 1); i++)
    {
      const TerOrderLineRecord *sold = &lines[i];
      TerOrderLineRecord *back = &r.lines[r.n_lines++];
      gint64 quantity = whole ? sold->quantity : 1 + ter_demo_rng_below (&gen->rng, MAX (1, sold->quantity / 4));

      *back = (TerOrderLineRecord) { sold->product_id, -quantity, sold->unit_price, 0,
                                     -(sold->cost / sold->quantity * quantity) };
      ter_money_scale (-sold->discount, quantity, sold->quantity, &back->discount);
    }

  if (gen->returns[due] == NULL)
    gen->returns[due] = g_array_new (FALSE, FALSE, sizeof (PendingReturn));
  g_array_append_val (gen->returns[due], r);
}

static gboolean
add_sale (Gen     *gen,
          guint    day,
          guint    segment,
          GError **error)
{
  guint ci = pick_customer (gen, day, segment);
  const Customer *c = &gen->customers[ci];
  TerDemoPeak peak = ter_demo_day_peak (&gen->days[day], c->market);
  TerOrderLineRecord lines[MAX_LINES];
  guint n_lines = make_lines (gen, c, day, peak, lines);
  TerOrderStatus status = draw_status (gen, day);
  TerDemoChannel channel = pick_channel (gen, c->market, c->type, peak);
  char number[32];
  gint64 id;

  if (gen->seq_year[c->market] != gen->days[day].year)
    {
      gen->seq_year[c->market] = gen->days[day].year;
      gen->seq[c->market] = 0;
    }
  g_snprintf (number, sizeof number, "%s-%04d-%07u", market_codes[c->market],
              gen->days[day].year, ++gen->seq[c->market]);

  if ((id = write_order (gen, ci, day, channel, status, number, 0, lines, n_lines, error)) == 0)
    return FALSE;

  if (status != TER_ORDER_CANCELLED)
    {
      gen->segment_revenue[segment] += order_amount (lines, n_lines);
      gen->segment_orders[segment]++;
    }
  if (status == TER_ORDER_COMPLETED)
    plan_return (gen, id, ci, channel, day, number, lines, n_lines);

  gen->orders_done++;
  demo_report_progress (gen, PROGRESS_SETUP + PROGRESS_ORDERS * gen->orders_done / gen->n_orders);
  return gen->orders_done % CANCEL_CHECK_EVERY != 0 || demo_check_cancelled (gen, error);
}

static gboolean
add_due_returns (Gen     *gen,
                 guint    day,
                 GError **error)
{
  GArray *due = gen->returns[day];

  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      const PendingReturn *r = &g_array_index (due, PendingReturn, i);

      if (write_order (gen, r->customer, day, r->channel, TER_ORDER_RETURN, r->number,
                       r->order_id, r->lines, r->n_lines, error) == 0)
        return FALSE;
    }

  g_clear_pointer (&gen->returns[day], g_array_unref);
  return TRUE;
}

/* One day: the returns due first, then the day's orders in random order of
 * segment, as they would come in. */
static gboolean
add_day (Gen     *gen,
         guint    day,
         GError **error)
{
  GArray *segments = gen->day_segments;

  for (guint s = 0; s < N_SEGMENTS; s++)
    {
      Bucket *bucket = &gen->buckets[s];

      while (bucket->open < bucket->len && gen->customers[bucket->items[bucket->open]].created <= (int) day)
        bucket->open++;
      for (guint i = 0; i < gen->plan[day * N_SEGMENTS + s]; i++)
        g_array_append_val (segments, s);
    }
  demo_shuffle (&gen->rng, (guint *) (gpointer) segments->data, segments->len);

  if (!add_due_returns (gen, day, error))
    return FALSE;
  for (guint i = 0; i < segments->len; i++)
    if (!add_sale (gen, day, g_array_index (segments, guint, i), error))
      return FALSE;

  g_array_set_size (segments, 0);
  return TRUE;
}

gboolean
demo_add_orders (Gen     *gen,
                 GError **error)
{
  plan_orders (gen);
  plan_region_growth (gen);
  gen->returns = g_new0 (GArray *, gen->n_days);
  gen->day_segments = g_array_new (FALSE, FALSE, sizeof (guint));
  gen->leaf_month = g_new0 (gint64, gen->n_leaves * gen->n_months);
  gen->area_year = g_new0 (gint64, gen->n_areas * gen->years);
  gen->rep_year = g_new0 (gint64, gen->reps->len * gen->years);

  for (guint day = 0; day < gen->n_days; day++)
    if (!add_day (gen, day, error))
      return FALSE;

  return TRUE;
}

/* Targets */

/* Each month's share of its target year, from the same model that planned
 * the orders, weighted by what an order of each segment is worth. */
static double *
seasonal_shares (Gen *gen)
{
  double *share = g_new0 (double, TER_DEMO_N_MARKETS * gen->n_months);

  for (guint d = 0; d < gen->n_full_days; d++)
    for (guint s = 0; s < N_SEGMENTS; s++)
      if (gen->segment_orders[s] > 0)
        share[s / N_TYPES * gen->n_months + gen->days[d].month_index] +=
          segment_rate (gen, d, s) * gen->segment_revenue[s] / gen->segment_orders[s];

  for (guint m = 0; m < TER_DEMO_N_MARKETS; m++)
    for (guint y = 0; y < gen->years; y++)
      {
        double *months = share + m * gen->n_months + y * 12;
        double sum = 0;

        for (guint i = 0; i < 12; i++)
          sum += months[i];
        for (guint i = 0; i < 12; i++)
          months[i] = sum > 0 ? months[i] / sum : 1.0 / 12;
      }

  return share;
}

/* What each province or state is expected to sell in target year `year`
 * before ambition, planned top-down: its sales region's actual of the
 * year before, split by each one's share of the region over the whole
 * span, so that one lucky year does not set a small state's target. The
 * first year looks back by the planned growth. */
static void
area_bases (Gen    *gen,
            guint   year,
            double *base)
{
  guint from = year > 0 ? year - 1 : 0;
  g_autofree double *group_last = g_new0 (double, gen->n_groups);
  g_autofree double *group_all = g_new0 (double, gen->n_groups);
  g_autofree double *area_all = g_new0 (double, gen->n_areas);

  for (guint a = 0; a < gen->n_areas; a++)
    {
      guint g = gen->leaves[gen->areas[a].leaf].group;

      for (guint y = 0; y < gen->years; y++)
        area_all[a] += gen->area_year[a * gen->years + y];
      group_last[g] += gen->area_year[a * gen->years + from];
      group_all[g] += area_all[a];
    }

  for (guint a = 0; a < gen->n_areas; a++)
    {
      const Area *area = &gen->areas[a];
      guint g = gen->leaves[area->leaf].group;
      double b = group_all[g] > 0 ? group_last[g] * area_all[a] / group_all[g] : 0;

      if (year == 0)
        b /= (1 + market_growth[area->market]) * (1 + gen->groups[g].growth / 100.0);
      base[a] = MAX (b, 0);
    }
}

/* Targets ask for about the market's trend on last year (9-25 % more), a
 * little more or less per region and territory; regions that stall fall
 * short. */
static gint64 *
leaf_targets (Gen *gen)
{
  g_autofree double *share = seasonal_shares (gen);
  g_autofree double *base = g_new (double, gen->n_areas);
  g_autofree double *ambition = g_new (double, gen->n_leaves);
  g_autofree double *sum = g_new (double, gen->n_leaves);
  gint64 *targets = g_new0 (gint64, gen->n_leaves * gen->n_months);

  for (guint y = 0; y < gen->years; y++)
    {
      area_bases (gen, y, base);
      for (guint g = 0; g < gen->n_groups; g++)
        {
          double group_ambition = (1 + market_growth[gen->groups[g].market])
                                  * (0.94 + 0.10 * ter_demo_rng_double (&gen->rng));

          for (guint l = 0; l < gen->n_leaves; l++)
            if (gen->leaves[l].group == g)
              ambition[l] = group_ambition * (0.96 + 0.08 * ter_demo_rng_double (&gen->rng));
        }

      for (guint m = y * 12; m < (y + 1) * 12; m++)
        {
          memset (sum, 0, gen->n_leaves * sizeof (double));
          for (guint a = 0; a < gen->n_areas; a++)
            sum[demo_leaf_at (gen, a, (int) gen->month_first[m])] += base[a];
          for (guint l = 0; l < gen->n_leaves; l++)
            targets[l * gen->n_months + m] =
              demo_round_major (sum[l] * ambition[l] * share[gen->leaves[l].market * gen->n_months + m]);
        }
    }

  return targets;
}

static gboolean
write_target (Gen         *gen,
              gint64       territory_id,
              gint64       rep_id,
              guint        month,
              gint64       value,
              const char  *currency,
              GError     **error)
{
  TerTargetRecord record = { territory_id, rep_id, gen->month_text + month * 8,
                             TER_METRIC_REVENUE, value, currency };

  return ter_store_set_target (gen->store, &record, error);
}

/* The rate the overview uses to show yuan in dollars. */
static gboolean
yuan_to_dollars (Gen      *gen,
                 gint64   *rate,
                 GError  **error)
{
  g_autoptr(GArray) rates = ter_store_list_exchange_rates (gen->store, error);
  gint64 per_usd[TER_DEMO_N_MARKETS] = { 0, 0 };

  for (guint i = 0; rates != NULL && i < rates->len; i++)
    for (guint m = 0; m < TER_DEMO_N_MARKETS; m++)
      if (g_str_equal (g_array_index (rates, TerExchangeRate, i).currency, currencies[m]))
        per_usd[m] = g_array_index (rates, TerExchangeRate, i).per_usd_micros;

  if (rates == NULL)
    return FALSE;
  if (per_usd[TER_DEMO_CN] <= 0 || per_usd[TER_DEMO_US] <= 0
      || !ter_money_scale (per_usd[TER_DEMO_US], 1000000, per_usd[TER_DEMO_CN], rate))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The database has no exchange rate between CNY and USD."));
      return FALSE;
    }

  return TRUE;
}

/* Writes one month of the leaves' and sales regions' targets and adds the
 * regions up per country. */
static gboolean
add_region_targets (Gen           *gen,
                    const gint64  *leaves,
                    guint          month,
                    gint64        *country,
                    GError       **error)
{
  g_autofree gint64 *groups = g_new0 (gint64, gen->n_groups);

  for (guint l = 0; l < gen->n_leaves; l++)
    {
      const Leaf *leaf = &gen->leaves[l];
      gint64 value = leaves[l * gen->n_months + month];

      groups[leaf->group] += value;
      if (!write_target (gen, leaf->id, 0, month, value, currencies[leaf->market], error))
        return FALSE;
    }

  for (guint g = 0; g < gen->n_groups; g++)
    {
      TerDemoMarket market = gen->groups[g].market;

      country[market] += groups[g];
      if (!write_target (gen, gen->group_ids[g], 0, month, groups[g], currencies[market], error))
        return FALSE;
    }

  return TRUE;
}

/* Parents are exactly the sum of their children; the company, in dollars,
 * adds China converted at the stored rate, rounded to whole dollars. */
static gboolean
add_territory_targets (Gen           *gen,
                       const gint64  *leaves,
                       GError       **error)
{
  gint64 rate = 0;

  if (!yuan_to_dollars (gen, &rate, error))
    return FALSE;

  for (guint m = 0; m < gen->n_months; m++)
    {
      gint64 country[TER_DEMO_N_MARKETS] = { 0, 0 };
      gint64 china_in_dollars = 0;

      if (!add_region_targets (gen, leaves, m, country, error))
        return FALSE;
      for (guint c = 0; c < TER_DEMO_N_MARKETS; c++)
        if (!write_target (gen, gen->country_ids[c], 0, m, country[c], currencies[c], error))
          return FALSE;

      if (!ter_money_convert (country[TER_DEMO_CN], "CNY", "USD", rate, &china_in_dollars))
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("The company’s targets are too large to convert into US dollars."));
          return FALSE;
        }
      if (!write_target (gen, gen->root_id, 0, m, country[TER_DEMO_US] + demo_round_major (china_in_dollars),
                         "USD", error))
        return FALSE;
    }

  return TRUE;
}

/* A rep's share of the territory's target is their share of its sales in
 * the same year; nothing is asked before they were hired. */
static gboolean
add_rep_targets (Gen           *gen,
                 const gint64  *leaves,
                 GError       **error)
{
  for (guint r = 0; r < gen->reps->len; r++)
    {
      const SalesRep *rep = demo_rep_at (gen, r);
      const Leaf *leaf = &gen->leaves[rep->leaf];

      for (guint y = 0; y < gen->years; y++)
        {
          gint64 total = 0;
          double share;

          for (guint k = 0; k < leaf->n_reps; k++)
            total += MAX (gen->rep_year[(leaf->first_rep + k) * gen->years + y], 0);
          share = total > 0 ? MAX (gen->rep_year[r * gen->years + y], 0) / (double) total : 1.0 / leaf->n_reps;

          for (guint m = y * 12; m < (y + 1) * 12; m++)
            {
              gint64 value = rep->hired < (int) gen->month_first[m + 1]
                             ? demo_round_major (leaves[rep->leaf * gen->n_months + m] * share) : 0;

              if (!write_target (gen, 0, rep->id, m, value, currencies[leaf->market], error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

gboolean
demo_add_targets (Gen     *gen,
                  GError **error)
{
  g_autofree gint64 *leaves = leaf_targets (gen);

  return add_territory_targets (gen, leaves, error)
         && add_rep_targets (gen, leaves, error);
}

/* Putting it together */

