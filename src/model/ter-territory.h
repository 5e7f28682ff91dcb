/* ter-territory.h: a node of the territory tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TER_TYPE_TERRITORY (ter_territory_get_type ())
G_DECLARE_FINAL_TYPE (TerTerritory, ter_territory, TER, TERRITORY, GObject)

TerTerritory *ter_territory_new              (gint64        id,
                                              const char   *name,
                                              const char   *name_zh,
                                              gint64        parent_id,
                                              guint         depth,
                                              gint64        manager_id,
                                              const char   *manager_name,
                                              const char   *currency);
gint64        ter_territory_get_id           (TerTerritory *self);
const char   *ter_territory_get_name         (TerTerritory *self);
/* The Chinese name under a Chinese user interface when there is one. */
const char   *ter_territory_get_display_name (TerTerritory *self);
gint64        ter_territory_get_parent_id    (TerTerritory *self);
guint         ter_territory_get_depth        (TerTerritory *self);
gint64        ter_territory_get_manager_id   (TerTerritory *self);
const char   *ter_territory_get_manager_name (TerTerritory *self);
const char   *ter_territory_get_currency     (TerTerritory *self);

G_END_DECLS
