/* ter-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_OVERVIEW_PAGE (ter_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (TerOverviewPage, ter_overview_page, TER, OVERVIEW_PAGE, GtkWidget)

void        ter_overview_page_set_context (TerOverviewPage *self,
                                           TerContext      *context);
/* Rows shown in the table (top level and expanded ones). */
guint       ter_overview_page_get_n_rows  (TerOverviewPage *self);
/* The top-level TerOverviewItems, for tests. */
GListModel *ter_overview_page_get_items   (TerOverviewPage *self);

G_END_DECLS
