/* ter-map-layer-dialog.h: adding the user's own GeoJSON layer: which
 * property matches regions, how many features match, which do not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-render.h"

G_BEGIN_DECLS

#define TER_TYPE_MAP_LAYER_DIALOG (ter_map_layer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TerMapLayerDialog, ter_map_layer_dialog, TER, MAP_LAYER_DIALOG, AdwMessageDialog)

/* `names` maps normalised region names to codes (ter_map_layer_names_new);
 * the file is saved into `dir` when the user adds it. Returns NULL and
 * sets `error`, naming the file and the place, when it is not usable
 * GeoJSON. The dialog belongs to GTK's window list, like any window. */
TerMapLayerDialog *ter_map_layer_dialog_new          (GtkWindow         *parent,
                                                      GFile             *file,
                                                      GHashTable        *names,
                                                      const char        *dir,
                                                      GError           **error);
void               ter_map_layer_dialog_set_property_name (TerMapLayerDialog *self,
                                                      const char        *property);
guint              ter_map_layer_dialog_get_n_matched (TerMapLayerDialog *self);
guint              ter_map_layer_dialog_get_n_unmatched (TerMapLayerDialog *self);
/* Saves the layer as if the user pressed Add; emits ::added. */
gboolean           ter_map_layer_dialog_add           (TerMapLayerDialog *self);

G_END_DECLS
