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
#include "ter-analytics-store.h"
#include "ter-sqlite-store-private.h"

#define BULK_PAUSED "ter-import-bulk-paused-rollups"
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
  /* Column choices, one "field=Header" per line. */
  "CREATE TABLE import_mappings (\n"
  "  name    TEXT PRIMARY KEY CHECK (name <> ''),\n"
  "  columns TEXT NOT NULL\n"
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

  /* Row by row, the roll-up triggers would cost more than the import:
   * pause them and refill once at the end, inside the same transaction.
   * A caller that paused them already (the demo) refills them itself. */
  g_object_set_data (G_OBJECT (self), BULK_PAUSED, NULL);
  if (!sqlite3_get_autocommit (ter_sqlite_store_get_db (self)))
    {
      stmt = ter_sqlite_store_prepare (self, "SELECT count (*) FROM rollup_paused", error);
      if (stmt == NULL)
        return FALSE;
      if (lookup_id (self, stmt, _("Counting records"), error) == 0)
        {
          if (!ter_analytics_pause_rollups (self, error))
            return FALSE;
          g_object_set_data (G_OBJECT (self), BULK_PAUSED, GINT_TO_POINTER (TRUE));
        }
    }
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
  if (g_object_steal_data (G_OBJECT (self), BULK_PAUSED) != NULL
      && !ter_analytics_resume_rollups (self, error))
    return FALSE;
  return TRUE;
}

static void
ter_sqlite_import_begin_bulk_orders (TerImportStore *store,
                                     gboolean        all_or_nothing)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  ter_sqlite_store_begin_bulk_orders (self, all_or_nothing);
}

/* Export */

typedef struct {
  const char            *table;
  const char            *sql;
  const TerExportColumn *columns;
  guint                  n_columns;
} ExportTable;

/* The same columns the "territory" import preset reads, so an export
 * imports back without doubling anything. */
static const TerExportColumn order_columns[] = {
  { NC_("export header", "Source"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Order number"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Order date"), TER_EXPORT_DATE, -1 },
  { NC_("export header", "Status"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Customer"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Customer type"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Region code"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "City"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Channel"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Currency"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "SKU"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Product"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Category"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Quantity"), TER_EXPORT_INTEGER, -1 },
  { NC_("export header", "Unit price"), TER_EXPORT_MONEY, 9 },
  { NC_("export header", "Discount"), TER_EXPORT_MONEY, 9 },
  { NC_("export header", "Amount"), TER_EXPORT_MONEY, 9 },
  { NC_("export header", "Cost"), TER_EXPORT_MONEY, 9 },
};

static const TerExportColumn customer_columns[] = {
  { NC_("export header", "Customer"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Customer type"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Region code"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "City"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Owner"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Credit limit"), TER_EXPORT_MONEY, 6 },
  { NC_("export header", "Currency"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Contact"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Phone"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Customer since"), TER_EXPORT_DATE, -1 },
};

static const TerExportColumn product_columns[] = {
  { NC_("export header", "SKU"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Product"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Product (Chinese)"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Category"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Active"), TER_EXPORT_INTEGER, -1 },
};

static const TerExportColumn region_columns[] = {
  { NC_("export header", "Region code"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Name"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Name (Chinese)"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Short name"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Abbreviation"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Level"), TER_EXPORT_TEXT, -1 },
};

static const TerExportColumn target_columns[] = {
  { NC_("export header", "Territory"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Rep"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Month"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Metric"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Revenue target"), TER_EXPORT_MONEY, 6 },
  { NC_("export header", "Count target"), TER_EXPORT_INTEGER, -1 },
  { NC_("export header", "Currency"), TER_EXPORT_TEXT, -1 },
};

static const TerExportColumn territory_columns[] = {
  { NC_("export header", "Territory"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Territory (Chinese)"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Parent"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Manager"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Currency"), TER_EXPORT_TEXT, -1 },
};

static const TerExportColumn rep_columns[] = {
  { NC_("export header", "Rep"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Email"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Phone"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Role"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Manager"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Territory"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Hire date"), TER_EXPORT_DATE, -1 },
  { NC_("export header", "Active"), TER_EXPORT_INTEGER, -1 },
};

static const ExportTable export_tables[] = {
  { "orders",
    "WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) "
    "SELECT o.source, o.number, o.order_date, o.status, c.name, c.type, r.code, c.city, ch.code,"
    " o.currency, p.sku, p.name_en, pc.name_en, l.quantity, l.unit_price, l.discount, l.amount, l.cost "
    "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id"
    " JOIN regions r ON r.id = o.region_id JOIN channels ch ON ch.id = o.channel_id"
    " JOIN products p ON p.id = l.product_id JOIN product_categories pc ON pc.id = p.category_id "
    "WHERE o.order_date BETWEEN ?1 AND ?2 AND (?3 = 0 OR o.territory_id IN sub) "
    "ORDER BY o.order_date, o.id, l.id",
    order_columns, G_N_ELEMENTS (order_columns) },
  { "customers",
    "SELECT c.name, c.type, r.code, c.city, rep.name, c.credit_limit, c.currency, c.contact, c.phone,"
    " c.created_on FROM customers c JOIN regions r ON r.id = c.region_id"
    " LEFT JOIN reps rep ON rep.id = c.owner_rep_id ORDER BY c.id",
    customer_columns, G_N_ELEMENTS (customer_columns) },
  { "products",
    "SELECT p.sku, p.name_en, p.name_zh, pc.name_en, p.active FROM products p"
    " JOIN product_categories pc ON pc.id = p.category_id ORDER BY p.id",
    product_columns, G_N_ELEMENTS (product_columns) },
  { "regions",
    "SELECT code, name_en, name_zh, short_zh, abbrev, level FROM regions ORDER BY id",
    region_columns, G_N_ELEMENTS (region_columns) },
  { "targets",
    /* Revenue targets are money; unit and new-customer targets counts. */
    "WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL SELECT t.id FROM territories t JOIN sub ON t.parent_id = sub.id) "
    "SELECT t.name, r.name, g.month, g.metric, CASE WHEN g.metric = 'revenue' THEN g.value END,"
    " CASE WHEN g.metric <> 'revenue' THEN g.value END, g.currency FROM targets g"
    " LEFT JOIN territories t ON t.id = g.territory_id LEFT JOIN reps r ON r.id = g.rep_id"
    " WHERE g.month BETWEEN substr (?1, 1, 7) AND substr (?2, 1, 7)"
    " AND (?3 = 0 OR g.territory_id IN sub OR r.territory_id IN sub)"
    " ORDER BY g.month, g.id",
    target_columns, G_N_ELEMENTS (target_columns) },
  { "territories",
    "SELECT t.name, t.name_zh, p.name, m.name, t.currency FROM territories t"
    " LEFT JOIN territories p ON p.id = t.parent_id LEFT JOIN reps m ON m.id = t.manager_id ORDER BY t.id",
    territory_columns, G_N_ELEMENTS (territory_columns) },
  { "reps",
    "SELECT r.name, r.email, r.phone, r.role, m.name, t.name, r.hire_date, r.active FROM reps r"
    " LEFT JOIN reps m ON m.id = r.manager_id LEFT JOIN territories t ON t.id = r.territory_id ORDER BY r.id",
    rep_columns, G_N_ELEMENTS (rep_columns) },
};

static const ExportTable *
find_export_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_tables); i++)
    if (g_str_equal (export_tables[i].table, table))
      return &export_tables[i];
  return NULL;
}

static const TerExportColumn *
ter_sqlite_import_export_columns (TerImportStore *store,
                                  const char     *table,
                                  guint          *n_columns)
{
  const ExportTable *export = find_export_table (table);

  *n_columns = export ? export->n_columns : 0;
  return export ? export->columns : NULL;
}

static gboolean
ter_sqlite_import_export_rows (TerImportStore         *store,
                               const char             *table,
                               const TerExportFilter  *filter,
                               TerExportRowFunc        func,
                               gpointer           user_data,
                               GError           **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  const ExportTable *export = find_export_table (table);
  const char *values[G_N_ELEMENTS (order_columns)];
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (export != NULL, FALSE);
  /* Orders are the widest table. */
  g_assert (export->n_columns <= G_N_ELEMENTS (values));

  /* Prepared by its literal's address, like every cached statement. */
  stmt = ter_sqlite_store_prepare (self, export->sql, error);
  if (stmt == NULL)
    return FALSE;
  /* Orders and targets take a date range and a territory subtree. */
  if (sqlite3_bind_parameter_count (stmt) == 3)
    {
      sqlite3_bind_text (stmt, 1, filter && filter->first_day ? filter->first_day : "0000-01-01", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, filter && filter->last_day ? filter->last_day : "9999-12-31", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, filter ? filter->territory_id : 0);
    }
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < export->n_columns; i++)
        values[i] = ter_sqlite_column_text (stmt, i);
      ok = func (values, user_data, error);
    }
  sqlite3_reset (stmt);
  if (ok && rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Exporting a table"));
      return FALSE;
    }
  return ok;
}

/* Saved mappings */

static gboolean
ter_sqlite_import_save_mapping (TerImportStore      *store,
                                const char          *name,
                                const char * const  *choices,
                                GError             **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autofree char *columns = g_strjoinv ("\n", (char **) choices);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self,
                                   "INSERT INTO import_mappings (name, columns) VALUES (?1, ?2) "
                                   "ON CONFLICT (name) DO UPDATE SET columns = excluded.columns", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, columns, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Saving the column mapping"));
      return FALSE;
    }
  return TRUE;
}

static GStrv
ter_sqlite_import_load_mapping (TerImportStore  *store,
                                const char      *name,
                                GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt;
  GStrv choices = NULL;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT columns FROM import_mappings WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    choices = g_strsplit (ter_sqlite_column_text (stmt, 0), "\n", -1);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                 _("There is no saved column mapping named “%s”."), name);
  else if (rc != SQLITE_ROW)
    ter_sqlite_store_set_error (self, error, rc, _("Reading a column mapping"));
  return choices;
}

static GStrv
ter_sqlite_import_list_mappings (TerImportStore  *store,
                                 GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = ter_sqlite_store_prepare (self, "SELECT name FROM import_mappings ORDER BY name", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (names, ter_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading the saved column mappings"));
      return NULL;
    }
  return g_strv_builder_end (names);
}

/* Reports */

static void
sales_amount_clear (gpointer data)
{
  TerSalesAmount *amount = data;

  g_free (amount->name_en);
  g_free (amount->name_zh);
}

static GArray *
ter_sqlite_import_sales_by (TerImportStore  *store,
                            TerSalesBy       by,
                            const char      *first_day,
                            const char      *last_day,
                            GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) amounts = g_array_new (FALSE, TRUE, sizeof (TerSalesAmount));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (amounts, sales_amount_clear);
  if (by == TER_SALES_BY_CUSTOMER)
    stmt = ter_sqlite_store_prepare (self,
                                     "SELECT c.name, c.name, o.currency, sum (l.amount) FROM orders o"
                                     " JOIN order_lines l ON l.order_id = o.id JOIN customers c ON c.id = o.customer_id"
                                     " WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'"
                                     " GROUP BY c.id, o.currency", error);
  else
    stmt = ter_sqlite_store_prepare (self,
                                     "SELECT p.name_en, p.name_zh, o.currency, sum (l.amount) FROM orders o"
                                     " JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id"
                                     " WHERE o.order_date BETWEEN ?1 AND ?2 AND o.status <> 'cancelled'"
                                     " GROUP BY p.id, o.currency", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerSalesAmount amount = { 0 };

      amount.name_en = g_strdup (ter_sqlite_column_text (stmt, 0));
      amount.name_zh = g_strdup (ter_sqlite_column_text (stmt, 1));
      g_strlcpy (amount.currency, ter_sqlite_column_text (stmt, 2), sizeof amount.currency);
      amount.amount = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (amounts, amount);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Summing sales for the report"));
      return NULL;
    }
  return g_steal_pointer (&amounts);
}

/* Backup and restore */

static gboolean
copy_database (TerSqliteStore  *self,
               sqlite3         *to,
               sqlite3         *from,
               GError         **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_FAILED,
                   _("Could not copy the database: %s"), sqlite3_errmsg (to));
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_FAILED,
                   _("Could not copy the database: %s"), sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
ter_sqlite_import_backup (TerImportStore  *store,
                          const char      *path,
                          GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3 *to = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_CANNOT_OPEN,
                   _("Could not create the backup “%s”: %s"), path, sqlite3_errmsg (to));
      sqlite3_close (to);
      return FALSE;
    }
  ok = copy_database (self, to, ter_sqlite_store_get_db (self), error);
  sqlite3_close (to);
  return ok;
}

static int
backup_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
ter_sqlite_import_restore (TerImportStore  *store,
                           const char      *path,
                           GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3 *from = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (path, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK
      || backup_int (from, "PRAGMA application_id") != TER_SQLITE_APPLICATION_ID)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_TERRITORY,
                 _("“%s” is not a Territory backup."), path);
  /* Restoring replaces the schema too: it must be this version's. */
  else if (backup_int (from, "PRAGMA user_version") != ter_sqlite_schema_version ())
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NEWER_SCHEMA,
                 _("The backup “%s” was made by another version of Territory; open it as a database instead."),
                 path);
  else
    ok = copy_database (self, ter_sqlite_store_get_db (self), from, error);

  sqlite3_close (from);
  return ok;
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
  iface->begin_bulk_orders = ter_sqlite_import_begin_bulk_orders;
  iface->export_columns = ter_sqlite_import_export_columns;
  iface->export_rows = ter_sqlite_import_export_rows;
  iface->save_mapping = ter_sqlite_import_save_mapping;
  iface->load_mapping = ter_sqlite_import_load_mapping;
  iface->list_mappings = ter_sqlite_import_list_mappings;
  iface->sales_by = ter_sqlite_import_sales_by;
  iface->backup = ter_sqlite_import_backup;
  iface->restore = ter_sqlite_import_restore;
}
