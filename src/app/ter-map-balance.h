/* ter-map-balance.h: the Map page's side panel: territory balance and
 * how evenly revenue and workload are spread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-context.h"
#include "ter-map-metrics.h"

G_BEGIN_DECLS

#define TER_TYPE_MAP_BALANCE (ter_map_balance_get_type ())
G_DECLARE_FINAL_TYPE (TerMapBalance, ter_map_balance, TER, MAP_BALANCE, GtkWidget)

GtkWidget *ter_map_balance_new          (void);
void       ter_map_balance_set_context  (TerMapBalance *self,
                                         TerContext    *context);
/* Shows the balance of the territories in `metrics` (TerRegionMetrics). */
void       ter_map_balance_update       (TerMapBalance *self,
                                         GArray        *metrics,
                                         const char    *currency);

G_END_DECLS
