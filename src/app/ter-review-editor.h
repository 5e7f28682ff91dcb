/* ter-review-editor.h: a window to score, write, submit or acknowledge
 * one performance review as the acting user.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-store.h"

G_BEGIN_DECLS

#define TER_TYPE_REVIEW_EDITOR (ter_review_editor_get_type ())
G_DECLARE_FINAL_TYPE (TerReviewEditor, ter_review_editor, TER, REVIEW_EDITOR, AdwWindow)

/* NULL with `error` set if the review cannot be read. Emits ::changed
 * after every successful write. */
TerReviewEditor *ter_review_editor_new (TerStore    *store,
                                        gint64       review_id,
                                        gint64       actor_id,
                                        const char  *rep_name,
                                        guint        fiscal_start_month,
                                        GError     **error);

G_END_DECLS
