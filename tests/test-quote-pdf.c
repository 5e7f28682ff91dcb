/* test-quote-pdf.c: the text of quote and bid PDFs, read back with
 * pdftotext, in the language the test runs in (meson runs it in English
 * and in Chinese).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ter-format.h"
#include "ter-quote-pdf.h"
#include "ter-region.h"
#include "ter-sqlite-store.h"

static TerQuoteDoc *
make_doc (TerSqliteStore *sqlite,
          guint           n_lines)
{
  TerStore *store = TER_STORE (sqlite);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = ter_store_list_regions (store, NULL, &error);
  g_autoptr(TerRegion) region = g_list_model_get_item (regions, 0);
  TerRepRecord rep = { "Li Lei", NULL, NULL, TER_REP_ROLE_SALES_REP, 0, 0, "2020-01-01" };
  TerCategoryRecord cat = { "pumps", "Pumps", "水泵", 0 };
  TerCustomerRecord cust = { "Acme Trading 华东贸易", TER_CUSTOMER_DEALER, 0, NULL, 0, 1000000, "CNY",
                             "Wang Fang", NULL, "2020-01-01" };
  g_autofree TerQuoteLineRecord *lines = g_new0 (TerQuoteLineRecord, n_lines);
  TerQuoteContent content = { "2099-12-31", 500, 1300, "DDP Shanghai", "30 days net", NULL, lines, n_lines };
  TerQuoteHeader header = { 0, NULL, 0, NULL, "2026-03-01" };
  gint64 cat_id, quote_id;

  cust.region_id = ter_region_get_id (region);
  cust.owner_rep_id = ter_store_add_rep (store, &rep, &error);
  header.customer_id = ter_store_add_customer (store, &cust, &error);
  cat_id = ter_store_add_category (store, &cat, &error);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autofree char *sku = g_strdup_printf ("PMP-%03u", i + 1);
      g_autofree char *en = g_strdup_printf ("Centrifugal pump %u", i + 1);
      g_autofree char *zh = g_strdup_printf ("离心泵 %u 型", i + 1);
      TerProductRecord p = { sku, en, zh, cat_id };

      lines[i].product_id = ter_store_add_product (store, &p, &error);
      ter_store_set_product_price (store, lines[i].product_id, "CNY", 123456, 60000, &error);
      lines[i].quantity = 2;
      lines[i].unit_price = -1;
    }
  g_assert_no_error (error);

  quote_id = ter_quote_store_create (TER_QUOTE_STORE (sqlite), &header, &content, &error);
  g_assert_no_error (error);
  return ter_quote_store_load (TER_QUOTE_STORE (sqlite), quote_id, 0, &error);
}

static char *
pdf_text (const TerQuoteDoc     *doc,
          TerQuoteDocumentKind   kind)
{
  g_autofree char *dir = g_dir_make_tmp ("quote-pdf-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "q.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "q.txt", NULL);
  TerQuoteCompany company = { "Territory Pumps Ltd. 版图泵业", "1 Harbour Road, Shanghai", NULL,
                              "Founded in 1998, we make pumps.", "91310000MA1FL0TX2K",
                              "ICBC Shanghai 1001 2345 6789", "Goods remain ours until paid in full." };
  const char *argv[] = { "pdftotext", pdf, txt, NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status = 0;

  g_assert_true (ter_quote_pdf_write (doc, kind, &company, pdf, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_file_get_contents (txt, &text, NULL, &error);
  g_assert_no_error (error);
  /* TER_KEEP_PDF=DIR keeps a copy for looking at the layout. */
  if (g_getenv ("TER_KEEP_PDF") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.pdf", kind == TER_QUOTE_DOCUMENT_BID ? "bid" : "quote",
                                               ter_locale_is_chinese () ? "zh" : "en");
      g_autofree char *keep = g_build_filename (g_getenv ("TER_KEEP_PDF"), name, NULL);

      g_rename (pdf, keep);
    }
  g_unlink (pdf);
  g_unlink (txt);
  g_rmdir (dir);
  return text;
}

static void
assert_contains (const char *text,
                 const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("“%s” is not in the PDF text:\n%s", wanted, text);
}

static void
test_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (":memory:", &error);
  g_autoptr(TerQuoteDoc) doc = make_doc (sqlite, 3);
  g_autofree char *text = pdf_text (doc, TER_QUOTE_DOCUMENT_QUOTE);
  g_autofree char *total = ter_format_money (doc->totals.total, "CNY");
  gboolean zh = ter_locale_is_chinese ();

  /* 3 × 2 × 1,234.56 = 7,407.36; 5 % off = 370.37 (per line 123.46 × 3
   * = 370.38); tax 13 % per line. The printed total is the model's. */
  assert_contains (text, total);
  assert_contains (text, doc->number);
  assert_contains (text, "Territory Pumps Ltd.");
  assert_contains (text, "Acme Trading 华东贸易");
  assert_contains (text, zh ? "报价单" : "Quotation");
  assert_contains (text, zh ? "离心泵 2 型" : "Centrifugal pump 2");
  assert_contains (text, zh ? "第 1 页，共 1 页" : "Page 1 of 1");
  assert_contains (text, zh ? "付款：30 days net" : "Payment: 30 days net");
  /* The company details from Preferences. */
  assert_contains (text, "91310000MA1FL0TX2K");
  assert_contains (text, "ICBC Shanghai 1001 2345 6789");
  assert_contains (text, "Goods remain ours until paid in full.");
}

static void
test_bid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) sqlite = ter_sqlite_store_open (":memory:", &error);
  g_autoptr(TerQuoteDoc) doc = make_doc (sqlite, 60);
  g_autofree char *text = pdf_text (doc, TER_QUOTE_DOCUMENT_BID);
  g_autofree char *total = ter_format_money (doc->totals.total, "CNY");
  gboolean zh = ter_locale_is_chinese ();
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  /* A cover, then sections; 60 lines make the price schedule span pages. */
  g_assert_cmpuint (g_strv_length (pages) - 1, >=, 4);
  assert_contains (pages[0], zh ? "投标文件" : "Bid Document");
  assert_contains (text, "Founded in 1998, we make pumps.");
  assert_contains (text, zh ? "技术方案" : "Technical proposal");
  assert_contains (text, zh ? "商务方案" : "Commercial proposal");
  assert_contains (text, zh ? "报价明细" : "Price schedule");
  assert_contains (text, total);
  assert_contains (text, zh ? "离心泵 60 型" : "Centrifugal pump 60");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TERRITORY_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quote-pdf/quote", test_quote);
  g_test_add_func ("/quote-pdf/bid", test_bid);
  return g_test_run ();
}
