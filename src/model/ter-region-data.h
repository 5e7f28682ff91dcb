/* ter-region-data.h: built-in geographic units every database starts with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;       /* ISO 3166-2 (CN-SD, US-TX) or ISO 3166-1 alpha-2 */
  const char *parent;     /* parent code or NULL */
  const char *name_en;
  const char *name_zh;
  const char *short_zh;   /* 山东, 内蒙古; NULL when the same as name_zh */
  const char *abbrev;     /* postal abbreviation (TX) or pinyin (Nei Mongol) */
} TerRegionSeed;

const TerRegionSeed *ter_region_seeds (guint *n_seeds);

G_END_DECLS
