/* ter-import.h: orders from CSV files into a store, all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-csv-reader.h"
#include "ter-import-parse.h"
#include "ter-import-preset.h"
#include "ter-store.h"

G_BEGIN_DECLS

typedef struct {
  const char   *preset;          /* NULL: recognised from the header */
  const char   *source;          /* orders.source; NULL: the preset's or the file name */
  TerDateOrder  date_order;      /* AUTO: decided from the file */
  int           decimal_comma;   /* -1: decided from the file */
  gboolean      skip_invalid;    /* import the valid orders, reject the rest */
  const char   *default_region;  /* region code for rows that name none */
  const char   *currency;        /* for files without a currency column */
  const char * const *region_aliases; /* "NAME=CODE", remembered for next time */
  const char * const *columns;   /* "field=Header" over the recognised layout */
  const char   *mapping;         /* saved column choices to start from */
  const char   *save_mapping;    /* save the choices under this name */
} TerImportOptions;

#define TER_IMPORT_OPTIONS_INIT { NULL, NULL, TER_DATE_ORDER_AUTO, -1, FALSE, NULL, NULL, NULL, NULL, NULL, NULL }

typedef struct {
  guint   line;
  char   *column;   /* the header's name; NULL when the whole row is wrong */
  char   *reason;
  GStrv   fields;   /* the row as read, for the rejects file */
} TerImportRejection;

typedef struct {
  const TerImportPreset *preset;
  char         *source;
  char         *file_name;
  TerCsvFormat  format;
  TerDateOrder  date_order;
  gboolean      decimal_comma;
  GStrv         header;
  gint64        rows;
  gint64        orders_added;
  gint64        orders_skipped;   /* imported before, from the same source */
  gint64        lines_added;
  gint64        customers_added;
  gint64        products_added;
  gint64        channels_added;
  GPtrArray    *rejections;       /* TerImportRejection */
  GPtrArray    *unmatched_regions;/* each spelling once */
  gboolean      committed;        /* FALSE: the database was left unchanged */
} TerImportReport;

#define TER_IMPORT_ERROR (ter_import_error_quark ())

typedef enum {
  TER_IMPORT_ERROR_NO_HEADER,
  TER_IMPORT_ERROR_UNKNOWN_LAYOUT,
  TER_IMPORT_ERROR_OPTION,
} TerImportError;

GQuark           ter_import_error_quark   (void);

/* Imports a file. NULL with `error` when the file cannot be read, the
 * import was cancelled or the database failed: then nothing was written.
 * Otherwise a report; rejected rows leave the database unchanged unless
 * `skip_invalid` was set. */
TerImportReport *ter_import_file          (TerStore                *store,
                                           const char              *path,
                                           const TerImportOptions  *options,
                                           TerCsvProgressFunc       progress,
                                           gpointer                 user_data,
                                           GCancellable            *cancellable,
                                           GError                 **error);
TerImportReport *ter_import_reader        (TerStore                *store,
                                           TerCsvReader            *reader,
                                           const char              *file_name,
                                           const TerImportOptions  *options,
                                           TerCsvProgressFunc       progress,
                                           gpointer                 user_data,
                                           GCancellable            *cancellable,
                                           GError                 **error);
/* Writes the rejected rows under the file's header, with a last column
 * saying why, so they can be fixed and imported again. */
gboolean         ter_import_report_write_rejects (TerImportReport  *report,
                                                  const char       *path,
                                                  GError          **error);
void             ter_import_report_free   (TerImportReport         *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerImportReport, ter_import_report_free)

G_END_DECLS
