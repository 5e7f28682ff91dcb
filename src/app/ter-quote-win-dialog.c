/* ter-quote-win-dialog.c: winning a quote asks where and when the
 * customer ordered, so the order lands in the right channel and month of
 * the sales figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-win-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-channel.h"
#include "ter-quote-win-dialog.h"

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Fills `names` and `ids`; returns the first direct channel's row, as
 * quotes are mostly direct sales. */
static guint
list_channels (TerStore      *store,
               GtkStringList *names,
               GArray        *ids)
{
  g_autoptr(GListModel) channels = ter_store_list_channels (store, NULL);
  guint direct = 0;
  gboolean found = FALSE;

  for (guint i = 0; channels != NULL && i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(TerChannel) channel = g_list_model_get_item (channels, i);
      gint64 id = ter_channel_get_id (channel);

      gtk_string_list_append (names, ter_channel_get_display_name (channel));
      g_array_append_val (ids, id);
      if (!found && ter_channel_get_kind (channel) == TER_CHANNEL_DIRECT)
        {
          direct = i;
          found = TRUE;
        }
    }
  return direct;
}

AdwMessageDialog *
ter_quote_win_dialog_new (GtkWindow *parent,
                          TerStore  *store)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *drop_down, *entry;
  AdwMessageDialog *dialog;
  guint direct;

  g_return_val_if_fail (TER_IS_STORE (store), NULL);

  direct = list_channels (store, names, ids);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  if (ids->len > 0)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), direct);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), today);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Order date, YYYY-MM-DD"));
  gtk_box_append (GTK_BOX (box), heading (_("Sales channel")));
  gtk_box_append (GTK_BOX (box), drop_down);
  gtk_box_append (GTK_BOX (box), heading (_("Order date")));
  gtk_box_append (GTK_BOX (box), entry);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Mark the Quote Won?"),
                                                       _("An open order is written with the quote’s lines and prices.")));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "win", _("Mark _Won"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "win", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "win", ids->len > 0);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "channels", drop_down);
  g_object_set_data (G_OBJECT (dialog), "date", entry);
  g_object_set_data_full (G_OBJECT (dialog), "channel-ids", ids, (GDestroyNotify) g_array_unref);
  return dialog;
}

gboolean
ter_quote_win_dialog_get (AdwMessageDialog  *dialog,
                          gint64            *channel_id,
                          char             **order_date)
{
  GtkDropDown *channels = g_object_get_data (G_OBJECT (dialog), "channels");
  GtkEditable *date = g_object_get_data (G_OBJECT (dialog), "date");
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "channel-ids");
  guint selected;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog) && ids != NULL, FALSE);

  selected = gtk_drop_down_get_selected (channels);
  if (selected >= ids->len)
    return FALSE;
  *channel_id = g_array_index (ids, gint64, selected);
  *order_date = g_strstrip (g_strdup (gtk_editable_get_text (date)));
  return TRUE;
}
