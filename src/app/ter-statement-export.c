/* ter-statement-export.c: the file chooser and the writer behind the
 * Reps page's statement export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-statement-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-commission-pdf.h"
#include "ter-statement-export.h"

typedef struct {
  TerStatementPathFunc func;
  gpointer             user_data;
  GDestroyNotify       destroy;
} Choice;

gboolean
ter_statement_export_write (TerStore                      *store,
                            const TerCommissionStatement  *statement,
                            const char                    *path,
                            GError                       **error)
{
  g_autoptr(TerCommissionPlan) plan = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (!g_str_has_suffix (lower, ".pdf"))
    return ter_commission_statement_write_csv (statement, path, error);

  plan = ter_performance_store_get_plan (TER_PERFORMANCE_STORE (store), statement->plan_id, error);
  return plan != NULL && ter_commission_statement_write_pdf (statement, plan, path, error);
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             gpointer         user_data)
{
  g_autofree Choice *choice = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    choice->func (choice->user_data, path);
  if (choice->destroy != NULL)
    choice->destroy (choice->user_data);

  /* The reference taken when the dialog was made. */
  g_object_unref (chooser);
}

void
ter_statement_export_choose (GtkWindow                     *parent,
                             const TerCommissionStatement  *statement,
                             gboolean                       pdf,
                             TerStatementPathFunc           func,
                             gpointer                       user_data,
                             GDestroyNotify                 destroy)
{
  GtkFileChooserNative *chooser;
  Choice *choice = g_new0 (Choice, 1);
  g_autofree char *name = NULL;

  choice->func = func;
  choice->user_data = user_data;
  choice->destroy = destroy;
  chooser = gtk_file_chooser_native_new (pdf ? _("Export Statement as PDF") : _("Export Statement as CSV"),
                                         parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* Translators: file name of an exported statement, "Commission Chen Jing 2026-11". */
  name = g_strdup_printf (_("Commission %s %s.%s"), statement->rep_name, statement->month, pdf ? "pdf" : "csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
