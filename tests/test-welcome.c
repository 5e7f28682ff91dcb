/* test-welcome.c: the first start on an empty database offers the demo
 * company or an empty start and does neither silently; each choice leads
 * where it should, and the empty start is remembered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "ter-application.h"
#include "ter-overview-page.h"
#include "ter-sqlite-store.h"
#include "ter-welcome-page.h"
#include "ter-window.h"

static TerApplication *app;
static char *dir;

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)))
        return found;
    }
  return NULL;
}

static const char *
visible_page (TerWindow *window)
{
  GtkWidget *welcome = find_child (GTK_WIDGET (window), TER_TYPE_WELCOME_PAGE);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (welcome));

  return gtk_stack_get_visible_child_name (stack);
}

static TerWindow *
open_window (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  TerWindow *window;

  ter_application_open_database (app, path);
  window = TER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
iterate_until (gboolean (*done) (TerWindow *),
               TerWindow *window,
               int        seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (window));
}

static gboolean
overview_has_rows (TerWindow *window)
{
  TerOverviewPage *page = TER_OVERVIEW_PAGE (find_child (GTK_WIDGET (window), TER_TYPE_OVERVIEW_PAGE));

  return g_strcmp0 (visible_page (window), "overview") == 0
         && g_list_model_get_n_items (ter_overview_page_get_items (page)) > 0;
}

static void
test_demo_choice (void)
{
  TerWindow *window = open_window ("demo.db");
  TerStoreCounts counts;
  g_autoptr(GError) error = NULL;

  /* Nothing happens until the user chooses. */
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_true (ter_store_count (ter_context_get_store (ter_window_get_context (window)), &counts, &error));
  g_assert_cmpint (counts.orders, ==, 0);

  ter_welcome_page_create_demo (TER_WELCOME_PAGE (find_child (GTK_WIDGET (window), TER_TYPE_WELCOME_PAGE)));
  iterate_until (overview_has_rows, window, 600);

  g_assert_true (ter_store_count (ter_context_get_store (ter_window_get_context (window)), &counts, &error));
  g_assert_cmpint (counts.orders, >, 100000);
  g_assert_cmpint (counts.territories, ==, 63);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_choice (void)
{
  TerWindow *window = open_window ("empty.db");

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  ter_welcome_page_start_empty (TER_WELCOME_PAGE (find_child (GTK_WIDGET (window), TER_TYPE_WELCOME_PAGE)));
  g_assert_cmpstr (visible_page (window), ==, "overview");
  gtk_window_destroy (GTK_WINDOW (window));

  /* The choice is remembered: the same database opens on the overview,
   * which says it has nothing yet. */
  window = open_window ("empty.db");
  g_assert_cmpstr (visible_page (window), ==, "overview");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
remove_dir (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }

  dir = g_dir_make_tmp ("territory-welcome-XXXXXX", &error);
  g_assert_no_error (error);
  app = ter_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));

  g_test_add_func ("/welcome/empty", test_empty_choice);
  g_test_add_func ("/welcome/demo", test_demo_choice);
  status = g_test_run ();

  g_clear_object (&app);
  remove_dir ();
  g_free (dir);
  return status;
}
