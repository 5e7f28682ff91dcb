/* ter-map-assign.h: the Map page's assignment form: territory, rep and
 * effective date for the selected or painted regions, with undo and redo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_MAP_ASSIGN (ter_map_assign_get_type ())
G_DECLARE_FINAL_TYPE (TerMapAssign, ter_map_assign, TER, MAP_ASSIGN, GtkWidget)

GtkWidget  *ter_map_assign_new           (void);
void        ter_map_assign_set_context   (TerMapAssign       *self,
                                          TerContext         *context);
/* The region codes the Assign button moves; NULL or empty disables it. */
void        ter_map_assign_set_selection (TerMapAssign       *self,
                                          const char * const *codes);
/* Assigns `codes` to the chosen territory and rep from the chosen day on,
 * as one step that can be undone; reports problems as toasts. */
gboolean    ter_map_assign_apply         (TerMapAssign       *self,
                                          const char * const *codes);
gboolean    ter_map_assign_undo          (TerMapAssign       *self);
gboolean    ter_map_assign_redo          (TerMapAssign       *self);
gboolean    ter_map_assign_can_undo      (TerMapAssign       *self);
gboolean    ter_map_assign_can_redo      (TerMapAssign       *self);
/* The chosen effective day, YYYY-MM-DD. */
const char *ter_map_assign_get_date      (TerMapAssign       *self);
gboolean    ter_map_assign_set_date      (TerMapAssign       *self,
                                          const char         *day);
gint64      ter_map_assign_get_territory (TerMapAssign       *self);
void        ter_map_assign_set_territory (TerMapAssign       *self,
                                          gint64              territory_id);
/* 0: no particular rep. */
gint64      ter_map_assign_get_rep       (TerMapAssign       *self);
gboolean    ter_map_assign_set_rep       (TerMapAssign       *self,
                                          gint64              rep_id);

G_END_DECLS
