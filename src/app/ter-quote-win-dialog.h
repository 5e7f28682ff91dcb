/* ter-quote-win-dialog.h: asks where and when the customer of a won quote
 * ordered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-store.h"

G_BEGIN_DECLS

/* An AdwMessageDialog with "cancel" and "win" responses, a channel
 * chooser (the first direct channel chosen) and the order date (today). */
AdwMessageDialog *ter_quote_win_dialog_new (GtkWindow         *parent,
                                            TerStore          *store);
/* The channel chosen and the date typed (trimmed, not checked: the store
 * says what is wrong with it); FALSE if there is no channel. */
gboolean          ter_quote_win_dialog_get (AdwMessageDialog  *dialog,
                                            gint64            *channel_id,
                                            char             **order_date);

G_END_DECLS
