/* test-projection.c - projections fit and round-trip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "ter-projection.h"

/* Every boundary position projects into the fitted rectangle and comes
 * back to where it was. */
static void
test_maps_round_trip (void)
{
  for (TerGeoMap map = TER_GEO_MAP_CHINA; map <= TER_GEO_MAP_WORLD; map++)
    {
      g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_for_map (map, FALSE, NULL);
      g_autoptr(TerProjection) projection = ter_projection_new_for_map (map);
      double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

      ter_projection_fit (projection, layer, 10, 20, 800, 500);
      for (guint r = 0; r < ter_geo_layer_get_n_regions (layer); r++)
        {
          const TerGeoRegion *region = ter_geo_layer_get_region (layer, r);

          for (guint i = 0; i < region->n_points; i++)
            {
              double lon = region->points[i * 2], lat = region->points[i * 2 + 1];
              double x, y, lon2, lat2;

              g_assert_true (ter_projection_forward (projection, lon, lat, &x, &y));
              min_x = MIN (min_x, x);
              max_x = MAX (max_x, x);
              min_y = MIN (min_y, y);
              max_y = MAX (max_y, y);
              /* The poles are single points with every longitude. */
              if (fabs (lat) > 89.9)
                continue;
              g_assert_true (ter_projection_inverse (projection, x, y, &lon2, &lat2));
              /* Longitudes compare modulo 360: -180 is 180, and the US
               * Aleutians' -187 is 173. */
              g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-6);
              g_assert_cmpfloat_with_epsilon (fmod (lon2 - lon + 540.0, 360.0) - 180.0, 0.0, 1e-6);
            }
        }
      g_assert_cmpfloat (min_x, >=, 10 - 1e-6);
      g_assert_cmpfloat (max_x, <=, 810 + 1e-6);
      g_assert_cmpfloat (min_y, >=, 20 - 1e-6);
      g_assert_cmpfloat (max_y, <=, 520 + 1e-6);
      /* Fitted: it fills the rectangle in at least one direction. */
      g_assert_true (fabs (max_x - min_x - 800) < 1e-6 || fabs (max_y - min_y - 500) < 1e-6);
    }
}

static void
test_equal_earth_grid (void)
{
  g_autoptr(TerProjection) projection = ter_projection_new_equal_earth (0.0);

  ter_projection_set_transform (projection, 100.0, 400.0, 200.0);
  for (int lat = -89; lat <= 89; lat += 4)
    for (int lon = -180; lon <= 180; lon += 5)
      {
        double x, y, lon2, lat2;

        g_assert_true (ter_projection_forward (projection, lon, lat, &x, &y));
        g_assert_true (ter_projection_inverse (projection, x, y, &lon2, &lat2));
        g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-8);
        g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-8);
      }
  /* Outside the world's outline there is no position. */
  {
    double lon, lat;
    g_assert_false (ter_projection_inverse (projection, 400.0 + 100.0 * 2.9, 200.0 - 100.0 * 1.3, &lon, &lat));
  }
}

/* Albers: the central meridian is vertical and north is up. */
static void
test_albers_orientation (void)
{
  g_autoptr(TerProjection) china = ter_projection_new_for_map (TER_GEO_MAP_CHINA);
  double x1, y1, x2, y2;

  ter_projection_set_transform (china, 1000.0, 500.0, 500.0);
  g_assert_true (ter_projection_forward (china, 105.0, 20.0, &x1, &y1));
  g_assert_true (ter_projection_forward (china, 105.0, 50.0, &x2, &y2));
  g_assert_cmpfloat_with_epsilon (x1, x2, 1e-9);
  g_assert_cmpfloat (y2, <, y1);
  g_assert_true (ter_projection_forward (china, 120.0, 35.0, &x1, &y1));
  g_assert_true (ter_projection_forward (china, 90.0, 35.0, &x2, &y2));
  g_assert_cmpfloat (x1, >, x2);
  g_assert_cmpfloat_with_epsilon (y1, y2, 1e-9);
}

/* Alaska and Hawaii are drawn inside their inset frames, below the lower
 * 48 states, and Alaska's Aleutians are in one piece. */
static void
test_usa_insets (void)
{
  g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_for_map (TER_GEO_MAP_US, TRUE, NULL);
  g_autoptr(TerProjection) usa = ter_projection_new_for_map (TER_GEO_MAP_US);
  const char *codes[] = { "US-AK", "US-HI" };
  double tx, ty;

  ter_projection_fit (usa, layer, 0, 0, 975, 610);
  g_assert_cmpuint (ter_projection_get_n_insets (usa), ==, 2);
  g_assert_true (ter_projection_forward (usa, -99.0, 31.0, &tx, &ty));
  for (guint k = 0; k < 2; k++)
    {
      const TerGeoRegion *region = ter_geo_layer_get_region (layer, ter_geo_layer_find (layer, codes[k]));
      double fx, fy, fw, fh;

      ter_projection_get_inset_frame (usa, k, &fx, &fy, &fw, &fh);
      g_assert_cmpfloat (fy + fh, >, ty);
      for (guint i = 0; i < region->n_points; i++)
        {
          double x, y;

          g_assert_true (ter_projection_forward (usa, region->points[i * 2], region->points[i * 2 + 1], &x, &y));
          g_assert_cmpfloat (x, >=, fx);
          g_assert_cmpfloat (x, <=, fx + fw);
          g_assert_cmpfloat (y, >=, fy);
          g_assert_cmpfloat (y, <=, fy + fh);
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/maps-round-trip", test_maps_round_trip);
  g_test_add_func ("/projection/equal-earth-grid", test_equal_earth_grid);
  g_test_add_func ("/projection/albers-orientation", test_albers_orientation);
  g_test_add_func ("/projection/usa-insets", test_usa_insets);

  return g_test_run ();
}
