/* ter-okr-page.h: the OKRs of a quarter: the aligned outline, a key
 * result's progress against the ideal line, check-ins, grading and
 * carry-over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"
#include "ter-okr-editor.h"

G_BEGIN_DECLS

#define TER_TYPE_OKR_PAGE (ter_okr_page_get_type ())
G_DECLARE_FINAL_TYPE (TerOkrPage, ter_okr_page, TER, OKR_PAGE, GtkWidget)

void        ter_okr_page_set_context  (TerOkrPage *self,
                                       TerContext *context);
/* "2026-Q4"; the page opens on the current quarter. */
const char *ter_okr_page_get_quarter  (TerOkrPage *self);
void        ter_okr_page_set_quarter  (TerOkrPage *self,
                                       const char *quarter);
/* Rows in the outline (objectives and key results), for tests. */
guint       ter_okr_page_get_n_rows   (TerOkrPage *self);
/* Points in the selected key result's chart, for tests. */
guint       ter_okr_page_get_n_points (TerOkrPage *self);

/* Opens the editor on the selected key result's objective, as the Edit
 * button does; NULL when nothing is selected. */
TerOkrEditor *ter_okr_page_edit_objective (TerOkrPage *self);

G_END_DECLS
