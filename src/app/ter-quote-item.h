/* ter-quote-item.h: one quote of the pipeline as a list item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ter-quote-store.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTE_ITEM (ter_quote_item_get_type ())
G_DECLARE_FINAL_TYPE (TerQuoteItem, ter_quote_item, TER, QUOTE_ITEM, GObject)

/* Copies `summary`. */
TerQuoteItem          *ter_quote_item_new         (const TerQuoteSummary *summary);
const TerQuoteSummary *ter_quote_item_get_summary (TerQuoteItem          *self);

G_END_DECLS
