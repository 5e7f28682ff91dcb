/* ter-sqlite-reports.c: the monthly report each rep owes by the 5th.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-reports"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ter-format.h"
#include "ter-sqlite-performance-private.h"

/* The 5th of the month after `month`. */
static void
due_date (const char *month,
          char        out[11])
{
  int index = atoi (month) * 12 + atoi (month + 5);

  g_snprintf (out, 11, "%04d-%02d-05", index / 12, index % 12 + 1);
}

static void
read_report_row (sqlite3_stmt *stmt,
                 TerRepReport *report,
                 gboolean      texts)
{
  const char *submitted = ter_sqlite_column_text (stmt, 3);
  char due[11];

  report->id = sqlite3_column_int64 (stmt, 0);
  report->rep_id = sqlite3_column_int64 (stmt, 1);
  g_strlcpy (report->month, ter_sqlite_column_text (stmt, 2), sizeof report->month);
  report->submitted = submitted != NULL;
  g_strlcpy (report->submitted_on, submitted != NULL ? submitted : "", sizeof report->submitted_on);
  due_date (report->month, due);
  report->on_time = submitted != NULL && strcmp (submitted, due) <= 0;
  if (!texts)
    return;
  report->reasons = g_strdup (ter_sqlite_column_text (stmt, 4));
  report->work_done = g_strdup (ter_sqlite_column_text (stmt, 5));
  report->next_goals = g_strdup (ter_sqlite_column_text (stmt, 6));
  report->competitors = g_strdup (ter_sqlite_column_text (stmt, 7));
}

static TerRepReport *
ter_sqlite_reports_get_report (TerPerformanceStore  *store,
                               gint64                rep_id,
                               const char           *month,
                               GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerRepReport) report = g_new0 (TerRepReport, 1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, rep_id, month, submitted_on, reasons, work_done, next_goals, competitors "
                  "FROM rep_reports WHERE rep_id = ?1 AND month = ?2", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    read_report_row (stmt, report, TRUE);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      /* Not started yet: an empty form for the rep to fill in. */
      report->rep_id = rep_id;
      g_strlcpy (report->month, month, sizeof report->month);
      report->reasons = g_strdup ("");
      report->work_done = g_strdup ("");
      report->next_goals = g_strdup ("");
      report->competitors = g_strdup ("");
    }
  else if (rc != SQLITE_ROW)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading a monthly report"));
      return NULL;
    }

  return g_steal_pointer (&report);
}

static gboolean
check_report (TerSqliteStore      *self,
              gint64               actor_id,
              const TerRepReport  *report,
              const char          *today,
              GError             **error)
{
  g_autoptr(TerRepReport) stored = NULL;

  if (actor_id != report->rep_id)
    {
      g_autofree char *rep = ter_sqlite_performance_rep_name (self, report->rep_id);

      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Only %s can write their own monthly report."), rep != NULL ? rep : "?");
      return FALSE;
    }

  stored = ter_sqlite_reports_get_report (TER_PERFORMANCE_STORE (self), report->rep_id, report->month, error);
  if (stored == NULL)
    return FALSE;
  if (stored->submitted)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The report for %s was submitted on %s and can no longer be changed."),
                   report->month, stored->submitted_on);
      return FALSE;
    }
  if (today != NULL && strncmp (today, report->month, 7) < 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The report for %s cannot be submitted before the month has begun."), report->month);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ter_sqlite_reports_save_report (TerPerformanceStore  *store,
                                gint64                actor_id,
                                const TerRepReport   *report,
                                gboolean              submit,
                                const char           *today,
                                GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  if (!check_report (self, actor_id, report, submit ? today : NULL, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO rep_reports (rep_id, month, submitted_on, reasons, work_done, next_goals, competitors) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (rep_id, month) DO UPDATE SET"
                  " submitted_on = excluded.submitted_on, reasons = excluded.reasons,"
                  " work_done = excluded.work_done, next_goals = excluded.next_goals,"
                  " competitors = excluded.competitors", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, report->rep_id);
  sqlite3_bind_text (stmt, 2, report->month, -1, SQLITE_TRANSIENT);
  ter_sqlite_bind_text_or_null (stmt, 3, submit ? today : NULL);
  sqlite3_bind_text (stmt, 4, report->reasons != NULL ? report->reasons : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, report->work_done != NULL ? report->work_done : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, report->next_goals != NULL ? report->next_goals : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, report->competitors != NULL ? report->competitors : "", -1, SQLITE_TRANSIENT);

  return ter_sqlite_performance_step_done (self, stmt, _("Saving a monthly report"), error);
}

static void
figure_clear (gpointer data)
{
  g_free (((TerReportFigure *) data)->name);
}

static GArray *
ter_sqlite_reports_report_figures (TerPerformanceStore  *store,
                                   gint64                rep_id,
                                   const char           *month,
                                   GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerReportFigure));
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;
  int rc;

  /* The ten largest customers and products with their share of the
   * rep's net month; both lists share one total. */
  g_array_set_clear_func (rows, figure_clear);
  stmt = ter_sqlite_store_prepare (self,
                  "WITH s AS (SELECT o.customer_id, l.product_id, l.amount FROM orders o"
                  "  JOIN order_lines l ON l.order_id = o.id WHERE o.rep_id = ?1"
                  "  AND o.order_date BETWEEN ?2 AND ?3 AND o.status <> 'cancelled'),"
                  " total AS (SELECT sum (amount) AS t FROM s) "
                  "SELECT * FROM (SELECT 0, c.id, c.name, sum (s.amount) AS a, total.t FROM s"
                  "  JOIN customers c ON c.id = s.customer_id, total GROUP BY c.id ORDER BY a DESC LIMIT 10) "
                  "UNION ALL SELECT * FROM (SELECT 1, p.id, CASE WHEN ?4 THEN p.name_zh ELSE p.name_en END,"
                  "  sum (s.amount) AS a, total.t FROM s JOIN products p ON p.id = s.product_id, total"
                  "  GROUP BY p.id ORDER BY a DESC LIMIT 10)", error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_performance_month_days (month, month, first_day, last_day);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, ter_locale_is_chinese ());
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerReportFigure f = { 0 };
      gint64 total = sqlite3_column_int64 (stmt, 4);

      f.product = sqlite3_column_int (stmt, 0);
      f.id = sqlite3_column_int64 (stmt, 1);
      f.name = g_strdup (ter_sqlite_column_text (stmt, 2));
      f.amount = sqlite3_column_int64 (stmt, 3);
      f.share_bp = total > 0 ? ter_attainment_bp (f.amount, total) : 0;
      g_array_append_val (rows, f);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up a report’s figures"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static GArray *
ter_sqlite_reports_report_status (TerPerformanceStore  *store,
                                  gint64                actor_id,
                                  const char           *month,
                                  GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerRepReport));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE team (id) AS (SELECT id FROM reps WHERE manager_id = ?1"
                  " UNION SELECT r.id FROM reps r JOIN team ON r.manager_id = team.id) "
                  "SELECT coalesce (p.id, 0), team.id, ?2, p.submitted_on FROM team"
                  " JOIN reps r ON r.id = team.id AND r.active"
                  " LEFT JOIN rep_reports p ON p.rep_id = team.id AND p.month = ?2 "
                  "ORDER BY r.name", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, actor_id);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerRepReport report = { 0 };

      read_report_row (stmt, &report, FALSE);
      g_array_append_val (rows, report);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Checking who has reported"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

void
ter_sqlite_reports_iface_init (TerPerformanceStoreInterface *iface)
{
  iface->get_report = ter_sqlite_reports_get_report;
  iface->save_report = ter_sqlite_reports_save_report;
  iface->report_figures = ter_sqlite_reports_report_figures;
  iface->report_status = ter_sqlite_reports_report_status;
}
