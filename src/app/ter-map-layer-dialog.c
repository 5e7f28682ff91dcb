/* ter-map-layer-dialog.c: adding the user's own GeoJSON layer: which
 * property matches regions, how many features match, which do not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-layer-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ter-map-layer-dialog.h"

/* More unmatched names than this are summarised as "and N more". */
#define MAX_LISTED 40

struct _TerMapLayerDialog
{
  AdwMessageDialog  parent_instance;

  GBytes           *data;
  GHashTable       *names;
  char             *dir;
  char             *file_name;
  GStrv             properties;
  GtkEntry         *name_entry;
  GtkDropDown      *property;
  GtkLabel         *status;
  GtkLabel         *unmatched_label;
  guint             n_matched;
  guint             n_unmatched;
};

G_DEFINE_FINAL_TYPE (TerMapLayerDialog, ter_map_layer_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* json-glib names the place as "<data>:line:column"; say which file. */
static void
name_the_file (GError     *error,
               const char *file_name)
{
  char *message;

  if (g_str_has_prefix (error->message, "<data>"))
    message = g_strconcat (file_name, error->message + strlen ("<data>"), NULL);
  else
    message = g_strdup_printf ("%s: %s", file_name, error->message);
  g_free (error->message);
  error->message = message;
}

static char *
list_unmatched (GPtrArray *unmatched)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < unmatched->len && i < MAX_LISTED; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (unmatched, i));
  if (unmatched->len > MAX_LISTED)
    {
      /* TRANSLATORS: ends a cut-short list of names. */
      g_string_append_printf (text, _(", and %u more"), unmatched->len - MAX_LISTED);
    }
  return g_string_free (text, FALSE);
}

static void
show_match (TerMapLayerDialog *self,
            const char        *property)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerGeoLayer) layer = NULL;
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) matches = NULL;
  g_autofree char *status = NULL;
  g_autofree char *listed = NULL;
  gsize size;
  const char *data = g_bytes_get_data (self->data, &size);

  self->n_matched = self->n_unmatched = 0;
  layer = ter_geo_layer_new_from_data (data, size, property, &error);
  if (layer == NULL)
    {
      name_the_file (error, self->file_name);
      gtk_label_set_label (self->status, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status), "error");
      gtk_label_set_label (self->unmatched_label, "");
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", FALSE);
      return;
    }
  matches = ter_map_layer_match (layer, self->names, unmatched);
  self->n_matched = g_hash_table_size (matches);
  self->n_unmatched = unmatched->len;
  /* TRANSLATORS: how many shapes of the user's map layer match a region. */
  status = g_strdup_printf (_("%u of %u shapes match a region"), self->n_matched, ter_geo_layer_get_n_regions (layer));
  gtk_label_set_label (self->status, status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status), "error");
  if (unmatched->len > 0)
    {
      g_autofree char *names = list_unmatched (unmatched);

      /* TRANSLATORS: followed by the values of shapes that match no region. */
      listed = g_strdup_printf (_("Without a region (shown as no data): %s"), names);
    }
  gtk_label_set_label (self->unmatched_label, listed ? listed : "");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", self->n_matched > 0);
}

static const char *
chosen_property (TerMapLayerDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->property);

  return position < g_strv_length (self->properties) ? self->properties[position] : NULL;
}

static void
property_changed_cb (TerMapLayerDialog *self)
{
  const char *property = chosen_property (self);

  if (property != NULL)
    show_match (self, property);
}

gboolean
ter_map_layer_dialog_add (TerMapLayerDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerMapLayerInfo) info = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  gsize size;
  const char *data = g_bytes_get_data (self->data, &size);

  g_return_val_if_fail (TER_IS_MAP_LAYER_DIALOG (self), FALSE);
  if (self->n_matched == 0 || chosen_property (self) == NULL)
    return FALSE;
  if (*name == '\0')
    {
      g_free (name);
      name = g_strdup (self->file_name);
    }
  info = ter_map_layer_save (self->dir, name, data, size, chosen_property (self), &error);
  if (info == NULL)
    {
      gtk_label_set_label (self->status, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status), "error");
      return FALSE;
    }
  g_signal_emit (self, signals[ADDED], 0, info->id);
  return TRUE;
}

static void
ter_map_layer_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  TerMapLayerDialog *self = TER_MAP_LAYER_DIALOG (dialog);

  if (g_strcmp0 (response, "add") == 0)
    ter_map_layer_dialog_add (self);
}

static void
ter_map_layer_dialog_dispose (GObject *object)
{
  TerMapLayerDialog *self = TER_MAP_LAYER_DIALOG (object);

  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->properties, g_strfreev);

  G_OBJECT_CLASS (ter_map_layer_dialog_parent_class)->dispose (object);
}

static void
ter_map_layer_dialog_class_init (TerMapLayerDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_map_layer_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = ter_map_layer_dialog_response;

  /**
   * TerMapLayerDialog::added:
   * @id: the saved layer's id
   *
   * Emitted when the layer has been copied into the layers folder.
   */
  signals[ADDED] =
    g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static GtkWidget *
caption (const char *text,
         GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  return label;
}

static void
ter_map_layer_dialog_init (TerMapLayerDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->name_entry = GTK_ENTRY (gtk_entry_new ());
  self->property = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  self->status = GTK_LABEL (gtk_label_new (NULL));
  self->unmatched_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status, TRUE);
  gtk_label_set_xalign (self->status, 0);
  gtk_label_set_wrap (self->unmatched_label, TRUE);
  gtk_label_set_xalign (self->unmatched_label, 0);
  gtk_label_set_selectable (self->unmatched_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->unmatched_label), "dim-label");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->unmatched_label));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (box), caption (_("_Name"), GTK_WIDGET (self->name_entry)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->name_entry));
  gtk_box_append (GTK_BOX (box), caption (_("_Match regions by property"), GTK_WIDGET (self->property)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->property));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Add Map Layer"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("Shapes are matched to regions by code (CN-SD, US-TX) or name (Shandong, 山东省, Texas). "
                                 "The file is copied, so later changes to it do not affect the map."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"), "add", _("_Add Layer"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

/* The property most likely to hold codes or names: one whose name says
 * so, else the most common. */
static guint
guess_property (GStrv properties)
{
  const char *likely[] = { "code", "iso_3166_2", "iso", "name", "name_zh", "name_en", "province", "state" };

  for (guint k = 0; k < G_N_ELEMENTS (likely); k++)
    for (guint i = 0; properties[i] != NULL; i++)
      if (g_ascii_strcasecmp (properties[i], likely[k]) == 0)
        return i;
  return 0;
}

TerMapLayerDialog *
ter_map_layer_dialog_new (GtkWindow   *parent,
                          GFile       *file,
                          GHashTable  *names,
                          const char  *dir,
                          GError     **error)
{
  TerMapLayerDialog *self;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GError) local = NULL;
  g_auto(GStrv) properties = NULL;
  char *dot;

  if ((data = g_file_load_bytes (file, NULL, NULL, error)) == NULL)
    return NULL;
  if ((properties = ter_map_layer_list_properties (g_bytes_get_data (data, NULL), g_bytes_get_size (data), &local)) == NULL)
    {
      name_the_file (local, base);
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  /* The window holds its own reference until it is destroyed. */
  self = g_object_new (TER_TYPE_MAP_LAYER_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->data = g_steal_pointer (&data);
  self->names = g_hash_table_ref (names);
  self->dir = g_strdup (dir);
  self->file_name = g_strdup (base);
  self->properties = g_steal_pointer (&properties);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), base);
  gtk_drop_down_set_model (self->property, G_LIST_MODEL (gtk_string_list_new ((const char * const *) self->properties)));
  g_object_unref (gtk_drop_down_get_model (self->property));
  gtk_drop_down_set_selected (self->property, guess_property (self->properties));
  property_changed_cb (self);
  g_signal_connect_swapped (self->property, "notify::selected", G_CALLBACK (property_changed_cb), self);
  return self;
}

void
ter_map_layer_dialog_set_property_name (TerMapLayerDialog *self,
                                        const char        *property)
{
  g_return_if_fail (TER_IS_MAP_LAYER_DIALOG (self));
  for (guint i = 0; self->properties[i] != NULL; i++)
    if (g_str_equal (self->properties[i], property))
      gtk_drop_down_set_selected (self->property, i);
}

guint
ter_map_layer_dialog_get_n_matched (TerMapLayerDialog *self)
{
  g_return_val_if_fail (TER_IS_MAP_LAYER_DIALOG (self), 0);
  return self->n_matched;
}

guint
ter_map_layer_dialog_get_n_unmatched (TerMapLayerDialog *self)
{
  g_return_val_if_fail (TER_IS_MAP_LAYER_DIALOG (self), 0);
  return self->n_unmatched;
}
