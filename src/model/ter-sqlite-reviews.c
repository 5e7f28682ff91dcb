/* ter-sqlite-reviews.c: performance reviews and monthly rep reports.
 *
 * A review is written by someone above the rep in the reporting line,
 * submitted by them and acknowledged by the rep alone; each step is
 * recorded in review_events, the review's history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-reviews"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ter-sqlite-performance-private.h"

static void
criterion_clear (gpointer data)
{
  TerReviewCriterion *c = data;

  g_free (c->code);
  g_free (c->name_en);
  g_free (c->name_zh);
  g_free (c->measure);
}

static GArray *
ter_sqlite_reviews_list_criteria (TerPerformanceStore  *store,
                                  GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerReviewCriterion));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, criterion_clear);
  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, code, name_en, name_zh, weight, measure, active FROM review_criteria "
                  "ORDER BY active DESC, position, id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerReviewCriterion c = { 0 };

      c.id = sqlite3_column_int64 (stmt, 0);
      c.code = g_strdup (ter_sqlite_column_text (stmt, 1));
      c.name_en = g_strdup (ter_sqlite_column_text (stmt, 2));
      c.name_zh = g_strdup (ter_sqlite_column_text (stmt, 3));
      c.weight = sqlite3_column_int64 (stmt, 4);
      c.measure = g_strdup (ter_sqlite_column_text (stmt, 5));
      c.active = sqlite3_column_int (stmt, 6) != 0;
      g_array_append_val (rows, c);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading review criteria"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static int
period_months (TerReviewPeriod period)
{
  return period == TER_REVIEW_PERIOD_YEAR ? 12 : period == TER_REVIEW_PERIOD_QUARTER ? 3 : 1;
}

static void
period_last_month (const char      *first,
                   TerReviewPeriod  period,
                   char             out[8])
{
  int index = atoi (first) * 12 + atoi (first + 5) - 1 + period_months (period) - 1;

  g_snprintf (out, 8, "%04d-%02d", index / 12, index % 12 + 1);
}

/* Maps a ratio in basis points to a 1–5 score on the given steps. */
static gint64
score_from_bp (gint64        bp,
               const gint64  steps[4])
{
  gint64 score = 1;

  for (guint i = 0; i < 4; i++)
    if (bp >= steps[i])
      score = i + 2;

  return score;
}

/* The pre-filled score of a measurable criterion, or 0 where the data
 * cannot tell (no target to measure attainment against, say). */
static gint64
measure_score (TerSqliteStore *self,
               gint64          rep_id,
               const char     *measure,
               const char     *first,
               const char     *last)
{
  static const gint64 attainment_steps[4] = { 7500, 9000, 10000, 11000 };
  static const gint64 share_steps[4] = { 2000, 4000, 6000, 8000 };
  static const gint64 reporting_steps[4] = { 1, 5000, 7500, 10000 };
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;
  gint64 actual = 0, goal = 0;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT CASE ?4"
                  " WHEN 'attainment' THEN (SELECT coalesce (sum (l.amount), 0) FROM orders o JOIN order_lines l"
                  "  ON l.order_id = o.id WHERE o.rep_id = ?1 AND o.order_date BETWEEN ?2 AND ?3"
                  "  AND o.status <> 'cancelled')"
                  " WHEN 'new_customers' THEN (SELECT count (*) FROM (SELECT customer_id, min (order_date) AS day"
                  "  FROM orders WHERE status NOT IN ('cancelled', 'return')"
                  "  AND customer_id IN (SELECT customer_id FROM orders WHERE rep_id = ?1)"
                  "  GROUP BY customer_id HAVING day BETWEEN ?2 AND ?3) f"
                  "  WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id"
                  "  AND o.order_date = f.day AND o.rep_id = ?1))"
                  " WHEN 'channels' THEN (SELECT count (DISTINCT channel_id) FROM orders WHERE rep_id = ?1"
                  "  AND order_date BETWEEN ?2 AND ?3 AND status NOT IN ('cancelled', 'return'))"
                  " ELSE (SELECT count (*) FROM rep_reports WHERE rep_id = ?1 AND month BETWEEN ?5 AND ?6"
                  "  AND submitted_on <= date (month || '-05', '+1 month')) END,"
                  " CASE ?4"
                  " WHEN 'attainment' THEN (SELECT sum (value) FROM targets WHERE rep_id = ?1"
                  "  AND metric = 'revenue' AND month BETWEEN ?5 AND ?6)"
                  " WHEN 'new_customers' THEN (SELECT sum (value) FROM targets WHERE rep_id = ?1"
                  "  AND metric = 'new_customers' AND month BETWEEN ?5 AND ?6)"
                  " WHEN 'channels' THEN (SELECT count (*) FROM channels)"
                  " ELSE (SELECT count (*) FROM (WITH RECURSIVE m (month) AS (SELECT ?5"
                  "  UNION ALL SELECT strftime ('%Y-%m', month || '-01', '+1 month') FROM m WHERE month < ?6)"
                  "  SELECT 1 FROM m)) END", NULL);
  if (stmt == NULL)
    return 0;

  ter_sqlite_performance_month_days (first, last, first_day, last_day);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, measure, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, last, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      actual = sqlite3_column_int64 (stmt, 0);
      goal = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (goal <= 0)
    return 0;
  if (g_strcmp0 (measure, "attainment") == 0 || g_strcmp0 (measure, "new_customers") == 0)
    return score_from_bp (ter_attainment_bp (actual, goal), attainment_steps);
  if (g_strcmp0 (measure, "channels") == 0)
    return score_from_bp (ter_attainment_bp (actual, goal), share_steps);
  return score_from_bp (ter_attainment_bp (actual, goal), reporting_steps);
}

static gboolean
add_event (TerSqliteStore   *self,
           gint64            review_id,
           gint64            actor_id,
           TerReviewStatus   status,
           GError          **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO review_events (review_id, actor_id, status) VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, review_id);
  sqlite3_bind_int64 (stmt, 2, actor_id);
  sqlite3_bind_text (stmt, 3, ter_review_status_to_key (status), -1, SQLITE_STATIC);
  return ter_sqlite_store_step_insert (self, stmt, _("Recording a review’s history"), error) > 0;
}

static gboolean
check_period_start (TerReviewPeriod   period,
                    const char       *start,
                    GError          **error)
{
  int month = start != NULL && strlen (start) == 7 && start[4] == '-' ? atoi (start + 5) : 0;

  if (month < 1 || month > 12
      || (period == TER_REVIEW_PERIOD_QUARTER && month % 3 != 1)
      || (period == TER_REVIEW_PERIOD_YEAR && month != 1))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("“%s” does not start a review period: use YYYY-MM, the first month of a quarter or January for a year."),
                   start != NULL ? start : "");
      return FALSE;
    }

  return TRUE;
}

static gint64
create_in_savepoint (TerSqliteStore   *self,
                     gint64            actor_id,
                     gint64            rep_id,
                     TerReviewPeriod   period,
                     const char       *start,
                     GError          **error)
{
  g_autoptr(GArray) criteria = NULL;
  char last[8];
  sqlite3_stmt *stmt;
  gint64 review_id;

  stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO reviews (rep_id, reviewer_id, period, period_start) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_int64 (stmt, 2, actor_id);
  sqlite3_bind_text (stmt, 3, ter_review_period_to_key (period), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, start, -1, SQLITE_TRANSIENT);
  review_id = ter_sqlite_store_step_insert (self, stmt, _("Starting a review"), error);
  if (review_id == 0)
    return 0;

  criteria = ter_sqlite_reviews_list_criteria (TER_PERFORMANCE_STORE (self), error);
  if (criteria == NULL)
    return 0;

  period_last_month (start, period, last);
  for (guint i = 0; i < criteria->len; i++)
    {
      const TerReviewCriterion *c = &g_array_index (criteria, TerReviewCriterion, i);
      gint64 score;

      if (!c->active)
        continue;
      score = c->measure != NULL ? measure_score (self, rep_id, c->measure, start, last) : 0;
      stmt = ter_sqlite_store_prepare (self,
                      "INSERT INTO review_scores (review_id, criterion_id, score, measured, weight) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, review_id);
      sqlite3_bind_int64 (stmt, 2, c->id);
      sqlite3_bind_int64 (stmt, 3, score);
      sqlite3_bind_int (stmt, 4, score > 0);
      sqlite3_bind_int64 (stmt, 5, c->weight);
      if (!ter_sqlite_performance_step_done (self, stmt, _("Pre-filling a review"), error))
        return 0;
    }

  return add_event (self, review_id, actor_id, TER_REVIEW_DRAFT, error) ? review_id : 0;
}

static gint64
ter_sqlite_reviews_create_review (TerPerformanceStore  *store,
                                  gint64                actor_id,
                                  gint64                rep_id,
                                  TerReviewPeriod       period,
                                  const char           *period_start,
                                  GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  gint64 review_id;

  if (!check_period_start (period, period_start, error)
      || !ter_sqlite_performance_check_rep (self, actor_id, rep_id, error)
      || !ter_sqlite_store_run (self, "SAVEPOINT create_review", error))
    return 0;

  review_id = create_in_savepoint (self, actor_id, rep_id, period, period_start, error);
  if (review_id == 0)
    ter_sqlite_store_run (self, "ROLLBACK TO create_review", NULL);
  ter_sqlite_store_run (self, "RELEASE create_review", NULL);

  return review_id;
}

static int
status_from_key (const char *key)
{
  for (TerReviewStatus s = TER_REVIEW_DRAFT; s <= TER_REVIEW_ACKNOWLEDGED; s++)
    if (g_strcmp0 (key, ter_review_status_to_key (s)) == 0)
      return s;
  return -1;
}

static int
period_from_key (const char *key)
{
  for (TerReviewPeriod p = TER_REVIEW_PERIOD_MONTH; p <= TER_REVIEW_PERIOD_YEAR; p++)
    if (g_strcmp0 (key, ter_review_period_to_key (p)) == 0)
      return p;
  return TER_REVIEW_PERIOD_MONTH;
}

/* Σ score × weight over the scored criteria, as a score × 100. */
static gboolean
read_scores (TerSqliteStore  *self,
             TerReview       *review,
             GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 weighted = 0, weights = 0;
  int rc;

  review->scores = g_array_new (FALSE, TRUE, sizeof (TerReviewScore));
  stmt = ter_sqlite_store_prepare (self,
                  "SELECT s.criterion_id, s.score, s.measured, coalesce (s.weight, c.weight) FROM review_scores s"
                  " JOIN review_criteria c ON c.id = s.criterion_id "
                  "WHERE s.review_id = ?1 ORDER BY c.position, c.id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, review->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerReviewScore s = { 0 };
      gint64 weight = sqlite3_column_int64 (stmt, 3);

      s.criterion_id = sqlite3_column_int64 (stmt, 0);
      s.score = sqlite3_column_int64 (stmt, 1);
      s.measured = sqlite3_column_int (stmt, 2);
      s.weight = weight;
      g_array_append_val (review->scores, s);
      if (s.score > 0)
        {
          weighted += s.score * weight;
          weights += weight;
        }
    }
  sqlite3_reset (stmt);

  review->overall_centi = weights > 0 ? (weighted * 100 + weights / 2) / weights : 0;
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading review scores"));
      return FALSE;
    }

  return TRUE;
}

static void
read_review_row (sqlite3_stmt *stmt,
                 TerReview    *review)
{
  review->id = sqlite3_column_int64 (stmt, 0);
  review->rep_id = sqlite3_column_int64 (stmt, 1);
  review->reviewer_id = sqlite3_column_int64 (stmt, 2);
  review->period = period_from_key (ter_sqlite_column_text (stmt, 3));
  g_strlcpy (review->period_start, ter_sqlite_column_text (stmt, 4), sizeof review->period_start);
  review->status = MAX (status_from_key (ter_sqlite_column_text (stmt, 5)), 0);
  review->strengths = g_strdup (ter_sqlite_column_text (stmt, 6));
  review->improvements = g_strdup (ter_sqlite_column_text (stmt, 7));
  review->goals = g_strdup (ter_sqlite_column_text (stmt, 8));
}

static TerReview *
ter_sqlite_reviews_get_review (TerPerformanceStore  *store,
                               gint64                review_id,
                               GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerReview) review = g_new0 (TerReview, 1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, rep_id, reviewer_id, period, period_start, status, strengths,"
                  " improvements, goals FROM reviews WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, review_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    read_review_row (stmt, review);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no review with number %d."), (int) review_id);
      return NULL;
    }

  if (!read_scores (self, review, error))
    return NULL;

  return g_steal_pointer (&review);
}

static gboolean
save_in_savepoint (TerSqliteStore   *self,
                   const TerReview  *review,
                   GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                  "UPDATE reviews SET strengths = ?2, improvements = ?3, goals = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, review->id);
  sqlite3_bind_text (stmt, 2, review->strengths != NULL ? review->strengths : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, review->improvements != NULL ? review->improvements : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, review->goals != NULL ? review->goals : "", -1, SQLITE_TRANSIENT);
  if (!ter_sqlite_performance_step_done (self, stmt, _("Saving a review"), error))
    return FALSE;

  for (guint i = 0; review->scores != NULL && i < review->scores->len; i++)
    {
      const TerReviewScore *s = &g_array_index (review->scores, TerReviewScore, i);

      if (s->score < 0 || s->score > 5)
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("A review score must be from 1 to 5, not %d."), (int) s->score);
          return FALSE;
        }
      stmt = ter_sqlite_store_prepare (self,
                      "UPDATE review_scores SET score = ?3 WHERE review_id = ?1 AND criterion_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, review->id);
      sqlite3_bind_int64 (stmt, 2, s->criterion_id);
      sqlite3_bind_int64 (stmt, 3, s->score);
      if (!ter_sqlite_performance_step_done (self, stmt, _("Saving a review score"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
review_state (TerSqliteStore   *self,
              gint64            review_id,
              gint64           *rep_id,
              TerReviewStatus  *status,
              GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT rep_id, status FROM reviews WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, review_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *rep_id = sqlite3_column_int64 (stmt, 0);
      *status = MAX (status_from_key (ter_sqlite_column_text (stmt, 1)), 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no review with number %d."), (int) review_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ter_sqlite_reviews_save_review (TerPerformanceStore  *store,
                                gint64                actor_id,
                                const TerReview      *review,
                                GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  TerReviewStatus status;
  gint64 rep_id;

  if (!review_state (self, review->id, &rep_id, &status, error)
      || !ter_sqlite_performance_check_rep (self, actor_id, rep_id, error))
    return FALSE;

  if (status != TER_REVIEW_DRAFT)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("This review was already submitted; reopen it as a draft to change it."));
      return FALSE;
    }

  if (!ter_sqlite_store_run (self, "SAVEPOINT save_review", error))
    return FALSE;
  if (!save_in_savepoint (self, review, error))
    {
      ter_sqlite_store_run (self, "ROLLBACK TO save_review", NULL);
      ter_sqlite_store_run (self, "RELEASE save_review", NULL);
      return FALSE;
    }

  return ter_sqlite_store_run (self, "RELEASE save_review", error);
}

static gboolean
all_scored (TerSqliteStore  *self,
            gint64           review_id,
            GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 missing = 0;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT count (*) FROM review_scores WHERE review_id = ?1 AND score = 0", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, review_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    missing = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (missing > 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Criteria without a score: %d. Score every criterion from 1 to 5 before submitting."),
                   (int) missing);
      return FALSE;
    }

  return TRUE;
}

/* Who may move a review where: the manager submits a draft or takes a
 * submitted review back to draft; only the rep acknowledges it; an
 * acknowledged review is closed. */
static gboolean
check_transition (TerSqliteStore   *self,
                  gint64            actor_id,
                  gint64            review_id,
                  gint64            rep_id,
                  TerReviewStatus   from,
                  TerReviewStatus   to,
                  GError          **error)
{
  if (from == TER_REVIEW_DRAFT && to == TER_REVIEW_SUBMITTED)
    return ter_sqlite_performance_check_rep (self, actor_id, rep_id, error)
           && all_scored (self, review_id, error);
  if (from == TER_REVIEW_SUBMITTED && to == TER_REVIEW_DRAFT)
    return ter_sqlite_performance_check_rep (self, actor_id, rep_id, error);
  if (from == TER_REVIEW_SUBMITTED && to == TER_REVIEW_ACKNOWLEDGED)
    {
      g_autofree char *actor = NULL;
      g_autofree char *rep = NULL;

      if (actor_id == rep_id)
        return TRUE;
      actor = ter_sqlite_performance_rep_name (self, actor_id);
      rep = ter_sqlite_performance_rep_name (self, rep_id);
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Only %s can acknowledge their own review, not %s."),
                   rep, actor != NULL ? actor : "?");
      return FALSE;
    }

  if (from == TER_REVIEW_ACKNOWLEDGED)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("This review was acknowledged and is closed; start a new review instead."));
  else
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("A review cannot go from “%s” to “%s”."),
                 ter_review_status_to_key (from), ter_review_status_to_key (to));
  return FALSE;
}

static gboolean
ter_sqlite_reviews_set_review_status (TerPerformanceStore  *store,
                                      gint64                actor_id,
                                      gint64                review_id,
                                      TerReviewStatus       status,
                                      GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  TerReviewStatus from;
  sqlite3_stmt *stmt;
  gint64 rep_id;
  gboolean ok;

  if (!review_state (self, review_id, &rep_id, &from, error)
      || !check_transition (self, actor_id, review_id, rep_id, from, status, error)
      || !ter_sqlite_store_run (self, "SAVEPOINT review_status", error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self, "UPDATE reviews SET status = ?2 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, review_id);
      sqlite3_bind_text (stmt, 2, ter_review_status_to_key (status), -1, SQLITE_STATIC);
      ok = ter_sqlite_performance_step_done (self, stmt, _("Changing a review’s status"), error)
           && add_event (self, review_id, actor_id, status, error);
    }
  if (!ok)
    ter_sqlite_store_run (self, "ROLLBACK TO review_status", NULL);
  ter_sqlite_store_run (self, "RELEASE review_status", NULL);

  return ok;
}

static void
review_clear (gpointer data)
{
  TerReview *review = data;

  g_free (review->strengths);
  g_free (review->improvements);
  g_free (review->goals);
  g_clear_pointer (&review->scores, g_array_unref);
}

static GArray *
ter_sqlite_reviews_list_reviews (TerPerformanceStore  *store,
                                 gint64                rep_id,
                                 GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerReview));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, review_clear);
  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, rep_id, reviewer_id, period, period_start, status, strengths,"
                  " improvements, goals FROM reviews WHERE rep_id = ?1 "
                  "ORDER BY period_start DESC, period DESC", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, rep_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerReview review = { 0 };

      read_review_row (stmt, &review);
      g_array_append_val (rows, review);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading reviews"));
      return NULL;
    }

  for (guint i = 0; i < rows->len; i++)
    if (!read_scores (self, &g_array_index (rows, TerReview, i), error))
      return NULL;

  return g_steal_pointer (&rows);
}

static void
event_clear (gpointer data)
{
  g_free (((TerReviewEvent *) data)->at);
}

static GArray *
ter_sqlite_reviews_review_history (TerPerformanceStore  *store,
                                   gint64                review_id,
                                   GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerReviewEvent));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, event_clear);
  stmt = ter_sqlite_store_prepare (self,
                  "SELECT actor_id, status, at FROM review_events WHERE review_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, review_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerReviewEvent event = { review_id, 0, 0, NULL };

      event.actor_id = sqlite3_column_int64 (stmt, 0);
      event.status = MAX (status_from_key (ter_sqlite_column_text (stmt, 1)), 0);
      event.at = g_strdup (ter_sqlite_column_text (stmt, 2));
      g_array_append_val (rows, event);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading a review’s history"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

void
ter_sqlite_reviews_iface_init (TerPerformanceStoreInterface *iface)
{
  iface->list_criteria = ter_sqlite_reviews_list_criteria;
  ter_sqlite_review_criteria_iface_init (iface);
  iface->create_review = ter_sqlite_reviews_create_review;
  iface->get_review = ter_sqlite_reviews_get_review;
  iface->save_review = ter_sqlite_reviews_save_review;
  iface->set_review_status = ter_sqlite_reviews_set_review_status;
  iface->list_reviews = ter_sqlite_reviews_list_reviews;
  iface->review_history = ter_sqlite_reviews_review_history;
  ter_sqlite_reports_iface_init (iface);
}
