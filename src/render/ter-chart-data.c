/* ter-chart-data.c - plain data behind a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-data"

#include <math.h>

#include "ter-chart-data.h"

struct _TerSeries
{
  char          *name;
  TerSeriesRole  role;
  int            color_index;
  GArray        *values;
};

struct _TerChartData
{
  GPtrArray *labels;
  GArray    *x;
  GPtrArray *series;
};

G_DEFINE_ENUM_TYPE (TerSeriesRole, ter_series_role,
  G_DEFINE_ENUM_VALUE (TER_SERIES_ROLE_DEFAULT, "default"),
  G_DEFINE_ENUM_VALUE (TER_SERIES_ROLE_COMPARISON, "comparison"),
  G_DEFINE_ENUM_VALUE (TER_SERIES_ROLE_TARGET, "target"),
  G_DEFINE_ENUM_VALUE (TER_SERIES_ROLE_FORECAST, "forecast"),
  G_DEFINE_ENUM_VALUE (TER_SERIES_ROLE_BAND_LOWER, "band-lower"),
  G_DEFINE_ENUM_VALUE (TER_SERIES_ROLE_BAND_UPPER, "band-upper"))

G_DEFINE_BOXED_TYPE (TerSeries, ter_series, ter_series_ref, ter_series_unref)
G_DEFINE_BOXED_TYPE (TerChartData, ter_chart_data, ter_chart_data_ref, ter_chart_data_unref)

/* TerSeries */

static void
clear_series (gpointer data)
{
  TerSeries *self = data;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->values, g_array_unref);
}

TerSeries *
ter_series_new (const char    *name,
                TerSeriesRole  role)
{
  TerSeries *self = g_rc_box_new0 (TerSeries);

  self->name = g_strdup (name ? name : "");
  self->role = role;
  self->color_index = -1;
  self->values = g_array_new (FALSE, FALSE, sizeof (double));

  return self;
}

TerSeries *
ter_series_new_with_values (const char    *name,
                            TerSeriesRole  role,
                            const double  *values,
                            guint          n_values)
{
  TerSeries *self = ter_series_new (name, role);

  ter_series_set_values (self, values, n_values);

  return self;
}

TerSeries *
ter_series_ref (TerSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
ter_series_unref (TerSeries *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, clear_series);
}

const char *
ter_series_get_name (TerSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

void
ter_series_set_name (TerSeries  *self,
                     const char *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->name);
  self->name = g_strdup (name ? name : "");
}

TerSeriesRole
ter_series_get_role (TerSeries *self)
{
  g_return_val_if_fail (self != NULL, TER_SERIES_ROLE_DEFAULT);

  return self->role;
}

/**
 * ter_series_get_color_index:
 *
 * Returns: the palette slot of the series, or -1 when the colour is picked
 *   automatically (the n-th default series gets palette colour n)
 */
int
ter_series_get_color_index (TerSeries *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->color_index;
}

void
ter_series_set_color_index (TerSeries *self,
                            int        color_index)
{
  g_return_if_fail (self != NULL);

  self->color_index = MAX (color_index, -1);
}

void
ter_series_append (TerSeries *self,
                   double     value)
{
  g_return_if_fail (self != NULL);

  g_array_append_val (self->values, value);
}

void
ter_series_set_values (TerSeries    *self,
                       const double *values,
                       guint         n_values)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (values != NULL || n_values == 0);

  g_array_set_size (self->values, 0);
  if (n_values > 0)
    g_array_append_vals (self->values, values, n_values);
}

guint
ter_series_get_n_values (TerSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->values->len;
}

/**
 * ter_series_get_value:
 *
 * Returns: the value at @index, or NaN when @index is out of range
 */
double
ter_series_get_value (TerSeries *self,
                      guint      index)
{
  g_return_val_if_fail (self != NULL, NAN);

  if (index >= self->values->len)
    return NAN;

  return g_array_index (self->values, double, index);
}

const double *
ter_series_get_values (TerSeries *self,
                       guint     *n_values)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_values != NULL)
    *n_values = self->values->len;

  return (const double *) (gpointer) self->values->data;
}

/**
 * ter_series_get_range:
 *
 * Finds the smallest and largest finite values.
 *
 * Returns: %FALSE if the series has no finite value
 */
gboolean
ter_series_get_range (TerSeries *self,
                      double    *min,
                      double    *max)
{
  double lo = INFINITY;
  double hi = -INFINITY;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->values->len; i++)
    {
      double v = g_array_index (self->values, double, i);

      if (!isfinite (v))
        continue;
      lo = MIN (lo, v);
      hi = MAX (hi, v);
    }

  if (min != NULL)
    *min = lo;
  if (max != NULL)
    *max = hi;

  return lo <= hi;
}

/* TerChartData */

static void
clear_chart_data (gpointer data)
{
  TerChartData *self = data;

  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->x, g_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
}

TerChartData *
ter_chart_data_new (void)
{
  TerChartData *self = g_rc_box_new0 (TerChartData);

  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->x = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_series_unref);

  return self;
}

TerChartData *
ter_chart_data_ref (TerChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
ter_chart_data_unref (TerChartData *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, clear_chart_data);
}

/**
 * ter_chart_data_set_labels:
 * @labels: (array length=n_labels): category labels
 * @n_labels: number of labels, or -1 if @labels is %NULL-terminated
 *
 * Replaces the category labels. A %NULL entry means "no label".
 */
void
ter_chart_data_set_labels (TerChartData       *self,
                           const char * const *labels,
                           int                 n_labels)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_set_size (self->labels, 0);
  if (labels == NULL)
    return;

  for (guint i = 0; n_labels < 0 ? labels[i] != NULL : i < (guint) n_labels; i++)
    g_ptr_array_add (self->labels, g_strdup (labels[i]));
}

void
ter_chart_data_append_label (TerChartData *self,
                             const char   *label)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_add (self->labels, g_strdup (label));
}

guint
ter_chart_data_get_n_labels (TerChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->labels->len;
}

/**
 * ter_chart_data_get_label:
 *
 * Returns: (nullable): the label of the point at @index
 */
const char *
ter_chart_data_get_label (TerChartData *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->labels->len)
    return NULL;

  return g_ptr_array_index (self->labels, index);
}

/**
 * ter_chart_data_set_x:
 * @x: (array length=n_x): increasing x positions, e.g. day numbers
 *
 * Gives the points integer x positions so that line and area charts space
 * them proportionally (a missing month leaves a wider step). Pass %NULL to
 * go back to evenly spaced categories.
 */
void
ter_chart_data_set_x (TerChartData *self,
                      const gint64 *x,
                      guint         n_x)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->x, 0);
  if (x != NULL && n_x > 0)
    g_array_append_vals (self->x, x, n_x);
}

gboolean
ter_chart_data_has_x (TerChartData *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->x->len > 0;
}

/**
 * ter_chart_data_get_x:
 *
 * Returns: the x of point @index, or @index itself if the data has no x
 *   or the x array is shorter
 */
gint64
ter_chart_data_get_x (TerChartData *self,
                      guint         index)
{
  g_return_val_if_fail (self != NULL, 0);

  if (index >= self->x->len)
    {
      if (self->x->len == 0)
        return index;
      return g_array_index (self->x, gint64, self->x->len - 1) + (index - self->x->len + 1);
    }

  return g_array_index (self->x, gint64, index);
}

/**
 * ter_chart_data_add_series:
 *
 * Appends @series, taking a new reference.
 */
void
ter_chart_data_add_series (TerChartData *self,
                           TerSeries    *series)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (series != NULL);

  g_ptr_array_add (self->series, ter_series_ref (series));
}

/**
 * ter_chart_data_add_values:
 *
 * Convenience: creates a series from @values and appends it.
 *
 * Returns: (transfer none): the new series, owned by @self
 */
TerSeries *
ter_chart_data_add_values (TerChartData  *self,
                           const char    *name,
                           TerSeriesRole  role,
                           const double  *values,
                           guint          n_values)
{
  TerSeries *series;

  g_return_val_if_fail (self != NULL, NULL);

  series = ter_series_new_with_values (name, role, values, n_values);
  g_ptr_array_add (self->series, series);

  return series;
}

guint
ter_chart_data_get_n_series (TerChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

/**
 * ter_chart_data_get_series:
 *
 * Returns: (transfer none) (nullable): the series at @index
 */
TerSeries *
ter_chart_data_get_series (TerChartData *self,
                           guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->series->len)
    return NULL;

  return g_ptr_array_index (self->series, index);
}

/**
 * ter_chart_data_get_n_points:
 *
 * Returns: the number of categories: the longest of the labels and of
 *   every series
 */
guint
ter_chart_data_get_n_points (TerChartData *self)
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  n = self->labels->len;
  for (guint i = 0; i < self->series->len; i++)
    n = MAX (n, ter_series_get_n_values (g_ptr_array_index (self->series, i)));

  return n;
}
