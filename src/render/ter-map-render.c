/* ter-map-render.c - choropleth and territory maps on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-map-render"

#include <math.h>
#include <string.h>

#include "ter-map-render-private.h"

/**
 * TerMapRenderer:
 *
 * Draws one boundary set as a choropleth (values per region, classed) or as
 * territories (a colour per category) on any cairo_t, so the widget, PNG,
 * SVG, PDF and the command-line tool share one drawing. Boundaries are
 * projected once into cairo paths in the projection plane; a frame only
 * applies the view transform, and zoomed-out views use the coarse level of
 * detail. State and view live here; drawing is in ter-map-draw.c.
 */

G_DEFINE_TYPE (TerMapRenderer, ter_map_renderer, G_TYPE_OBJECT)

static void
free_paths (cairo_path_t **paths,
            guint          n)
{
  if (paths == NULL)
    return;
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&paths[i], cairo_path_destroy);
  g_free (paths);
}

static void
grow_bounds (double *bounds,
             double  x,
             double  y)
{
  bounds[0] = MIN (bounds[0], x);
  bounds[1] = MIN (bounds[1], y);
  bounds[2] = MAX (bounds[2], x);
  bounds[3] = MAX (bounds[3], y);
}

/* Projects every ring of every region into the projection plane once.
 * @bounds grows by the positions north of @min_lat. */
static cairo_path_t **
build_paths (TerGeoLayer   *layer,
             TerProjection *unit,
             double         min_lat,
             double        *bounds)
{
  guint n = ter_geo_layer_get_n_regions (layer);
  cairo_path_t **paths = g_new0 (cairo_path_t *, n);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  for (guint r = 0; r < n; r++)
    {
      const TerGeoRegion *region = ter_geo_layer_get_region (layer, r);

      cairo_new_path (cr);
      for (guint k = 0; k < region->n_rings; k++)
        {
          const TerGeoRing *ring = &region->rings[k];

          for (guint i = 0; i + 1 < ring->n_points; i++)
            {
              const double *p = region->points + (ring->start + i) * 2;
              double x, y;

              if (!ter_projection_forward (unit, p[0], p[1], &x, &y))
                continue;
              if (i == 0)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
              if (bounds != NULL && p[1] >= min_lat)
                grow_bounds (bounds, x, y);
            }
          cairo_close_path (cr);
        }
      paths[r] = cairo_copy_path (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return paths;
}

static void
compute_unit_bounds (TerMapRenderer *self)
{
  guint n = ter_geo_layer_get_n_regions (self->layer);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  self->unit_bounds = g_new (double, n * 4);
  for (guint r = 0; r < n; r++)
    {
      double *b = self->unit_bounds + r * 4;

      cairo_new_path (cr);
      cairo_append_path (cr, self->paths[r]);
      cairo_path_extents (cr, &b[0], &b[1], &b[2], &b[3]);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
ter_map_renderer_finalize (GObject *object)
{
  TerMapRenderer *self = (TerMapRenderer *)object;
  guint n = ter_geo_layer_get_n_regions (self->layer);

  free_paths (self->paths, n);
  free_paths (self->coarse_paths, n);
  if (self->context != NULL)
    free_paths (self->context_paths, ter_geo_layer_get_n_regions (self->context));
  g_clear_object (&self->layer);
  g_clear_object (&self->coarse);
  g_clear_object (&self->context);
  g_clear_pointer (&self->projection, ter_projection_free);
  g_clear_pointer (&self->view, ter_projection_free);
  g_clear_pointer (&self->inset_view, ter_projection_free);
  if (self->labels != NULL)
    for (guint i = 0; i < n; i++)
      g_free (self->labels[i]);
  g_clear_pointer (&self->labels, g_free);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->categories, g_free);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->unit_bounds, g_free);
  g_clear_pointer (&self->category_names, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  if (self->format_destroy != NULL)
    self->format_destroy (self->format_data);

  G_OBJECT_CLASS (ter_map_renderer_parent_class)->finalize (object);
}

static void
ter_map_renderer_class_init (TerMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_map_renderer_finalize;
}

static void
ter_map_renderer_init (TerMapRenderer *self)
{
  ter_chart_style_init_light (&self->style);
  self->show_labels = TRUE;
  self->show_legend = TRUE;
  self->zoom = 1.0;
  self->hover = -1;
  self->focus = -1;
  self->method = TER_MAP_CLASSES_QUANTILE;
  self->n_classes = 5;
  self->category_names = g_ptr_array_new_with_free_func (g_free);
}

static void
attach_coarse (TerMapRenderer *self,
               TerGeoLayer    *coarse)
{
  cairo_path_t **by_coarse = build_paths (coarse, self->projection, -90.0, NULL);

  self->coarse = g_object_ref (coarse);
  for (guint i = 0; i < ter_geo_layer_get_n_regions (coarse); i++)
    {
      int index = ter_geo_layer_find (self->layer, ter_geo_layer_get_region (coarse, i)->key);

      if (index >= 0 && self->coarse_paths[index] == NULL)
        self->coarse_paths[index] = g_steal_pointer (&by_coarse[i]);
    }
  free_paths (by_coarse, ter_geo_layer_get_n_regions (coarse));
}

/* Maps published in China show the South China Sea islands in an inset
 * (南海诸岛) at the lower right, with the neighbouring coasts for context. */
static void
add_sea_inset (TerMapRenderer *self)
{
  g_autoptr(TerGeoLayer) world = ter_geo_layer_new_for_map (TER_GEO_MAP_WORLD, TRUE, NULL);
  const double lon[2] = { 106.5, 122.5 }, lat[2] = { 3.0, 24.5 };

  self->sea_inset = TRUE;
  self->sea_bounds[0] = self->sea_bounds[1] = G_MAXDOUBLE;
  self->sea_bounds[2] = self->sea_bounds[3] = -G_MAXDOUBLE;
  for (int i = 0; i <= 20; i++)
    for (int side = 0; side < 2; side++)
      {
        double x, y;

        ter_projection_forward (self->projection, lon[0] + (lon[1] - lon[0]) * i / 20.0, lat[side], &x, &y);
        grow_bounds (self->sea_bounds, x, y);
        ter_projection_forward (self->projection, lon[side], lat[0] + (lat[1] - lat[0]) * i / 20.0, &x, &y);
        grow_bounds (self->sea_bounds, x, y);
      }
  self->inset_view = ter_projection_copy (self->projection);
  if (world == NULL)
    return;
  self->context = g_steal_pointer (&world);
  self->context_paths = build_paths (self->context, self->projection, -90.0, NULL);
}

static TerMapRenderer *
renderer_new (TerGeoLayer   *layer,
              TerGeoLayer   *coarse,
              TerProjection *projection,
              gboolean       sea_inset)
{
  TerMapRenderer *self = g_object_new (TER_TYPE_MAP_RENDERER, NULL);
  guint n = ter_geo_layer_get_n_regions (layer);
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

  self->layer = g_object_ref (layer);
  self->projection = ter_projection_copy (projection);
  ter_projection_set_transform (self->projection, TER_MAP_PATH_SCALE, 0.0, 0.0);
  self->view = ter_projection_copy (self->projection);
  self->values = g_new (double, n);
  self->categories = g_new (int, n);
  self->selected = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    {
      self->values[i] = NAN;
      self->categories[i] = -1;
    }
  /* With the sea in its inset, the main frame ends just below Hainan. */
  self->paths = build_paths (layer, self->projection, sea_inset ? 17.9 : -90.0, bounds);
  memcpy (self->fit_bounds, bounds, sizeof bounds);
  self->coarse_paths = g_new0 (cairo_path_t *, n);
  if (coarse != NULL)
    attach_coarse (self, coarse);
  compute_unit_bounds (self);
  if (sea_inset)
    add_sea_inset (self);
  ter_map_renderer_set_size (self, 800, 600);
  return self;
}

/**
 * ter_map_renderer_new_for_layer:
 * @layer: the regions at full detail
 * @coarse: (nullable): the same regions, coarser, for zoomed-out views
 * @projection: how to project them; copied
 *
 * Returns: (transfer full): a renderer, for a user's own layer
 */
TerMapRenderer *
ter_map_renderer_new_for_layer (TerGeoLayer   *layer,
                                TerGeoLayer   *coarse,
                                TerProjection *projection)
{
  g_return_val_if_fail (TER_IS_GEO_LAYER (layer), NULL);
  g_return_val_if_fail (projection != NULL, NULL);

  return renderer_new (layer, coarse, projection, FALSE);
}

/**
 * ter_map_renderer_new:
 * @map: a shipped map
 * @error: where to put an error
 *
 * A renderer for China (with the South China Sea inset), the US (with the
 * Alaska and Hawaii insets) or the world, with both levels of detail.
 *
 * Returns: (transfer full) (nullable): a renderer
 */
TerMapRenderer *
ter_map_renderer_new (TerGeoMap   map,
                      GError    **error)
{
  g_autoptr(TerGeoLayer) layer = ter_geo_layer_new_for_map (map, FALSE, error);
  g_autoptr(TerGeoLayer) coarse = NULL;
  g_autoptr(TerProjection) projection = ter_projection_new_for_map (map);

  if (layer == NULL || (coarse = ter_geo_layer_new_for_map (map, TRUE, error)) == NULL)
    return NULL;
  return renderer_new (layer, coarse, projection, map == TER_GEO_MAP_CHINA);
}

/**
 * ter_map_renderer_get_layer:
 * @self: a renderer
 *
 * Returns: (transfer none): the regions; their indices are the region
 *   indices of this API
 */
TerGeoLayer *
ter_map_renderer_get_layer (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), NULL);
  return self->layer;
}

void
ter_map_renderer_set_style (TerMapRenderer      *self,
                            const TerChartStyle *style)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->style = *style;
  self->classes_valid = FALSE;
}

void
ter_map_renderer_set_chinese (TerMapRenderer *self,
                              gboolean        chinese)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->chinese = !!chinese;
}

gboolean
ter_map_renderer_get_chinese (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  return self->chinese;
}

/**
 * ter_map_renderer_set_label:
 * @self: a renderer
 * @key: a region's key
 * @label: (nullable): what to call the region on the map instead of the
 *   names in its file, such as the sales region a user's shape matched
 */
void
ter_map_renderer_set_label (TerMapRenderer *self,
                            const char     *key,
                            const char     *label)
{
  int index;

  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  if ((index = ter_geo_layer_find (self->layer, key)) < 0)
    return;
  if (self->labels == NULL)
    self->labels = g_new0 (char *, ter_geo_layer_get_n_regions (self->layer));
  g_free (self->labels[index]);
  self->labels[index] = g_strdup (label);
}

/**
 * ter_map_renderer_get_label:
 * @self: a renderer
 * @region: a region index
 * @short_form: %TRUE for the map's labels, %FALSE for tooltips
 *
 * Returns: (transfer none): the region's name in the renderer's language
 */
const char *
ter_map_renderer_get_label (TerMapRenderer *self,
                            guint           region,
                            gboolean        short_form)
{
  const TerGeoRegion *r;

  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (region < ter_geo_layer_get_n_regions (self->layer), NULL);
  if (self->labels != NULL && self->labels[region] != NULL)
    return self->labels[region];
  r = ter_geo_layer_get_region (self->layer, region);
  return short_form ? ter_geo_region_get_short_name (r, self->chinese) : ter_geo_region_get_name (r, self->chinese);
}

void
ter_map_renderer_set_show_labels (TerMapRenderer *self,
                                  gboolean        show)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->show_labels = !!show;
}

void
ter_map_renderer_set_show_legend (TerMapRenderer *self,
                                  gboolean        show)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->show_legend = !!show;
}

void
ter_map_renderer_set_title (TerMapRenderer *self,
                            const char     *title)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

/**
 * ter_map_renderer_set_format:
 * @self: a renderer
 * @format: (nullable): formats values in the legend
 * @user_data: passed to @format
 * @destroy: (nullable): frees @user_data
 */
void
ter_map_renderer_set_format (TerMapRenderer     *self,
                             TerChartFormatFunc  format,
                             gpointer            user_data,
                             GDestroyNotify      destroy)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  if (self->format_destroy != NULL)
    self->format_destroy (self->format_data);
  self->format = format;
  self->format_data = user_data;
  self->format_destroy = destroy;
}

void
ter_map_renderer_clear_values (TerMapRenderer *self)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  for (guint i = 0; i < ter_geo_layer_get_n_regions (self->layer); i++)
    self->values[i] = NAN;
  self->classes_valid = FALSE;
}

/**
 * ter_map_renderer_set_value:
 * @self: a renderer
 * @key: a region's key
 * @value: its value; NaN means no data
 *
 * Returns: %FALSE if no region has that key
 */
gboolean
ter_map_renderer_set_value (TerMapRenderer *self,
                            const char     *key,
                            double          value)
{
  int index;

  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  index = ter_geo_layer_find (self->layer, key);
  if (index < 0)
    return FALSE;
  self->values[index] = value;
  self->classes_valid = FALSE;
  return TRUE;
}

/**
 * ter_map_renderer_get_value:
 * @self: a renderer
 * @region: a region index
 * @value: (out): its value
 *
 * Returns: %FALSE when the region has no data
 */
gboolean
ter_map_renderer_get_value (TerMapRenderer *self,
                            guint           region,
                            double         *value)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (region < ter_geo_layer_get_n_regions (self->layer), FALSE);
  *value = self->values[region];
  return isfinite (*value);
}

void
ter_map_renderer_set_scale (TerMapRenderer    *self,
                            TerMapScale        scale,
                            double             center,
                            TerMapClassMethod  method,
                            guint              n_classes)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  g_return_if_fail (n_classes >= 1 && n_classes <= TER_MAP_MAX_CLASSES);
  self->scale = scale;
  self->center = center;
  self->method = method;
  self->n_classes = n_classes;
  self->classes_valid = FALSE;
}

void
ter_map_renderer_ensure_classes (TerMapRenderer *self)
{
  if (self->classes_valid)
    return;
  ter_map_classes_compute (&self->classes, self->values, ter_geo_layer_get_n_regions (self->layer),
                           self->scale, self->center, self->method, self->n_classes, &self->style);
  self->classes_valid = TRUE;
}

/**
 * ter_map_renderer_get_classes:
 * @self: a renderer
 *
 * Returns: (transfer none): the classes of the current values
 */
const TerMapClasses *
ter_map_renderer_get_classes (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), NULL);
  ter_map_renderer_ensure_classes (self);
  return &self->classes;
}

int
ter_map_renderer_get_class (TerMapRenderer *self,
                            guint           region)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), -1);
  g_return_val_if_fail (region < ter_geo_layer_get_n_regions (self->layer), -1);
  ter_map_renderer_ensure_classes (self);
  return ter_map_classes_find (&self->classes, self->values[region]);
}

void
ter_map_renderer_set_mode (TerMapRenderer *self,
                           TerMapMode      mode)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->mode = mode;
}

TerMapMode
ter_map_renderer_get_mode (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), TER_MAP_MODE_VALUES);
  return self->mode;
}

/**
 * ter_map_renderer_set_category:
 * @self: a renderer
 * @key: a region's key
 * @category: its category (territory) index, or -1 for none
 */
void
ter_map_renderer_set_category (TerMapRenderer *self,
                               const char     *key,
                               int             category)
{
  int index;

  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  index = ter_geo_layer_find (self->layer, key);
  if (index >= 0)
    self->categories[index] = category;
}

void
ter_map_renderer_set_category_name (TerMapRenderer *self,
                                    guint           category,
                                    const char     *name)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  while (self->category_names->len <= category)
    g_ptr_array_add (self->category_names, NULL);
  g_free (g_ptr_array_index (self->category_names, category));
  g_ptr_array_index (self->category_names, category) = g_strdup (name);
}

/**
 * ter_map_renderer_get_fill:
 * @self: a renderer
 * @region: a region index
 * @color: (out): the colour the region is filled with; regions without
 *   data get the "no data" grey, never the lowest class
 */
void
ter_map_renderer_get_fill (TerMapRenderer *self,
                           guint           region,
                           TerChartColor  *color)
{
  int index;

  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  if (self->mode == TER_MAP_MODE_CATEGORIES)
    {
      if (self->categories[region] >= 0)
        {
          ter_chart_style_get_palette_color (&self->style, self->categories[region], color);
          return;
        }
    }
  else if ((index = ter_map_renderer_get_class (self, region)) >= 0)
    {
      *color = self->classes.colors[index];
      return;
    }
  ter_chart_color_mix (&self->style.background, &self->style.foreground, 0.10, color);
}

void
ter_map_renderer_update_view (TerMapRenderer *self)
{
  ter_projection_set_transform (self->view, self->fit_scale * self->zoom * TER_MAP_PATH_SCALE,
                                self->fit_x * self->zoom + self->pan_x,
                                self->fit_y * self->zoom + self->pan_y);
}

static void
place_sea_inset (TerMapRenderer *self)
{
  double *b = self->sea_bounds, w, h, scale;

  h = MIN (self->height * 0.32, 260.0);
  w = h * (b[2] - b[0]) / (b[3] - b[1]);
  if (w > self->width * 0.22)
    {
      w = self->width * 0.22;
      h = w * (b[3] - b[1]) / (b[2] - b[0]);
    }
  self->inset_rect[0] = self->width - TER_MAP_MARGIN / 2 - w;
  self->inset_rect[1] = self->height - TER_MAP_MARGIN / 2 - h;
  self->inset_rect[2] = w;
  self->inset_rect[3] = h;
  scale = w / (b[2] - b[0]);
  ter_projection_set_transform (self->inset_view, scale * TER_MAP_PATH_SCALE,
                                self->inset_rect[0] - scale * b[0],
                                self->inset_rect[1] - scale * b[1]);
}

/**
 * ter_map_renderer_set_size:
 * @self: a renderer
 * @width: width in device units
 * @height: height
 *
 * Fits the map to the size and resets zoom and pan.
 */
void
ter_map_renderer_set_size (TerMapRenderer *self,
                           double          width,
                           double          height)
{
  double *b = self->fit_bounds;
  double w = MAX (width - 2 * TER_MAP_MARGIN, 1.0), h = MAX (height - 2 * TER_MAP_MARGIN, 1.0);

  g_return_if_fail (TER_IS_MAP_RENDERER (self));

  self->width = width;
  self->height = height;
  /* Leave room on the right for the South China Sea inset. */
  if (self->sea_inset)
    {
      place_sea_inset (self);
      w = MAX (w - self->inset_rect[2] * 0.35, 1.0);
    }
  self->fit_scale = MIN (w / (b[2] - b[0]), h / (b[3] - b[1]));
  self->fit_x = TER_MAP_MARGIN + w / 2 - self->fit_scale * (b[0] + b[2]) / 2;
  self->fit_y = TER_MAP_MARGIN + h / 2 - self->fit_scale * (b[1] + b[3]) / 2;
  ter_map_renderer_reset_view (self);
}

void
ter_map_renderer_reset_view (TerMapRenderer *self)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0.0;
  ter_map_renderer_update_view (self);
}

/**
 * ter_map_renderer_zoom_at:
 * @self: a renderer
 * @factor: how much to zoom in (above 1) or out
 * @x: device x that stays in place
 * @y: device y that stays in place
 */
void
ter_map_renderer_zoom_at (TerMapRenderer *self,
                          double          factor,
                          double          x,
                          double          y)
{
  double zoom;

  g_return_if_fail (TER_IS_MAP_RENDERER (self));

  zoom = CLAMP (self->zoom * factor, 0.5, 200.0);
  factor = zoom / self->zoom;
  self->pan_x = x - factor * (x - self->pan_x);
  self->pan_y = y - factor * (y - self->pan_y);
  self->zoom = zoom;
  ter_map_renderer_update_view (self);
}

void
ter_map_renderer_pan (TerMapRenderer *self,
                      double          dx,
                      double          dy)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->pan_x += dx;
  self->pan_y += dy;
  ter_map_renderer_update_view (self);
}

double
ter_map_renderer_get_zoom (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), 1.0);
  return self->zoom;
}

/**
 * ter_map_renderer_get_transform:
 * @self: a renderer
 * @scale: (out): device units per unit of the projection plane
 * @x_offset: (out): device x of the plane's origin
 * @y_offset: (out): device y of the plane's origin
 *
 * The current view, so a cached picture can be moved along with it.
 */
void
ter_map_renderer_get_transform (TerMapRenderer *self,
                                double         *scale,
                                double         *x_offset,
                                double         *y_offset)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  ter_projection_get_transform (self->view, scale, x_offset, y_offset);
}

gboolean
ter_map_renderer_inset_visible (TerMapRenderer *self)
{
  return self->sea_inset && self->zoom < TER_MAP_INSET_MAX_ZOOM;
}

/**
 * ter_map_renderer_project:
 * @self: a renderer
 * @lon: longitude
 * @lat: latitude
 * @x: (out): device x in the current view
 * @y: (out): device y
 *
 * Returns: %TRUE if the position is on the map
 */
gboolean
ter_map_renderer_project (TerMapRenderer *self,
                          double          lon,
                          double          lat,
                          double         *x,
                          double         *y)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  return ter_projection_forward (self->view, lon, lat, x, y);
}

/**
 * ter_map_renderer_hit_test:
 * @self: a renderer
 * @x: device x
 * @y: device y
 *
 * Tests against the boundaries as drawn: the inset where it is shown, and
 * the level of detail of the current zoom.
 *
 * Returns: the region under the point, or -1
 */
int
ter_map_renderer_hit_test (TerMapRenderer *self,
                           double          x,
                           double          y)
{
  const TerProjection *projection = self->view;
  double lon, lat, *r = self->inset_rect;
  gboolean coarse;
  int index;

  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), -1);

  if (ter_map_renderer_inset_visible (self)
      && x >= r[0] && x <= r[0] + r[2] && y >= r[1] && y <= r[1] + r[3])
    projection = self->inset_view;
  if (!ter_projection_inverse (projection, x, y, &lon, &lat))
    return -1;
  coarse = self->coarse != NULL && self->zoom < TER_MAP_DETAIL_ZOOM && projection == self->view;
  if (!coarse)
    return ter_geo_layer_hit_test (self->layer, lon, lat);
  index = ter_geo_layer_hit_test (self->coarse, lon, lat);
  if (index < 0)
    return -1;
  return ter_geo_layer_find (self->layer, ter_geo_layer_get_region (self->coarse, index)->key);
}

/**
 * ter_map_renderer_legend_contains:
 * @self: a renderer
 * @x: device x
 * @y: device y
 *
 * Returns: %TRUE if the point is on the legend as last drawn
 */
gboolean
ter_map_renderer_legend_contains (TerMapRenderer *self,
                                  double          x,
                                  double          y)
{
  const double *b;

  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  b = self->legend_box;
  return b[2] > 0 && x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3];
}

TerMapClassMethod
ter_map_renderer_get_method (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), TER_MAP_CLASSES_QUANTILE);
  return self->method;
}

void
ter_map_renderer_set_hover (TerMapRenderer *self,
                            int             region)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->hover = region;
}

int
ter_map_renderer_get_hover (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), -1);
  return self->hover;
}

static void
union_rect (double       *rect,
            const double *add)
{
  if (add[2] <= 0 || add[3] <= 0)
    return;
  if (rect[2] <= 0 || rect[3] <= 0)
    {
      memcpy (rect, add, sizeof (double) * 4);
      return;
    }
  {
    double x0 = MIN (rect[0], add[0]), y0 = MIN (rect[1], add[1]);
    double x1 = MAX (rect[0] + rect[2], add[0] + add[2]), y1 = MAX (rect[1] + rect[3], add[1] + add[3]);

    rect[0] = x0;
    rect[1] = y0;
    rect[2] = x1 - x0;
    rect[3] = y1 - y0;
  }
}

/**
 * ter_map_renderer_get_region_bounds:
 * @self: a renderer
 * @region: a region index
 * @rect: (out caller-allocates) (array fixed-size=4): x, y, width and
 *   height in device units of the current view, with room for the
 *   overlay's lines
 */
void
ter_map_renderer_get_region_bounds (TerMapRenderer *self,
                                    guint           region,
                                    double         *rect)
{
  const double *b;
  double scale, x, y, k, margin = 4.0;

  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  g_return_if_fail (region < ter_geo_layer_get_n_regions (self->layer));
  b = self->unit_bounds + region * 4;
  ter_projection_get_transform (self->view, &scale, &x, &y);
  k = scale / TER_MAP_PATH_SCALE;
  rect[0] = floor (x + b[0] * k - margin);
  rect[1] = floor (y + b[1] * k - margin);
  rect[2] = ceil ((b[2] - b[0]) * k + 2 * margin + 1);
  rect[3] = ceil ((b[3] - b[1]) * k + 2 * margin + 1);
}

/**
 * ter_map_renderer_get_overlay_bounds:
 * @self: a renderer
 * @rect: (out caller-allocates) (array fixed-size=4): the area the overlay
 *   draws in (hover, focus and selection); width 0 when it draws nothing
 *
 * A widget gives the overlay only this area, so a hover repaints the old
 * and the new region and nothing else.
 */
void
ter_map_renderer_get_overlay_bounds (TerMapRenderer *self,
                                     double         *rect)
{
  guint n;
  double region[4];

  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  n = ter_geo_layer_get_n_regions (self->layer);
  rect[0] = rect[1] = rect[2] = rect[3] = 0.0;
  for (guint r = 0; r < n; r++)
    if (self->selected[r] || (int) r == self->hover || (int) r == self->focus)
      {
        ter_map_renderer_get_region_bounds (self, r, region);
        union_rect (rect, region);
      }
}

/**
 * ter_map_renderer_set_focus:
 * @self: a renderer
 * @region: the region the keyboard is on, or -1
 *
 * The overlay outlines it with a dashed line.
 */
void
ter_map_renderer_set_focus (TerMapRenderer *self,
                            int             region)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  self->focus = region;
}

int
ter_map_renderer_get_focus (TerMapRenderer *self)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), -1);
  return self->focus;
}

void
ter_map_renderer_set_selected (TerMapRenderer *self,
                               guint           region,
                               gboolean        selected)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  g_return_if_fail (region < ter_geo_layer_get_n_regions (self->layer));
  self->selected[region] = !!selected;
}

gboolean
ter_map_renderer_get_selected (TerMapRenderer *self,
                               guint           region)
{
  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (region < ter_geo_layer_get_n_regions (self->layer), FALSE);
  return self->selected[region];
}

void
ter_map_renderer_clear_selection (TerMapRenderer *self)
{
  g_return_if_fail (TER_IS_MAP_RENDERER (self));
  memset (self->selected, 0, sizeof (gboolean) * ter_geo_layer_get_n_regions (self->layer));
}

/* Appends the region's path, at the level of detail of the current zoom,
 * in device coordinates of the current view. */
void
ter_map_renderer_append_region (TerMapRenderer *self,
                                cairo_t        *cr,
                                guint           region)
{
  cairo_path_t *path = self->paths[region];
  double scale, x_offset, y_offset;

  if (self->zoom < TER_MAP_DETAIL_ZOOM && self->coarse_paths[region] != NULL)
    path = self->coarse_paths[region];
  ter_projection_get_transform (self->view, &scale, &x_offset, &y_offset);
  cairo_save (cr);
  cairo_translate (cr, x_offset, y_offset);
  cairo_scale (cr, scale / TER_MAP_PATH_SCALE, scale / TER_MAP_PATH_SCALE);
  cairo_append_path (cr, path);
  cairo_restore (cr);
}
