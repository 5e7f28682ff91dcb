/* ter-map-page.h: the map of regions coloured by a metric or territory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"
#include "ter-map-view.h"

G_BEGIN_DECLS

#define TER_TYPE_MAP_PAGE (ter_map_page_get_type ())
G_DECLARE_FINAL_TYPE (TerMapPage, ter_map_page, TER, MAP_PAGE, GtkWidget)

/* For tests: the map widget, and whether metrics have arrived. */
TerMapView *ter_map_page_get_view      (TerMapPage *self);
gboolean    ter_map_page_is_loaded     (TerMapPage *self);

/* Opens the Add Map Layer dialog for `file`, or says what is wrong with
 * the file. The dialog is presented and destroys itself when answered. */
GtkWindow  *ter_map_page_open_layer    (TerMapPage  *self,
                                        GFile       *file,
                                        GError     **error);
gboolean    ter_map_page_remove_layer  (TerMapPage  *self);
GtkWindow  *ter_map_page_open_export   (TerMapPage  *self);
gboolean    ter_map_page_export        (TerMapPage      *self,
                                        const char      *path,
                                        TerChartFormat   format,
                                        int              width,
                                        int              height,
                                        GError         **error);
void        ter_map_page_set_class_method (TerMapPage        *self,
                                           TerMapClassMethod  method);
TerMapClassMethod ter_map_page_get_class_method (TerMapPage  *self);

G_END_DECLS
