/* ter-map-page-private.h: what the Map page's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-map-assign.h"
#include "ter-map-balance.h"
#include "ter-map-layer.h"
#include "ter-map-metrics.h"
#include "ter-map-page.h"

G_BEGIN_DECLS

/* The map list: the shipped maps, then the user's layers. */
#define N_SHIPPED_MAPS 3

struct _TerMapPage
{
  GtkWidget       parent_instance;

  TerContext     *context;
  GCancellable   *cancellable;
  GtkDropDown    *map_choice;
  GtkDropDown    *metric_choice;
  GtkLabel       *selection_label;
  TerMapView     *view;
  TerMapBalance  *balance;
  TerMapAssign   *assign;
  GtkToggleButton *paint;
  AdwFlap        *flap;
  TerMapRenderer *renderers[N_SHIPPED_MAPS];
  GtkStringList  *map_names;
  char           *layer_dir;
  GPtrArray      *layers;          /* TerMapLayerInfo */
  GPtrArray      *layer_renderers; /* TerMapRenderer, or NULL until shown */
  GPtrArray      *layer_matches;   /* GHashTable feature key → region code */
  GArray         *metrics;      /* TerRegionMetrics */
  GHashTable     *rep_names;    /* rep id → name */
  char           *currency;
  gboolean        loaded;
  TerMapClassMethod method;
};

void             ter_map_page_setup_renderer        (TerMapPage     *self,
                                                     TerMapRenderer *renderer);

/* ter-map-page-layers.c */
TerMapRenderer  *ter_map_page_layer_renderer        (TerMapPage     *self,
                                                     guint           index);
void             ter_map_page_load_layers           (TerMapPage     *self);
TerMapLayerInfo *ter_map_page_current_layer         (TerMapPage     *self);
void             ter_map_page_add_layer_action      (GtkWidget      *widget,
                                                     const char     *action,
                                                     GVariant       *parameter);
void             ter_map_page_remove_layer_action   (GtkWidget      *widget,
                                                     const char     *action,
                                                     GVariant       *parameter);

/* ter-map-page-export.c */
void             ter_map_page_export_action         (GtkWidget      *widget,
                                                     const char     *action,
                                                     GVariant       *parameter);

G_END_DECLS
