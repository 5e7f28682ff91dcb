/* ter-quote-bid-dialog.h: the editable texts of a quote's bid document
 * and the company profile; the letterhead is in Preferences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-quote-store.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTE_BID_DIALOG (ter_quote_bid_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TerQuoteBidDialog, ter_quote_bid_dialog, TER, QUOTE_BID_DIALOG, AdwWindow)

/* Emits ::saved once the bid texts are stored. */
TerQuoteBidDialog *ter_quote_bid_dialog_new (TerQuoteStore     *store,
                                             const TerQuoteDoc *doc);

G_END_DECLS
