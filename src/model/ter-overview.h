/* ter-overview.h: revenue, target, attainment and growth per territory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-period.h"
#include "ter-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64   territory_id;
  gint64   revenue;       /* minor units of the display currency, subtree */
  gint64   previous;      /* the same period a year earlier */
  gint64   target;        /* own target, else the children's; 0 if none */
  gint64   cost;
  gint64   orders;
  gboolean has_target;
  gboolean has_previous;
} TerOverviewRow;

/* Computes one row per territory of `territories` (a depth-first list of
 * TerTerritory, parents first, as ter_store_list_territories() returns),
 * each summing its whole subtree, converted into `currency`. Safe to call
 * from a worker thread. */
GArray   *ter_overview_compute      (TerStore        *store,
                                     GListModel      *territories,
                                     const TerPeriod *period,
                                     const char      *currency,
                                     GError         **error);

/* Attainment as a fraction (1.0 = on target); FALSE without a target. */
gboolean  ter_overview_row_attainment (const TerOverviewRow *row,
                                       double               *out);
/* Growth against last year as a fraction; FALSE without last year. */
gboolean  ter_overview_row_growth     (const TerOverviewRow *row,
                                       double               *out);

/* The rate to convert `from` into `to`, in millionths, from rates given per
 * US dollar; 0 if either is missing. */
gint64    ter_exchange_rate_between   (GArray               *rates,
                                       const char           *from,
                                       const char           *to);

G_END_DECLS
