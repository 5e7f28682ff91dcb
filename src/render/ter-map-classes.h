/* ter-map-classes.h - class breaks and colours of choropleth maps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ter-chart-style.h"

G_BEGIN_DECLS

#define TER_MAP_MAX_CLASSES 7

/**
 * TerMapScale:
 * @TER_MAP_SCALE_SEQUENTIAL: amounts, light (low) to dark (high)
 * @TER_MAP_SCALE_DIVERGING: distance from a centre such as 100% attainment
 *   or 0% growth, the middle class neutral
 */
typedef enum {
  TER_MAP_SCALE_SEQUENTIAL,
  TER_MAP_SCALE_DIVERGING,
} TerMapScale;

/**
 * TerMapClassMethod:
 * @TER_MAP_CLASSES_QUANTILE: each class holds about as many regions
 * @TER_MAP_CLASSES_JENKS: natural breaks, minimising the spread in classes
 * @TER_MAP_CLASSES_EQUAL: classes of equal width from the lowest value to
 *   the highest
 */
typedef enum {
  TER_MAP_CLASSES_QUANTILE,
  TER_MAP_CLASSES_JENKS,
  TER_MAP_CLASSES_EQUAL,
} TerMapClassMethod;

/**
 * TerMapClasses:
 * @scale: sequential or diverging
 * @center: centre of a diverging scale
 * @n_classes: number of classes, 0 when no region has a value
 * @lower: lowest value of each class
 * @upper: highest value of each class
 * @colors: fill of each class
 *
 * A value belongs to the first class whose @upper is not below it.
 */
typedef struct {
  TerMapScale   scale;
  double        center;
  guint         n_classes;
  double        lower[TER_MAP_MAX_CLASSES];
  double        upper[TER_MAP_MAX_CLASSES];
  TerChartColor colors[TER_MAP_MAX_CLASSES];
} TerMapClasses;

void ter_map_classes_compute (TerMapClasses       *classes,
                              const double        *values,
                              guint                n_values,
                              TerMapScale          scale,
                              double               center,
                              TerMapClassMethod    method,
                              guint                n_classes,
                              const TerChartStyle *style);
int  ter_map_classes_find    (const TerMapClasses *classes,
                              double               value);
/* "Quantiles", "Natural breaks", "Equal intervals", translated. */
const char *ter_map_class_method_label (TerMapClassMethod method);
guint ter_map_breaks         (const double        *sorted,
                              guint                n,
                              guint                k,
                              TerMapClassMethod    method,
                              double              *upper);

G_END_DECLS
