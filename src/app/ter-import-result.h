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
const char *ter_import_result_get_title    (TerImportResult  *self);

G_END_DECLS
