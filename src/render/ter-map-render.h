/* ter-map-render.h - choropleth and territory maps on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ter-chart-format.h"
#include "ter-chart-render.h"
#include "ter-chart-style.h"
#include "ter-geo.h"
#include "ter-map-classes.h"
#include "ter-projection.h"

G_BEGIN_DECLS

/**
 * TerMapMode:
 * @TER_MAP_MODE_VALUES: a choropleth of one value per region
 * @TER_MAP_MODE_CATEGORIES: one colour per category (territory)
 */
typedef enum {
  TER_MAP_MODE_VALUES,
  TER_MAP_MODE_CATEGORIES,
} TerMapMode;

#define TER_TYPE_MAP_RENDERER (ter_map_renderer_get_type ())

G_DECLARE_FINAL_TYPE (TerMapRenderer, ter_map_renderer, TER, MAP_RENDERER, GObject)

TerMapRenderer     *ter_map_renderer_new            (TerGeoMap            map,
                                                     GError             **error);
TerMapRenderer     *ter_map_renderer_new_for_layer  (TerGeoLayer         *layer,
                                                     TerGeoLayer         *coarse,
                                                     TerProjection       *projection);
TerGeoLayer        *ter_map_renderer_get_layer      (TerMapRenderer      *self);
void                ter_map_renderer_set_style      (TerMapRenderer      *self,
                                                     const TerChartStyle *style);
void                ter_map_renderer_set_chinese    (TerMapRenderer      *self,
                                                     gboolean             chinese);
gboolean            ter_map_renderer_get_chinese    (TerMapRenderer      *self);
void                ter_map_renderer_set_label      (TerMapRenderer      *self,
                                                     const char          *key,
                                                     const char          *label);
const char         *ter_map_renderer_get_label      (TerMapRenderer      *self,
                                                     guint                region,
                                                     gboolean             short_form);
void                ter_map_renderer_set_show_labels (TerMapRenderer     *self,
                                                     gboolean             show);
void                ter_map_renderer_set_show_legend (TerMapRenderer     *self,
                                                     gboolean             show);
void                ter_map_renderer_set_title      (TerMapRenderer      *self,
                                                     const char          *title);
void                ter_map_renderer_set_format     (TerMapRenderer      *self,
                                                     TerChartFormatFunc   format,
                                                     gpointer             user_data,
                                                     GDestroyNotify       destroy);

void                ter_map_renderer_clear_values   (TerMapRenderer      *self);
gboolean            ter_map_renderer_set_value      (TerMapRenderer      *self,
                                                     const char          *key,
                                                     double               value);
gboolean            ter_map_renderer_get_value      (TerMapRenderer      *self,
                                                     guint                region,
                                                     double              *value);
void                ter_map_renderer_set_scale      (TerMapRenderer      *self,
                                                     TerMapScale          scale,
                                                     double               center,
                                                     TerMapClassMethod    method,
                                                     guint                n_classes);
const TerMapClasses *ter_map_renderer_get_classes   (TerMapRenderer      *self);
TerMapClassMethod   ter_map_renderer_get_method     (TerMapRenderer      *self);
gboolean            ter_map_renderer_legend_contains (TerMapRenderer     *self,
                                                     double               x,
                                                     double               y);
int                 ter_map_renderer_get_class      (TerMapRenderer      *self,
                                                     guint                region);

void                ter_map_renderer_set_mode       (TerMapRenderer      *self,
                                                     TerMapMode           mode);
TerMapMode          ter_map_renderer_get_mode       (TerMapRenderer      *self);
void                ter_map_renderer_set_category   (TerMapRenderer      *self,
                                                     const char          *key,
                                                     int                  category);
void                ter_map_renderer_set_category_name (TerMapRenderer   *self,
                                                     guint                category,
                                                     const char          *name);
void                ter_map_renderer_get_fill       (TerMapRenderer      *self,
                                                     guint                region,
                                                     TerChartColor       *color);

void                ter_map_renderer_set_size       (TerMapRenderer      *self,
                                                     double               width,
                                                     double               height);
void                ter_map_renderer_reset_view     (TerMapRenderer      *self);
void                ter_map_renderer_zoom_at        (TerMapRenderer      *self,
                                                     double               factor,
                                                     double               x,
                                                     double               y);
void                ter_map_renderer_pan            (TerMapRenderer      *self,
                                                     double               dx,
                                                     double               dy);
double              ter_map_renderer_get_zoom       (TerMapRenderer      *self);
void                ter_map_renderer_get_transform  (TerMapRenderer      *self,
                                                     double              *scale,
                                                     double              *x_offset,
                                                     double              *y_offset);
gboolean            ter_map_renderer_project        (TerMapRenderer      *self,
                                                     double               lon,
                                                     double               lat,
                                                     double              *x,
                                                     double              *y);
int                 ter_map_renderer_hit_test       (TerMapRenderer      *self,
                                                     double               x,
                                                     double               y);

void                ter_map_renderer_set_hover      (TerMapRenderer      *self,
                                                     int                  region);
int                 ter_map_renderer_get_hover      (TerMapRenderer      *self);
void                ter_map_renderer_get_region_bounds (TerMapRenderer   *self,
                                                     guint                region,
                                                     double              *rect);
void                ter_map_renderer_get_overlay_bounds (TerMapRenderer  *self,
                                                     double              *rect);
void                ter_map_renderer_set_focus      (TerMapRenderer      *self,
                                                     int                  region);
int                 ter_map_renderer_get_focus      (TerMapRenderer      *self);
void                ter_map_renderer_set_selected   (TerMapRenderer      *self,
                                                     guint                region,
                                                     gboolean             selected);
gboolean            ter_map_renderer_get_selected   (TerMapRenderer      *self,
                                                     guint                region);
void                ter_map_renderer_clear_selection (TerMapRenderer     *self);

void                ter_map_renderer_render_base    (TerMapRenderer      *self,
                                                     cairo_t             *cr);
void                ter_map_renderer_render_overlay (TerMapRenderer      *self,
                                                     cairo_t             *cr);
void                ter_map_renderer_render         (TerMapRenderer      *self,
                                                     cairo_t             *cr);
void                ter_map_renderer_render_naive   (TerMapRenderer      *self,
                                                     cairo_t             *cr);

gboolean            ter_map_renderer_export         (TerMapRenderer      *self,
                                                     const char          *path,
                                                     TerChartFormat       format,
                                                     int                  width,
                                                     int                  height,
                                                     GError             **error);

G_END_DECLS
