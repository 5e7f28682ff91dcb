/* ter-okr-check-in.c: the check-in dialog: a new value (or done / not
 * done for a milestone), a confidence and a note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-check-in"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-money.h"
#include "ter-okr.h"
#include "ter-okr-check-in.h"

typedef struct {
  TerOkrKind  kind;
  char        currency[4];
  GtkWidget  *value;       /* AdwEntryRow, or GtkSwitch for milestones */
  GtkWidget  *confidence;  /* GtkDropDown */
  GtkWidget  *note;        /* AdwEntryRow */
} Form;

/* Reads the value the way the key result counts: whole numbers, percent
 * with up to two decimals ("6.5" → 650), money in the key result's
 * currency. */
static gboolean
parse_value (Form   *form,
             gint64 *value)
{
  const char *text;

  if (form->kind == TER_OKR_KIND_MILESTONE)
    {
      *value = gtk_switch_get_active (GTK_SWITCH (form->value)) ? 1 : 0;
      return TRUE;
    }

  text = gtk_editable_get_text (GTK_EDITABLE (form->value));
  return ter_okr_parse_value (form->kind, text, form->currency, value, NULL);
}

static void
value_changed_cb (GtkWidget        *entry,
                  GParamSpec       *pspec,
                  AdwMessageDialog *dialog)
{
  Form *form = g_object_get_data (G_OBJECT (dialog), "form");
  gint64 value;
  gboolean ok = parse_value (form, &value);

  adw_message_dialog_set_response_enabled (dialog, "save", ok);
  if (ok)
    gtk_widget_remove_css_class (entry, "error");
  else
    gtk_widget_add_css_class (entry, "error");
}

static char *
value_hint (const TerOkrKeyResult *kr)
{
  switch (kr->kind)
    {
    case TER_OKR_KIND_PERCENT:
      return g_strdup (_("New value in percent, such as 6.5"));
    case TER_OKR_KIND_MONEY:
      /* Translators: %s is a currency code such as CNY. */
      return g_strdup_printf (_("New value in %s, such as 125000.50"), kr->currency);
    case TER_OKR_KIND_MILESTONE:
      return g_strdup (_("Done"));
    case TER_OKR_KIND_NUMBER:
    default:
      return g_strdup (_("New value, a whole number"));
    }
}

static char *
text_for (const TerOkrKeyResult *kr)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (kr->kind == TER_OKR_KIND_MONEY)
    return ter_money_to_plain_string (kr->current_value, kr->currency);
  if (kr->kind == TER_OKR_KIND_PERCENT)
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", kr->current_value / 100.0));
  return g_strdup_printf ("%" G_GINT64_FORMAT, kr->current_value);
}

static GtkWidget *
make_value_row (Form                  *form,
                const TerOkrKeyResult *kr,
                GtkWidget             *dialog)
{
  g_autofree char *hint = value_hint (kr);
  g_autofree char *text = NULL;
  GtkWidget *row;

  if (kr->kind == TER_OKR_KIND_MILESTONE)
    {
      row = adw_action_row_new ();
      form->value = gtk_switch_new ();
      gtk_switch_set_active (GTK_SWITCH (form->value), kr->current_value != 0);
      gtk_widget_set_valign (form->value, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), form->value);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), form->value);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hint);
      return row;
    }

  row = adw_entry_row_new ();
  form->value = row;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hint);
  g_signal_connect_object (row, "notify::text", G_CALLBACK (value_changed_cb), dialog, 0);
  /* Start from where the key result stands, so a check-in that only adds a
   * note and a confidence needs no typing. */
  text = text_for (kr);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

static void
form_free (Form *form)
{
  g_free (form);
}

GtkWidget *
ter_okr_check_in_dialog_new (GtkWindow             *parent,
                             const TerOkrKeyResult *key_result)
{
  const char *levels[] = { ter_okr_confidence_label (TER_OKR_CONFIDENCE_ON_TRACK),
                           ter_okr_confidence_label (TER_OKR_CONFIDENCE_AT_RISK),
                           ter_okr_confidence_label (TER_OKR_CONFIDENCE_OFF_TRACK), NULL };
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Check In"), key_result->title);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *confidence_row = adw_action_row_new ();
  Form *form = g_new0 (Form, 1);

  /* Responses first: filling in the value enables or disables "save". */
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "save", _("_Save Check-in"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  form->kind = key_result->kind;
  g_strlcpy (form->currency, key_result->currency, sizeof form->currency);
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) form_free);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), make_value_row (form, key_result, dialog));

  form->confidence = gtk_drop_down_new_from_strings (levels);
  gtk_widget_set_valign (form->confidence, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (form->confidence),
                              key_result->confidence > TER_OKR_CONFIDENCE_NONE ? key_result->confidence - 1 : 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (confidence_row), _("Confidence"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (confidence_row), form->confidence);
  gtk_list_box_append (GTK_LIST_BOX (list), confidence_row);

  form->note = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->note), _("Note (what happened, what is next)"));
  gtk_list_box_append (GTK_LIST_BOX (list), form->note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  return dialog;
}

gboolean
ter_okr_check_in_dialog_get (AdwMessageDialog  *dialog,
                             gint64            *value,
                             TerOkrConfidence  *confidence,
                             char             **note)
{
  Form *form = g_object_get_data (G_OBJECT (dialog), "form");

  g_return_val_if_fail (form != NULL, FALSE);
  if (!parse_value (form, value))
    return FALSE;
  *confidence = gtk_drop_down_get_selected (GTK_DROP_DOWN (form->confidence)) + 1;
  *note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->note)));
  return TRUE;
}
