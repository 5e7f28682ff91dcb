/* ter-sqlite-commission.c: payout statements.
 *
 * A statement pays on the month's own orders net of returns made against
 * them within the month; a return booked this month against an earlier
 * month's order is clawed back at the effective rate that month paid, so
 * a late return costs exactly what its sale earned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-commission"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ter-format.h"
#include "ter-money.h"
#include "ter-sqlite-performance-private.h"

/* `amount` in `from` converted exactly into `to` at the stored rates. */
static gboolean
convert (TerSqliteStore  *self,
         gint64           amount,
         const char      *from,
         const char      *to,
         gint64          *out,
         GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 from_rate = 0, to_rate = 0;

  if (g_strcmp0 (from, to) == 0)
    {
      *out = amount;
      return TRUE;
    }

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT (SELECT per_usd_micros FROM exchange_rates WHERE currency = ?1),"
                  " (SELECT per_usd_micros FROM exchange_rates WHERE currency = ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      from_rate = sqlite3_column_int64 (stmt, 0);
      to_rate = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (from_rate <= 0 || to_rate <= 0
      || !ter_money_convert_via (amount, from, from_rate, to, to_rate, out))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Sales in %s cannot be paid in %s: there is no exchange rate between them."),
                   from, to);
      return FALSE;
    }

  return TRUE;
}

static gboolean
month_quota (TerSqliteStore           *self,
             const TerCommissionPlan  *plan,
             gint64                    rep_id,
             const char               *month,
             gint64                   *quota,
             GError                  **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *currency = NULL;
  gint64 value = 0;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT value, currency FROM targets WHERE rep_id = ?1 AND metric = 'revenue' AND month = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      currency = g_strdup (ter_sqlite_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  *quota = 0;
  return currency == NULL || convert (self, value, currency, plan->currency, quota, error);
}

/* The month's own result: its orders net of returns of those orders
 * made within the month, against the month's quota. */
static gboolean
month_result (TerSqliteStore           *self,
              const TerCommissionPlan  *plan,
              gint64                    rep_id,
              const char               *month,
              gint64                   *quota,
              TerCommissionResult      *result,
              GError                  **error)
{
  g_autoptr(GArray) revenue = g_array_new (FALSE, TRUE, sizeof (TerCategoryRevenue));
  TerCommissionRules rules = { plan->base_rate_bp,
                               (const TerCommissionTier *) plan->tiers->data, plan->tiers->len,
                               (const TerCategoryRate *) plan->rates->data, plan->rates->len,
                               plan->cap };
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;
  int rc;

  if (!month_quota (self, plan, rep_id, month, quota, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT p.category_id, coalesce (c.parent_id, 0), o.currency, sum (l.amount) "
                  "FROM orders o JOIN order_lines l ON l.order_id = o.id"
                  " JOIN products p ON p.id = l.product_id"
                  " JOIN product_categories c ON c.id = p.category_id"
                  " LEFT JOIN orders orig ON orig.id = o.return_of "
                  "WHERE o.rep_id = ?1 AND o.order_date BETWEEN ?2 AND ?3 AND o.status <> 'cancelled'"
                  " AND (orig.id IS NULL OR orig.order_date >= ?2) "
                  "GROUP BY 1, 2, 3", error);
  if (stmt == NULL)
    return FALSE;

  ter_sqlite_performance_month_days (month, month, first_day, last_day);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerCategoryRevenue r = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), 0 };
      g_autofree char *currency = g_strdup (ter_sqlite_column_text (stmt, 2));

      if (!convert (self, sqlite3_column_int64 (stmt, 3), currency, plan->currency, &r.revenue, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      g_array_append_val (revenue, r);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up sales for commission"));
      return FALSE;
    }

  if (!ter_commission_compute (&rules, *quota, (const TerCategoryRevenue *) revenue->data,
                               revenue->len, result))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The commission for %s is too large to compute."), month);
      return FALSE;
    }

  return TRUE;
}

/* Returns booked in the month against earlier months' orders of the rep,
 * in the plan's currency, without their clawback yet. */
static GArray *
late_returns (TerSqliteStore           *self,
              const TerCommissionPlan  *plan,
              gint64                    rep_id,
              const char               *month,
              GError                  **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerClawback));
  char first_day[11], last_day[11];
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT o.id, substr (orig.order_date, 1, 7), o.currency, sum (l.amount) "
                  "FROM orders o JOIN order_lines l ON l.order_id = o.id"
                  " JOIN orders orig ON orig.id = o.return_of "
                  "WHERE orig.rep_id = ?1 AND o.status = 'return' AND o.order_date BETWEEN ?2 AND ?3"
                  " AND orig.order_date < ?2 "
                  "GROUP BY o.id ORDER BY o.id", error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_performance_month_days (month, month, first_day, last_day);
  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerClawback c = { sqlite3_column_int64 (stmt, 0), "", 0, 0 };
      g_autofree char *currency = g_strdup (ter_sqlite_column_text (stmt, 2));

      g_strlcpy (c.original_month, ter_sqlite_column_text (stmt, 1), sizeof c.original_month);
      if (!convert (self, sqlite3_column_int64 (stmt, 3), currency, plan->currency, &c.amount, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_array_append_val (rows, c);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Finding returns of earlier months"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* Prices each late return at what its month paid per unit sold. */
static gboolean
price_clawbacks (TerSqliteStore           *self,
                 const TerCommissionPlan  *plan,
                 gint64                    rep_id,
                 GArray                   *clawbacks,
                 GError                  **error)
{
  for (guint i = 0; i < clawbacks->len; i++)
    {
      TerClawback *c = &g_array_index (clawbacks, TerClawback, i);
      g_autoptr(TerCommissionPlan) then = NULL;
      TerCommissionResult original;
      gint64 quota, then_id;

      /* The sale earned under the plan of its own month; a rep with no
       * plan then is charged at today's plan. */
      then_id = ter_sqlite_commission_plan_for (self, rep_id, c->original_month, error);
      if (then_id < 0)
        return FALSE;
      if (then_id > 0 && then_id != plan->id
          && (then = ter_sqlite_commission_read_plan (self, then_id, error)) == NULL)
        return FALSE;
      if (!month_result (self, then != NULL ? then : plan, rep_id, c->original_month, &quota, &original, error))
        return FALSE;

      if (original.revenue > 0)
        ter_money_scale (c->amount, original.commission, original.revenue, &c->clawback);
      else
        ter_money_scale (c->amount, plan->base_rate_bp, TER_BP_WHOLE, &c->clawback);
    }

  return TRUE;
}

/* The plan paying the rep in `month`, or 0 with an error naming them. */
static gint64
rep_plan (TerSqliteStore  *self,
          gint64           rep_id,
          const char      *month,
          GError         **error)
{
  gint64 plan_id = ter_sqlite_commission_plan_for (self, rep_id, month, error);

  if (plan_id == 0)
    {
      g_autofree char *name = ter_sqlite_performance_rep_name (self, rep_id);
      g_autofree char *when = ter_format_month (atoi (month), atoi (month + 5));

      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("%s has no commission plan for %s; assign one first."),
                   name != NULL ? name : "?", when);
    }

  return MAX (plan_id, 0);
}

static TerCommissionStatement *
ter_sqlite_commission_statement (TerPerformanceStore  *store,
                                 gint64                rep_id,
                                 const char           *month,
                                 GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerCommissionStatement) statement = g_new0 (TerCommissionStatement, 1);
  g_autoptr(TerCommissionPlan) plan = NULL;
  gint64 plan_id = rep_plan (self, rep_id, month, error);

  if (plan_id == 0)
    return NULL;
  plan = ter_sqlite_commission_read_plan (self, plan_id, error);
  if (plan == NULL)
    return NULL;

  statement->rep_id = rep_id;
  statement->plan_id = plan_id;
  statement->rep_name = ter_sqlite_performance_rep_name (self, rep_id);
  statement->plan_name = g_strdup (plan->name);
  g_strlcpy (statement->month, month, sizeof statement->month);
  g_strlcpy (statement->currency, plan->currency, sizeof statement->currency);
  if (!month_result (self, plan, rep_id, month, &statement->quota, &statement->result, error))
    return NULL;

  statement->clawbacks = late_returns (self, plan, rep_id, month, error);
  if (statement->clawbacks == NULL
      || !price_clawbacks (self, plan, rep_id, statement->clawbacks, error))
    return NULL;

  statement->payout = statement->result.commission;
  for (guint i = 0; i < statement->clawbacks->len; i++)
    statement->payout += g_array_index (statement->clawbacks, TerClawback, i).clawback;

  return g_steal_pointer (&statement);
}

void
ter_sqlite_commission_iface_init (TerPerformanceStoreInterface *iface)
{
  iface->statement = ter_sqlite_commission_statement;
  ter_sqlite_commission_plans_iface_init (iface);
}
