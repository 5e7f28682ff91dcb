/* ter-performance-demo.c: performance content for the demo company.
 *
 * Every write goes through TerPerformanceStore as the rep's own manager,
 * so the demo obeys the same authority rules as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-performance-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "ter-performance-demo.h"
#include "ter-performance-store.h"
#include "ter-rep.h"
#include "ter-territory.h"

static void
shift_month (const char *month,
             int         delta,
             char        out[8])
{
  int index = atoi (month) * 12 + atoi (month + 5) - 1 + delta;

  g_snprintf (out, 8, "%04d-%02d", index / 12, index % 12 + 1);
}

/* 3 % of sales, half pay below half of quota, 1.5× beyond quota and 2×
 * beyond 120 %, at most `cap` a month. */
static gint64
add_plan (TerPerformanceStore  *perf,
          gint64                actor_id,
          const char           *name,
          const char           *currency,
          gint64                cap,
          GError              **error)
{
  static const TerCommissionTier tiers[] = {
    { 0, 5000 }, { 5000, 10000 }, { 10000, 15000 }, { 12000, 20000 },
  };
  g_autoptr(GArray) tier_array = g_array_new (FALSE, TRUE, sizeof (TerCommissionTier));
  g_autoptr(GArray) rates = g_array_new (FALSE, TRUE, sizeof (TerCategoryRate));
  TerCommissionPlan plan = { .name = (char *) name, .base_rate_bp = 300, .cap = cap,
                             .tiers = tier_array, .rates = rates };

  g_strlcpy (plan.currency, currency, sizeof plan.currency);
  g_array_append_vals (tier_array, tiers, G_N_ELEMENTS (tiers));
  return ter_performance_store_add_plan (perf, actor_id, &plan, error);
}

static const char *
rep_currency (GListModel *territories,
              TerRep     *rep)
{
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (t) == ter_rep_get_territory_id (rep))
        return ter_territory_get_currency (t);
    }

  return "CNY";
}

/* The quarter before the one `month` falls in, finished and reviewed:
 * most reviews acknowledged, some still waiting for the rep, one a draft. */
static gboolean
add_review (TerPerformanceStore  *perf,
            TerRep               *rep,
            const char           *quarter,
            guint                 index,
            gboolean              latest,
            GError              **error)
{
  static const char * const strengths[] = {
    N_("Opened new dealers ahead of plan and kept key accounts growing."),
    N_("Reliable visit rhythm; distributors trust the forecasts."),
    N_("Strong online channel results and quick follow-up on leads."),
  };
  static const char * const improvements[] = {
    N_("Returns are above the team average; check stock rotation at dealers."),
    N_("Monthly reports arrive late; send them by the 5th."),
    N_("Coverage of county-level retailers is thin."),
  };
  gint64 manager = ter_rep_get_manager_id (rep);
  g_autoptr(TerReview) review = NULL;
  gint64 id;

  id = ter_performance_store_create_review (perf, manager, ter_rep_get_id (rep),
                                            TER_REVIEW_PERIOD_QUARTER, quarter, error);
  if (id == 0 || (review = ter_performance_store_get_review (perf, id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < review->scores->len; i++)
    {
      TerReviewScore *s = &g_array_index (review->scores, TerReviewScore, i);

      if (s->score == 0)
        s->score = 3 + (index + i) % 3;
    }
  g_free (review->strengths);
  g_free (review->improvements);
  g_free (review->goals);
  review->strengths = g_strdup (_(strengths[index % G_N_ELEMENTS (strengths)]));
  review->improvements = g_strdup (_(improvements[index % G_N_ELEMENTS (improvements)]));
  review->goals = g_strdup (_("Beat the quarter's target and sign two new distributors."));
  if (!ter_performance_store_save_review (perf, manager, review, error))
    return FALSE;
  /* Earlier quarters' reviews are all acknowledged; the latest is at
   * every stage across the team. */
  if (latest && index % 5 == 4)
    return TRUE;
  if (!ter_performance_store_set_review_status (perf, manager, id, TER_REVIEW_SUBMITTED, error))
    return FALSE;
  if (latest && index % 5 == 3)
    return TRUE;

  return ter_performance_store_set_review_status (perf, ter_rep_get_id (rep), id,
                                                  TER_REVIEW_ACKNOWLEDGED, error);
}

/* Reports for the three months before `month`: most by the 5th, some a
 * few days late, a few never sent. */
static gboolean
add_reports (TerPerformanceStore  *perf,
             TerRep               *rep,
             const char           *month,
             guint                 index,
             GError              **error)
{
  for (int back = 3; back >= 1; back--)
    {
      g_autoptr(TerRepReport) report = NULL;
      char report_month[8], next[8], day[11];
      guint roll = (index * 7 + back * 3) % 20;

      if (roll == 0)
        continue;
      shift_month (month, -back, report_month);
      shift_month (month, -back + 1, next);
      g_snprintf (day, sizeof day, "%s-%02u", next, roll < 3 ? 9 : 1 + roll % 5);
      report = ter_performance_store_get_report (perf, ter_rep_get_id (rep), report_month, error);
      if (report == NULL)
        return FALSE;
      g_free (report->reasons);
      report->reasons = g_strdup (_("Dealer restocking before the holiday lifted sales; two key accounts delayed orders."));
      g_free (report->work_done);
      report->work_done = g_strdup (_("Visited 18 dealers, ran two in-store promotions, trained new distributor staff."));
      g_free (report->next_goals);
      report->next_goals = g_strdup (_("Close the open tender and add three county retailers."));
      g_free (report->competitors);
      report->competitors = g_strdup (_("1. Midea 2. Gree 3. Haier — Midea's dealer rebates are simpler; learn from their training."));
      if (!ter_performance_store_save_report (perf, ter_rep_get_id (rep), report, TRUE, day, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_for_rep (TerPerformanceStore  *perf,
             TerRep               *rep,
             gint64                plan_cny,
             gint64                plan_usd,
             const char           *currency,
             const char           *month,
             guint                 index,
             GError              **error)
{
  char quarter[8];
  int m = atoi (month + 5);
  TerPlanAssignment assignment = { 0, g_str_equal (currency, "USD") ? plan_usd : plan_cny,
                                   ter_rep_get_id (rep), TER_REP_ROLE_SALES_REP, "", "" };

  /* Paid under the plan since the January two years back, as far as the
   * demo's sales go. */
  shift_month (month, -(m - 1) - 24, assignment.valid_from);
  if (ter_performance_store_add_assignment (perf, ter_rep_get_manager_id (rep), &assignment, error) == 0
      || !add_reports (perf, rep, month, index, error))
    return FALSE;

  /* Every fourth rep has reviews for the last four quarters, so that
   * their history shows a direction; the rest keep generation quick. */
  for (int q = 3; index % 4 == 0 && q >= 0; q--)
    {
      shift_month (month, -((m - 1) % 3) - 3 * (q + 1), quarter);
      if (!add_review (perf, rep, quarter, index / 4 + (guint) q * 2, q == 0, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
ter_performance_demo_generate (TerStore    *store,
                               const char  *current_month,
                               GError     **error)
{
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (store);
  g_autoptr(GListModel) reps = ter_store_list_reps (store, error);
  g_autoptr(GListModel) territories = NULL;
  gint64 head = 0, plan_cny, plan_usd;
  guint index = 0;

  if (reps == NULL || (territories = ter_store_list_territories (store, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (reps) && head == 0; i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_manager_id (rep) == 0 && ter_rep_get_role (rep) != TER_REP_ROLE_SALES_REP)
        head = ter_rep_get_id (rep);
    }
  if (head == 0)
    return TRUE;

  plan_cny = add_plan (perf, head, _("Standard plan (China)"), "CNY", 3000000, error);
  plan_usd = plan_cny > 0 ? add_plan (perf, head, _("Standard plan (United States)"), "USD", 500000, error) : 0;
  if (plan_usd == 0)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_role (rep) != TER_REP_ROLE_SALES_REP || ter_rep_get_manager_id (rep) == 0)
        continue;
      if (!add_for_rep (perf, rep, plan_cny, plan_usd, rep_currency (territories, rep),
                        current_month, index++, error))
        return FALSE;
    }

  return TRUE;
}
