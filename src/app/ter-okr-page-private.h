/* ter-okr-page-private.h: what the OKRs page's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-okr-page.h"

G_BEGIN_DECLS

TerContext *ter_okr_page_get_context          (TerOkrPage *self);
/* The header's territory, or 0 for the whole company. */
gint64      ter_okr_page_get_filter_territory (TerOkrPage *self);
/* The day the quarter shown is read on. */
GDate       ter_okr_page_get_as_of            (TerOkrPage *self);
/* Asks for a file and writes the report there, as the Export button does. */
void        ter_okr_page_export               (TerOkrPage *self);

G_END_DECLS
