/* ter-okr-editor.h: the window that writes a new objective with its key
 * results.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_OKR_EDITOR (ter_okr_editor_get_type ())
G_DECLARE_FINAL_TYPE (TerOkrEditor, ter_okr_editor, TER, OKR_EDITOR, AdwWindow)

/* `objectives` (TerOkrObjective of `quarter`) are offered as parents.
 * Emits ::created with the new objective's id once it is written. */
TerOkrEditor *ter_okr_editor_new (GtkWindow  *parent,
                                  TerContext *context,
                                  const char *quarter,
                                  GPtrArray  *objectives);

G_END_DECLS
