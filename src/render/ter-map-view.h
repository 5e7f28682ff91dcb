/* ter-map-view.h - interactive map widget drawing through TerMapRenderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ter-map-render.h"

G_BEGIN_DECLS

/**
 * TerMapTooltipFunc:
 * @region: index of the region under the pointer
 * @user_data: closure data
 *
 * Returns: (transfer full): Pango markup for the tooltip
 */
typedef char *(*TerMapTooltipFunc) (guint    region,
                                    gpointer user_data);

#define TER_TYPE_MAP_VIEW (ter_map_view_get_type ())

G_DECLARE_FINAL_TYPE (TerMapView, ter_map_view, TER, MAP_VIEW, GtkWidget)

GtkWidget      *ter_map_view_new              (void);
void            ter_map_view_set_renderer     (TerMapView        *self,
                                               TerMapRenderer    *renderer);
TerMapRenderer *ter_map_view_get_renderer     (TerMapView        *self);
void            ter_map_view_set_tooltip_func (TerMapView        *self,
                                               TerMapTooltipFunc  func,
                                               gpointer           user_data);
void            ter_map_view_invalidate       (TerMapView        *self);
GArray         *ter_map_view_get_selection    (TerMapView        *self);
void            ter_map_view_set_paint_mode   (TerMapView        *self,
                                               gboolean           paint);
gboolean        ter_map_view_get_paint_mode   (TerMapView        *self);

G_END_DECLS
