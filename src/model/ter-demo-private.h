/* ter-demo-private.h: what the demo generator's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-demo.h"
#include "ter-demo-names.h"

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
  { 0.03, 0.005, 0.92, 5, 60, 1000, 2000, 25, { { 2000000, 10000000 }, { 300000, 1500000 } } },
  { 0.09, 0.035, 0.85, 8, 60, 1500, 3000, 30, { { 500000, 5000000 }, { 80000, 700000 } } },
  { 0.14, 0.080, 0.60, 2, 15, 800, 1500, 30, { { 100000, 800000 }, { 15000, 120000 } } },
  { 0.24, 0.200, 0.55, 1, 6, 300, 1000, 35, { { 0, 100000 }, { 0, 15000 } } },
  { 0.50, 0.680, 0.40, 1, 3, 0, 0, 50, { { 0, 0 }, { 0, 0 } } },
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
  double        appetite;    /* scales a trade customer's quantities */
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
  guint  cursor;             /* trade customers take their turns in order */
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

  const TerDemoArea        *area_info;
  const TerDemoGroup       *groups;
  const TerDemoLeaf        *leaf_info;
  const TerDemoCategory    *categories;
  const TerDemoSubcategory *subs;
  const TerDemoSeries      *series;
  guint                     n_series;
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

/* Shared by ter-demo.c (geography, people, customers, catalogue) and
 * ter-demo-sales.c (orders, returns, targets). */
SalesRep *demo_rep_at          (Gen           *gen,
                                guint          index);
void      demo_report_progress (Gen           *gen,
                                double         fraction);
gboolean  demo_check_cancelled (Gen           *gen,
                                GError       **error);
void      demo_apportion       (const double  *weights,
                                guint          n,
                                guint          total,
                                guint         *out);
void      demo_shuffle         (TerDemoRng    *rng,
                                guint         *items,
                                guint          n);
gint64    demo_round_major     (double         minor);
guint     demo_leaf_at         (Gen           *gen,
                                guint          area,
                                int            day);
guint     demo_reps_hired_by   (Gen           *gen,
                                const Leaf    *leaf,
                                int            day);
gboolean  demo_add_orders      (Gen           *gen,
                                GError       **error);
gboolean  demo_add_targets     (Gen           *gen,
                                GError       **error);
