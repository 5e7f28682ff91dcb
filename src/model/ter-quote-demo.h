/* ter-quote-demo.h: demo quotes for the demo company.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

/* Adds a pipeline of quotes in every state, created over the last months
 * before first_day + n_days; wins are linked to the customers' real
 * orders, so the order history stays exactly as generated. */
gboolean ter_quote_demo_generate (TerStore     *store,
                                  const GDate  *first_day,
                                  guint         n_days,
                                  GError      **error);

G_END_DECLS
