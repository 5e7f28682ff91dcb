/* ter-import-columns.h: which column of the file holds which field of an
 * order, recognised from the header and corrected by the user.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-import-preset.h"

G_BEGIN_DECLS

#define TER_TYPE_IMPORT_COLUMNS (ter_import_columns_get_type ())
G_DECLARE_FINAL_TYPE (TerImportColumns, ter_import_columns, TER, IMPORT_COLUMNS, AdwPreferencesGroup)

GtkWidget *ter_import_columns_new         (void);
/* Shows one row per field with the file's headers to choose from,
 * starting at `mapping`; `sample` is the first data row, for examples.
 * `recognised`: the layout is a preset, so only changes are choices. */
void       ter_import_columns_set_file    (TerImportColumns        *self,
                                           const char * const      *header,
                                           const char * const      *sample,
                                           const TerImportMapping  *mapping,
                                           gboolean                 recognised);
/* The column chosen for `field`, or -1. */
int        ter_import_columns_get_column  (TerImportColumns        *self,
                                           TerImportField           field);
void       ter_import_columns_set_column  (TerImportColumns        *self,
                                           TerImportField           field,
                                           int                      column);
/* TRUE when the choices say which order, when, who, what and how much. */
gboolean   ter_import_columns_is_usable   (TerImportColumns        *self);
/* Applies saved choices ("order-date=下单时间"); FALSE, changing nothing,
 * when one names a field or column this file does not have. */
gboolean   ter_import_columns_apply_choices (TerImportColumns      *self,
                                           const char * const      *choices);
/* The choices as the importer reads them ("order-date=下单时间"). */
GStrv      ter_import_columns_get_choices (TerImportColumns        *self);

G_END_DECLS
