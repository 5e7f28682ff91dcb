/* ter-okr-check-in.h: the check-in dialog of a key result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-okr-store.h"

G_BEGIN_DECLS

/* An AdwMessageDialog with "cancel" and "save" responses; "save" stays
 * disabled until the value reads correctly for the key result's kind. */
GtkWidget *ter_okr_check_in_dialog_new (GtkWindow              *parent,
                                        const TerOkrKeyResult  *key_result);
gboolean   ter_okr_check_in_dialog_get (AdwMessageDialog       *dialog,
                                        gint64                 *value,
                                        TerOkrConfidence       *confidence,
                                        char                  **note);

G_END_DECLS
