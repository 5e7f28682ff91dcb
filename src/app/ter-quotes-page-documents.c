/* ter-quotes-page-documents.c: the selected quote's documents: the quote
 * and bid PDFs, printing through GtkPrintOperation, and the bid texts.
 * Company details come from Preferences at the moment of writing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quotes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-page.h"
#include "ter-quote-bid-dialog.h"
#include "ter-quote-company-page.h"
#include "ter-quote-pdf.h"
#include "ter-quotes-page-private.h"

/* The company details as they stand in Preferences now. */
static TerQuoteCompanyInfo *
company_new (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return ter_quote_company_info_new (settings);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    TerQuotesPage   *self)
{
  TerQuoteDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autoptr(TerQuoteCompanyInfo) company = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT || file == NULL || ter_quotes_page_get_doc (self) == NULL)
    goto out;

  company = company_new ();
  path = g_file_get_path (file);
  if (!ter_quote_pdf_write (ter_quotes_page_get_doc (self), kind, &company->company, path, &error))
    ter_page_add_toast (TER_PAGE (self), error->message);
  else
    ter_page_add_toast (TER_PAGE (self), _("PDF saved"));

out:
  g_object_unref (dialog);
}

static void
export_clicked_cb (GtkButton     *button,
                   TerQuotesPage *self)
{
  TerQuoteDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *dialog;
  g_autofree char *name = g_strdup_printf ("%s%s.pdf", ter_quotes_page_get_doc (self)->number,
                                           kind == TER_QUOTE_DOCUMENT_BID ? _("-bid") : "");

  dialog = gtk_file_chooser_native_new (_("Export PDF"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct {
  const TerQuoteDoc   *doc;
  TerQuoteCompanyInfo *company;
  TerQuoteLayout      *layout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->layout, ter_quote_layout_free);
  g_clear_pointer (&job->company, ter_quote_company_info_free);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  job->layout = ter_quote_layout_new (job->doc, TER_QUOTE_DOCUMENT_QUOTE, &job->company->company,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, ter_quote_layout_get_n_pages (job->layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  ter_quote_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page);
}

static void
print_clicked_cb (GtkButton     *button,
                  TerQuotesPage *self)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PrintJob *job = g_new0 (PrintJob, 1);

  /* The job borrows the quote shown now; printing is modal. */
  job->doc = ter_quotes_page_get_doc (self);
  job->company = company_new ();
  gtk_print_operation_set_job_name (operation, ter_quotes_page_get_doc (self)->number);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    ter_page_add_toast (TER_PAGE (self), error->message);
  print_job_free (job);
}

static void
bid_saved_cb (TerQuotesPage *self)
{
  ter_quotes_page_reshow (self);
}

static void
bid_texts_clicked_cb (TerQuotesPage *self)
{
  TerQuoteBidDialog *dialog = ter_quote_bid_dialog_new (ter_quotes_page_get_store (self), ter_quotes_page_get_doc (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (bid_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
ter_quotes_page_document_buttons (TerQuotesPage *self)
{
  GtkWidget *texts = gtk_button_new_with_label (_("Bid Texts…"));
  GtkWidget *box = gtk_flow_box_new ();
  GtkWidget *quote = gtk_button_new_with_label (_("Quote PDF"));
  GtkWidget *bid = gtk_button_new_with_label (_("Bid document PDF"));
  GtkWidget *print = gtk_button_new_with_label (_("Print…"));

  g_object_set_data (G_OBJECT (quote), "kind", GINT_TO_POINTER (TER_QUOTE_DOCUMENT_QUOTE));
  g_object_set_data (G_OBJECT (bid), "kind", GINT_TO_POINTER (TER_QUOTE_DOCUMENT_BID));
  g_signal_connect (quote, "clicked", G_CALLBACK (export_clicked_cb), self);
  g_signal_connect (bid, "clicked", G_CALLBACK (export_clicked_cb), self);
  g_signal_connect (print, "clicked", G_CALLBACK (print_clicked_cb), self);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_append (GTK_FLOW_BOX (box), quote);
  gtk_flow_box_append (GTK_FLOW_BOX (box), bid);
  gtk_flow_box_append (GTK_FLOW_BOX (box), print);
  g_signal_connect_swapped (texts, "clicked", G_CALLBACK (bid_texts_clicked_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (box), texts);
  return box;
}
