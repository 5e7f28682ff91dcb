/* ter-export.c: tables to CSV (libcsv's quoting rules) or XLSX
 * (libxlsxwriter), so a sales assistant can go on in Excel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <xlsxwriter.h>

#include "ter-csv-reader.h"
#include "ter-export.h"
#include "ter-import-store.h"
#include "ter-money.h"

typedef struct {
  const TerExportColumn *columns;
  guint                  n_columns;
  gint64                 rows;
  GString               *csv;
  GOutputStream         *out;
  lxw_workbook          *workbook;
  lxw_worksheet         *sheet;
  lxw_format            *date_format;
  GHashTable            *money_formats;  /* currency → lxw_format */
} Export;

static char *
money_text (const char *minor,
            const char *currency)
{
  gint64 amount = g_ascii_strtoll (minor, NULL, 10);

  return ter_money_to_plain_string (amount, currency && ter_currency_is_known (currency) ? currency : "USD");
}

static gboolean
csv_row_cb (const char * const  *values,
            gpointer             user_data,
            GError             **error)
{
  Export *self = user_data;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->n_columns; i++)
    {
      const TerExportColumn *column = &self->columns[i];

      if (column->type == TER_EXPORT_MONEY && values[i] != NULL)
        g_ptr_array_add (texts, money_text (values[i], values[column->currency]));
      else
        g_ptr_array_add (texts, g_strdup (values[i] ? values[i] : ""));
    }
  ter_csv_append_record (self->csv, (const char * const *) texts->pdata, texts->len);
  self->rows++;

  /* Written in blocks so that a million rows never sit in memory. */
  if (self->csv->len > 1 << 20)
    {
      if (!g_output_stream_write_all (self->out, self->csv->str, self->csv->len, NULL, NULL, error))
        return FALSE;
      g_string_truncate (self->csv, 0);
    }
  return TRUE;
}

static lxw_format *
money_format (Export     *self,
              const char *currency)
{
  lxw_format *format = g_hash_table_lookup (self->money_formats, currency ? currency : "");
  g_autofree char *number_format = NULL;
  int digits;

  if (format != NULL)
    return format;

  digits = currency && ter_currency_is_known (currency) ? ter_currency_digits (currency) : 2;
  /* The symbol as a quoted literal: "¥"#,##0.00. */
  number_format = g_strdup_printf ("\"%s\"#,##0%s%.*s", currency && ter_currency_is_known (currency)
                                                          ? ter_currency_symbol (currency) : "",
                                   digits > 0 ? "." : "", digits, "0000");
  format = workbook_add_format (self->workbook);
  format_set_num_format (format, number_format);
  g_hash_table_insert (self->money_formats, g_strdup (currency ? currency : ""), format);
  return format;
}

static void
write_cell (Export                *self,
            lxw_row_t              row,
            lxw_col_t              col,
            const TerExportColumn *column,
            const char * const    *values)
{
  const char *value = values[col];
  lxw_datetime date = { 0 };

  if (value == NULL)
    return;
  switch (column->type)
    {
    case TER_EXPORT_DATE:
      if (sscanf (value, "%4d-%2d-%2d", &date.year, &date.month, &date.day) == 3)
        {
          worksheet_write_datetime (self->sheet, row, col, &date, self->date_format);
          return;
        }
      break;
    case TER_EXPORT_MONEY:
      {
        const char *currency = values[column->currency];
        int digits = currency && ter_currency_is_known (currency) ? ter_currency_digits (currency) : 2;
        double amount = (double) g_ascii_strtoll (value, NULL, 10);

        for (int i = 0; i < digits; i++)
          amount /= 10.0;
        worksheet_write_number (self->sheet, row, col, amount, money_format (self, currency));
        return;
      }
    case TER_EXPORT_INTEGER:
      worksheet_write_number (self->sheet, row, col, (double) g_ascii_strtoll (value, NULL, 10), NULL);
      return;
    case TER_EXPORT_TEXT:
    default:
      break;
    }
  worksheet_write_string (self->sheet, row, col, value, NULL);
}

static gboolean
xlsx_row_cb (const char * const  *values,
             gpointer             user_data,
             GError             **error)
{
  Export *self = user_data;

  self->rows++;
  if (self->rows >= LXW_ROW_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("The table has more rows than an Excel sheet holds (%u); export it as CSV."),
                   (guint) LXW_ROW_MAX - 1);
      return FALSE;
    }
  for (guint i = 0; i < self->n_columns; i++)
    write_cell (self, (lxw_row_t) self->rows, (lxw_col_t) i, &self->columns[i], values);
  return TRUE;
}

static gint64
export_csv (TerImportStore  *store,
            const char      *table,
            const char      *path,
            Export          *self,
            GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  g_autoptr(GString) csv = g_string_new ("\xef\xbb\xbf");
  gboolean ok;

  if (out == NULL)
    return -1;
  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (header, (gpointer) self->columns[i].name);
  ter_csv_append_record (csv, (const char * const *) header->pdata, header->len);

  self->csv = csv;
  self->out = G_OUTPUT_STREAM (out);
  ok = ter_import_store_export_rows (store, table, csv_row_cb, self, error)
       && g_output_stream_write_all (self->out, csv->str, csv->len, NULL, NULL, error)
       && g_output_stream_close (self->out, NULL, error);
  return ok ? self->rows : -1;
}

static gint64
export_xlsx (TerImportStore  *store,
             const char      *table,
             const char      *path,
             Export          *self,
             GError         **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  g_autoptr(GHashTable) formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lxw_format *bold;
  lxw_error rc;
  gboolean ok;

  self->workbook = workbook_new_opt (path, &options);
  if (self->workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not create “%s”."), path);
      return -1;
    }
  self->sheet = workbook_add_worksheet (self->workbook, table);
  self->money_formats = formats;
  self->date_format = workbook_add_format (self->workbook);
  format_set_num_format (self->date_format, "yyyy-mm-dd");
  bold = workbook_add_format (self->workbook);
  format_set_bold (bold);

  for (guint i = 0; i < self->n_columns; i++)
    {
      worksheet_write_string (self->sheet, 0, i, self->columns[i].name, bold);
      worksheet_set_column (self->sheet, i, i, self->columns[i].type == TER_EXPORT_TEXT ? 18 : 13, NULL);
    }
  worksheet_freeze_panes (self->sheet, 1, 0);

  ok = ter_import_store_export_rows (store, table, xlsx_row_cb, self, error);
  rc = workbook_close (self->workbook);
  if (ok && rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, lxw_strerror (rc));
      ok = FALSE;
    }
  return ok ? self->rows : -1;
}

gint64
ter_export_table (TerStore         *store,
                  const char       *table,
                  const char       *path,
                  TerExportFormat   format,
                  GError          **error)
{
  Export self = { 0 };

  g_return_val_if_fail (TER_IS_IMPORT_STORE (store), -1);

  self.columns = ter_import_store_export_columns (TER_IMPORT_STORE (store), table, &self.n_columns);
  if (self.columns == NULL)
    {
      g_autofree char *tables = g_strjoinv (", ", (char **) ter_import_store_export_tables ());

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a table that can be exported; choose one of %s."), table, tables);
      return -1;
    }

  if (format == TER_EXPORT_XLSX)
    return export_xlsx (TER_IMPORT_STORE (store), table, path, &self, error);
  return export_csv (TER_IMPORT_STORE (store), table, path, &self, error);
}
