/* ter-sqlite-map.c: TerMapStore for SQLite: region assignments, their
 * history and per-region activity.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-map-store.h"
#include "ter-sqlite-store-private.h"

static void
copy_text (char         *dest,
           sqlite3_stmt *stmt,
           int           column,
           gsize         size)
{
  const char *text = ter_sqlite_column_text (stmt, column);

  g_strlcpy (dest, text != NULL ? text : "", size);
}

static void
read_assignment (sqlite3_stmt        *stmt,
                 TerRegionAssignment *row)
{
  *row = (TerRegionAssignment) { 0 };
  row->region_id = sqlite3_column_int64 (stmt, 0);
  copy_text (row->code, stmt, 1, sizeof row->code);
  row->territory_id = sqlite3_column_int64 (stmt, 2);
  row->rep_id = sqlite3_column_int64 (stmt, 3);
  copy_text (row->valid_from, stmt, 4, sizeof row->valid_from);
  copy_text (row->valid_to, stmt, 5, sizeof row->valid_to);
}

static GArray *
collect_assignments (TerSqliteStore  *self,
                     sqlite3_stmt    *stmt,
                     GError         **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (TerRegionAssignment));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerRegionAssignment row;

      read_assignment (stmt, &row);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading region assignments"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GArray *
ter_sqlite_map_list_assignments (TerMapStore  *store,
                                 const char   *on_day,
                                 GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT tr.region_id, r.code, tr.territory_id, tr.rep_id, tr.valid_from, tr.valid_to "
                  "FROM territory_regions tr JOIN regions r ON r.id = tr.region_id "
                  "WHERE tr.valid_from <= ?1 AND (tr.valid_to IS NULL OR tr.valid_to > ?1) "
                  "ORDER BY r.code", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on_day, -1, SQLITE_TRANSIENT);
  return collect_assignments (self, stmt, error);
}

static GArray *
ter_sqlite_map_region_history (TerMapStore  *store,
                               gint64        region_id,
                               GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT tr.region_id, r.code, tr.territory_id, tr.rep_id, tr.valid_from, tr.valid_to "
                  "FROM territory_regions tr JOIN regions r ON r.id = tr.region_id "
                  "WHERE tr.region_id = ?1 ORDER BY tr.valid_from", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, region_id);
  return collect_assignments (self, stmt, error);
}

static gboolean
insert_history (TerSqliteStore  *self,
                gint64           region_id,
                GArray          *rows,
                GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "DELETE FROM territory_regions WHERE region_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, region_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Undoing a region assignment"));
      return FALSE;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      TerRegionAssignment *row = &g_array_index (rows, TerRegionAssignment, i);

      stmt = ter_sqlite_store_prepare (self,
                      "INSERT INTO territory_regions (region_id, territory_id, rep_id, valid_from, valid_to) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, region_id);
      sqlite3_bind_int64 (stmt, 2, row->territory_id);
      ter_sqlite_bind_id_or_null (stmt, 3, row->rep_id);
      sqlite3_bind_text (stmt, 4, row->valid_from, -1, SQLITE_TRANSIENT);
      ter_sqlite_bind_text_or_null (stmt, 5, row->valid_to[0] ? row->valid_to : NULL);
      if (ter_sqlite_store_step_insert (self, stmt, _("Undoing a region assignment"), error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
ter_sqlite_map_replace_history (TerMapStore  *store,
                                gint64        region_id,
                                GArray       *rows,
                                GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  /* All or nothing, inside or outside a caller's transaction. */
  if (!ter_sqlite_store_run (self, "SAVEPOINT replace_history", error))
    return FALSE;
  if (!insert_history (self, region_id, rows, error))
    {
      ter_sqlite_store_run (self, "ROLLBACK TO replace_history", NULL);
      ter_sqlite_store_run (self, "RELEASE replace_history", NULL);
      return FALSE;
    }
  return ter_sqlite_store_run (self, "RELEASE replace_history", error);
}

static GArray *
ter_sqlite_map_region_activity (TerMapStore  *store,
                                const char   *first_day,
                                const char   *last_day,
                                GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (TerRegionActivity));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT c.region_id, r.code, o.currency, sum (l.amount),"
                  " count (DISTINCT o.id) FILTER (WHERE o.status <> 'return'),"
                  " count (DISTINCT o.customer_id) "
                  "FROM orders o JOIN order_lines l ON l.order_id = o.id"
                  " JOIN customers c ON c.id = o.customer_id JOIN regions r ON r.id = c.region_id "
                  "WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled' "
                  "GROUP BY c.region_id, o.currency", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerRegionActivity row = { 0 };

      row.region_id = sqlite3_column_int64 (stmt, 0);
      copy_text (row.code, stmt, 1, sizeof row.code);
      copy_text (row.currency, stmt, 2, sizeof row.currency);
      row.revenue = sqlite3_column_int64 (stmt, 3);
      row.orders = sqlite3_column_int64 (stmt, 4);
      row.customers = sqlite3_column_int64 (stmt, 5);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading sales per region"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GHashTable *
ter_sqlite_map_region_accounts (TerMapStore  *store,
                                GError      **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GHashTable) accounts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                  "SELECT region_id, count (*) FROM customers GROUP BY region_id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 region_id = sqlite3_column_int64 (stmt, 0);
      gint64 count = sqlite3_column_int64 (stmt, 1);

      g_hash_table_insert (accounts, g_memdup2 (&region_id, sizeof region_id),
                           g_memdup2 (&count, sizeof count));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Counting customers per region"));
      return NULL;
    }
  return g_steal_pointer (&accounts);
}

void
ter_sqlite_map_iface_init (TerMapStoreInterface *iface)
{
  iface->list_assignments = ter_sqlite_map_list_assignments;
  iface->region_history = ter_sqlite_map_region_history;
  iface->replace_history = ter_sqlite_map_replace_history;
  iface->region_activity = ter_sqlite_map_region_activity;
  iface->region_accounts = ter_sqlite_map_region_accounts;
}
