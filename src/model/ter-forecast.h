/* ter-forecast.h: seasonal forecasts of monthly series (Holt-Winters).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TER_FORECAST_MAX_HORIZON 12

typedef enum {
  TER_FORECAST_ADDITIVE,        /* seasonal swings of a fixed size */
  TER_FORECAST_MULTIPLICATIVE,  /* seasonal swings in proportion to the level */
} TerForecastMethod;

typedef struct {
  TerForecastMethod method;
  double            alpha;      /* level smoothing */
  double            beta;       /* trend smoothing */
  double            gamma;      /* seasonal smoothing */
  guint             horizon;
  double            values[TER_FORECAST_MAX_HORIZON];
  double            low[TER_FORECAST_MAX_HORIZON];   /* 80% band */
  double            high[TER_FORECAST_MAX_HORIZON];
  double            mape;       /* back-tested mean absolute percentage error, 0.05 = 5% */
  guint             n_backtests;
} TerForecast;

/* Forecasts `horizon` values after `series[0..n)` with Holt-Winters: the
 * method and smoothing parameters are the ones with the lowest error when
 * forecasting the last points of the series from the points before them
 * (rolling-origin back-test); that error is the MAPE reported. Needs at
 * least two seasons plus the horizon and back-test points. */
gboolean ter_forecast_fit        (const double  *series,
                                  guint          n,
                                  guint          season,
                                  guint          horizon,
                                  TerForecast   *forecast,
                                  GError       **error);

/* One Holt-Winters run with given parameters; FALSE if the method does not
 * apply (multiplicative seasons need positive values). */
gboolean ter_forecast_holt_winters (const double      *series,
                                    guint              n,
                                    guint              season,
                                    TerForecastMethod  method,
                                    double             alpha,
                                    double             beta,
                                    double             gamma,
                                    guint              horizon,
                                    double            *out);

G_END_DECLS
