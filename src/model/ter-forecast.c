/* ter-forecast.c: Holt-Winters with parameters chosen by back-testing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-forecast"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-forecast.h"
#include "ter-store.h"

#define MAX_BACKTESTS 6
/* z for a two-sided 80% band. */
#define BAND_Z 1.2816

static const double grid[] = { 0.05, 0.15, 0.3, 0.5, 0.7, 0.9 };

gboolean
ter_forecast_holt_winters (const double      *series,
                           guint              n,
                           guint              season,
                           TerForecastMethod  method,
                           double             alpha,
                           double             beta,
                           double             gamma,
                           guint              horizon,
                           double            *out)
{
  gboolean mult = method == TER_FORECAST_MULTIPLICATIVE;
  g_autofree double *seasonal = NULL;
  double level = 0, second = 0, trend;

  if (season < 2 || n < 2 * season)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (mult && series[i] <= 0)
      return FALSE;

  /* Start from the first two seasons: their means give level and trend. */
  for (guint i = 0; i < season; i++)
    {
      level += series[i] / season;
      second += series[season + i] / season;
    }
  trend = (second - level) / season;
  seasonal = g_new (double, n + horizon);
  for (guint i = 0; i < season; i++)
    seasonal[i] = mult ? series[i] / level : series[i] - level;

  for (guint t = season; t < n; t++)
    {
      double previous = level;
      double s = seasonal[t - season];

      level = alpha * (mult ? series[t] / s : series[t] - s) + (1 - alpha) * (level + trend);
      trend = beta * (level - previous) + (1 - beta) * trend;
      seasonal[t] = gamma * (mult ? series[t] / level : series[t] - level) + (1 - gamma) * s;
    }

  for (guint h = 1; h <= horizon; h++)
    {
      double s = seasonal[n - season + (h - 1) % season];

      out[h - 1] = mult ? (level + h * trend) * s : level + h * trend + s;
    }
  return TRUE;
}

typedef struct {
  double mape;
  double sq_rel[TER_FORECAST_MAX_HORIZON];  /* sum of squared relative errors per step */
  guint  n_rel[TER_FORECAST_MAX_HORIZON];
} Score;

/* Forecasts the last points from the ones before them. */
static gboolean
backtest (const double      *series,
          guint              n,
          guint              season,
          guint              horizon,
          guint              n_backtests,
          TerForecastMethod  method,
          const double      *params,
          Score             *score)
{
  double total = 0, out[TER_FORECAST_MAX_HORIZON];
  guint count = 0;

  *score = (Score) { 0 };
  for (guint b = 0; b < n_backtests; b++)
    {
      guint origin = n - horizon - b;

      if (!ter_forecast_holt_winters (series, origin, season, method,
                                      params[0], params[1], params[2], horizon, out))
        return FALSE;
      for (guint h = 0; h < horizon; h++)
        {
          double actual = series[origin + h];
          double rel;

          if (actual == 0)
            continue;
          rel = (out[h] - actual) / fabs (actual);
          total += fabs (rel);
          count++;
          score->sq_rel[h] += rel * rel;
          score->n_rel[h]++;
        }
    }
  score->mape = count > 0 ? total / count : INFINITY;
  return count > 0;
}

static void
set_band (TerForecast  *forecast,
          const Score  *score)
{
  for (guint h = 0; h < forecast->horizon; h++)
    {
      double sigma = score->n_rel[h] > 0 ? sqrt (score->sq_rel[h] / score->n_rel[h]) : 0;
      double spread = BAND_Z * sigma * fabs (forecast->values[h]);

      forecast->low[h] = forecast->values[h] - spread;
      forecast->high[h] = forecast->values[h] + spread;
    }
}

gboolean
ter_forecast_fit (const double  *series,
                  guint          n,
                  guint          season,
                  guint          horizon,
                  TerForecast   *forecast,
                  GError       **error)
{
  guint n_backtests;
  Score best = { .mape = INFINITY };

  g_return_val_if_fail (forecast != NULL, FALSE);
  g_return_val_if_fail (horizon >= 1 && horizon <= TER_FORECAST_MAX_HORIZON, FALSE);

  if (season < 2 || n < 2 * season + horizon)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("A forecast needs at least %u months of history; there are %u."),
                   2 * season + horizon, n);
      return FALSE;
    }
  n_backtests = MIN (MAX_BACKTESTS, n - 2 * season - horizon + 1);

  *forecast = (TerForecast) { .horizon = horizon, .n_backtests = n_backtests };
  for (TerForecastMethod method = TER_FORECAST_ADDITIVE; method <= TER_FORECAST_MULTIPLICATIVE; method++)
    for (guint a = 0; a < G_N_ELEMENTS (grid); a++)
      for (guint b = 0; b < G_N_ELEMENTS (grid); b++)
        for (guint g = 0; g < G_N_ELEMENTS (grid); g++)
          {
            double params[3] = { grid[a], grid[b] / 2, grid[g] };
            Score score;

            if (backtest (series, n, season, horizon, n_backtests, method, params, &score)
                && score.mape < best.mape)
              {
                best = score;
                forecast->method = method;
                forecast->alpha = params[0];
                forecast->beta = params[1];
                forecast->gamma = params[2];
              }
          }

  if (!isfinite (best.mape)
      || !ter_forecast_holt_winters (series, n, season, forecast->method, forecast->alpha,
                                     forecast->beta, forecast->gamma, horizon, forecast->values))
    {
      g_set_error_literal (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                           _("There are no sales to forecast from."));
      return FALSE;
    }

  forecast->mape = best.mape;
  set_band (forecast, &best);
  return TRUE;
}
