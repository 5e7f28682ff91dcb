/* ter-performance-math.h: the exact arithmetic behind targets and pay.
 *
 * Pure functions on integer minor units, kept apart from SQL so that the
 * rules a rep is paid by can be tested on their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Rates and thresholds are in basis points: 10000 = 100 %. */
#define TER_BP_WHOLE 10000

/* Splits `total` over `n` parts in proportion to `weights` (all zero or
 * negative weights: evenly) so that the parts sum exactly to `total`. The
 * remainder left by rounding down goes one unit at a time to the parts
 * with the largest fractional share, the earlier part winning a tie, so
 * the same input always gives the same months. */
gboolean ter_spread_total        (gint64         total,
                                  const gint64  *weights,
                                  guint          n,
                                  gint64        *parts);

/* actual / target in basis points, rounded half away from zero; -1 when
 * there is no target to measure against. */
gint64   ter_attainment_bp       (gint64         actual,
                                  gint64         target);

typedef struct {
  gint64 from_bp;        /* attainment at which the band starts */
  gint64 multiplier_bp;  /* 10000 pays the plain rate; 15000 is 1.5× */
} TerCommissionTier;

typedef struct {
  gint64 category_id;
  gint64 rate_bp;
} TerCategoryRate;

typedef struct {
  gint64                   base_rate_bp;
  const TerCommissionTier *tiers;     /* sorted by from_bp; may be empty */
  guint                    n_tiers;
  const TerCategoryRate   *rates;     /* overrides of the base rate */
  guint                    n_rates;
  gint64                   cap;       /* most paid for one period; 0: none */
} TerCommissionRules;

typedef struct {
  gint64 category_id;
  gint64 parent_id;      /* the category's parent, 0 for none */
  gint64 revenue;        /* net, minor units of the plan's currency */
} TerCategoryRevenue;

typedef struct {
  gint64   revenue;          /* net revenue of the period */
  gint64   plain;            /* Σ revenue × category rate, before tiers */
  gint64   tiered;           /* after tier and accelerator multipliers */
  gint64   commission;       /* after the cap */
  gboolean capped;
  gint64   attainment_bp;    /* -1 without a quota */
} TerCommissionResult;

gint64   ter_commission_rate_for (const TerCommissionRules *rules,
                                  gint64                    category_id,
                                  gint64                    parent_id);
gboolean ter_commission_compute  (const TerCommissionRules *rules,
                                  gint64                    quota,
                                  const TerCategoryRevenue *revenue,
                                  guint                     n_revenue,
                                  TerCommissionResult      *result);

G_END_DECLS
