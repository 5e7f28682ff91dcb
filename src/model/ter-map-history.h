/* ter-map-history.h: multi-level undo and redo of region assignments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-map-store.h"

G_BEGIN_DECLS

typedef struct _TerMapHistory TerMapHistory;

/* Keeps at most `limit` steps to undo (0: no limit). */
TerMapHistory *ter_map_history_new            (guint           limit);
void           ter_map_history_free           (TerMapHistory  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerMapHistory, ter_map_history_free)

/* Assigns through ter_map_assign_regions() and remembers the step so it
 * can be undone; forgets what could be redone. `label` describes the step
 * for the Undo button's tooltip. */
gboolean       ter_map_history_assign         (TerMapHistory  *self,
                                               TerMapStore    *store,
                                               const gint64   *region_ids,
                                               guint           n_regions,
                                               gint64          territory_id,
                                               gint64          rep_id,
                                               const char     *valid_from,
                                               const char     *label,
                                               GError        **error);
/* Puts the regions of the last step back as they were, all or nothing;
 * the step can then be redone. */
gboolean       ter_map_history_undo           (TerMapHistory  *self,
                                               TerMapStore    *store,
                                               GError        **error);
gboolean       ter_map_history_redo           (TerMapHistory  *self,
                                               TerMapStore    *store,
                                               GError        **error);
gboolean       ter_map_history_can_undo       (TerMapHistory  *self);
gboolean       ter_map_history_can_redo       (TerMapHistory  *self);
guint          ter_map_history_get_n_undo     (TerMapHistory  *self);
guint          ter_map_history_get_n_redo     (TerMapHistory  *self);
/* What the next undo or redo would change, or NULL. */
const char    *ter_map_history_get_undo_label (TerMapHistory  *self);
const char    *ter_map_history_get_redo_label (TerMapHistory  *self);
void           ter_map_history_clear          (TerMapHistory  *self);

G_END_DECLS
