/* test-import.c: CSV import of each preset, encodings, date and number
 * styles, rejections, deduplication and cancelling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ter-export.h"
#include "ter-import.h"
#include "ter-import-store.h"
#include "ter-sqlite-store.h"

typedef struct {
  char           *dir;
  char           *path;
  TerSqliteStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("territory-import-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "t.db", NULL);
  f->store = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

/* One integer from the test's database, through a second connection so
 * that only committed rows count. */
static gint64
sql_int (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
sql_text (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static TerImportReport *
import (Fixture                *f,
        const char             *name,
        const TerImportOptions *options)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  TerImportReport *report;

  report = ter_import_file (TER_STORE (f->store), path, options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Parsing */

static void
test_dates (void)
{
  static const struct { const char *text; TerDateOrder order; const char *iso; } cases[] = {
    { "2025-10-31", TER_DATE_ORDER_AUTO, "2025-10-31" },
    { "2025/1/5", TER_DATE_ORDER_AUTO, "2025-01-05" },
    { "2025-10-31T23:59:59+08:00", TER_DATE_ORDER_AUTO, "2025-10-31" },
    { "2025-05-11 09:55:16 -0400", TER_DATE_ORDER_AUTO, "2025-05-11" },
    { "2025-05-11 09:55Z", TER_DATE_ORDER_AUTO, "2025-05-11" },
    { "11/8/2018", TER_DATE_ORDER_MDY, "2018-11-08" },
    { "11/8/2018", TER_DATE_ORDER_DMY, "2018-08-11" },
    { "12/25/2024 3:05 PM", TER_DATE_ORDER_MDY, "2024-12-25" },
    { "31/10/2025", TER_DATE_ORDER_DMY, "2025-10-31" },
    { "31-10-25", TER_DATE_ORDER_AUTO, "2025-10-31" },
    { "02-11-99", TER_DATE_ORDER_AUTO, "1999-11-02" },
    { "31.10.2025 08:00", TER_DATE_ORDER_AUTO, "2025-10-31" },
  };
  static const char * const bad[] = {
    "2025-02-30", "13/13/2025", "2025-10-31 25:00", "2025-10-31 10:00 +2500", "31/10", "yesterday", "",
  };
  char iso[11];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (ter_import_parse_date (cases[i].text, cases[i].order, iso));
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (ter_import_parse_date (bad[i], TER_DATE_ORDER_MDY, iso));

  g_assert_cmpint (ter_import_date_order_hint ("25/3/2020"), ==, TER_DATE_ORDER_DMY);
  g_assert_cmpint (ter_import_date_order_hint ("3/25/2020"), ==, TER_DATE_ORDER_MDY);
  g_assert_cmpint (ter_import_date_order_hint ("3/5/2020"), ==, TER_DATE_ORDER_AUTO);
}

static void
test_numbers (void)
{
  static const struct { const char *text; gboolean comma; int scale; gint64 value; } cases[] = {
    { "1,234.56", FALSE, 2, 123456 },
    { "1.234,56", TRUE, 2, 123456 },
    { "41.9136", FALSE, 2, 4191 },
    { "0.005", FALSE, 2, 1 },
    { "-3.5", FALSE, 2, -350 },
    { "(12.00)", FALSE, 2, -1200 },
    { "$12", FALSE, 2, 1200 },
    { "¥1 200", FALSE, 2, 120000 },
    { "1\u00a0200,5", TRUE, 2, 120050 },
    { "20%", FALSE, 4, 2000 },
    { "0.2", FALSE, 4, 2000 },
    { "USD 7", FALSE, 0, 7 },
  };
  gint64 value;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (ter_import_parse_decimal (cases[i].text, cases[i].comma, cases[i].scale, &value));
      g_assert_cmpint (value, ==, cases[i].value);
    }
  g_assert_false (ter_import_parse_decimal ("two", FALSE, 2, &value));
  g_assert_false (ter_import_parse_decimal ("", FALSE, 2, &value));
  g_assert_false (ter_import_parse_decimal ("1-2", FALSE, 2, &value));
  g_assert_true (ter_import_looks_decimal_comma ("99,90"));
  g_assert_true (ter_import_looks_decimal_comma ("1.234,5"));
  g_assert_false (ter_import_looks_decimal_comma ("1,234"));
  g_assert_false (ter_import_looks_decimal_comma ("1,234.50"));
}

/* Presets */

static void
test_superstore_en (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TerImportReport) report = import (f, "superstore-en.csv", NULL);
  g_autofree char *chair = NULL;

  g_assert_cmpstr (report->preset->key, ==, "superstore");
  g_assert_true (report->format.bom);
  g_assert_true (report->format.crlf);
  g_assert_cmpint (report->date_order, ==, TER_DATE_ORDER_MDY);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  g_assert_true (report->committed);
  g_assert_cmpint (report->rows, ==, 4);
  g_assert_cmpint (report->orders_added, ==, 3);
  g_assert_cmpint (report->customers_added, ==, 3);
  g_assert_cmpint (report->products_added, ==, 3);

  /* Quoted commas and doubled quotes survive; amounts are exact. */
  chair = sql_text (f, "SELECT name_en FROM products WHERE sku = 'FUR-CH-1'");
  g_assert_cmpstr (chair, ==, "Chair, \"Deluxe\" Model");
  g_assert_cmpint (sql_int (f, "SELECT sum (amount) FROM order_lines"), ==, 26196 + 1462 + 13098 + 120000);
  g_assert_cmpint (sql_int (f, "SELECT sum (amount - cost) FROM order_lines"), ==, 4191 - 350 + 2096 + 10000);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE order_date = '2024-12-25'"), ==, 1);
  /* Texas and TX are one state; DC by its full name. */
  g_assert_cmpint (sql_int (f, "SELECT count (DISTINCT region_id) FROM orders"), ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders o JOIN regions r ON r.id = o.region_id"
                               " WHERE r.code = 'US-TX'"), ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM customers WHERE type = 'key_account'"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM import_runs"), ==, 1);
}

static void
test_superstore_zh_gb18030 (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(TerImportReport) report = import (f, "superstore-zh-gb18030.csv", NULL);
  g_autofree char *name = NULL;

  g_assert_cmpstr (report->preset->key, ==, "superstore-zh");
  g_assert_cmpstr (report->format.encoding, ==, "GB18030");
  g_assert_cmpuint (report->rejections->len, ==, 0);
  g_assert_cmpint (report->orders_added, ==, 6);

  /* 内蒙古 = 内蒙古自治区 = Inner Mongolia = Nei Mongol = CN-NM. */
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders o JOIN regions r ON r.id = o.region_id"
                               " WHERE r.code = 'CN-NM'"), ==, 5);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE currency = 'CNY'"), ==, 6);
  name = sql_text (f, "SELECT name FROM customers ORDER BY id LIMIT 1");
  g_assert_cmpstr (name, ==, "王伟");
  /* 880 after 20% off: list 1,100.00, unit price 1,100.00, 220.00 off. */
  g_assert_cmpint (sql_int (f, "SELECT unit_price FROM order_lines l JOIN orders o ON o.id = l.order_id"
                               " WHERE o.number = 'CN-2025-2'"), ==, 110000);
  g_assert_cmpint (sql_int (f, "SELECT discount FROM order_lines l JOIN orders o ON o.id = l.order_id"
                               " WHERE o.number = 'CN-2025-2'"), ==, 22000);
}

static void
test_shopify (Fixture       *f,
              gconstpointer  data)
{
  TerImportOptions options = TER_IMPORT_OPTIONS_INIT;
  g_autoptr(TerImportReport) report = NULL;

  /* #1003 names no address at all: refused until a region is chosen. */
  report = import (f, "shopify.csv", NULL);
  g_assert_cmpstr (report->preset->key, ==, "shopify");
  g_assert_false (report->committed);
  g_assert_cmpuint (report->rejections->len, ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 0);
  g_clear_pointer (&report, ter_import_report_free);

  options.default_region = "US-NY";
  report = import (f, "shopify.csv", &options);
  g_assert_true (report->committed);
  g_assert_cmpint (report->orders_added, ==, 3);
  g_assert_cmpint (report->lines_added, ==, 4);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE source = 'shopify'"), ==, 3);
  /* Order-level fields come from the first row of an order. */
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE number = '#1001' AND currency = 'EUR'"
                               " AND order_date = '2025-05-11' AND status = 'completed'"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT sum (amount) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                               " WHERE o.number = '#1001'"), ==, 5990);
  /* The shipping address stands in for a missing billing one. */
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders o JOIN regions r ON r.id = o.region_id"
                               " WHERE o.number = '#1002' AND r.code = 'US-MA' AND o.status = 'cancelled'"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT amount FROM order_lines l JOIN orders o ON o.id = l.order_id"
                               " WHERE o.number = '#1002'"), ==, 1800);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM channels WHERE code = 'shopify'"), ==, 1);
}

static void
test_territory_export (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TerImportReport) report = import (f, "territory.csv", NULL);

  g_assert_cmpstr (report->preset->key, ==, "territory");
  g_assert_cmpuint (report->rejections->len, ==, 0);
  g_assert_cmpint (report->orders_added, ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE status = 'return' AND source = 'territory'"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT sum (amount) FROM order_lines"), ==, 1989100 + 198000 - 19800);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM customers WHERE type = 'distributor'"), ==, 1);
}

static void
test_generic_dmy (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TerImportReport) report = import (f, "generic-dmy.csv", NULL);

  g_assert_cmpstr (report->preset->key, ==, "generic");
  g_assert_cmpint (report->format.delimiter, ==, ';');
  g_assert_true (report->decimal_comma);
  g_assert_cmpint (report->date_order, ==, TER_DATE_ORDER_DMY);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE order_date IN ('2025-10-31', '2025-11-01', '2025-11-02')"), ==, 3);
  g_assert_cmpint (sql_int (f, "SELECT sum (amount) FROM order_lines"), ==, 123450 + 9990 + 1000);
  g_assert_cmpint (sql_int (f, "SELECT count (DISTINCT region_id) FROM orders"), ==, 1);
}

/* Nothing lost, nothing doubled */

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TerImportReport) report = import (f, "malformed.csv", NULL);
  TerImportRejection *rejection;

  g_assert_false (report->committed);
  g_assert_cmpuint (report->rejections->len, ==, 3);
  rejection = g_ptr_array_index (report->rejections, 0);
  g_assert_cmpuint (rejection->line, ==, 4);
  g_assert_cmpstr (rejection->column, ==, "Order Date");
  g_assert_nonnull (strstr (rejection->reason, "2025-13-45"));
  rejection = g_ptr_array_index (report->rejections, 1);
  g_assert_cmpuint (rejection->line, ==, 5);
  g_assert_cmpstr (rejection->column, ==, "Quantity");
  rejection = g_ptr_array_index (report->rejections, 2);
  g_assert_cmpuint (rejection->line, ==, 6);
  g_assert_cmpstr (rejection->column, ==, "State");
  g_assert_cmpuint (report->unmatched_regions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->unmatched_regions, 0), ==, "Atlantis");

  /* The database is unchanged: not even customers or the history. */
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM customers"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM products"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM import_runs"), ==, 0);
}

static void
test_broken_quote (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path ("broken-quote.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(TerImportReport) report = NULL;

  report = ter_import_file (TER_STORE (f->store), path, NULL, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "3"));
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 0);
}

static void
test_skip_invalid (Fixture       *f,
                   gconstpointer  data)
{
  TerImportOptions options = TER_IMPORT_OPTIONS_INIT;
  g_autoptr(TerImportReport) report = NULL;
  g_autoptr(TerCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rejects = g_build_filename (f->dir, "rejects.csv", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  options.skip_invalid = TRUE;
  options.region_aliases = (const char * const[]) { "Atlantis=US-UT", NULL };
  report = import (f, "malformed.csv", &options);
  g_assert_true (report->committed);
  g_assert_cmpint (report->orders_added, ==, 3);
  g_assert_cmpuint (report->rejections->len, ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 3);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM region_aliases WHERE alias = 'Atlantis'"), ==, 1);

  /* The rejected rows, as read, with where and why. */
  g_assert_true (ter_import_report_write_rejects (report, rejects, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (rejects, &contents, &length, NULL));
  reader = ter_csv_reader_new_for_data (contents, length, &error);
  g_assert_no_error (error);
  g_assert_true (ter_csv_reader_get_format (reader)->bom);
  g_assert_nonnull (strstr (contents, "M-3,2025-13-45,Cid,Utah,Pen,10,1,0,2,4,"));
  g_assert_nonnull (strstr (contents, "M-4,2025-10-04,Dee,Iowa,Pen,10,two,0,2,5,"));
  g_assert_null (strstr (contents, "M-1"));
}

/* Attribution is looked up once per region and day during an import, in
 * both modes: each order must still get the territory of its own day. */
static void
test_attribution (Fixture       *f,
                  gconstpointer  data)
{
  TerStore *store = TER_STORE (f->store);
  TerImportOptions options = { 0 };
  TerTerritoryRecord territory = { .currency = "USD" };
  g_autoptr(TerImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 texas, before, after;

  texas = sql_int (f, "SELECT id FROM regions WHERE code = 'US-TX'");
  territory.name = "Before";
  before = ter_store_add_territory (store, &territory, &error);
  territory.name = "After";
  after = ter_store_add_territory (store, &territory, &error);
  g_assert_no_error (error);
  g_assert_true (ter_store_assign_region (store, texas, before, 0, "2024-01-01", &error));
  g_assert_true (ter_store_assign_region (store, texas, after, 0, "2024-12-01", &error));
  g_assert_no_error (error);

  options.skip_invalid = GPOINTER_TO_INT (data);
  report = import (f, "superstore-en.csv", &options);
  g_assert_true (report->committed);
  g_assert_cmpint (sql_int (f, "SELECT territory_id FROM orders WHERE order_date = '2024-11-08'"), ==, before);
  g_assert_cmpint (sql_int (f, "SELECT territory_id FROM orders WHERE order_date = '2024-12-25'"), ==, after);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders WHERE territory_id IS NULL"), ==, 1);
}

static void
test_second_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TerImportReport) first = import (f, "superstore-en.csv", NULL);
  g_autoptr(TerImportReport) second = import (f, "superstore-en.csv", NULL);

  g_assert_cmpint (first->orders_added, ==, 3);
  g_assert_true (second->committed);
  g_assert_cmpint (second->orders_added, ==, 0);
  g_assert_cmpint (second->orders_skipped, ==, 3);
  g_assert_cmpint (second->customers_added, ==, 0);
  g_assert_cmpint (second->products_added, ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 3);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM order_lines"), ==, 4);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM customers"), ==, 3);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM import_runs"), ==, 2);
}

static void
cancel_cb (double   fraction,
           gpointer user_data)
{
  if (fraction < 1.0)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("Order ID,Order Date,Customer Name,State,Product Name,Sales,Quantity\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TerCsvReader) reader = NULL;
  g_autoptr(TerImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* Enough lines for the reader to report progress before the end. */
  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (csv, "C-%u,2025-10-%02u,Customer %u,Texas,Pen,%u.50,1\n", i, 1 + i % 28, i % 50, i % 90);
  reader = ter_csv_reader_new_for_data (csv->str, csv->len, &error);
  g_assert_no_error (error);

  report = ter_import_reader (TER_STORE (f->store), reader, "big.csv", NULL, cancel_cb, cancellable,
                              cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM customers"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM import_runs"), ==, 0);

  /* The store is usable afterwards, and the same data imports whole. */
  g_clear_error (&error);
  report = ter_import_reader (TER_STORE (f->store), reader, "big.csv", NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->orders_added, ==, 40000);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM customers"), ==, 50);
}

static void
test_unknown_layout (Fixture       *f,
                     gconstpointer  data)
{
  static const char csv[] = "a,b,c\n1,2,3\n";
  g_autoptr(TerCsvReader) reader = ter_csv_reader_new_for_data (csv, strlen (csv), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TerImportReport) report = NULL;

  report = ter_import_reader (TER_STORE (f->store), reader, "x.csv", NULL, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_UNKNOWN_LAYOUT);
  g_assert_nonnull (strstr (error->message, "a, b, c"));
}

static void
test_custom_columns (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const columns[] = {
    "order-number=单号", "order-date=下单时间", "customer=买家", "region=收货省份",
    "product=商品", "quantity=件数", "amount=实付金额", NULL,
  };
  g_autofree char *path = fixture_path ("custom-columns.csv");
  TerImportOptions options = TER_IMPORT_OPTIONS_INIT;
  g_autoptr(TerImportReport) first = NULL;
  g_autoptr(TerImportReport) second = NULL;
  g_autoptr(TerImportReport) none = NULL;
  g_autoptr(GError) error = NULL;

  /* Headers nobody guesses: refused until the columns are named. */
  none = ter_import_file (TER_STORE (f->store), path, NULL, NULL, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_UNKNOWN_LAYOUT);
  g_clear_error (&error);

  options.columns = columns;
  options.currency = "CNY";
  options.save_mapping = "京东导出";
  first = import (f, "custom-columns.csv", &options);
  g_assert_cmpuint (first->rejections->len, ==, 0);
  g_assert_cmpint (first->orders_added, ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT sum (amount) FROM order_lines"), ==, 299900 + 599800);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders o JOIN regions r ON r.id = o.region_id"
                               " WHERE r.code = 'CN-NM' AND o.currency = 'CNY'"), ==, 2);

  /* The saved choices are reused by name; nothing is doubled. */
  options.columns = NULL;
  options.save_mapping = NULL;
  options.mapping = "京东导出";
  second = import (f, "custom-columns.csv", &options);
  g_assert_cmpint (second->orders_skipped, ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 2);

  /* A column the file lacks, and a mapping never saved, are named. */
  options.mapping = NULL;
  options.columns = (const char * const[]) { "order-date=Date", NULL };
  g_assert_null (ter_import_file (TER_STORE (f->store), path, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "Date"));
  g_clear_error (&error);
  options.columns = NULL;
  options.mapping = "淘宝";
  g_assert_null (ter_import_file (TER_STORE (f->store), path, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND);
}

/* Export, backup and restore */

static char *
unzip_member (const char *zip,
              const char *member)
{
  const char *argv[] = { "unzip", "-p", zip, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_export_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TerImportReport) report = import (f, "territory.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "orders.xlsx", NULL);
  g_autofree char *sheet = NULL, *styles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) date_cell = NULL, money_cell = NULL;

  g_assert_cmpint (ter_export_table (TER_STORE (f->store), "orders", xlsx, TER_EXPORT_XLSX, &error), ==, 3);
  g_assert_no_error (error);

  sheet = unzip_member (xlsx, "xl/worksheets/sheet1.xml");
  styles = unzip_member (xlsx, "xl/styles.xml");
  /* 2 October 2025 is day 45932 of Excel's calendar, in a date format. */
  date_cell = g_regex_new ("<c r=\"C2\" s=\"[0-9]+\"><v>45932</v></c>", 0, 0, NULL);
  g_assert_true (g_regex_match (date_cell, sheet, 0, NULL));
  /* Money is a number, not text, in a currency format. */
  money_cell = g_regex_new ("<c r=\"O2\" s=\"[0-9]+\"><v>1999</v></c>", 0, 0, NULL);
  g_assert_true (g_regex_match (money_cell, sheet, 0, NULL));
  g_assert_nonnull (strstr (sheet, "<c r=\"Q4\" s=\""));
  g_assert_nonnull (strstr (sheet, "<v>-198</v>"));
  g_assert_nonnull (strstr (sheet, "<c r=\"N2\"><v>10</v></c>"));
  g_assert_nonnull (strstr (sheet, "<t>华东经销商</t>"));
  g_assert_nonnull (strstr (styles, "formatCode=\"yyyy-mm-dd\""));
  g_assert_nonnull (strstr (styles, "formatCode=\"&quot;¥&quot;#,##0.00\""));
}

static void
test_export_csv_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(TerImportReport) first = import (f, "superstore-zh-gb18030.csv", NULL);
  g_autoptr(TerImportReport) again = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "orders.csv", NULL);
  g_autoptr(GError) error = NULL;
  gint64 total = sql_int (f, "SELECT sum (amount) FROM order_lines");

  g_assert_cmpint (ter_export_table (TER_STORE (f->store), "orders", csv, TER_EXPORT_CSV, &error), ==, 6);
  g_assert_no_error (error);

  /* Territory's own export comes back as the same orders, not doubled. */
  again = ter_import_file (TER_STORE (f->store), csv, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->preset->key, ==, "territory");
  g_assert_cmpuint (again->rejections->len, ==, 0);
  g_assert_cmpint (again->orders_skipped, ==, 6);
  g_assert_cmpint (again->orders_added, ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT sum (amount) FROM order_lines"), ==, total);

  g_assert_cmpint (ter_export_table (TER_STORE (f->store), "no-such-table", csv, TER_EXPORT_CSV, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TerImportReport) first = import (f, "superstore-en.csv", NULL);
  g_autoptr(TerImportReport) second = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *fixture = fixture_path ("territory.csv");
  g_autoptr(GError) error = NULL;

  g_assert_true (ter_import_store_backup (TER_IMPORT_STORE (f->store), backup, &error));
  g_assert_no_error (error);
  second = import (f, "territory.csv", NULL);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 5);

  g_assert_true (ter_import_store_restore (TER_IMPORT_STORE (f->store), backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 3);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM import_runs"), ==, 1);

  /* A CSV file is no backup; the database stays as it was. */
  g_assert_false (ter_import_store_restore (TER_IMPORT_STORE (f->store), fixture, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_TERRITORY);
  g_assert_cmpint (sql_int (f, "SELECT count (*) FROM orders"), ==, 3);
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/parse/dates", test_dates);
  g_test_add_func ("/import/parse/numbers", test_numbers);
  ADD ("/import/preset/superstore-en", test_superstore_en);
  ADD ("/import/preset/superstore-zh-gb18030", test_superstore_zh_gb18030);
  ADD ("/import/preset/shopify", test_shopify);
  ADD ("/import/preset/territory", test_territory_export);
  ADD ("/import/preset/generic-dmy", test_generic_dmy);
  ADD ("/import/malformed", test_malformed);
  ADD ("/import/broken-quote", test_broken_quote);
  ADD ("/import/skip-invalid", test_skip_invalid);
  ADD ("/import/second-import", test_second_import);
  g_test_add ("/import/attribution/all-or-nothing", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_attribution, fixture_teardown);
  g_test_add ("/import/attribution/skip-invalid", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_attribution, fixture_teardown);
  ADD ("/import/cancel", test_cancel);
  ADD ("/import/unknown-layout", test_unknown_layout);
  ADD ("/import/custom-columns", test_custom_columns);
  ADD ("/export/xlsx", test_export_xlsx);
  ADD ("/export/csv-round-trip", test_export_csv_round_trip);
  ADD ("/export/backup-restore", test_backup_restore);

  return g_test_run ();
}
