/* ter-demo.h: a believable demo company, generated into an empty database.
 *
 * The company sells smart-home and small appliances in China (in yuan) and
 * the United States (in dollars): a territory tree of sales regions and
 * province-level territories, about 200 reps, customers of every type in
 * every province and state, a catalogue of about 500 products, six
 * channels, years of orders with growth, seasons and returns, and monthly
 * revenue targets for every territory and sales rep.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-store.h"

G_BEGIN_DECLS

typedef struct {
  guint64     seed;         /* same seed + same options = same database */
  guint       n_orders;     /* sales orders over the whole span (returns come
                             * on top); default 120000 when 0 */
  guint       n_customers;  /* default 20000 when 0; at least 500 */
  const char *end_date;     /* last day with orders, YYYY-MM-DD; NULL = today */
  guint       years;        /* span in years ending on end_date; default 3
                             * when 0. The span is whole calendar months: it
                             * starts on the first of the month years × 12 − 1
                             * months before end_date's month. */
} TerDemoOptions;

/* Called from the generating thread, at most about 100 times. */
typedef void (*TerDemoProgressFunc) (double   fraction,
                                     gpointer user_data);

/* Defaults: seed 1, 120000 orders, 20000 customers, 3 years to today. */
void     ter_demo_options_init (TerDemoOptions       *options);

/* Fills `store` in one transaction. A failed or cancelled run leaves the
 * database exactly as it was. A database that already holds territories,
 * reps, customers, products, channels, orders or targets is refused with
 * TER_STORE_ERROR_INVALID; so are options out of range. Cancelling gives
 * G_IO_ERROR_CANCELLED. */
gboolean ter_demo_generate     (TerStore             *store,
                                const TerDemoOptions *options,
                                TerDemoProgressFunc   progress,
                                gpointer              user_data,
                                GCancellable         *cancellable,
                                GError              **error);

G_END_DECLS
