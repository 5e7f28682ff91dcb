/* ter-reps-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_REPS_PAGE (ter_reps_page_get_type ())
G_DECLARE_FINAL_TYPE (TerRepsPage, ter_reps_page, TER, REPS_PAGE, GtkWidget)

void     ter_reps_page_set_context  (TerRepsPage *self,
                                     TerContext  *context);
/* Shows the rep's scorecard and reviews, as a click in the list would. */
void     ter_reps_page_select_rep   (TerRepsPage *self,
                                     gint64       rep_id);
/* TRUE once the selected rep's scorecard is on screen, for tests. */
gboolean ter_reps_page_is_loaded    (TerRepsPage *self);
/* Writes the commission statement shown, as PDF when `path` ends in
 * .pdf, else as CSV; what the Export buttons do after asking where. */
gboolean ter_reps_page_export_statement (TerRepsPage  *self,
                                         const char   *path,
                                         GError      **error);

G_END_DECLS
