/* ter-sqlite-store.c: TerStore on an embedded SQLite database.
 *
 * One connection, serialised by a recursive mutex so that worker threads
 * and the main thread may both call in. Statements are prepared once and
 * cached by their SQL text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ter-analytics-store.h"
#include "ter-channel.h"
#include "ter-region.h"
#include "ter-rep.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store-private.h"
#include "ter-territory.h"

struct _TerSqliteStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GRecMutex   lock;
  GHashTable *statements;  /* const char *sql → sqlite3_stmt * */
  guint       transaction_depth;
  /* Set by ter_sqlite_store_begin_bulk_orders () until the transaction ends. */
  GHashTable *bulk_assignments;  /* "region day" → BulkAssignment */
  gboolean    bulk_unguarded;
  int         bulk_cache_size; /* the page cache's size before, or 0 */
};

typedef struct {
  gint64   territory_id;
  gint64   rep_id;
  gboolean found;
} BulkAssignment;

static void ter_sqlite_store_iface_init (TerStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerSqliteStore, ter_sqlite_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_STORE, ter_sqlite_store_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_ANALYTICS_STORE, ter_sqlite_analytics_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PERFORMANCE_STORE, ter_sqlite_performance_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_OKR_STORE, ter_sqlite_okr_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_QUOTE_STORE, ter_sqlite_quotes_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_IMPORT_STORE, ter_sqlite_import_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_MAP_STORE, ter_sqlite_map_iface_init)
                               G_IMPLEMENT_INTERFACE (TER_TYPE_DASHBOARD_STORE, ter_sqlite_dashboard_iface_init))

/* Helpers */

static const char *
display_path (const char *path)
{
  return g_strcmp0 (path, ":memory:") == 0 ? _("(in memory)") : path;
}

void
ter_sqlite_store_set_error (TerSqliteStore  *self,
                            GError         **error,
                            int              rc,
                            const char      *what)
{
  const char *message = sqlite3_errmsg (self->db);
  const char *file = display_path (self->path);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT,
                   _("%s was refused: %s"), what, message);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), file, message);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a database file."), file);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written to (%s)."), file, message);
      break;
    default:
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_FAILED,
                   _("%s failed on “%s”: %s"), what, file, message);
      break;
    }
}

/* Returns the cached statement for `sql`, reset and with no bindings. The
 * caller holds the lock. */
sqlite3_stmt *
ter_sqlite_store_prepare (TerSqliteStore  *self,
                          const char      *sql,
                          GError         **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Preparing a query"));
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

void
ter_sqlite_bind_text_or_null (sqlite3_stmt *stmt,
                              int           index,
                              const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
ter_sqlite_bind_id_or_null (sqlite3_stmt *stmt,
                            int           index,
                            gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
ter_sqlite_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Runs a prepared write to completion; returns the new row id or 0. */
gint64
ter_sqlite_store_step_insert (TerSqliteStore  *self,
                              sqlite3_stmt    *stmt,
                              const char      *what,
                              GError         **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, what);
      return 0;
    }

  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
exec (TerSqliteStore  *self,
      const char      *sql,
      GError         **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Updating the database"));
      return FALSE;
    }

  return TRUE;
}

/* Runs a cached statement that returns no rows (SAVEPOINT and friends). */
gboolean
ter_sqlite_store_run (TerSqliteStore  *self,
                      const char      *sql,
                      GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Updating the database"));
      return FALSE;
    }

  return TRUE;
}

/* Opening, with every check done before the file can be touched. */

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The header says how many pages the file has (when its "valid for"
 * counter matches the change counter): a shorter file lost its tail. */
static gboolean
header_says_truncated (const guchar *header,
                       goffset       file_size)
{
  guint32 page_size = ((guint32) header[16] << 8) | header[17];
  guint32 n_pages = read_be32 (header + 28);

  if (page_size == 1)
    page_size = 65536;
  if (read_be32 (header + 24) != read_be32 (header + 92) || n_pages == 0)
    return FALSE;

  return (goffset) n_pages * page_size > file_size;
}

static gboolean
read_header (const char  *path,
             gboolean    *is_empty,
             goffset     *file_size,
             GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  guchar header[100];
  gsize n_read = 0;

  stream = g_file_read (file, NULL, &local_error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, &local_error);
  if (info == NULL
      || !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header,
                                   &n_read, NULL, &local_error))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” cannot be read: %s"), path, local_error->message);
      return FALSE;
    }

  *is_empty = n_read == 0;
  *file_size = g_file_info_get_size (info);
  if (n_read > 0 && (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Territory database: it is not an SQLite file at all."),
                   path);
      return FALSE;
    }
  if (n_read > 0 && header_says_truncated (header, *file_size))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged and cannot be opened (the file is shorter than its header says)."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  /* SQLite writes a journal beside the file, so the folder must be
   * writable too. A file without any write permission was made read-only
   * on purpose, even where the superuser could still write to it. */
  if (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0
      || (g_stat (path, &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only: Territory needs to write to the file and its folder."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *out)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }

  sqlite3_finalize (stmt);
  return rc;
}

/* SQLite's own check of the b-trees; SQLITE_CORRUPT unless it says "ok". */
static int
quick_check (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        rc = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0
             ? SQLITE_OK : SQLITE_CORRUPT;
    }

  sqlite3_finalize (stmt);
  return rc;
}

/* Files up to this size get SQLite's full b-tree check at every open; it
 * reads the whole file, which costs about a second at 130 MB. Larger ones
 * rely on the header and schema checks, and on SQLITE_CORRUPT surfacing as
 * a clear error from any query that meets a damaged page. */
#define QUICK_CHECK_MAX_SIZE (64 * 1024 * 1024)

/* Inspects an existing file through a read-only connection. */
static gboolean
inspect_existing (const char  *path,
                  goffset      file_size,
                  GError     **error)
{
  sqlite3 *db = NULL;
  int app_id = 0;
  int version = 0;
  int n_objects = 0;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = query_int (db, "SELECT count(*) FROM sqlite_master", &n_objects);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA application_id", &app_id);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA user_version", &version);
  if (rc == SQLITE_OK && file_size <= QUICK_CHECK_MAX_SIZE)
    rc = quick_check (db);

  if (rc == SQLITE_NOTADB)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_DATABASE,
                 _("“%s” is not a Territory database: SQLite does not recognise it."), path);
  else if (rc == SQLITE_CORRUPT)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CORRUPT,
                 _("The database “%s” is damaged and cannot be opened (%s)."),
                 path, sqlite3_errmsg (db));
  else if (rc != SQLITE_OK)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN,
                 _("The database “%s” cannot be opened: %s."), path, sqlite3_errmsg (db));
  else if (n_objects > 0 && app_id != TER_SQLITE_APPLICATION_ID)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_TERRITORY,
                 _("“%s” is an SQLite database of another program, not a Territory database."),
                 path);
  else if (version > ter_sqlite_schema_version ())
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NEWER_SCHEMA,
                 _("The database “%s” was written by a newer version of Territory (schema %d; this version understands up to %d). Update Territory to open it."),
                 path, version, ter_sqlite_schema_version ());

  sqlite3_close (db);
  return error == NULL || *error == NULL;
}

static gboolean
migrate (TerSqliteStore  *self,
         GError         **error)
{
  const TerMigration *migrations;
  guint n_migrations;
  int version = 0;
  int rc;

  migrations = ter_sqlite_migrations (&n_migrations);
  rc = query_int (self->db, "PRAGMA user_version", &version);
  if (rc != SQLITE_OK)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading the schema version"));
      return FALSE;
    }

  for (guint i = 0; i < n_migrations; i++)
    {
      g_autofree char *bump = NULL;

      if (migrations[i].version <= version)
        continue;

      bump = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);
      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (self, migrations[i].sql, error)
          || (migrations[i].after != NULL && !migrations[i].after (self->db, error))
          || !exec (self, bump, error)
          || !exec (self, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Upgrading the database to schema %d: "),
                          migrations[i].version);
          return FALSE;
        }
      g_debug ("Migrated %s to schema %d", self->path, migrations[i].version);
    }

  return TRUE;
}

static gboolean
open_connection (TerSqliteStore  *self,
                 GError         **error)
{
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN,
                   _("The database “%s” cannot be opened: %s."),
                   display_path (self->path), self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, TRUE);

  return exec (self, "PRAGMA foreign_keys = ON", error)
         && exec (self, "PRAGMA journal_mode = WAL", error)
         && exec (self, "PRAGMA synchronous = NORMAL", error)
         && exec (self, "PRAGMA temp_store = MEMORY", error)
         && exec (self, "PRAGMA cache_size = -65536", error)
         /* Large sorts (roll-up refills, index rebuilds) may use a helper
          * thread on the second core. */
         && exec (self, "PRAGMA threads = 2", error)
         && migrate (self, error);
}

/* TerStore implementation */

static const char *
ter_sqlite_store_get_location (TerStore *store)
{
  return TER_SQLITE_STORE (store)->path;
}

static gboolean
ter_sqlite_store_begin (TerStore  *store,
                        GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);

  /* The lock stays held until commit or rollback, so no other thread can
   * slip a statement into this transaction. */
  g_rec_mutex_lock (&self->lock);
  if (self->transaction_depth == 0 && !exec (self, "BEGIN IMMEDIATE", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  self->transaction_depth++;
  return TRUE;
}

/* Bulk order writes last as long as the transaction they began in. */
static void
end_bulk_orders (TerSqliteStore *self)
{
  g_clear_pointer (&self->bulk_assignments, g_hash_table_unref);
  self->bulk_unguarded = FALSE;
  if (self->bulk_cache_size != 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", self->bulk_cache_size);

      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      self->bulk_cache_size = 0;
    }
}

static gboolean
ter_sqlite_store_commit (TerStore  *store,
                         GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  gboolean ok = TRUE;

  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    ok = exec (self, "COMMIT", error);
  if (ok)
    {
      if (self->transaction_depth == 1)
        end_bulk_orders (self);
      self->transaction_depth--;
      g_rec_mutex_unlock (&self->lock);
    }
  return ok;
}

static void
ter_sqlite_store_rollback (TerStore *store)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);

  g_return_if_fail (self->transaction_depth > 0);

  /* Rolling back an outer transaction undoes the inner ones too. */
  if (--self->transaction_depth == 0)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      end_bulk_orders (self);
    }
  g_rec_mutex_unlock (&self->lock);
}

static char *
ter_sqlite_store_get_setting (TerStore   *store,
                              const char *key)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *value = g_strdup (ter_sqlite_column_text (stmt, 0));

      sqlite3_reset (stmt);
      return value;
    }

  sqlite3_reset (stmt);
  return NULL;
}

static gboolean
ter_sqlite_store_set_setting (TerStore    *store,
                              const char  *key,
                              const char  *value,
                              GError     **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Saving a setting"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
count_one (TerSqliteStore  *self,
           const char      *sql,
           gint64          *out,
           GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Counting records"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
ter_sqlite_store_count (TerStore        *store,
                        TerStoreCounts  *counts,
                        GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  memset (counts, 0, sizeof *counts);
  if (!count_one (self, "SELECT count(*) FROM regions", &counts->regions, error)
      || !count_one (self, "SELECT count(*) FROM territories", &counts->territories, error)
      || !count_one (self, "SELECT count(*) FROM reps", &counts->reps, error)
      || !count_one (self, "SELECT count(*) FROM customers", &counts->customers, error)
      || !count_one (self, "SELECT count(*) FROM products", &counts->products, error)
      || !count_one (self, "SELECT count(*) FROM channels", &counts->channels, error)
      || !count_one (self, "SELECT count(*) FROM orders", &counts->orders, error)
      || !count_one (self, "SELECT count(*) FROM order_lines", &counts->order_lines, error)
      || !count_one (self, "SELECT count(*) FROM targets", &counts->targets, error))
    return FALSE;

  stmt = ter_sqlite_store_prepare (self, "SELECT min (order_date), max (order_date) FROM orders", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      g_strlcpy (counts->first_order, ter_sqlite_column_text (stmt, 0), sizeof counts->first_order);
      g_strlcpy (counts->last_order, ter_sqlite_column_text (stmt, 1), sizeof counts->last_order);
    }
  sqlite3_reset (stmt);

  return TRUE;
}

/* Finishes a list query: NULL and an error if the rows ended badly. */
static GListModel *
finish_list (TerSqliteStore  *self,
             sqlite3_stmt    *stmt,
             int              rc,
             GListStore      *list,
             GError         **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading a list"));
      g_object_unref (list);
      return NULL;
    }

  return G_LIST_MODEL (list);
}

static GListModel *
ter_sqlite_store_list_regions (TerStore    *store,
                               const char  *parent_code,
                               GError     **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "SELECT r.id, r.code, r.name_en, r.name_zh, r.parent_id, r.level "
                                   "FROM regions r LEFT JOIN regions p ON p.id = r.parent_id "
                                   "WHERE ?1 IS NULL OR p.code = ?1 ORDER BY r.code", error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_bind_text_or_null (stmt, 1, parent_code);
  list = g_list_store_new (TER_TYPE_REGION);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TerRegion) region = NULL;

      region = ter_region_new (sqlite3_column_int64 (stmt, 0), ter_sqlite_column_text (stmt, 1),
                               ter_sqlite_column_text (stmt, 2), ter_sqlite_column_text (stmt, 3),
                               sqlite3_column_int64 (stmt, 4),
                               MAX (ter_region_level_from_key (ter_sqlite_column_text (stmt, 5)), 0));
      g_list_store_append (list, region);
    }

  return finish_list (self, stmt, rc, list, error);
}

static GListModel *
ter_sqlite_store_list_territories (TerStore  *store,
                                   GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  /* Depth-first order, so that a flat list reads as the tree. */
  stmt = ter_sqlite_store_prepare (self,
                                   "WITH RECURSIVE tree (id, depth, path) AS ("
                                   "  SELECT id, 0, printf ('%08d', id) FROM territories WHERE parent_id IS NULL"
                                   "  UNION ALL"
                                   "  SELECT t.id, tree.depth + 1, tree.path || '/' || printf ('%08d', t.id)"
                                   "  FROM territories t JOIN tree ON t.parent_id = tree.id) "
                                   "SELECT t.id, t.name, t.name_zh, t.parent_id, tree.depth, t.manager_id, r.name, t.currency "
                                   "FROM tree JOIN territories t ON t.id = tree.id "
                                   "LEFT JOIN reps r ON r.id = t.manager_id ORDER BY tree.path", error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (TER_TYPE_TERRITORY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TerTerritory) territory = NULL;

      territory = ter_territory_new (sqlite3_column_int64 (stmt, 0), ter_sqlite_column_text (stmt, 1),
                                     ter_sqlite_column_text (stmt, 2), sqlite3_column_int64 (stmt, 3),
                                     sqlite3_column_int (stmt, 4), sqlite3_column_int64 (stmt, 5),
                                     ter_sqlite_column_text (stmt, 6), ter_sqlite_column_text (stmt, 7));
      g_list_store_append (list, territory);
    }

  return finish_list (self, stmt, rc, list, error);
}

static GListModel *
ter_sqlite_store_list_reps (TerStore  *store,
                            GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "SELECT id, name, role, manager_id, territory_id, hire_date, email "
                                   "FROM reps ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (TER_TYPE_REP);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TerRep) rep = NULL;

      rep = ter_rep_new (sqlite3_column_int64 (stmt, 0), ter_sqlite_column_text (stmt, 1),
                         MAX (ter_rep_role_from_key (ter_sqlite_column_text (stmt, 2)), 0),
                         sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4),
                         ter_sqlite_column_text (stmt, 5), ter_sqlite_column_text (stmt, 6));
      g_list_store_append (list, rep);
    }

  return finish_list (self, stmt, rc, list, error);
}

static GListModel *
ter_sqlite_store_list_channels (TerStore  *store,
                                GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT id, code, name_en, name_zh, kind FROM channels ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (TER_TYPE_CHANNEL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TerChannel) channel = NULL;

      channel = ter_channel_new (sqlite3_column_int64 (stmt, 0), ter_sqlite_column_text (stmt, 1),
                                 ter_sqlite_column_text (stmt, 2), ter_sqlite_column_text (stmt, 3),
                                 MAX (ter_channel_kind_from_key (ter_sqlite_column_text (stmt, 4)), 0));
      g_list_store_append (list, channel);
    }

  return finish_list (self, stmt, rc, list, error);
}

static GArray *
ter_sqlite_store_list_exchange_rates (TerStore  *store,
                                      GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(GArray) rates = g_array_new (FALSE, TRUE, sizeof (TerExchangeRate));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT currency, per_usd_micros FROM exchange_rates", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerExchangeRate rate = { { 0 } };

      g_strlcpy (rate.currency, ter_sqlite_column_text (stmt, 0), sizeof rate.currency);
      rate.per_usd_micros = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (rates, rate);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading exchange rates"));
      return NULL;
    }

  return g_steal_pointer (&rates);
}

static gint64
ter_sqlite_store_add_territory (TerStore                  *store,
                                const TerTerritoryRecord  *record,
                                GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO territories (name, name_zh, parent_id, manager_id, currency) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, record->name);
  ter_sqlite_bind_text_or_null (stmt, 2, record->name_zh);
  ter_sqlite_bind_id_or_null (stmt, 3, record->parent_id);
  ter_sqlite_bind_id_or_null (stmt, 4, record->manager_id);
  ter_sqlite_bind_text_or_null (stmt, 5, record->currency);

  return ter_sqlite_store_step_insert (self, stmt, _("Adding a territory"), error);
}

static gboolean
ter_sqlite_store_set_territory_manager (TerStore  *store,
                                        gint64     territory_id,
                                        gint64     manager_id,
                                        GError   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "UPDATE territories SET manager_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, territory_id);
  ter_sqlite_bind_id_or_null (stmt, 2, manager_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Changing a territory’s manager"));
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, territory_id);

      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("There is no territory with the number %s."), id);
      return FALSE;
    }

  return TRUE;
}

static gint64
ter_sqlite_store_add_rep (TerStore            *store,
                          const TerRepRecord  *record,
                          GError             **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO reps (name, email, phone, role, manager_id, territory_id, hire_date) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, record->name);
  ter_sqlite_bind_text_or_null (stmt, 2, record->email);
  ter_sqlite_bind_text_or_null (stmt, 3, record->phone);
  ter_sqlite_bind_text_or_null (stmt, 4, ter_rep_role_to_key (record->role));
  ter_sqlite_bind_id_or_null (stmt, 5, record->manager_id);
  ter_sqlite_bind_id_or_null (stmt, 6, record->territory_id);
  ter_sqlite_bind_text_or_null (stmt, 7, record->hire_date);

  return ter_sqlite_store_step_insert (self, stmt, _("Adding a rep"), error);
}

static gboolean
assign_in_savepoint (TerSqliteStore  *self,
                     gint64           region_id,
                     gint64           territory_id,
                     gint64           rep_id,
                     const char      *valid_from,
                     GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A new assignment from the same day replaces the old one. */
  stmt = ter_sqlite_store_prepare (self, "DELETE FROM territory_regions WHERE region_id = ?1 AND valid_from = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_text (stmt, 2, valid_from, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* The assignment in force that day ends then. */
  stmt = ter_sqlite_store_prepare (self,
                                   "UPDATE territory_regions SET valid_to = ?2 "
                                   "WHERE region_id = ?1 AND valid_from < ?2 AND (valid_to IS NULL OR valid_to > ?2)",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_text (stmt, 2, valid_from, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* And the new one lasts until the next one already planned, if any. */
  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO territory_regions (region_id, territory_id, rep_id, valid_from, valid_to) "
                                   "VALUES (?1, ?2, ?3, ?4, (SELECT min (valid_from) FROM territory_regions "
                                   "                          WHERE region_id = ?1 AND valid_from > ?4))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_int64 (stmt, 2, territory_id);
  ter_sqlite_bind_id_or_null (stmt, 3, rep_id);
  sqlite3_bind_text (stmt, 4, valid_from, -1, SQLITE_TRANSIENT);

  return ter_sqlite_store_step_insert (self, stmt, _("Assigning a region"), error) != 0;

failed:
  ter_sqlite_store_set_error (self, error, rc, _("Assigning a region"));
  return FALSE;
}

static gboolean
ter_sqlite_store_assign_region (TerStore    *store,
                                gint64       region_id,
                                gint64       territory_id,
                                gint64       rep_id,
                                const char  *valid_from,
                                GError     **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);

  /* Attributions looked up before the change no longer hold. */
  if (self->bulk_assignments != NULL)
    g_hash_table_remove_all (self->bulk_assignments);

  /* All or nothing, inside or outside a caller's transaction. */
  if (!ter_sqlite_store_run (self, "SAVEPOINT assign_region", error))
    return FALSE;

  if (!assign_in_savepoint (self, region_id, territory_id, rep_id, valid_from, error))
    {
      ter_sqlite_store_run (self, "ROLLBACK TO assign_region", NULL);
      ter_sqlite_store_run (self, "RELEASE assign_region", NULL);
      return FALSE;
    }

  return ter_sqlite_store_run (self, "RELEASE assign_region", error);
}

static gint64
ter_sqlite_store_add_customer (TerStore                 *store,
                               const TerCustomerRecord  *record,
                               GError                  **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO customers (name, type, region_id, city, owner_rep_id, credit_limit,"
                                   " currency, contact, phone, created_on) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, record->name);
  ter_sqlite_bind_text_or_null (stmt, 2, ter_customer_type_to_key (record->type));
  sqlite3_bind_int64 (stmt, 3, record->region_id);
  ter_sqlite_bind_text_or_null (stmt, 4, record->city);
  ter_sqlite_bind_id_or_null (stmt, 5, record->owner_rep_id);
  sqlite3_bind_int64 (stmt, 6, record->credit_limit);
  ter_sqlite_bind_text_or_null (stmt, 7, record->currency);
  ter_sqlite_bind_text_or_null (stmt, 8, record->contact);
  ter_sqlite_bind_text_or_null (stmt, 9, record->phone);
  ter_sqlite_bind_text_or_null (stmt, 10, record->created_on);

  return ter_sqlite_store_step_insert (self, stmt, _("Adding a customer"), error);
}

static gint64
ter_sqlite_store_add_category (TerStore                 *store,
                               const TerCategoryRecord  *record,
                               GError                  **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO product_categories (code, name_en, name_zh, parent_id) "
                                   "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, record->code);
  ter_sqlite_bind_text_or_null (stmt, 2, record->name_en);
  ter_sqlite_bind_text_or_null (stmt, 3, record->name_zh);
  ter_sqlite_bind_id_or_null (stmt, 4, record->parent_id);

  return ter_sqlite_store_step_insert (self, stmt, _("Adding a product category"), error);
}

static gint64
ter_sqlite_store_add_product (TerStore                *store,
                              const TerProductRecord  *record,
                              GError                 **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO products (sku, name_en, name_zh, category_id) "
                                   "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, record->sku);
  ter_sqlite_bind_text_or_null (stmt, 2, record->name_en);
  ter_sqlite_bind_text_or_null (stmt, 3, record->name_zh);
  sqlite3_bind_int64 (stmt, 4, record->category_id);

  return ter_sqlite_store_step_insert (self, stmt, _("Adding a product"), error);
}

static gboolean
ter_sqlite_store_set_product_price (TerStore    *store,
                                    gint64       product_id,
                                    const char  *currency,
                                    gint64       list_price,
                                    gint64       cost,
                                    GError     **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO product_prices (product_id, currency, list_price, cost) "
                                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (product_id, currency) "
                                   "DO UPDATE SET list_price = excluded.list_price, cost = excluded.cost", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, product_id);
  ter_sqlite_bind_text_or_null (stmt, 2, currency);
  sqlite3_bind_int64 (stmt, 3, list_price);
  sqlite3_bind_int64 (stmt, 4, cost);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Setting a product price"));
      return FALSE;
    }

  return TRUE;
}

static gint64
ter_sqlite_store_add_channel (TerStore                *store,
                              const TerChannelRecord  *record,
                              GError                 **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO channels (code, name_en, name_zh, kind) VALUES (?1, ?2, ?3, ?4)",
                                   error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, record->code);
  ter_sqlite_bind_text_or_null (stmt, 2, record->name_en);
  ter_sqlite_bind_text_or_null (stmt, 3, record->name_zh);
  ter_sqlite_bind_text_or_null (stmt, 4, ter_channel_kind_to_key (record->kind));

  return ter_sqlite_store_step_insert (self, stmt, _("Adding a channel"), error);
}

/* Finds who covered `region_id` on `day`; FALSE if nobody did. */
static gboolean
resolve_assignment (TerSqliteStore  *self,
                    gint64           region_id,
                    const char      *day,
                    gint64          *territory_id,
                    gint64          *rep_id,
                    GError         **error)
{
  BulkAssignment *cached = NULL;
  char key[48];
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  /* A bulk import asks about the same few regions and days again and
   * again, and nothing changes the assignments meanwhile. */
  if (self->bulk_assignments != NULL)
    {
      g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT " %s", region_id, day);
      cached = g_hash_table_lookup (self->bulk_assignments, key);
      if (cached != NULL)
        {
          if (cached->found)
            {
              *territory_id = cached->territory_id;
              if (*rep_id <= 0)
                *rep_id = cached->rep_id;
            }
          return cached->found;
        }
    }

  stmt = ter_sqlite_store_prepare (self,
                                   "SELECT territory_id, rep_id FROM territory_regions "
                                   "WHERE region_id = ?1 AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2) "
                                   "ORDER BY valid_from DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  cached = g_new0 (BulkAssignment, 1);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      cached->territory_id = sqlite3_column_int64 (stmt, 0);
      cached->rep_id = sqlite3_column_int64 (stmt, 1);
      *territory_id = cached->territory_id;
      if (*rep_id <= 0)
        *rep_id = cached->rep_id;
      found = cached->found = TRUE;
    }
  sqlite3_reset (stmt);

  if (self->bulk_assignments != NULL)
    g_hash_table_insert (self->bulk_assignments, g_strdup (key), cached);
  else
    g_free (cached);
  return found;
}

static gboolean
insert_lines (TerSqliteStore            *self,
              gint64                     order_id,
              const TerOrderLineRecord  *lines,
              guint                      n_lines,
              GError                   **error)
{
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO order_lines (order_id, product_id, quantity, unit_price, discount, amount, cost) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      gint64 gross;
      gint64 amount;

      if (__builtin_mul_overflow (lines[i].quantity, lines[i].unit_price, &gross)
          || __builtin_sub_overflow (gross, lines[i].discount, &amount))
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                       _("Line %u of the order is too large to store."), i + 1);
          return FALSE;
        }

      sqlite3_bind_int64 (stmt, 1, order_id);
      sqlite3_bind_int64 (stmt, 2, lines[i].product_id);
      sqlite3_bind_int64 (stmt, 3, lines[i].quantity);
      sqlite3_bind_int64 (stmt, 4, lines[i].unit_price);
      sqlite3_bind_int64 (stmt, 5, lines[i].discount);
      sqlite3_bind_int64 (stmt, 6, amount);
      sqlite3_bind_int64 (stmt, 7, lines[i].cost);
      if (ter_sqlite_store_step_insert (self, stmt, _("Adding an order line"), error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gint64
insert_order (TerSqliteStore            *self,
              const TerOrderRecord      *order,
              const TerOrderLineRecord  *lines,
              guint                      n_lines,
              GError                   **error)
{
  gint64 territory_id = order->territory_id;
  gint64 rep_id = order->rep_id;
  sqlite3_stmt *stmt;
  gint64 order_id;

  if (territory_id <= 0)
    {
      g_autoptr(GError) local_error = NULL;

      if (!resolve_assignment (self, order->region_id, order->order_date,
                               &territory_id, &rep_id, &local_error)
          && local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
    }

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO orders (source, number, order_date, customer_id, channel_id, region_id,"
                                   " territory_id, rep_id, status, currency, return_of) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return 0;

  ter_sqlite_bind_text_or_null (stmt, 1, order->source ? order->source : "territory");
  ter_sqlite_bind_text_or_null (stmt, 2, order->number);
  ter_sqlite_bind_text_or_null (stmt, 3, order->order_date);
  sqlite3_bind_int64 (stmt, 4, order->customer_id);
  sqlite3_bind_int64 (stmt, 5, order->channel_id);
  sqlite3_bind_int64 (stmt, 6, order->region_id);
  ter_sqlite_bind_id_or_null (stmt, 7, territory_id);
  ter_sqlite_bind_id_or_null (stmt, 8, rep_id);
  ter_sqlite_bind_text_or_null (stmt, 9, ter_order_status_to_key (order->status));
  ter_sqlite_bind_text_or_null (stmt, 10, order->currency);
  ter_sqlite_bind_id_or_null (stmt, 11, order->return_of);

  order_id = ter_sqlite_store_step_insert (self, stmt, _("Adding an order"), error);
  if (order_id == 0 || !insert_lines (self, order_id, lines, n_lines, error))
    return 0;

  return order_id;
}

static gint64
ter_sqlite_store_add_order (TerStore                  *store,
                            const TerOrderRecord      *order,
                            const TerOrderLineRecord  *lines,
                            guint                      n_lines,
                            GError                   **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  gint64 order_id;

  if (n_lines == 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("Order %s has no lines."), order->number);
      return 0;
    }

  /* A bulk import that rolls back everything on any failure needs no
   * savepoint per order. */
  if (self->bulk_unguarded)
    return insert_order (self, order, lines, n_lines, error);

  /* An order and its lines are stored together or not at all, inside or
   * outside a caller's transaction. */
  if (!ter_sqlite_store_run (self, "SAVEPOINT add_order", error))
    return 0;

  order_id = insert_order (self, order, lines, n_lines, error);
  if (order_id == 0)
    {
      ter_sqlite_store_run (self, "ROLLBACK TO add_order", NULL);
      ter_sqlite_store_run (self, "RELEASE add_order", NULL);
      return 0;
    }

  if (!ter_sqlite_store_run (self, "RELEASE add_order", error))
    return 0;

  return order_id;
}

static gboolean
ter_sqlite_store_set_target (TerStore               *store,
                             const TerTargetRecord  *record,
                             GError                **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  const char *sql;
  sqlite3_stmt *stmt;
  int rc;

  if (record->territory_id > 0)
    sql = "INSERT INTO targets (territory_id, month, metric, value, currency) "
          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (territory_id, month, metric) "
          "WHERE territory_id IS NOT NULL "
          "DO UPDATE SET value = excluded.value, currency = excluded.currency";
  else
    sql = "INSERT INTO targets (rep_id, month, metric, value, currency) "
          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (rep_id, month, metric) "
          "WHERE rep_id IS NOT NULL "
          "DO UPDATE SET value = excluded.value, currency = excluded.currency";

  stmt = ter_sqlite_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, record->territory_id > 0 ? record->territory_id : record->rep_id);
  ter_sqlite_bind_text_or_null (stmt, 2, record->month);
  ter_sqlite_bind_text_or_null (stmt, 3, ter_metric_to_key (record->metric));
  sqlite3_bind_int64 (stmt, 4, record->value);
  ter_sqlite_bind_text_or_null (stmt, 5, record->metric == TER_METRIC_REVENUE ? record->currency : NULL);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Setting a target"));
      return FALSE;
    }

  return TRUE;
}

/* Sales are attributed where they were made: to the territory stored on
 * each order. Returns count against revenue; cancelled orders do not.
 * The sums come from the roll-ups (whole months from the monthly tables,
 * the odd days from the daily ones), which are kept exact on every write,
 * so the overview costs milliseconds instead of a scan of every line. */
static GArray *
ter_sqlite_store_territory_sales (TerStore    *store,
                                  const char  *first_day,
                                  const char  *last_day,
                                  GError     **error)
{
  TerAnalyticsStore *analytics = TER_ANALYTICS_STORE (store);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerTerritorySales));
  g_autoptr(GArray) sums = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GHashTable) first_row = g_hash_table_new (g_int64_hash, g_int64_equal);
  TerAnalyticsFilter filter = { 0 };

  g_strlcpy (filter.first_day, first_day, sizeof filter.first_day);
  g_strlcpy (filter.last_day, last_day, sizeof filter.last_day);
  sums = ter_analytics_store_sum_sales (analytics, &filter, TER_ANALYTICS_GROUP_TERRITORY, error);
  if (sums == NULL)
    return NULL;
  counts = ter_analytics_store_count_orders (analytics, &filter, TER_ANALYTICS_GROUP_TERRITORY, error);
  if (counts == NULL)
    return NULL;

  for (guint i = 0; i < sums->len; i++)
    {
      const TerAnalyticsSums *s = &g_array_index (sums, TerAnalyticsSums, i);
      TerTerritorySales row = { 0 };

      if (s->id == 0)
        continue;
      row.territory_id = s->id;
      g_strlcpy (row.currency, s->currency, sizeof row.currency);
      row.revenue = s->sales + s->returns;
      row.cost = s->cost;
      row.lines = s->lines;
      g_array_append_val (rows, row);
    }
  /* Order counts carry no currency: each territory's goes on its first
   * row, so that adding up the rows counts every order once. */
  for (guint i = 0; i < rows->len; i++)
    {
      TerTerritorySales *row = &g_array_index (rows, TerTerritorySales, i);

      if (!g_hash_table_contains (first_row, &row->territory_id))
        g_hash_table_insert (first_row, &row->territory_id, row);
    }
  for (guint i = 0; i < counts->len; i++)
    {
      const TerAnalyticsSums *c = &g_array_index (counts, TerAnalyticsSums, i);
      TerTerritorySales *row = g_hash_table_lookup (first_row, &c->id);

      if (row != NULL)
        row->orders += c->orders;
    }

  return g_steal_pointer (&rows);
}

static GArray *
ter_sqlite_store_territory_targets (TerStore    *store,
                                    const char  *first_month,
                                    const char  *last_month,
                                    GError     **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerTerritoryTarget));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "SELECT territory_id, currency, sum (value) FROM targets "
                                   "WHERE territory_id IS NOT NULL AND metric = 'revenue' AND month BETWEEN ?1 AND ?2 "
                                   "GROUP BY territory_id, currency", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, first_month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_month, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerTerritoryTarget row = { 0 };

      row.territory_id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (row.currency, ter_sqlite_column_text (stmt, 1), sizeof row.currency);
      row.value = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up targets"));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* GObject */

static void
ter_sqlite_store_finalize (GObject *object)
{
  TerSqliteStore *self = (TerSqliteStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->bulk_assignments, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ter_sqlite_store_parent_class)->finalize (object);
}

static void
ter_sqlite_store_class_init (TerSqliteStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_sqlite_store_finalize;
}

static void
ter_sqlite_store_iface_init (TerStoreInterface *iface)
{
  iface->get_location = ter_sqlite_store_get_location;
  iface->begin = ter_sqlite_store_begin;
  iface->commit = ter_sqlite_store_commit;
  iface->rollback = ter_sqlite_store_rollback;
  iface->get_setting = ter_sqlite_store_get_setting;
  iface->set_setting = ter_sqlite_store_set_setting;
  iface->count = ter_sqlite_store_count;
  iface->list_regions = ter_sqlite_store_list_regions;
  iface->list_territories = ter_sqlite_store_list_territories;
  iface->list_reps = ter_sqlite_store_list_reps;
  iface->list_channels = ter_sqlite_store_list_channels;
  iface->list_exchange_rates = ter_sqlite_store_list_exchange_rates;
  iface->add_territory = ter_sqlite_store_add_territory;
  iface->set_territory_manager = ter_sqlite_store_set_territory_manager;
  iface->add_rep = ter_sqlite_store_add_rep;
  iface->assign_region = ter_sqlite_store_assign_region;
  iface->add_customer = ter_sqlite_store_add_customer;
  iface->add_category = ter_sqlite_store_add_category;
  iface->add_product = ter_sqlite_store_add_product;
  iface->set_product_price = ter_sqlite_store_set_product_price;
  iface->add_channel = ter_sqlite_store_add_channel;
  iface->add_order = ter_sqlite_store_add_order;
  iface->set_target = ter_sqlite_store_set_target;
  iface->territory_sales = ter_sqlite_store_territory_sales;
  iface->territory_targets = ter_sqlite_store_territory_targets;
}

static void
ter_sqlite_store_init (TerSqliteStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
}

void
ter_sqlite_store_begin_bulk_orders (TerSqliteStore *self,
                                    gboolean        unguarded)
{
  g_return_if_fail (self->transaction_depth > 0);

  if (self->bulk_assignments == NULL)
    self->bulk_assignments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bulk_unguarded = unguarded;

  /* With the default 2 MB of cache, a large transaction spills pages to
   * the file and reads them back, and rebuilding an index sorts through
   * temporary files: allow 128 MB until the transaction ends. */
  if (self->bulk_cache_size == 0)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (self->db, "PRAGMA cache_size", -1, &stmt, NULL) == SQLITE_OK
          && sqlite3_step (stmt) == SQLITE_ROW)
        self->bulk_cache_size = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      if (self->bulk_cache_size != 0)
        sqlite3_exec (self->db, "PRAGMA cache_size = -131072", NULL, NULL, NULL);
    }
}

/* Public API */

TerSqliteStore *
ter_sqlite_store_open (const char  *path,
                       GError     **error)
{
  g_autoptr(TerSqliteStore) self = NULL;
  gboolean in_memory;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  in_memory = g_str_equal (path, ":memory:");
  if (!in_memory && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      gboolean is_empty = FALSE;
      goffset file_size = 0;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN,
                       _("“%s” is a folder, not a database file."), path);
          return NULL;
        }
      if (!read_header (path, &is_empty, &file_size, error)
          || !check_writable (path, error)
          || (!is_empty && !inspect_existing (path, file_size, error)))
        return NULL;
    }
  else if (!in_memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN,
                       _("The folder “%s” for the database cannot be created: %s."),
                       dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  self = g_object_new (TER_TYPE_SQLITE_STORE, NULL);
  self->path = g_strdup (path);
  if (!open_connection (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

GRecMutex *
ter_sqlite_store_get_lock (TerSqliteStore *self)
{
  return &self->lock;
}

sqlite3 *
ter_sqlite_store_get_db (TerSqliteStore *self)
{
  return self->db;
}

int
ter_sqlite_store_get_user_version (TerSqliteStore *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  int version = 0;

  g_return_val_if_fail (TER_IS_SQLITE_STORE (self), 0);

  locker = g_rec_mutex_locker_new (&self->lock);
  query_int (self->db, "PRAGMA user_version", &version);
  return version;
}

char *
ter_sqlite_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "territory", "territory.db", NULL);
}
