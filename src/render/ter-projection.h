/* ter-projection.h - map projections fitted to a rectangle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ter-geo.h"

G_BEGIN_DECLS

/**
 * TerProjectionKind:
 * @TER_PROJECTION_ALBERS: Albers equal-area conic
 * @TER_PROJECTION_ALBERS_USA: Albers for the lower 48 states with Alaska
 *   (at 0.35 scale) and Hawaii moved into insets below the south-west
 * @TER_PROJECTION_EQUAL_EARTH: the Equal Earth projection of the world
 */
typedef enum {
  TER_PROJECTION_ALBERS,
  TER_PROJECTION_ALBERS_USA,
  TER_PROJECTION_EQUAL_EARTH,
} TerProjectionKind;

typedef struct _TerProjection TerProjection;

#define TER_TYPE_PROJECTION (ter_projection_get_type ())
GType              ter_projection_get_type    (void) G_GNUC_CONST;

TerProjection     *ter_projection_new_albers  (double               lon0,
                                               double               lat0,
                                               double               parallel1,
                                               double               parallel2);
TerProjection     *ter_projection_new_albers_usa (void);
TerProjection     *ter_projection_new_equal_earth (double            lon0);
TerProjection     *ter_projection_new_for_map (TerGeoMap            map);
TerProjection     *ter_projection_copy        (const TerProjection *self);
void               ter_projection_free        (TerProjection       *self);
TerProjectionKind  ter_projection_get_kind    (const TerProjection *self);

void               ter_projection_fit         (TerProjection       *self,
                                               TerGeoLayer         *layer,
                                               double               x,
                                               double               y,
                                               double               width,
                                               double               height);
void               ter_projection_set_transform (TerProjection     *self,
                                               double               scale,
                                               double               x_offset,
                                               double               y_offset);
void               ter_projection_get_transform (const TerProjection *self,
                                               double              *scale,
                                               double              *x_offset,
                                               double              *y_offset);
gboolean           ter_projection_forward     (const TerProjection *self,
                                               double               lon,
                                               double               lat,
                                               double              *x,
                                               double              *y);
gboolean           ter_projection_inverse     (const TerProjection *self,
                                               double               x,
                                               double               y,
                                               double              *lon,
                                               double              *lat);
guint              ter_projection_get_n_insets (const TerProjection *self);
void               ter_projection_get_inset_frame (const TerProjection *self,
                                               guint                inset,
                                               double              *x,
                                               double              *y,
                                               double              *width,
                                               double              *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerProjection, ter_projection_free)

G_END_DECLS
