/* ter-import.c: orders from CSV files, all or nothing.
 *
 * One pass over the file: rows of the same order follow each other
 * (Shopify puts order-level fields on the first row only), so an order
 * is complete when the order number changes and is written then. Every
 * problem becomes a rejection naming the line and column; by default one
 * rejection means the whole import is rolled back, but reading goes on
 * so that the report lists every rejected row at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ter-import-private.h"
#include "ter-money.h"

#define SNIFF_RECORDS 5000
#define AMBIGUOUS_REGION ((gpointer) (gsize) -1)

G_DEFINE_QUARK (ter-import-error-quark, ter_import_error)

static void
product_key_free (gpointer data)
{
  ProductKey *key = data;

  g_free (key->sku);
  g_free (key->name);
  g_free (key->category);
  g_free (key);
}

static void
rejection_free (gpointer data)
{
  TerImportRejection *rejection = data;

  g_free (rejection->column);
  g_free (rejection->reason);
  g_free (rejection->fields);
  g_free (rejection);
}

void
ter_import_report_free (TerImportReport *report)
{
  g_free (report->source);
  g_free (report->file_name);
  g_free (report->format.encoding);
  g_strfreev (report->header);
  g_ptr_array_unref (report->rejections);
  g_ptr_array_unref (report->unmatched_regions);
  g_free (report);
}

/* The first non-empty column mapped to `field`; "" when none. */
static const char *
get_field (Importer           *self,
           const TerCsvRecord *record,
           TerImportField      field,
           int                *column)
{
  const int *candidates = self->mapping.columns[field];

  if (column != NULL)
    *column = candidates[0];
  for (guint i = 0; i < TER_IMPORT_MAX_CANDIDATES && candidates[i] >= 0; i++)
    if ((guint) candidates[i] < record->n_fields && record->fields[candidates[i]][0] != '\0')
      {
        if (column != NULL)
          *column = candidates[i];
        return record->fields[candidates[i]];
      }
  return "";
}

/* A copy of the row in one block, freed with g_free (): rows are copied
 * for every line, and a million small allocations would show. */
static GStrv
pack_fields (const char * const *fields,
             guint               n_fields)
{
  gsize size = (n_fields + 1) * sizeof (char *);
  char **block;
  char *p;

  for (guint i = 0; i < n_fields; i++)
    size += strlen (fields[i]) + 1;
  block = g_malloc (size);
  p = (char *) (block + n_fields + 1);
  for (guint i = 0; i < n_fields; i++)
    {
      gsize length = strlen (fields[i]) + 1;

      memcpy (p, fields[i], length);
      block[i] = p;
      p += length;
    }
  block[n_fields] = NULL;
  return block;
}

static GStrv
copy_fields (const TerCsvRecord *record)
{
  return pack_fields (record->fields, record->n_fields);
}

static void
add_rejection (Importer   *self,
               guint       line,
               const char *column,
               GStrv       fields,
               char       *reason)
{
  TerImportRejection *rejection = g_new0 (TerImportRejection, 1);

  rejection->line = line;
  rejection->column = g_strdup (column);
  rejection->reason = reason;
  rejection->fields = fields;
  g_ptr_array_add (self->report->rejections, rejection);
  if (!self->options->skip_invalid)
    self->failed = TRUE;
}

static const char *
column_name (Importer       *self,
             TerImportField  field,
             int            column)
{
  if (column >= 0 && (guint) column < g_strv_length (self->report->header))
    return self->report->header[column];
  return ter_import_field_name (field);
}

/* Rejects the current row of the current order, and so the order. */
G_GNUC_PRINTF (5, 6) static void
reject_row (Importer           *self,
            const TerCsvRecord *record,
            TerImportField      field,
            int                 column,
            const char         *format,
            ...)
{
  va_list args;
  char *reason;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  if (self->rows->len > 0 && g_array_index (self->row_lines, guint, self->rows->len - 1) == record->line)
    {
      /* One reason per row is enough to fix it; keep the first. */
      if (g_array_index (self->row_rejected, gboolean, self->rows->len - 1))
        {
          g_free (reason);
          return;
        }
      g_array_index (self->row_rejected, gboolean, self->rows->len - 1) = TRUE;
      self->order_bad = TRUE;
    }
  add_rejection (self, record->line, field < TER_IMPORT_N_FIELDS ? column_name (self, field, column) : NULL,
                 copy_fields (record), reason);
}

static gint64
lookup_region (Importer   *self,
               const char *text)
{
  g_autofree char *key = NULL;
  gpointer value;

  /* Files repeat a handful of spellings; normalise each once. */
  if (!g_hash_table_lookup_extended (self->region_cache, text, NULL, &value))
    {
      key = ter_import_normalize_name (text);
      value = g_hash_table_lookup (self->regions, key);
      g_hash_table_insert (self->region_cache, g_strdup (text), value);
    }
  return value == AMBIGUOUS_REGION ? -1 : (gint64) GPOINTER_TO_SIZE (value);
}

static gint64
resolve_region (Importer           *self,
                const TerCsvRecord *record)
{
  int column;
  const char *text = get_field (self, record, TER_IMPORT_FIELD_REGION, &column);
  gint64 id;

  if (*text == '\0')
    text = get_field (self, record, TER_IMPORT_FIELD_COUNTRY, NULL);
  if (*text == '\0')
    {
      if (self->default_region_id > 0)
        return self->default_region_id;
      reject_row (self, record, TER_IMPORT_FIELD_REGION, column,
                  _("No province, state or country is given; choose a default region for such rows."));
      return 0;
    }

  id = lookup_region (self, text);
  if (id > 0)
    return id;
  if (id < 0)
    reject_row (self, record, TER_IMPORT_FIELD_REGION, column,
                _("“%s” names more than one region."), text);
  else
    {
      if (g_hash_table_add (self->unmatched, g_strdup (text)))
        g_ptr_array_add (self->report->unmatched_regions, g_strdup (text));
      reject_row (self, record, TER_IMPORT_FIELD_REGION, column,
                  _("“%s” is not a known province or state."), text);
    }
  return 0;
}

static void
clear_order (Importer *self)
{
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->customer, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_array_set_size (self->lines, 0);
  g_ptr_array_set_size (self->products, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->row_lines, 0);
  g_array_set_size (self->row_rejected, 0);
  self->order_bad = FALSE;
  self->region_id = 0;
}

static void
parse_order_date (Importer           *self,
                  const TerCsvRecord *record)
{
  int column;
  const char *text = get_field (self, record, TER_IMPORT_FIELD_ORDER_DATE, &column);
  static const char * const orders[] = { "yyyy-mm-dd", "yyyy-mm-dd", "m/d/yyyy", "d/m/yyyy" };

  if (!ter_import_parse_date (text, self->report->date_order, self->date))
    reject_row (self, record, TER_IMPORT_FIELD_ORDER_DATE, column,
                _("“%s” is not a date (this file writes dates as %s)."),
                text, orders[self->report->date_order]);
}

static void
begin_order (Importer           *self,
             const TerCsvRecord *record,
             const char         *number,
             const char         *source)
{
  const TerImportPreset *preset = self->report->preset;
  const char *text;
  int column;

  self->number = g_strdup (number);
  self->source = g_strdup (source);
  self->order_line = record->line;
  parse_order_date (self, record);

  text = get_field (self, record, TER_IMPORT_FIELD_STATUS, &column);
  self->status = TER_ORDER_COMPLETED;
  if (*text != '\0' && (int) (self->status = ter_import_order_status (text)) < 0)
    reject_row (self, record, TER_IMPORT_FIELD_STATUS, column, _("“%s” is not an order status."), text);

  /* Shop and point-of-sale orders often name no buyer; they are still
   * sales, booked to one walk-in customer. */
  text = get_field (self, record, TER_IMPORT_FIELD_CUSTOMER, &column);
  self->customer = g_strdup (*text != '\0' ? text : _("Walk-in customer"));
  self->customer_type = ter_import_customer_type (get_field (self, record, TER_IMPORT_FIELD_CUSTOMER_TYPE, NULL),
                                                  preset->customer_type);
  self->region_id = resolve_region (self, record);
  self->city = g_strdup (get_field (self, record, TER_IMPORT_FIELD_CITY, NULL));

  text = get_field (self, record, TER_IMPORT_FIELD_CURRENCY, &column);
  if (*text == '\0')
    text = self->options->currency ? self->options->currency : preset->currency ? preset->currency : "USD";
  self->currency = g_ascii_strup (text, -1);
  if (!ter_currency_is_known (self->currency))
    reject_row (self, record, TER_IMPORT_FIELD_CURRENCY, column, _("“%s” is not a currency Territory knows."), text);

  text = get_field (self, record, TER_IMPORT_FIELD_CHANNEL, NULL);
  self->channel = g_strdup (*text != '\0' ? text : preset->channel);
}

static gboolean
parse_money (Importer           *self,
             const TerCsvRecord *record,
             TerImportField      field,
             int                 scale,
             gint64             *value)
{
  int column;
  const char *text = get_field (self, record, field, &column);

  *value = 0;
  if (*text == '\0')
    return FALSE;
  if (!ter_import_parse_decimal (text, self->report->decimal_comma, scale, value))
    {
      reject_row (self, record, field, column, _("“%s” is not a number."), text);
      return FALSE;
    }
  return TRUE;
}

/* Fills unit price and discount from what the file gives: a unit price
 * with an amount or rate off, or only the line's amount after a rate
 * off (Superstore), keeping amount = quantity × unit price − discount
 * exact in minor units. */
static gboolean
compute_line (Importer           *self,
              const TerCsvRecord *record,
              TerOrderLineRecord *line)
{
  int scale = ter_currency_is_known (self->currency) ? ter_currency_digits (self->currency) : 2;
  gint64 amount = 0, rate = 0, profit = 0;
  gboolean has_price, has_amount, has_rate, has_discount;
  int column;

  has_price = parse_money (self, record, TER_IMPORT_FIELD_UNIT_PRICE, scale, &line->unit_price);
  has_discount = parse_money (self, record, TER_IMPORT_FIELD_DISCOUNT, scale, &line->discount);
  has_rate = parse_money (self, record, TER_IMPORT_FIELD_DISCOUNT_RATE, 4, &rate);
  has_amount = parse_money (self, record, TER_IMPORT_FIELD_AMOUNT, scale, &amount);
  if (self->order_bad && g_array_index (self->row_rejected, gboolean, self->rows->len - 1))
    return FALSE;

  if (has_rate && (rate < 0 || rate >= 10000))
    {
      get_field (self, record, TER_IMPORT_FIELD_DISCOUNT_RATE, &column);
      reject_row (self, record, TER_IMPORT_FIELD_DISCOUNT_RATE, column, _("A discount rate must be at least 0 and below 100%%."));
      return FALSE;
    }

  if (has_price)
    {
      if (line->unit_price < 0)
        {
          get_field (self, record, TER_IMPORT_FIELD_UNIT_PRICE, &column);
          reject_row (self, record, TER_IMPORT_FIELD_UNIT_PRICE, column, _("The unit price is negative."));
          return FALSE;
        }
      if (!has_discount && has_rate)
        line->discount = llround ((double) line->quantity * line->unit_price * rate / 10000.0);
      if (has_amount && amount != line->quantity * line->unit_price - line->discount)
        {
          get_field (self, record, TER_IMPORT_FIELD_AMOUNT, &column);
          reject_row (self, record, TER_IMPORT_FIELD_AMOUNT, column,
                      _("The amount is not quantity × unit price − discount."));
          return FALSE;
        }
      amount = line->quantity * line->unit_price - line->discount;
    }
  else if (has_amount)
    {
      double list = (double) amount / (1.0 - rate / 10000.0);

      line->unit_price = llround (fabs (list / (double) line->quantity));
      line->discount = line->quantity * line->unit_price - amount;
    }
  else
    {
      get_field (self, record, TER_IMPORT_FIELD_AMOUNT, &column);
      reject_row (self, record, TER_IMPORT_FIELD_AMOUNT, column, _("Neither a unit price nor an amount is given."));
      return FALSE;
    }

  if (parse_money (self, record, TER_IMPORT_FIELD_PROFIT, scale, &profit))
    line->cost = amount - profit;
  else
    parse_money (self, record, TER_IMPORT_FIELD_COST, scale, &line->cost);
  return !g_array_index (self->row_rejected, gboolean, self->rows->len - 1);
}

static void
parse_line (Importer           *self,
            const TerCsvRecord *record)
{
  TerOrderLineRecord line = { 0 };
  ProductKey *product;
  const char *sku = get_field (self, record, TER_IMPORT_FIELD_SKU, NULL);
  const char *name = get_field (self, record, TER_IMPORT_FIELD_PRODUCT, NULL);
  gint64 quantity;
  int column;

  if (*sku == '\0' && *name == '\0')
    {
      get_field (self, record, TER_IMPORT_FIELD_PRODUCT, &column);
      reject_row (self, record, TER_IMPORT_FIELD_PRODUCT, column, _("Neither a product nor a SKU is given."));
      return;
    }

  get_field (self, record, TER_IMPORT_FIELD_QUANTITY, &column);
  if (!parse_money (self, record, TER_IMPORT_FIELD_QUANTITY, 2, &quantity)
      || quantity % 100 != 0 || quantity == 0)
    {
      reject_row (self, record, TER_IMPORT_FIELD_QUANTITY, column,
                  _("The quantity must be a whole number other than 0."));
      return;
    }
  line.quantity = quantity / 100;
  if (!compute_line (self, record, &line))
    return;

  product = g_new0 (ProductKey, 1);
  product->sku = g_strdup (*sku != '\0' ? sku : name);
  product->name = g_strdup (*name != '\0' ? name : sku);
  product->category = g_strdup (get_field (self, record, TER_IMPORT_FIELD_CATEGORY, NULL));
  g_array_append_val (self->lines, line);
  g_ptr_array_add (self->products, product);
}

void
ter_import_reject_order_rows (Importer   *self,
                              const char *reason)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (self->rows, i);

      if (g_array_index (self->row_rejected, gboolean, i))
        continue;
      add_rejection (self, g_array_index (self->row_lines, guint, i), NULL,
                     pack_fields ((const char * const *) row, g_strv_length (row)), g_strdup (reason));
    }
}

static gboolean
flush_order (Importer  *self,
             GError   **error)
{
  gboolean ok = TRUE;

  if (self->number == NULL)
    return TRUE;

  if (self->order_bad)
    {
      g_autofree char *reason =
        g_strdup_printf (_("Another line of order %s was rejected; an order is imported whole or not at all."),
                         self->number);
      ter_import_reject_order_rows (self, reason);
    }
  else if (!self->failed)
    ok = ter_import_write_order (self, error);

  clear_order (self);
  return ok;
}

static void
add_row (Importer           *self,
         const TerCsvRecord *record)
{
  gboolean rejected = FALSE;

  g_ptr_array_add (self->rows, copy_fields (record));
  g_array_append_val (self->row_lines, record->line);
  g_array_append_val (self->row_rejected, rejected);
}

static gboolean
start_order_if_new (Importer           *self,
                    const TerCsvRecord *record,
                    const char         *number,
                    GError            **error)
{
  const char *source = get_field (self, record, TER_IMPORT_FIELD_SOURCE, NULL);
  g_autofree char *key = NULL;
  gpointer first_line;

  if (*source == '\0')
    source = self->report->source;
  if (self->number != NULL && g_str_equal (number, self->number) && g_str_equal (source, self->source))
    return TRUE;
  if (!flush_order (self, error))
    return FALSE;

  key = g_strconcat (source, "\x1f", number, NULL);
  first_line = g_hash_table_lookup (self->seen_orders, key);
  add_row (self, record);
  begin_order (self, record, number, source);
  if (first_line != NULL)
    {
      int column;

      get_field (self, record, TER_IMPORT_FIELD_ORDER_NUMBER, &column);
      reject_row (self, record, TER_IMPORT_FIELD_ORDER_NUMBER, column,
                  _("Order %s already appeared on line %u; the lines of an order must follow each other."),
                  number, GPOINTER_TO_UINT (first_line));
    }
  else
    g_hash_table_insert (self->seen_orders, g_steal_pointer (&key), GUINT_TO_POINTER (record->line));
  return TRUE;
}

static gboolean
read_header (Importer           *self,
             const TerCsvRecord *record,
             GError            **error)
{
  gint64 count;

  self->report->header = g_new0 (char *, record->n_fields + 1);
  for (guint i = 0; i < record->n_fields; i++)
    self->report->header[i] = g_strdup (record->fields[i]);

  self->report->preset = ter_import_preset_detect (record->fields, record->n_fields,
                                                   self->options->preset, &self->mapping);
  if (self->choices != NULL && self->choices[0] != NULL)
    {
      /* The user's choices complete or correct what was recognised. */
      if (self->report->preset == NULL)
        {
          self->report->preset = ter_import_preset_lookup (self->options->preset ? self->options->preset : "generic");
          ter_import_mapping_clear (&self->mapping);
        }
      if (!ter_import_mapping_apply (&self->mapping, record->fields, record->n_fields,
                                     (const char * const *) self->choices, error))
        return FALSE;
      if (!ter_import_mapping_is_usable (&self->mapping))
        {
          g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_OPTION,
                       _("The chosen columns do not say the order number, order date, customer, product, "
                         "quantity and amount or unit price."));
          return FALSE;
        }
    }
  if (self->report->preset == NULL)
    {
      g_autofree char *found = g_strjoinv (", ", self->report->header);

      g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_UNKNOWN_LAYOUT,
                   _("Line %u does not name the columns an order import needs (order number, order date, "
                     "customer, product, quantity and amount or unit price). It has: %s"),
                   record->line, found);
      return FALSE;
    }
  if (self->report->source == NULL)
    self->report->source = g_strdup (self->report->preset->source ? self->report->preset->source
                                                                  : self->report->file_name);

  count = ter_import_store_count_orders (self->istore, self->report->source, error);
  self->source_is_new = count == 0;
  if (count < 0 || !ter_import_store_begin_bulk (self->istore, self->expected_lines, error))
    return FALSE;
  /* Without skipping, any refused order rolls the whole import back. */
  ter_import_store_begin_bulk_orders (self->istore, !self->options->skip_invalid);
  return TRUE;
}

static gboolean
record_cb (const TerCsvRecord  *record,
           gpointer             user_data,
           GError             **error)
{
  Importer *self = user_data;
  const char *number;
  int column;

  if (self->report->header == NULL)
    return read_header (self, record, error);
  if (record->n_fields == 1 && record->fields[0][0] == '\0')
    return TRUE;

  self->report->rows++;
  if (record->n_fields != g_strv_length (self->report->header))
    {
      g_autoptr(GString) reason = g_string_new (NULL);

      g_string_printf (reason, _("The row has %u fields where the header has %u."),
                       record->n_fields, g_strv_length (self->report->header));
      add_rejection (self, record->line, NULL, copy_fields (record), g_string_free (g_steal_pointer (&reason), FALSE));
      return TRUE;
    }

  number = get_field (self, record, TER_IMPORT_FIELD_ORDER_NUMBER, &column);
  if (*number == '\0')
    {
      add_rejection (self, record->line, column_name (self, TER_IMPORT_FIELD_ORDER_NUMBER, column),
                     copy_fields (record), g_strdup (_("The order number is empty.")));
      return TRUE;
    }

  if (!start_order_if_new (self, record, number, error))
    return FALSE;
  if (self->rows->len == 0 || g_array_index (self->row_lines, guint, self->rows->len - 1) != record->line)
    add_row (self, record);
  if (!g_array_index (self->row_rejected, gboolean, self->rows->len - 1))
    parse_line (self, record);
  return TRUE;
}

typedef struct {
  TerImportMapping  mapping;
  const char * const *choices;
  gboolean          have_mapping;
  TerDateOrder      date_order;
  gboolean          decimal_comma;
} Sniff;

static gboolean
sniff_cb (const TerCsvRecord  *record,
          gpointer             user_data,
          GError             **error)
{
  static const TerImportField money[] = { TER_IMPORT_FIELD_AMOUNT, TER_IMPORT_FIELD_UNIT_PRICE, TER_IMPORT_FIELD_PROFIT };
  Sniff *sniff = user_data;
  int column;

  if (!sniff->have_mapping)
    {
      sniff->have_mapping = TRUE;
      if (ter_import_preset_detect (record->fields, record->n_fields, NULL, &sniff->mapping) == NULL)
        ter_import_mapping_clear (&sniff->mapping);
      /* Errors are reported by the import itself. */
      ter_import_mapping_apply (&sniff->mapping, record->fields, record->n_fields, sniff->choices, NULL);
      return TRUE;
    }

  column = sniff->mapping.columns[TER_IMPORT_FIELD_ORDER_DATE][0];
  if (column >= 0 && (guint) column < record->n_fields && sniff->date_order == TER_DATE_ORDER_AUTO)
    sniff->date_order = ter_import_date_order_hint (record->fields[column]);

  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    {
      column = sniff->mapping.columns[money[i]][0];
      if (column >= 0 && (guint) column < record->n_fields)
        sniff->decimal_comma |= ter_import_looks_decimal_comma (record->fields[column]);
    }
  return TRUE;
}

/* Reads the first records to learn the date order and decimal style the
 * file uses, unless the caller said. */
static void
sniff_file (TerCsvReader           *reader,
            const TerImportOptions *options,
            const char * const     *choices,
            TerImportReport        *report)
{
  Sniff sniff = { .date_order = TER_DATE_ORDER_AUTO, .choices = choices };

  ter_csv_reader_read (reader, SNIFF_RECORDS, sniff_cb, NULL, &sniff, NULL, NULL);
  report->date_order = options->date_order != TER_DATE_ORDER_AUTO ? options->date_order : sniff.date_order;
  if (report->date_order == TER_DATE_ORDER_AUTO)
    report->date_order = TER_DATE_ORDER_MDY;
  report->decimal_comma = options->decimal_comma >= 0 ? options->decimal_comma : sniff.decimal_comma;
}

static gboolean
load_regions (Importer  *self,
              GError   **error)
{
  g_autoptr(GPtrArray) names = ter_import_store_list_region_names (self->istore, error);

  if (names == NULL)
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      TerImportRegionName *name = g_ptr_array_index (names, i);
      char *key = ter_import_normalize_name (name->name);
      gpointer old = g_hash_table_lookup (self->regions, key);
      gpointer value = GSIZE_TO_POINTER ((gsize) name->region_id);

      if (old != NULL && old != value && !name->alias)
        value = AMBIGUOUS_REGION;
      g_hash_table_insert (self->regions, key, value);
    }
  return TRUE;
}

static gboolean
apply_options (Importer  *self,
               GError   **error)
{
  const char * const *aliases = self->options->region_aliases;

  if (!load_regions (self, error))
    return FALSE;

  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      const char *equals = strrchr (aliases[i], '=');
      g_autofree char *name = equals ? g_strndup (aliases[i], equals - aliases[i]) : NULL;
      gint64 id = equals ? lookup_region (self, equals + 1) : 0;

      if (id <= 0 || *name == '\0')
        {
          g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_OPTION,
                       _("“%s” does not map a name to a known region, as in “Nei Menggu=CN-NM”."), aliases[i]);
          return FALSE;
        }
      if (!ter_import_store_remember_region_alias (self->istore, name, id, error))
        return FALSE;
      g_hash_table_insert (self->regions, ter_import_normalize_name (name), GSIZE_TO_POINTER ((gsize) id));
      g_hash_table_remove_all (self->region_cache);
    }

  if (self->options->default_region != NULL
      && (self->default_region_id = lookup_region (self, self->options->default_region)) <= 0)
    {
      g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_OPTION,
                   _("“%s” is not a known region."), self->options->default_region);
      return FALSE;
    }
  return TRUE;
}

static void
importer_init (Importer               *self,
               TerStore               *store,
               const TerImportOptions *options,
               TerImportReport        *report)
{
  self->store = store;
  self->istore = TER_IMPORT_STORE (store);
  self->options = options;
  self->report = report;
  self->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->ids); i++)
    self->ids[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->seen_orders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unmatched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->lines = g_array_new (FALSE, TRUE, sizeof (TerOrderLineRecord));
  self->products = g_ptr_array_new_with_free_func (product_key_free);
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->region_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->row_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->row_rejected = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

static void
importer_clear (Importer *self)
{
  clear_order (self);
  g_hash_table_unref (self->regions);
  g_hash_table_unref (self->region_cache);
  g_strfreev (self->choices);
  for (guint i = 0; i < G_N_ELEMENTS (self->ids); i++)
    g_hash_table_unref (self->ids[i]);
  g_hash_table_unref (self->seen_orders);
  g_hash_table_unref (self->unmatched);
  g_array_unref (self->lines);
  g_ptr_array_unref (self->products);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->row_lines);
  g_array_unref (self->row_rejected);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Importer *self = user_data;

  if (self->progress != NULL)
    self->progress (fraction, self->progress_data);
}

static gboolean
run_import (Importer            *self,
            TerCsvReader        *reader,
            GCancellable        *cancellable,
            GError             **error)
{
  TerImportReport *report = self->report;
  TerImportRunRecord run = { 0 };

  if (!apply_options (self, error)
      || !ter_csv_reader_read (reader, 0, record_cb, progress_cb, self, cancellable, error)
      || !flush_order (self, error)
      || (!self->failed && !ter_import_store_end_bulk (self->istore, error)))
    return FALSE;
  if (report->header == NULL)
    {
      g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_NO_HEADER, _("The file is empty."));
      return FALSE;
    }

  if (self->options->save_mapping != NULL && !self->failed
      && !ter_import_store_save_mapping (self->istore, self->options->save_mapping,
                                         (const char * const *) self->choices, error))
    return FALSE;

  run.source = report->source;
  run.file_name = report->file_name;
  run.preset = report->preset->key;
  run.rows = report->rows;
  run.orders_added = report->orders_added;
  run.orders_skipped = report->orders_skipped;
  run.rows_rejected = report->rejections->len;
  return self->failed || ter_import_store_add_run (self->istore, &run, error);
}

/* The saved mapping's choices, then the caller's, which win. */
static GStrv
load_choices (TerImportStore          *store,
              const TerImportOptions  *options,
              GError                 **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) saved = NULL;

  if (options->mapping != NULL)
    {
      saved = ter_import_store_load_mapping (store, options->mapping, error);
      if (saved == NULL)
        return NULL;
      g_strv_builder_addv (builder, (const char **) saved);
    }
  if (options->columns != NULL)
    g_strv_builder_addv (builder, (const char **) options->columns);
  return g_strv_builder_end (builder);
}

TerImportReport *
ter_import_reader (TerStore                *store,
                   TerCsvReader            *reader,
                   const char              *file_name,
                   const TerImportOptions  *options,
                   TerCsvProgressFunc       progress,
                   gpointer                 user_data,
                   GCancellable            *cancellable,
                   GError                 **error)
{
  static const TerImportOptions defaults = TER_IMPORT_OPTIONS_INIT;
  g_autoptr(TerImportReport) report = g_new0 (TerImportReport, 1);
  g_auto(GStrv) choices = NULL;
  Importer self = { 0 };
  gboolean ok;

  g_return_val_if_fail (TER_IS_IMPORT_STORE (store), NULL);

  options = options ? options : &defaults;
  report->file_name = g_path_get_basename (file_name);
  report->format = *ter_csv_reader_get_format (reader);
  report->format.encoding = g_strdup (report->format.encoding);
  report->rejections = g_ptr_array_new_with_free_func (rejection_free);
  report->unmatched_regions = g_ptr_array_new_with_free_func (g_free);
  if (options->preset != NULL && ter_import_preset_lookup (options->preset) == NULL)
    {
      g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_OPTION,
                   _("“%s” is not a known file layout."), options->preset);
      return NULL;
    }
  choices = load_choices (TER_IMPORT_STORE (store), options, error);
  if (choices == NULL)
    return NULL;
  sniff_file (reader, options, (const char * const *) choices, report);

  /* Orders are deduplicated per source: a preset's platform, else the
   * file's name, so importing the same file twice adds nothing. */
  if (options->source != NULL)
    report->source = g_strdup (options->source);

  if (!ter_store_begin (store, error))
    return NULL;

  importer_init (&self, store, options, report);
  self.choices = g_steal_pointer (&choices);
  self.expected_lines = ter_csv_reader_count_lines (reader);
  self.progress = progress;
  self.progress_data = user_data;
  ok = run_import (&self, reader, cancellable, error);
  importer_clear (&self);

  if (!ok || self.failed)
    {
      /* Rolled back: the report says what stayed in the database. */
      ter_store_rollback (store);
      report->orders_added = report->lines_added = 0;
      report->customers_added = report->products_added = report->channels_added = 0;
    }
  else if (ter_store_commit (store, error))
    report->committed = TRUE;
  else
    {
      ter_store_rollback (store);
      return NULL;
    }

  if (!ok)
    return NULL;
  return g_steal_pointer (&report);
}

TerImportReport *
ter_import_file (TerStore                *store,
                 const char              *path,
                 const TerImportOptions  *options,
                 TerCsvProgressFunc       progress,
                 gpointer                 user_data,
                 GCancellable            *cancellable,
                 GError                 **error)
{
  g_autoptr(TerCsvReader) reader = ter_csv_reader_new (path, error);

  if (reader == NULL)
    return NULL;
  return ter_import_reader (store, reader, path, options, progress, user_data, cancellable, error);
}

gboolean
ter_import_report_write_rejects (TerImportReport  *report,
                                 const char       *path,
                                 GError          **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  guint n_header = report->header ? g_strv_length (report->header) : 0;

  /* The header with two columns more: where and why. */
  for (guint i = 0; i < n_header; i++)
    g_ptr_array_add (fields, report->header[i]);
  g_ptr_array_add (fields, (gpointer) _("Rejected line"));
  g_ptr_array_add (fields, (gpointer) _("Reason"));
  ter_csv_append_record (out, (const char * const *) fields->pdata, fields->len);

  for (guint r = 0; r < report->rejections->len; r++)
    {
      TerImportRejection *rejection = g_ptr_array_index (report->rejections, r);
      g_autofree char *line = g_strdup_printf ("%u", rejection->line);
      g_autofree char *reason = rejection->column
        ? g_strdup_printf ("%s: %s", rejection->column, rejection->reason)
        : g_strdup (rejection->reason);

      g_ptr_array_set_size (fields, 0);
      for (guint i = 0; rejection->fields != NULL && rejection->fields[i] != NULL; i++)
        g_ptr_array_add (fields, rejection->fields[i]);
      while (fields->len < n_header)
        g_ptr_array_add (fields, (gpointer) "");
      g_ptr_array_add (fields, line);
      g_ptr_array_add (fields, reason);
      ter_csv_append_record (out, (const char * const *) fields->pdata, fields->len);
    }

  /* A byte order mark makes Excel read the file as UTF-8. */
  g_string_prepend (out, "\xef\xbb\xbf");
  return g_file_set_contents (path, out->str, out->len, error);
}
