/* ter-context.h: what every view shares: the store, the filters (period,
 * territory) and the display preferences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-period.h"
#include "ter-store.h"
#include "ter-territory.h"

G_BEGIN_DECLS

#define TER_TYPE_CONTEXT (ter_context_get_type ())
G_DECLARE_FINAL_TYPE (TerContext, ter_context, TER, CONTEXT, GObject)

TerContext      *ter_context_new                    (TerStore        *store);
TerStore        *ter_context_get_store              (TerContext      *self);

TerPeriodPreset  ter_context_get_period_preset      (TerContext      *self);
void             ter_context_set_period_preset      (TerContext      *self,
                                                     TerPeriodPreset  preset);
void             ter_context_get_period             (TerContext      *self,
                                                     TerPeriod       *period);
char            *ter_context_describe_period        (TerContext      *self);
/* The day the presets count from; today unless set (tests, demos). */
void             ter_context_set_today              (TerContext      *self,
                                                     const GDate     *today);

void             ter_context_get_today              (TerContext      *self,
                                                     GDate           *today);

/* Drill-down filters besides the territory; 0 means all. A change
 * notifies its property (channel-id, category-id, rep-id) but does not
 * emit ::filters-changed: only the views that narrow by them listen. */
typedef enum {
  TER_CONTEXT_DRILL_CHANNEL,
  TER_CONTEXT_DRILL_CATEGORY,  /* a top-level product category */
  TER_CONTEXT_DRILL_REP,       /* the rep and the reps under them */
  TER_CONTEXT_N_DRILLS
} TerContextDrill;

gint64           ter_context_get_drill              (TerContext      *self,
                                                     TerContextDrill  drill);
void             ter_context_set_drill              (TerContext      *self,
                                                     TerContextDrill  drill,
                                                     gint64           id);

gint64           ter_context_get_territory_id       (TerContext      *self);
void             ter_context_set_territory_id       (TerContext      *self,
                                                     gint64           territory_id);
const char      *ter_context_get_currency           (TerContext      *self);
void             ter_context_set_currency           (TerContext      *self,
                                                     const char      *currency);
guint            ter_context_get_fiscal_start_month (TerContext      *self);
void             ter_context_set_fiscal_start_month (TerContext      *self,
                                                     guint            month);

/* The rep the user works as (0: nobody chosen); notifies
 * "acting-rep-id", and emits no ::filters-changed. */
gint64           ter_context_get_acting_rep_id      (TerContext      *self);
void             ter_context_set_acting_rep_id      (TerContext      *self,
                                                     gint64           rep_id);

/* The territory tree, depth-first, re-read by ter_context_reload(). */
GListModel      *ter_context_get_territories        (TerContext      *self);
TerTerritory    *ter_context_find_territory         (TerContext      *self,
                                                     gint64           territory_id);
/* Re-reads shared lists after the data changed and emits ::data-changed. */
gboolean         ter_context_reload                 (TerContext      *self,
                                                     GError         **error);

G_END_DECLS
