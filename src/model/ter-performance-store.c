/* ter-performance-store.c: the TerPerformanceStore interface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-performance-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ter-performance-store.h"

G_DEFINE_INTERFACE (TerPerformanceStore, ter_performance_store, G_TYPE_OBJECT)

static void
ter_performance_store_default_init (TerPerformanceStoreInterface *iface)
{
}

void
ter_review_free (TerReview *review)
{
  if (review == NULL)
    return;

  g_free (review->strengths);
  g_free (review->improvements);
  g_free (review->goals);
  g_clear_pointer (&review->scores, g_array_unref);
  g_free (review);
}

void
ter_rep_report_free (TerRepReport *report)
{
  if (report == NULL)
    return;

  g_free (report->reasons);
  g_free (report->work_done);
  g_free (report->next_goals);
  g_free (report->competitors);
  g_free (report);
}

void
ter_commission_plan_free (TerCommissionPlan *plan)
{
  if (plan == NULL)
    return;

  g_free (plan->name);
  g_clear_pointer (&plan->tiers, g_array_unref);
  g_clear_pointer (&plan->rates, g_array_unref);
  g_free (plan);
}

void
ter_commission_statement_free (TerCommissionStatement *statement)
{
  if (statement == NULL)
    return;

  g_clear_pointer (&statement->clawbacks, g_array_unref);
  g_free (statement->rep_name);
  g_free (statement->plan_name);
  g_free (statement);
}

const char *
ter_review_status_to_key (TerReviewStatus status)
{
  static const char * const keys[] = { "draft", "submitted", "acknowledged" };

  g_return_val_if_fail (status <= TER_REVIEW_ACKNOWLEDGED, NULL);
  return keys[status];
}

const char *
ter_review_period_to_key (TerReviewPeriod period)
{
  static const char * const keys[] = { "month", "quarter", "year" };

  g_return_val_if_fail (period <= TER_REVIEW_PERIOD_YEAR, NULL);
  return keys[period];
}

/* "2026-03" moved by `delta` months. */
static void
shift_month (const char *month,
             int         delta,
             char        out[8])
{
  int year = atoi (month);
  int index = year * 12 + atoi (month + 5) - 1 + delta;

  g_snprintf (out, 8, "%04d-%02d", index / 12, index % 12 + 1);
}

gboolean
ter_performance_store_spread (TerPerformanceStore *self,
                              gboolean             reps,
                              gint64               owner_id,
                              const char          *first_month,
                              guint                n,
                              TerMetric            metric,
                              gint64               total,
                              gboolean             seasonal,
                              gint64              *parts,
                              GError             **error)
{
  g_autofree gint64 *weights = g_new0 (gint64, n);
  char from[8], to[8];

  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (n > 0 && n <= 12, FALSE);

  if (seasonal)
    {
      g_autoptr(GArray) actuals = NULL;

      shift_month (first_month, -12, from);
      shift_month (first_month, (int) n - 13, to);
      actuals = ter_performance_store_list_actuals (self, reps, owner_id, from, to, metric, error);
      if (actuals == NULL)
        return FALSE;

      /* Last year's months in any currency weigh by their amount: the
       * shape of the year matters here, not the sum. */
      for (guint i = 0; i < actuals->len; i++)
        {
          const TerMonthValue *v = &g_array_index (actuals, TerMonthValue, i);
          char month[8];

          for (guint m = 0; m < n; m++)
            {
              shift_month (from, (int) m, month);
              if (strcmp (month, v->month) == 0 && v->value > 0)
                weights[m] += v->value;
            }
        }
    }

  return ter_spread_total (total, weights, n, parts);
}

gboolean
ter_performance_store_check_rep_authority (TerPerformanceStore *self,
                                           gint64 actor_id,
                                           gint64 rep_id,
                                           GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->check_rep_authority (self, actor_id, rep_id, error);
}

gboolean
ter_performance_store_check_territory_authority (TerPerformanceStore *self,
                                                 gint64 actor_id,
                                                 gint64 territory_id,
                                                 GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->check_territory_authority (self, actor_id, territory_id, error);
}

gboolean
ter_performance_store_set_targets (TerPerformanceStore *self,
                                   gint64 actor_id,
                                   const TerTargetRecord *records,
                                   guint n,
                                   GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->set_targets (self, actor_id, records, n, error);
}

GArray   *
ter_performance_store_list_targets (TerPerformanceStore *self,
                                    gboolean reps,
                                    const char *first_month,
                                    const char *last_month,
                                    TerMetric metric,
                                    GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_targets (self, reps, first_month, last_month, metric, error);
}

GArray   *
ter_performance_store_list_actuals (TerPerformanceStore *self,
                                    gboolean reps,
                                    gint64 owner_id,
                                    const char *first_month,
                                    const char *last_month,
                                    TerMetric metric,
                                    GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_actuals (self, reps, owner_id, first_month, last_month, metric, error);
}

GArray   *
ter_performance_store_rollup_gaps (TerPerformanceStore *self,
                                   const char *first_month,
                                   const char *last_month,
                                   TerMetric metric,
                                   GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->rollup_gaps (self, first_month, last_month, metric, error);
}

gboolean
ter_performance_store_scorecard (TerPerformanceStore *self,
                                 gint64 rep_id,
                                 const char *month,
                                 guint fiscal_start_month,
                                 TerScorecard *card,
                                 GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (fiscal_start_month >= 1 && fiscal_start_month <= 12, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->scorecard (self, rep_id, month, fiscal_start_month, card, error);
}

GArray   *
ter_performance_store_list_criteria (TerPerformanceStore *self,
                                     GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_criteria (self, error);
}

gint64
ter_performance_store_create_review (TerPerformanceStore *self,
                                     gint64 actor_id,
                                     gint64 rep_id,
                                     TerReviewPeriod period,
                                     const char *period_start,
                                     GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->create_review (self, actor_id, rep_id, period, period_start, error);
}

TerReview *
ter_performance_store_get_review (TerPerformanceStore *self,
                                  gint64 review_id,
                                  GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->get_review (self, review_id, error);
}

gboolean
ter_performance_store_save_review (TerPerformanceStore *self,
                                   gint64 actor_id,
                                   const TerReview *review,
                                   GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->save_review (self, actor_id, review, error);
}

gboolean
ter_performance_store_set_review_status (TerPerformanceStore *self,
                                         gint64 actor_id,
                                         gint64 review_id,
                                         TerReviewStatus status,
                                         GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->set_review_status (self, actor_id, review_id, status, error);
}

GArray   *
ter_performance_store_list_reviews (TerPerformanceStore *self,
                                    gint64 rep_id,
                                    GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_reviews (self, rep_id, error);
}

GArray   *
ter_performance_store_review_history (TerPerformanceStore *self,
                                      gint64 review_id,
                                      GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->review_history (self, review_id, error);
}

TerRepReport *
ter_performance_store_get_report (TerPerformanceStore *self,
                                  gint64 rep_id,
                                  const char *month,
                                  GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->get_report (self, rep_id, month, error);
}

gboolean
ter_performance_store_save_report (TerPerformanceStore *self,
                                   gint64 actor_id,
                                   const TerRepReport *report,
                                   gboolean submit,
                                   const char *today,
                                   GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->save_report (self, actor_id, report, submit, today, error);
}

gint64
ter_performance_store_add_plan (TerPerformanceStore *self,
                                gint64 actor_id,
                                const TerCommissionPlan *plan,
                                GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!ter_commission_plan_validate (plan, error))
    return 0;

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->add_plan (self, actor_id, plan, error);
}

gboolean
ter_performance_store_assign_plan (TerPerformanceStore *self,
                                   gint64 actor_id,
                                   gint64 rep_id,
                                   gint64 plan_id,
                                   GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->assign_plan (self, actor_id, rep_id, plan_id, error);
}

TerCommissionPlan *
ter_performance_store_get_plan (TerPerformanceStore *self,
                                gint64 plan_id,
                                GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->get_plan (self, plan_id, error);
}

TerCommissionStatement *
ter_performance_store_statement (TerPerformanceStore *self,
                                 gint64 rep_id,
                                 const char *month,
                                 GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->statement (self, rep_id, month, error);
}

GArray *
ter_performance_store_report_figures (TerPerformanceStore *self,
                                      gint64 rep_id,
                                      const char *month,
                                      GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->report_figures (self, rep_id, month, error);
}

GArray *
ter_performance_store_report_status (TerPerformanceStore *self,
                                     gint64 actor_id,
                                     const char *month,
                                     GError **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->report_status (self, actor_id, month, error);
}
