/* test-quotes-page.c: the Quotes page on the demo company: the pipeline
 * fills in, a quote opens with its lines and history, and the page is
 * captured as PNG (quotes-LANG.png, -dark, -narrow) for looking at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ter-demo.h"
#include "ter-format.h"
#include "ter-page.h"
#include "ter-quote-bid-dialog.h"
#include "ter-quote-company-page.h"
#include "ter-quote-editor.h"
#include "ter-quotes-page.h"
#include "ter-quotes-page-private.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"

static gboolean
has_quotes (TerQuotesPage *page)
{
  return ter_quotes_page_get_n_quotes (page) > 0;
}

static void
settle (void)
{
  for (int i = 0; i < 40; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The newest demo quote is a draft: its Submit button moves it on. */
static void
check_submit (TerQuotesPage *page,
              TerQuoteStore *quotes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) list = ter_quote_store_list (quotes, NULL, &error);
  const TerQuoteSummary *first = &g_array_index (list, TerQuoteSummary, 0);
  g_autoptr(TerQuoteDoc) doc = NULL;
  GtkWidget *submit;

  g_assert_cmpint (first->status, ==, TER_QUOTE_DRAFT);
  ter_quotes_page_select (page, 0);
  submit = find_button (GTK_WIDGET (page), ter_quote_action_to_label (TER_QUOTE_ACTION_SUBMIT));
  g_assert_nonnull (submit);
  g_signal_emit_by_name (submit, "clicked");

  doc = ter_quote_store_load (quotes, first->id, 0, &error);
  g_assert_no_error (error);
  g_assert_true (doc->status == TER_QUOTE_APPROVED || doc->status == TER_QUOTE_PENDING_APPROVAL);
}

/* With a Work As user chosen, only a manager with the authority may
 * approve, and the approval is recorded in that person's name. */
static void
check_approval (TerQuotesPage *page,
                TerContext    *context,
                TerQuoteStore *quotes)
{
  TerQuoteList *list = ter_quotes_page_get_list (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(TerQuoteDoc) approved = NULL;
  const char *approve_label = ter_quote_action_to_label (TER_QUOTE_ACTION_APPROVE);
  GtkWidget *approve;
  gint64 id = 0, rep = 0, approver = 0;

  for (guint i = 0; id == 0 && i < ter_quote_list_get_n_quotes (list); i++)
    {
      g_autoptr(TerQuoteDoc) doc = ter_quote_store_load (quotes, ter_quote_list_get_id (list, i), 0, NULL);

      if (doc->status == TER_QUOTE_PENDING_APPROVAL)
        {
          id = doc->id;
          rep = doc->rep_id;
          approver = ter_quote_store_find_approver (quotes, rep, doc->totals.discount_bp);
          ter_context_set_acting_rep_id (context, rep);
          ter_quotes_page_select (page, i);
        }
    }
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (approver, >, 0);

  /* The quote's own rep cannot approve it. */
  approve = find_button (GTK_WIDGET (page), approve_label);
  g_assert_nonnull (approve);
  g_assert_false (gtk_widget_get_sensitive (approve));

  ter_context_set_acting_rep_id (context, approver);
  ter_quotes_page_reshow (page);
  approve = find_button (GTK_WIDGET (page), approve_label);
  g_assert_true (gtk_widget_get_sensitive (approve));
  g_signal_emit_by_name (approve, "clicked");

  approved = ter_quote_store_load (quotes, id, 0, &error);
  g_assert_cmpint (approved->status, ==, TER_QUOTE_APPROVED);
  events = ter_quote_store_events (quotes, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (events, TerQuoteEvent, events->len - 1).actor_id, ==, approver);
  ter_context_set_acting_rep_id (context, 0);
}

/* Sorting by total, largest first, puts the rows in that order (by
 * currency first, as amounts in different currencies do not compare). */
static void
check_sort (TerQuotesPage *page,
            TerQuoteStore *quotes)
{
  TerQuoteList *list = ter_quotes_page_get_list (page);
  g_autoptr(GArray) all = ter_quote_store_list (quotes, NULL, NULL);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  const TerQuoteSummary *previous = NULL;

  for (guint i = 0; i < all->len; i++)
    g_hash_table_insert (by_id, &g_array_index (all, TerQuoteSummary, i).id, &g_array_index (all, TerQuoteSummary, i));
  g_assert_true (ter_quote_list_sort_by (list, C_("quote column", "Total"), GTK_SORT_DESCENDING));
  for (guint i = 0; i < ter_quote_list_get_n_quotes (list); i++)
    {
      gint64 id = ter_quote_list_get_id (list, i);
      const TerQuoteSummary *s = g_hash_table_lookup (by_id, &id);

      g_assert_nonnull (s);
      if (previous != NULL && g_str_equal (previous->currency, s->currency))
        g_assert_cmpint (previous->total, >=, s->total);
      else if (previous != NULL)
        g_assert_cmpstr (previous->currency, >, s->currency);
      previous = s;
    }
  g_assert_nonnull (strstr (ter_quote_list_get_footer (list), "·"));
  ter_quote_list_sort_by (list, C_("quote column", "Created"), GTK_SORT_DESCENDING);
}

/* Marking a sent quote won through the dialog writes its order in the
 * channel chosen, on the day typed. */
static void
check_win (TerQuotesPage *page,
           TerQuoteStore *quotes,
           const char    *lang)
{
  TerQuoteList *list = ter_quotes_page_get_list (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(TerQuoteDoc) doc = NULL;
  g_autofree char *png = g_strdup_printf ("quote-win-%s.png", lang);
  TerStoreCounts before, after;
  AdwMessageDialog *dialog = NULL;
  gint64 id = 0;

  for (guint i = 0; dialog == NULL && i < ter_quote_list_get_n_quotes (list); i++)
    {
      g_autoptr(TerQuoteDoc) candidate = ter_quote_store_load (quotes, ter_quote_list_get_id (list, i), 0, NULL);

      if (candidate->status == TER_QUOTE_SENT)
        {
          ter_quotes_page_select (page, i);
          dialog = ter_quotes_page_ask_win (page);
          id = candidate->id;
        }
    }
  g_assert_nonnull (dialog);
  settle ();
  save_png (GTK_WIDGET (dialog), png);
  ter_store_count (TER_STORE (quotes), &before, &error);
  adw_message_dialog_response (dialog, "win");
  settle ();

  doc = ter_quote_store_load (quotes, id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (doc->status, ==, TER_QUOTE_WON);
  g_assert_cmpint (doc->order_id, >, 0);
  ter_store_count (TER_STORE (quotes), &after, &error);
  g_assert_cmpint (after.orders, ==, before.orders + 1);
}

typedef struct {
  TerQuotesPage *page;
  guint          n;
} CountChange;

static gboolean
count_changed (gpointer data)
{
  CountChange *change = data;

  return ter_quotes_page_get_n_quotes (change->page) != change->n;
}

/* The header's period narrows the list to the quotes created in it. */
static void
check_period (TerQuotesPage *page,
              TerContext    *context,
              TerQuoteStore *quotes)
{
  CountChange change = { page, ter_quotes_page_get_n_quotes (page) };
  TerQuoteFilter filter = { .status = -1 };
  g_autoptr(GArray) expected = NULL;
  char first[11], last[11];
  TerPeriod period;

  ter_context_set_period_preset (context, TER_PERIOD_LAST_MONTH);
  ter_test_wait_for (count_changed, &change);
  ter_context_get_period (context, &period);
  ter_period_format_bounds (&period, first, last);
  filter.first_day = first;
  filter.last_day = last;
  expected = ter_quote_store_list (quotes, &filter, NULL);
  g_assert_cmpuint (ter_quotes_page_get_n_quotes (page), ==, expected->len);
  change.n = ter_quotes_page_get_n_quotes (page);
  ter_context_set_period_preset (context, TER_PERIOD_YEAR_TO_DATE);
  ter_test_wait_for (count_changed, &change);
}

/* The Company page of Preferences writes what is typed to the settings
 * the PDFs read. */
static void
check_company (const char *lang)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(TerQuoteCompanyInfo) info = NULL;
  g_autofree char *png = g_strdup_printf ("quote-company-%s.png", lang);
  GtkWidget *window = adw_window_new ();
  AdwPreferencesPage *page = ter_quote_company_page_new (settings);
  GtkWidget *name_row;

  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  name_row = ter_test_find_child (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Territory Pumps Ltd.");
  g_settings_set_string (settings, "company-bank", "ICBC 1001");
  settle ();
  save_png (window, png);

  info = ter_quote_company_info_new (settings);
  g_assert_cmpstr (info->company.name, ==, "Territory Pumps Ltd.");
  g_assert_cmpstr (info->company.bank, ==, "ICBC 1001");
  g_assert_cmpstr (info->company.tax_id, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", &error);
  g_autoptr(TerContext) context = NULL;
  const char *lang = ter_locale_is_chinese () ? "zh" : "en";
  g_autofree char *wide = g_strdup_printf ("quotes-%s.png", lang);
  g_autofree char *dark = g_strdup_printf ("quotes-%s-dark.png", lang);
  g_autofree char *narrow = g_strdup_printf ("quotes-%s-narrow.png", lang);
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerDemoOptions options;
  GtkWidget *window, *page;
  gint64 deadline;

  ter_demo_options_init (&options);
  options.n_orders = 6000;
  options.n_customers = 1500;
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  context = ter_context_new (TER_STORE (store));

  window = gtk_window_new ();
  page = g_object_new (TER_TYPE_QUOTES_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  ter_page_set_context (TER_PAGE (page), context);
  gtk_window_present (GTK_WINDOW (window));

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!has_quotes (TER_QUOTES_PAGE (page)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (ter_quotes_page_get_n_quotes (TER_QUOTES_PAGE (page)), >=, 100);

  check_submit (TER_QUOTES_PAGE (page), TER_QUOTE_STORE (store));
  check_approval (TER_QUOTES_PAGE (page), context, TER_QUOTE_STORE (store));
  check_sort (TER_QUOTES_PAGE (page), TER_QUOTE_STORE (store));
  check_win (TER_QUOTES_PAGE (page), TER_QUOTE_STORE (store), lang);
  check_period (TER_QUOTES_PAGE (page), context, TER_QUOTE_STORE (store));
  check_company (lang);
  settle ();
  save_png (window, wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle ();
  save_png (window, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle ();
  save_png (window, narrow);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);
  {
    g_autofree char *list = g_strdup_printf ("quotes-%s-narrow-list.png", lang);

    adw_leaflet_navigate (ADW_LEAFLET (ter_test_find_child (page, ADW_TYPE_LEAFLET)), ADW_NAVIGATION_DIRECTION_BACK);
    settle ();
    save_png (window, list);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_editor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = ter_sqlite_store_open (":memory:", &error);
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(TerQuoteDoc) doc = NULL;
  const char *lang = ter_locale_is_chinese () ? "zh" : "en";
  g_autofree char *wide = g_strdup_printf ("quote-editor-%s.png", lang);
  g_autofree char *narrow = g_strdup_printf ("quote-editor-%s-narrow.png", lang);
  TerDemoOptions options;
  g_autofree char *bid_png = g_strdup_printf ("quote-bid-%s-narrow.png", lang);
  TerQuoteEditor *editor;
  TerQuoteBidDialog *bid;

  ter_demo_options_init (&options);
  options.n_orders = 3000;
  options.n_customers = 800;
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  quotes = ter_quote_store_list (TER_QUOTE_STORE (store), NULL, &error);
  g_assert_no_error (error);
  doc = ter_quote_store_load (TER_QUOTE_STORE (store), g_array_index (quotes, TerQuoteSummary, 0).id, 0, &error);
  g_assert_no_error (error);

  editor = ter_quote_editor_new (TER_QUOTE_STORE (store), doc);
  gtk_window_present (GTK_WINDOW (editor));
  settle ();
  save_png (GTK_WIDGET (editor), wide);
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 720);
  settle ();
  save_png (GTK_WIDGET (editor), narrow);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (editor)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (editor));

  bid = ter_quote_bid_dialog_new (TER_QUOTE_STORE (store), doc);
  gtk_window_set_default_size (GTK_WINDOW (bid), 360, 720);
  gtk_window_present (GTK_WINDOW (bid));
  settle ();
  save_png (GTK_WIDGET (bid), bid_png);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (bid)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (bid));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TERRITORY_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    return 77;
  adw_init ();

  g_test_add_func ("/ui/quotes-page", test_page);
  g_test_add_func ("/ui/quote-editor", test_editor);
  return g_test_run ();
}
