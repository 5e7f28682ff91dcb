/* ter-statement-group.h: a rep's commission statement for a month on the
 * Reps page — net sales, commission, clawbacks, payout — with CSV and PDF
 * export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-performance-store.h"

G_BEGIN_DECLS

#define TER_TYPE_STATEMENT_GROUP (ter_statement_group_get_type ())
G_DECLARE_FINAL_TYPE (TerStatementGroup, ter_statement_group, TER, STATEMENT_GROUP, GtkWidget)

/* Emits ::message (a string for a toast) after an export. */
GtkWidget                    *ter_statement_group_new           (void);
/* Takes `statement`; NULL hides the group (no plan that month). */
void                          ter_statement_group_set_statement (TerStatementGroup       *self,
                                                                 TerStore                *store,
                                                                 TerCommissionStatement  *statement);
const TerCommissionStatement *ter_statement_group_get_statement (TerStatementGroup       *self);
/* PDF when `path` ends in .pdf, else CSV. */
gboolean                      ter_statement_group_export        (TerStatementGroup       *self,
                                                                 const char              *path,
                                                                 GError                 **error);

G_END_DECLS
