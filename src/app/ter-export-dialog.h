/* ter-export-dialog.h: exports orders, the overview, targets, customers
 * or products for the window's current filters as XLSX or CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"
#include "ter-export.h"

G_BEGIN_DECLS

#define TER_TYPE_EXPORT_DIALOG (ter_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TerExportDialog, ter_export_dialog, TER, EXPORT_DIALOG, AdwWindow)

TerExportDialog *ter_export_dialog_new        (GtkWindow        *parent,
                                               TerContext       *context);
/* "orders", "overview", "targets", "customers" or "products". */
void             ter_export_dialog_set_table  (TerExportDialog  *self,
                                               const char       *table);
void             ter_export_dialog_set_format (TerExportDialog  *self,
                                               TerExportFormat   format);
/* Writes the chosen export to `file` in a thread; the dialog closes and
 * emits "add-toast" when done. */
void             ter_export_dialog_export_to  (TerExportDialog  *self,
                                               GFile            *file);
/* TRUE while an export runs. */
gboolean         ter_export_dialog_is_busy    (TerExportDialog  *self);

G_END_DECLS
