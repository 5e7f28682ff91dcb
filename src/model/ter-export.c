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
#include "ter-overview.h"
#include "ter-territory.h"

/* Produces the rows of one export. */
typedef gboolean (*RowSource) (gpointer           data,
                               TerExportRowFunc   func,
                               gpointer           user_data,
                               GError           **error);

typedef struct {
  const TerExportColumn *columns;
  guint                  n_columns;
  TerExportHeaders       headers;
  const char            *sheet_name;
  RowSource              source;
  gpointer               source_data;
  gint64                 rows;
  GString               *csv;
  GOutputStream         *out;
  lxw_workbook          *workbook;
  lxw_worksheet         *sheet;
  lxw_format            *date_format;
  lxw_format            *percent_format;
  GHashTable            *money_formats;  /* currency → lxw_format */
} Export;

static char *
money_text (const char *minor,
            const char *currency)
{
  gint64 amount = g_ascii_strtoll (minor, NULL, 10);

  return ter_money_to_plain_string (amount, currency && ter_currency_is_known (currency) ? currency : "USD");
}

/* "0.9534" as "95.3%", which Excel reads as a percentage. */
static char *
percent_text (const char *fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", g_ascii_strtod (fraction, NULL) * 100.0);
  return g_strconcat (buffer, "%", NULL);
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
      else if (column->type == TER_EXPORT_PERCENT && values[i] != NULL)
        g_ptr_array_add (texts, percent_text (values[i]));
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
    case TER_EXPORT_PERCENT:
      worksheet_write_number (self->sheet, row, col, g_ascii_strtod (value, NULL), self->percent_format);
      return;
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
export_csv (Export      *self,
            const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  g_autoptr(GString) csv = g_string_new ("\xef\xbb\xbf");
  gboolean ok;

  if (out == NULL)
    return -1;
  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (header, (gpointer) ter_export_header (self->columns[i].name, self->headers));
  ter_csv_append_record (csv, (const char * const *) header->pdata, header->len);

  self->csv = csv;
  self->out = G_OUTPUT_STREAM (out);
  ok = self->source (self->source_data, csv_row_cb, self, error)
       && g_output_stream_write_all (self->out, csv->str, csv->len, NULL, NULL, error)
       && g_output_stream_close (self->out, NULL, error);
  return ok ? self->rows : -1;
}

static gint64
export_xlsx (Export      *self,
             const char  *path,
             GError     **error)
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
  self->sheet = workbook_add_worksheet (self->workbook, self->sheet_name);
  self->money_formats = formats;
  self->date_format = workbook_add_format (self->workbook);
  format_set_num_format (self->date_format, "yyyy-mm-dd");
  self->percent_format = workbook_add_format (self->workbook);
  format_set_num_format (self->percent_format, "0.0%");
  bold = workbook_add_format (self->workbook);
  format_set_bold (bold);

  for (guint i = 0; i < self->n_columns; i++)
    {
      worksheet_write_string (self->sheet, 0, i, ter_export_header (self->columns[i].name, self->headers), bold);
      worksheet_set_column (self->sheet, i, i, self->columns[i].type == TER_EXPORT_TEXT ? 18 : 13, NULL);
    }
  worksheet_freeze_panes (self->sheet, 1, 0);

  ok = self->source (self->source_data, xlsx_row_cb, self, error);
  rc = workbook_close (self->workbook);
  if (ok && rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, lxw_strerror (rc));
      ok = FALSE;
    }
  return ok ? self->rows : -1;
}

typedef struct {
  TerImportStore         *store;
  const char             *table;
  const TerExportFilter  *filter;
} TableSource;

static gboolean
table_rows (gpointer           data,
            TerExportRowFunc   func,
            gpointer           user_data,
            GError           **error)
{
  TableSource *source = data;

  return ter_import_store_export_rows (source->store, source->table, source->filter, func, user_data, error);
}

static gint64
run_export (Export           *self,
            const char       *path,
            TerExportFormat   format,
            GError          **error)
{
  if (format == TER_EXPORT_XLSX)
    return export_xlsx (self, path, error);
  return export_csv (self, path, error);
}

const char *
ter_export_header (const char       *name,
                   TerExportHeaders  headers)
{
  if (headers == TER_EXPORT_HEADERS_ENGLISH)
    return name;
  return g_dpgettext2 (GETTEXT_PACKAGE, "export header", name);
}

gint64
ter_export_table (TerStore         *store,
                  const char       *table,
                  const char       *path,
                  TerExportFormat   format,
                  GError          **error)
{
  return ter_export_table_full (store, table, NULL, path, format, error);
}

gint64
ter_export_table_full (TerStore                *store,
                       const char              *table,
                       const TerExportOptions  *options,
                       const char              *path,
                       TerExportFormat          format,
                       GError                 **error)
{
  static const TerExportOptions defaults = TER_EXPORT_OPTIONS_INIT;
  Export self = { 0 };
  TableSource source = { 0 };

  g_return_val_if_fail (TER_IS_IMPORT_STORE (store), -1);

  options = options ? options : &defaults;
  self.columns = ter_import_store_export_columns (TER_IMPORT_STORE (store), table, &self.n_columns);
  if (self.columns == NULL)
    {
      g_autofree char *tables = g_strjoinv (", ", (char **) ter_import_store_export_tables ());

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a table that can be exported; choose one of %s."), table, tables);
      return -1;
    }

  source.store = TER_IMPORT_STORE (store);
  source.table = table;
  source.filter = &options->filter;
  self.headers = options->headers;
  self.sheet_name = table;
  self.source = table_rows;
  self.source_data = &source;
  return run_export (&self, path, format, error);
}

/* Overview */

static const TerExportColumn overview_columns[] = {
  { NC_("export header", "Territory"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Parent"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Manager"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Currency"), TER_EXPORT_TEXT, -1 },
  { NC_("export header", "Revenue"), TER_EXPORT_MONEY, 3 },
  { NC_("export header", "Target"), TER_EXPORT_MONEY, 3 },
  { NC_("export header", "Attainment"), TER_EXPORT_PERCENT, -1 },
  { NC_("export header", "Same period last year"), TER_EXPORT_MONEY, 3 },
  { NC_("export header", "Change vs last year"), TER_EXPORT_PERCENT, -1 },
  { NC_("export header", "Orders"), TER_EXPORT_INTEGER, -1 },
};

typedef struct {
  GListModel  *territories;
  GArray      *rows;          /* TerOverviewRow, one per territory */
  const char  *currency;
  gint64       territory_id;  /* 0: all */
} OverviewSource;

static char *
fraction_text (gboolean ok,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return ok ? g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)) : NULL;
}

/* TRUE when `territory` is the filter's territory or below it. */
static gboolean
is_kept (GHashTable   *kept,
         TerTerritory *territory,
         gint64        territory_id)
{
  if (territory_id == 0 || ter_territory_get_id (territory) == territory_id
      || g_hash_table_contains (kept, &(gint64) { ter_territory_get_parent_id (territory) }))
    {
      gint64 *id = g_new (gint64, 1);

      *id = ter_territory_get_id (territory);
      g_hash_table_add (kept, id);
      return TRUE;
    }
  return FALSE;
}

static gboolean
overview_rows (gpointer           data,
               TerExportRowFunc   func,
               gpointer           user_data,
               GError           **error)
{
  OverviewSource *source = data;
  g_autoptr(GHashTable) names = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (source->territories);

  for (guint i = 0; i < n && i < source->rows->len; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (source->territories, i);
      const TerOverviewRow *row = &g_array_index (source->rows, TerOverviewRow, i);
      g_autofree char *revenue = g_strdup_printf ("%" G_GINT64_FORMAT, row->revenue);
      g_autofree char *target = row->has_target ? g_strdup_printf ("%" G_GINT64_FORMAT, row->target) : NULL;
      g_autofree char *previous = row->has_previous ? g_strdup_printf ("%" G_GINT64_FORMAT, row->previous) : NULL;
      g_autofree char *orders = g_strdup_printf ("%" G_GINT64_FORMAT, row->orders);
      g_autofree char *attainment = NULL, *growth = NULL;
      const char *values[G_N_ELEMENTS (overview_columns)];
      double value = 0;

      g_hash_table_insert (names, (gpointer) &row->territory_id, (gpointer) ter_territory_get_display_name (territory));
      if (!is_kept (kept, territory, source->territory_id))
        continue;
      attainment = fraction_text (ter_overview_row_attainment (row, &value), value);
      growth = fraction_text (ter_overview_row_growth (row, &value), value);
      values[0] = ter_territory_get_display_name (territory);
      values[1] = g_hash_table_lookup (names, &(gint64) { ter_territory_get_parent_id (territory) });
      values[2] = ter_territory_get_manager_name (territory);
      values[3] = source->currency;
      values[4] = revenue;
      values[5] = target;
      values[6] = attainment;
      values[7] = previous;
      values[8] = growth;
      values[9] = orders;
      if (!func (values, user_data, error))
        return FALSE;
    }
  return TRUE;
}

gint64
ter_export_overview (TerStore                *store,
                     GListModel              *territories,
                     const TerPeriod         *period,
                     const char              *currency,
                     const TerExportOptions  *options,
                     const char              *path,
                     TerExportFormat          format,
                     GError                 **error)
{
  static const TerExportOptions defaults = TER_EXPORT_OPTIONS_INIT;
  g_autoptr(GArray) rows = NULL;
  OverviewSource source = { 0 };
  Export self = { 0 };

  options = options ? options : &defaults;
  rows = ter_overview_compute (store, territories, period, currency, error);
  if (rows == NULL)
    return -1;

  source.territories = territories;
  source.rows = rows;
  source.currency = currency;
  source.territory_id = options->filter.territory_id;
  self.columns = overview_columns;
  self.n_columns = G_N_ELEMENTS (overview_columns);
  self.headers = options->headers;
  self.sheet_name = "overview";
  self.source = overview_rows;
  self.source_data = &source;
  return run_export (&self, path, format, error);
}
