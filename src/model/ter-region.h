/* ter-region.h: a geographic unit (country, province or state).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ter-types.h"

G_BEGIN_DECLS

#define TER_TYPE_REGION (ter_region_get_type ())
G_DECLARE_FINAL_TYPE (TerRegion, ter_region, TER, REGION, GObject)

TerRegion      *ter_region_new              (gint64          id,
                                             const char     *code,
                                             const char     *name_en,
                                             const char     *name_zh,
                                             gint64          parent_id,
                                             TerRegionLevel  level);
gint64          ter_region_get_id           (TerRegion      *self);
const char     *ter_region_get_code         (TerRegion      *self);
const char     *ter_region_get_name_en      (TerRegion      *self);
const char     *ter_region_get_name_zh      (TerRegion      *self);
/* The name in the language of the user interface. */
const char     *ter_region_get_display_name (TerRegion      *self);
gint64          ter_region_get_parent_id    (TerRegion      *self);
TerRegionLevel  ter_region_get_level        (TerRegion      *self);

G_END_DECLS
