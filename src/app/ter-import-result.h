/* ter-import-result.h: what an import did: counts, names that matched no
 * region, and every rejected row with its line, column and reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-import.h"

G_BEGIN_DECLS

#define TER_TYPE_IMPORT_RESULT (ter_import_result_get_type ())
G_DECLARE_FINAL_TYPE (TerImportResult, ter_import_result, TER, IMPORT_RESULT, AdwBin)

GtkWidget  *ter_import_result_new          (void);
/* `report` must outlive the page's use of it. */
void        ter_import_result_show_report  (TerImportResult  *self,
                                            TerImportReport  *report);
/* The import stopped: nothing was written. */
void        ter_import_result_show_error   (TerImportResult  *self,
                                            const char       *title,
                                            const char       *message);
/* The rejected rows shown, as TerImportProblem items. */
GListModel *ter_import_result_get_problems (TerImportResult  *self);
/* The regions (TerRegion) unknown names can be mapped to. */
void        ter_import_result_set_regions  (TerImportResult  *self,
                                            GListModel       *regions);
/* Chooses `code` for the unknown name `name`; FALSE if either is not listed. */
gboolean    ter_import_result_choose_region (TerImportResult *self,
                                            const char       *name,
                                            const char       *code);
/* The choices as "NAME=CODE", for the importer to use and remember. */
GStrv       ter_import_result_get_region_aliases (TerImportResult *self);
const char *ter_import_result_get_title    (TerImportResult  *self);

G_END_DECLS
