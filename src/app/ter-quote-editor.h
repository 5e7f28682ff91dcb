/* ter-quote-editor.h: a window to write a new quote or a new version of
 * one: customer search, product search as you type, lines, discounts,
 * tax and terms, with the totals kept exact as you type.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-quote-store.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTE_EDITOR (ter_quote_editor_get_type ())
G_DECLARE_FINAL_TYPE (TerQuoteEditor, ter_quote_editor, TER, QUOTE_EDITOR, AdwWindow)

/* `doc` NULL: a new quote; else a revision of it (copied). Emits
 * ::saved with the quote's id once stored. */
TerQuoteEditor *ter_quote_editor_new (TerQuoteStore     *store,
                                      const TerQuoteDoc *doc);

/* Who the new quote or version is written by (the acting user); without
 * one, the quote's rep. */
void            ter_quote_editor_set_author (TerQuoteEditor *self,
                                             gint64          author_id);

G_END_DECLS
