/* ter-quotes-page-private.h: what the Quotes page's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-quote-store.h"
#include "ter-quotes-page.h"

G_BEGIN_DECLS

/* The quote shown, or NULL. */
const TerQuoteDoc *ter_quotes_page_get_doc          (TerQuotesPage *self);
TerQuoteStore     *ter_quotes_page_get_store        (TerQuotesPage *self);
/* Reloads and shows the quote shown again (after its texts changed). */
void               ter_quotes_page_reshow           (TerQuotesPage *self);
/* The row of document buttons for the quote shown. */
GtkWidget         *ter_quotes_page_document_buttons (TerQuotesPage *self);

G_END_DECLS
