/* ter-csv-reader.h: reads a CSV file with libcsv, record by record, in
 * UTF-8 whatever the file's encoding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  guint        line;      /* physical line the record starts on, from 1 */
  guint        n_fields;
  const char **fields;    /* UTF-8; valid only during the callback */
} TerCsvRecord;

typedef struct {
  char     *encoding;     /* "UTF-8" or "GB18030" */
  gboolean  bom;
  char      delimiter;
  gboolean  crlf;
} TerCsvFormat;

/* Return FALSE with `error` set to stop reading. */
typedef gboolean (*TerCsvRecordFunc) (const TerCsvRecord  *record,
                                      gpointer             user_data,
                                      GError             **error);
typedef void     (*TerCsvProgressFunc) (double    fraction,
                                        gpointer  user_data);

typedef struct _TerCsvReader TerCsvReader;

/* Loads the file, detects its encoding (UTF-8 with or without a byte
 * order mark, else GB18030, which includes GBK), delimiter and line ends. */
TerCsvReader       *ter_csv_reader_new        (const char          *path,
                                               GError             **error);
/* The same for text already in memory (a preview, a test). */
TerCsvReader       *ter_csv_reader_new_for_data (const char        *data,
                                                 gsize              length,
                                                 GError           **error);
const TerCsvFormat *ter_csv_reader_get_format (TerCsvReader        *self);
/* The number of line breaks: an upper bound of the records. */
guint64             ter_csv_reader_count_lines (TerCsvReader       *self);
/* Calls `func` for each record, from the first; `max_records` 0 for all.
 * Fails with G_IO_ERROR_CANCELLED when cancelled, or with
 * G_IO_ERROR_INVALID_DATA naming the line of a malformed record. */
gboolean            ter_csv_reader_read       (TerCsvReader        *self,
                                               guint                max_records,
                                               TerCsvRecordFunc     func,
                                               TerCsvProgressFunc   progress,
                                               gpointer             user_data,
                                               GCancellable        *cancellable,
                                               GError             **error);
void                ter_csv_reader_free       (TerCsvReader        *self);

/* Writes one record to `out`, quoting as needed. */
void                ter_csv_append_record     (GString             *out,
                                               const char * const  *fields,
                                               guint                n_fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerCsvReader, ter_csv_reader_free)

G_END_DECLS
