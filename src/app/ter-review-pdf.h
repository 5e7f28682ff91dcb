/* ter-review-pdf.h: a performance review as a one-page PDF to file or
 * hand over in a review meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-performance-store.h"

G_BEGIN_DECLS

/* "2026 Q3", "Year 2026", "November 2026" in the user's language; with a
 * fiscal year from another month, "Fiscal quarter from April 2026". */
char    *ter_review_describe_period (const TerReview *review,
                                     guint            fiscal_start_month);

/* "Draft", "Acknowledged"… for people, not keys. */
const char *ter_review_status_label (TerReviewStatus status);

gboolean ter_review_write_pdf (const TerReview *review,
                               GArray          *criteria,
                               const char      *rep_name,
                               const char      *period,
                               const char      *status,
                               const char      *path,
                               GError         **error);

G_END_DECLS
