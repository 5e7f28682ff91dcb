/* ter-monthly-report-dialog.c
 *
 * The report's figures are read in a GTask thread; the preview, the PDF
 * and the print operation draw the same TerMonthlyReport pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-monthly-report-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-monthly-report.h"
#include "ter-monthly-report-dialog.h"

#define N_MONTHS      24
#define PREVIEW_SCALE 0.75

typedef struct {
  TerStore *store;
  char     *currency;
  int       year;
  int       month;
} LoadJob;

struct _TerMonthlyReportDialog
{
  AdwWindow          parent_instance;

  TerContext        *context;
  TerMonthlyReport  *report;
  GCancellable      *cancellable;
  int                years[N_MONTHS];
  int                months[N_MONTHS];
  gboolean           updating;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkDropDown       *month_dropdown;
  GtkButton         *save_button;
  GtkButton         *print_button;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkBox            *pages;
};

G_DEFINE_FINAL_TYPE (TerMonthlyReportDialog, ter_monthly_report_dialog, ADW_TYPE_WINDOW)

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->store);
  g_free (job->currency);
  g_free (job);
}

/* Preview */

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  TerMonthlyReportDialog *self = user_data;

  if (self->report == NULL)
    return;
  cairo_scale (cr, width / TER_MONTHLY_REPORT_PAGE_WIDTH, height / TER_MONTHLY_REPORT_PAGE_HEIGHT);
  ter_monthly_report_draw_page (self->report, cr,
                                GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page")));
}

/* Pages fill the width they get, up to the clamp, at A4's proportions. */
static void
page_resized_cb (GtkDrawingArea *area,
                 int             width,
                 int             height)
{
  int wanted = (int) (width * TER_MONTHLY_REPORT_PAGE_HEIGHT / TER_MONTHLY_REPORT_PAGE_WIDTH);

  if (ABS (wanted - gtk_drawing_area_get_content_height (area)) > 1)
    gtk_drawing_area_set_content_height (area, wanted);
}

static void
show_pages (TerMonthlyReportDialog *self)
{
  guint n_pages = ter_monthly_report_get_n_pages (self->report);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))) != NULL)
    gtk_box_remove (self->pages, child);
  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();

      g_object_set_data (G_OBJECT (area), "page", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), TER_MONTHLY_REPORT_PAGE_HEIGHT * PREVIEW_SCALE);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb, self, NULL);
      g_signal_connect (area, "resize", G_CALLBACK (page_resized_cb), NULL);
      gtk_widget_set_hexpand (area, TRUE);
      gtk_widget_add_css_class (area, "card");
      gtk_box_append (self->pages, area);
    }
  gtk_stack_set_visible_child_name (self->stack, "pages");
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), TRUE);
}

/* Loading */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  TerMonthlyReport *report = ter_monthly_report_new (job->store, job->year, job->month, job->currency, &error);

  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) ter_monthly_report_free);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TerMonthlyReportDialog *self = TER_MONTHLY_REPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  TerMonthlyReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  /* A newer month was chosen meanwhile: its load shows instead. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    {
      g_clear_pointer (&report, ter_monthly_report_free);
      return;
    }
  g_clear_object (&self->cancellable);
  if (report == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  g_clear_pointer (&self->report, ter_monthly_report_free);
  self->report = report;
  show_pages (self);
}

static void
load (TerMonthlyReportDialog *self,
      int                     year,
      int                     month)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job = g_new0 (LoadJob, 1);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  job->store = g_object_ref (ter_context_get_store (self->context));
  job->currency = g_strdup (ter_context_get_currency (self->context));
  job->year = year;
  job->month = month;
  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, load);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
}

static void
month_selected_cb (TerMonthlyReportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->month_dropdown);

  if (!self->updating && selected < N_MONTHS)
    load (self, self->years[selected], self->months[selected]);
}

/* 24 months, newest first, up to the end of the header's period. */
static void
fill_months (TerMonthlyReportDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  TerPeriod period;
  int year, month;

  ter_context_get_period (self->context, &period);
  year = g_date_get_year (&period.last);
  month = g_date_get_month (&period.last);

  for (guint i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *label = ter_format_month (year, month);

      self->years[i] = year;
      self->months[i] = month;
      gtk_string_list_append (labels, label);
      if (--month == 0)
        month = 12, year--;
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (labels));
  self->updating = FALSE;
}

/* Save and print */

static void
save_response_cb (TerMonthlyReportDialog *self,
                  int                     response,
                  GtkFileChooserNative   *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      name = g_file_get_basename (file);
      message = ter_monthly_report_dialog_save_pdf (self, file, &error)
                ? g_strdup_printf (_("Saved the report as “%s”"), name) : g_strdup (error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  g_object_unref (chooser);
}

static void
save_clicked_cb (TerMonthlyReportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->month_dropdown);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  /* Translators: file name of the report of a month such as 2025-10. */
  name = g_strdup_printf (_("Sales summary %04d-%02d.pdf"), self->years[selected], self->months[selected]);
  chooser = gtk_file_chooser_native_new (_("Save Report"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
begin_print_cb (GtkPrintOperation      *operation,
                GtkPrintContext        *context,
                TerMonthlyReportDialog *self)
{
  gtk_print_operation_set_n_pages (operation, ter_monthly_report_get_n_pages (self->report));
}

/* The page is A4 in points: scaled to what the printer offers. */
static void
print_page_cb (GtkPrintOperation      *operation,
               GtkPrintContext        *context,
               int                     page,
               TerMonthlyReportDialog *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / TER_MONTHLY_REPORT_PAGE_WIDTH,
                      gtk_print_context_get_height (context) / TER_MONTHLY_REPORT_PAGE_HEIGHT);

  cairo_scale (cr, scale, scale);
  ter_monthly_report_draw_page (self->report, cr, page);
}

static void
print_done_cb (TerMonthlyReportDialog  *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }
}

static void
print_clicked_cb (TerMonthlyReportDialog *self)
{
  g_autoptr(GtkPrintOperation) operation = ter_monthly_report_dialog_make_print_operation (self);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
close_clicked_cb (TerMonthlyReportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* GObject */

static void
ter_monthly_report_dialog_dispose (GObject *object)
{
  TerMonthlyReportDialog *self = TER_MONTHLY_REPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_MONTHLY_REPORT_DIALOG);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->report, ter_monthly_report_free);

  G_OBJECT_CLASS (ter_monthly_report_dialog_parent_class)->dispose (object);
}

static void
ter_monthly_report_dialog_class_init (TerMonthlyReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_monthly_report_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-monthly-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, TerMonthlyReportDialog, pages);
  gtk_widget_class_bind_template_callback (widget_class, month_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ter_monthly_report_dialog_init (TerMonthlyReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

TerMonthlyReportDialog *
ter_monthly_report_dialog_new (GtkWindow  *parent,
                               TerContext *context)
{
  TerMonthlyReportDialog *self;

  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);

  self = g_object_new (TER_TYPE_MONTHLY_REPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->context = g_object_ref (context);
  fill_months (self);
  /* The month before is the last with a whole month of figures. */
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->month_dropdown, 1);
  self->updating = FALSE;
  load (self, self->years[1], self->months[1]);
  return self;
}

gboolean
ter_monthly_report_dialog_set_month (TerMonthlyReportDialog *self,
                                     int                     year,
                                     int                     month)
{
  g_return_val_if_fail (TER_IS_MONTHLY_REPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < N_MONTHS; i++)
    if (self->years[i] == year && self->months[i] == month)
      {
        /* Selecting loads the month. */
        gtk_drop_down_set_selected (self->month_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
ter_monthly_report_dialog_is_ready (TerMonthlyReportDialog *self)
{
  g_return_val_if_fail (TER_IS_MONTHLY_REPORT_DIALOG (self), FALSE);

  return self->cancellable == NULL && self->report != NULL;
}

guint
ter_monthly_report_dialog_get_n_pages (TerMonthlyReportDialog *self)
{
  g_return_val_if_fail (TER_IS_MONTHLY_REPORT_DIALOG (self), 0);

  return self->report != NULL ? ter_monthly_report_get_n_pages (self->report) : 0;
}

gboolean
ter_monthly_report_dialog_save_pdf (TerMonthlyReportDialog  *self,
                                    GFile                   *file,
                                    GError                 **error)
{
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (TER_IS_MONTHLY_REPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->report != NULL, FALSE);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Choose a folder on this computer."));
      return FALSE;
    }
  return ter_monthly_report_write_pdf (self->report, path, error);
}

GtkPrintOperation *
ter_monthly_report_dialog_make_print_operation (TerMonthlyReportDialog *self)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (TER_IS_MONTHLY_REPORT_DIALOG (self), NULL);
  g_return_val_if_fail (self->report != NULL, NULL);

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Monthly sales summary"));
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (print_page_cb), self, 0);
  return operation;
}
