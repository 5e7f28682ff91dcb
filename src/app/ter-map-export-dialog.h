/* ter-map-export-dialog.h: the format and size of an exported map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-render.h"

G_BEGIN_DECLS

#define TER_TYPE_MAP_EXPORT_DIALOG (ter_map_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TerMapExportDialog, ter_map_export_dialog, TER, MAP_EXPORT_DIALOG, AdwMessageDialog)

/* `screen_width` × `screen_height` is offered as "as on screen". The
 * dialog emits ::chosen (format, width, height) when the user goes on. */
TerMapExportDialog *ter_map_export_dialog_new        (GtkWindow          *parent,
                                                      int                 screen_width,
                                                      int                 screen_height);
void                ter_map_export_dialog_set_format (TerMapExportDialog *self,
                                                      TerChartFormat      format);
TerChartFormat      ter_map_export_dialog_get_format (TerMapExportDialog *self);
/* Picks the n-th size offered for the format. */
void                ter_map_export_dialog_set_preset (TerMapExportDialog *self,
                                                      guint               preset);
void                ter_map_export_dialog_get_size   (TerMapExportDialog *self,
                                                      int                *width,
                                                      int                *height);

G_END_DECLS
