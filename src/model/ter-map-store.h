/* ter-map-store.h: region assignments with history, per-region activity,
 * undoable moves and territory balance for the map view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64 region_id;
  char   code[16];
  gint64 territory_id;
  gint64 rep_id;        /* 0: none */
  char   valid_from[11];
  char   valid_to[11];  /* "": open-ended */
} TerRegionAssignment;

typedef struct {
  gint64 region_id;
  char   code[16];
  char   currency[4];
  gint64 revenue;       /* minor units of `currency`, net of returns */
  gint64 orders;
  gint64 customers;     /* customers who ordered */
} TerRegionActivity;

typedef struct {
  gint64 territory_id;
  gint64 regions;
  gint64 revenue;       /* minor units of the display currency */
  gint64 customers;     /* accounts located in its regions */
  gint64 orders;
  gint64 active;        /* accounts that ordered in the period */
  double share;         /* of all revenue, 0…1 */
} TerTerritoryBalance;

#define TER_TYPE_MAP_STORE (ter_map_store_get_type ())
G_DECLARE_INTERFACE (TerMapStore, ter_map_store, TER, MAP_STORE, TerStore)

struct _TerMapStoreInterface
{
  GTypeInterface parent_iface;

  GArray   *(*list_assignments) (TerMapStore  *self,
                                 const char   *on_day,
                                 GError      **error);
  GArray   *(*region_history)   (TerMapStore  *self,
                                 gint64        region_id,
                                 GError      **error);
  gboolean  (*replace_history)  (TerMapStore  *self,
                                 gint64        region_id,
                                 GArray       *rows,
                                 GError      **error);
  GArray   *(*region_activity)  (TerMapStore  *self,
                                 const char   *first_day,
                                 const char   *last_day,
                                 GError      **error);
  GHashTable *(*region_accounts) (TerMapStore *self,
                                 GError      **error);
};

/* Assignments in force on `on_day` (YYYY-MM-DD), one per assigned region. */
GArray     *ter_map_store_list_assignments (TerMapStore  *self,
                                            const char   *on_day,
                                            GError      **error);
/* Every assignment a region ever had, oldest first. */
GArray     *ter_map_store_region_history   (TerMapStore  *self,
                                            gint64        region_id,
                                            GError      **error);
/* Puts back a history returned by ter_map_store_region_history(). */
gboolean    ter_map_store_replace_history  (TerMapStore  *self,
                                            gint64        region_id,
                                            GArray       *rows,
                                            GError      **error);
/* Revenue, orders and buying customers per region and order currency,
 * between two days inclusive, attributed where the customer is. */
GArray     *ter_map_store_region_activity  (TerMapStore  *self,
                                            const char   *first_day,
                                            const char   *last_day,
                                            GError      **error);
/* Region id → number of customer accounts located there (gint64 *). */
GHashTable *ter_map_store_region_accounts  (TerMapStore  *self,
                                            GError      **error);

typedef struct _TerMapUndo TerMapUndo;

/* Assigns the regions to a territory (and optionally a rep) from
 * `valid_from` on, all or nothing. Orders keep the territory they were
 * attributed to when written, so past sales stay where they were. On
 * success, *undo (if given) can put every region's history back. */
gboolean    ter_map_assign_regions         (TerMapStore   *self,
                                            const gint64  *region_ids,
                                            guint          n_regions,
                                            gint64         territory_id,
                                            gint64         rep_id,
                                            const char    *valid_from,
                                            TerMapUndo   **undo,
                                            GError       **error);
gboolean    ter_map_undo_apply             (TerMapStore   *self,
                                            TerMapUndo    *undo,
                                            GError       **error);
void        ter_map_undo_free              (TerMapUndo    *undo);
/* The current history of the regions, to put back later with
 * ter_map_undo_apply(). */
TerMapUndo *ter_map_undo_new               (TerMapStore   *self,
                                            const gint64  *region_ids,
                                            guint          n_regions,
                                            GError       **error);
/* The regions whose history `undo` holds. */
const gint64 *ter_map_undo_get_regions     (TerMapUndo    *undo,
                                            guint         *n_regions);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerMapUndo, ter_map_undo_free)

/* One row per territory that has regions in `assignments`, summing the
 * activity of its regions (converted into `currency` with `rates`) and the
 * accounts located there. */
GArray     *ter_map_balance_compute        (GArray        *assignments,
                                            GArray        *activity,
                                            GHashTable    *accounts,
                                            GArray        *rates,
                                            const char    *currency,
                                            GError       **error);
/* The coefficient of variation of the territories' revenue: 0 when all
 * are equal; the lower, the better balanced. */
double      ter_map_balance_index          (GArray        *balance);

G_END_DECLS
