/* ter-quotes-page.h: the quote pipeline and each quote's details,
 * approvals, history and documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TER_TYPE_QUOTES_PAGE (ter_quotes_page_get_type ())
G_DECLARE_FINAL_TYPE (TerQuotesPage, ter_quotes_page, TER, QUOTES_PAGE, GtkWidget)

/* For tests: the number of quotes listed, and selecting one by row. */
guint ter_quotes_page_get_n_quotes (TerQuotesPage *self);
void  ter_quotes_page_select       (TerQuotesPage *self,
                                    guint          row);

G_END_DECLS
