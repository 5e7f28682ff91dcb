/* ter-csv-reader.c: libcsv behind a record callback.
 *
 * The whole file is mapped (or converted once to UTF-8) and fed to libcsv
 * one physical line at a time, so every record knows the line it starts
 * on even when a quoted field holds line breaks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-csv-reader"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-csv-reader.h"

struct _TerCsvReader
{
  GMappedFile  *mapped;
  char         *copy;
  char         *converted;
  const char   *data;      /* UTF-8, after any byte order mark */
  gsize         length;
  TerCsvFormat  format;
};

typedef struct {
  TerCsvReader      *reader;
  GString           *row;       /* fields, each NUL-terminated */
  GArray            *offsets;   /* guint offset of each field in row */
  GPtrArray         *pointers;
  guint              line;
  guint              row_line;  /* 0 while no field of the row was seen */
  guint              records;
  guint              max_records;
  TerCsvRecordFunc   func;
  gpointer           user_data;
  GError            *error;
} ReadState;

static const char utf8_bom[] = "\xef\xbb\xbf";

static char
detect_delimiter (const char *data,
                  gsize       length)
{
  static const char candidates[] = { ',', ';', '\t', '|' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  /* Count candidates outside quotes on the first line: the header. */
  for (gsize i = 0; i < length && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      for (guint c = 0; !quoted && c < G_N_ELEMENTS (candidates); c++)
        counts[c] += data[i] == candidates[c];
    }
  for (guint c = 1; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > counts[best])
      best = c;

  return candidates[best];
}

static gboolean
setup (TerCsvReader  *self,
       const char    *data,
       gsize          length,
       GError       **error)
{
  const char *end = NULL;

  self->format.bom = length >= 3 && memcmp (data, utf8_bom, 3) == 0;
  if (self->format.bom)
    {
      data += 3;
      length -= 3;
    }

  if (g_utf8_validate_len (data, length, &end))
    self->format.encoding = g_strdup ("UTF-8");
  else
    {
      /* Chinese Excel saves "CSV" in the ANSI code page, GBK; GB18030 is
       * its superset, so one conversion reads both. */
      gsize written = 0;

      self->converted = g_convert (data, length, "UTF-8", "GB18030", NULL, &written, NULL);
      if (self->converted == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The file is neither UTF-8 nor GB18030 text (invalid bytes at offset %lu)."),
                       (unsigned long) (end - data));
          return FALSE;
        }
      self->format.encoding = g_strdup ("GB18030");
      data = self->converted;
      length = written;
    }

  self->data = data;
  self->length = length;
  self->format.delimiter = detect_delimiter (data, length);
  self->format.crlf = memchr (data, '\r', MIN (length, 65536)) != NULL;
  return TRUE;
}

TerCsvReader *
ter_csv_reader_new (const char  *path,
                    GError     **error)
{
  g_autoptr(TerCsvReader) self = g_new0 (TerCsvReader, 1);
  g_autoptr(GError) local_error = NULL;

  self->mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (self->mapped == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not read “%s”: %s"), path, local_error->message);
      return NULL;
    }
  if (!setup (self, g_mapped_file_get_contents (self->mapped) ? g_mapped_file_get_contents (self->mapped) : "",
              g_mapped_file_get_length (self->mapped), error))
    return NULL;

  return g_steal_pointer (&self);
}

TerCsvReader *
ter_csv_reader_new_for_data (const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(TerCsvReader) self = g_new0 (TerCsvReader, 1);

  /* Keep a copy: the caller's buffer may go away before reading. */
  self->copy = g_memdup2 (data, length + 1);
  self->copy[length] = '\0';
  if (!setup (self, self->copy, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

const TerCsvFormat *
ter_csv_reader_get_format (TerCsvReader *self)
{
  return &self->format;
}

guint64
ter_csv_reader_count_lines (TerCsvReader *self)
{
  const char *p = self->data, *end = self->data + self->length;
  guint64 lines = 0;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      lines++;
      p++;
    }
  return lines;
}

static void
field_cb (void   *text,
          size_t  length,
          void   *data)
{
  ReadState *state = data;
  guint offset = state->row->len;

  if (state->row_line == 0)
    state->row_line = state->line;
  g_array_append_val (state->offsets, offset);
  g_string_append_len (state->row, text ? text : "", length);
  g_string_append_c (state->row, '\0');
}

static void
record_cb (int   terminator,
           void *data)
{
  ReadState *state = data;
  TerCsvRecord record;

  if (state->error == NULL
      && (state->max_records == 0 || state->records < state->max_records))
    {
      g_ptr_array_set_size (state->pointers, 0);
      for (guint i = 0; i < state->offsets->len; i++)
        g_ptr_array_add (state->pointers, state->row->str + g_array_index (state->offsets, guint, i));

      record.line = state->row_line ? state->row_line : state->line;
      record.n_fields = state->offsets->len;
      record.fields = (const char **) state->pointers->pdata;
      state->records++;
      state->func (&record, state->user_data, &state->error);
    }

  g_string_truncate (state->row, 0);
  g_array_set_size (state->offsets, 0);
  state->row_line = 0;
}

static int
space_only_cb (unsigned char c)
{
  return c == ' ';
}

static gboolean
parse_error (ReadState  *state,
             GError    **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("Line %u, column %u: a quote is misplaced or never closed."),
               state->row_line ? state->row_line : state->line, state->offsets->len + 1);
  return FALSE;
}

static gboolean
feed_lines (TerCsvReader        *self,
            struct csv_parser   *parser,
            ReadState           *state,
            TerCsvProgressFunc   progress,
            GCancellable        *cancellable,
            GError             **error)
{
  gsize position = 0;

  while (position < self->length && state->error == NULL
         && (state->max_records == 0 || state->records < state->max_records))
    {
      const char *start = self->data + position;
      const char *newline = memchr (start, '\n', self->length - position);
      gsize length = newline ? (gsize) (newline - start) + 1 : self->length - position;

      state->line++;
      if (csv_parse (parser, start, length, field_cb, record_cb, state) != length)
        return parse_error (state, error);
      position += length;

      if ((state->line & 0x3fff) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress ((double) position / self->length, state->user_data);
        }
    }

  return TRUE;
}

gboolean
ter_csv_reader_read (TerCsvReader        *self,
                     guint                max_records,
                     TerCsvRecordFunc     func,
                     TerCsvProgressFunc   progress,
                     gpointer             user_data,
                     GCancellable        *cancellable,
                     GError             **error)
{
  struct csv_parser parser;
  ReadState state = { self, NULL };
  gboolean ok;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    g_error ("libcsv could not allocate its parser");
  csv_set_delim (&parser, self->format.delimiter);
  if (self->format.delimiter == '\t')
    csv_set_space_func (&parser, space_only_cb);

  state.row = g_string_new (NULL);
  state.offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  state.pointers = g_ptr_array_new ();
  state.max_records = max_records;
  state.func = func;
  state.user_data = user_data;

  ok = feed_lines (self, &parser, &state, progress, cancellable, error);
  if (ok && state.error == NULL && (max_records == 0 || state.records < max_records)
      && csv_fini (&parser, field_cb, record_cb, &state) != 0)
    ok = parse_error (&state, error);
  if (ok && state.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&state.error));
      ok = FALSE;
    }
  if (ok && progress != NULL)
    progress (1.0, user_data);

  g_clear_error (&state.error);
  csv_free (&parser);
  g_string_free (state.row, TRUE);
  g_array_unref (state.offsets);
  g_ptr_array_unref (state.pointers);
  return ok;
}

void
ter_csv_reader_free (TerCsvReader *self)
{
  g_clear_pointer (&self->mapped, g_mapped_file_unref);
  g_free (self->copy);
  g_free (self->converted);
  g_free (self->format.encoding);
  g_free (self);
}

void
ter_csv_append_record (GString            *out,
                       const char * const *fields,
                       guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');
      if (strpbrk (field, ",\"\r\n") == NULL && field[0] != ' ')
        {
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
