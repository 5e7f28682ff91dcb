/* ter-chart-ticks.c - "nice" axis ticks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Heckbert's "nice numbers" extended with 2.5: every candidate step
 * m × 10^k (m ∈ {1, 2, 2.5, 5}) near the raw step is tried, the range is
 * snapped outwards to multiples of the step, and the candidate whose tick
 * count is closest to the target wins (ties go to the less wasteful and
 * then to the "rounder" mantissa).
 */

#define G_LOG_DOMAIN "ter-chart-ticks"

#include <float.h>
#include <math.h>

#include "ter-chart-ticks.h"

static const double mantissas[] = { 1.0, 2.0, 2.5, 5.0 };

/* Largest magnitude we handle; beyond that the step would overflow. */
#define MAX_MAGNITUDE 1e307

static double
clamp_finite (double v)
{
  if (isnan (v))
    return 0.0;
  return CLAMP (v, -MAX_MAGNITUDE, MAX_MAGNITUDE);
}

/* Rounding noise must not add a tick: 4.0000000001 steps are 4. */
static double
snap (double q)
{
  double r = nearbyint (q);

  return fabs (q - r) < 1e-9 * MAX (1.0, fabs (r)) ? r : q;
}

static void
widen_degenerate (double *min,
                  double *max)
{
  double mag = MAX (fabs (*min), fabs (*max));
  double span = *max - *min;

  /* A span below what a double can resolve at this magnitude is a single
   * value: give it a range around itself. */
  if (span > mag * 1e-12 && span > DBL_MIN * 1e6)
    return;

  if (mag == 0.0 || mag < DBL_MIN * 1e6)
    {
      *min = 0.0;
      *max = 1.0;
    }
  else
    {
      double c = (*min + *max) / 2.0;
      double half = mag * 0.1;

      *min = c - half;
      *max = c + half;
    }
}

static int
precision_for_step (double step)
{
  int precision = 0;

  /* 2.5 × 10^k needs one more digit than 10^k. */
  for (double s = step; precision < 20; precision++, s *= 10.0)
    {
      if (fabs (s - nearbyint (s)) < 1e-9 * MAX (1.0, fabs (s)))
        break;
    }

  return precision;
}

/**
 * ter_chart_ticks_compute:
 * @ticks: (out caller-allocates): the result
 * @min: smallest data value
 * @max: largest data value
 * @target_count: wanted number of ticks, at least 2
 * @flags: #TerChartTicksFlags
 *
 * Picks ticks covering [@min, @max] with a step of 1, 2, 2.5 or 5 × 10^n
 * and a count close to @target_count. Handles @min > @max (swapped),
 * @min == @max (widened), non-finite input (clamped or ignored) and ranges
 * from 1e-300 to 1e307.
 */
void
ter_chart_ticks_compute (TerChartTicks      *ticks,
                         double              min,
                         double              max,
                         guint               target_count,
                         TerChartTicksFlags  flags)
{
  double best_score = INFINITY;
  double raw;
  double span;
  int base;

  g_return_if_fail (ticks != NULL);

  if (isnan (min) && isnan (max))
    min = max = 0.0;
  else if (isnan (min))
    min = max;
  else if (isnan (max))
    max = min;

  min = clamp_finite (min);
  max = clamp_finite (max);
  if (min > max)
    {
      double tmp = min;
      min = max;
      max = tmp;
    }

  if (flags & TER_CHART_TICKS_INCLUDE_ZERO)
    {
      min = MIN (min, 0.0);
      max = MAX (max, 0.0);
    }

  widen_degenerate (&min, &max);
  if ((flags & TER_CHART_TICKS_INTEGER) && max - min < 1.0)
    max = min + 1.0;

  target_count = CLAMP (target_count, 2, TER_CHART_TICKS_MAX - 1);
  span = max / 2.0 - min / 2.0;   /* halved: max - min may overflow */
  raw = 2.0 * span / (target_count - 1);
  base = (int) floor (log10 (raw));

  ticks->min = min;
  ticks->max = max;
  ticks->step = 0;
  ticks->n_ticks = 0;

  for (int k = base - 1; k <= base + 1; k++)
    {
      for (guint m = 0; m < G_N_ELEMENTS (mantissas); m++)
        {
          double step = mantissas[m] * pow (10.0, k);
          double lo, hi, n, score, waste;

          if (!isfinite (step) || step <= 0.0)
            continue;
          if ((flags & TER_CHART_TICKS_INTEGER) && (step < 1.0 || (mantissas[m] == 2.5 && k == 0)))
            continue;

          lo = floor (snap (min / step)) * step;
          hi = ceil (snap (max / step)) * step;
          if (!isfinite (lo) || !isfinite (hi))
            continue;

          n = nearbyint (hi / step - lo / step) + 1;
          if (n < 2 || n > TER_CHART_TICKS_MAX)
            continue;

          /* How much of the axis holds no data, 0..1. */
          waste = 1.0 - (max / 2.0 - min / 2.0) / (hi / 2.0 - lo / 2.0);
          score = fabs (n - target_count) + waste * 0.9 + (m == 2 ? 0.35 : 0.0) + (m == 0 ? 0.0 : 0.05);

          if (score < best_score)
            {
              best_score = score;
              ticks->min = lo;
              ticks->max = hi;
              ticks->step = step;
              ticks->n_ticks = (guint) n;
            }
        }
    }

  if (ticks->n_ticks == 0)
    {
      /* Cannot happen with finite input; stay safe anyway. */
      ticks->min = min;
      ticks->max = max;
      ticks->step = max - min;
      ticks->n_ticks = 2;
    }

  /* Avoid "-0" */
  if (ticks->min == 0.0)
    ticks->min = 0.0;
  if (ticks->max == 0.0)
    ticks->max = 0.0;

  ticks->precision = precision_for_step (ticks->step);
}

/**
 * ter_chart_ticks_get:
 *
 * Returns: tick number @index, computed from the first tick so that errors
 *   do not accumulate; values within rounding noise of zero are zero
 */
double
ter_chart_ticks_get (const TerChartTicks *ticks,
                     guint                index)
{
  double v;

  g_return_val_if_fail (ticks != NULL, 0.0);

  if (index + 1 >= ticks->n_ticks)
    return index + 1 == ticks->n_ticks ? ticks->max : NAN;

  v = ticks->min + index * ticks->step;
  if (fabs (v) < ticks->step * 1e-9)
    v = 0.0;

  return v;
}

/**
 * ter_chart_ticks_is_nice_step:
 *
 * Returns: whether @step is 1, 2, 2.5 or 5 × 10^n (up to rounding)
 */
gboolean
ter_chart_ticks_is_nice_step (double step)
{
  double e, m;

  if (!isfinite (step) || step <= 0.0)
    return FALSE;

  e = floor (log10 (step));
  m = step / pow (10.0, e);
  /* log10 rounding can leave m at 9.99999 or 0.99999... */
  if (m >= 9.999999)
    m /= 10.0;
  if (m < 0.9999999)
    m *= 10.0;

  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (fabs (m - mantissas[i]) < 1e-6)
      return TRUE;

  return FALSE;
}
