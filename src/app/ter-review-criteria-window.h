/* ter-review-criteria-window.h: edit the criteria reviews are scored on:
 * their names in English and Chinese, their order and their weights,
 * which must add up to 100 %.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-store.h"

G_BEGIN_DECLS

#define TER_TYPE_REVIEW_CRITERIA_WINDOW (ter_review_criteria_window_get_type ())
G_DECLARE_FINAL_TYPE (TerReviewCriteriaWindow, ter_review_criteria_window, TER, REVIEW_CRITERIA_WINDOW, AdwWindow)

/* Works as `actor_id`; NULL with `error` set if the criteria cannot be
 * read. Emits ::changed after a successful save. */
TerReviewCriteriaWindow *ter_review_criteria_window_new         (TerStore                *store,
                                                                 gint64                   actor_id,
                                                                 GError                 **error);
/* The last message shown to the user (saved, or what was wrong). */
const char              *ter_review_criteria_window_get_message (TerReviewCriteriaWindow *self);

G_END_DECLS
