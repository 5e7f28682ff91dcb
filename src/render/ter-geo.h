/* ter-geo.h - region boundaries loaded from GeoJSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * TerGeoError:
 * @TER_GEO_ERROR_PARSE: the file is not valid JSON
 * @TER_GEO_ERROR_INVALID: the JSON is not a FeatureCollection this loader
 *   can use; the message names the feature and the member
 * @TER_GEO_ERROR_EMPTY: the collection has no features
 */
typedef enum {
  TER_GEO_ERROR_PARSE,
  TER_GEO_ERROR_INVALID,
  TER_GEO_ERROR_EMPTY,
} TerGeoError;

#define TER_GEO_ERROR (ter_geo_error_quark ())
GQuark ter_geo_error_quark (void);

/**
 * TerGeoMap:
 * @TER_GEO_MAP_CHINA: the 34 provincial-level divisions of China
 * @TER_GEO_MAP_US: the 50 US states and DC
 * @TER_GEO_MAP_WORLD: the countries of the world
 *
 * The boundary sets shipped with Territory.
 */
typedef enum {
  TER_GEO_MAP_CHINA,
  TER_GEO_MAP_US,
  TER_GEO_MAP_WORLD,
} TerGeoMap;

/**
 * TerGeoRing:
 * @start: index of the first point in #TerGeoRegion.points (pairs)
 * @n_points: points in the ring, the closing point included
 * @polygon: index of the polygon the ring belongs to within its region
 * @is_hole: %TRUE for every ring of a polygon but the first
 */
typedef struct {
  guint    start;
  guint    n_points;
  guint    polygon;
  gboolean is_hole;
} TerGeoRing;

/**
 * TerGeoRegion:
 * @key: the value of the key property (`code` in the shipped maps)
 * @name_en: English name, or %NULL
 * @name_zh: Chinese name, or %NULL
 * @short_en: short English label, or %NULL
 * @short_zh: short Chinese label, or %NULL
 * @label_x: longitude of a point inside the region for its label
 * @label_y: latitude of that point
 * @points: longitude/latitude pairs of every ring, one after the other
 * @n_points: number of pairs in @points
 * @rings: the rings
 * @n_rings: number of rings
 * @n_polygons: number of polygons
 * @min_x: west edge of the bounding box
 * @min_y: south edge
 * @max_x: east edge
 * @max_y: north edge
 *
 * One region, read-only; owned by its #TerGeoLayer.
 */
typedef struct {
  char       *key;
  char       *name_en;
  char       *name_zh;
  char       *short_en;
  char       *short_zh;
  double      label_x;
  double      label_y;
  double     *points;
  guint       n_points;
  TerGeoRing *rings;
  guint       n_rings;
  guint       n_polygons;
  double      min_x, min_y, max_x, max_y;
} TerGeoRegion;

#define TER_TYPE_GEO_LAYER (ter_geo_layer_get_type ())

G_DECLARE_FINAL_TYPE (TerGeoLayer, ter_geo_layer, TER, GEO_LAYER, GObject)

TerGeoLayer        *ter_geo_layer_new_from_data     (const char   *data,
                                                     gssize        length,
                                                     const char   *key_property,
                                                     GError      **error);
TerGeoLayer        *ter_geo_layer_new_from_file     (GFile        *file,
                                                     const char   *key_property,
                                                     GError      **error);
TerGeoLayer        *ter_geo_layer_new_for_map       (TerGeoMap     map,
                                                     gboolean      coarse,
                                                     GError      **error);
const char         *ter_geo_layer_get_key_property  (TerGeoLayer  *self);
guint               ter_geo_layer_get_n_regions     (TerGeoLayer  *self);
const TerGeoRegion *ter_geo_layer_get_region        (TerGeoLayer  *self,
                                                     guint         index);
int                 ter_geo_layer_find              (TerGeoLayer  *self,
                                                     const char   *key);
int                 ter_geo_layer_hit_test          (TerGeoLayer  *self,
                                                     double        lon,
                                                     double        lat);
void                ter_geo_layer_get_bounds        (TerGeoLayer  *self,
                                                     double       *min_x,
                                                     double       *min_y,
                                                     double       *max_x,
                                                     double       *max_y);
guint               ter_geo_layer_get_n_points      (TerGeoLayer  *self);

gboolean            ter_geo_region_contains         (const TerGeoRegion *region,
                                                     double              x,
                                                     double              y);
const char         *ter_geo_region_get_name         (const TerGeoRegion *region,
                                                     gboolean            chinese);
const char         *ter_geo_region_get_short_name   (const TerGeoRegion *region,
                                                     gboolean            chinese);

G_END_DECLS
