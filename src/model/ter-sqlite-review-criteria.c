/* ter-sqlite-review-criteria.c: replacing the review criteria on SQLite.
 *
 * Criteria are never deleted: past reviews hold scores against them. A
 * criterion left out of the new list is retired (active = 0); the list
 * is written in one savepoint, so reviews never see half a set whose
 * weights do not add up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-review-criteria"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-sqlite-performance-private.h"

/* Every review uses the criteria, so only someone with no manager above
 * them may change them. */
static gboolean
check_head (TerSqliteStore  *self,
            gint64           actor_id,
            GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
                  "SELECT name, role <> 'sales_rep' AND manager_id IS NULL FROM reps WHERE id = ?1", error);
  g_autofree char *name = NULL;
  gboolean head = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, actor_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      name = g_strdup (ter_sqlite_column_text (stmt, 0));
      head = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);

  if (name == NULL)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("No user profile is chosen (rep %d does not exist); choose who you are in Preferences."),
                 (int) actor_id);
  else if (!head)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                 _("%s reports to someone else; only the head of a reporting line may change the review criteria, which every review uses."),
                 name);

  return head;
}

/* A name missing in one language takes the other's. */
static const char *
name_or (const char *name,
         const char *other)
{
  return name != NULL && *name != '\0' ? name : other;
}

static gboolean
write_criterion (TerSqliteStore            *self,
                 const TerReviewCriterion  *c,
                 int                        position,
                 GError                   **error)
{
  g_autofree char *en = g_strstrip (g_strdup (c->name_en != NULL ? c->name_en : ""));
  g_autofree char *zh = g_strstrip (g_strdup (c->name_zh != NULL ? c->name_zh : ""));
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;

  if (c->id > 0)
    stmt = ter_sqlite_store_prepare (self,
                    "UPDATE review_criteria SET name_en = ?2, name_zh = ?3, weight = ?4, position = ?5, active = 1 "
                    "WHERE id = ?1", error);
  else
    stmt = ter_sqlite_store_prepare (self,
                    "INSERT INTO review_criteria (code, name_en, name_zh, weight, position) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;

  /* A new criterion's code only has to be unique. */
  code = g_strdup_printf ("custom-%" G_GINT64_FORMAT "-%d", g_get_real_time (), position);
  if (c->id > 0)
    sqlite3_bind_int64 (stmt, 1, c->id);
  else
    sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name_or (en, zh), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, name_or (zh, en), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, c->weight);
  sqlite3_bind_int (stmt, 5, position);
  return ter_sqlite_performance_step_done (self, stmt, _("Saving the review criteria"), error);
}

static gboolean
write_criteria (TerSqliteStore  *self,
                GArray          *criteria,
                GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, "UPDATE review_criteria SET active = 0", error);

  if (stmt == NULL || !ter_sqlite_performance_step_done (self, stmt, _("Saving the review criteria"), error))
    return FALSE;

  for (guint i = 0; i < criteria->len; i++)
    if (!write_criterion (self, &g_array_index (criteria, TerReviewCriterion, i), (int) i + 1, error))
      return FALSE;

  return TRUE;
}

static gboolean
ter_sqlite_review_criteria_save (TerPerformanceStore  *store,
                                 gint64                actor_id,
                                 GArray               *criteria,
                                 GError              **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  if (!check_head (self, actor_id, error)
      || !ter_sqlite_store_run (self, "SAVEPOINT save_criteria", error))
    return FALSE;

  if (!write_criteria (self, criteria, error))
    {
      ter_sqlite_store_run (self, "ROLLBACK TO save_criteria", NULL);
      ter_sqlite_store_run (self, "RELEASE save_criteria", NULL);
      return FALSE;
    }

  return ter_sqlite_store_run (self, "RELEASE save_criteria", error);
}

void
ter_sqlite_review_criteria_iface_init (TerPerformanceStoreInterface *iface)
{
  iface->save_criteria = ter_sqlite_review_criteria_save;
}
