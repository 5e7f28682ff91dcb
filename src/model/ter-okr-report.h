/* ter-okr-report.h: a quarter's OKRs as a printable PDF report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-okr-store.h"

G_BEGIN_DECLS

/* Writes the objectives of `quarter` in outline order with their key
 * results as they stand on `as_of` (clamped to the quarter): values,
 * progress bars coloured by status, grades and the latest check-in notes.
 * Sets `n_objectives` to how many were written. */
gboolean ter_okr_report_write_pdf (TerOkrStore  *store,
                                   const char   *quarter,
                                   const GDate  *as_of,
                                   const char   *path,
                                   guint        *n_objectives,
                                   GError      **error);
/* The same for the objectives owned inside `territory_id`'s subtree and
 * those they support, as ter_okr_store_list_objectives_in() selects them;
 * 0 for every objective. */
gboolean ter_okr_report_write_pdf_in (TerOkrStore  *store,
                                      const char   *quarter,
                                      gint64        territory_id,
                                      const GDate  *as_of,
                                      const char   *path,
                                      guint        *n_objectives,
                                      GError      **error);

G_END_DECLS
