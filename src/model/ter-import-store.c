/* ter-import-store.c: the TerImportStore interface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-store"

#include "config.h"

#include "ter-import-store.h"

G_DEFINE_INTERFACE (TerImportStore, ter_import_store, TER_TYPE_STORE)

static void
ter_import_store_default_init (TerImportStoreInterface *iface)
{
}

GPtrArray *
ter_import_store_list_region_names (TerImportStore  *self,
                                    GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), NULL);

  return TER_IMPORT_STORE_GET_IFACE (self)->list_region_names (self, error);
}

gboolean
ter_import_store_remember_region_alias (TerImportStore  *self,
                                        const char      *alias,
                                        gint64           region_id,
                                        GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);
  g_return_val_if_fail (alias != NULL && *alias != '\0', FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->remember_region_alias (self, alias, region_id, error);
}

gint64
ter_import_store_find (TerImportStore  *self,
                       TerImportKind    kind,
                       const char      *key,
                       GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), 0);
  g_return_val_if_fail (key != NULL, 0);

  return TER_IMPORT_STORE_GET_IFACE (self)->find (self, kind, key, error);
}

gint64
ter_import_store_find_order (TerImportStore  *self,
                             const char      *source,
                             const char      *number,
                             GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), 0);

  return TER_IMPORT_STORE_GET_IFACE (self)->find_order (self, source, number, error);
}

gboolean
ter_import_store_add_run (TerImportStore            *self,
                          const TerImportRunRecord  *record,
                          GError                   **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->add_run (self, record, error);
}

gint64
ter_import_store_count_orders (TerImportStore  *self,
                               const char      *source,
                               GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), -1);

  return TER_IMPORT_STORE_GET_IFACE (self)->count_orders (self, source, error);
}

gboolean
ter_import_store_begin_bulk (TerImportStore  *self,
                             gint64           expected_lines,
                             GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->begin_bulk (self, expected_lines, error);
}

gboolean
ter_import_store_end_bulk (TerImportStore  *self,
                           GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->end_bulk (self, error);
}

void
ter_import_store_begin_bulk_orders (TerImportStore *self,
                                    gboolean        all_or_nothing)
{
  g_return_if_fail (TER_IS_IMPORT_STORE (self));

  if (TER_IMPORT_STORE_GET_IFACE (self)->begin_bulk_orders != NULL)
    TER_IMPORT_STORE_GET_IFACE (self)->begin_bulk_orders (self, all_or_nothing);
}

const char * const *
ter_import_store_export_tables (void)
{
  static const char * const tables[] = {
    "orders", "customers", "products", "regions", "targets", "territories", "reps", NULL,
  };

  return tables;
}

const TerExportColumn *
ter_import_store_export_columns (TerImportStore *self,
                                 const char     *table,
                                 guint          *n_columns)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), NULL);

  return TER_IMPORT_STORE_GET_IFACE (self)->export_columns (self, table, n_columns);
}

gboolean
ter_import_store_export_rows (TerImportStore         *self,
                              const char             *table,
                              const TerExportFilter  *filter,
                              TerExportRowFunc        func,
                              gpointer           user_data,
                              GError           **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->export_rows (self, table, filter, func, user_data, error);
}

gboolean
ter_import_store_backup (TerImportStore  *self,
                         const char      *path,
                         GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->backup (self, path, error);
}

gboolean
ter_import_store_restore (TerImportStore  *self,
                          const char      *path,
                          GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->restore (self, path, error);
}

GArray *
ter_import_store_sales_by (TerImportStore  *self,
                           TerSalesBy       by,
                           const char      *first_day,
                           const char      *last_day,
                           GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), NULL);

  return TER_IMPORT_STORE_GET_IFACE (self)->sales_by (self, by, first_day, last_day, error);
}

gboolean
ter_import_store_save_mapping (TerImportStore      *self,
                               const char          *name,
                               const char * const  *choices,
                               GError             **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL && *name != '\0', FALSE);

  return TER_IMPORT_STORE_GET_IFACE (self)->save_mapping (self, name, choices, error);
}

GStrv
ter_import_store_load_mapping (TerImportStore  *self,
                               const char      *name,
                               GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), NULL);

  return TER_IMPORT_STORE_GET_IFACE (self)->load_mapping (self, name, error);
}

GStrv
ter_import_store_list_mappings (TerImportStore  *self,
                                GError         **error)
{
  g_return_val_if_fail (TER_IS_IMPORT_STORE (self), NULL);

  return TER_IMPORT_STORE_GET_IFACE (self)->list_mappings (self, error);
}
