/* ter-quote-stats-card.h: a dashboard card with the quotes of the period:
 * the win rate, average discount and pipeline in one line, and the reps
 * with the most decided quotes, each with their win rate and discount.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTE_STATS_CARD (ter_quote_stats_card_get_type ())
G_DECLARE_FINAL_TYPE (TerQuoteStatsCard, ter_quote_stats_card, TER, QUOTE_STATS_CARD, GtkWidget)

/* Rows in the rep list. */
#define TER_QUOTE_STATS_CARD_TOP 8

GtkWidget  *ter_quote_stats_card_new         (void);
/* Reads the quotes for the context's period and territory (and the rep
 * drilled into, if any) off the main thread. */
void        ter_quote_stats_card_refresh     (TerQuoteStatsCard *self,
                                              TerContext        *context);
gboolean    ter_quote_stats_card_is_loaded   (TerQuoteStatsCard *self);
/* The one-line summary as shown, for tests. */
const char *ter_quote_stats_card_get_summary (TerQuoteStatsCard *self);

G_END_DECLS
