/* ter-export.h: tables to CSV or Excel files with real types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-store.h"

G_BEGIN_DECLS

typedef enum {
  TER_EXPORT_CSV,
  TER_EXPORT_XLSX,
} TerExportFormat;

/* CSV: UTF-8 with a byte order mark for Excel, money as plain decimals;
 * XLSX: dates as dates, money as numbers in a currency format. Returns
 * the number of rows written, or -1 with `error` set. */
gint64 ter_export_table (TerStore         *store,
                         const char       *table,
                         const char       *path,
                         TerExportFormat   format,
                         GError          **error);

G_END_DECLS
