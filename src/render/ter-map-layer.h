/* ter-map-layer.h - the user's own GeoJSON layers: their properties, how
 * their features match regions, and where they are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ter-geo.h"
#include "ter-projection.h"

G_BEGIN_DECLS

/**
 * TerMapLayerInfo:
 * @id: file name stem, unique in the folder
 * @name: what the user called the layer
 * @path: the copy of the GeoJSON file
 * @property: the property matched against region codes and names
 */
typedef struct {
  char *id;
  char *name;
  char *path;
  char *property;
} TerMapLayerInfo;

void             ter_map_layer_info_free       (TerMapLayerInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerMapLayerInfo, ter_map_layer_info_free)

/* The properties that hold text or whole numbers in the features, the
 * most common first; a malformed file gives an error naming the place. */
GStrv            ter_map_layer_list_properties (const char      *data,
                                                gssize           length,
                                                GError         **error);

/* Adds a region's code and the names it goes by to `names` (normalised
 * name → code), for ter_map_layer_match(). */
void             ter_map_layer_add_names       (GHashTable      *names,
                                                const char      *code,
                                                const char * const *aliases);
GHashTable      *ter_map_layer_names_new       (void);
/* Feature key → region code for the features whose key is a code or a
 * name in `names`; the keys of the others go to `unmatched`. */
GHashTable      *ter_map_layer_match           (TerGeoLayer     *layer,
                                                GHashTable      *names,
                                                GPtrArray       *unmatched);

/* An equal-area projection that suits where the layer lies. */
TerProjection   *ter_map_layer_projection      (TerGeoLayer     *layer);

/* $XDG_DATA_HOME/territory/layers */
char            *ter_map_layer_default_dir     (void);
/* The layers saved in `dir`, in the order they were added. */
GPtrArray       *ter_map_layer_list            (const char      *dir,
                                                GError         **error);
/* Copies the GeoJSON into `dir` and records it. */
TerMapLayerInfo *ter_map_layer_save            (const char      *dir,
                                                const char      *name,
                                                const char      *data,
                                                gssize           length,
                                                const char      *property,
                                                GError         **error);
gboolean         ter_map_layer_remove          (const char      *dir,
                                                const char      *id,
                                                GError         **error);

G_END_DECLS
