/* ter-sqlite-commission-plans.c: commission plans, who they pay and from
 * when, and schema migration 8.
 *
 * A plan pays a rep through an assignment: the rep's own, or one for
 * everyone of their role, each from a first month and until an optional
 * last month. Plans are changed as a whole, in one savepoint, so that a
 * statement never sees half a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-commission-plans"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-format.h"
#include "ter-sqlite-performance-private.h"

/* Migration 8: assignments with effective months replace rep_plans; a
 * plan assigned before keeps paying from the start. Review scores keep
 * the weight their criterion had when the review began, so that editing
 * the criteria does not rescore past reviews. */
const char ter_sqlite_migration_8[] =
  "CREATE TABLE plan_assignments (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  plan_id    INTEGER NOT NULL REFERENCES commission_plans (id) ON DELETE CASCADE,\n"
  "  rep_id     INTEGER REFERENCES reps (id) ON DELETE CASCADE,\n"
  "  role       TEXT CHECK (role IN ('regional_manager', 'provincial_manager', 'sales_rep')),\n"
  "  valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),\n"
  "  valid_to   TEXT CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND valid_to >= valid_from),\n"
  "  CHECK ((rep_id IS NULL) <> (role IS NULL))\n"
  ");\n"
  "CREATE UNIQUE INDEX plan_assignments_rep ON plan_assignments (rep_id, valid_from) WHERE rep_id IS NOT NULL;\n"
  "CREATE UNIQUE INDEX plan_assignments_role ON plan_assignments (role, valid_from) WHERE role IS NOT NULL;\n"
  "CREATE INDEX plan_assignments_plan ON plan_assignments (plan_id);\n"
  "INSERT INTO plan_assignments (plan_id, rep_id, valid_from)\n"
  "  SELECT plan_id, rep_id, '2000-01' FROM rep_plans;\n"
  "DROP TABLE rep_plans;\n"
  "ALTER TABLE review_scores ADD COLUMN weight INTEGER CHECK (weight IS NULL OR weight > 0);\n"
  "UPDATE review_scores SET weight = (SELECT weight FROM review_criteria c WHERE c.id = criterion_id);\n";

/* Authority */

/* The actor's name, whether they manage anyone and whether anyone is
 * above them; FALSE with a message when the profile does not exist. */
static gboolean
actor_standing (TerSqliteStore  *self,
                gint64           actor_id,
                char           **name,
                gboolean        *manager,
                gboolean        *top,
                GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, "SELECT name, role, manager_id IS NULL FROM reps WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, actor_id);
  *name = NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *name = g_strdup (ter_sqlite_column_text (stmt, 0));
      *manager = g_strcmp0 (ter_sqlite_column_text (stmt, 1), "sales_rep") != 0;
      *top = sqlite3_column_int (stmt, 2) != 0;
    }
  sqlite3_reset (stmt);

  if (*name == NULL)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("No user profile is chosen (rep %d does not exist); choose who you are in Preferences."),
                 (int) actor_id);
  return *name != NULL;
}

/* Plans apply to whole teams: only managers may create or change them. */
static gboolean
check_manager (TerSqliteStore  *self,
               gint64           actor_id,
               GError         **error)
{
  g_autofree char *name = NULL;
  gboolean manager = FALSE, top = FALSE;

  if (!actor_standing (self, actor_id, &name, &manager, &top, error))
    return FALSE;
  if (!manager)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("%s is a sales rep; only managers may create or change commission plans."), name);

  return manager;
}

/* An assignment for a whole role reaches across reporting lines, so only
 * someone with no manager of their own may make one. */
static gboolean
check_role_authority (TerSqliteStore  *self,
                      gint64           actor_id,
                      GError         **error)
{
  g_autofree char *name = NULL;
  gboolean manager = FALSE, top = FALSE;

  if (!actor_standing (self, actor_id, &name, &manager, &top, error))
    return FALSE;
  if (!manager || !top)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("%s reports to someone else; only the head of a reporting line may give a plan to everyone of a role."),
                 name);

  return manager && top;
}

static gboolean
check_assignment_authority (TerSqliteStore           *self,
                            gint64                    actor_id,
                            const TerPlanAssignment  *a,
                            GError                  **error)
{
  if (a->rep_id > 0)
    return ter_sqlite_performance_check_rep (self, actor_id, a->rep_id, error);

  return check_role_authority (self, actor_id, error);
}

static GArray *list_assignments (TerSqliteStore *self, gint64 plan_id, GError **error);

/* Changing a plan changes the pay of everyone it is assigned to, so the
 * actor must have authority over each of them. */
static gboolean
check_plan_authority (TerSqliteStore  *self,
                      gint64           actor_id,
                      gint64           plan_id,
                      GError         **error)
{
  g_autoptr(GArray) assignments = NULL;

  if (!check_manager (self, actor_id, error))
    return FALSE;

  assignments = list_assignments (self, plan_id, error);
  if (assignments == NULL)
    return FALSE;
  for (guint i = 0; i < assignments->len; i++)
    if (!check_assignment_authority (self, actor_id, &g_array_index (assignments, TerPlanAssignment, i), error))
      return FALSE;

  return TRUE;
}

/* Reading plans */

static gboolean
read_plan_parts (TerSqliteStore     *self,
                 TerCommissionPlan  *plan,
                 GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  plan->tiers = g_array_new (FALSE, TRUE, sizeof (TerCommissionTier));
  plan->rates = g_array_new (FALSE, TRUE, sizeof (TerCategoryRate));
  stmt = ter_sqlite_store_prepare (self,
                  "SELECT 0, from_bp, multiplier_bp FROM commission_tiers WHERE plan_id = ?1 "
                  "UNION ALL SELECT 1, category_id, rate_bp FROM commission_rates WHERE plan_id = ?1 "
                  "ORDER BY 1, 2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 a = sqlite3_column_int64 (stmt, 1), b = sqlite3_column_int64 (stmt, 2);

      if (sqlite3_column_int (stmt, 0) == 0)
        g_array_append_vals (plan->tiers, &(TerCommissionTier) { a, b }, 1);
      else
        g_array_append_vals (plan->rates, &(TerCategoryRate) { a, b }, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading a commission plan"));
      return FALSE;
    }

  return TRUE;
}

TerCommissionPlan *
ter_sqlite_commission_read_plan (TerSqliteStore  *self,
                                 gint64           plan_id,
                                 GError         **error)
{
  g_autoptr(TerCommissionPlan) plan = g_new0 (TerCommissionPlan, 1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, name, currency, base_rate_bp, cap FROM commission_plans WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      plan->id = sqlite3_column_int64 (stmt, 0);
      plan->name = g_strdup (ter_sqlite_column_text (stmt, 1));
      g_strlcpy (plan->currency, ter_sqlite_column_text (stmt, 2), sizeof plan->currency);
      plan->base_rate_bp = sqlite3_column_int64 (stmt, 3);
      plan->cap = sqlite3_column_int64 (stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no commission plan with number %d."), (int) plan_id);
      return NULL;
    }

  if (!read_plan_parts (self, plan, error))
    return NULL;

  return g_steal_pointer (&plan);
}

gint64
ter_sqlite_commission_plan_for (TerSqliteStore  *self,
                                gint64           rep_id,
                                const char      *month,
                                GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id = 0;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT a.plan_id FROM plan_assignments a JOIN reps r ON r.id = ?1 "
                  "WHERE (a.rep_id = r.id OR (a.rep_id IS NULL AND a.role = r.role))"
                  " AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?2) "
                  "ORDER BY a.rep_id IS NULL, a.valid_from DESC, a.id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, rep_id);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    plan_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Finding the rep’s commission plan"));
      return -1;
    }

  return plan_id;
}

static TerCommissionPlan *
ter_sqlite_commission_get_plan (TerPerformanceStore  *store,
                                gint64                plan_id,
                                GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return ter_sqlite_commission_read_plan (self, plan_id, error);
}

static GPtrArray *
ter_sqlite_commission_list_plans (TerPerformanceStore  *store,
                                  GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_commission_plan_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT id FROM commission_plans ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Listing commission plans"));
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      TerCommissionPlan *plan = ter_sqlite_commission_read_plan (self, g_array_index (ids, gint64, i), error);

      if (plan == NULL)
        return NULL;
      g_ptr_array_add (plans, plan);
    }

  return g_steal_pointer (&plans);
}

/* Writing plans */

static gboolean
insert_plan_parts (TerSqliteStore           *self,
                   gint64                    plan_id,
                   const TerCommissionPlan  *plan,
                   GError                  **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; plan->tiers != NULL && i < plan->tiers->len; i++)
    {
      const TerCommissionTier *t = &g_array_index (plan->tiers, TerCommissionTier, i);

      stmt = ter_sqlite_store_prepare (self,
                      "INSERT INTO commission_tiers (plan_id, from_bp, multiplier_bp) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int64 (stmt, 2, t->from_bp);
      sqlite3_bind_int64 (stmt, 3, t->multiplier_bp);
      if (!ter_sqlite_performance_step_done (self, stmt, _("Adding a commission tier"), error))
        return FALSE;
    }

  for (guint i = 0; plan->rates != NULL && i < plan->rates->len; i++)
    {
      const TerCategoryRate *r = &g_array_index (plan->rates, TerCategoryRate, i);

      stmt = ter_sqlite_store_prepare (self,
                      "INSERT INTO commission_rates (plan_id, category_id, rate_bp) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int64 (stmt, 2, r->category_id);
      sqlite3_bind_int64 (stmt, 3, r->rate_bp);
      if (!ter_sqlite_performance_step_done (self, stmt, _("Adding a category rate"), error))
        return FALSE;
    }

  return TRUE;
}

/* A currency without an exchange rate would fail as a foreign key; say
 * which currency instead. */
static gboolean
check_currency (TerSqliteStore  *self,
                const char      *currency,
                GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, "SELECT 1 FROM exchange_rates WHERE currency = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("A plan cannot pay in %s: there is no exchange rate for it."), currency);

  return rc == SQLITE_ROW;
}

static gint64
insert_plan_rows (TerSqliteStore           *self,
                  const TerCommissionPlan  *plan,
                  GError                  **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id;

  if (!check_currency (self, plan->currency, error))
    return 0;
  stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO commission_plans (name, currency, base_rate_bp, cap) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  ter_sqlite_bind_text_or_null (stmt, 1, plan->name);
  sqlite3_bind_text (stmt, 2, plan->currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, plan->base_rate_bp);
  sqlite3_bind_int64 (stmt, 4, plan->cap);
  plan_id = ter_sqlite_store_step_insert (self, stmt, _("Adding a commission plan"), error);
  if (plan_id == 0 || !insert_plan_parts (self, plan_id, plan, error))
    return 0;

  return plan_id;
}

static gboolean
replace_plan_rows (TerSqliteStore           *self,
                   const TerCommissionPlan  *plan,
                   GError                  **error)
{
  sqlite3_stmt *stmt;

  if (!check_currency (self, plan->currency, error))
    return FALSE;
  stmt = ter_sqlite_store_prepare (self,
                  "UPDATE commission_plans SET name = ?2, currency = ?3, base_rate_bp = ?4, cap = ?5 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  ter_sqlite_bind_text_or_null (stmt, 2, plan->name);
  sqlite3_bind_text (stmt, 3, plan->currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, plan->base_rate_bp);
  sqlite3_bind_int64 (stmt, 5, plan->cap);
  if (!ter_sqlite_performance_step_done (self, stmt, _("Changing a commission plan"), error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self, "DELETE FROM commission_tiers WHERE plan_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  if (!ter_sqlite_performance_step_done (self, stmt, _("Changing a commission plan"), error))
    return FALSE;
  stmt = ter_sqlite_store_prepare (self, "DELETE FROM commission_rates WHERE plan_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  if (!ter_sqlite_performance_step_done (self, stmt, _("Changing a commission plan"), error))
    return FALSE;

  return insert_plan_parts (self, plan->id, plan, error);
}

/* Ends the savepoint: released when `ok`, else rolled back. */
static gboolean
finish_savepoint (TerSqliteStore  *self,
                  gboolean         ok,
                  GError         **error)
{
  if (!ok)
    {
      ter_sqlite_store_run (self, "ROLLBACK TO plan_edit", NULL);
      ter_sqlite_store_run (self, "RELEASE plan_edit", NULL);
      return FALSE;
    }

  return ter_sqlite_store_run (self, "RELEASE plan_edit", error);
}

static gint64
ter_sqlite_commission_add_plan (TerPerformanceStore      *store,
                                gint64                    actor_id,
                                const TerCommissionPlan  *plan,
                                GError                  **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  gint64 plan_id;

  if (!check_manager (self, actor_id, error)
      || !ter_sqlite_store_run (self, "SAVEPOINT plan_edit", error))
    return 0;

  plan_id = insert_plan_rows (self, plan, error);
  return finish_savepoint (self, plan_id != 0, error) ? plan_id : 0;
}

static gboolean
ter_sqlite_commission_update_plan (TerPerformanceStore      *store,
                                   gint64                    actor_id,
                                   const TerCommissionPlan  *plan,
                                   GError                  **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerCommissionPlan) old = ter_sqlite_commission_read_plan (self, plan->id, error);

  if (old == NULL
      || !check_plan_authority (self, actor_id, plan->id, error)
      || !ter_sqlite_store_run (self, "SAVEPOINT plan_edit", error))
    return FALSE;

  return finish_savepoint (self, replace_plan_rows (self, plan, error), error);
}

static gboolean
ter_sqlite_commission_delete_plan (TerPerformanceStore  *store,
                                   gint64                actor_id,
                                   gint64                plan_id,
                                   GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerCommissionPlan) old = ter_sqlite_commission_read_plan (self, plan_id, error);
  sqlite3_stmt *stmt;

  if (old == NULL || !check_plan_authority (self, actor_id, plan_id, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self, "DELETE FROM commission_plans WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  return ter_sqlite_performance_step_done (self, stmt, _("Deleting a commission plan"), error);
}

/* Assignments */

static GArray *
list_assignments (TerSqliteStore  *self,
                  gint64           plan_id,
                  GError         **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerPlanAssignment));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, plan_id, coalesce (rep_id, 0), role, valid_from, coalesce (valid_to, '') "
                  "FROM plan_assignments WHERE ?1 = 0 OR plan_id = ?1 "
                  "ORDER BY plan_id, rep_id IS NOT NULL, role, rep_id, valid_from", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerPlanAssignment a = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                              sqlite3_column_int64 (stmt, 2), TER_REP_ROLE_SALES_REP, "", "" };

      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        a.role = MAX (ter_rep_role_from_key (ter_sqlite_column_text (stmt, 3)), 0);
      g_strlcpy (a.valid_from, ter_sqlite_column_text (stmt, 4), sizeof a.valid_from);
      g_strlcpy (a.valid_to, ter_sqlite_column_text (stmt, 5), sizeof a.valid_to);
      g_array_append_val (rows, a);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Listing who commission plans pay"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static GArray *
ter_sqlite_commission_list_assignments (TerPerformanceStore  *store,
                                        gint64                plan_id,
                                        GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return list_assignments (self, plan_id, error);
}

/* An assignment starting in the same month as an existing one for the
 * same rep or role takes its place. */
static gint64
upsert_assignment (TerSqliteStore           *self,
                   const TerPlanAssignment  *a,
                   GError                  **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (a->rep_id > 0)
    stmt = ter_sqlite_store_prepare (self,
                    "INSERT INTO plan_assignments (plan_id, rep_id, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT (rep_id, valid_from) WHERE rep_id IS NOT NULL "
                    "DO UPDATE SET plan_id = excluded.plan_id, valid_to = excluded.valid_to "
                    "RETURNING id", error);
  else
    stmt = ter_sqlite_store_prepare (self,
                    "INSERT INTO plan_assignments (plan_id, role, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT (role, valid_from) WHERE role IS NOT NULL "
                    "DO UPDATE SET plan_id = excluded.plan_id, valid_to = excluded.valid_to "
                    "RETURNING id", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, a->plan_id);
  if (a->rep_id > 0)
    sqlite3_bind_int64 (stmt, 2, a->rep_id);
  else
    sqlite3_bind_text (stmt, 2, ter_rep_role_to_key (a->role), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, a->valid_from, -1, SQLITE_TRANSIENT);
  ter_sqlite_bind_text_or_null (stmt, 4, a->valid_to[0] != '\0' ? a->valid_to : NULL);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    ter_sqlite_store_set_error (self, error, rc, _("Assigning a commission plan"));

  return id;
}

static gint64
ter_sqlite_commission_add_assignment (TerPerformanceStore      *store,
                                      gint64                    actor_id,
                                      const TerPlanAssignment  *assignment,
                                      GError                  **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerCommissionPlan) plan = ter_sqlite_commission_read_plan (self, assignment->plan_id, error);

  if (plan == NULL || !check_assignment_authority (self, actor_id, assignment, error))
    return 0;

  return upsert_assignment (self, assignment, error);
}

static gboolean
ter_sqlite_commission_assign_plan (TerPerformanceStore  *store,
                                   gint64                actor_id,
                                   gint64                rep_id,
                                   gint64                plan_id,
                                   GError              **error)
{
  TerPlanAssignment a = { 0, plan_id, rep_id, TER_REP_ROLE_SALES_REP, "2000-01", "" };

  return ter_sqlite_commission_add_assignment (store, actor_id, &a, error) != 0;
}

static gboolean
ter_sqlite_commission_remove_assignment (TerPerformanceStore  *store,
                                         gint64                actor_id,
                                         gint64                assignment_id,
                                         GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) all = list_assignments (self, 0, error);
  const TerPlanAssignment *found = NULL;
  sqlite3_stmt *stmt;

  if (all == NULL)
    return FALSE;
  for (guint i = 0; i < all->len && found == NULL; i++)
    if (g_array_index (all, TerPlanAssignment, i).id == assignment_id)
      found = &g_array_index (all, TerPlanAssignment, i);
  if (found == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no plan assignment with number %d."), (int) assignment_id);
      return FALSE;
    }
  if (!check_assignment_authority (self, actor_id, found, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self, "DELETE FROM plan_assignments WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  return ter_sqlite_performance_step_done (self, stmt, _("Removing a plan assignment"), error);
}

/* Categories */

static void
category_info_clear (gpointer data)
{
  g_free (((TerCategoryInfo *) data)->name);
}

static GArray *
ter_sqlite_commission_list_categories (TerPerformanceStore  *store,
                                       GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerCategoryInfo));
  gboolean chinese = ter_locale_is_chinese ();
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, category_info_clear);
  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE tree (id, parent, depth, en, zh, path) AS ("
                  " SELECT id, 0, 0, name_en, name_zh, printf ('%010d', id) FROM product_categories"
                  " WHERE parent_id IS NULL"
                  " UNION ALL SELECT c.id, c.parent_id, t.depth + 1, c.name_en, c.name_zh,"
                  " t.path || printf ('/%010d', c.id) FROM product_categories c JOIN tree t ON c.parent_id = t.id) "
                  "SELECT id, parent, depth, en, zh FROM tree ORDER BY path", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerCategoryInfo c = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                            sqlite3_column_int (stmt, 2),
                            g_strdup (ter_sqlite_column_text (stmt, chinese ? 4 : 3)) };

      g_array_append_val (rows, c);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Listing product categories"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

void
ter_sqlite_commission_plans_iface_init (TerPerformanceStoreInterface *iface)
{
  iface->add_plan = ter_sqlite_commission_add_plan;
  iface->assign_plan = ter_sqlite_commission_assign_plan;
  iface->get_plan = ter_sqlite_commission_get_plan;
  iface->list_plans = ter_sqlite_commission_list_plans;
  iface->update_plan = ter_sqlite_commission_update_plan;
  iface->delete_plan = ter_sqlite_commission_delete_plan;
  iface->list_assignments = ter_sqlite_commission_list_assignments;
  iface->add_assignment = ter_sqlite_commission_add_assignment;
  iface->remove_assignment = ter_sqlite_commission_remove_assignment;
  iface->list_categories = ter_sqlite_commission_list_categories;
}
