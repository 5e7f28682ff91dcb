/* test-geo.c - GeoJSON loading, shipped boundaries and hit-testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ter-geo.h"

static char *
fixture_text (const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Wraps one feature line of a fixture in a collection of its own, so each
 * bad feature is checked, not just the first one in its file. */
static char *
single_feature (const char *name,
                guint       index)
{
  g_autofree char *text = fixture_text (name);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *line = NULL;

  g_assert_cmpuint (g_strv_length (lines), >, index + 1);
  line = g_strdup (lines[index + 1]);
  g_strchomp (line);
  if (g_str_has_suffix (line, ","))
    line[strlen (line) - 1] = '\0';
  return g_strdup_printf ("{\"type\":\"FeatureCollection\",\"features\":[%s]}", line);
}

static void
test_shipped_maps (void)
{
  struct { TerGeoMap map; guint n; const char *code; const char *zh; } maps[] = {
    { TER_GEO_MAP_CHINA, 34, "CN-SD", "山东省" },
    { TER_GEO_MAP_US, 51, "US-TX", "得克萨斯州" },
    { TER_GEO_MAP_WORLD, 248, "DE", NULL },
  };

  for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
    for (int coarse = 0; coarse <= 1; coarse++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_for_map (maps[m].map, coarse, &error);
        int index;

        g_assert_no_error (error);
        g_assert_cmpuint (ter_geo_layer_get_n_regions (layer), ==, maps[m].n);
        index = ter_geo_layer_find (layer, maps[m].code);
        g_assert_cmpint (index, >=, 0);
        if (maps[m].zh)
          g_assert_cmpstr (ter_geo_layer_get_region (layer, index)->name_zh, ==, maps[m].zh);
        g_assert_cmpint (ter_geo_layer_find (layer, "XX-NONE"), ==, -1);
      }
}

/* The label point of every province, state and country is inside it and
 * in no other region. */
static void
test_hit_labels (void)
{
  for (TerGeoMap map = TER_GEO_MAP_CHINA; map <= TER_GEO_MAP_WORLD; map++)
    for (int coarse = 0; coarse <= 1; coarse++)
      {
        g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_for_map (map, coarse, NULL);

        for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
          {
            const TerGeoRegion *region = ter_geo_layer_get_region (layer, i);

            g_assert_cmpint (ter_geo_layer_hit_test (layer, region->label_x, region->label_y), ==, i);
          }
      }
}

static void
test_valid_fixture (void)
{
  g_autofree char *text = fixture_text ("valid-3-regions.geojson");
  g_autoptr(GError) error = NULL;
  g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_from_data (text, -1, "code", &error);
  const TerGeoRegion *bb;

  g_assert_no_error (error);
  g_assert_cmpuint (ter_geo_layer_get_n_regions (layer), ==, 3);
  g_assert_cmpint (ter_geo_layer_hit_test (layer, 1.5, 0.5), ==, -1);
  g_assert_cmpint (ter_geo_layer_hit_test (layer, 0.5, 0.5), ==, ter_geo_layer_find (layer, "XX-AA"));
  g_assert_cmpint (ter_geo_layer_hit_test (layer, 2.7, 1.7), ==, ter_geo_layer_find (layer, "XX-CC"));
  g_assert_cmpint (ter_geo_layer_hit_test (layer, 1.2, 0.5), ==, ter_geo_layer_find (layer, "XX-BB"));
  bb = ter_geo_layer_get_region (layer, ter_geo_layer_find (layer, "XX-BB"));
  g_assert_cmpuint (bb->n_rings, ==, 2);
  g_assert_true (bb->rings[1].is_hole);
  g_assert_cmpuint (ter_geo_layer_get_region (layer, 2)->n_polygons, ==, 2);
  g_assert_cmpstr (ter_geo_region_get_short_name (bb, TRUE), ==, "乙");
  g_assert_cmpstr (ter_geo_region_get_name (bb, FALSE), ==, "Beta");
}

/* A user's own layer is matched by a property the user picks. */
static void
test_user_key (void)
{
  g_autofree char *text = fixture_text ("valid-3-regions.geojson");
  g_autoptr(GError) error = NULL;
  g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_from_data (text, -1, "short_en", &error);
  g_autoptr(TerGeoLayer) missing = NULL;
  const char *numbered =
    "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
    "\"properties\":{\"district\":7,\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\","
    "\"coordinates\":[[[0,0],[4,0],[4,1],[1,1],[1,4],[0,4],[0,0]]]}}]}";
  g_autoptr(TerGeoLayer) districts = NULL;
  const TerGeoRegion *north;

  g_assert_no_error (error);
  g_assert_cmpint (ter_geo_layer_find (layer, "BB"), ==, 1);
  g_assert_cmpstr (ter_geo_layer_get_key_property (layer), ==, "short_en");

  missing = ter_geo_layer_new_from_data (text, -1, "district", &error);
  g_assert_null (missing);
  g_assert_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Feature 1 of 3"));
  g_assert_nonnull (strstr (error->message, "“district”"));
  g_clear_error (&error);

  /* Whole-number keys, a plain "name" and no label: the computed label
   * must fall inside this L shape, whose bounding-box centre does not. */
  districts = ter_geo_layer_new_from_data (numbered, -1, "district", &error);
  g_assert_no_error (error);
  north = ter_geo_layer_get_region (districts, ter_geo_layer_find (districts, "7"));
  g_assert_cmpstr (north->name_en, ==, "North");
  g_assert_true (ter_geo_region_contains (north, north->label_x, north->label_y));
}

static void
test_file_error_names_file (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "broken-json.geojson", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_from_file (file, "code", &error);

  g_assert_null (layer);
  g_assert_error (error, TER_GEO_ERROR, TER_GEO_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "broken-json.geojson"));
}

static void
test_malformed (void)
{
  struct { const char *file; int feature; int code; const char *says; } cases[] = {
    { "broken-json.geojson", -1, TER_GEO_ERROR_PARSE, "not valid JSON" },
    { "wrong-types.geojson", -1, TER_GEO_ERROR_INVALID, "Feature 1 of 3 (XX-AA): position 1 of ring 1 must be two numbers" },
    { "wrong-types.geojson", 1, TER_GEO_ERROR_INVALID, "property “name_en” must be text, not an array" },
    { "wrong-types.geojson", 2, TER_GEO_ERROR_INVALID, "position 4 of ring 1 must be two numbers" },
    { "unclosed-ring.geojson", -1, TER_GEO_ERROR_INVALID, "ring 1 is not closed" },
    { "empty-geometry.geojson", 0, TER_GEO_ERROR_INVALID, "polygon 1 is empty" },
    { "empty-geometry.geojson", 1, TER_GEO_ERROR_INVALID, "polygon 1 is empty" },
    { "empty-geometry.geojson", 2, TER_GEO_ERROR_INVALID, "no geometry" },
    { "huge-coordinates.geojson", 0, TER_GEO_ERROR_INVALID, "position 2 of ring 1 is outside the world" },
    { "huge-coordinates.geojson", 1, TER_GEO_ERROR_INVALID, "position 4 of ring 1 is outside the world" },
    { "huge-coordinates.geojson", 2, TER_GEO_ERROR_INVALID, "(XX-CC)" },
    { "missing-code.geojson", -1, TER_GEO_ERROR_INVALID, "Feature 2 of 2: property “code” must be" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cases[i].feature < 0 ? fixture_text (cases[i].file)
                                                   : single_feature (cases[i].file, cases[i].feature);
      g_autoptr(GError) error = NULL;
      g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_from_data (text, -1, "code", &error);

      g_test_message ("%s feature %d: %s", cases[i].file, cases[i].feature,
                      error ? error->message : "loaded");
      g_assert_null (layer);
      g_assert_error (error, TER_GEO_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

static void
test_not_a_collection (void)
{
  const char *inputs[] = { "[]", "{\"type\":\"Feature\"}", "{\"type\":\"FeatureCollection\"}",
                           "{\"type\":\"FeatureCollection\",\"features\":[]}", "42",
                           "{\"type\":\"FeatureCollection\",\"features\":[7]}" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_from_data (inputs[i], -1, "code", &error);

      g_assert_null (layer);
      g_assert_nonnull (error);
      g_assert_true (error->domain == TER_GEO_ERROR);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geo/shipped-maps", test_shipped_maps);
  g_test_add_func ("/geo/hit-labels", test_hit_labels);
  g_test_add_func ("/geo/valid-fixture", test_valid_fixture);
  g_test_add_func ("/geo/user-key", test_user_key);
  g_test_add_func ("/geo/file-error", test_file_error_names_file);
  g_test_add_func ("/geo/malformed", test_malformed);
  g_test_add_func ("/geo/not-a-collection", test_not_a_collection);

  return g_test_run ();
}
