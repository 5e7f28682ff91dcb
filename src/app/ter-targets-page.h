/* ter-targets-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_TARGETS_PAGE (ter_targets_page_get_type ())
G_DECLARE_FINAL_TYPE (TerTargetsPage, ter_targets_page, TER, TARGETS_PAGE, GtkWidget)

void  ter_targets_page_set_context (TerTargetsPage *self,
                                    TerContext     *context);
/* Rows in the grid (the acting user's team), for tests. */
guint ter_targets_page_get_n_rows  (TerTargetsPage *self);

G_END_DECLS
