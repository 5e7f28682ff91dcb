/* ter-projection.c - map projections fitted to a rectangle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-projection"

#include <math.h>

#include "ter-projection.h"

#define DEG (G_PI / 180.0)

/* One Albers conic placed in the unit plane: the point (center_lon,
 * center_lat) lands on (offset_x, offset_y) and distances are multiplied
 * by factor. The US composite has three of these. */
typedef struct {
  double lon0;
  double n;
  double c;
  double rho0;
  double factor;
  double center_u, center_v;
  double offset_x, offset_y;
} Part;

struct _TerProjection
{
  TerProjectionKind kind;
  double            lon0;
  Part              parts[3];
  guint             n_parts;
  double            scale;
  double            x_offset;
  double            y_offset;
};

G_DEFINE_BOXED_TYPE (TerProjection, ter_projection, ter_projection_copy, ter_projection_free)

/* Equal Earth polynomial coefficients (Šavrič, Patterson and Jenny 2018). */
static const double EE_A1 = 1.340264, EE_A2 = -0.081106, EE_A3 = 0.000893, EE_A4 = 0.003796;

/* US insets in the unit plane, y up, as placed by the usual Albers USA
 * composite: the lower 48 centred on (0, 0) with a height of about 0.5. */
static const double usa_frames[2][4] = {
  { -0.425, -0.234, 0.211, 0.114 },   /* Alaska */
  { -0.214, -0.234, 0.099, 0.068 },   /* Hawaii */
};

static void
albers_raw (const Part *part,
            double      lon,
            double      lat,
            double     *u,
            double     *v)
{
  double rho = sqrt (part->c - 2.0 * part->n * sin (lat * DEG)) / part->n;
  double theta = part->n * (lon * DEG - part->lon0);

  *u = rho * sin (theta);
  *v = part->rho0 - rho * cos (theta);
}

static void
part_init (Part   *part,
           double  lon0,
           double  lat0,
           double  parallel1,
           double  parallel2,
           double  factor,
           double  center_lon,
           double  center_lat,
           double  offset_x,
           double  offset_y)
{
  double s1 = sin (parallel1 * DEG);

  part->lon0 = lon0 * DEG;
  part->n = (s1 + sin (parallel2 * DEG)) / 2.0;
  part->c = 1.0 + s1 * (2.0 * part->n - s1);
  part->rho0 = sqrt (part->c - 2.0 * part->n * sin (lat0 * DEG)) / part->n;
  part->factor = factor;
  part->center_u = part->center_v = 0.0;
  albers_raw (part, center_lon, center_lat, &part->center_u, &part->center_v);
  part->offset_x = offset_x;
  part->offset_y = offset_y;
}

static void
part_forward (const Part *part,
              double      lon,
              double      lat,
              double     *u,
              double     *v)
{
  albers_raw (part, lon, lat, u, v);
  *u = (*u - part->center_u) * part->factor + part->offset_x;
  *v = (*v - part->center_v) * part->factor + part->offset_y;
}

static gboolean
part_inverse (const Part *part,
              double      u,
              double      v,
              double     *lon,
              double     *lat)
{
  double x = (u - part->offset_x) / part->factor + part->center_u;
  double y = (v - part->offset_y) / part->factor + part->center_v;
  double dy = part->rho0 - y;
  double rho = sqrt (x * x + dy * dy);
  double s = (part->c - rho * rho * part->n * part->n) / (2.0 * part->n);

  if (s < -1.0 - 1e-12 || s > 1.0 + 1e-12)
    return FALSE;
  *lat = asin (CLAMP (s, -1.0, 1.0)) / DEG;
  *lon = (part->lon0 + atan2 (x, dy) / part->n) / DEG;
  return TRUE;
}

static void
equal_earth_forward (double  lon,
                     double  lat,
                     double *u,
                     double *v)
{
  double m = sqrt (3.0) / 2.0;
  double t = asin (m * sin (lat * DEG));
  double t2 = t * t, t6 = t2 * t2 * t2;

  *u = lon * DEG * cos (t) / (m * (EE_A1 + 3.0 * EE_A2 * t2 + t6 * (7.0 * EE_A3 + 9.0 * EE_A4 * t2)));
  *v = t * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
}

static gboolean
equal_earth_inverse (double  u,
                     double  v,
                     double *lon,
                     double *lat)
{
  double m = sqrt (3.0) / 2.0;
  double t = v, t2 = 0.0, t6 = 0.0, fpy = 1.0;

  for (int i = 0; i < 20; i++)
    {
      double fy, delta;

      t2 = t * t;
      t6 = t2 * t2 * t2;
      fy = t * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2)) - v;
      fpy = EE_A1 + 3.0 * EE_A2 * t2 + t6 * (7.0 * EE_A3 + 9.0 * EE_A4 * t2);
      delta = fy / fpy;
      t -= delta;
      if (fabs (delta) < 1e-13)
        break;
    }
  t2 = t * t;
  t6 = t2 * t2 * t2;
  fpy = EE_A1 + 3.0 * EE_A2 * t2 + t6 * (7.0 * EE_A3 + 9.0 * EE_A4 * t2);
  if (fabs (sin (t) / m) > 1.0)
    return FALSE;
  *lat = asin (sin (t) / m) / DEG;
  *lon = m * u * fpy / cos (t) / DEG;
  return fabs (*lon) <= 180.0 + 1e-9;
}

/* Which part of the US composite a position belongs to: no point of the
 * lower 48 states lies north of 49.4°N, and Hawaii is the only state west
 * of 140°W south of 30°N. Longitudes east of the antimeridian are the
 * western Aleutians. */
static guint
usa_part_for (double lon,
              double lat)
{
  if (lon > 0.0)
    lon -= 360.0;
  if (lat > 50.0)
    return 1;
  if (lon < -140.0 && lat < 30.0)
    return 2;
  return 0;
}

static gboolean
unit_forward (const TerProjection *self,
              double               lon,
              double               lat,
              double              *u,
              double              *v)
{
  if (self->kind == TER_PROJECTION_EQUAL_EARTH)
    equal_earth_forward (lon - self->lon0, lat, u, v);
  else if (self->kind == TER_PROJECTION_ALBERS)
    part_forward (&self->parts[0], lon, lat, u, v);
  else
    part_forward (&self->parts[usa_part_for (lon, lat)], lon > 0.0 ? lon - 360.0 : lon, lat, u, v);
  return isfinite (*u) && isfinite (*v);
}

static gboolean
in_frame (const double frame[4],
          double       u,
          double       v)
{
  return u >= frame[0] && u <= frame[0] + frame[2] && v >= frame[1] && v <= frame[1] + frame[3];
}

static gboolean
unit_inverse (const TerProjection *self,
              double               u,
              double               v,
              double              *lon,
              double              *lat)
{
  guint part = 0;

  if (self->kind == TER_PROJECTION_EQUAL_EARTH)
    {
      if (!equal_earth_inverse (u, v, lon, lat))
        return FALSE;
      *lon += self->lon0;
      return TRUE;
    }
  if (self->kind == TER_PROJECTION_ALBERS_USA)
    part = in_frame (usa_frames[0], u, v) ? 1 : in_frame (usa_frames[1], u, v) ? 2 : 0;
  return part_inverse (&self->parts[part], u, v, lon, lat);
}

static TerProjection *
projection_new (TerProjectionKind kind)
{
  TerProjection *self = g_new0 (TerProjection, 1);

  self->kind = kind;
  self->scale = 1.0;
  return self;
}

/**
 * ter_projection_new_albers:
 * @lon0: central meridian, degrees
 * @lat0: latitude of the origin, degrees
 * @parallel1: first standard parallel
 * @parallel2: second standard parallel
 *
 * Returns: (transfer full): an Albers equal-area conic projection
 */
TerProjection *
ter_projection_new_albers (double lon0,
                           double lat0,
                           double parallel1,
                           double parallel2)
{
  TerProjection *self = projection_new (TER_PROJECTION_ALBERS);

  part_init (&self->parts[0], lon0, lat0, parallel1, parallel2, 1.0, lon0, lat0, 0.0, 0.0);
  self->n_parts = 1;
  return self;
}

/**
 * ter_projection_new_albers_usa:
 *
 * Returns: (transfer full): Albers (29.5°N, 45.5°N, 96°W) for the lower 48
 *   states with Alaska and Hawaii in insets at the lower left
 */
TerProjection *
ter_projection_new_albers_usa (void)
{
  TerProjection *self = projection_new (TER_PROJECTION_ALBERS_USA);

  part_init (&self->parts[0], -96.0, 38.7, 29.5, 45.5, 1.0, -96.6, 38.7, 0.0, 0.0);
  part_init (&self->parts[1], -154.0, 58.5, 55.0, 65.0, 0.35, -156.0, 58.5, -0.307, -0.201);
  part_init (&self->parts[2], -157.0, 19.9, 8.0, 18.0, 1.0, -160.0, 19.9, -0.205, -0.212);
  self->n_parts = 3;
  return self;
}

/**
 * ter_projection_new_equal_earth:
 * @lon0: central meridian, degrees
 *
 * Returns: (transfer full): the Equal Earth projection
 */
TerProjection *
ter_projection_new_equal_earth (double lon0)
{
  TerProjection *self = projection_new (TER_PROJECTION_EQUAL_EARTH);

  self->lon0 = lon0;
  return self;
}

/**
 * ter_projection_new_for_map:
 * @map: a shipped map
 *
 * China uses Albers with standard parallels 25°N and 47°N about 105°E, as
 * maps of China usually do; the US uses Albers USA; the world Equal Earth.
 *
 * Returns: (transfer full): the usual projection for @map
 */
TerProjection *
ter_projection_new_for_map (TerGeoMap map)
{
  switch (map)
    {
    case TER_GEO_MAP_CHINA:
      return ter_projection_new_albers (105.0, 36.0, 25.0, 47.0);
    case TER_GEO_MAP_US:
      return ter_projection_new_albers_usa ();
    case TER_GEO_MAP_WORLD:
    default:
      return ter_projection_new_equal_earth (0.0);
    }
}

TerProjection *
ter_projection_copy (const TerProjection *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
ter_projection_free (TerProjection *self)
{
  g_free (self);
}

TerProjectionKind
ter_projection_get_kind (const TerProjection *self)
{
  return self->kind;
}

/**
 * ter_projection_fit:
 * @self: a projection
 * @layer: the regions that must be visible
 * @x: left of the rectangle, in device units
 * @y: top of the rectangle
 * @width: its width
 * @height: its height
 *
 * Scales and centres the projection so @layer fills the rectangle.
 */
void
ter_projection_fit (TerProjection *self,
                    TerGeoLayer   *layer,
                    double         x,
                    double         y,
                    double         width,
                    double         height)
{
  double min_u = G_MAXDOUBLE, min_v = G_MAXDOUBLE, max_u = -G_MAXDOUBLE, max_v = -G_MAXDOUBLE;
  double scale;

  for (guint r = 0; r < ter_geo_layer_get_n_regions (layer); r++)
    {
      const TerGeoRegion *region = ter_geo_layer_get_region (layer, r);

      for (guint i = 0; i < region->n_points; i++)
        {
          double u, v;

          if (!unit_forward (self, region->points[i * 2], region->points[i * 2 + 1], &u, &v))
            continue;
          min_u = MIN (min_u, u);
          max_u = MAX (max_u, u);
          min_v = MIN (min_v, v);
          max_v = MAX (max_v, v);
        }
    }
  if (max_u <= min_u || max_v <= min_v || width <= 0.0 || height <= 0.0)
    return;
  scale = MIN (width / (max_u - min_u), height / (max_v - min_v));
  self->scale = scale;
  self->x_offset = x + width / 2.0 - scale * (min_u + max_u) / 2.0;
  self->y_offset = y + height / 2.0 + scale * (min_v + max_v) / 2.0;
}

/**
 * ter_projection_set_transform:
 * @self: a projection
 * @scale: device units per unit of the projection plane
 * @x_offset: device x of the plane's origin
 * @y_offset: device y of the plane's origin (y grows downwards)
 *
 * Sets the placement directly, for pan and zoom.
 */
void
ter_projection_set_transform (TerProjection *self,
                              double         scale,
                              double         x_offset,
                              double         y_offset)
{
  g_return_if_fail (scale > 0.0);

  self->scale = scale;
  self->x_offset = x_offset;
  self->y_offset = y_offset;
}

void
ter_projection_get_transform (const TerProjection *self,
                              double              *scale,
                              double              *x_offset,
                              double              *y_offset)
{
  *scale = self->scale;
  *x_offset = self->x_offset;
  *y_offset = self->y_offset;
}

/**
 * ter_projection_forward:
 * @self: a projection
 * @lon: longitude, degrees
 * @lat: latitude, degrees
 * @x: (out): device x
 * @y: (out): device y
 *
 * Returns: %TRUE if the position has a place on the map
 */
gboolean
ter_projection_forward (const TerProjection *self,
                        double               lon,
                        double               lat,
                        double              *x,
                        double              *y)
{
  double u, v;

  if (!unit_forward (self, lon, lat, &u, &v))
    return FALSE;
  *x = self->x_offset + self->scale * u;
  *y = self->y_offset - self->scale * v;
  return TRUE;
}

/**
 * ter_projection_inverse:
 * @self: a projection
 * @x: device x
 * @y: device y
 * @lon: (out): longitude, degrees
 * @lat: (out): latitude, degrees
 *
 * Returns: %TRUE if the point is on the globe
 */
gboolean
ter_projection_inverse (const TerProjection *self,
                        double               x,
                        double               y,
                        double              *lon,
                        double              *lat)
{
  return unit_inverse (self, (x - self->x_offset) / self->scale,
                       (self->y_offset - y) / self->scale, lon, lat);
}

guint
ter_projection_get_n_insets (const TerProjection *self)
{
  return self->kind == TER_PROJECTION_ALBERS_USA ? 2 : 0;
}

/**
 * ter_projection_get_inset_frame:
 * @self: a projection
 * @inset: index below ter_projection_get_n_insets()
 * @x: (out): left, device units
 * @y: (out): top
 * @width: (out): width
 * @height: (out): height
 *
 * The rectangle an inset (Alaska, Hawaii) occupies, to draw a frame.
 */
void
ter_projection_get_inset_frame (const TerProjection *self,
                                guint                inset,
                                double              *x,
                                double              *y,
                                double              *width,
                                double              *height)
{
  const double *frame;

  g_return_if_fail (inset < ter_projection_get_n_insets (self));

  frame = usa_frames[inset];
  *x = self->x_offset + self->scale * frame[0];
  *y = self->y_offset - self->scale * (frame[1] + frame[3]);
  *width = self->scale * frame[2];
  *height = self->scale * frame[3];
}
