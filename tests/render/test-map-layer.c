/* test-map-layer.c - the user's own layers: property lists, matching
 * features to regions by code or name, malformed files, and saving and
 * removing layers in a folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "ter-render.h"

#define SQUARE(x, y) "{\"type\":\"Polygon\",\"coordinates\":[[[" #x "," #y "],[" #x ".5," #y "],[" #x ".5," #y ".5],[" #x "," #y "]]]}"

static const char districts[] =
  "{\"type\":\"FeatureCollection\",\"features\":["
  "{\"type\":\"Feature\",\"properties\":{\"district\":\"山东省\",\"id\":1,\"area\":1.5},\"geometry\":" SQUARE (117, 36) "},"
  "{\"type\":\"Feature\",\"properties\":{\"district\":\"Jiangsu\",\"id\":2},\"geometry\":" SQUARE (119, 33) "},"
  "{\"type\":\"Feature\",\"properties\":{\"district\":\"cn-zj\",\"id\":3},\"geometry\":" SQUARE (120, 29) "},"
  "{\"type\":\"Feature\",\"properties\":{\"district\":\"Atlantis\",\"id\":4},\"geometry\":" SQUARE (121, 31) "}]}";

static GHashTable *
china_names (void)
{
  GHashTable *names = ter_map_layer_names_new ();
  const char *sd[] = { "Shandong", "山东", NULL }, *js[] = { "Jiangsu", "江苏", NULL };
  const char *zj[] = { "Zhejiang", "浙江", NULL }, *us_sd[] = { "South Dakota", NULL };

  ter_map_layer_add_names (names, "CN-SD", sd);
  ter_map_layer_add_names (names, "CN-JS", js);
  ter_map_layer_add_names (names, "CN-ZJ", zj);
  ter_map_layer_add_names (names, "US-SD", us_sd);
  return names;
}

/* Text and whole-number properties are offered, the most common first;
 * a fractional number is not a key. */
static void
test_properties (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) properties = ter_map_layer_list_properties (districts, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (properties), ==, 2);
  g_assert_cmpstr (properties[0], ==, "district");
  g_assert_cmpstr (properties[1], ==, "id");
}

/* 山东省 matches by Chinese name without its suffix, Jiangsu by English
 * name, cn-zj by code in any case; Atlantis is reported; "SD" alone is
 * ambiguous between China and the US and matches nothing. */
static void
test_match (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_from_data (districts, -1, "district", &error);
  g_autoptr(GHashTable) names = china_names ();
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) matches = NULL;
  g_autoptr(TerProjection) projection = NULL;
  g_autoptr(TerProjection) china = ter_projection_new_for_map (TER_GEO_MAP_CHINA);

  g_assert_no_error (error);
  matches = ter_map_layer_match (layer, names, unmatched);
  g_assert_cmpuint (g_hash_table_size (matches), ==, 3);
  g_assert_cmpstr (g_hash_table_lookup (matches, "山东省"), ==, "CN-SD");
  g_assert_cmpstr (g_hash_table_lookup (matches, "Jiangsu"), ==, "CN-JS");
  g_assert_cmpstr (g_hash_table_lookup (matches, "cn-zj"), ==, "CN-ZJ");
  g_assert_cmpuint (unmatched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==, "Atlantis");
  g_assert_cmpstr (g_hash_table_lookup (names, "sd"), ==, "");
  g_assert_cmpstr (g_hash_table_lookup (names, "js"), ==, "CN-JS");
  projection = ter_map_layer_projection (layer);
  g_assert_cmpint (ter_projection_get_kind (projection), ==, ter_projection_get_kind (china));
}

/* Broken files name what is wrong and where. */
static void
test_malformed (void)
{
  const struct { const char *data; const char *expect; } cases[] = {
    { "{\"type\":\"FeatureCollection\",\n\"features\":[}", "2:" },
    { "[1,2]", "FeatureCollection" },
    { "{\"type\":\"FeatureCollection\",\"features\":{}}", "features" },
    { "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":1.5}}]}", "property" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) properties = ter_map_layer_list_properties (cases[i].data, -1, &error);

      g_assert_null (properties);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expect));
    }
}

/* Saved layers are copies listed in the order added; removing one deletes
 * its copy and leaves the other. */
static void
test_save_remove (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-layer-XXXXXX", &error);
  g_autofree char *layers_dir = g_build_filename (dir, "layers", NULL);
  g_autoptr(TerMapLayerInfo) first = NULL;
  g_autoptr(TerMapLayerInfo) second = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *index = g_build_filename (layers_dir, "layers.ini", NULL);

  g_assert_no_error (error);
  list = ter_map_layer_list (layers_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  first = ter_map_layer_save (layers_dir, "销售片区", districts, -1, "district", &error);
  g_assert_no_error (error);
  second = ter_map_layer_save (layers_dir, "Cities", districts, -1, "id", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->id, !=, second->id);
  g_assert_true (g_file_get_contents (first->path, &copy, NULL, &error));
  g_assert_cmpstr (copy, ==, districts);
  list = ter_map_layer_list (layers_dir, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((TerMapLayerInfo *) g_ptr_array_index (list, 0))->name, ==, "销售片区");
  g_assert_cmpstr (((TerMapLayerInfo *) g_ptr_array_index (list, 1))->property, ==, "id");
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (ter_map_layer_remove (layers_dir, first->id, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (first->path, G_FILE_TEST_EXISTS));
  list = ter_map_layer_list (layers_dir, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((TerMapLayerInfo *) g_ptr_array_index (list, 0))->id, ==, second->id);

  g_assert_true (ter_map_layer_remove (layers_dir, second->id, &error));
  g_unlink (index);
  g_rmdir (layers_dir);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-layer/properties", test_properties);
  g_test_add_func ("/map-layer/match", test_match);
  g_test_add_func ("/map-layer/malformed", test_malformed);
  g_test_add_func ("/map-layer/save-remove", test_save_remove);

  return g_test_run ();
}
