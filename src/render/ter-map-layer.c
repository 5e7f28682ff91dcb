/* ter-map-layer.c - the user's own GeoJSON layers: their properties, how
 * their features match regions, and where they are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-map-layer"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "ter-map-layer.h"

#define INDEX_FILE "layers.ini"

/* Chinese names drop these in everyday use: 山东省 is 山东. Longest first. */
static const char *suffixes[] = {
  "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市",
};

void
ter_map_layer_info_free (TerMapLayerInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_free (info->name);
  g_free (info->path);
  g_free (info->property);
  g_free (info);
}

typedef struct {
  const char *name;
  guint       count;
} PropertyCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const PropertyCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static gboolean
usable_value (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_STRING || type == G_TYPE_INT64;
}

static void
count_properties (JsonArray  *features,
                  GHashTable *counts)
{
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonNode *feature = json_array_get_element (features, i);
      JsonObject *properties;
      g_autoptr(GList) members = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (feature)
          || (properties = json_object_get_object_member (json_node_get_object (feature), "properties")) == NULL)
        continue;
      members = json_object_get_members (properties);
      for (GList *l = members; l != NULL; l = l->next)
        if (usable_value (json_object_get_member (properties, l->data)))
          g_hash_table_insert (counts, l->data,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, l->data)) + 1));
    }
}

GStrv
ter_map_layer_list_properties (const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (PropertyCount));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer key, value;
  JsonNode *root, *features;

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root), "type", ""),
                    "FeatureCollection") != 0)
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID, _("The file is not a GeoJSON FeatureCollection"));
      return NULL;
    }
  features = json_object_get_member (json_node_get_object (root), "features");
  if (features == NULL || !JSON_NODE_HOLDS_ARRAY (features))
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID, _("The FeatureCollection has no “features” array"));
      return NULL;
    }
  count_properties (json_node_get_array (features), counts);
  if (g_hash_table_size (counts) == 0)
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID,
                   _("No feature has a text or whole-number property to match regions by"));
      return NULL;
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PropertyCount c = { key, GPOINTER_TO_UINT (value) };

      g_array_append_val (sorted, c);
    }
  g_array_sort (sorted, compare_counts);
  for (guint i = 0; i < sorted->len; i++)
    g_strv_builder_add (names, g_array_index (sorted, PropertyCount, i).name);
  return g_strv_builder_end (names);
}

/* Case, width, spaces and the administrative suffixes do not count. */
static char *
normalise (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (nfkc != NULL ? nfkc : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (out->len > strlen (suffixes[i]) && g_str_has_suffix (out->str, suffixes[i]))
      {
        g_string_truncate (out, out->len - strlen (suffixes[i]));
        break;
      }
  return g_string_free (out, FALSE);
}

GHashTable *
ter_map_layer_names_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* A name two regions share matches neither: it is marked with an empty
 * code. */
static void
add_name (GHashTable *names,
          const char *name,
          const char *code)
{
  g_autofree char *key = NULL;
  const char *known;

  if (name == NULL || *name == '\0')
    return;
  key = normalise (name);
  known = g_hash_table_lookup (names, key);
  if (known == NULL)
    g_hash_table_insert (names, g_steal_pointer (&key), g_strdup (code));
  else if (!g_str_equal (known, code))
    g_hash_table_insert (names, g_steal_pointer (&key), g_strdup (""));
}

void
ter_map_layer_add_names (GHashTable         *names,
                         const char         *code,
                         const char * const *aliases)
{
  const char *dash;

  g_return_if_fail (names != NULL && code != NULL);
  add_name (names, code, code);
  /* "SD" or "TX" alone, where only one region has it. */
  if ((dash = strchr (code, '-')) != NULL)
    add_name (names, dash + 1, code);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    add_name (names, aliases[i], code);
}

GHashTable *
ter_map_layer_match (TerGeoLayer *layer,
                     GHashTable  *names,
                     GPtrArray   *unmatched)
{
  GHashTable *matches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_return_val_if_fail (TER_IS_GEO_LAYER (layer), matches);
  for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
    {
      const char *key = ter_geo_layer_get_region (layer, i)->key;
      g_autofree char *normal = normalise (key);
      const char *code = g_hash_table_lookup (names, normal);

      if (code != NULL && *code != '\0')
        g_hash_table_insert (matches, g_strdup (key), g_strdup (code));
      else if (unmatched != NULL)
        g_ptr_array_add (unmatched, g_strdup (key));
    }
  return matches;
}

TerProjection *
ter_map_layer_projection (TerGeoLayer *layer)
{
  double min_x, min_y, max_x, max_y;

  ter_geo_layer_get_bounds (layer, &min_x, &min_y, &max_x, &max_y);
  if (min_x >= 70.0 && max_x <= 140.0 && min_y >= 0.0 && max_y <= 56.0)
    return ter_projection_new_for_map (TER_GEO_MAP_CHINA);
  if (min_x >= -180.0 && max_x <= -60.0 && min_y >= 15.0 && max_y <= 75.0)
    return ter_projection_new_for_map (TER_GEO_MAP_US);
  return ter_projection_new_for_map (TER_GEO_MAP_WORLD);
}

char *
ter_map_layer_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "territory", "layers", NULL);
}

static GKeyFile *
load_index (const char  *dir,
            GError     **error)
{
  g_autoptr(GKeyFile) index = g_key_file_new ();
  g_autofree char *path = g_build_filename (dir, INDEX_FILE, NULL);
  g_autoptr(GError) local = NULL;

  if (!g_key_file_load_from_file (index, path, G_KEY_FILE_KEEP_COMMENTS, &local)
      && !g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_set_error (error, local->domain, local->code, "%s: %s", path, local->message);
      return NULL;
    }
  return g_steal_pointer (&index);
}

GPtrArray *
ter_map_layer_list (const char  *dir,
                    GError     **error)
{
  g_autoptr(GKeyFile) index = load_index (dir, error);
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_map_layer_info_free);
  g_auto(GStrv) groups = NULL;

  if (index == NULL)
    return NULL;
  groups = g_key_file_get_groups (index, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autoptr(TerMapLayerInfo) info = g_new0 (TerMapLayerInfo, 1);
      g_autofree char *file = g_key_file_get_string (index, groups[i], "File", NULL);

      info->id = g_strdup (groups[i]);
      info->name = g_key_file_get_string (index, groups[i], "Name", NULL);
      info->property = g_key_file_get_string (index, groups[i], "Property", NULL);
      /* A hand-edited index must not point outside the folder. */
      if (info->name == NULL || info->property == NULL || file == NULL || strchr (file, G_DIR_SEPARATOR) != NULL)
        continue;
      info->path = g_build_filename (dir, file, NULL);
      g_ptr_array_add (layers, g_steal_pointer (&info));
    }
  return g_steal_pointer (&layers);
}

TerMapLayerInfo *
ter_map_layer_save (const char  *dir,
                    const char  *name,
                    const char  *data,
                    gssize       length,
                    const char  *property,
                    GError     **error)
{
  g_autoptr(GKeyFile) index = NULL;
  g_autoptr(TerMapLayerInfo) info = g_new0 (TerMapLayerInfo, 1);
  g_autofree char *file = NULL;
  g_autofree char *index_path = g_build_filename (dir, INDEX_FILE, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }
  if ((index = load_index (dir, error)) == NULL)
    return NULL;
  for (guint n = 1; info->id == NULL || g_key_file_has_group (index, info->id); n++)
    {
      g_free (info->id);
      info->id = g_strdup_printf ("layer-%u", n);
    }
  file = g_strconcat (info->id, ".geojson", NULL);
  info->path = g_build_filename (dir, file, NULL);
  info->name = g_strdup (name);
  info->property = g_strdup (property);
  if (!g_file_set_contents (info->path, data, length, error))
    return NULL;
  g_key_file_set_string (index, info->id, "Name", name);
  g_key_file_set_string (index, info->id, "Property", property);
  g_key_file_set_string (index, info->id, "File", file);
  if (!g_key_file_save_to_file (index, index_path, error))
    {
      g_unlink (info->path);
      return NULL;
    }
  return g_steal_pointer (&info);
}

gboolean
ter_map_layer_remove (const char  *dir,
                      const char  *id,
                      GError     **error)
{
  g_autoptr(GKeyFile) index = load_index (dir, error);
  g_autofree char *index_path = g_build_filename (dir, INDEX_FILE, NULL);
  g_autofree char *file = NULL;

  if (index == NULL)
    return FALSE;
  file = g_key_file_get_string (index, id, "File", NULL);
  if (!g_key_file_remove_group (index, id, NULL))
    return TRUE;
  if (!g_key_file_save_to_file (index, index_path, error))
    return FALSE;
  if (file != NULL && strchr (file, G_DIR_SEPARATOR) == NULL)
    {
      g_autofree char *path = g_build_filename (dir, file, NULL);

      g_unlink (path);
    }
  return TRUE;
}
