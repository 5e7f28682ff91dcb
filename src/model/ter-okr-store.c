/* ter-okr-store.c: the OKR store interface and its input checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-money.h"
#include "ter-okr.h"
#include "ter-okr-store.h"
#include "ter-period.h"

G_DEFINE_INTERFACE (TerOkrStore, ter_okr_store, TER_TYPE_STORE)

static void
ter_okr_store_default_init (TerOkrStoreInterface *iface)
{
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Says which key result is wrong, by position, so a form can point at it. */
static gboolean
check_key_result (const TerOkrKeyResultRecord  *kr,
                  guint                         position,
                  GError                      **error)
{
  if (is_blank (kr->title))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Key result %u needs a title."), position);
      return FALSE;
    }
  if (kr->kind == TER_OKR_KIND_MONEY && !ter_currency_is_known (kr->currency))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Key result %u (“%s”) counts money but has no known currency."),
                   position, kr->title);
      return FALSE;
    }
  if (kr->kind == TER_OKR_KIND_MILESTONE
      ? kr->start_value != 0 || kr->target_value != 1
      : kr->start_value == kr->target_value)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Key result %u (“%s”) needs a target different from its start value."),
                   position, kr->title);
      return FALSE;
    }
  if (kr->metric != TER_OKR_METRIC_NONE && ter_okr_metric_kind (kr->metric) != kr->kind)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Key result %u (“%s”) is linked to “%s”, which is measured as %s."),
                   position, kr->title, ter_okr_metric_label (kr->metric),
                   ter_okr_kind_label (ter_okr_metric_kind (kr->metric)));
      return FALSE;
    }
  return TRUE;
}

/* The checks an objective passes before it is written, new or edited. */
static gboolean
check_objective (const TerOkrObjectiveRecord  *objective,
                 gboolean                      need_quarter,
                 const TerOkrKeyResultRecord  *key_results,
                 guint                         n_key_results,
                 GError                      **error)
{
  if (is_blank (objective->title))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The objective needs a title."));
      return FALSE;
    }
  if ((need_quarter || objective->quarter != NULL)
      && !ter_okr_quarter_parse (objective->quarter, NULL, NULL))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("“%s” is not a quarter such as 2026-Q4."),
                   objective->quarter ? objective->quarter : "");
      return FALSE;
    }
  if ((objective->owner_kind == TER_OKR_OWNER_COMPANY) != (objective->owner_id == 0))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The objective “%s” needs an owner: the company, a region, a territory or a rep."),
                   objective->title);
      return FALSE;
    }
  if (n_key_results < TER_OKR_MIN_KEY_RESULTS || n_key_results > TER_OKR_MAX_KEY_RESULTS)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The objective “%s” has %u key results; it needs two to five."),
                   objective->title, n_key_results);
      return FALSE;
    }
  for (guint i = 0; i < n_key_results; i++)
    if (!check_key_result (&key_results[i], i + 1, error))
      return FALSE;
  return TRUE;
}

gint64
ter_okr_store_add_objective (TerOkrStore                  *self,
                             const TerOkrObjectiveRecord  *objective,
                             const TerOkrKeyResultRecord  *key_results,
                             guint                         n_key_results,
                             GError                      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), 0);
  g_return_val_if_fail (objective != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_objective (objective, TRUE, key_results, n_key_results, error))
    return 0;
  return TER_OKR_STORE_GET_IFACE (self)->add_objective (self, objective, key_results,
                                                        n_key_results, error);
}

gboolean
ter_okr_store_update_objective (TerOkrStore                  *self,
                                gint64                        objective_id,
                                const TerOkrObjectiveRecord  *objective,
                                const gint64                 *key_result_ids,
                                const TerOkrKeyResultRecord  *key_results,
                                guint                         n_key_results,
                                GError                      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), FALSE);
  g_return_val_if_fail (objective != NULL, FALSE);
  g_return_val_if_fail (key_result_ids != NULL || n_key_results == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_objective (objective, FALSE, key_results, n_key_results, error))
    return FALSE;
  if (objective->parent_id == objective_id)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("An objective cannot support itself."));
      return FALSE;
    }
  for (guint i = 0; i < n_key_results; i++)
    for (guint j = 0; j < i; j++)
      if (key_result_ids[i] != 0 && key_result_ids[i] == key_result_ids[j])
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Key results %u and %u replace the same key result."), j + 1, i + 1);
          return FALSE;
        }
  return TER_OKR_STORE_GET_IFACE (self)->update_objective (self, objective_id, objective,
                                                           key_result_ids, key_results,
                                                           n_key_results, error);
}

GPtrArray *
ter_okr_store_list_objectives_in (TerOkrStore  *self,
                                  const char   *quarter,
                                  gint64        territory_id,
                                  GError      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);
  if (territory_id <= 0)
    return TER_OKR_STORE_GET_IFACE (self)->list_objectives (self, quarter, error);
  return TER_OKR_STORE_GET_IFACE (self)->list_objectives_in (self, quarter, territory_id, error);
}

gint64
ter_okr_store_region_territory (TerOkrStore *self,
                                gint64       region_id,
                                const char  *day)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), 0);
  g_return_val_if_fail (day != NULL, 0);
  return TER_OKR_STORE_GET_IFACE (self)->region_territory (self, region_id, day);
}

gboolean
ter_okr_store_set_parent (TerOkrStore  *self,
                          gint64        objective_id,
                          gint64        parent_id,
                          GError      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), FALSE);

  if (objective_id == parent_id)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("An objective cannot support itself."));
      return FALSE;
    }
  return TER_OKR_STORE_GET_IFACE (self)->set_parent (self, objective_id, parent_id, error);
}

gboolean
ter_okr_store_delete_objective (TerOkrStore  *self,
                                gint64        objective_id,
                                GError      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), FALSE);
  return TER_OKR_STORE_GET_IFACE (self)->delete_objective (self, objective_id, error);
}

GPtrArray *
ter_okr_store_list_objectives (TerOkrStore  *self,
                               const char   *quarter,
                               GError      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);
  return TER_OKR_STORE_GET_IFACE (self)->list_objectives (self, quarter, error);
}

GPtrArray *
ter_okr_store_list_key_results (TerOkrStore  *self,
                                gint64        objective_id,
                                const char   *as_of,
                                GError      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), NULL);
  return TER_OKR_STORE_GET_IFACE (self)->list_key_results (self, objective_id, as_of, error);
}

gboolean
ter_okr_store_check_in (TerOkrStore       *self,
                        gint64             key_result_id,
                        const char        *day,
                        gint64             value,
                        TerOkrConfidence   confidence,
                        const char        *note,
                        GError           **error)
{
  GDate date;

  g_return_val_if_fail (TER_IS_OKR_STORE (self), FALSE);

  if (day == NULL || !ter_period_parse_date (day, &date))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("“%s” is not a date of the form YYYY-MM-DD."), day ? day : "");
      return FALSE;
    }
  if (confidence == TER_OKR_CONFIDENCE_NONE)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("A check-in needs a confidence: on track, at risk or off track."));
      return FALSE;
    }
  return TER_OKR_STORE_GET_IFACE (self)->check_in (self, key_result_id, day, value,
                                                   confidence, note, error);
}

GPtrArray *
ter_okr_store_list_check_ins (TerOkrStore  *self,
                              gint64        key_result_id,
                              GError      **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), NULL);
  return TER_OKR_STORE_GET_IFACE (self)->list_check_ins (self, key_result_id, error);
}

gboolean
ter_okr_store_metric_value (TerOkrStore   *self,
                            TerOkrMetric   metric,
                            gint64         territory_id,
                            gint64         rep_id,
                            const char    *first_day,
                            const char    *last_day,
                            const char    *currency,
                            gint64        *value,
                            GError       **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), FALSE);
  g_return_val_if_fail (metric != TER_OKR_METRIC_NONE, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  return TER_OKR_STORE_GET_IFACE (self)->metric_value (self, metric, territory_id, rep_id,
                                                       first_day, last_day, currency,
                                                       value, error);
}

gboolean
ter_okr_store_set_grades (TerOkrStore   *self,
                          gint64         objective_id,
                          const gint64  *key_result_ids,
                          const double  *grades,
                          guint          n_grades,
                          double         objective_grade,
                          GError       **error)
{
  g_return_val_if_fail (TER_IS_OKR_STORE (self), FALSE);
  return TER_OKR_STORE_GET_IFACE (self)->set_grades (self, objective_id, key_result_ids,
                                                     grades, n_grades, objective_grade, error);
}

void
ter_okr_objective_free (TerOkrObjective *objective)
{
  if (objective == NULL)
    return;
  g_free (objective->title);
  g_free (objective->owner_name);
  g_free (objective);
}

void
ter_okr_key_result_free (TerOkrKeyResult *key_result)
{
  if (key_result == NULL)
    return;
  g_free (key_result->title);
  g_free (key_result->note);
  g_free (key_result);
}

void
ter_okr_check_in_free (TerOkrCheckIn *check_in)
{
  if (check_in == NULL)
    return;
  g_free (check_in->note);
  g_free (check_in);
}
