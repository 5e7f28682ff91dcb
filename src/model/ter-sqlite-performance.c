/* ter-sqlite-performance.c: authority, targets and scorecards on SQLite,
 * and schema migration 3 (reviews, monthly reports, commission plans).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-performance"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ter-sqlite-performance-private.h"
#include "ter-sqlite-schema.h"

const char ter_sqlite_migration_3[] =
  /* What a review scores; `measure` names the figure that pre-fills the
   * score, NULL for judgement-only criteria such as teamwork. */
  "CREATE TABLE review_criteria (\n"
  "  id       INTEGER PRIMARY KEY,\n"
  "  code     TEXT NOT NULL UNIQUE CHECK (code <> ''),\n"
  "  name_en  TEXT NOT NULL,\n"
  "  name_zh  TEXT NOT NULL,\n"
  "  weight   INTEGER NOT NULL CHECK (weight > 0),\n"
  "  measure  TEXT CHECK (measure IN ('attainment', 'new_customers', 'channels', 'reporting')),\n"
  "  position INTEGER NOT NULL DEFAULT 0,\n"
  "  active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))\n"
  ");\n"
  "INSERT INTO review_criteria (code, name_en, name_zh, weight, measure, position) VALUES\n"
  "  ('attainment', 'Target attainment', '目标达成', 35, 'attainment', 1),\n"
  "  ('customers', 'Customer development', '客户开发', 20, 'new_customers', 2),\n"
  "  ('channels', 'Channel coverage', '渠道覆盖', 15, 'channels', 3),\n"
  "  ('reporting', 'Reporting discipline', '报告纪律', 15, 'reporting', 4),\n"
  "  ('teamwork', 'Teamwork', '团队协作', 15, NULL, 5);\n"
  "CREATE TABLE reviews (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  rep_id       INTEGER NOT NULL REFERENCES reps (id) ON DELETE CASCADE,\n"
  "  reviewer_id  INTEGER NOT NULL REFERENCES reps (id),\n"
  "  period       TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),\n"
  "  period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),\n"
  "  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'acknowledged')),\n"
  "  strengths    TEXT NOT NULL DEFAULT '',\n"
  "  improvements TEXT NOT NULL DEFAULT '',\n"
  "  goals        TEXT NOT NULL DEFAULT '',\n"
  "  UNIQUE (rep_id, period, period_start)\n"
  ");\n"
  "CREATE TABLE review_scores (\n"
  "  review_id    INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,\n"
  "  criterion_id INTEGER NOT NULL REFERENCES review_criteria (id),\n"
  "  score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),\n"
  "  measured     INTEGER NOT NULL DEFAULT 0 CHECK (measured IN (0, 1)),\n"
  "  PRIMARY KEY (review_id, criterion_id)\n"
  ") WITHOUT ROWID;\n"
  /* Every status a review reaches, who moved it and when: its history. */
  "CREATE TABLE review_events (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,\n"
  "  actor_id  INTEGER NOT NULL REFERENCES reps (id),\n"
  "  status    TEXT NOT NULL,\n"
  "  at        TEXT NOT NULL DEFAULT (datetime ('now'))\n"
  ");\n"
  "CREATE INDEX review_events_review ON review_events (review_id);\n"
  /* The report each rep owes for a month, due on the 5th of the next. */
  "CREATE TABLE rep_reports (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  rep_id       INTEGER NOT NULL REFERENCES reps (id) ON DELETE CASCADE,\n"
  "  month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),\n"
  "  submitted_on TEXT CHECK (submitted_on IS NULL OR date (submitted_on, '+0 days') IS submitted_on),\n"
  "  reasons      TEXT NOT NULL DEFAULT '',\n"
  "  work_done    TEXT NOT NULL DEFAULT '',\n"
  "  next_goals   TEXT NOT NULL DEFAULT '',\n"
  "  competitors  TEXT NOT NULL DEFAULT '',\n"
  "  UNIQUE (rep_id, month)\n"
  ");\n"
  "CREATE TABLE commission_plans (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  name         TEXT NOT NULL CHECK (name <> ''),\n"
  "  currency     TEXT NOT NULL REFERENCES exchange_rates (currency),\n"
  "  base_rate_bp INTEGER NOT NULL CHECK (base_rate_bp BETWEEN 0 AND 10000),\n"
  "  cap          INTEGER NOT NULL DEFAULT 0 CHECK (cap >= 0)\n"
  ");\n"
  /* Multipliers on the plan's rates for sales from an attainment on:
   * below 100 % they are tiers, above it accelerators. */
  "CREATE TABLE commission_tiers (\n"
  "  plan_id       INTEGER NOT NULL REFERENCES commission_plans (id) ON DELETE CASCADE,\n"
  "  from_bp       INTEGER NOT NULL CHECK (from_bp >= 0),\n"
  "  multiplier_bp INTEGER NOT NULL CHECK (multiplier_bp >= 0),\n"
  "  PRIMARY KEY (plan_id, from_bp)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE commission_rates (\n"
  "  plan_id     INTEGER NOT NULL REFERENCES commission_plans (id) ON DELETE CASCADE,\n"
  "  category_id INTEGER NOT NULL REFERENCES product_categories (id),\n"
  "  rate_bp     INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),\n"
  "  PRIMARY KEY (plan_id, category_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE rep_plans (\n"
  "  rep_id  INTEGER PRIMARY KEY REFERENCES reps (id) ON DELETE CASCADE,\n"
  "  plan_id INTEGER NOT NULL REFERENCES commission_plans (id)\n"
  ");\n";

/* Shared helpers */

char *
ter_sqlite_performance_rep_name (TerSqliteStore *self,
                                 gint64          rep_id)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, "SELECT name FROM reps WHERE id = ?1", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, rep_id);

  sqlite3_bind_int64 (stmt, 1, rep_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (ter_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return name;
}

gboolean
ter_sqlite_performance_step_done (TerSqliteStore  *self,
                                  sqlite3_stmt    *stmt,
                                  const char      *what,
                                  GError         **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      ter_sqlite_store_set_error (self, error, rc, what);
      return FALSE;
    }

  return TRUE;
}

void
ter_sqlite_performance_month_days (const char *first_month,
                                   const char *last_month,
                                   char        first_day[11],
                                   char        last_day[11])
{
  g_snprintf (first_day, 11, "%.7s-01", first_month);
  g_snprintf (last_day, 11, "%.7s-31", last_month);
}

/* TRUE if `rep_id` reports to `actor_id`, directly or further down. */
static int
is_below (TerSqliteStore  *self,
          gint64           actor_id,
          gint64           rep_id,
          GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE up (id) AS (SELECT manager_id FROM reps WHERE id = ?1"
                  " UNION SELECT r.manager_id FROM reps r JOIN up ON r.id = up.id"
                  " WHERE r.manager_id IS NOT NULL) "
                  "SELECT 1 FROM up WHERE id = ?2", error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_int64 (stmt, 2, actor_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Checking the reporting line"));
      return -1;
    }

  return rc == SQLITE_ROW;
}

gboolean
ter_sqlite_performance_check_rep (TerSqliteStore  *self,
                                  gint64           actor_id,
                                  gint64           rep_id,
                                  GError         **error)
{
  g_autofree char *actor = ter_sqlite_performance_rep_name (self, actor_id);
  g_autofree char *rep = ter_sqlite_performance_rep_name (self, rep_id);
  int below;

  if (actor == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("No user profile is chosen (rep %d does not exist); choose who you are in Preferences."),
                   (int) actor_id);
      return FALSE;
    }
  if (rep == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no rep with number %d."), (int) rep_id);
      return FALSE;
    }

  below = is_below (self, actor_id, rep_id, error);
  if (below < 0)
    return FALSE;
  if (below == 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("%s may not change targets or reviews of %s: only managers above %s in the reporting line may."),
                   actor, rep, rep);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ter_sqlite_performance_check_rep_authority (TerPerformanceStore  *store,
                                            gint64                actor_id,
                                            gint64                rep_id,
                                            GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return ter_sqlite_performance_check_rep (self, actor_id, rep_id, error);
}

/* A manager sets the targets of a territory run by someone below them, or
 * of any territory under one they run themselves, but not their own. */
static gboolean
check_territory (TerSqliteStore  *self,
                 gint64           actor_id,
                 gint64           territory_id,
                 GError         **error)
{
  g_autofree char *actor = ter_sqlite_performance_rep_name (self, actor_id);
  g_autofree char *territory = NULL;
  sqlite3_stmt *stmt;
  gint64 manager_id = 0;
  gboolean under = FALSE;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE up (id) AS (SELECT parent_id FROM territories WHERE id = ?1"
                  " UNION SELECT t.parent_id FROM territories t JOIN up ON t.id = up.id"
                  " WHERE t.parent_id IS NOT NULL) "
                  "SELECT t.name, t.manager_id,"
                  " EXISTS (SELECT 1 FROM up JOIN territories a ON a.id = up.id WHERE a.manager_id = ?2) "
                  "FROM territories t WHERE t.id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, territory_id);
  sqlite3_bind_int64 (stmt, 2, actor_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      territory = g_strdup (ter_sqlite_column_text (stmt, 0));
      manager_id = sqlite3_column_int64 (stmt, 1);
      under = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Checking the territory hierarchy"));
      return FALSE;
    }
  if (actor == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("No user profile is chosen (rep %d does not exist); choose who you are in Preferences."),
                   (int) actor_id);
      return FALSE;
    }
  if (territory == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no territory with number %d."), (int) territory_id);
      return FALSE;
    }
  if (under || (manager_id > 0 && is_below (self, actor_id, manager_id, NULL) == 1))
    return TRUE;

  g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
               _("%s may not change the targets of territory “%s”: it is neither under a territory they manage nor managed by someone in their team."),
               actor, territory);
  return FALSE;
}

static gboolean
ter_sqlite_performance_check_territory_authority (TerPerformanceStore  *store,
                                                  gint64                actor_id,
                                                  gint64                territory_id,
                                                  GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return check_territory (self, actor_id, territory_id, error);
}

static gboolean
set_targets_in_savepoint (TerSqliteStore         *self,
                          gint64                  actor_id,
                          const TerTargetRecord  *records,
                          guint                   n,
                          GError                **error)
{
  for (guint i = 0; i < n; i++)
    {
      const TerTargetRecord *r = &records[i];
      gboolean allowed = r->territory_id > 0
        ? check_territory (self, actor_id, r->territory_id, error)
        : ter_sqlite_performance_check_rep (self, actor_id, r->rep_id, error);

      if (!allowed || !ter_store_set_target (TER_STORE (self), r, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
ter_sqlite_performance_set_targets (TerPerformanceStore    *store,
                                    gint64                  actor_id,
                                    const TerTargetRecord  *records,
                                    guint                   n,
                                    GError                **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  if (!ter_sqlite_store_run (self, "SAVEPOINT set_targets", error))
    return FALSE;

  if (!set_targets_in_savepoint (self, actor_id, records, n, error))
    {
      ter_sqlite_store_run (self, "ROLLBACK TO set_targets", NULL);
      ter_sqlite_store_run (self, "RELEASE set_targets", NULL);
      return FALSE;
    }

  return ter_sqlite_store_run (self, "RELEASE set_targets", error);
}

/* Reads rows of (owner, month, value, currency) into TerMonthValues. */
static GArray *
read_month_values (TerSqliteStore  *self,
                   sqlite3_stmt    *stmt,
                   const char      *what,
                   GError         **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerMonthValue));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerMonthValue v = { 0 };
      const char *currency = ter_sqlite_column_text (stmt, 3);

      v.owner_id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (v.month, ter_sqlite_column_text (stmt, 1), sizeof v.month);
      v.value = sqlite3_column_int64 (stmt, 2);
      g_strlcpy (v.currency, currency != NULL ? currency : "", sizeof v.currency);
      g_array_append_val (rows, v);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, what);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static GArray *
ter_sqlite_performance_list_targets (TerPerformanceStore  *store,
                                     gboolean              reps,
                                     const char           *first_month,
                                     const char           *last_month,
                                     TerMetric             metric,
                                     GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT coalesce (rep_id, territory_id), month, value, currency FROM targets "
                  "WHERE (rep_id IS NOT NULL) = ?1 AND metric = ?2 AND month BETWEEN ?3 AND ?4 "
                  "ORDER BY 1, month", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, reps ? 1 : 0);
  sqlite3_bind_text (stmt, 2, ter_metric_to_key (metric), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, first_month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, last_month, -1, SQLITE_TRANSIENT);

  return read_month_values (self, stmt, _("Reading targets"), error);
}

#define ACTUALS_SALES(owner, what) \
  "SELECT o." owner ", substr (o.order_date, 1, 7), " what ", o.currency " \
  "FROM orders o JOIN order_lines l ON l.order_id = o.id " \
  "WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'" \
  " AND o." owner " IS NOT NULL AND (?3 <= 0 OR o." owner " = ?3) " \
  "GROUP BY 1, 2, 4 ORDER BY 1, 2"

/* A new customer is counted in the month of their first order, for the
 * rep and territory that order was attributed to. */
#define ACTUALS_NEW(owner) \
  "WITH firsts AS (SELECT customer_id, min (order_date) AS day FROM orders" \
  " WHERE status NOT IN ('cancelled', 'return') GROUP BY customer_id) " \
  "SELECT o." owner ", substr (f.day, 1, 7), count (DISTINCT f.customer_id), NULL " \
  "FROM firsts f JOIN orders o ON o.customer_id = f.customer_id AND o.order_date = f.day" \
  " AND o.status NOT IN ('cancelled', 'return') " \
  "WHERE f.day BETWEEN ?1 AND ?2 AND o." owner " IS NOT NULL AND (?3 <= 0 OR o." owner " = ?3) " \
  "GROUP BY 1, 2 ORDER BY 1, 2"

static const char *
actuals_sql (gboolean  reps,
             TerMetric metric)
{
  switch (metric)
    {
    case TER_METRIC_REVENUE:
      return reps ? ACTUALS_SALES ("rep_id", "sum (l.amount)")
                  : ACTUALS_SALES ("territory_id", "sum (l.amount)");
    case TER_METRIC_UNITS:
      return reps ? ACTUALS_SALES ("rep_id", "sum (l.quantity)")
                  : ACTUALS_SALES ("territory_id", "sum (l.quantity)");
    case TER_METRIC_NEW_CUSTOMERS:
    default:
      return reps ? ACTUALS_NEW ("rep_id") : ACTUALS_NEW ("territory_id");
    }
}

static GArray *
ter_sqlite_performance_list_actuals (TerPerformanceStore  *store,
                                     gboolean              reps,
                                     gint64                owner_id,
                                     const char           *first_month,
                                     const char           *last_month,
                                     TerMetric             metric,
                                     GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self, actuals_sql (reps, metric), error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_performance_month_days (first_month, last_month, first_day, last_day);
  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, owner_id);

  return read_month_values (self, stmt, _("Adding up sales by month"), error);
}

static GArray *
ter_sqlite_performance_rollup_gaps (TerPerformanceStore  *store,
                                    const char           *first_month,
                                    const char           *last_month,
                                    TerMetric             metric,
                                    GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerRollupGap));
  sqlite3_stmt *stmt;
  int rc;

  /* Only territories whose reps have targets at all are compared: a
   * territory planned top-down alone is not a discrepancy. */
  stmt = ter_sqlite_store_prepare (self,
                  "SELECT t.territory_id, t.month, t.value, sum (r.value), count (r.id) "
                  "FROM targets t JOIN reps p ON p.territory_id = t.territory_id"
                  " JOIN targets r ON r.rep_id = p.id AND r.month = t.month AND r.metric = t.metric "
                  "WHERE t.territory_id IS NOT NULL AND t.metric = ?1 AND t.month BETWEEN ?2 AND ?3 "
                  "GROUP BY t.id HAVING sum (r.value) <> t.value ORDER BY t.territory_id, t.month", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, ter_metric_to_key (metric), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first_month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_month, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerRollupGap gap = { 0 };

      gap.territory_id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (gap.month, ter_sqlite_column_text (stmt, 1), sizeof gap.month);
      gap.territory_value = sqlite3_column_int64 (stmt, 2);
      gap.reps_value = sqlite3_column_int64 (stmt, 3);
      gap.n_reps = sqlite3_column_int64 (stmt, 4);
      g_array_append_val (rows, gap);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Comparing rep and territory targets"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static void
month_shift (const char *month,
             int         delta,
             char        out[8])
{
  int index = atoi (month) * 12 + atoi (month + 5) - 1 + delta;

  g_snprintf (out, 8, "%04d-%02d", index / 12, index % 12 + 1);
}

/* Revenue and revenue target of one rep over months first…last, in the
 * currency of the rep's targets (their territory's). A manager's figures
 * are their whole team's: everyone below them sells, and their target is
 * their own where set, else their people's added up. */
static gboolean
rep_revenue (TerSqliteStore  *self,
             gint64           rep_id,
             const char      *first,
             const char      *last,
             const char      *currency,
             gint64          *revenue,
             gint64          *target,
             GError         **error)
{
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE team (id) AS (SELECT ?1"
                  " UNION SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) "
                  "SELECT (SELECT coalesce (sum (l.amount), 0) FROM orders o"
                  "  JOIN order_lines l ON l.order_id = o.id WHERE o.rep_id IN (SELECT id FROM team)"
                  "  AND o.order_date BETWEEN ?2 AND ?3 AND o.status <> 'cancelled' AND o.currency = ?6),"
                  " coalesce ((SELECT sum (value) FROM targets WHERE rep_id = ?1"
                  "  AND metric = 'revenue' AND month BETWEEN ?4 AND ?5),"
                  "  (SELECT sum (value) FROM targets WHERE rep_id IN (SELECT id FROM team)"
                  "  AND metric = 'revenue' AND month BETWEEN ?4 AND ?5), 0)", error);
  if (stmt == NULL)
    return FALSE;

  ter_sqlite_performance_month_days (first, last, first_day, last_day);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, currency, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *revenue = sqlite3_column_int64 (stmt, 0);
      *target = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up a rep’s sales"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
rep_currency (TerSqliteStore  *self,
              gint64           rep_id,
              char             currency[4],
              GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT coalesce ((SELECT currency FROM targets WHERE rep_id = r.id AND metric = 'revenue'"
                  "  ORDER BY month DESC LIMIT 1), t.currency, 'USD') "
                  "FROM reps r LEFT JOIN territories t ON t.id = r.territory_id WHERE r.id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, rep_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_strlcpy (currency, ter_sqlite_column_text (stmt, 0), 4);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no rep with number %d."), (int) rep_id);
      return FALSE;
    }

  return TRUE;
}

/* The rep's place among reps with the same manager and role, by
 * year-to-date attainment (revenue where nobody has a target). */
static gboolean
rep_rank (TerSqliteStore  *self,
          gint64           rep_id,
          const char      *first,
          const char      *last,
          TerScorecard    *card,
          GError         **error)
{
  g_autoptr(GArray) peers = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 own = G_MININT64;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT p.id FROM reps p JOIN reps me ON me.id = ?1 "
                  "WHERE p.manager_id IS me.manager_id AND p.role = me.role AND (p.active OR p.id = me.id)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rep_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (peers, id);
    }
  sqlite3_reset (stmt);

  card->peers = peers->len;
  card->rank = 1;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < peers->len; i++)
      {
        gint64 id = g_array_index (peers, gint64, i), revenue = 0, target = 0, score;

        if ((pass == 0) != (id == rep_id))
          continue;
        if (!rep_revenue (self, id, first, last, card->currency, &revenue, &target, error))
          return FALSE;
        score = target > 0 ? ter_attainment_bp (revenue, target) : revenue;
        if (pass == 0)
          own = score;
        else if (score > own)
          card->rank++;
      }

  return TRUE;
}

static gboolean
rep_activity (TerSqliteStore  *self,
              gint64           rep_id,
              const char      *first,
              const char      *last,
              TerScorecard    *card,
              GError         **error)
{
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;
  gint64 sold = 0, returned = 0;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT count (DISTINCT o.customer_id) FILTER (WHERE o.status <> 'return'),"
                  " count (DISTINCT o.id) FILTER (WHERE o.status <> 'return'),"
                  " coalesce (sum (l.amount) FILTER (WHERE o.status <> 'return'), 0),"
                  " coalesce (-sum (l.amount) FILTER (WHERE o.status = 'return'), 0) "
                  "FROM orders o JOIN order_lines l ON l.order_id = o.id "
                  "WHERE o.rep_id IN (WITH RECURSIVE team (id) AS (SELECT ?1"
                  "  UNION SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) SELECT id FROM team)"
                  " AND o.order_date BETWEEN ?2 AND ?3"
                  " AND o.status <> 'cancelled' AND o.currency = ?4", error);
  if (stmt == NULL)
    return FALSE;

  ter_sqlite_performance_month_days (first, last, first_day, last_day);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, card->currency, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      card->customers = sqlite3_column_int64 (stmt, 0);
      card->orders = sqlite3_column_int64 (stmt, 1);
      sold = sqlite3_column_int64 (stmt, 2);
      returned = sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up a rep’s orders"));
      return FALSE;
    }

  card->average_order = card->orders > 0 ? (sold + card->orders / 2) / card->orders : 0;
  card->return_rate_bp = sold > 0 ? ter_attainment_bp (returned, sold) : 0;
  return TRUE;
}

static gboolean
ter_sqlite_performance_scorecard (TerPerformanceStore  *store,
                                  gint64                rep_id,
                                  const char           *month,
                                  guint                 fiscal_start_month,
                                  TerScorecard         *card,
                                  GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  char *quarter = card->quarter_start, *year = card->year_start;
  /* Months since the fiscal year began: 0 in its first month. */
  int into_year = (atoi (month + 5) - (int) fiscal_start_month + 12) % 12;

  *card = (TerScorecard) { 0 };
  month_shift (month, -(into_year % 3), quarter);
  month_shift (month, -into_year, year);

  if (!rep_currency (self, rep_id, card->currency, error)
      || !rep_revenue (self, rep_id, month, month, card->currency,
                       &card->month_revenue, &card->month_target, error)
      || !rep_revenue (self, rep_id, quarter, month, card->currency,
                       &card->quarter_revenue, &card->quarter_target, error)
      || !rep_revenue (self, rep_id, year, month, card->currency,
                       &card->year_revenue, &card->year_target, error))
    return FALSE;

  for (int i = 0; i < 12; i++)
    {
      char trend_month[8];
      gint64 ignored;

      month_shift (month, i - 11, trend_month);
      if (!rep_revenue (self, rep_id, trend_month, trend_month, card->currency,
                        &card->trend[i], &ignored, error))
        return FALSE;
    }

  return rep_rank (self, rep_id, year, month, card, error)
         && rep_activity (self, rep_id, year, month, card, error);
}

void
ter_sqlite_performance_iface_init (TerPerformanceStoreInterface *iface)
{
  iface->check_rep_authority = ter_sqlite_performance_check_rep_authority;
  iface->check_territory_authority = ter_sqlite_performance_check_territory_authority;
  iface->set_targets = ter_sqlite_performance_set_targets;
  iface->list_targets = ter_sqlite_performance_list_targets;
  iface->list_actuals = ter_sqlite_performance_list_actuals;
  iface->rollup_gaps = ter_sqlite_performance_rollup_gaps;
  iface->scorecard = ter_sqlite_performance_scorecard;
  ter_sqlite_reviews_iface_init (iface);
  ter_sqlite_commission_iface_init (iface);
}
