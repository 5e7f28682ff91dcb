/* ter-monthly-report-dialog.h: the monthly sales summary in the app: a
 * month chooser, the pages as a preview, Save PDF and Print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_MONTHLY_REPORT_DIALOG (ter_monthly_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TerMonthlyReportDialog, ter_monthly_report_dialog, TER, MONTHLY_REPORT_DIALOG, AdwWindow)

TerMonthlyReportDialog *ter_monthly_report_dialog_new       (GtkWindow               *parent,
                                                             TerContext              *context);
/* Shows the report of `month` (1–12), one of the 24 up to the end of
 * the header's period; read in a thread.
 * FALSE when the month is not one of them. */
gboolean                ter_monthly_report_dialog_set_month (TerMonthlyReportDialog  *self,
                                                             int                      year,
                                                             int                      month);
/* TRUE once the chosen month's pages are shown. */
gboolean                ter_monthly_report_dialog_is_ready  (TerMonthlyReportDialog  *self);
guint                   ter_monthly_report_dialog_get_n_pages (TerMonthlyReportDialog *self);
gboolean                ter_monthly_report_dialog_save_pdf  (TerMonthlyReportDialog  *self,
                                                             GFile                   *file,
                                                             GError                 **error);
/* A print operation drawing the same pages; run it to print. */
GtkPrintOperation      *ter_monthly_report_dialog_make_print_operation (TerMonthlyReportDialog *self);

G_END_DECLS
