/* ter-overview-item.h: one territory's row in the Overview table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-overview.h"
#include "ter-territory.h"

G_BEGIN_DECLS

#define TER_TYPE_OVERVIEW_ITEM (ter_overview_item_get_type ())
G_DECLARE_FINAL_TYPE (TerOverviewItem, ter_overview_item, TER, OVERVIEW_ITEM, GObject)

TerOverviewItem      *ter_overview_item_new           (TerTerritory          *territory,
                                                       const TerOverviewRow  *row,
                                                       const char            *currency);
TerTerritory         *ter_overview_item_get_territory (TerOverviewItem       *self);
const TerOverviewRow *ter_overview_item_get_row       (TerOverviewItem       *self);
const char           *ter_overview_item_get_currency  (TerOverviewItem       *self);
/* Sub-territories, filled by the page; empty for a leaf. */
GListStore           *ter_overview_item_get_children  (TerOverviewItem       *self);

G_END_DECLS
