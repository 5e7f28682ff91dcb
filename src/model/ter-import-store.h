/* ter-import-store.h: what the CSV importer needs from a store.
 *
 * The importer (ter-import.c) holds no SQL: it asks the store for the
 * names regions are known by, finds customers, products, channels and
 * categories, checks whether an order was imported before, remembers
 * region aliases the user chose and keeps a history of imports. New rows
 * are added through TerStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

typedef enum {
  TER_IMPORT_KIND_CUSTOMER,   /* by name */
  TER_IMPORT_KIND_PRODUCT,    /* by SKU */
  TER_IMPORT_KIND_CHANNEL,    /* by code */
  TER_IMPORT_KIND_CATEGORY,   /* by code */
} TerImportKind;

/* One name a region is known by: its code, English or Chinese name,
 * short name, abbreviation or pinyin, or an alias remembered earlier. */
typedef struct {
  gint64    region_id;
  char     *name;
  gboolean  alias;   /* chosen by a user: wins over a built-in name */
} TerImportRegionName;

typedef struct {
  const char *source;
  const char *file_name;
  const char *preset;
  gint64      rows;
  gint64      orders_added;
  gint64      orders_skipped;   /* already imported before */
  gint64      rows_rejected;
} TerImportRunRecord;

typedef enum {
  TER_EXPORT_TEXT,
  TER_EXPORT_INTEGER,
  TER_EXPORT_DATE,    /* YYYY-MM-DD */
  TER_EXPORT_MONEY,   /* minor units of the row's currency column */
  TER_EXPORT_PERCENT, /* a fraction: "0.953" is 95.3% */
} TerExportType;

/* Which rows of orders and targets to export; other tables ignore it. */
typedef struct {
  const char *first_day;     /* YYYY-MM-DD; NULL: from the first */
  const char *last_day;      /* NULL: to the last */
  gint64      territory_id;  /* 0: all; else this territory and below */
} TerExportFilter;

typedef struct {
  const char    *name;     /* English header, as Territory's import reads it
                            * back; translated in the "export header"
                            * context for Chinese headers */
  TerExportType  type;
  int            currency; /* for money: the column holding the currency */
} TerExportColumn;

/* One row; values are text (money in minor units), NULL for SQL NULL. */
typedef gboolean (*TerExportRowFunc) (const char * const  *values,
                                      gpointer             user_data,
                                      GError             **error);

typedef enum {
  TER_SALES_BY_CUSTOMER,
  TER_SALES_BY_PRODUCT,
} TerSalesBy;

/* Net sales of one customer or product in one currency. */
typedef struct {
  char   *name_en;
  char   *name_zh;
  char    currency[4];
  gint64  amount;      /* minor units, net of returns */
} TerSalesAmount;

#define TER_TYPE_IMPORT_STORE (ter_import_store_get_type ())
G_DECLARE_INTERFACE (TerImportStore, ter_import_store, TER, IMPORT_STORE, TerStore)

struct _TerImportStoreInterface
{
  GTypeInterface parent_iface;

  GPtrArray *(*list_region_names)    (TerImportStore            *self,
                                      GError                   **error);
  gboolean   (*remember_region_alias)(TerImportStore            *self,
                                      const char                *alias,
                                      gint64                     region_id,
                                      GError                   **error);
  gint64     (*find)                 (TerImportStore            *self,
                                      TerImportKind              kind,
                                      const char                *key,
                                      GError                   **error);
  gint64     (*find_order)           (TerImportStore            *self,
                                      const char                *source,
                                      const char                *number,
                                      GError                   **error);
  gboolean   (*add_run)              (TerImportStore            *self,
                                      const TerImportRunRecord  *record,
                                      GError                   **error);
  gint64     (*count_orders)         (TerImportStore            *self,
                                      const char                *source,
                                      GError                   **error);
  gboolean   (*begin_bulk)           (TerImportStore            *self,
                                      gint64                     expected_lines,
                                      GError                   **error);
  gboolean   (*end_bulk)             (TerImportStore            *self,
                                      GError                   **error);
  void       (*begin_bulk_orders)    (TerImportStore            *self,
                                      gboolean                   all_or_nothing);
  const TerExportColumn *(*export_columns) (TerImportStore      *self,
                                      const char                *table,
                                      guint                     *n_columns);
  gboolean   (*export_rows)          (TerImportStore            *self,
                                      const char                *table,
                                      const TerExportFilter     *filter,
                                      TerExportRowFunc           func,
                                      gpointer                   user_data,
                                      GError                   **error);
  gboolean   (*save_mapping)         (TerImportStore            *self,
                                      const char                *name,
                                      const char * const        *choices,
                                      GError                   **error);
  GStrv      (*load_mapping)         (TerImportStore            *self,
                                      const char                *name,
                                      GError                   **error);
  GStrv      (*list_mappings)        (TerImportStore            *self,
                                      GError                   **error);
  GArray    *(*sales_by)             (TerImportStore            *self,
                                      TerSalesBy                 by,
                                      const char                *first_day,
                                      const char                *last_day,
                                      GError                   **error);
  gboolean   (*backup)               (TerImportStore            *self,
                                      const char                *path,
                                      GError                   **error);
  gboolean   (*restore)              (TerImportStore            *self,
                                      const char                *path,
                                      GError                   **error);
};

/* An array of TerImportRegionName, freed with the array. */
GPtrArray *ter_import_store_list_region_names     (TerImportStore            *self,
                                                   GError                   **error);
gboolean   ter_import_store_remember_region_alias (TerImportStore            *self,
                                                   const char                *alias,
                                                   gint64                     region_id,
                                                   GError                   **error);
/* The id, or 0 with no error when there is no such row. */
gint64     ter_import_store_find                  (TerImportStore            *self,
                                                   TerImportKind              kind,
                                                   const char                *key,
                                                   GError                   **error);
gint64     ter_import_store_find_order            (TerImportStore            *self,
                                                   const char                *source,
                                                   const char                *number,
                                                   GError                   **error);
gboolean   ter_import_store_add_run               (TerImportStore            *self,
                                                   const TerImportRunRecord  *record,
                                                   GError                   **error);

/* How many orders came from `source`; -1 on error. */
gint64     ter_import_store_count_orders          (TerImportStore            *self,
                                                   const char                *source,
                                                   GError                   **error);
/* Inside a transaction, before and after adding about `expected_lines`
 * order lines: the store may set its indexes aside and rebuild them once
 * at the end, which is much faster than updating them line by line. */
gboolean   ter_import_store_begin_bulk            (TerImportStore            *self,
                                                   gint64                     expected_lines,
                                                   GError                   **error);
gboolean   ter_import_store_end_bulk              (TerImportStore            *self,
                                                   GError                   **error);
/* Inside a transaction, before adding many orders: the store may remember
 * territory attributions until the transaction ends, and, when
 * `all_or_nothing` (the caller rolls back everything if any order
 * fails), may skip guarding each order on its own. */
void       ter_import_store_begin_bulk_orders     (TerImportStore            *self,
                                                   gboolean                   all_or_nothing);
/* The tables that can be exported, NULL-terminated. */
const char * const    *ter_import_store_export_tables (void);
/* NULL when `table` is not one of them. */
const TerExportColumn *ter_import_store_export_columns (TerImportStore   *self,
                                                        const char       *table,
                                                        guint            *n_columns);
gboolean   ter_import_store_export_rows           (TerImportStore            *self,
                                                   const char                *table,
                                                   const TerExportFilter     *filter,
                                                   TerExportRowFunc           func,
                                                   gpointer                   user_data,
                                                   GError                   **error);
/* Column choices ("field=Header") saved under a name for the next file
 * of the same kind; loading an unknown name fails with NOT_FOUND. */
gboolean   ter_import_store_save_mapping          (TerImportStore            *self,
                                                   const char                *name,
                                                   const char * const        *choices,
                                                   GError                   **error);
GStrv      ter_import_store_load_mapping          (TerImportStore            *self,
                                                   const char                *name,
                                                   GError                   **error);
/* The names of the saved mappings, sorted; NULL with `error` on failure. */
GStrv      ter_import_store_list_mappings         (TerImportStore            *self,
                                                   GError                   **error);
/* Net sales per customer or product and currency between two days
 * (inclusive), cancelled orders left out: an array of TerSalesAmount. */
GArray    *ter_import_store_sales_by              (TerImportStore            *self,
                                                   TerSalesBy                 by,
                                                   const char                *first_day,
                                                   const char                *last_day,
                                                   GError                   **error);
/* A consistent copy of the whole database into a new file. */
gboolean   ter_import_store_backup                (TerImportStore            *self,
                                                   const char                *path,
                                                   GError                   **error);
/* Replaces the database's contents with a backup's, after checking that
 * the file is a Territory database. */
gboolean   ter_import_store_restore               (TerImportStore            *self,
                                                   const char                *path,
                                                   GError                   **error);

G_END_DECLS
