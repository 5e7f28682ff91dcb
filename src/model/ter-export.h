/* ter-export.h: tables to CSV or Excel files with real types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-import-store.h"
#include "ter-period.h"
#include "ter-store.h"

G_BEGIN_DECLS

typedef enum {
  TER_EXPORT_CSV,
  TER_EXPORT_XLSX,
} TerExportFormat;

typedef enum {
  TER_EXPORT_HEADERS_LOCALE,   /* Chinese headers when running in Chinese */
  TER_EXPORT_HEADERS_ENGLISH,
} TerExportHeaders;

typedef struct {
  TerExportFilter   filter;
  TerExportHeaders  headers;
} TerExportOptions;

#define TER_EXPORT_OPTIONS_INIT { { NULL, NULL, 0 }, TER_EXPORT_HEADERS_LOCALE }

/* CSV: UTF-8 with a byte order mark for Excel, money as plain decimals;
 * XLSX: dates as dates, money as numbers in a currency format. Returns
 * the number of rows written, or -1 with `error` set. Headers are in the
 * user's language; Territory's import reads both languages back. */
gint64      ter_export_table      (TerStore                *store,
                                   const char              *table,
                                   const char              *path,
                                   TerExportFormat          format,
                                   GError                 **error);
/* The same for the rows `options` keeps (NULL: all, local headers). */
gint64      ter_export_table_full (TerStore                *store,
                                   const char              *table,
                                   const TerExportOptions  *options,
                                   const char              *path,
                                   TerExportFormat          format,
                                   GError                 **error);
/* The overview: one row per territory of `territories` (a depth-first
 * list of TerTerritory; a filter's territory keeps it and those below)
 * with revenue, target, attainment and change against last year in
 * `currency`. Safe to call from a worker thread. */
gint64      ter_export_overview   (TerStore                *store,
                                   GListModel              *territories,
                                   const TerPeriod         *period,
                                   const char              *currency,
                                   const TerExportOptions  *options,
                                   const char              *path,
                                   TerExportFormat          format,
                                   GError                 **error);
/* A column's header as `headers` asks. */
const char *ter_export_header     (const char              *name,
                                   TerExportHeaders         headers);

G_END_DECLS
