/* test-commission-ui.c: the commission plan editor and the statement
 * export on a small demo database, driven through their widgets and
 * checked in the database; saves plans-LANG*.png (wide, narrow, dark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ter-commission-plans-window.h"
#include "ter-demo.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-performance-store.h"
#include "ter-rep.h"
#include "ter-reps-page.h"
#include "ter-sqlite-store.h"
#include "ter-test-ui.h"

typedef struct {
  TerSqliteStore *store;
  char           *dir;
  char           *path;
  gint64          head;
} Fixture;

/* The `n`th descendant of `widget` named `name`, depth first. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name,
            guint      *n)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && (*n)-- == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
named (gpointer    widget,
       const char *name,
       guint       n)
{
  GtkWidget *found = find_named (widget, name, &n);

  if (found == NULL)
    g_error ("No widget named %s", name);
  return found;
}

static void
click (gpointer    window,
       const char *name)
{
  g_signal_emit_by_name (named (window, name, 0), "clicked");
  ter_test_settle ();
}

static void
capture (GtkWindow  *window,
         const char *name,
         int         width,
         int         height)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, ter_locale_is_chinese () ? "zh" : "en");

  gtk_window_set_default_size (window, width, height);
  ter_test_settle ();
  ter_test_save_png (GTK_WIDGET (window), file);
}

static void
fixture_set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reps = NULL;
  TerDemoOptions options;

  f->dir = g_dir_make_tmp ("territory-plans-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = ter_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  ter_demo_options_init (&options);
  options.n_orders = 3000;
  options.n_customers = 1000;
  options.end_date = "2026-10-31";
  g_assert_true (ter_demo_generate (TER_STORE (f->store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  reps = ter_store_list_reps (TER_STORE (f->store), &error);
  for (guint i = 0; i < g_list_model_get_n_items (reps) && f->head == 0; i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_manager_id (rep) == 0)
        f->head = ter_rep_get_id (rep);
    }
  g_assert_cmpint (f->head, >, 0);
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static TerCommissionPlan *
find_plan (Fixture    *f,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = ter_performance_store_list_plans (TER_PERFORMANCE_STORE (f->store), &error);

  g_assert_no_error (error);
  for (guint i = 0; i < plans->len; i++)
    {
      TerCommissionPlan *plan = g_ptr_array_index (plans, i);

      if (g_strcmp0 (plan->name, name) == 0)
        return g_ptr_array_steal_index (plans, i);
    }

  return NULL;
}

/* A new plan typed into the form is saved whole; a second tier at the
 * same threshold is refused with a message and changes nothing. */
static void
test_plan_editor (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerCommissionPlan) plan = NULL;
  g_autoptr(TerCommissionPlan) after = NULL;
  g_autoptr(GArray) assignments = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  TerCommissionPlansWindow *window;
  gboolean role_found = FALSE;

  fixture_set_up (&f);
  window = ter_commission_plans_window_new (TER_STORE (f.store), f.head, "2026-10", &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  capture (GTK_WINDOW (window), "plans", 640, 1500);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  capture (GTK_WINDOW (window), "plans-dark", 640, 900);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  capture (GTK_WINDOW (window), "plans-narrow", 360, 900);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  click (window, "new-plan");
  gtk_editable_set_text (GTK_EDITABLE (named (window, "plan-name", 0)), "Field Sales 2027");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "base-rate", 0)), 4.25);
  gtk_editable_set_text (GTK_EDITABLE (named (window, "cap", 0)), "5000");
  click (window, "add-tier");
  click (window, "add-tier");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "tier-multiplier", 1)), 2.5);
  click (window, "add-rate");
  click (window, "save");
  g_assert_cmpstr (ter_commission_plans_window_get_message (window), ==, _("Plan saved"));

  plan = find_plan (&f, "Field Sales 2027");
  g_assert_nonnull (plan);
  g_assert_cmpint (plan->base_rate_bp, ==, 425);
  g_assert_cmpint (plan->cap, ==, 500000);
  g_assert_cmpuint (plan->tiers->len, ==, 2);
  g_assert_cmpint (g_array_index (plan->tiers, TerCommissionTier, 0).from_bp, ==, 10000);
  g_assert_cmpint (g_array_index (plan->tiers, TerCommissionTier, 1).from_bp, ==, 12000);
  g_assert_cmpint (g_array_index (plan->tiers, TerCommissionTier, 1).multiplier_bp, ==, 25000);
  g_assert_cmpuint (plan->rates->len, ==, 1);
  g_assert_cmpint (g_array_index (plan->rates, TerCategoryRate, 0).rate_bp, ==, 425);
  capture (GTK_WINDOW (window), "plans-edited", 640, 1500);

  /* Tier 2 moved onto tier 1's threshold: refused, named, nothing written. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "tier-from", 1)), 100);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "base-rate", 0)), 9);
  click (window, "save");
  g_test_message ("Refused: %s", ter_commission_plans_window_get_message (window));
  g_assert_nonnull (strstr (ter_commission_plans_window_get_message (window), "2"));
  g_assert_cmpstr (ter_commission_plans_window_get_message (window), !=, _("Plan saved"));
  capture (GTK_WINDOW (window), "plans-error", 640, 900);
  after = find_plan (&f, "Field Sales 2027");
  g_assert_cmpint (after->base_rate_bp, ==, 425);
  g_assert_cmpint (g_array_index (after->tiers, TerCommissionTier, 1).from_bp, ==, 12000);

  /* Every sales rep from January: the head of the company may. */
  gtk_editable_set_text (GTK_EDITABLE (named (window, "from-month", 0)), "2027-01");
  click (window, "add-assignment");
  g_assert_cmpstr (ter_commission_plans_window_get_message (window), ==, _("Assignment added"));
  assignments = ter_performance_store_list_assignments (TER_PERFORMANCE_STORE (f.store), plan->id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < assignments->len; i++)
    {
      const TerPlanAssignment *a = &g_array_index (assignments, TerPlanAssignment, i);

      role_found |= a->rep_id == 0 && a->role == TER_REP_ROLE_SALES_REP
                    && g_str_equal (a->valid_from, "2027-01");
    }
  g_assert_true (role_found);

  /* A month that is not one is refused, naming the form. */
  gtk_editable_set_text (GTK_EDITABLE (named (window, "from-month", 0)), "2027-13");
  click (window, "add-assignment");
  g_assert_nonnull (strstr (ter_commission_plans_window_get_message (window), "YYYY-MM"));

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&f);
}

static gboolean
page_loaded (gpointer page)
{
  return ter_reps_page_is_loaded (page);
}

/* The statement on the Reps page, exported: CSV and PDF carry the same
 * payout as the model computes. */
static void
test_statement_export (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerContext) context = NULL;
  g_autoptr(GArray) assignments = NULL;
  g_autoptr(TerCommissionStatement) statement = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *payout = NULL;
  g_autofree char *contents = NULL;
  TerPeriod period;
  char month[8];
  GtkWindow *window;
  TerRepsPage *page;
  gint64 rep_id = 0;

  fixture_set_up (&f);
  assignments = ter_performance_store_list_assignments (TER_PERFORMANCE_STORE (f.store), 0, &error);
  for (guint i = 0; i < assignments->len && rep_id == 0; i++)
    rep_id = g_array_index (assignments, TerPlanAssignment, i).rep_id;
  g_assert_cmpint (rep_id, >, 0);

  context = ter_context_new (TER_STORE (f.store));
  window = GTK_WINDOW (gtk_window_new ());
  page = g_object_new (TER_TYPE_REPS_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  ter_reps_page_set_context (page, context);
  gtk_window_present (window);
  ter_reps_page_select_rep (page, rep_id);
  ter_test_wait_for (page_loaded, page);

  ter_context_get_period (context, &period);
  g_snprintf (month, sizeof month, "%04d-%02d", g_date_get_year (&period.last), g_date_get_month (&period.last));
  statement = ter_performance_store_statement (TER_PERFORMANCE_STORE (f.store), rep_id, month, &error);
  g_assert_no_error (error);

  csv = g_build_filename (f.dir, "statement.csv", NULL);
  pdf = g_build_filename (f.dir, "statement.PDF", NULL);
  g_assert_true (ter_reps_page_export_statement (page, csv, &error));
  g_assert_no_error (error);
  g_assert_true (ter_reps_page_export_statement (page, pdf, &error));
  g_assert_no_error (error);
  g_assert_false (ter_reps_page_export_statement (page, "/nonexistent/dir/s.csv", &error));
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/s.csv"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  {
    g_autofree char *amount = ter_money_to_plain_string (statement->payout, statement->currency);
    const char *last = g_strrstr (text, _("Payout"));

    payout = g_strdup_printf (",%s,%s\r\n", amount, statement->currency);
    g_assert_nonnull (last);
    g_assert_true (g_str_has_suffix (last, payout));
  }
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  gtk_window_destroy (window);
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  if (setlocale (LC_ALL, "") == NULL)
    return 1;
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TERRITORY_LOCALEDIR") ? g_getenv ("TERRITORY_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    return 77;
  adw_init ();

  g_test_add_func ("/commission/plan-editor", test_plan_editor);
  g_test_add_func ("/commission/statement-export", test_statement_export);
  return g_test_run ();
}
