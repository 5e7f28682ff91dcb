/* ter-quote-store.h: the store interface for quotes and their approvals.
 *
 * A quote belongs to a customer and a rep; its content (validity, lines,
 * discounts, tax, terms) lives in numbered versions that are never
 * changed once written: revising a quote adds a version. Every change of
 * state is kept as an event with who made it and when.
 *
 * Discount authority: each role may grant a discount off list up to a
 * maximum (settings quotes.max_discount_bp.<role>, defaults 10 % for a
 * sales rep, 20 % for a provincial manager, 35 % for a regional manager).
 * Submitting a quote within its rep's authority approves it; beyond it,
 * the quote waits for a manager above the rep whose authority covers it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-quote.h"
#include "ter-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64      product_id;
  gint64      quantity;
  gint64      unit_price;   /* minor units; < 0: the list price */
  gint32      discount_bp;
} TerQuoteLineRecord;

typedef struct {
  const char               *valid_until;       /* YYYY-MM-DD */
  gint32                    order_discount_bp;
  gint32                    tax_bp;
  const char               *delivery_terms;
  const char               *payment_terms;
  const char               *note;              /* why this version */
  const TerQuoteLineRecord *lines;
  guint                     n_lines;
} TerQuoteContent;

typedef struct {
  gint64      customer_id;
  const char *contact;
  gint64      rep_id;       /* 0: the customer's owner */
  const char *currency;     /* NULL: the customer's currency */
  const char *created_on;   /* YYYY-MM-DD; NULL: today */
  gint64      author_id;    /* who writes it (the acting user); 0: the rep */
} TerQuoteHeader;

/* One quote at one version, as loaded. */
typedef struct {
  gint64          id;
  char           *number;
  TerQuoteStatus  status;
  gint64          customer_id;
  char           *customer_name;
  char           *contact;
  gint64          rep_id;
  char           *rep_name;
  TerRepRole      rep_role;
  char            currency[4];
  char           *created_on;
  gint64          order_id;     /* 0 until won */
  int             version;
  int             latest_version;
  char           *valid_until;
  gint32          order_discount_bp;
  gint32          tax_bp;
  char           *delivery_terms;
  char           *payment_terms;
  char           *bid_technical;
  char           *bid_commercial;
  GArray         *lines;        /* TerQuoteLine, totals computed */
  TerQuoteTotals  totals;
} TerQuoteDoc;

typedef struct {
  gint64          id;
  char           *number;
  TerQuoteStatus  status;
  char           *customer_name;
  gint64          rep_id;
  char           *rep_name;
  char            currency[4];
  char           *created_on;
  char           *valid_until;
  int             version;
  gint64          total;
  gint32          discount_bp;
} TerQuoteSummary;

typedef struct {
  int     version;
  char   *created_at;
  char   *note;
  gint64  total;
  gint32  discount_bp;
} TerQuoteVersionInfo;

typedef struct {
  char           *at;
  TerQuoteStatus  from_status;
  TerQuoteStatus  to_status;
  gint64          actor_id;
  char           *actor_name;
  int             version;
  char           *note;
} TerQuoteEvent;

typedef struct {
  char     currency[4];   /* the customer's */
  gint64   credit_limit;
  gint64   open_balance;  /* open and shipped orders */
  gint64   quote_total;   /* converted to the customer's currency */
  gboolean exceeded;
} TerQuoteCredit;

typedef struct {
  gint64  rep_id;
  char   *rep_name;
  gint64  quotes;
  gint64  won;
  gint64  lost;
  gint32  win_rate_bp;       /* won / (won + lost); 0 when none decided */
  gint32  avg_discount_bp;   /* over submitted quotes */
} TerQuoteRepStats;

typedef struct {
  gint64  id;
  char   *name;
  char   *city;
  char   *contact;
  char    currency[4];
  gint64  owner_rep_id;
  gint64  credit_limit;
} TerQuoteCustomerHit;

typedef struct {
  gint64  id;
  char   *sku;
  char   *name_en;
  char   *name_zh;
  gint64  list_price;    /* in the currency searched; -1 if none */
} TerQuoteProductHit;

typedef struct {
  int         status;       /* TerQuoteStatus, or -1 for all */
  gint64      rep_id;       /* 0 for all */
  const char *search;       /* number or customer name; NULL for all */
  const char *first_day;    /* created on or after; NULL for all */
  const char *last_day;     /* created on or before; NULL for all */
  gint64      territory_id; /* the rep's territory in this subtree; 0 for all */
} TerQuoteFilter;

/* Quote statistics, over quotes created in a period. Amounts are the
 * latest versions' totals (tax included), converted into one currency. */
typedef struct {
  gint64  quotes;
  gint64  open;              /* draft, pending approval, approved or sent */
  gint64  won;
  gint64  lost;
  gint32  win_rate_bp;       /* won / (won + lost); 0 when none decided */
  gint32  avg_discount_bp;   /* off list, over quotes past draft; 0 for none */
  gint64  pipeline_value;    /* open quotes */
  gint64  won_value;
} TerQuoteStats;

typedef enum {
  TER_QUOTE_STATS_BY_TERRITORY,  /* the rep's territory */
  TER_QUOTE_STATS_BY_REP,
  TER_QUOTE_STATS_BY_MONTH,      /* of creation */
} TerQuoteStatsGroup;

typedef struct {
  gint64         id;         /* territory or rep id; 0 for months */
  char          *label;      /* territory or rep name, or "2026-11" */
  TerQuoteStats  stats;
} TerQuoteStatsRow;

#define TER_TYPE_QUOTE_STORE (ter_quote_store_get_type ())
G_DECLARE_INTERFACE (TerQuoteStore, ter_quote_store, TER, QUOTE_STORE, GObject)

struct _TerQuoteStoreInterface
{
  GTypeInterface parent_iface;

  gint64       (*create)        (TerQuoteStore          *self,
                                 const TerQuoteHeader   *header,
                                 const TerQuoteContent  *content,
                                 GError                **error);
  int          (*revise)        (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 const TerQuoteContent  *content,
                                 gint64                  actor_id,
                                 GError                **error);
  TerQuoteDoc *(*load)          (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 int                     version,
                                 GError                **error);
  gboolean     (*perform)       (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 TerQuoteAction          action,
                                 gint64                  actor_id,
                                 const char             *note,
                                 GError                **error);
  gboolean     (*set_bid_text)  (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 const char             *technical,
                                 const char             *commercial,
                                 GError                **error);
  GArray      *(*list)          (TerQuoteStore          *self,
                                 const TerQuoteFilter   *filter,
                                 GError                **error);
  GArray      *(*versions)      (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 GError                **error);
  GArray      *(*events)        (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 GError                **error);
  gboolean     (*credit_check)  (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 TerQuoteCredit         *credit,
                                 GError                **error);
  GArray      *(*rep_stats)     (TerQuoteStore          *self,
                                 const char             *first_day,
                                 const char             *last_day,
                                 GError                **error);
  gint32       (*max_discount)  (TerQuoteStore          *self,
                                 TerRepRole              role);
  gboolean     (*link_order)    (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 gint64                  order_id,
                                 gint64                  actor_id,
                                 GError                **error);
  gint64       (*find_order)    (TerQuoteStore          *self,
                                 gint64                  quote_id);
  GArray      *(*search_customers) (TerQuoteStore       *self,
                                 const char             *text,
                                 guint                   limit,
                                 GError                **error);
  GArray      *(*search_products) (TerQuoteStore        *self,
                                 const char             *text,
                                 const char             *currency,
                                 guint                   limit,
                                 GError                **error);
  gboolean     (*win)           (TerQuoteStore          *self,
                                 gint64                  quote_id,
                                 gint64                  actor_id,
                                 gint64                  channel_id,
                                 const char             *order_date,
                                 const char             *note,
                                 GError                **error);
  GArray      *(*stats)         (TerQuoteStore          *self,
                                 const TerQuoteFilter   *filter,
                                 int                     group,
                                 const char             *currency,
                                 GError                **error);
};

gint64       ter_quote_store_create       (TerQuoteStore          *self,
                                           const TerQuoteHeader   *header,
                                           const TerQuoteContent  *content,
                                           GError                **error);
/* Adds a version; a quote being approved or sent goes back to draft.
 * Returns the new version number, or 0. Won and lost quotes are final. */
int          ter_quote_store_revise       (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           const TerQuoteContent  *content,
                                           gint64                  actor_id,
                                           GError                **error);
/* version 0: the latest. */
TerQuoteDoc *ter_quote_store_load         (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           int                     version,
                                           GError                **error);
/* Moves the quote along draft → pending approval → approved → sent → won
 * or lost. WIN also writes the order, through ter_store_add_order(), in
 * the same transaction. */
gboolean     ter_quote_store_perform      (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           TerQuoteAction          action,
                                           gint64                  actor_id,
                                           const char             *note,
                                           GError                **error);
/* Marks a sent quote won by an order that already exists (entered in an
 * ERP or imported), instead of writing a new one. The order must be the
 * same customer's. */
gboolean     ter_quote_store_link_order   (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           gint64                  order_id,
                                           gint64                  actor_id,
                                           GError                **error);
/* The customer's first order since the quote was created (not a return,
 * not linked to another quote), or 0: the order to offer for linking. */
gint64       ter_quote_store_find_order   (TerQuoteStore          *self,
                                           gint64                  quote_id);
gboolean     ter_quote_store_set_bid_text (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           const char             *technical,
                                           const char             *commercial,
                                           GError                **error);
/* TerQuoteSummary, newest first. */
GArray      *ter_quote_store_list         (TerQuoteStore          *self,
                                           const TerQuoteFilter   *filter,
                                           GError                **error);
/* TerQuoteVersionInfo, oldest first. */
GArray      *ter_quote_store_versions     (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           GError                **error);
/* TerQuoteEvent, oldest first. */
GArray      *ter_quote_store_events       (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           GError                **error);
gboolean     ter_quote_store_credit_check (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           TerQuoteCredit         *credit,
                                           GError                **error);
/* TerQuoteRepStats for quotes created between the two days. */
GArray      *ter_quote_store_rep_stats    (TerQuoteStore          *self,
                                           const char             *first_day,
                                           const char             *last_day,
                                           GError                **error);
gint32       ter_quote_store_max_discount (TerQuoteStore          *self,
                                           TerRepRole              role);

/* TerQuoteCustomerHit whose name, city or contact contains `text` (all
 * for NULL), by name. */
GArray      *ter_quote_store_search_customers (TerQuoteStore      *self,
                                           const char             *text,
                                           guint                   limit,
                                           GError                **error);
/* Active TerQuoteProductHit whose SKU or name contains `text`, by SKU. */
GArray      *ter_quote_store_search_products (TerQuoteStore       *self,
                                           const char             *text,
                                           const char             *currency,
                                           guint                   limit,
                                           GError                **error);

/* The nearest manager above `rep_id` whose authority covers
 * `discount_bp`, or 0: whom a pending quote goes to. */
gint64       ter_quote_store_find_approver (TerQuoteStore         *self,
                                           gint64                  rep_id,
                                           gint32                  discount_bp);

/* Marks a sent quote won and writes its order through ter_store_add_order()
 * in the same transaction, in `channel_id` on `order_date` (YYYY-MM-DD, not
 * before the quote was created, not in the future). */
gboolean     ter_quote_store_win          (TerQuoteStore          *self,
                                           gint64                  quote_id,
                                           gint64                  actor_id,
                                           gint64                  channel_id,
                                           const char             *order_date,
                                           const char             *note,
                                           GError                **error);
/* Win rate, average discount and pipeline of the quotes `filter` selects
 * (its status and search are ignored), amounts in `currency`. */
gboolean     ter_quote_store_stats        (TerQuoteStore          *self,
                                           const TerQuoteFilter   *filter,
                                           const char             *currency,
                                           TerQuoteStats          *stats,
                                           GError                **error);
/* The same per territory, rep or month, as TerQuoteStatsRow ordered by
 * label (months oldest first); free with g_array_unref(). */
GArray      *ter_quote_store_stats_by     (TerQuoteStore          *self,
                                           const TerQuoteFilter   *filter,
                                           TerQuoteStatsGroup      group,
                                           const char             *currency,
                                           GError                **error);

/* One line for a page header: win rate, average discount, open and won
 * value (or that nothing is decided yet), amounts in `currency`. */
char        *ter_quote_stats_summary      (const TerQuoteStats    *stats,
                                           const char             *currency);

/* Whether `actor_id` is a manager above `rep_id` whose authority covers
 * `discount_bp`: who may approve a quote (as the store decides it). */
gboolean     ter_quote_store_can_approve  (TerQuoteStore          *self,
                                           gint64                  rep_id,
                                           gint32                  discount_bp,
                                           gint64                  actor_id);

void         ter_quote_doc_free           (TerQuoteDoc            *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerQuoteDoc, ter_quote_doc_free)

G_END_DECLS
