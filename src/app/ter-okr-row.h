/* ter-okr-row.h: rows of the OKR outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-okr-store.h"

G_BEGIN_DECLS

/* `elapsed` is the share of the quarter gone by, for the status colour.
 * The row keeps a borrowed pointer to the objective or key result as
 * "objective" or "key-result" data. */
GtkWidget *ter_okr_row_new_objective  (const TerOkrObjective *objective,
                                       GPtrArray             *key_results,
                                       guint                  depth,
                                       double                 elapsed);
GtkWidget *ter_okr_row_new_key_result (const TerOkrKeyResult *key_result,
                                       guint                  depth,
                                       double                 elapsed);

G_END_DECLS
