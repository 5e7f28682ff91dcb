/* ter-map-render-private.h - state shared by the map renderer's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ter-map-render.h"

G_BEGIN_DECLS

/* Below this zoom the coarse boundaries look the same as the detailed. */
#define TER_MAP_DETAIL_ZOOM 2.5
/* The South China Sea inset belongs to the whole-country view. */
#define TER_MAP_INSET_MAX_ZOOM 1.5
#define TER_MAP_MARGIN 16.0
/* Cairo keeps paths in 24.8 fixed point: the projection plane is scaled up
 * so cached paths keep their precision when zoomed in. */
#define TER_MAP_PATH_SCALE 65536.0

struct _TerMapRenderer
{
  GObject             parent_instance;

  TerGeoLayer        *layer;
  TerGeoLayer        *coarse;
  TerGeoLayer        *context;
  TerProjection      *projection;
  TerProjection      *view;
  TerProjection      *inset_view;
  gboolean            sea_inset;

  /* Paths in the projection plane (y down), one per region of @layer. */
  cairo_path_t      **paths;
  cairo_path_t      **coarse_paths;
  cairo_path_t      **context_paths;
  double             *unit_bounds;
  double              fit_bounds[4];
  double              sea_bounds[4];

  double             *values;
  int                *categories;
  gboolean           *selected;
  GPtrArray          *category_names;
  TerMapMode          mode;
  TerMapScale         scale;
  double              center;
  TerMapClassMethod   method;
  guint               n_classes;
  TerMapClasses       classes;
  gboolean            classes_valid;

  TerChartStyle       style;
  gboolean            chinese;
  gboolean            show_labels;
  gboolean            show_legend;
  char               *title;
  TerChartFormatFunc  format;
  gpointer            format_data;
  GDestroyNotify      format_destroy;

  double              width;
  double              height;
  double              fit_scale;
  double              fit_x;
  double              fit_y;
  double              zoom;
  double              pan_x;
  double              pan_y;
  double              inset_rect[4];
  int                 hover;
  int                 focus;
  double              legend_box[4];
  char              **labels;          /* per region, overriding its names */  /* as last drawn; empty when none */
};

void     ter_map_renderer_update_view   (TerMapRenderer *self);
gboolean ter_map_renderer_inset_visible (TerMapRenderer *self);
void     ter_map_renderer_ensure_classes (TerMapRenderer *self);
void     ter_map_renderer_append_region (TerMapRenderer *self,
                                         cairo_t        *cr,
                                         guint           region);

G_END_DECLS
