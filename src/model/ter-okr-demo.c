/* ter-okr-demo.c: OKRs for the demo company, so that the OKR page shows a
 * living quarter on first start: a company objective, the markets'
 * objectives aligned under it, a team objective moved by check-ins, and a
 * graded previous quarter whose unfinished work was carried over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-okr.h"
#include "ter-okr-demo.h"
#include "ter-territory.h"

typedef struct {
  TerOkrStore *okr;
  GListModel  *territories;
  const char  *quarter;
  GDate        first;
  GDate        last;
  GDate        today;     /* the last day with data in this quarter */
} Demo;

static gint64
metric (Demo          *demo,
        TerOkrMetric   m,
        gint64         territory_id,
        int            years_back,
        const char    *currency,
        gint64         fallback,
        GError       **error)
{
  GDate first = demo->first, last = demo->last;
  char a[11], b[11];
  gint64 value = fallback;

  g_date_subtract_years (&first, (guint) years_back);
  g_date_subtract_years (&last, (guint) years_back);
  g_date_strftime (a, sizeof a, "%Y-%m-%d", &first);
  g_date_strftime (b, sizeof b, "%Y-%m-%d", &last);
  if (!ter_okr_store_metric_value (demo->okr, m, territory_id, 0, a, b, currency, &value, error))
    return -1;
  return value;
}

/* Rounds a target to two significant figures, as people set them. */
static gint64
round_target (double value)
{
  double scale = 1.0;

  while (value / scale >= 100.0)
    scale *= 10.0;
  return (gint64) (value / scale + 0.5) * (gint64) scale;
}

static gint64
company_objective (Demo          *demo,
                   TerTerritory  *root,
                   GError       **error)
{
  const char *currency = ter_territory_get_currency (root);
  gint64 revenue = metric (demo, TER_OKR_METRIC_REVENUE, 0, 1, currency, 0, error);
  gint64 returns = metric (demo, TER_OKR_METRIC_RETURN_RATE, 0, 1, NULL, 800, error);
  gint64 signed_up = metric (demo, TER_OKR_METRIC_NEW_DISTRIBUTORS, 0, 1, NULL, 0, error);
  TerOkrKeyResultRecord krs[] = {
    /* xgettext:no-c-format */
    { .title = _("Grow revenue 20% over the same quarter last year"), .kind = TER_OKR_KIND_MONEY,
      .currency = currency, .target_value = round_target (revenue * 1.2), .metric = TER_OKR_METRIC_REVENUE },
    { .title = _("Bring the return rate down by a fifth"), .kind = TER_OKR_KIND_PERCENT,
      .start_value = returns, .target_value = returns * 4 / 5, .metric = TER_OKR_METRIC_RETURN_RATE },
    { .title = _("Sign new distributors"), .kind = TER_OKR_KIND_NUMBER,
      .target_value = MAX (2, signed_up * 13 / 10), .metric = TER_OKR_METRIC_NEW_DISTRIBUTORS },
  };
  TerOkrObjectiveRecord o = { .quarter = demo->quarter, .owner_kind = TER_OKR_OWNER_COMPANY,
                              .title = _("Make online the engine of our growth") };

  if (revenue < 0 || returns < 0 || signed_up < 0)
    return 0;
  return ter_okr_store_add_objective (demo->okr, &o, krs, G_N_ELEMENTS (krs), error);
}

static gint64
market_objective (Demo          *demo,
                  TerTerritory  *market,
                  gint64         parent,
                  GError       **error)
{
  const char *currency = ter_territory_get_currency (market);
  gint64 id = ter_territory_get_id (market);
  gint64 revenue = metric (demo, TER_OKR_METRIC_REVENUE, id, 1, currency, 0, error);
  gint64 average = metric (demo, TER_OKR_METRIC_AVG_ORDER_VALUE, id, 1, currency, 0, error);
  g_autofree char *title = g_strdup_printf (_("Lead online sales in %s"), ter_territory_get_display_name (market));
  TerOkrKeyResultRecord krs[] = {
    /* xgettext:no-c-format */
    { .title = _("Grow the market's revenue 15%"), .kind = TER_OKR_KIND_MONEY, .currency = currency,
      .target_value = round_target (revenue * 1.15), .metric = TER_OKR_METRIC_REVENUE,
      .scope_territory_id = id },
    /* xgettext:no-c-format */
    { .title = _("Raise the average order value 10%"), .kind = TER_OKR_KIND_MONEY, .currency = currency,
      .start_value = average, .target_value = round_target (average * 1.1),
      .metric = TER_OKR_METRIC_AVG_ORDER_VALUE, .scope_territory_id = id },
    { .title = _("Open a flagship store on the leading marketplace"), .kind = TER_OKR_KIND_MILESTONE,
      .target_value = 1 },
  };
  TerOkrObjectiveRecord o = { .quarter = demo->quarter, .owner_kind = TER_OKR_OWNER_TERRITORY,
                              .owner_id = id, .parent_id = parent, .title = title };

  if (revenue < 0 || average < 0)
    return 0;
  if (average == 0)
    krs[1] = (TerOkrKeyResultRecord) { .title = _("Win repeat orders from 25 dealers"),
                                       .kind = TER_OKR_KIND_NUMBER, .target_value = 25 };
  return ter_okr_store_add_objective (demo->okr, &o, krs, G_N_ELEMENTS (krs), error);
}

/* Weekly check-ins that fall behind in the middle of the quarter and
 * partly catch up, as real ones do. */
static gboolean
check_in_weekly (Demo          *demo,
                 gint64         objective_id,
                 guint          seed,
                 GError       **error)
{
  static const double pace[] = { 0.05, 0.12, 0.2, 0.26, 0.3, 0.34, 0.4, 0.5, 0.58, 0.66, 0.72, 0.8, 0.86, 0.9 };
  g_autoptr(GPtrArray) krs = ter_okr_store_list_key_results (demo->okr, objective_id, NULL, error);
  g_autofree char *note = NULL;
  GDate day = demo->first;
  guint week = 0;

  if (krs == NULL)
    return FALSE;
  for (g_date_add_days (&day, 6); g_date_compare (&day, &demo->today) <= 0 && week < G_N_ELEMENTS (pace);
       g_date_add_days (&day, 7), week++)
    for (guint i = 0; i < krs->len; i++)
      {
        const TerOkrKeyResult *kr = g_ptr_array_index (krs, i);
        double share = MIN (1.0, 0.85 * pace[week] * (1.0 + 0.08 * ((seed + i) % 3)));
        double elapsed = ter_okr_quarter_elapsed (demo->quarter, &day);
        gint64 value;
        char text[11];

        if (kr->metric != TER_OKR_METRIC_NONE)
          continue;
        value = kr->kind == TER_OKR_KIND_MILESTONE ? share >= 0.75
                : kr->start_value + (gint64) ((kr->target_value - kr->start_value) * share);
        g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
        g_clear_pointer (&note, g_free);
        if (share < 0.8 * elapsed)
          note = g_strdup (_("Behind plan: two dealers postponed their training."));
        if (!ter_okr_store_check_in (demo->okr, kr->id, text, value,
                                     share >= 0.9 * elapsed ? TER_OKR_CONFIDENCE_ON_TRACK
                                     : share >= 0.7 * elapsed ? TER_OKR_CONFIDENCE_AT_RISK
                                     : TER_OKR_CONFIDENCE_OFF_TRACK,
                                     note, error))
          return FALSE;
      }
  return TRUE;
}

static gint64
team_objective (Demo          *demo,
                TerTerritory  *team,
                gint64         parent,
                GError       **error)
{
  TerOkrKeyResultRecord krs[] = {
    { .title = _("Train dealers on online ordering"), .kind = TER_OKR_KIND_NUMBER, .target_value = 40 },
    { .title = _("Answer online enquiries within two hours"), .kind = TER_OKR_KIND_PERCENT,
      .start_value = 6200, .target_value = 9000 },
    { .title = _("Launch the dealer ordering portal"), .kind = TER_OKR_KIND_MILESTONE, .target_value = 1 },
  };
  g_autofree char *title = g_strdup_printf (_("Get every dealer in %s ordering online"),
                                            ter_territory_get_display_name (team));
  TerOkrObjectiveRecord o = { .quarter = demo->quarter, .owner_kind = TER_OKR_OWNER_TERRITORY,
                              .owner_id = ter_territory_get_id (team), .parent_id = parent, .title = title };
  gint64 id = ter_okr_store_add_objective (demo->okr, &o, krs, G_N_ELEMENTS (krs), error);

  if (id == 0 || !check_in_weekly (demo, id, (guint) ter_territory_get_id (team), error))
    return 0;
  return id;
}

static TerTerritory *
child_of (GListModel *territories,
          gint64      parent_id,
          guint       nth)
{
  for (guint i = 0, n = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);

      if (ter_territory_get_parent_id (t) == parent_id && n++ == nth)
        return g_steal_pointer (&t);
    }
  return NULL;
}

/* One quarter: the company, up to three markets, a team under the first.
 * A team objective carried over from last quarter takes the new one's
 * place, realigned under this quarter's market objective. */
static gboolean
generate_quarter (Demo    *demo,
                  gint64   carried_team,
                  gint64  *team_id,
                  GError **error)
{
  g_autoptr(TerTerritory) root = child_of (demo->territories, 0, 0);
  gint64 company;

  if (root == NULL)
    return TRUE;
  company = company_objective (demo, root, error);
  if (company == 0)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TerTerritory) market = child_of (demo->territories, ter_territory_get_id (root), i);
      g_autoptr(TerTerritory) team = NULL;
      gint64 id;

      if (market == NULL)
        break;
      id = market_objective (demo, market, company, error);
      if (id == 0)
        return FALSE;
      team = i == 0 ? child_of (demo->territories, ter_territory_get_id (market), 0) : NULL;
      if (team == NULL)
        continue;
      if (carried_team > 0)
        {
          if (!ter_okr_store_set_parent (demo->okr, carried_team, id, error)
              || !check_in_weekly (demo, carried_team, 7, error))
            return FALSE;
        }
      else if ((*team_id = team_objective (demo, team, id, error)) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
grade_quarter (Demo    *demo,
               GError **error)
{
  g_autoptr(GPtrArray) objectives = ter_okr_store_list_objectives (demo->okr, demo->quarter, error);

  if (objectives == NULL)
    return FALSE;
  for (guint i = 0; i < objectives->len; i++)
    if (!ter_okr_grade_objective (demo->okr, ((TerOkrObjective *) objectives->pdata[i])->id,
                                  &demo->last, NULL, error))
      return FALSE;
  return TRUE;
}

static void
demo_set_quarter (Demo        *demo,
                  const char  *quarter,
                  const GDate *today)
{
  demo->quarter = quarter;
  ter_okr_quarter_parse (quarter, &demo->first, &demo->last);
  demo->today = g_date_compare (today, &demo->last) < 0 ? *today : demo->last;
}

gboolean
ter_okr_demo_generate (TerStore     *store,
                       const GDate  *today,
                       GError      **error)
{
  g_autoptr(GListModel) territories = ter_store_list_territories (store, error);
  g_autofree char *current = ter_okr_quarter_of (today);
  g_autofree char *previous = ter_okr_quarter_previous (current);
  Demo demo = { .okr = TER_OKR_STORE (store), .territories = territories };
  gint64 team = 0, carried = 0;

  if (territories == NULL)
    return FALSE;

  demo_set_quarter (&demo, previous, today);
  if (!generate_quarter (&demo, 0, &team, error) || !grade_quarter (&demo, error))
    return FALSE;

  /* Last quarter's team objective ran late; its work goes on. */
  if (team > 0)
    {
      g_autoptr(GError) local_error = NULL;

      carried = ter_okr_carry_over (demo.okr, team, &demo.last, &local_error);
      if (carried == 0)
        g_debug ("Nothing carried over: %s", local_error->message);
    }

  demo_set_quarter (&demo, current, today);
  return generate_quarter (&demo, carried, &team, error);
}
