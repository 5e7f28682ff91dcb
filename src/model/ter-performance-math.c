/* ter-performance-math.c: exact spreading, attainment and commission.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-performance-math"

#include "config.h"

#include "ter-performance-math.h"

/* num / den rounded half away from zero; den > 0. */
static __int128
divide_rounded (__int128 num,
                __int128 den)
{
  __int128 q = num / den;
  __int128 r = num % den;

  if (r < 0)
    r = -r;
  if (2 * r >= den)
    q += num < 0 ? -1 : 1;

  return q;
}

static gboolean
narrow (__int128  value,
        gint64   *out)
{
  if (value > G_MAXINT64 || value < G_MININT64)
    return FALSE;

  *out = (gint64) value;
  return TRUE;
}

gboolean
ter_spread_total (gint64        total,
                  const gint64 *weights,
                  guint         n,
                  gint64       *parts)
{
  g_autofree __int128 *fraction = NULL;
  __int128 sum = 0;
  __int128 left;
  __int128 magnitude = total < 0 ? -(__int128) total : total;

  g_return_val_if_fail (n > 0, FALSE);

  for (guint i = 0; i < n; i++)
    sum += weights != NULL && weights[i] > 0 ? weights[i] : 0;

  /* Spreading the magnitude and restoring the sign afterwards keeps the
   * remainder rule the same for negative totals. */
  fraction = g_new0 (__int128, n);
  left = magnitude;
  for (guint i = 0; i < n; i++)
    {
      __int128 w = sum > 0 ? (weights[i] > 0 ? weights[i] : 0) : 1;
      __int128 den = sum > 0 ? sum : n;
      __int128 share = magnitude * w;

      parts[i] = (gint64) (share / den);
      fraction[i] = share % den;
      left -= parts[i];
    }

  /* Each remaining unit goes to the largest fraction not yet served. */
  while (left > 0)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (fraction[i] > fraction[best])
          best = i;
      parts[best]++;
      fraction[best] = -1;
      left--;
    }

  if (total < 0)
    for (guint i = 0; i < n; i++)
      parts[i] = -parts[i];

  return TRUE;
}

gint64
ter_attainment_bp (gint64 actual,
                   gint64 target)
{
  if (target <= 0)
    return -1;

  return (gint64) divide_rounded ((__int128) actual * TER_BP_WHOLE, target);
}

gint64
ter_commission_rate_for (const TerCommissionRules *rules,
                         gint64                    category_id,
                         gint64                    parent_id)
{
  gint64 parent_rate = -1;

  for (guint i = 0; i < rules->n_rates; i++)
    {
      if (rules->rates[i].category_id == category_id)
        return rules->rates[i].rate_bp;
      if (parent_id > 0 && rules->rates[i].category_id == parent_id)
        parent_rate = rules->rates[i].rate_bp;
    }

  return parent_rate >= 0 ? parent_rate : rules->base_rate_bp;
}

/* Σ over bands of revenue-in-band × multiplier, in revenue × 10⁴ × 10⁴
 * units. Revenue at a band's threshold still belongs to the band below:
 * an accelerator from 100 % pays only on what is sold beyond quota. */
static __int128
weighted_band_revenue (const TerCommissionRules *rules,
                       gint64                    quota,
                       gint64                    revenue)
{
  __int128 scaled = (__int128) revenue * TER_BP_WHOLE;
  __int128 total = 0;
  __int128 lower = 0;
  gint64 multiplier = TER_BP_WHOLE;

  for (guint i = 0; i <= rules->n_tiers; i++)
    {
      __int128 upper = i < rules->n_tiers
        ? (__int128) quota * rules->tiers[i].from_bp : scaled;

      if (upper > scaled)
        upper = scaled;
      if (upper > lower)
        total += (upper - lower) * multiplier;
      if (upper > lower)
        lower = upper;
      if (i < rules->n_tiers)
        multiplier = rules->tiers[i].multiplier_bp;
    }

  return total;
}

gboolean
ter_commission_compute (const TerCommissionRules *rules,
                        gint64                    quota,
                        const TerCategoryRevenue *revenue,
                        guint                     n_revenue,
                        TerCommissionResult      *result)
{
  __int128 plain = 0;
  __int128 total = 0;

  *result = (TerCommissionResult) { 0 };
  for (guint i = 0; i < n_revenue; i++)
    {
      gint64 rate = ter_commission_rate_for (rules, revenue[i].category_id,
                                             revenue[i].parent_id);

      total += revenue[i].revenue;
      plain += (__int128) revenue[i].revenue * rate;
    }

  if (!narrow (total, &result->revenue)
      || !narrow (divide_rounded (plain, TER_BP_WHOLE), &result->plain))
    return FALSE;

  result->attainment_bp = ter_attainment_bp (result->revenue, quota);

  /* Tiers scale the period's blended rate; a period with no quota or no
   * positive net sales is paid at the plain rates. */
  if (quota > 0 && result->revenue > 0 && rules->n_tiers > 0)
    {
      __int128 weighted = weighted_band_revenue (rules, quota, result->revenue);
      __int128 den = (__int128) result->revenue * TER_BP_WHOLE * TER_BP_WHOLE * TER_BP_WHOLE;

      if (!narrow (divide_rounded (plain * weighted, den), &result->tiered))
        return FALSE;
    }
  else
    result->tiered = result->plain;

  result->commission = result->tiered;
  if (rules->cap > 0 && result->commission > rules->cap)
    {
      result->commission = rules->cap;
      result->capped = TRUE;
    }

  return TRUE;
}
