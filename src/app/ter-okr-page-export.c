/* ter-okr-page-export.c: the OKRs page's PDF report of the quarter shown,
 * for the header's territory, written in a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-okr-page-private.h"
#include "ter-okr-report.h"
#include "ter-page.h"

typedef struct {
  TerStore *store;
  char     *quarter;
  gint64    territory_id;
  GDate     day;
  char     *path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->store);
  g_free (data->quarter);
  g_free (data->path);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (ter_okr_report_write_pdf_in (TER_OKR_STORE (data->store), data->quarter, data->territory_id,
                                   &data->day, data->path, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TerOkrPage *self = TER_OKR_PAGE (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_path_get_basename (data->path);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  message = g_strdup_printf (_("Saved the OKR report as “%s”"), name);
  ter_page_add_toast (TER_PAGE (self), message);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TerOkrPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || g_file_peek_path (file) == NULL)
    return;

  data = g_new0 (ExportData, 1);
  data->store = g_object_ref (ter_context_get_store (ter_okr_page_get_context (self)));
  data->quarter = g_strdup (ter_okr_page_get_quarter (self));
  data->territory_id = ter_okr_page_get_filter_territory (self);
  data->day = ter_okr_page_get_as_of (self);
  data->path = g_file_get_path (file);
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

void
ter_okr_page_export (TerOkrPage *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strdup_printf ("okr-%s.pdf", ter_okr_page_get_quarter (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export OKR Report"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
