/* ter-sqlite-okr.c: TerOkrStore for the SQLite engine, and its schema.
 *
 * Linked key results keep no value of their own: their current value is
 * computed from orders, order lines and customers whenever they are read,
 * so they move as soon as new orders are written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-okr"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-analytics-store.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-okr.h"
#include "ter-period.h"
#include "ter-sqlite-okr-private.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store-private.h"

const char ter_sqlite_migration_okr[] =
  "CREATE TABLE okr_objectives (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  quarter      TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),\n"
  "  title        TEXT NOT NULL CHECK (trim (title) <> ''),\n"
  "  owner_kind   TEXT NOT NULL CHECK (owner_kind IN ('company', 'region', 'territory', 'rep')),\n"
  "  owner_id     INTEGER CHECK ((owner_kind = 'company') = (owner_id IS NULL)),\n"
  "  parent_id    INTEGER REFERENCES okr_objectives (id) CHECK (parent_id <> id),\n"
  "  carried_from INTEGER REFERENCES okr_objectives (id) ON DELETE SET NULL,\n"
  "  grade        REAL CHECK (grade IS NULL OR grade BETWEEN 0.0 AND 1.0)\n"
  ");\n"
  "CREATE INDEX okr_objectives_quarter ON okr_objectives (quarter);\n"
  "CREATE INDEX okr_objectives_parent ON okr_objectives (parent_id);\n"
  /* Alignment is a tree: refuse any update that would close a loop. */
  "CREATE TRIGGER okr_objectives_no_cycle BEFORE UPDATE OF parent_id ON okr_objectives\n"
  "WHEN NEW.parent_id IS NOT NULL BEGIN\n"
  "  SELECT RAISE (ABORT, 'the objectives would support each other in a cycle')\n"
  "  WHERE EXISTS (WITH RECURSIVE up (id) AS (SELECT NEW.parent_id\n"
  "                  UNION SELECT o.parent_id FROM okr_objectives o JOIN up ON o.id = up.id\n"
  "                  WHERE o.parent_id IS NOT NULL)\n"
  "                SELECT 1 FROM up WHERE id = NEW.id);\n"
  "END;\n"

  "CREATE TABLE okr_key_results (\n"
  "  id            INTEGER PRIMARY KEY,\n"
  "  objective_id  INTEGER NOT NULL REFERENCES okr_objectives (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL,\n"
  "  title         TEXT NOT NULL CHECK (trim (title) <> ''),\n"
  "  kind          TEXT NOT NULL CHECK (kind IN ('number', 'percent', 'money', 'milestone')),\n"
  "  start_value   INTEGER NOT NULL,\n"
  "  target_value  INTEGER NOT NULL CHECK (target_value <> start_value),\n"
  "  current_value INTEGER NOT NULL,\n"
  "  currency      TEXT REFERENCES exchange_rates (currency),\n"
  "  metric        TEXT CHECK (metric IN ('revenue', 'new_distributors', 'avg_order_value', 'return_rate')),\n"
  "  territory_id  INTEGER REFERENCES territories (id),\n"
  "  rep_id        INTEGER REFERENCES reps (id),\n"
  "  carried_from  INTEGER REFERENCES okr_key_results (id) ON DELETE SET NULL,\n"
  "  grade         REAL CHECK (grade IS NULL OR grade BETWEEN 0.0 AND 1.0),\n"
  "  CHECK ((kind = 'money') = (currency IS NOT NULL))\n"
  ");\n"
  "CREATE INDEX okr_key_results_objective ON okr_key_results (objective_id, position);\n"

  "CREATE TABLE okr_check_ins (\n"
  "  id            INTEGER PRIMARY KEY,\n"
  "  key_result_id INTEGER NOT NULL REFERENCES okr_key_results (id) ON DELETE CASCADE,\n"
  "  day           TEXT NOT NULL CHECK (date (day, '+0 days') IS day),\n"
  "  value         INTEGER NOT NULL,\n"
  "  confidence    TEXT NOT NULL CHECK (confidence IN ('on_track', 'at_risk', 'off_track')),\n"
  "  note          TEXT\n"
  ");\n"
  "CREATE INDEX okr_check_ins_key_result ON okr_check_ins (key_result_id, day);\n";

const char *const ter_sqlite_okr_owner_names[4] = { "company", "region", "territory", "rep" };
const char *const ter_sqlite_okr_kind_names[4] = { "number", "percent", "money", "milestone" };
const char *const ter_sqlite_okr_metric_names[5] = { NULL, "revenue", "new_distributors", "avg_order_value", "return_rate" };
#define owner_names ter_sqlite_okr_owner_names
#define kind_names ter_sqlite_okr_kind_names
#define metric_names ter_sqlite_okr_metric_names
static const char *confidence_names[] = { NULL, "on_track", "at_risk", "off_track" };

static int
lookup (const char         *name,
        const char *const *names,
        guint              n_names)
{
  for (guint i = 0; name != NULL && i < n_names; i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (int) i;
  return 0;
}

#define LOOKUP(name, names) lookup ((name), (names), G_N_ELEMENTS (names))

gboolean
ter_sqlite_okr_insert_key_result (TerSqliteStore               *self,
                   gint64                        objective_id,
                   guint                         position,
                   const TerOkrKeyResultRecord  *kr,
                   GError                      **error)
{
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO okr_key_results (objective_id, position, title, kind, start_value,"
                  " target_value, current_value, currency, metric, territory_id, rep_id, carried_from) "
                  "VALUES (?1, ?2, trim (?3), ?4, ?5, ?6, ?5, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, objective_id);
  sqlite3_bind_int (stmt, 2, (int) position);
  sqlite3_bind_text (stmt, 3, kr->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, kind_names[kr->kind], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, kr->start_value);
  sqlite3_bind_int64 (stmt, 6, kr->target_value);
  ter_sqlite_bind_text_or_null (stmt, 7, kr->kind == TER_OKR_KIND_MONEY ? kr->currency : NULL);
  ter_sqlite_bind_text_or_null (stmt, 8, metric_names[kr->metric]);
  ter_sqlite_bind_id_or_null (stmt, 9, kr->scope_territory_id);
  ter_sqlite_bind_id_or_null (stmt, 10, kr->scope_rep_id);
  ter_sqlite_bind_id_or_null (stmt, 11, kr->carried_from);
  return ter_sqlite_store_step_insert (self, stmt, _("Adding a key result"), error) > 0;
}

/* The parent must exist and belong to the same quarter; a missing parent
 * would leave the objective orphaned in the outline. */
gboolean
ter_sqlite_okr_check_parent (TerSqliteStore  *self,
              const char      *quarter,
              gint64           parent_id,
              GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = ter_sqlite_store_prepare (self, "SELECT quarter FROM okr_objectives WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (!found)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                 _("The objective to support (number %lld) does not exist."), (long long) parent_id);
  else if (quarter != NULL && g_strcmp0 (quarter, ter_sqlite_column_text (stmt, 0)) != 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("An objective of %s cannot support one of %s."),
                   quarter, ter_sqlite_column_text (stmt, 0));
      found = FALSE;
    }
  sqlite3_reset (stmt);
  return found;
}

static gint64
insert_objective (TerSqliteStore               *self,
                  const TerOkrObjectiveRecord  *objective,
                  const TerOkrKeyResultRecord  *key_results,
                  guint                         n_key_results,
                  GError                      **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (objective->parent_id > 0 && !ter_sqlite_okr_check_parent (self, objective->quarter, objective->parent_id, error))
    return 0;

  stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO okr_objectives (quarter, title, owner_kind, owner_id, parent_id, carried_from) "
                  "VALUES (?1, trim (?2), ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, objective->quarter, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, objective->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, owner_names[objective->owner_kind], -1, SQLITE_STATIC);
  ter_sqlite_bind_id_or_null (stmt, 4, objective->owner_id);
  ter_sqlite_bind_id_or_null (stmt, 5, objective->parent_id);
  ter_sqlite_bind_id_or_null (stmt, 6, objective->carried_from);
  id = ter_sqlite_store_step_insert (self, stmt, _("Adding an objective"), error);

  for (guint i = 0; id > 0 && i < n_key_results; i++)
    if (!ter_sqlite_okr_insert_key_result (self, id, i, &key_results[i], error))
      id = 0;
  return id;
}

static gint64
ter_sqlite_okr_add_objective (TerOkrStore                  *store,
                              const TerOkrObjectiveRecord  *objective,
                              const TerOkrKeyResultRecord  *key_results,
                              guint                         n_key_results,
                              GError                      **error)
{
  gint64 id;

  /* All or nothing: an objective never stands with some of its key results. */
  if (!ter_store_begin (TER_STORE (store), error))
    return 0;
  id = insert_objective (TER_SQLITE_STORE (store), objective, key_results, n_key_results, error);
  if (id == 0 || !ter_store_commit (TER_STORE (store), error))
    {
      ter_store_rollback (TER_STORE (store));
      return 0;
    }
  return id;
}

static gboolean
ter_sqlite_okr_set_parent (TerOkrStore  *store,
                           gint64        objective_id,
                           gint64        parent_id,
                           GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autofree char *quarter = NULL;
  sqlite3_stmt *stmt;
  int rc;

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
  if (parent_id > 0 && !ter_sqlite_okr_check_parent (self, quarter, parent_id, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self, "UPDATE okr_objectives SET parent_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  ter_sqlite_bind_id_or_null (stmt, 2, parent_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Aligning an objective"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
ter_sqlite_okr_delete_objective (TerOkrStore  *store,
                                 gint64        objective_id,
                                 GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;
  gint64 children;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT count (*) FROM okr_objectives WHERE parent_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  sqlite3_step (stmt);
  children = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (children > 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   dngettext (GETTEXT_PACKAGE,
                              "%lld objective supports this one; align it elsewhere first.",
                              "%lld objectives support this one; align them elsewhere first.",
                              (gulong) children), (long long) children);
      return FALSE;
    }

  stmt = ter_sqlite_store_prepare (self, "DELETE FROM okr_objectives WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Deleting an objective"));
      return FALSE;
    }
  return TRUE;
}

/* Reads the rows of an objectives query; the statement's first nine
 * columns are those of ter_sqlite_okr_list_objectives(). */
static GPtrArray *
read_objectives (TerSqliteStore  *self,
                 sqlite3_stmt    *stmt,
                 GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_okr_objective_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerOkrObjective *o = g_new0 (TerOkrObjective, 1);

      o->id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (o->quarter, ter_sqlite_column_text (stmt, 1), sizeof o->quarter);
      o->title = g_strdup (ter_sqlite_column_text (stmt, 2));
      o->owner_kind = LOOKUP (ter_sqlite_column_text (stmt, 3), owner_names);
      o->owner_id = sqlite3_column_int64 (stmt, 4);
      o->parent_id = sqlite3_column_int64 (stmt, 5);
      o->carried_from = sqlite3_column_int64 (stmt, 6);
      o->grade = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? TER_OKR_UNGRADED
                                                               : sqlite3_column_double (stmt, 7);
      o->owner_name = g_strdup (ter_sqlite_column_text (stmt, 8));
      g_ptr_array_add (rows, o);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading objectives"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

#define OBJECTIVE_COLUMNS \
  "SELECT o.id, o.quarter, o.title, o.owner_kind, o.owner_id, o.parent_id," \
  " o.carried_from, o.grade," \
  " CASE o.owner_kind" \
  "  WHEN 'region' THEN (SELECT CASE WHEN ?2 THEN name_zh ELSE name_en END" \
  "                      FROM regions WHERE id = o.owner_id)" \
  "  WHEN 'territory' THEN (SELECT CASE WHEN ?2 THEN coalesce (name_zh, name) ELSE name END" \
  "                         FROM territories WHERE id = o.owner_id)" \
  "  WHEN 'rep' THEN (SELECT name FROM reps WHERE id = o.owner_id) END "

static GPtrArray *
ter_sqlite_okr_list_objectives (TerOkrStore  *store,
                                const char   *quarter,
                                GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                  OBJECTIVE_COLUMNS "FROM okr_objectives o WHERE o.quarter = ?1 ORDER BY o.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, ter_locale_is_chinese ());
  return read_objectives (self, stmt, error);
}

static GPtrArray *
ter_sqlite_okr_list_objectives_in (TerOkrStore  *store,
                                   const char   *quarter,
                                   gint64        territory_id,
                                   GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;
  GDate last;
  char day[11];

  if (!ter_okr_quarter_parse (quarter, NULL, &last))
    return g_ptr_array_new_with_free_func ((GDestroyNotify) ter_okr_objective_free);
  g_date_strftime (day, sizeof day, "%Y-%m-%d", &last);

  /* Owned inside the subtree, then every objective they support up to
   * the top, so no shown objective hangs without its parent. */
  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE scope (id) AS (SELECT ?3"
                  "  UNION SELECT t.id FROM territories t JOIN scope ON t.parent_id = scope.id),"
                  " owned (id) AS (SELECT x.id FROM okr_objectives x WHERE x.quarter = ?1 AND ("
                  "  (x.owner_kind = 'territory' AND x.owner_id IN (SELECT id FROM scope))"
                  "  OR (x.owner_kind = 'rep' AND (SELECT territory_id FROM reps WHERE id = x.owner_id)"
                  "      IN (SELECT id FROM scope))"
                  "  OR (x.owner_kind = 'region' AND EXISTS (SELECT 1 FROM territory_regions tr"
                  "      WHERE tr.region_id = x.owner_id AND tr.territory_id IN (SELECT id FROM scope)"
                  "      AND tr.valid_from <= ?4 AND (tr.valid_to IS NULL OR tr.valid_to > ?4))))),"
                  " shown (id) AS (SELECT id FROM owned"
                  "  UNION SELECT x.parent_id FROM okr_objectives x JOIN shown ON x.id = shown.id"
                  "  WHERE x.parent_id IS NOT NULL) "
                  OBJECTIVE_COLUMNS "FROM okr_objectives o WHERE o.id IN (SELECT id FROM shown) ORDER BY o.id",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, ter_locale_is_chinese ());
  sqlite3_bind_int64 (stmt, 3, territory_id);
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_TRANSIENT);
  return read_objectives (self, stmt, error);
}

static gint64
ter_sqlite_okr_region_territory (TerOkrStore *store,
                                 gint64       region_id,
                                 const char  *day)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT territory_id FROM territory_regions WHERE region_id = ?1"
                  " AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2) "
                  "ORDER BY valid_from DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static TerOkrKeyResult *
read_key_result (sqlite3_stmt *stmt)
{
  TerOkrKeyResult *kr = g_new0 (TerOkrKeyResult, 1);

  kr->id = sqlite3_column_int64 (stmt, 0);
  kr->objective_id = sqlite3_column_int64 (stmt, 1);
  kr->title = g_strdup (ter_sqlite_column_text (stmt, 2));
  kr->kind = LOOKUP (ter_sqlite_column_text (stmt, 3), kind_names);
  kr->start_value = sqlite3_column_int64 (stmt, 4);
  kr->target_value = sqlite3_column_int64 (stmt, 5);
  kr->current_value = sqlite3_column_int64 (stmt, 6);
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    g_strlcpy (kr->currency, ter_sqlite_column_text (stmt, 7), sizeof kr->currency);
  kr->metric = LOOKUP (ter_sqlite_column_text (stmt, 8), metric_names);
  kr->scope_territory_id = sqlite3_column_int64 (stmt, 9);
  kr->scope_rep_id = sqlite3_column_int64 (stmt, 10);
  kr->carried_from = sqlite3_column_int64 (stmt, 11);
  kr->grade = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? TER_OKR_UNGRADED
                                                             : sqlite3_column_double (stmt, 12);
  kr->confidence = LOOKUP (ter_sqlite_column_text (stmt, 13), confidence_names);
  kr->note = g_strdup (ter_sqlite_column_text (stmt, 14));
  return kr;
}

/* The window a linked key result measures: its quarter up to `as_of`. */
static gboolean
measure_window (const char *quarter,
                const char *as_of,
                char        first[11],
                char        last[11])
{
  GDate first_day, last_day, day;

  if (!ter_okr_quarter_parse (quarter, &first_day, &last_day))
    return FALSE;
  if (as_of != NULL && ter_period_parse_date (as_of, &day) && g_date_compare (&day, &last_day) < 0)
    last_day = day;
  if (g_date_compare (&last_day, &first_day) < 0)
    return FALSE;
  g_date_strftime (first, 11, "%Y-%m-%d", &first_day);
  g_date_strftime (last, 11, "%Y-%m-%d", &last_day);
  return TRUE;
}

static gboolean
compute_live_values (TerOkrStore  *store,
                     GPtrArray    *rows,
                     const char   *quarter,
                     const char   *as_of,
                     GError      **error)
{
  char first[11], last[11];

  if (!measure_window (quarter, as_of, first, last))
    return TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      TerOkrKeyResult *kr = g_ptr_array_index (rows, i);

      /* Nothing measured yet (no sales for a rate) leaves the start value. */
      if (kr->metric != TER_OKR_METRIC_NONE)
        {
          kr->current_value = kr->start_value;
          if (!ter_okr_store_metric_value (store, kr->metric, kr->scope_territory_id,
                                           kr->scope_rep_id, first, last, kr->currency,
                                           &kr->current_value, error))
            return FALSE;
        }
    }
  return TRUE;
}

static GPtrArray *
ter_sqlite_okr_list_key_results (TerOkrStore  *store,
                                 gint64        objective_id,
                                 const char   *as_of,
                                 GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_okr_key_result_free);
  g_autofree char *quarter = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT k.id, k.objective_id, k.title, k.kind, k.start_value, k.target_value,"
                  " k.current_value, k.currency, k.metric, k.territory_id, k.rep_id, k.carried_from,"
                  " k.grade, c.confidence, c.note, o.quarter "
                  "FROM okr_key_results k JOIN okr_objectives o ON o.id = k.objective_id"
                  " LEFT JOIN okr_check_ins c ON c.id = (SELECT id FROM okr_check_ins"
                  "   WHERE key_result_id = k.id ORDER BY day DESC, id DESC LIMIT 1) "
                  "WHERE k.objective_id = ?1 ORDER BY k.position", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, objective_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (rows, read_key_result (stmt));
      if (quarter == NULL)
        quarter = g_strdup (ter_sqlite_column_text (stmt, 15));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading key results"));
      return NULL;
    }
  if (quarter != NULL && !compute_live_values (store, rows, quarter, as_of, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static gboolean
ter_sqlite_okr_check_in (TerOkrStore       *store,
                         gint64             key_result_id,
                         const char        *day,
                         gint64             value,
                         TerOkrConfidence   confidence,
                         const char        *note,
                         GError           **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!ter_store_begin (TER_STORE (store), error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self,
                  "INSERT INTO okr_check_ins (key_result_id, day, value, confidence, note) "
                  "SELECT id, ?2, ?3, ?4, nullif (trim (?5), '') FROM okr_key_results WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, key_result_id);
      sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, value);
      sqlite3_bind_text (stmt, 4, confidence_names[confidence], -1, SQLITE_STATIC);
      ter_sqlite_bind_text_or_null (stmt, 5, note);
      ter_sqlite_store_step_insert (self, stmt, _("Adding a check-in"), &local_error);
      ok = local_error == NULL;
    }
  if (ok && sqlite3_changes (ter_sqlite_store_get_db (self)) == 0)
    {
      g_set_error (&local_error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Key result number %lld does not exist."), (long long) key_result_id);
      ok = FALSE;
    }
  /* The newest check-in by day sets the value of a key result that is not
   * linked to the sales data. */
  if (ok)
    ok = ter_sqlite_store_run (self,
                  "UPDATE okr_key_results SET current_value = (SELECT value FROM okr_check_ins c"
                  " WHERE c.key_result_id = okr_key_results.id ORDER BY day DESC, id DESC LIMIT 1) "
                  "WHERE id = (SELECT key_result_id FROM okr_check_ins WHERE id = last_insert_rowid ())",
                  &local_error);
  if (!ok || !ter_store_commit (TER_STORE (store), &local_error))
    {
      ter_store_rollback (TER_STORE (store));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
ter_sqlite_okr_list_check_ins (TerOkrStore  *store,
                               gint64        key_result_id,
                               GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_okr_check_in_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT id, day, value, confidence, note FROM okr_check_ins "
                  "WHERE key_result_id = ?1 ORDER BY day, id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, key_result_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerOkrCheckIn *c = g_new0 (TerOkrCheckIn, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (c->day, ter_sqlite_column_text (stmt, 1), sizeof c->day);
      c->value = sqlite3_column_int64 (stmt, 2);
      c->confidence = LOOKUP (ter_sqlite_column_text (stmt, 3), confidence_names);
      c->note = g_strdup (ter_sqlite_column_text (stmt, 4));
      g_ptr_array_add (rows, c);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading check-ins"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Sales and returns per order currency, each converted to `currency` in
 * one exact step. */
static gboolean
sum_sales (TerSqliteStore  *self,
           gint64           territory_id,
           gint64           rep_id,
           const char      *first_day,
           const char      *last_day,
           const char      *currency,
           gint64           to_per_usd,
           gint64          *sales,
           gint64          *returns,
           gint64          *orders,
           GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE scope (id) AS (SELECT ?3"
                  "  UNION SELECT t.id FROM territories t JOIN scope ON t.parent_id = scope.id) "
                  "SELECT o.currency, r.per_usd_micros,"
                  " coalesce (sum (l.amount) FILTER (WHERE o.status <> 'return'), 0),"
                  " coalesce (-sum (l.amount) FILTER (WHERE o.status = 'return'), 0),"
                  " count (DISTINCT o.id) FILTER (WHERE o.status <> 'return') "
                  "FROM orders o JOIN order_lines l ON l.order_id = o.id"
                  " JOIN exchange_rates r ON r.currency = o.currency "
                  "WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'"
                  " AND (?3 IS NULL OR o.territory_id IN (SELECT id FROM scope))"
                  " AND (?4 IS NULL OR o.rep_id = ?4) "
                  "GROUP BY o.currency", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_TRANSIENT);
  ter_sqlite_bind_id_or_null (stmt, 3, territory_id);
  ter_sqlite_bind_id_or_null (stmt, 4, rep_id);
  *sales = *returns = *orders = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *from = ter_sqlite_column_text (stmt, 0);
      gint64 from_per_usd = sqlite3_column_int64 (stmt, 1);
      gint64 s = 0, r = 0;

      if (!ter_money_convert_via (sqlite3_column_int64 (stmt, 2), from, from_per_usd,
                                  currency, to_per_usd, &s)
          || !ter_money_convert_via (sqlite3_column_int64 (stmt, 3), from, from_per_usd,
                                     currency, to_per_usd, &r)
          || !ter_money_add (*sales, s, sales) || !ter_money_add (*returns, r, returns))
        {
          rc = SQLITE_RANGE;
          break;
        }
      *orders += sqlite3_column_int64 (stmt, 4);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up sales for a key result"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
count_new_distributors (TerSqliteStore  *self,
                        gint64           territory_id,
                        gint64           rep_id,
                        const char      *first_day,
                        const char      *last_day,
                        gint64          *value,
                        GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A distributor counts for the territory covering its region on the day
   * it was signed, so redrawn territories keep their history. */
  stmt = ter_sqlite_store_prepare (self,
                  "WITH RECURSIVE scope (id) AS (SELECT ?3"
                  "  UNION SELECT t.id FROM territories t JOIN scope ON t.parent_id = scope.id) "
                  "SELECT count (*) FROM customers c "
                  "WHERE c.type = 'distributor' AND c.created_on BETWEEN ?1 AND ?2"
                  " AND (?4 IS NULL OR c.owner_rep_id = ?4)"
                  " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM territory_regions tr"
                  "   WHERE tr.region_id = c.region_id AND tr.territory_id IN (SELECT id FROM scope)"
                  "   AND tr.valid_from <= c.created_on"
                  "   AND (tr.valid_to IS NULL OR tr.valid_to > c.created_on)))", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_TRANSIENT);
  ter_sqlite_bind_id_or_null (stmt, 3, territory_id);
  ter_sqlite_bind_id_or_null (stmt, 4, rep_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Counting new distributors"));
      return FALSE;
    }
  return TRUE;
}

static gint64
rate_of (TerSqliteStore *self,
         const char     *currency)
{
  sqlite3_stmt *stmt;
  gint64 rate = 0;

  stmt = ter_sqlite_store_prepare (self, "SELECT per_usd_micros FROM exchange_rates WHERE currency = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    rate = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rate;
}

/* The same sums from the analytics roll-ups, which the engine keeps exact
 * on every write: a company or territory key result then costs a few
 * index lookups instead of a pass over the quarter's order lines. */
static gboolean
sum_sales_rollups (TerSqliteStore  *self,
                   gint64           territory_id,
                   const char      *first_day,
                   const char      *last_day,
                   const char      *currency,
                   gint64           to_per_usd,
                   gint64          *sales,
                   gint64          *returns,
                   gint64          *orders,
                   GError         **error)
{
  TerAnalyticsStore *analytics = TER_ANALYTICS_STORE (self);
  TerAnalyticsFilter filter = { .territory_id = territory_id };
  g_autoptr(GArray) sums = NULL;
  g_autoptr(GArray) counts = NULL;

  g_strlcpy (filter.first_day, first_day, sizeof filter.first_day);
  g_strlcpy (filter.last_day, last_day, sizeof filter.last_day);
  if (!(sums = ter_analytics_store_sum_sales (analytics, &filter, TER_ANALYTICS_GROUP_NONE, error))
      || !(counts = ter_analytics_store_count_orders (analytics, &filter, TER_ANALYTICS_GROUP_NONE, error)))
    return FALSE;

  *sales = *returns = *orders = 0;
  for (guint i = 0; i < sums->len; i++)
    {
      const TerAnalyticsSums *sum = &g_array_index (sums, TerAnalyticsSums, i);
      gint64 from_per_usd = rate_of (self, sum->currency);
      gint64 s = 0, r = 0;

      if (from_per_usd <= 0
          || !ter_money_convert_via (sum->sales, sum->currency, from_per_usd, currency, to_per_usd, &s)
          || !ter_money_convert_via (-sum->returns, sum->currency, from_per_usd, currency, to_per_usd, &r)
          || !ter_money_add (*sales, s, sales) || !ter_money_add (*returns, r, returns))
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Sales in %s cannot be converted into %s."), sum->currency, currency);
          return FALSE;
        }
    }
  for (guint i = 0; i < counts->len; i++)
    *orders += g_array_index (counts, TerAnalyticsSums, i).orders;
  return TRUE;
}

static gboolean
ter_sqlite_okr_metric_value (TerOkrStore   *store,
                             TerOkrMetric   metric,
                             gint64         territory_id,
                             gint64         rep_id,
                             const char    *first_day,
                             const char    *last_day,
                             const char    *currency,
                             gint64        *value,
                             GError       **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  const char *unit = metric == TER_OKR_METRIC_RETURN_RATE || currency == NULL || *currency == '\0'
                     ? "USD" : currency;
  gint64 per_usd, sales, returns, orders;

  if (metric == TER_OKR_METRIC_NEW_DISTRIBUTORS)
    return count_new_distributors (self, territory_id, rep_id, first_day, last_day, value, error);

  per_usd = rate_of (self, unit);
  if (per_usd <= 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("There is no exchange rate for %s."), unit);
      return FALSE;
    }
  /* A rep's key results count the rep's own orders, which the roll-ups
   * (by reporting line) do not keep apart. */
  if (rep_id != 0
      ? !sum_sales (self, territory_id, rep_id, first_day, last_day, unit, per_usd,
                    &sales, &returns, &orders, error)
      : !sum_sales_rollups (self, territory_id, first_day, last_day, unit, per_usd,
                            &sales, &returns, &orders, error))
    return FALSE;

  /* Rates and averages of nothing are left alone rather than made zero. */
  if (metric == TER_OKR_METRIC_REVENUE)
    *value = sales - returns;
  else if (metric == TER_OKR_METRIC_AVG_ORDER_VALUE && orders > 0)
    *value = (sales + orders / 2) / orders;
  else if (metric == TER_OKR_METRIC_RETURN_RATE && sales > 0)
    *value = (gint64) (10000.0 * (double) returns / (double) sales + 0.5);
  return TRUE;
}

static gboolean
write_grades (TerSqliteStore  *self,
              gint64           objective_id,
              const gint64    *key_result_ids,
              const double    *grades,
              guint            n_grades,
              double           objective_grade,
              GError         **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < n_grades; i++)
    {
      stmt = ter_sqlite_store_prepare (self,
                      "UPDATE okr_key_results SET grade = ?2 WHERE id = ?1 AND objective_id = ?3", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, key_result_ids[i]);
      sqlite3_bind_double (stmt, 2, grades[i]);
      sqlite3_bind_int64 (stmt, 3, objective_id);
      ter_sqlite_store_step_insert (self, stmt, _("Grading a key result"), error);
      if (error != NULL && *error != NULL)
        return FALSE;
    }

  stmt = ter_sqlite_store_prepare (self, "UPDATE okr_objectives SET grade = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  sqlite3_bind_double (stmt, 2, objective_grade);
  ter_sqlite_store_step_insert (self, stmt, _("Grading an objective"), error);
  return error == NULL || *error == NULL;
}

static gboolean
ter_sqlite_okr_set_grades (TerOkrStore   *store,
                           gint64         objective_id,
                           const gint64  *key_result_ids,
                           const double  *grades,
                           guint          n_grades,
                           double         objective_grade,
                           GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!ter_store_begin (TER_STORE (store), error))
    return FALSE;
  if (!write_grades (TER_SQLITE_STORE (store), objective_id, key_result_ids, grades, n_grades,
                     objective_grade, &local_error)
      || !ter_store_commit (TER_STORE (store), &local_error))
    {
      ter_store_rollback (TER_STORE (store));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
ter_sqlite_okr_iface_init (TerOkrStoreInterface *iface)
{
  iface->add_objective = ter_sqlite_okr_add_objective;
  iface->set_parent = ter_sqlite_okr_set_parent;
  iface->delete_objective = ter_sqlite_okr_delete_objective;
  iface->list_objectives = ter_sqlite_okr_list_objectives;
  iface->list_key_results = ter_sqlite_okr_list_key_results;
  iface->check_in = ter_sqlite_okr_check_in;
  iface->list_check_ins = ter_sqlite_okr_list_check_ins;
  iface->metric_value = ter_sqlite_okr_metric_value;
  iface->set_grades = ter_sqlite_okr_set_grades;
  ter_sqlite_okr_edit_iface_init (iface);
  iface->list_objectives_in = ter_sqlite_okr_list_objectives_in;
  iface->region_territory = ter_sqlite_okr_region_territory;
}
