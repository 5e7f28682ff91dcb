/* ter-monthly-report.h: the monthly sales summary as pages drawn on any
 * cairo_t: the PDF file, the app's preview and GtkPrintOperation use the
 * same pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ter-store.h"

G_BEGIN_DECLS

/* A4 in points. */
#define TER_MONTHLY_REPORT_PAGE_WIDTH  595.0
#define TER_MONTHLY_REPORT_PAGE_HEIGHT 842.0

typedef struct _TerMonthlyReport TerMonthlyReport;

/* Reads every figure of the month (`month` 1–12) in `currency`: slow on a
 * big database, so call it from a worker thread. */
TerMonthlyReport *ter_monthly_report_new        (TerStore          *store,
                                                 int                year,
                                                 int                month,
                                                 const char        *currency,
                                                 GError           **error);
guint             ter_monthly_report_get_n_pages (TerMonthlyReport *self);
/* Draws page `page` (from 0) in points, A4 from (0, 0). */
void              ter_monthly_report_draw_page  (TerMonthlyReport  *self,
                                                 cairo_t           *cr,
                                                 guint              page);
gboolean          ter_monthly_report_write_pdf  (TerMonthlyReport  *self,
                                                 const char        *path,
                                                 GError           **error);
void              ter_monthly_report_free       (TerMonthlyReport  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerMonthlyReport, ter_monthly_report_free)

G_END_DECLS
