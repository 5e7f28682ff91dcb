/* ter-okr-editor.h: the window that writes a new objective with its key
 * results, or edits an existing one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"
#include "ter-okr-store.h"

G_BEGIN_DECLS

#define TER_TYPE_OKR_EDITOR (ter_okr_editor_get_type ())
G_DECLARE_FINAL_TYPE (TerOkrEditor, ter_okr_editor, TER, OKR_EDITOR, AdwWindow)

/* `objectives` (TerOkrObjective of `quarter`) are offered as parents.
 * Emits ::created with the new objective's id once it is written; the
 * "editor.save" action writes, as the Create button does. */
TerOkrEditor *ter_okr_editor_new               (GtkWindow             *parent,
                                                TerContext            *context,
                                                const char            *quarter,
                                                GPtrArray             *objectives);
/* Opens `objective` with its key results (TerOkrKeyResult) for editing;
 * emits ::saved with its id once the edit is written. The objective and
 * those it supports are not offered as parents. */
TerOkrEditor *ter_okr_editor_new_for_objective (GtkWindow             *parent,
                                                TerContext            *context,
                                                const TerOkrObjective *objective,
                                                GPtrArray             *key_results,
                                                GPtrArray             *objectives);
/* Chooses the owner; FALSE if `owner_id` is not one of that kind. */
gboolean      ter_okr_editor_set_owner         (TerOkrEditor          *self,
                                                TerOkrOwnerKind        kind,
                                                gint64                 owner_id);
/* The refusal shown in the window, or NULL. */
const char   *ter_okr_editor_get_error         (TerOkrEditor          *self);

G_END_DECLS
