/* ter-geo.c - region boundaries loaded from GeoJSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-geo"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "ter-geo.h"
#include "ter-maps-resources.h"

/**
 * TerGeoLayer:
 *
 * The regions of one GeoJSON FeatureCollection, keyed by a property the
 * caller picks (`code` for the shipped maps, anything for a user's own
 * sales districts). Loading is all or nothing: a file with one bad feature
 * is rejected with a message naming the feature and the member, so a user
 * never works with a map that silently lacks a district.
 */
struct _TerGeoLayer
{
  GObject     parent_instance;

  char       *key_property;
  GPtrArray  *regions;
  GHashTable *by_key;
  guint       n_points;
  double      min_x, min_y, max_x, max_y;
};

G_DEFINE_TYPE (TerGeoLayer, ter_geo_layer, G_TYPE_OBJECT)

G_DEFINE_QUARK (ter-geo-error-quark, ter_geo_error)

/* What a feature is being parsed into, and how to name it in errors. */
typedef struct {
  char   *where;
  GArray *points;
  GArray *rings;
  guint   n_polygons;
} FeatureBuilder;

static const char *map_files[] = {
  [TER_GEO_MAP_CHINA] = "cn-provinces",
  [TER_GEO_MAP_US] = "us-states",
  [TER_GEO_MAP_WORLD] = "world-countries",
};

static void
region_free (TerGeoRegion *region)
{
  g_free (region->key);
  g_free (region->name_en);
  g_free (region->name_zh);
  g_free (region->short_en);
  g_free (region->short_zh);
  g_free (region->points);
  g_free (region->rings);
  g_free (region);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerGeoRegion, region_free)

static gboolean
invalid (GError         **error,
         FeatureBuilder  *fb,
         const char      *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError         **error,
         FeatureBuilder  *fb,
         const char      *format,
         ...)
{
  va_list args;
  g_autofree char *what = NULL;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: the first %s says which feature ("Feature 2 of 34 (CN-BJ)"), the second what is wrong with it. */
  g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID, _("%s: %s"),
               fb->where, what);
  return FALSE;
}

static const char *
node_kind (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return _("true/false");
    case G_TYPE_STRING:
      return _("text");
    default:
      return _("a number");
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

/* Reads [lon, lat]; extra members (altitude) are allowed by RFC 7946. */
static gboolean
read_position (JsonNode        *node,
               double          *x,
               double          *y,
               FeatureBuilder  *fb,
               const char      *member,
               GError         **error)
{
  JsonArray *pair;

  if (!JSON_NODE_HOLDS_ARRAY (node)
      || json_array_get_length (pair = json_node_get_array (node)) < 2
      || !node_is_number (json_array_get_element (pair, 0))
      || !node_is_number (json_array_get_element (pair, 1)))
    return invalid (error, fb, _("%s must be two numbers [longitude, latitude]"), member);

  *x = json_array_get_double_element (pair, 0);
  *y = json_array_get_double_element (pair, 1);
  if (!isfinite (*x) || !isfinite (*y) || fabs (*x) > 360.0 || fabs (*y) > 90.0)
    return invalid (error, fb,
                    _("%s is outside the world (longitude −360…360, latitude −90…90)"),
                    member);
  return TRUE;
}

static gboolean
read_ring (JsonNode        *node,
           guint            polygon,
           gboolean         is_hole,
           FeatureBuilder  *fb,
           GError         **error)
{
  TerGeoRing ring = { fb->points->len / 2, 0, polygon, is_hole };
  JsonArray *array;
  guint n, i;
  double *p;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, fb, _("ring %u of polygon %u must be an array of positions, not %s"),
                    fb->rings->len + 1, polygon + 1, node_kind (node));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n < 4)
    return invalid (error, fb, _("ring %u of polygon %u has %u positions; a closed ring needs at least 4"),
                    fb->rings->len + 1, polygon + 1, n);
  for (i = 0; i < n; i++)
    {
      g_autofree char *member = g_strdup_printf (_("position %u of ring %u"), i + 1, fb->rings->len + 1);
      double xy[2];

      if (!read_position (json_array_get_element (array, i), &xy[0], &xy[1], fb, member, error))
        return FALSE;
      g_array_append_vals (fb->points, xy, 2);
    }
  p = &g_array_index (fb->points, double, ring.start * 2);
  if (p[0] != p[(n - 1) * 2] || p[1] != p[(n - 1) * 2 + 1])
    return invalid (error, fb, _("ring %u is not closed: its last position differs from its first"),
                    fb->rings->len + 1);
  ring.n_points = n;
  g_array_append_val (fb->rings, ring);
  return TRUE;
}

static gboolean
read_polygon (JsonNode        *node,
              FeatureBuilder  *fb,
              GError         **error)
{
  JsonArray *array;
  guint n, i;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, fb, _("polygon %u must be an array of rings, not %s"),
                    fb->n_polygons + 1, node_kind (node));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n == 0)
    return invalid (error, fb, _("polygon %u is empty"), fb->n_polygons + 1);
  for (i = 0; i < n; i++)
    if (!read_ring (json_array_get_element (array, i), fb->n_polygons, i > 0, fb, error))
      return FALSE;
  fb->n_polygons++;
  return TRUE;
}

static gboolean
read_geometry (JsonNode        *node,
               FeatureBuilder  *fb,
               GError         **error)
{
  JsonObject *geometry;
  JsonNode *coordinates;
  const char *type;
  JsonArray *array;
  guint i, n;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, fb, _("it has no geometry, so it cannot be drawn"));
  geometry = json_node_get_object (node);
  type = json_object_get_string_member_with_default (geometry, "type", "");
  coordinates = json_object_get_member (geometry, "coordinates");
  if (g_strcmp0 (type, "Polygon") != 0 && g_strcmp0 (type, "MultiPolygon") != 0)
    return invalid (error, fb, _("geometry type “%s” is not an area; use Polygon or MultiPolygon"), type);
  if (coordinates == NULL || !JSON_NODE_HOLDS_ARRAY (coordinates))
    return invalid (error, fb, _("“coordinates” must be an array, not %s"), node_kind (coordinates));
  if (g_str_equal (type, "Polygon"))
    return read_polygon (coordinates, fb, error);

  array = json_node_get_array (coordinates);
  n = json_array_get_length (array);
  if (n == 0)
    return invalid (error, fb, _("the MultiPolygon has no polygons"));
  for (i = 0; i < n; i++)
    if (!read_polygon (json_array_get_element (array, i), fb, error))
      return FALSE;
  return TRUE;
}

/* An optional text property: absent and null are fine, anything else but
 * a string is an error rather than something to guess from. */
static gboolean
read_text (JsonObject      *properties,
           const char      *name,
           char           **out,
           FeatureBuilder  *fb,
           GError         **error)
{
  JsonNode *node = json_object_get_member (properties, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, fb, _("property “%s” must be text, not %s"), name, node_kind (node));
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

/* Keys may be text or whole numbers: users' district files often number
 * their districts. */
static char *
read_key (JsonObject *properties,
          const char *key_property)
{
  JsonNode *node = json_object_get_member (properties, key_property);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return *json_node_get_string (node) ? g_strdup (json_node_get_string (node)) : NULL;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

static double
ring_area (const TerGeoRegion *region,
           const TerGeoRing   *ring)
{
  const double *p = region->points + ring->start * 2;
  double sum = 0.0;
  guint i;

  for (i = 0; i + 1 < ring->n_points; i++)
    sum += p[i * 2] * p[i * 2 + 3] - p[i * 2 + 2] * p[i * 2 + 1];
  return sum / 2.0;
}

/* Places the label in the middle of the widest span of a horizontal line
 * through the largest polygon, which is always inside it. */
static void
compute_label (TerGeoRegion *region)
{
  const TerGeoRing *outer = NULL;
  double best = -1.0, y, left = 0.0, width = -1.0;
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));
  guint r, i;

  for (r = 0; r < region->n_rings; r++)
    if (!region->rings[r].is_hole && fabs (ring_area (region, &region->rings[r])) > best)
      {
        outer = &region->rings[r];
        best = fabs (ring_area (region, outer));
      }
  {
    double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
    for (i = 0; i < outer->n_points; i++)
      {
        lo = MIN (lo, region->points[(outer->start + i) * 2 + 1]);
        hi = MAX (hi, region->points[(outer->start + i) * 2 + 1]);
      }
    y = (lo + hi) / 2.0;
  }
  for (r = 0; r < region->n_rings; r++)
    {
      const TerGeoRing *ring = &region->rings[r];
      const double *p = region->points + ring->start * 2;

      if (ring->polygon != outer->polygon)
        continue;
      for (i = 0; i + 1 < ring->n_points; i++)
        if ((p[i * 2 + 1] > y) != (p[i * 2 + 3] > y))
          {
            double x = p[i * 2] + (y - p[i * 2 + 1]) * (p[i * 2 + 2] - p[i * 2])
                       / (p[i * 2 + 3] - p[i * 2 + 1]);
            g_array_append_val (xs, x);
          }
    }
  {
    double *v = (double *) (void *) xs->data;
    guint n = xs->len;

    /* A small insertion sort: a scanline crosses few edges. */
    for (i = 1; i < n; i++)
      for (r = i; r > 0 && v[r - 1] > v[r]; r--)
        {
          double t = v[r];
          v[r] = v[r - 1];
          v[r - 1] = t;
        }
    for (i = 0; i + 1 < n; i += 2)
      if (v[i + 1] - v[i] > width)
        {
          width = v[i + 1] - v[i];
          left = v[i];
        }
  }
  region->label_x = width >= 0.0 ? left + width / 2.0 : region->points[outer->start * 2];
  region->label_y = y;
}

static gboolean
read_label (JsonObject      *properties,
            TerGeoRegion    *region,
            FeatureBuilder  *fb,
            GError         **error)
{
  JsonNode *node = json_object_get_member (properties, "label");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      compute_label (region);
      return TRUE;
    }
  if (!read_position (node, &region->label_x, &region->label_y, fb,
                      _("property “label”"), error))
    return FALSE;
  if (!ter_geo_region_contains (region, region->label_x, region->label_y))
    compute_label (region);
  return TRUE;
}

static void
finish_region (TerGeoRegion   *region,
               FeatureBuilder *fb)
{
  guint i;

  region->n_points = fb->points->len / 2;
  region->points = (double *) (void *) g_array_free (g_steal_pointer (&fb->points), FALSE);
  region->n_rings = fb->rings->len;
  region->rings = (TerGeoRing *) (void *) g_array_free (g_steal_pointer (&fb->rings), FALSE);
  region->n_polygons = fb->n_polygons;
  region->min_x = region->min_y = G_MAXDOUBLE;
  region->max_x = region->max_y = -G_MAXDOUBLE;
  for (i = 0; i < region->n_points; i++)
    {
      region->min_x = MIN (region->min_x, region->points[i * 2]);
      region->max_x = MAX (region->max_x, region->points[i * 2]);
      region->min_y = MIN (region->min_y, region->points[i * 2 + 1]);
      region->max_y = MAX (region->max_y, region->points[i * 2 + 1]);
    }
}

static TerGeoRegion *
parse_feature (JsonNode        *node,
               FeatureBuilder  *fb,
               guint            index,
               guint            n_features,
               const char      *key_property,
               GError         **error)
{
  g_autoptr(TerGeoRegion) region = g_new0 (TerGeoRegion, 1);
  JsonObject *object, *properties;
  JsonNode *props_node;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, fb, _("it must be an object, not %s"), node_kind (node)), NULL;
  object = json_node_get_object (node);
  props_node = json_object_get_member (object, "properties");
  if (props_node == NULL || !JSON_NODE_HOLDS_OBJECT (props_node))
    return invalid (error, fb, _("it has no “properties” object")), NULL;
  properties = json_node_get_object (props_node);
  region->key = read_key (properties, key_property);
  if (region->key == NULL)
    return invalid (error, fb, _("property “%s” must be non-empty text or a whole number; without it the region cannot be matched to sales data"),
                    key_property), NULL;
  g_free (fb->where);
  fb->where = g_strdup_printf (_("Feature %u of %u (%s)"), index + 1, n_features, region->key);

  if (!read_text (properties, "name_en", &region->name_en, fb, error)
      || !read_text (properties, "name_zh", &region->name_zh, fb, error)
      || !read_text (properties, "short_en", &region->short_en, fb, error)
      || !read_text (properties, "short_zh", &region->short_zh, fb, error)
      || (region->name_en == NULL && !read_text (properties, "name", &region->name_en, fb, error))
      || !read_geometry (json_object_get_member (object, "geometry"), fb, error))
    return NULL;
  finish_region (region, fb);
  if (!read_label (properties, region, fb, error))
    return NULL;
  return g_steal_pointer (&region);
}

static TerGeoRegion *
read_feature (JsonNode    *node,
              guint        index,
              guint        n_features,
              const char  *key_property,
              GError     **error)
{
  FeatureBuilder fb = {
    g_strdup_printf (_("Feature %u of %u"), index + 1, n_features),
    g_array_new (FALSE, FALSE, sizeof (double)),
    g_array_new (FALSE, FALSE, sizeof (TerGeoRing)),
    0,
  };
  TerGeoRegion *region = parse_feature (node, &fb, index, n_features, key_property, error);

  g_free (fb.where);
  g_clear_pointer (&fb.points, g_array_unref);
  g_clear_pointer (&fb.rings, g_array_unref);
  return region;
}

static gboolean
load_collection (TerGeoLayer  *self,
                 JsonNode     *root,
                 GError      **error)
{
  JsonNode *features;
  JsonArray *array;
  guint n, i;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root), "type", ""),
                    "FeatureCollection") != 0)
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID,
                   _("The file is not a GeoJSON FeatureCollection"));
      return FALSE;
    }
  features = json_object_get_member (json_node_get_object (root), "features");
  if (features == NULL || !JSON_NODE_HOLDS_ARRAY (features))
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID,
                   _("The FeatureCollection has no “features” array"));
      return FALSE;
    }
  array = json_node_get_array (features);
  n = json_array_get_length (array);
  if (n == 0)
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_EMPTY,
                   _("The FeatureCollection has no features"));
      return FALSE;
    }
  for (i = 0; i < n; i++)
    {
      TerGeoRegion *region = read_feature (json_array_get_element (array, i), i, n,
                                           self->key_property, error);

      if (region == NULL)
        return FALSE;
      if (g_hash_table_contains (self->by_key, region->key))
        {
          g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_INVALID,
                       _("Feature %u of %u: “%s” is “%s”, the same as feature %u; each region needs its own value"),
                       i + 1, n, self->key_property, region->key,
                       GPOINTER_TO_UINT (g_hash_table_lookup (self->by_key, region->key)));
          region_free (region);
          return FALSE;
        }
      g_ptr_array_add (self->regions, region);
      g_hash_table_insert (self->by_key, region->key, GUINT_TO_POINTER (i + 1));
      self->n_points += region->n_points;
      self->min_x = MIN (self->min_x, region->min_x);
      self->min_y = MIN (self->min_y, region->min_y);
      self->max_x = MAX (self->max_x, region->max_x);
      self->max_y = MAX (self->max_y, region->max_y);
    }
  return TRUE;
}

static void
ter_geo_layer_finalize (GObject *object)
{
  TerGeoLayer *self = (TerGeoLayer *)object;

  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->key_property, g_free);

  G_OBJECT_CLASS (ter_geo_layer_parent_class)->finalize (object);
}

static void
ter_geo_layer_class_init (TerGeoLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_geo_layer_finalize;
}

static void
ter_geo_layer_init (TerGeoLayer *self)
{
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) region_free);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->min_x = self->min_y = G_MAXDOUBLE;
  self->max_x = self->max_y = -G_MAXDOUBLE;
}

/**
 * ter_geo_layer_new_from_data:
 * @data: GeoJSON text
 * @length: its length, or -1 if nul-terminated
 * @key_property: the property that names each region, such as `code`
 * @error: where to put a message naming what is wrong and where
 *
 * Returns: (transfer full) (nullable): the regions, or %NULL on error
 */
TerGeoLayer *
ter_geo_layer_new_from_data (const char  *data,
                             gssize       length,
                             const char  *key_property,
                             GError     **error)
{
  g_autoptr(TerGeoLayer) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (key_property != NULL && *key_property, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, TER_GEO_ERROR, TER_GEO_ERROR_PARSE,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  self = g_object_new (TER_TYPE_GEO_LAYER, NULL);
  self->key_property = g_strdup (key_property);
  if (!load_collection (self, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ter_geo_layer_new_from_file:
 * @file: a GeoJSON file
 * @key_property: the property that names each region
 * @error: where to put a message naming the file, the feature and the fault
 *
 * Returns: (transfer full) (nullable): the regions, or %NULL on error
 */
TerGeoLayer *
ter_geo_layer_new_from_file (GFile       *file,
                             const char  *key_property,
                             GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  TerGeoLayer *self;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  self = ter_geo_layer_new_from_data (contents, length, key_property, &local_error);
  if (self == NULL)
    {
      name = g_file_get_parse_name (file);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
    }
  return self;
}

/**
 * ter_geo_layer_new_for_map:
 * @map: which shipped map
 * @coarse: %TRUE for the level of detail meant for a whole country
 * @error: where to put an error (only if the build is broken)
 *
 * Loads one of the boundary sets compiled into the program; their key
 * property is `code` (ISO 3166-2 such as `CN-SD`, or ISO alpha-2).
 *
 * Returns: (transfer full) (nullable): the regions
 */
TerGeoLayer *
ter_geo_layer_new_for_map (TerGeoMap   map,
                           gboolean    coarse,
                           GError    **error)
{
  static gsize registered = 0;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (map <= TER_GEO_MAP_WORLD, NULL);

  if (g_once_init_enter (&registered))
    {
      g_resources_register (ter_maps_get_resource ());
      g_once_init_leave (&registered, 1);
    }
  path = g_strdup_printf ("/io/github/territory/Territory/maps/%s%s.geojson",
                          map_files[map], coarse ? "-coarse" : "");
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  return ter_geo_layer_new_from_data (data, size, "code", error);
}

const char *
ter_geo_layer_get_key_property (TerGeoLayer *self)
{
  g_return_val_if_fail (TER_IS_GEO_LAYER (self), NULL);
  return self->key_property;
}

guint
ter_geo_layer_get_n_regions (TerGeoLayer *self)
{
  g_return_val_if_fail (TER_IS_GEO_LAYER (self), 0);
  return self->regions->len;
}

guint
ter_geo_layer_get_n_points (TerGeoLayer *self)
{
  g_return_val_if_fail (TER_IS_GEO_LAYER (self), 0);
  return self->n_points;
}

/**
 * ter_geo_layer_get_region:
 * @self: a layer
 * @index: index below ter_geo_layer_get_n_regions()
 *
 * Returns: (transfer none): the region
 */
const TerGeoRegion *
ter_geo_layer_get_region (TerGeoLayer *self,
                          guint        index)
{
  g_return_val_if_fail (TER_IS_GEO_LAYER (self), NULL);
  g_return_val_if_fail (index < self->regions->len, NULL);
  return g_ptr_array_index (self->regions, index);
}

/**
 * ter_geo_layer_find:
 * @self: a layer
 * @key: a value of the key property
 *
 * Returns: the index of the region with that key, or -1
 */
int
ter_geo_layer_find (TerGeoLayer *self,
                    const char  *key)
{
  g_return_val_if_fail (TER_IS_GEO_LAYER (self), -1);
  if (key == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_key, key)) - 1;
}

/**
 * ter_geo_layer_hit_test:
 * @self: a layer
 * @lon: longitude
 * @lat: latitude
 *
 * Returns: the index of the region containing the point, or -1
 */
int
ter_geo_layer_hit_test (TerGeoLayer *self,
                        double       lon,
                        double       lat)
{
  guint i;

  g_return_val_if_fail (TER_IS_GEO_LAYER (self), -1);

  for (i = 0; i < self->regions->len; i++)
    if (ter_geo_region_contains (g_ptr_array_index (self->regions, i), lon, lat))
      return (int) i;
  return -1;
}

void
ter_geo_layer_get_bounds (TerGeoLayer *self,
                          double      *min_x,
                          double      *min_y,
                          double      *max_x,
                          double      *max_y)
{
  g_return_if_fail (TER_IS_GEO_LAYER (self));
  *min_x = self->min_x;
  *min_y = self->min_y;
  *max_x = self->max_x;
  *max_y = self->max_y;
}

/**
 * ter_geo_region_contains:
 * @region: a region
 * @x: longitude
 * @y: latitude
 *
 * Even-odd test over all rings: holes lie inside their outer ring and a
 * region's polygons do not overlap, so crossing parity is membership.
 *
 * Returns: %TRUE if the point is inside the region
 */
gboolean
ter_geo_region_contains (const TerGeoRegion *region,
                         double              x,
                         double              y)
{
  gboolean inside = FALSE;
  guint r, i;

  if (x < region->min_x || x > region->max_x || y < region->min_y || y > region->max_y)
    return FALSE;
  for (r = 0; r < region->n_rings; r++)
    {
      const double *p = region->points + region->rings[r].start * 2;

      for (i = 0; i + 1 < region->rings[r].n_points; i++)
        {
          double x1 = p[i * 2], y1 = p[i * 2 + 1], x2 = p[i * 2 + 2], y2 = p[i * 2 + 3];

          if ((y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1))
            inside = !inside;
        }
    }
  return inside;
}

/**
 * ter_geo_region_get_name:
 * @region: a region
 * @chinese: whether the user reads Chinese
 *
 * Returns: the full name in that language, falling back to the other
 *   language and then to the key
 */
const char *
ter_geo_region_get_name (const TerGeoRegion *region,
                         gboolean            chinese)
{
  const char *first = chinese ? region->name_zh : region->name_en;
  const char *second = chinese ? region->name_en : region->name_zh;

  return first ? first : second ? second : region->key;
}

/**
 * ter_geo_region_get_short_name:
 * @region: a region
 * @chinese: whether the user reads Chinese
 *
 * Returns: the label for tight spaces, falling back to the full name
 */
const char *
ter_geo_region_get_short_name (const TerGeoRegion *region,
                               gboolean            chinese)
{
  const char *name = chinese ? region->short_zh : region->short_en;

  return name ? name : ter_geo_region_get_name (region, chinese);
}
