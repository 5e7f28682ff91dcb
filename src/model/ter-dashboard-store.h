/* ter-dashboard-store.h: what the sales dashboard needs besides the
 * roll-ups of TerAnalyticsStore: sales per customer, the names of the
 * top-level product categories and the reps' own revenue targets.
 *
 * Implemented by the same engine object as TerStore; callers cast their
 * TerStore with TER_DASHBOARD_STORE().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-analytics-store.h"

G_BEGIN_DECLS

/* One named group in one currency; arrays of them free the names. */
typedef struct {
  gint64  id;
  char   *name;
  char   *name_zh;   /* NULL when the name has one language */
  char    currency[4];
  gint64  amount;    /* minor units of `currency` */
  int     kind;      /* customers: a TerCustomerKind */
} TerDashboardRow;

typedef enum {
  TER_CUSTOMER_KIND_DIRECT,       /* everyone but distributors */
  TER_CUSTOMER_KIND_DISTRIBUTOR,
} TerCustomerKind;

#define TER_TYPE_DASHBOARD_STORE (ter_dashboard_store_get_type ())
G_DECLARE_INTERFACE (TerDashboardStore, ter_dashboard_store, TER, DASHBOARD_STORE, GObject)

struct _TerDashboardStoreInterface
{
  GTypeInterface parent_iface;

  GArray *(*sum_customers)   (TerDashboardStore         *self,
                              const TerAnalyticsFilter  *filter,
                              GError                   **error);
  GArray *(*list_categories) (TerDashboardStore         *self,
                              GError                   **error);
  GArray *(*sum_rep_targets) (TerDashboardStore         *self,
                              const TerAnalyticsFilter  *filter,
                              GError                   **error);
};

/* Net revenue (sales plus returns) per customer and currency over the
 * filter, with the customer's name and kind: the end customers and the
 * distributors in one pass over the sales. */
GArray *ter_dashboard_store_sum_customers   (TerDashboardStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             GError                   **error);
/* The top-level product categories (amount 0, no currency). */
GArray *ter_dashboard_store_list_categories (TerDashboardStore         *self,
                                             GError                   **error);
/* Each rep's own revenue target for the months of the filter (only the
 * period counts), per rep and currency. */
GArray *ter_dashboard_store_sum_rep_targets (TerDashboardStore         *self,
                                             const TerAnalyticsFilter  *filter,
                                             GError                   **error);

/* A new array of TerDashboardRow that frees the names of its rows. */
GArray *ter_dashboard_rows_new              (void);

G_END_DECLS
