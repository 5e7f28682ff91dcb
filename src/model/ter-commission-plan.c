/* ter-commission-plan.c: what makes a commission plan payable, and the
 * TerPerformanceStore calls that edit plans and who they pay; likewise
 * for the review criteria, whose weights must add up to 100 %.
 *
 * Validation lives here, outside any engine, so that every store refuses
 * the same plans with the same words, and the editor can say what is
 * wrong before anything is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-commission-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-performance-store.h"

/* The most a tier may multiply the rate by, and the highest attainment a
 * tier may start at: beyond these a typing slip is more likely than a
 * plan anyone would sign. */
#define MAX_MULTIPLIER_BP (10 * TER_BP_WHOLE)
#define MAX_THRESHOLD_BP  (10 * TER_BP_WHOLE)

/* "2.5%", "150%": basis points as the percentage a manager typed. */
static char *
bp_text (gint64 bp)
{
  return g_strdup_printf ("%g%%", bp / 100.0);
}

static gboolean
validate_header (const TerCommissionPlan  *plan,
                 GError                  **error)
{
  g_autofree char *name = g_strstrip (g_strdup (plan->name != NULL ? plan->name : ""));

  if (*name == '\0')
    {
      g_set_error_literal (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                           _("Give the plan a name, so that reps and statements can refer to it."));
      return FALSE;
    }
  if (strlen (plan->currency) != 3)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Plan “%s”: choose the currency it pays in."), name);
      return FALSE;
    }
  if (plan->base_rate_bp < 0 || plan->base_rate_bp > TER_BP_WHOLE)
    {
      g_autofree char *rate = bp_text (plan->base_rate_bp);

      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Plan “%s”: the base rate is %s; it must be between 0%% and 100%% of sales."),
                   name, rate);
      return FALSE;
    }
  if (plan->cap < 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Plan “%s”: the monthly cap cannot be negative; leave it at 0 for no cap."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_tiers (const TerCommissionPlan  *plan,
                GError                  **error)
{
  for (guint i = 0; plan->tiers != NULL && i < plan->tiers->len; i++)
    {
      const TerCommissionTier *t = &g_array_index (plan->tiers, TerCommissionTier, i);
      g_autofree char *from = bp_text (t->from_bp);
      g_autofree char *times = g_strdup_printf ("%g×", t->multiplier_bp / (double) TER_BP_WHOLE);

      if (t->from_bp < 0 || t->from_bp > MAX_THRESHOLD_BP)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Tier %u starts at %s of quota; a tier must start between 0%% and 1000%%."),
                       i + 1, from);
          return FALSE;
        }
      if (t->multiplier_bp < 0 || t->multiplier_bp > MAX_MULTIPLIER_BP)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Tier %u multiplies the rate by %s; the multiplier must be between 0× and 10×."),
                       i + 1, times);
          return FALSE;
        }
      if (i > 0 && t->from_bp <= g_array_index (plan->tiers, TerCommissionTier, i - 1).from_bp)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Tiers %u and %u both start at or below %s of quota; each tier needs a higher threshold than the one before."),
                       i, i + 1, from);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
validate_rates (const TerCommissionPlan  *plan,
                GError                  **error)
{
  for (guint i = 0; plan->rates != NULL && i < plan->rates->len; i++)
    {
      const TerCategoryRate *r = &g_array_index (plan->rates, TerCategoryRate, i);

      if (r->category_id <= 0)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Category rate %u: choose the product category it applies to."), i + 1);
          return FALSE;
        }
      if (r->rate_bp < 0 || r->rate_bp > TER_BP_WHOLE)
        {
          g_autofree char *rate = bp_text (r->rate_bp);

          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Category rate %u is %s; it must be between 0%% and 100%% of sales."),
                       i + 1, rate);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_array_index (plan->rates, TerCategoryRate, j).category_id == r->category_id)
          {
            g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                         _("Category rates %u and %u are for the same category; keep one of them."),
                         j + 1, i + 1);
            return FALSE;
          }
    }

  return TRUE;
}

gboolean
ter_commission_plan_validate (const TerCommissionPlan  *plan,
                              GError                  **error)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return validate_header (plan, error) && validate_tiers (plan, error) && validate_rates (plan, error);
}

GPtrArray *
ter_performance_store_list_plans (TerPerformanceStore  *self,
                                  GError              **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_plans (self, error);
}

gboolean
ter_performance_store_update_plan (TerPerformanceStore      *self,
                                   gint64                    actor_id,
                                   const TerCommissionPlan  *plan,
                                   GError                  **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ter_commission_plan_validate (plan, error)
         && TER_PERFORMANCE_STORE_GET_IFACE (self)->update_plan (self, actor_id, plan, error);
}

gboolean
ter_performance_store_delete_plan (TerPerformanceStore  *self,
                                   gint64                actor_id,
                                   gint64                plan_id,
                                   GError              **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->delete_plan (self, actor_id, plan_id, error);
}

GArray *
ter_performance_store_list_assignments (TerPerformanceStore  *self,
                                        gint64                plan_id,
                                        GError              **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_assignments (self, plan_id, error);
}

static gboolean
valid_month (const char *month)
{
  return strlen (month) == 7 && g_ascii_isdigit (month[0]) && g_ascii_isdigit (month[1])
         && g_ascii_isdigit (month[2]) && g_ascii_isdigit (month[3]) && month[4] == '-'
         && ((month[5] == '0' && month[6] >= '1' && month[6] <= '9')
             || (month[5] == '1' && month[6] >= '0' && month[6] <= '2'));
}

gint64
ter_performance_store_add_assignment (TerPerformanceStore      *self,
                                      gint64                    actor_id,
                                      const TerPlanAssignment  *assignment,
                                      GError                  **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!valid_month (assignment->valid_from)
      || (assignment->valid_to[0] != '\0' && !valid_month (assignment->valid_to)))
    {
      g_set_error_literal (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                           _("An assignment needs a first month (and optionally a last month) as YYYY-MM."));
      return 0;
    }
  if (assignment->valid_to[0] != '\0' && strcmp (assignment->valid_to, assignment->valid_from) < 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The assignment ends in %s, before it starts in %s."),
                   assignment->valid_to, assignment->valid_from);
      return 0;
    }

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->add_assignment (self, actor_id, assignment, error);
}

gboolean
ter_performance_store_remove_assignment (TerPerformanceStore  *self,
                                         gint64                actor_id,
                                         gint64                assignment_id,
                                         GError              **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->remove_assignment (self, actor_id, assignment_id, error);
}

GArray *
ter_performance_store_list_categories (TerPerformanceStore  *self,
                                       GError              **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_PERFORMANCE_STORE_GET_IFACE (self)->list_categories (self, error);
}

gboolean
ter_review_criteria_validate (GArray  *criteria,
                              GError **error)
{
  gint64 total = 0;

  if (criteria->len == 0)
    {
      g_set_error_literal (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                           _("Reviews need at least one criterion."));
      return FALSE;
    }

  for (guint i = 0; i < criteria->len; i++)
    {
      const TerReviewCriterion *c = &g_array_index (criteria, TerReviewCriterion, i);
      g_autofree char *en = g_strstrip (g_strdup (c->name_en != NULL ? c->name_en : ""));
      g_autofree char *zh = g_strstrip (g_strdup (c->name_zh != NULL ? c->name_zh : ""));

      if (*en == '\0' && *zh == '\0')
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Criterion %u has no name; give it one in English or Chinese."), i + 1);
          return FALSE;
        }
      if (c->weight < 1 || c->weight > 100)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Criterion %u (%s) weighs %d%%; a weight must be between 1%% and 100%%."),
                       i + 1, *en != '\0' ? en : zh, (int) c->weight);
          return FALSE;
        }
      total += c->weight;
    }

  if (total != 100)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The weights add up to %d%%; they must add up to exactly 100%%."), (int) total);
      return FALSE;
    }

  return TRUE;
}

gboolean
ter_performance_store_save_criteria (TerPerformanceStore  *self,
                                     gint64                actor_id,
                                     GArray               *criteria,
                                     GError              **error)
{
  g_return_val_if_fail (TER_IS_PERFORMANCE_STORE (self), FALSE);
  g_return_val_if_fail (criteria != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ter_review_criteria_validate (criteria, error)
         && TER_PERFORMANCE_STORE_GET_IFACE (self)->save_criteria (self, actor_id, criteria, error);
}
