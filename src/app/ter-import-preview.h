/* ter-import-preview.h: the first rows of a file as a table, with the
 * field each column is read as above its header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TER_TYPE_IMPORT_PREVIEW (ter_import_preview_get_type ())
G_DECLARE_FINAL_TYPE (TerImportPreview, ter_import_preview, TER, IMPORT_PREVIEW, AdwBin)

GtkWidget *ter_import_preview_new        (void);
/* `rows` holds GStrv rows under `header`. */
void       ter_import_preview_set_rows   (TerImportPreview    *self,
                                          const char * const  *header,
                                          GPtrArray           *rows);
/* What each column is read as ("Order date"), NULL or "" for unused
 * columns; as many as the header has. */
void       ter_import_preview_set_fields (TerImportPreview    *self,
                                          const char * const  *fields);

G_END_DECLS
