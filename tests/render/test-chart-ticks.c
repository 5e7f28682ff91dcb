/* test-chart-ticks.c - nice axis ticks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-chart-ticks"

#include <float.h>
#include <math.h>

#include "ter-chart-ticks.h"

/* Checks the properties every result must have. */
static void
assert_ticks_valid (const TerChartTicks *ticks,
                    double               min,
                    double               max,
                    guint                target,
                    TerChartTicksFlags   flags)
{
  double lo = MIN (min, max), hi = MAX (min, max);
  double eps = ticks->step * 1e-9;
  double expected_n;

  if (flags & TER_CHART_TICKS_INCLUDE_ZERO)
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);
    }

  g_assert_true (isfinite (ticks->min));
  g_assert_true (isfinite (ticks->max));
  g_assert_cmpfloat (ticks->step, >, 0);
  g_assert_true (ter_chart_ticks_is_nice_step (ticks->step));

  /* covers the data */
  g_assert_cmpfloat (ticks->min, <=, lo + eps);
  g_assert_cmpfloat (ticks->max, >=, hi - eps);
  g_assert_cmpfloat (ticks->min, <, ticks->max);

  /* evenly spaced from min to max */
  expected_n = (ticks->max - ticks->min) / ticks->step + 1;
  g_assert_cmpfloat (fabs (expected_n - ticks->n_ticks), <, 1e-6);
  g_assert_cmpuint (ticks->n_ticks, >=, 2);
  g_assert_cmpuint (ticks->n_ticks, <=, TER_CHART_TICKS_MAX);

  /* ticks sit on multiples of the step, so they print "round" */
  g_assert_cmpfloat (fabs (ticks->min / ticks->step - nearbyint (ticks->min / ticks->step)), <, 1e-6);

  /* count near the target: the 1-2-2.5-5 ladder never needs to be more
   * than a factor 2.5 away, plus the partial steps at both ends */
  g_assert_cmpuint (ticks->n_ticks, <=, (guint) ceil (target * 1.25) + 2);
  if (!(flags & TER_CHART_TICKS_INTEGER) || hi - lo >= target)
    g_assert_cmpuint (ticks->n_ticks + 2, >=, (guint) floor (target * 0.5));

  if (flags & TER_CHART_TICKS_INCLUDE_ZERO)
    {
      gboolean has_zero = FALSE;

      for (guint i = 0; i < ticks->n_ticks; i++)
        if (ter_chart_ticks_get (ticks, i) == 0.0)
          has_zero = TRUE;
      g_assert_true (has_zero);
    }

  if (flags & TER_CHART_TICKS_INTEGER)
    {
      g_assert_cmpfloat (ticks->step, >=, 1.0);
      g_assert_cmpfloat (ticks->step, ==, nearbyint (ticks->step));
      g_assert_cmpint (ticks->precision, ==, 0);
    }

  /* strictly increasing, first and last exact */
  g_assert_cmpfloat (ter_chart_ticks_get (ticks, 0), ==, ticks->min);
  g_assert_cmpfloat (ter_chart_ticks_get (ticks, ticks->n_ticks - 1), ==, ticks->max);
  for (guint i = 1; i < ticks->n_ticks; i++)
    g_assert_cmpfloat (ter_chart_ticks_get (ticks, i), >, ter_chart_ticks_get (ticks, i - 1));
  g_assert_true (isnan (ter_chart_ticks_get (ticks, ticks->n_ticks)));
}

static void
test_known_ranges (void)
{
  TerChartTicks t;

  ter_chart_ticks_compute (&t, 0, 40, 5, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.min, ==, 0);
  g_assert_cmpfloat (t.max, ==, 40);
  g_assert_cmpfloat (t.step, ==, 10);
  g_assert_cmpuint (t.n_ticks, ==, 5);
  g_assert_cmpint (t.precision, ==, 0);

  ter_chart_ticks_compute (&t, 10, 40, 5, TER_CHART_TICKS_INCLUDE_ZERO);
  g_assert_cmpfloat (t.min, ==, 0);
  g_assert_cmpfloat (t.max, ==, 40);

  ter_chart_ticks_compute (&t, 0, 1, 5, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.step, ==, 0.25);
  g_assert_cmpint (t.precision, ==, 2);
  g_assert_cmpuint (t.n_ticks, ==, 5);

  ter_chart_ticks_compute (&t, 3, 97, 6, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.step, ==, 20);
  g_assert_cmpfloat (t.min, ==, 0);
  g_assert_cmpfloat (t.max, ==, 100);

  ter_chart_ticks_compute (&t, 820e3, 1.77e6, 7, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.step, ==, 200e3);
  g_assert_cmpfloat (t.min, ==, 800e3);
  g_assert_cmpfloat (t.max, ==, 1.8e6);

  /* Rounding noise must not add a tick */
  ter_chart_ticks_compute (&t, 0, 0.1 + 0.2, 4, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.step, ==, 0.1);
  g_assert_cmpuint (t.n_ticks, ==, 4);
  g_assert_cmpint (t.precision, ==, 1);
}

static void
test_degenerate (void)
{
  TerChartTicks t;

  ter_chart_ticks_compute (&t, 0, 0, 5, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.min, ==, 0);
  g_assert_cmpfloat (t.max, ==, 1);
  assert_ticks_valid (&t, 0, 0, 5, TER_CHART_TICKS_NONE);

  ter_chart_ticks_compute (&t, 5, 5, 5, TER_CHART_TICKS_NONE);
  assert_ticks_valid (&t, 5, 5, 5, TER_CHART_TICKS_NONE);
  g_assert_cmpfloat (t.min, <, 5);
  g_assert_cmpfloat (t.max, >, 5);

  ter_chart_ticks_compute (&t, -3e9, -3e9, 5, TER_CHART_TICKS_NONE);
  assert_ticks_valid (&t, -3e9, -3e9, 5, TER_CHART_TICKS_NONE);

  ter_chart_ticks_compute (&t, 7, 7, 5, TER_CHART_TICKS_INCLUDE_ZERO);
  assert_ticks_valid (&t, 7, 7, 5, TER_CHART_TICKS_INCLUDE_ZERO);
  g_assert_cmpfloat (t.min, ==, 0);

  /* below what a double resolves at this magnitude */
  ter_chart_ticks_compute (&t, 1.0, 1.0 + 1e-15, 5, TER_CHART_TICKS_NONE);
  assert_ticks_valid (&t, 1.0, 1.0 + 1e-15, 5, TER_CHART_TICKS_NONE);
  g_assert_cmpuint (t.n_ticks, <=, 8);

  /* swapped bounds */
  ter_chart_ticks_compute (&t, 100, -20, 5, TER_CHART_TICKS_NONE);
  assert_ticks_valid (&t, -20, 100, 5, TER_CHART_TICKS_NONE);

  /* target counts out of range are clamped */
  ter_chart_ticks_compute (&t, 0, 10, 0, TER_CHART_TICKS_NONE);
  g_assert_cmpuint (t.n_ticks, >=, 2);
  ter_chart_ticks_compute (&t, 0, 10, 10000, TER_CHART_TICKS_NONE);
  g_assert_cmpuint (t.n_ticks, <=, TER_CHART_TICKS_MAX);
}

static void
test_non_finite (void)
{
  TerChartTicks t;

  ter_chart_ticks_compute (&t, NAN, NAN, 5, TER_CHART_TICKS_NONE);
  assert_ticks_valid (&t, 0, 0, 5, TER_CHART_TICKS_NONE);

  ter_chart_ticks_compute (&t, NAN, 50, 5, TER_CHART_TICKS_NONE);
  assert_ticks_valid (&t, 50, 50, 5, TER_CHART_TICKS_NONE);

  ter_chart_ticks_compute (&t, 0, INFINITY, 5, TER_CHART_TICKS_NONE);
  g_assert_true (isfinite (t.max));
  g_assert_cmpfloat (t.max, >=, 1e306);

  ter_chart_ticks_compute (&t, -INFINITY, INFINITY, 5, TER_CHART_TICKS_NONE);
  g_assert_true (isfinite (t.min) && isfinite (t.max));
  g_assert_true (ter_chart_ticks_is_nice_step (t.step));

  ter_chart_ticks_compute (&t, -DBL_MAX, DBL_MAX, 6, TER_CHART_TICKS_NONE);
  g_assert_true (isfinite (t.min) && isfinite (t.max) && isfinite (t.step));
}

static void
test_property_sweep (void)
{
  static const double mags[] = { 1e-300, 1e-12, 1e-3, 0.07, 1, 3, 9.99, 17, 100, 4321, 1e6, 2.5e9, 1e15, 1e300 };
  static const double fracs[] = { -1.0, -0.5, -0.01, 0, 0.013, 0.2, 0.5, 0.75, 0.999, 1.0 };
  static const TerChartTicksFlags flag_sets[] = {
    TER_CHART_TICKS_NONE,
    TER_CHART_TICKS_INCLUDE_ZERO,
    TER_CHART_TICKS_INTEGER,
    TER_CHART_TICKS_INCLUDE_ZERO | TER_CHART_TICKS_INTEGER,
  };
  guint checked = 0;

  for (guint m = 0; m < G_N_ELEMENTS (mags); m++)
    for (guint a = 0; a < G_N_ELEMENTS (fracs); a++)
      for (guint b = 0; b < G_N_ELEMENTS (fracs); b++)
        for (guint target = 2; target <= 12; target++)
          for (guint f = 0; f < G_N_ELEMENTS (flag_sets); f++)
            {
              double min = mags[m] * fracs[a];
              double max = mags[m] * fracs[b] + mags[m] * 0.37;
              TerChartTicks t;

              /* integer ticks make no sense below 1; covered elsewhere */
              if ((flag_sets[f] & TER_CHART_TICKS_INTEGER) && mags[m] < 10)
                continue;

              ter_chart_ticks_compute (&t, min, max, target, flag_sets[f]);
              if (min != max && fabs (max - min) > MAX (fabs (min), fabs (max)) * 1e-9)
                assert_ticks_valid (&t, min, max, target, flag_sets[f]);
              checked++;
            }

  g_assert_cmpuint (checked, >, 10000);
}

static void
test_integer (void)
{
  TerChartTicks t;

  ter_chart_ticks_compute (&t, 0, 3, 8, TER_CHART_TICKS_INTEGER);
  g_assert_cmpfloat (t.step, ==, 1);
  g_assert_cmpfloat (t.max, ==, 3);

  ter_chart_ticks_compute (&t, 0, 0.2, 5, TER_CHART_TICKS_INTEGER);
  g_assert_cmpfloat (t.step, ==, 1);
  g_assert_cmpfloat (t.max, >=, 1);

  ter_chart_ticks_compute (&t, 0, 12, 5, TER_CHART_TICKS_INTEGER);
  g_assert_cmpfloat (t.step, !=, 2.5);
}

static void
test_nice_step (void)
{
  g_assert_true (ter_chart_ticks_is_nice_step (1));
  g_assert_true (ter_chart_ticks_is_nice_step (0.25));
  g_assert_true (ter_chart_ticks_is_nice_step (5e-7));
  g_assert_true (ter_chart_ticks_is_nice_step (2e12));
  g_assert_true (ter_chart_ticks_is_nice_step (1000));
  g_assert_true (ter_chart_ticks_is_nice_step (0.1));
  g_assert_false (ter_chart_ticks_is_nice_step (3));
  g_assert_false (ter_chart_ticks_is_nice_step (0.75));
  g_assert_false (ter_chart_ticks_is_nice_step (0));
  g_assert_false (ter_chart_ticks_is_nice_step (-1));
  g_assert_false (ter_chart_ticks_is_nice_step (NAN));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/ticks/known", test_known_ranges);
  g_test_add_func ("/render/ticks/degenerate", test_degenerate);
  g_test_add_func ("/render/ticks/non-finite", test_non_finite);
  g_test_add_func ("/render/ticks/sweep", test_property_sweep);
  g_test_add_func ("/render/ticks/integer", test_integer);
  g_test_add_func ("/render/ticks/nice-step", test_nice_step);

  return g_test_run ();
}
