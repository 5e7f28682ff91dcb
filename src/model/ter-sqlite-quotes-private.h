/* ter-sqlite-quotes-private.h: the SQLite quote store's read side, in
 * ter-sqlite-quotes-query.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-quote-store.h"
#include "ter-sqlite-store.h"

G_BEGIN_DECLS

TerQuoteDoc *ter_sqlite_quotes_load       (TerQuoteStore         *store,
                                            gint64                 quote_id,
                                            int                    version,
                                            GError               **error);
gboolean ter_sqlite_quotes_credit_check    (TerQuoteStore         *store,
                                            gint64                 quote_id,
                                            TerQuoteCredit        *credit,
                                            GError               **error);
GArray *ter_sqlite_quotes_list             (TerQuoteStore         *store,
                                            const TerQuoteFilter  *filter,
                                            GError               **error);
GArray *ter_sqlite_quotes_versions         (TerQuoteStore         *store,
                                            gint64                 quote_id,
                                            GError               **error);
GArray *ter_sqlite_quotes_events           (TerQuoteStore         *store,
                                            gint64                 quote_id,
                                            GError               **error);
GArray *ter_sqlite_quotes_rep_stats        (TerQuoteStore         *store,
                                            const char            *first_day,
                                            const char            *last_day,
                                            GError               **error);
GArray *ter_sqlite_quotes_search_customers (TerQuoteStore         *store,
                                            const char            *text,
                                            guint                  limit,
                                            GError               **error);
GArray *ter_sqlite_quotes_search_products  (TerQuoteStore         *store,
                                            const char            *text,
                                            const char            *currency,
                                            guint                  limit,
                                            GError               **error);
/* `amount` in `from` converted into `to` with the stored rates. */
gboolean ter_sqlite_quotes_convert          (TerSqliteStore        *self,
                                            gint64                 amount,
                                            const char            *from,
                                            const char            *to,
                                            gint64                *out,
                                            GError               **error);
GArray *ter_sqlite_quotes_stats            (TerQuoteStore         *store,
                                            const TerQuoteFilter  *filter,
                                            int                    group,
                                            const char            *currency,
                                            GError               **error);

G_END_DECLS
