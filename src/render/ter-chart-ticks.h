/* ter-chart-ticks.h - "nice" axis ticks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TerChartTicksFlags:
 * @TER_CHART_TICKS_NONE: no flags
 * @TER_CHART_TICKS_INCLUDE_ZERO: extend the range to contain zero (bars)
 * @TER_CHART_TICKS_INTEGER: only integer steps (counts of deals, visits)
 */
typedef enum {
  TER_CHART_TICKS_NONE         = 0,
  TER_CHART_TICKS_INCLUDE_ZERO = 1 << 0,
  TER_CHART_TICKS_INTEGER      = 1 << 1,
} TerChartTicksFlags;

#define TER_CHART_TICKS_MAX 101

/**
 * TerChartTicks:
 * @min: the first tick, at or below the data minimum
 * @max: the last tick, at or above the data maximum
 * @step: distance between ticks: 1, 2, 2.5 or 5 × 10^n
 * @n_ticks: number of ticks, from @min to @max inclusive
 * @precision: decimals needed to print every tick exactly (0 for integers)
 *
 * Evenly spaced axis ticks. Get tick i with ter_chart_ticks_get().
 */
typedef struct {
  double min;
  double max;
  double step;
  guint  n_ticks;
  int    precision;
} TerChartTicks;

void     ter_chart_ticks_compute (TerChartTicks      *ticks,
                                  double              min,
                                  double              max,
                                  guint               target_count,
                                  TerChartTicksFlags  flags);
double   ter_chart_ticks_get     (const TerChartTicks *ticks,
                                  guint                index);
gboolean ter_chart_ticks_is_nice_step (double step);

G_END_DECLS
