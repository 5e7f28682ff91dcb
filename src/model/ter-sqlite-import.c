/* ter-sqlite-import.c: TerImportStore for the SQLite engine, and the
 * tables imports need (migration 6).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-import-store.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store-private.h"

#define BULK_INDEXES "ter-import-bulk-indexes"

const char ter_sqlite_migration_6[] =
  /* Names the user mapped to a region once, so the next file with the
   * same spelling matches by itself. */
  "CREATE TABLE region_aliases (\n"
  "  alias     TEXT PRIMARY KEY CHECK (alias <> ''),\n"
  "  region_id INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE\n"
  ");\n"
  "CREATE TABLE import_runs (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  imported_at    TEXT NOT NULL DEFAULT (datetime ('now')),\n"
  "  source         TEXT NOT NULL,\n"
  "  file_name      TEXT NOT NULL,\n"
  "  preset         TEXT NOT NULL,\n"
  "  rows           INTEGER NOT NULL CHECK (rows >= 0),\n"
  "  orders_added   INTEGER NOT NULL CHECK (orders_added >= 0),\n"
  "  orders_skipped INTEGER NOT NULL CHECK (orders_skipped >= 0),\n"
  "  rows_rejected  INTEGER NOT NULL CHECK (rows_rejected >= 0)\n"
  ");\n"
  /* Imports match customers by name and products by SKU. */
  "CREATE INDEX customers_name ON customers (name);\n";

static void
region_name_free (gpointer data)
{
  TerImportRegionName *name = data;

  g_free (name->name);
  g_free (name);
}

static void
add_region_name (GPtrArray  *names,
                 gint64      region_id,
                 const char *name,
                 gboolean    alias)
{
  TerImportRegionName *entry;

  if (name == NULL || *name == '\0')
    return;

  entry = g_new0 (TerImportRegionName, 1);
  entry->region_id = region_id;
  entry->name = g_strdup (name);
  entry->alias = alias;
  g_ptr_array_add (names, entry);
}

static GPtrArray *
ter_sqlite_import_list_region_names (TerImportStore  *store,
                                     GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (region_name_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "SELECT id, code, name_en, name_zh, short_zh, abbrev FROM regions", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int column = 1; column <= 5; column++)
      add_region_name (names, sqlite3_column_int64 (stmt, 0), ter_sqlite_column_text (stmt, column), FALSE);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading the regions"));
      return NULL;
    }

  /* Aliases are names the user chose for spellings nothing matched. */
  stmt = ter_sqlite_store_prepare (self, "SELECT region_id, alias FROM region_aliases", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_region_name (names, sqlite3_column_int64 (stmt, 0), ter_sqlite_column_text (stmt, 1), TRUE);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading the region aliases"));
      return NULL;
    }

  return g_steal_pointer (&names);
}

static gboolean
ter_sqlite_import_remember_region_alias (TerImportStore  *store,
                                         const char      *alias,
                                         gint64           region_id,
                                         GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO region_aliases (alias, region_id) VALUES (?1, ?2) "
                                   "ON CONFLICT (alias) DO UPDATE SET region_id = excluded.region_id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, alias, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, region_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Remembering a region name"));
      return FALSE;
    }

  return TRUE;
}

static gint64
lookup_id (TerSqliteStore  *self,
           sqlite3_stmt    *stmt,
           const char      *what,
           GError         **error)
{
  gint64 id = 0;
  int rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    ter_sqlite_store_set_error (self, error, rc, what);
  sqlite3_reset (stmt);
  return id;
}

static gint64
ter_sqlite_import_find (TerImportStore  *store,
                        TerImportKind    kind,
                        const char      *key,
                        GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt = NULL;

  switch (kind)
    {
    case TER_IMPORT_KIND_CUSTOMER:
      stmt = ter_sqlite_store_prepare (self, "SELECT id FROM customers WHERE name = ?1 ORDER BY id LIMIT 1", error);
      break;
    case TER_IMPORT_KIND_PRODUCT:
      stmt = ter_sqlite_store_prepare (self, "SELECT id FROM products WHERE sku = ?1", error);
      break;
    case TER_IMPORT_KIND_CHANNEL:
      stmt = ter_sqlite_store_prepare (self, "SELECT id FROM channels WHERE code = ?1", error);
      break;
    case TER_IMPORT_KIND_CATEGORY:
      stmt = ter_sqlite_store_prepare (self, "SELECT id FROM product_categories WHERE code = ?1", error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  return lookup_id (self, stmt, _("Looking up an imported name"), error);
}

static gint64
ter_sqlite_import_find_order (TerImportStore  *store,
                              const char      *source,
                              const char      *number,
                              GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self, "SELECT id FROM orders WHERE source = ?1 AND number = ?2", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  return lookup_id (self, stmt, _("Looking up an imported order"), error);
}

static gboolean
ter_sqlite_import_add_run (TerImportStore            *store,
                           const TerImportRunRecord  *record,
                           GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO import_runs (source, file_name, preset, rows, orders_added,"
                                   " orders_skipped, rows_rejected) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;

  ter_sqlite_bind_text_or_null (stmt, 1, record->source);
  ter_sqlite_bind_text_or_null (stmt, 2, record->file_name);
  ter_sqlite_bind_text_or_null (stmt, 3, record->preset);
  sqlite3_bind_int64 (stmt, 4, record->rows);
  sqlite3_bind_int64 (stmt, 5, record->orders_added);
  sqlite3_bind_int64 (stmt, 6, record->orders_skipped);
  sqlite3_bind_int64 (stmt, 7, record->rows_rejected);
  return ter_sqlite_store_step_insert (self, stmt, _("Recording the import"), error) != 0;
}

static gint64
ter_sqlite_import_count_orders (TerImportStore  *store,
                                const char      *source,
                                GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  stmt = ter_sqlite_store_prepare (self, "SELECT count (*) FROM orders WHERE source = ?1", error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  count = lookup_id (self, stmt, _("Counting imported orders"), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }
  return count;
}

/* The order tables' own indexes (not those behind UNIQUE constraints,
 * which deduplication needs), as the SQL that made them. */
static GPtrArray *
order_index_sql (TerSqliteStore  *self,
                 GError         **error)
{
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                                   " AND tbl_name IN ('orders', 'order_lines') AND sql NOT LIKE 'CREATE UNIQUE%'",
                                   error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sql, g_strdup (ter_sqlite_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading the order indexes"));
      return NULL;
    }
  return g_steal_pointer (&sql);
}

static gboolean
exec_sql (TerSqliteStore  *self,
          const char      *sql,
          GError         **error)
{
  int rc = sqlite3_exec (ter_sqlite_store_get_db (self), sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Rebuilding the order indexes"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
ter_sqlite_import_begin_bulk (TerImportStore  *store,
                              gint64           expected_lines,
                              GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GPtrArray) indexes = NULL;
  sqlite3_stmt *stmt;
  gint64 existing;

  /* Rebuilding costs a sort of the whole table: worth it only when the
   * file brings at least as many lines as the database already holds. */
  stmt = ter_sqlite_store_prepare (self, "SELECT count (*) FROM order_lines", error);
  if (stmt == NULL)
    return FALSE;
  existing = lookup_id (self, stmt, _("Counting order lines"), error);
  g_object_set_data (G_OBJECT (self), BULK_INDEXES, NULL);
  if (expected_lines < 50000 || expected_lines < existing)
    return TRUE;

  indexes = order_index_sql (self, error);
  if (indexes == NULL)
    return FALSE;
  for (guint i = 0; i < indexes->len; i++)
    {
      const char *sql = g_ptr_array_index (indexes, i);
      g_autofree char *name = g_strndup (sql + strlen ("CREATE INDEX "),
                                         strcspn (sql + strlen ("CREATE INDEX "), " ("));
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", name);

      if (!g_str_has_prefix (sql, "CREATE INDEX ") || !exec_sql (self, drop, error))
        return FALSE;
    }
  /* Kept on the store until end_bulk () puts them back; a rollback
   * restores them by itself. */
  g_object_set_data_full (G_OBJECT (self), BULK_INDEXES, g_steal_pointer (&indexes),
                          (GDestroyNotify) g_ptr_array_unref);
  return TRUE;
}

static gboolean
ter_sqlite_import_end_bulk (TerImportStore  *store,
                            GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GPtrArray) indexes = g_object_steal_data (G_OBJECT (self), BULK_INDEXES);

  for (guint i = 0; indexes != NULL && i < indexes->len; i++)
    if (!exec_sql (self, g_ptr_array_index (indexes, i), error))
      return FALSE;
  return TRUE;
}

void
ter_sqlite_import_iface_init (TerImportStoreInterface *iface)
{
  iface->list_region_names = ter_sqlite_import_list_region_names;
  iface->remember_region_alias = ter_sqlite_import_remember_region_alias;
  iface->find = ter_sqlite_import_find;
  iface->find_order = ter_sqlite_import_find_order;
  iface->add_run = ter_sqlite_import_add_run;
  iface->count_orders = ter_sqlite_import_count_orders;
  iface->begin_bulk = ter_sqlite_import_begin_bulk;
  iface->end_bulk = ter_sqlite_import_end_bulk;
}
