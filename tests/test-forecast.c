/* test-forecast.c: Holt-Winters on synthetic series whose trend and
 * seasonality are known, so the true future is known too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "ter-forecast.h"
#include "ter-store.h"

#define N 36
#define SEASON 12
#define HORIZON 3

typedef double (*Truth) (guint t);

static double
multiplicative (guint t)
{
  return (1000 + 25.0 * t) * (1 + 0.35 * sin (2 * G_PI * t / SEASON));
}

static double
additive (guint t)
{
  return 500 + 8.0 * t + 120 * cos (2 * G_PI * t / SEASON) + (t % SEASON == 11 ? 200 : 0);
}

static double
flat (guint t)
{
  return 700;
}

static void
assert_forecast_close (Truth   truth,
                       double  noise,
                       double  max_mape,
                       double  max_error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;
  double series[N];
  TerForecast forecast;

  for (guint t = 0; t < N; t++)
    series[t] = truth (t) * (1 + noise * (g_rand_double (rand) * 2 - 1));

  g_assert_true (ter_forecast_fit (series, N, SEASON, HORIZON, &forecast, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (forecast.horizon, ==, HORIZON);
  g_assert_cmpuint (forecast.n_backtests, ==, 6);
  g_assert_cmpfloat (forecast.mape, >=, 0);
  g_assert_cmpfloat (forecast.mape, <=, max_mape);
  for (guint h = 0; h < HORIZON; h++)
    {
      double expected = truth (N + h);

      g_assert_cmpfloat (fabs (forecast.values[h] - expected) / expected, <=, max_error);
      g_assert_cmpfloat (forecast.low[h], <=, forecast.values[h]);
      g_assert_cmpfloat (forecast.high[h], >=, forecast.values[h]);
    }
}

static void
test_exact_series (void)
{
  /* Without noise the right model reproduces the future almost exactly. */
  assert_forecast_close (multiplicative, 0, 0.03, 0.03);
  assert_forecast_close (additive, 0, 0.03, 0.03);
  assert_forecast_close (flat, 0, 1e-9, 1e-9);
}

static void
test_noisy_series (void)
{
  /* ±5% noise: the error stays near the noise. */
  assert_forecast_close (multiplicative, 0.05, 0.08, 0.12);
  assert_forecast_close (additive, 0.05, 0.08, 0.12);
}

static void
test_method_and_band (void)
{
  double series[N];
  TerForecast forecast;

  /* Seasonal swings that grow with the level are multiplicative. */
  for (guint t = 0; t < N; t++)
    series[t] = (200 + 40.0 * t) * (1 + 0.5 * sin (2 * G_PI * t / SEASON));
  g_assert_true (ter_forecast_fit (series, N, SEASON, HORIZON, &forecast, NULL));
  g_assert_cmpint (forecast.method, ==, TER_FORECAST_MULTIPLICATIVE);

  /* An exact series has a narrow band; the same with noise a wider one. */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (7);
    double exact_width = (forecast.high[0] - forecast.low[0]) / forecast.values[0];
    TerForecast noisy;

    g_assert_cmpfloat (exact_width, <, 0.1);
    for (guint t = 0; t < N; t++)
      series[t] *= 1 + 0.15 * (g_rand_double (rand) * 2 - 1);
    g_assert_true (ter_forecast_fit (series, N, SEASON, HORIZON, &noisy, NULL));
    g_assert_cmpfloat ((noisy.high[0] - noisy.low[0]) / noisy.values[0], >, exact_width);
    g_assert_cmpfloat (noisy.mape, >, forecast.mape);
  }
}

static void
test_short_history (void)
{
  g_autoptr(GError) error = NULL;
  double series[26] = { 0 };
  TerForecast forecast;

  g_assert_false (ter_forecast_fit (series, 26, SEASON, HORIZON, &forecast, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Multiplicative models refuse zero months; additive ones still work. */
  for (guint t = 0; t < 27; t++)
    series[t % 26] = t % SEASON == 0 ? 0 : 100;
  g_assert_false (ter_forecast_holt_winters (series, 26, SEASON, TER_FORECAST_MULTIPLICATIVE,
                                             0.3, 0.1, 0.3, 3, forecast.values));
  g_assert_true (ter_forecast_holt_winters (series, 26, SEASON, TER_FORECAST_ADDITIVE,
                                            0.3, 0.1, 0.3, 3, forecast.values));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/forecast/exact-series", test_exact_series);
  g_test_add_func ("/forecast/noisy-series", test_noisy_series);
  g_test_add_func ("/forecast/method-and-band", test_method_and_band);
  g_test_add_func ("/forecast/short-history", test_short_history);

  return g_test_run ();
}
