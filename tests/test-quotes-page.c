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

#include "ter-demo.h"
#include "ter-format.h"
#include "ter-page.h"
#include "ter-quote-bid-dialog.h"
#include "ter-quote-editor.h"
#include "ter-quotes-page.h"
#include "ter-sqlite-store.h"

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
