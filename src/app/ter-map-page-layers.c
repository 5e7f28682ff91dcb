/* ter-map-page-layers.c: the Map page's user layers: adding, showing
 * matched to regions, and removing them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-map-layer-dialog.h"
#include "ter-map-page-private.h"
#include "ter-page.h"
#include "ter-region.h"

/* Region names and codes as the database knows them, for matching a
 * user's layer. */
static GHashTable *
region_names (TerMapPage *self)
{
  GHashTable *names = ter_map_layer_names_new ();
  g_autoptr(GListModel) regions = NULL;

  if (self->context != NULL)
    regions = ter_store_list_regions (ter_context_get_store (self->context), NULL, NULL);
  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);
      const char *aliases[] = { ter_region_get_name_en (region), ter_region_get_name_zh (region), NULL };

      ter_map_layer_add_names (names, ter_region_get_code (region), aliases);
    }
  return names;
}

/* A shape that matched a region is called by the region's name in the
 * user's language, whatever the file wrote (山东省, shandong, CN-SD). */
static void
name_matched_shapes (TerMapPage     *self,
                     TerMapRenderer *renderer,
                     GHashTable     *matches)
{
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, code;

  if (self->context == NULL)
    return;
  regions = ter_store_list_regions (ter_context_get_store (self->context), NULL, NULL);
  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      TerRegion *region = g_list_model_get_item (regions, i);

      g_hash_table_insert (names, (gpointer) ter_region_get_code (region), (gpointer) ter_region_get_display_name (region));
      g_object_unref (region);
    }
  g_hash_table_iter_init (&iter, matches);
  while (g_hash_table_iter_next (&iter, &key, &code))
    ter_map_renderer_set_label (renderer, key, g_hash_table_lookup (names, code));
}

TerMapRenderer *
ter_map_page_layer_renderer (TerMapPage *self,
                             guint       index)
{
  TerMapLayerInfo *info = g_ptr_array_index (self->layers, index);
  g_autoptr(GFile) file = NULL;
  g_autoptr(TerGeoLayer) layer = NULL;
  g_autoptr(TerProjection) projection = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GError) error = NULL;

  if (g_ptr_array_index (self->layer_renderers, index) != NULL)
    return g_ptr_array_index (self->layer_renderers, index);
  file = g_file_new_for_path (info->path);
  if ((layer = ter_geo_layer_new_from_file (file, info->property, &error)) == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return NULL;
    }
  projection = ter_map_layer_projection (layer);
  names = region_names (self);
  g_ptr_array_index (self->layer_matches, index) = ter_map_layer_match (layer, names, NULL);
  g_ptr_array_index (self->layer_renderers, index) = ter_map_renderer_new_for_layer (layer, NULL, projection);
  ter_map_page_setup_renderer (self, g_ptr_array_index (self->layer_renderers, index));
  name_matched_shapes (self, g_ptr_array_index (self->layer_renderers, index),
                       g_ptr_array_index (self->layer_matches, index));
  return g_ptr_array_index (self->layer_renderers, index);
}

/* Re-reads the saved layers and lists them after the shipped maps. */
void
ter_map_page_load_layers (TerMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) layers = ter_map_layer_list (self->layer_dir, &error);
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (self->map_names));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (layers == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      layers = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_map_layer_info_free);
    }
  g_ptr_array_set_size (self->layer_renderers, 0);
  g_ptr_array_set_size (self->layer_matches, 0);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  self->layers = g_steal_pointer (&layers);
  g_ptr_array_set_size (self->layer_renderers, self->layers->len);
  g_ptr_array_set_size (self->layer_matches, self->layers->len);
  for (guint i = 0; i < self->layers->len; i++)
    g_strv_builder_add (names, ((TerMapLayerInfo *) g_ptr_array_index (self->layers, i))->name);
  strv = g_strv_builder_end (names);
  gtk_string_list_splice (self->map_names, N_SHIPPED_MAPS, n_names - N_SHIPPED_MAPS, (const char * const *) strv);
}

static void
select_layer (TerMapPage *self,
              const char *id)
{
  for (guint i = 0; i < self->layers->len; i++)
    if (g_str_equal (((TerMapLayerInfo *) g_ptr_array_index (self->layers, i))->id, id))
      gtk_drop_down_set_selected (self->map_choice, N_SHIPPED_MAPS + i);
}

static void
layer_added_cb (TerMapPage *self,
                const char *id)
{
  ter_map_page_load_layers (self);
  select_layer (self, id);
}

GtkWindow *
ter_map_page_open_layer (TerMapPage  *self,
                         GFile       *file,
                         GError     **error)
{
  g_autoptr(GHashTable) names = region_names (self);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  TerMapLayerDialog *dialog;

  g_return_val_if_fail (TER_IS_MAP_PAGE (self), NULL);
  dialog = ter_map_layer_dialog_new (GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL, file, names,
                                     self->layer_dir, error);
  if (dialog == NULL)
    return NULL;
  g_signal_connect_object (dialog, "added", G_CALLBACK (layer_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
layer_file_chosen_cb (GtkNativeDialog *chooser,
                      int              response,
                      TerMapPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && ter_map_page_open_layer (self, file, &error) == NULL)
    ter_page_add_toast (TER_PAGE (self), error->message);
  g_object_unref (chooser);
}

void
ter_map_page_add_layer_action (GtkWidget  *widget,
                               const char *action,
                               GVariant   *parameter)
{
  TerMapPage *self = TER_MAP_PAGE (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Add Map Layer"), GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_add_pattern (filter, "*.geojson");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_set_name (filter, _("GeoJSON files"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (layer_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

TerMapLayerInfo *
ter_map_page_current_layer (TerMapPage *self)
{
  guint map = gtk_drop_down_get_selected (self->map_choice);

  if (map < N_SHIPPED_MAPS || map - N_SHIPPED_MAPS >= self->layers->len)
    return NULL;
  return g_ptr_array_index (self->layers, map - N_SHIPPED_MAPS);
}

/**
 * ter_map_page_remove_layer:
 * @self: a page
 *
 * Removes the layer on show, its copy included, and goes back to China.
 *
 * Returns: %FALSE if no layer of the user's is on show or it could not be
 *   removed (a toast says why)
 */
gboolean
ter_map_page_remove_layer (TerMapPage *self)
{
  TerMapLayerInfo *info = ter_map_page_current_layer (self);
  g_autoptr(GError) error = NULL;

  if (info == NULL)
    return FALSE;
  if (!ter_map_layer_remove (self->layer_dir, info->id, &error))
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return FALSE;
    }
  gtk_drop_down_set_selected (self->map_choice, TER_GEO_MAP_CHINA);
  ter_map_page_load_layers (self);
  return TRUE;
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TerMapPage       *self)
{
  if (g_strcmp0 (response, "remove") == 0)
    ter_map_page_remove_layer (self);
}

void
ter_map_page_remove_layer_action (GtkWidget  *widget,
                                  const char *action,
                                  GVariant   *parameter)
{
  TerMapPage *self = TER_MAP_PAGE (widget);
  TerMapLayerInfo *info = ter_map_page_current_layer (self);
  GtkNative *native = gtk_widget_get_native (widget);
  GtkWidget *dialog;

  if (info == NULL)
    return;
  /* TRANSLATORS: the name of a map layer the user added. */
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL, NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Remove the Layer “%s”?"), info->name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Its copy is deleted; the file you added it from stays where it is."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
