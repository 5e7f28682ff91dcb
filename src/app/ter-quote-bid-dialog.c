/* ter-quote-bid-dialog.c: the bid texts and the company profile.
 *
 * The letterhead fields write straight to GSettings (as preferences do);
 * the bid texts belong to the quote and are stored on Save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-bid-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-quote-bid-dialog.h"

struct _TerQuoteBidDialog
{
  AdwWindow      parent_instance;

  TerQuoteStore *store;
  gint64         quote_id;
  GSettings     *settings;
  GtkTextBuffer *technical;
  GtkTextBuffer *commercial;
  GtkTextBuffer *profile;
  GtkWidget     *message;
};

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerQuoteBidDialog, ter_quote_bid_dialog, ADW_TYPE_WINDOW)

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (text);
}

static void
save_clicked_cb (TerQuoteBidDialog *self)
{
  g_autofree char *technical = buffer_text (self->technical);
  g_autofree char *commercial = buffer_text (self->commercial);
  g_autofree char *profile = buffer_text (self->profile);
  g_autoptr(GError) error = NULL;

  g_settings_set_string (self->settings, "company-profile", profile);
  if (!ter_quote_store_set_bid_text (self->store, self->quote_id, technical, commercial, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkTextBuffer *
add_text (GtkBox     *box,
          const char *title,
          const char *hint,
          const char *text)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *note = gtk_label_new (hint);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 110);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text != NULL ? text : "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (box, heading);
  gtk_box_append (box, note);
  gtk_box_append (box, frame);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static void
build (TerQuoteBidDialog *self,
       const TerQuoteDoc *doc)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_label (_("Save"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *hint;
  g_autofree char *profile = g_settings_get_string (self->settings, "company-profile");
  const char *empty = _("Left empty, the document summarises the quote here.");

  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);

  /* The letterhead is the company's, not the bid's: it lives in Preferences. */
  hint = gtk_label_new (_("The letterhead (company name, address, tax ID, logo, bank and general terms) is set in Preferences, under Company."));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);

  self->profile = add_text (GTK_BOX (box), _("Company profile"),
                            _("The same for every bid; left empty, the section is left out."), profile);
  self->technical = add_text (GTK_BOX (box), _("Technical proposal"), empty, doc->bid_technical);
  self->commercial = add_text (GTK_BOX (box), _("Commercial proposal"), empty, doc->bid_commercial);
  self->message = gtk_label_new ("");
  gtk_widget_add_css_class (self->message, "error");
  gtk_box_append (GTK_BOX (box), self->message);
  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (outer), header);
  gtk_box_append (GTK_BOX (outer), scroller);
  adw_window_set_content (ADW_WINDOW (self), outer);
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 720);
}

TerQuoteBidDialog *
ter_quote_bid_dialog_new (TerQuoteStore     *store,
                          const TerQuoteDoc *doc)
{
  TerQuoteBidDialog *self = g_object_new (TER_TYPE_QUOTE_BID_DIALOG, NULL);
  /* Translators: %s is a quote number. */
  g_autofree char *title = g_strdup_printf (_("Bid document for %s"), doc->number);

  self->store = g_object_ref (store);
  self->quote_id = doc->id;
  gtk_window_set_title (GTK_WINDOW (self), title);
  build (self, doc);
  return self;
}

static void
ter_quote_bid_dialog_dispose (GObject *object)
{
  TerQuoteBidDialog *self = TER_QUOTE_BID_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ter_quote_bid_dialog_parent_class)->dispose (object);
}

static void
ter_quote_bid_dialog_class_init (TerQuoteBidDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_quote_bid_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ter_quote_bid_dialog_init (TerQuoteBidDialog *self)
{
  self->settings = g_settings_new (APP_ID);
}
