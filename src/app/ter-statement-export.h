/* ter-statement-export.h: saving a commission statement from the app as
 * CSV or PDF, with the same writers as territory-cli.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-performance-store.h"

G_BEGIN_DECLS

typedef void (*TerStatementPathFunc) (gpointer    user_data,
                                      const char *path);

/* Writes PDF when `path` ends in .pdf (with the plan's terms), else CSV. */
gboolean ter_statement_export_write  (TerStore                      *store,
                                      const TerCommissionStatement  *statement,
                                      const char                    *path,
                                      GError                       **error);
/* Asks where to save, suggesting a name from the rep and the month, and
 * calls `func` with the chosen path (not at all when cancelled); then
 * `destroy` on `user_data` either way. */
void     ter_statement_export_choose (GtkWindow                     *parent,
                                      const TerCommissionStatement  *statement,
                                      gboolean                       pdf,
                                      TerStatementPathFunc           func,
                                      gpointer                       user_data,
                                      GDestroyNotify                 destroy);

G_END_DECLS
