/* ter-map-classes.c - class breaks and colours of choropleth maps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-map-classes"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "ter-map-classes.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static guint
quantile_breaks (const double *sorted,
                 guint         n,
                 guint         k,
                 double       *upper)
{
  guint count = 0;

  for (guint i = 0; i < k; i++)
    {
      guint at = (guint) ceil ((double) (i + 1) * n / k) - 1;
      double value = sorted[MIN (at, n - 1)];

      /* Equal values cannot be split between classes. */
      if (count == 0 || value > upper[count - 1])
        upper[count++] = value;
    }
  return count;
}

/* Fisher–Jenks natural breaks by dynamic programming: cost[j][i] is the
 * least within-class sum of squares of the first i + 1 values in j + 1
 * classes. The region counts are small (a few hundred at most). */
static guint
jenks_breaks (const double *sorted,
              guint         n,
              guint         k,
              double       *upper)
{
  g_autofree double *cost = g_new (double, (gsize) k * n);
  g_autofree guint *start = g_new0 (guint, (gsize) k * n);
  g_autofree double *sum = g_new0 (double, n + 1);
  g_autofree double *sum2 = g_new0 (double, n + 1);
  guint count = 0, end = n - 1;

  for (guint i = 0; i < n; i++)
    {
      sum[i + 1] = sum[i] + sorted[i];
      sum2[i + 1] = sum2[i] + sorted[i] * sorted[i];
    }
#define SSD(a, b) (sum2[(b) + 1] - sum2[a] - (sum[(b) + 1] - sum[a]) * (sum[(b) + 1] - sum[a]) / ((b) - (a) + 1))
  for (guint i = 0; i < n; i++)
    cost[i] = SSD (0, i);
  for (guint j = 1; j < k; j++)
    for (guint i = 0; i < n; i++)
      {
        cost[j * n + i] = cost[(j - 1) * n + i];
        start[j * n + i] = start[(j - 1) * n + i];
        for (guint s = 1; s <= i; s++)
          {
            double c = cost[(j - 1) * n + s - 1] + SSD (s, i);

            if (c < cost[j * n + i])
              {
                cost[j * n + i] = c;
                start[j * n + i] = s;
              }
          }
      }
#undef SSD
  {
    g_autofree double *tops = g_new (double, k);
    guint m = 0, j = k - 1;

    /* Walk back from the last class; classes the optimum left empty end
     * the walk early. */
    for (;;)
      {
        guint s = start[j * n + end];

        tops[m++] = sorted[end];
        if (s == 0 || j == 0)
          break;
        end = s - 1;
        j--;
      }
    while (m-- > 0)
      if (count == 0 || tops[m] > upper[count - 1])
        upper[count++] = tops[m];
  }
  return count;
}

/* Equal widths: easy to read off the legend, though a few large regions
 * can leave the lower classes crowded and the upper ones empty. */
static guint
equal_breaks (const double *sorted,
              guint         n,
              guint         k,
              double       *upper)
{
  double low = sorted[0], high = sorted[n - 1];

  if (high <= low)
    {
      upper[0] = high;
      return 1;
    }
  for (guint i = 0; i + 1 < k; i++)
    upper[i] = low + (high - low) * (i + 1) / k;
  upper[k - 1] = high;
  return k;
}

const char *
ter_map_class_method_label (TerMapClassMethod method)
{
  switch (method)
    {
    case TER_MAP_CLASSES_JENKS:
      return _("Natural breaks");
    case TER_MAP_CLASSES_EQUAL:
      return _("Equal intervals");
    case TER_MAP_CLASSES_QUANTILE:
    default:
      return _("Quantiles");
    }
}

/**
 * ter_map_breaks:
 * @sorted: values in ascending order
 * @n: how many, at least 1
 * @k: classes wanted, at least 1
 * @method: quantiles, natural breaks or equal intervals
 * @upper: (out caller-allocates) (array length=k): the top of each class
 *
 * Returns: the number of classes, fewer than @k when values repeat
 */
guint
ter_map_breaks (const double      *sorted,
                guint              n,
                guint              k,
                TerMapClassMethod  method,
                double            *upper)
{
  g_return_val_if_fail (n > 0 && k > 0, 0);

  if (method == TER_MAP_CLASSES_EQUAL)
    return equal_breaks (sorted, n, k, upper);
  k = MIN (k, n);
  if (method == TER_MAP_CLASSES_JENKS)
    return jenks_breaks (sorted, n, k, upper);
  return quantile_breaks (sorted, n, k, upper);
}

static void
compute_sequential (TerMapClasses       *classes,
                    const double        *sorted,
                    guint                n,
                    TerMapClassMethod    method,
                    guint                k,
                    const TerChartStyle *style)
{
  classes->n_classes = ter_map_breaks (sorted, n, k, method, classes->upper);
  for (guint i = 0; i < classes->n_classes; i++)
    {
      double t = classes->n_classes > 1 ? (double) i / (classes->n_classes - 1) : 1.0;

      classes->lower[i] = i == 0 ? sorted[0] : classes->upper[i - 1];
      ter_chart_style_sample_sequential (style, t, &classes->colors[i]);
    }
}

/* Diverging classes are symmetric distances from the centre: the middle
 * class is "about on target", each step outwards is further off, and a
 * colour means the same distance above or below. */
static void
compute_diverging (TerMapClasses       *classes,
                   const double        *values,
                   guint                n,
                   TerMapClassMethod    method,
                   guint                k,
                   const TerChartStyle *style)
{
  g_autofree double *distance = g_new (double, n);
  double steps[TER_MAP_MAX_CLASSES];
  guint side, n_steps;

  for (guint i = 0; i < n; i++)
    distance[i] = fabs (values[i] - classes->center);
  qsort (distance, n, sizeof (double), compare_doubles);
  side = MAX (1, (k - 1) / 2);
  n_steps = ter_map_breaks (distance, n, side + 1, method, steps);
  /* The last step is open-ended; the others bound the inner classes. */
  side = n_steps - 1;
  classes->n_classes = side * 2 + 1;
  for (guint s = 0; s <= side; s++)
    {
      double inner = s == 0 ? 0.0 : steps[s - 1];
      double outer = s == side ? steps[side] : steps[s];
      guint below = side - s, above = side + s;
      double t = side > 0 ? (double) s / side : 0.0;

      classes->lower[below] = classes->center - outer;
      classes->upper[below] = classes->center - inner;
      classes->lower[above] = classes->center + inner;
      classes->upper[above] = classes->center + outer;
      ter_chart_style_sample_diverging (style, -t, &classes->colors[below]);
      ter_chart_style_sample_diverging (style, t, &classes->colors[above]);
    }
  if (side > 0)
    classes->lower[side] = classes->center - steps[0];
  else
    classes->lower[0] = classes->center - steps[0];
  /* The outermost classes end at the real extremes: growth never goes
   * below −100% just because the other side reaches +116%. */
  if (values[0] < classes->upper[0])
    classes->lower[0] = MAX (classes->lower[0], values[0]);
  if (values[n - 1] > classes->lower[classes->n_classes - 1])
    classes->upper[classes->n_classes - 1] = MIN (classes->upper[classes->n_classes - 1], values[n - 1]);
}

/* A class as light as the page would make its land vanish (the neutral
 * middle of a diverging scale is nearly white): it is nudged towards the
 * text colour until it stands out. */
static void
keep_visible (TerMapClasses       *classes,
              const TerChartStyle *style)
{
  double background = ter_chart_color_luminance (&style->background);

  for (guint i = 0; i < classes->n_classes; i++)
    {
      double fill = ter_chart_color_luminance (&classes->colors[i]);

      /* WCAG contrast ratio between the fill and the page. */
      if ((MAX (fill, background) + 0.05) / (MIN (fill, background) + 0.05) >= 1.25)
        continue;
      {
        TerChartColor nudged;

        ter_chart_color_mix (&classes->colors[i], &style->foreground, 0.12, &nudged);
        classes->colors[i] = nudged;
      }
    }
}

/**
 * ter_map_classes_compute:
 * @classes: (out caller-allocates): the result
 * @values: values of the regions that have one; NaN entries are ignored
 * @n_values: number of entries in @values
 * @scale: sequential or diverging
 * @center: the centre of a diverging scale (1.0 for attainment, 0 for growth)
 * @method: quantiles or natural breaks
 * @n_classes: classes wanted (odd for diverging scales), at most
 *   %TER_MAP_MAX_CLASSES
 * @style: supplies the colour ramps
 */
void
ter_map_classes_compute (TerMapClasses       *classes,
                         const double        *values,
                         guint                n_values,
                         TerMapScale          scale,
                         double               center,
                         TerMapClassMethod    method,
                         guint                n_classes,
                         const TerChartStyle *style)
{
  g_autofree double *sorted = g_new (double, MAX (n_values, 1));
  guint n = 0;

  g_return_if_fail (n_classes >= 1 && n_classes <= TER_MAP_MAX_CLASSES);

  *classes = (TerMapClasses) { .scale = scale, .center = center };
  for (guint i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      sorted[n++] = values[i];
  if (n == 0)
    return;
  qsort (sorted, n, sizeof (double), compare_doubles);
  if (scale == TER_MAP_SCALE_DIVERGING)
    compute_diverging (classes, sorted, n, method, n_classes, style);
  else
    compute_sequential (classes, sorted, n, method, n_classes, style);
  keep_visible (classes, style);
}

/**
 * ter_map_classes_find:
 * @classes: classes
 * @value: a value, or NaN for "no data"
 *
 * Returns: the class of @value, or -1 for no data
 */
int
ter_map_classes_find (const TerMapClasses *classes,
                      double               value)
{
  if (!isfinite (value) || classes->n_classes == 0)
    return -1;
  if (classes->scale == TER_MAP_SCALE_DIVERGING)
    {
      guint side = classes->n_classes / 2;
      double distance = fabs (value - classes->center);
      guint s = 0;

      while (s < side && distance > classes->upper[side + s] - classes->center)
        s++;
      return (int) (value < classes->center ? side - s : side + s);
    }
  for (guint i = 0; i < classes->n_classes; i++)
    if (value <= classes->upper[i])
      return (int) i;
  return (int) classes->n_classes - 1;
}
