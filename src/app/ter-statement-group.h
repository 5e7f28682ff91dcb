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
/* Takes `statement`, the rep's for `month` ("2026-11"), which becomes the
 * newest month the chooser offers; NULL hides the group (no plan that
 * month). Choosing another month loads its statement off the main thread. */
void                          ter_statement_group_set_statement (TerStatementGroup       *self,
                                                                 TerStore                *store,
                                                                 gint64                   rep_id,
                                                                 const char              *month,
                                                                 TerCommissionStatement  *statement);
/* Chooses `month` if the chooser offers it, as a person would. */
void                          ter_statement_group_select_month  (TerStatementGroup       *self,
                                                                 const char              *month);
/* FALSE while a chosen month's statement is being worked out. */
gboolean                      ter_statement_group_is_loaded     (TerStatementGroup       *self);
const TerCommissionStatement *ter_statement_group_get_statement (TerStatementGroup       *self);
/* PDF when `path` ends in .pdf, else CSV. */
gboolean                      ter_statement_group_export        (TerStatementGroup       *self,
                                                                 const char              *path,
                                                                 GError                 **error);

G_END_DECLS
