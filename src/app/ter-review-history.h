/* ter-review-history.h: a rep's reviews over time: their weighted scores
 * as a line and the list of reviews, newest first, each of which opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-performance-store.h"

G_BEGIN_DECLS

#define TER_TYPE_REVIEW_HISTORY (ter_review_history_get_type ())
G_DECLARE_FINAL_TYPE (TerReviewHistory, ter_review_history, TER, REVIEW_HISTORY, GtkWidget)

/* Emits ::review-activated (gint64 review id) when a review is chosen. */
GtkWidget *ter_review_history_new         (void);
/* `reviews`: TerReview, newest first, as ter_performance_store_list_reviews()
 * gives them; periods are named for the fiscal year starting in that month. */
void       ter_review_history_set_reviews (TerReviewHistory *self,
                                           GArray           *reviews,
                                           guint             fiscal_start_month);

G_END_DECLS
