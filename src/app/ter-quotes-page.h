/* ter-quotes-page.h: the quote pipeline and each quote's details,
 * approvals, history and documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-quote-list.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTES_PAGE (ter_quotes_page_get_type ())
G_DECLARE_FINAL_TYPE (TerQuotesPage, ter_quotes_page, TER, QUOTES_PAGE, GtkWidget)

/* For tests: the number of quotes listed, and selecting one by row. */
guint ter_quotes_page_get_n_quotes (TerQuotesPage *self);
void  ter_quotes_page_select       (TerQuotesPage *self,
                                    guint          row);
/* Opens the Mark Won dialog (channel and order date) on the selected
 * quote, as its button does; NULL unless the quote is sent. */
AdwMessageDialog *ter_quotes_page_ask_win  (TerQuotesPage *self);
TerQuoteList     *ter_quotes_page_get_list (TerQuotesPage *self);

G_END_DECLS
