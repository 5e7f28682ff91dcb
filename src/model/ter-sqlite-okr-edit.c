/* ter-sqlite-okr-edit.c: editing objectives and key results for the
 * SQLite engine: the objective's row, then its key results, kept,
 * rewritten, added or dropped, all in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-okr"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-okr.h"
#include "ter-sqlite-okr-private.h"
#include "ter-sqlite-store-private.h"

static gboolean
step_done (TerSqliteStore  *self,
           sqlite3_stmt    *stmt,
           const char      *what,
           GError         **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
rewrite_objective_row (TerSqliteStore               *self,
                       gint64                        objective_id,
                       const TerOkrObjectiveRecord  *objective,
                       GError                      **error)
{
  g_autofree char *quarter = NULL;
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self, "SELECT quarter FROM okr_objectives WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    quarter = g_strdup (ter_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (quarter == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Objective number %lld does not exist."), (long long) objective_id);
      return FALSE;
    }
  if (objective->parent_id > 0 && !ter_sqlite_okr_check_parent (self, quarter, objective->parent_id, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self,
                  "UPDATE okr_objectives SET title = trim (?2), owner_kind = ?3, owner_id = ?4,"
                  " parent_id = ?5 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  sqlite3_bind_text (stmt, 2, objective->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, ter_sqlite_okr_owner_names[objective->owner_kind], -1, SQLITE_STATIC);
  ter_sqlite_bind_id_or_null (stmt, 4, objective->owner_id);
  ter_sqlite_bind_id_or_null (stmt, 5, objective->parent_id);
  return step_done (self, stmt, _("Editing an objective"), error);
}

/* Deletes the objective's key results that the edit leaves out. */
static gboolean
delete_dropped_key_results (TerSqliteStore  *self,
                            gint64           objective_id,
                            const gint64    *keep,
                            guint            n_keep,
                            GError         **error)
{
  g_autoptr(GArray) dropped = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self, "SELECT id FROM okr_key_results WHERE objective_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean kept = FALSE;

      for (guint i = 0; i < n_keep && !kept; i++)
        kept = keep[i] == id;
      if (!kept)
        g_array_append_val (dropped, id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < dropped->len; i++)
    {
      stmt = ter_sqlite_store_prepare (self, "DELETE FROM okr_key_results WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (dropped, gint64, i));
      if (!step_done (self, stmt, _("Removing a key result"), error))
        return FALSE;
    }
  return TRUE;
}

/* Check-ins are in the key result's unit, so a key result that has some
 * keeps its kind; its value stays that of the newest check-in. */
static gboolean
rewrite_key_result (TerSqliteStore               *self,
                    gint64                        objective_id,
                    gint64                        id,
                    guint                         position,
                    const TerOkrKeyResultRecord  *kr,
                    GError                      **error)
{
  sqlite3_stmt *stmt;
  int rc;
  gboolean kind_locked = FALSE;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT kind <> ?3 AND EXISTS (SELECT 1 FROM okr_check_ins WHERE key_result_id = ?1) "
                  "FROM okr_key_results WHERE id = ?1 AND objective_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, objective_id);
  sqlite3_bind_text (stmt, 3, ter_sqlite_okr_kind_names[kr->kind], -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    kind_locked = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Key result %u (“%s”) is not one of this objective’s."), position + 1, kr->title);
      return FALSE;
    }
  if (kind_locked)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Key result %u (“%s”) has check-ins, so it keeps its kind of value."),
                   position + 1, kr->title);
      return FALSE;
    }

  stmt = ter_sqlite_store_prepare (self,
                  "UPDATE okr_key_results SET position = ?2, title = trim (?3), kind = ?4,"
                  " start_value = ?5, target_value = ?6, currency = ?7, metric = ?8,"
                  " territory_id = ?9, rep_id = ?10,"
                  " current_value = coalesce ((SELECT value FROM okr_check_ins WHERE key_result_id = ?1"
                  "   ORDER BY day DESC, id DESC LIMIT 1), ?5) "
                  "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, (int) position);
  sqlite3_bind_text (stmt, 3, kr->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ter_sqlite_okr_kind_names[kr->kind], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, kr->start_value);
  sqlite3_bind_int64 (stmt, 6, kr->target_value);
  ter_sqlite_bind_text_or_null (stmt, 7, kr->kind == TER_OKR_KIND_MONEY ? kr->currency : NULL);
  ter_sqlite_bind_text_or_null (stmt, 8, ter_sqlite_okr_metric_names[kr->metric]);
  ter_sqlite_bind_id_or_null (stmt, 9, kr->scope_territory_id);
  ter_sqlite_bind_id_or_null (stmt, 10, kr->scope_rep_id);
  return step_done (self, stmt, _("Editing a key result"), error);
}

static gboolean
update_objective (TerOkrStore                  *store,
                                 gint64                        objective_id,
                                 const TerOkrObjectiveRecord  *objective,
                                 const gint64                 *key_result_ids,
                                 const TerOkrKeyResultRecord  *key_results,
                                 guint                         n_key_results,
                                 GError                      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  /* All or nothing, like writing a new objective. */
  if (!ter_store_begin (TER_STORE (store), error))
    return FALSE;
  ok = rewrite_objective_row (self, objective_id, objective, &local_error)
       && delete_dropped_key_results (self, objective_id, key_result_ids, n_key_results, &local_error);
  for (guint i = 0; ok && i < n_key_results; i++)
    ok = key_result_ids[i] > 0
         ? rewrite_key_result (self, objective_id, key_result_ids[i], i, &key_results[i], &local_error)
         : ter_sqlite_okr_insert_key_result (self, objective_id, i, &key_results[i], &local_error);
  if (!ok || !ter_store_commit (TER_STORE (store), &local_error))
    {
      ter_store_rollback (TER_STORE (store));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
ter_sqlite_okr_edit_iface_init (TerOkrStoreInterface *iface)
{
  iface->update_objective = update_objective;
}
