/* ter-quote-list.h: the quote pipeline as a sortable table with a totals
 * footer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-quote-store.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTE_LIST (ter_quote_list_get_type ())
G_DECLARE_FINAL_TYPE (TerQuoteList, ter_quote_list, TER, QUOTE_LIST, GtkWidget)

/* Emits ::activated (gint64 quote id) when a row is activated. */
GtkWidget  *ter_quote_list_new          (void);
/* Shows the TerQuoteSummary rows, keeping the sort the user chose. */
void        ter_quote_list_set_quotes   (TerQuoteList *self,
                                         GArray       *quotes);
guint       ter_quote_list_get_n_quotes (TerQuoteList *self);
/* The quote at `position` in the order shown, or 0. */
gint64      ter_quote_list_get_id       (TerQuoteList *self,
                                         guint         position);
/* Sorts by the column titled `title`, for tests and keyboard users. */
gboolean    ter_quote_list_sort_by      (TerQuoteList *self,
                                         const char   *title,
                                         GtkSortType   order);
const char *ter_quote_list_get_footer   (TerQuoteList *self);

G_END_DECLS
