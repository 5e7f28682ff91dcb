/* ter-okr.c: what OKR numbers mean: progress, status, history, grades and
 * carry-over. No SQL here: everything goes through TerOkrStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ter-format.h"
#include "ter-money.h"
#include "ter-okr.h"
#include "ter-period.h"

gboolean
ter_okr_quarter_parse (const char *quarter,
                       GDate      *first,
                       GDate      *last)
{
  int year, q;
  char tail;

  if (quarter == NULL || sscanf (quarter, "%4d-Q%1d%c", &year, &q, &tail) != 2
      || strlen (quarter) != 7 || year < 1000 || q < 1 || q > 4)
    return FALSE;

  if (first != NULL)
    {
      g_date_clear (first, 1);
      g_date_set_dmy (first, 1, (GDateMonth) (3 * q - 2), (GDateYear) year);
    }
  if (last != NULL)
    {
      g_date_clear (last, 1);
      g_date_set_dmy (last, 1, (GDateMonth) (3 * q), (GDateYear) year);
      g_date_set_day (last, g_date_get_days_in_month ((GDateMonth) (3 * q), (GDateYear) year));
    }
  return TRUE;
}

char *
ter_okr_quarter_of (const GDate *day)
{
  return g_strdup_printf ("%04d-Q%d", g_date_get_year (day), (g_date_get_month (day) + 2) / 3);
}

static char *
quarter_shift (const char *quarter,
               int         months)
{
  GDate first;

  if (!ter_okr_quarter_parse (quarter, &first, NULL))
    return NULL;
  if (months > 0)
    g_date_add_months (&first, (guint) months);
  else
    g_date_subtract_months (&first, (guint) -months);
  return ter_okr_quarter_of (&first);
}

char *
ter_okr_quarter_next (const char *quarter)
{
  return quarter_shift (quarter, 3);
}

char *
ter_okr_quarter_previous (const char *quarter)
{
  return quarter_shift (quarter, -3);
}

char *
ter_okr_quarter_label (const char *quarter)
{
  GDate first;

  if (!ter_okr_quarter_parse (quarter, &first, NULL))
    return g_strdup (quarter);
  /* Translators: a calendar quarter: quarter number, then year ("Q4 2026"). */
  return g_strdup_printf (_("Q%d %d"), (g_date_get_month (&first) + 2) / 3, g_date_get_year (&first));
}

double
ter_okr_quarter_elapsed (const char  *quarter,
                         const GDate *day)
{
  GDate first, last;
  double total, gone;

  if (!ter_okr_quarter_parse (quarter, &first, &last))
    return 0.0;
  total = g_date_days_between (&first, &last) + 1;
  gone = g_date_days_between (&first, day) + 1;
  return CLAMP (gone / total, 0.0, 1.0);
}

double
ter_okr_progress (TerOkrKind kind,
                  gint64     start_value,
                  gint64     target_value,
                  gint64     current_value)
{
  /* A milestone is done or not; no partial credit for "almost shipped". */
  if (kind == TER_OKR_KIND_MILESTONE)
    return current_value != 0 ? 1.0 : 0.0;
  if (target_value == start_value)
    return current_value == target_value ? 1.0 : 0.0;

  /* The same formula serves falling targets: going from 8% to 5%, a
   * current 6.5% is (650 - 800) / (500 - 800) = half way. */
  return (double) (current_value - start_value) / (double) (target_value - start_value);
}

double
ter_okr_key_result_progress (const TerOkrKeyResult *key_result)
{
  return ter_okr_progress (key_result->kind, key_result->start_value,
                           key_result->target_value, key_result->current_value);
}

TerOkrConfidence
ter_okr_status (const TerOkrKeyResult *key_result,
                double                 elapsed)
{
  double progress = ter_okr_key_result_progress (key_result);

  if (key_result->confidence != TER_OKR_CONFIDENCE_NONE)
    return key_result->confidence;
  if (progress >= 1.0)
    return TER_OKR_CONFIDENCE_ON_TRACK;
  /* An unfinished milestone worries nobody early in the quarter. */
  if (key_result->kind == TER_OKR_KIND_MILESTONE)
    return elapsed < 0.5 ? TER_OKR_CONFIDENCE_ON_TRACK
           : elapsed < 0.85 ? TER_OKR_CONFIDENCE_AT_RISK : TER_OKR_CONFIDENCE_OFF_TRACK;
  if (progress >= 0.9 * elapsed)
    return TER_OKR_CONFIDENCE_ON_TRACK;
  if (progress >= 0.7 * elapsed)
    return TER_OKR_CONFIDENCE_AT_RISK;
  return TER_OKR_CONFIDENCE_OFF_TRACK;
}

double
ter_okr_grade_for (double progress)
{
  return floor (CLAMP (progress, 0.0, 1.0) * 10.0 + 0.5) / 10.0;
}

double
ter_okr_objective_progress (GPtrArray *key_results)
{
  double sum = 0.0;

  if (key_results == NULL || key_results->len == 0)
    return 0.0;
  for (guint i = 0; i < key_results->len; i++)
    sum += CLAMP (ter_okr_key_result_progress (g_ptr_array_index (key_results, i)), 0.0, 1.0);
  return sum / key_results->len;
}

char *
ter_okr_format_value (TerOkrKind  kind,
                      gint64      value,
                      const char *currency)
{
  switch (kind)
    {
    case TER_OKR_KIND_PERCENT:
      /* Small rates need the second decimal: 0.37% to 0.29% is real work. */
      if (ABS (value) < 1000)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          return g_strdup_printf ("%s%%", g_ascii_formatd (buffer, sizeof buffer, "%.2f", value / 100.0));
        }
      return ter_format_percent (value / 10000.0);
    case TER_OKR_KIND_MONEY:
      return ter_format_money_compact (value, currency);
    case TER_OKR_KIND_MILESTONE:
      return g_strdup (value != 0 ? _("Done") : _("Not done"));
    case TER_OKR_KIND_NUMBER:
    default:
      return ter_format_integer (value);
    }
}

gboolean
ter_okr_parse_value (TerOkrKind   kind,
                     const char  *text,
                     const char  *currency,
                     gint64      *value,
                     GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  char *end = NULL;
  double number;

  if (kind == TER_OKR_KIND_MONEY)
    return ter_money_parse (copy, currency, value, error);
  if (kind == TER_OKR_KIND_MILESTONE)
    {
      *value = 0;
      return TRUE;
    }

  number = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (number) || fabs (number) > 1e12
      || (kind == TER_OKR_KIND_NUMBER && number != floor (number)))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   kind == TER_OKR_KIND_PERCENT ? _("“%s” is not a percentage such as 6.5.")
                                                : _("“%s” is not a whole number."), copy);
      return FALSE;
    }
  *value = kind == TER_OKR_KIND_PERCENT ? (gint64) llround (number * 100.0) : (gint64) number;
  return TRUE;
}

const char *
ter_okr_confidence_label (TerOkrConfidence confidence)
{
  switch (confidence)
    {
    case TER_OKR_CONFIDENCE_ON_TRACK:
      return _("On track");
    case TER_OKR_CONFIDENCE_AT_RISK:
      return _("At risk");
    case TER_OKR_CONFIDENCE_OFF_TRACK:
      return _("Off track");
    case TER_OKR_CONFIDENCE_NONE:
    default:
      return _("No check-in yet");
    }
}

const char *
ter_okr_metric_label (TerOkrMetric metric)
{
  switch (metric)
    {
    case TER_OKR_METRIC_REVENUE:
      return _("Revenue in the quarter");
    case TER_OKR_METRIC_NEW_DISTRIBUTORS:
      return _("New distributors signed");
    case TER_OKR_METRIC_AVG_ORDER_VALUE:
      return _("Average order value");
    case TER_OKR_METRIC_RETURN_RATE:
      return _("Return rate");
    case TER_OKR_METRIC_NONE:
    default:
      return _("Updated by check-ins");
    }
}

const char *
ter_okr_kind_label (TerOkrKind kind)
{
  switch (kind)
    {
    case TER_OKR_KIND_PERCENT:
      return _("a percentage");
    case TER_OKR_KIND_MONEY:
      return _("money");
    case TER_OKR_KIND_MILESTONE:
      return _("a yes/no milestone");
    case TER_OKR_KIND_NUMBER:
    default:
      return _("a number");
    }
}

TerOkrKind
ter_okr_metric_kind (TerOkrMetric metric)
{
  switch (metric)
    {
    case TER_OKR_METRIC_REVENUE:
    case TER_OKR_METRIC_AVG_ORDER_VALUE:
      return TER_OKR_KIND_MONEY;
    case TER_OKR_METRIC_RETURN_RATE:
      return TER_OKR_KIND_PERCENT;
    case TER_OKR_METRIC_NEW_DISTRIBUTORS:
    case TER_OKR_METRIC_NONE:
    default:
      return TER_OKR_KIND_NUMBER;
    }
}

static void
append_point (GArray                *points,
              const TerOkrKeyResult *kr,
              const char            *quarter,
              const GDate           *day,
              gint64                 value)
{
  TerOkrPoint point = { .value = value };
  double elapsed = ter_okr_quarter_elapsed (quarter, day);

  g_date_strftime (point.day, sizeof point.day, "%Y-%m-%d", day);
  point.ideal = kr->start_value + (kr->target_value - kr->start_value) * elapsed;
  g_array_append_val (points, point);
}

static gboolean
sample_weeks (TerOkrStore           *store,
              const TerOkrKeyResult *kr,
              const char            *quarter,
              const GDate           *first,
              const GDate           *end,
              GArray                *points,
              GError               **error)
{
  char first_day[11];
  GDate day = *first;

  g_date_strftime (first_day, sizeof first_day, "%Y-%m-%d", first);
  g_date_add_days (&day, 6);
  for (gboolean last = FALSE; !last; g_date_add_days (&day, 7))
    {
      char last_day[11];
      gint64 value = kr->start_value;

      if (g_date_compare (&day, end) >= 0)
        {
          day = *end;
          last = TRUE;
        }
      g_date_strftime (last_day, sizeof last_day, "%Y-%m-%d", &day);
      if (!ter_okr_store_metric_value (store, kr->metric, kr->scope_territory_id, kr->scope_rep_id,
                                       first_day, last_day, kr->currency, &value, error))
        return FALSE;
      append_point (points, kr, quarter, &day, value);
    }
  return TRUE;
}

GArray *
ter_okr_history (TerOkrStore           *store,
                 const TerOkrKeyResult *key_result,
                 const char            *quarter,
                 const GDate           *as_of,
                 GError               **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (TerOkrPoint));
  g_autoptr(GPtrArray) check_ins = NULL;
  GDate first, last, end;

  if (!ter_okr_quarter_parse (quarter, &first, &last))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("“%s” is not a quarter such as 2026-Q4."), quarter);
      return NULL;
    }
  end = g_date_compare (as_of, &last) < 0 ? *as_of : last;
  append_point (points, key_result, quarter, &first, key_result->start_value);
  if (g_date_compare (&end, &first) < 0)
    return g_steal_pointer (&points);

  if (key_result->metric != TER_OKR_METRIC_NONE)
    return sample_weeks (store, key_result, quarter, &first, &end, points, error)
           ? g_steal_pointer (&points) : NULL;

  check_ins = ter_okr_store_list_check_ins (store, key_result->id, error);
  if (check_ins == NULL)
    return NULL;
  for (guint i = 0; i < check_ins->len; i++)
    {
      TerOkrCheckIn *c = g_ptr_array_index (check_ins, i);
      GDate day;

      if (ter_period_parse_date (c->day, &day) && g_date_compare (&day, &end) <= 0)
        append_point (points, key_result, quarter, &day, c->value);
    }
  return g_steal_pointer (&points);
}

static const TerOkrObjective *
find_objective (GPtrArray *objectives,
                gint64     id)
{
  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (objectives, i);

      if (o->id == id)
        return o;
    }
  return NULL;
}

/* The key results as they stood at the end of the quarter, or on `as_of`
 * when that comes first. */
static GPtrArray *
key_results_at_end (TerOkrStore  *store,
                    gint64        objective_id,
                    const GDate  *as_of,
                    GError      **error)
{
  char day[11];

  g_date_strftime (day, sizeof day, "%Y-%m-%d", as_of);
  return ter_okr_store_list_key_results (store, objective_id, day, error);
}

gboolean
ter_okr_grade_objective (TerOkrStore  *store,
                         gint64        objective_id,
                         const GDate  *as_of,
                         double       *grade,
                         GError      **error)
{
  g_autoptr(GPtrArray) krs = key_results_at_end (store, objective_id, as_of, error);
  g_autofree gint64 *ids = NULL;
  g_autofree double *grades = NULL;
  double sum = 0.0;

  if (krs == NULL)
    return FALSE;
  if (krs->len == 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Objective number %lld does not exist."), (long long) objective_id);
      return FALSE;
    }

  ids = g_new (gint64, krs->len);
  grades = g_new (double, krs->len);
  for (guint i = 0; i < krs->len; i++)
    {
      const TerOkrKeyResult *kr = g_ptr_array_index (krs, i);

      ids[i] = kr->id;
      grades[i] = ter_okr_grade_for (ter_okr_key_result_progress (kr));
      sum += grades[i];
    }
  /* The objective's grade is the plain mean, kept to two decimals. */
  sum = floor (sum / krs->len * 100.0 + 0.5) / 100.0;
  if (!ter_okr_store_set_grades (store, objective_id, ids, grades, krs->len, sum, error))
    return FALSE;
  if (grade != NULL)
    *grade = sum;
  return TRUE;
}

/* Sums over a quarter start again from their original start value; levels
 * such as a return rate or a checked-in figure start where they ended. */
static gint64
carried_start (const TerOkrKeyResult *kr)
{
  if (kr->metric == TER_OKR_METRIC_REVENUE || kr->metric == TER_OKR_METRIC_NEW_DISTRIBUTORS)
    return kr->start_value;
  return kr->current_value;
}

static guint
collect_unfinished (GPtrArray             *krs,
                    TerOkrKeyResultRecord *records)
{
  guint n = 0;

  for (guint i = 0; i < krs->len && n < TER_OKR_MAX_KEY_RESULTS; i++)
    {
      const TerOkrKeyResult *kr = g_ptr_array_index (krs, i);

      if (ter_okr_key_result_progress (kr) >= 1.0)
        continue;
      records[n++] = (TerOkrKeyResultRecord) {
        .title = kr->title, .kind = kr->kind, .currency = kr->currency,
        .start_value = kr->kind == TER_OKR_KIND_MILESTONE ? 0 : carried_start (kr),
        .target_value = kr->target_value, .metric = kr->metric,
        .scope_territory_id = kr->scope_territory_id, .scope_rep_id = kr->scope_rep_id,
        .carried_from = kr->id,
      };
    }
  return n;
}

static gboolean
check_not_carried (GPtrArray        *next,
                   const TerOkrObjective *objective,
                   const char       *next_label,
                   GError          **error)
{
  for (guint i = 0; i < next->len; i++)
    if (((TerOkrObjective *) g_ptr_array_index (next, i))->carried_from == objective->id)
      {
        g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                     _("“%s” has already been carried into %s."), objective->title, next_label);
        return FALSE;
      }
  return TRUE;
}

gint64
ter_okr_carry_over (TerOkrStore  *store,
                    gint64        objective_id,
                    const GDate  *as_of,
                    GError      **error)
{
  g_autoptr(GPtrArray) krs = key_results_at_end (store, objective_id, as_of, error);
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) next = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *next_quarter = NULL;
  g_autofree char *next_label = NULL;
  TerOkrKeyResultRecord records[TER_OKR_MAX_KEY_RESULTS];
  const TerOkrObjective *objective;
  TerOkrObjectiveRecord record;
  guint n;

  if (krs == NULL)
    return 0;
  quarter = ter_okr_quarter_of (as_of);
  current = ter_okr_store_list_objectives (store, quarter, error);
  if (current == NULL)
    return 0;
  objective = find_objective (current, objective_id);
  if (objective == NULL || krs->len == 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Objective number %lld is not one of %s."), (long long) objective_id, quarter);
      return 0;
    }

  next_quarter = ter_okr_quarter_next (objective->quarter);
  next_label = ter_okr_quarter_label (next_quarter);
  next = ter_okr_store_list_objectives (store, next_quarter, error);
  if (next == NULL || !check_not_carried (next, objective, next_label, error))
    return 0;

  n = collect_unfinished (krs, records);
  if (n < TER_OKR_MIN_KEY_RESULTS)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   n == 0 ? _("Every key result of “%s” was met; there is nothing to carry over.")
                          : _("Only one key result of “%s” is unfinished; an objective needs at least two, so add it to an objective of the next quarter instead."),
                   objective->title);
      return 0;
    }

  /* Stay aligned: support the carried-over parent if there is one. */
  record = (TerOkrObjectiveRecord) {
    .quarter = next_quarter, .title = objective->title, .owner_kind = objective->owner_kind,
    .owner_id = objective->owner_id, .carried_from = objective->id,
  };
  for (guint i = 0; objective->parent_id > 0 && i < next->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (next, i);

      if (o->carried_from == objective->parent_id)
        record.parent_id = o->id;
    }
  return ter_okr_store_add_objective (store, &record, records, n, error);
}
