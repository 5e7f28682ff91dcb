/* ter-commission-plans-window.c: the commission plan editor.
 *
 * The plan's terms are edited in the form and written together with
 * Save, after the same validation the model applies, so a mistake is
 * named before anything changes and the form keeps what was typed. Who
 * the plan pays is a list of assignments that take effect when added or
 * removed, each checked by the model against the acting user's authority.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-commission-plans-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "ter-commission-plans-window.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-performance-store.h"
#include "ter-rep.h"

struct _TerCommissionPlansWindow
{
  AdwWindow            parent_instance;

  TerStore            *store;
  gint64               actor_id;
  char                 month[8];
  GPtrArray           *plans;        /* TerCommissionPlan */
  GArray              *categories;   /* TerCategoryInfo */
  GArray              *assignments;  /* TerPlanAssignment of the plan shown */
  GListModel          *reps;         /* TerRep */
  GArray              *chooser_ids;  /* rep id per chooser entry; < 0: a role */
  char                *currencies[32];
  gint64               plan_id;      /* 0 while a new plan is unsaved */
  char                *message;
  gboolean             loading;

  AdwToastOverlay     *toasts;
  AdwToast            *toast;        /* weak: the one on screen */
  GtkRevealer         *problem;
  GtkLabel            *problem_label;
  AdwComboRow         *plan_row;
  AdwEntryRow         *name_row;
  AdwComboRow         *currency_row;
  GtkSpinButton       *base_rate;
  GtkEntry            *cap_entry;
  AdwPreferencesGroup *tiers_group;
  GPtrArray           *tier_rows;
  AdwPreferencesGroup *rates_group;
  GPtrArray           *rate_rows;
  AdwPreferencesGroup *pays_group;
  GPtrArray           *pay_rows;
  GtkDropDown         *pays_chooser;
  GtkEntry            *from_entry;
  GtkEntry            *to_entry;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerCommissionPlansWindow, ter_commission_plans_window, ADW_TYPE_WINDOW)

/* Successes pass as a toast; a problem stays above the form, in full,
 * until the next save or the close button, since it says what to fix. */
static void
show_message (TerCommissionPlansWindow *self,
              const char               *message,
              gboolean                  error)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_revealer_set_reveal_child (self->problem, error);
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  if (error)
    {
      gtk_label_set_text (self->problem_label, message);
      return;
    }

  g_set_weak_pointer (&self->toast, adw_toast_new (message));
  adw_toast_overlay_add_toast (self->toasts, self->toast);
}

static void
problem_closed_cb (TerCommissionPlansWindow *self)
{
  gtk_revealer_set_reveal_child (self->problem, FALSE);
}

static GtkWidget *
build_problem (TerCommissionPlansWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_wrap_mode (self->problem_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_label_set_selectable (self->problem_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->problem_label), TRUE);
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Dismiss"));
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (problem_closed_cb), self);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  gtk_box_append (GTK_BOX (box), close);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 10);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->problem_label), 10);
  gtk_widget_set_margin_start (icon, 12);
  gtk_widget_set_margin_end (close, 6);
  self->problem = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->problem, box);

  return GTK_WIDGET (self->problem);
}

static GtkWidget *
spin (double      lower,
      double      upper,
      double      step,
      guint       digits,
      const char *name)
{
  GtkWidget *button = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (button), digits);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  return button;
}

static GtkWidget *
unit_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
remove_button (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* A row with a heading and a wrapping description above its controls,
 * so that two spin buttons still fit a 360 px window. */
static GtkWidget *
stacked_row (GtkWidget *heading,
             GtkWidget *controls)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  if (heading != NULL)
    gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), controls);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static GtkWidget *
row_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Tiers */

static void
describe_tier (GtkWidget *row)
{
  GtkSpinButton *from = g_object_get_data (G_OBJECT (row), "from");
  GtkSpinButton *times = g_object_get_data (G_OBJECT (row), "multiplier");
  double multiplier = gtk_spin_button_get_value (times);
  g_autofree char *text = NULL;

  if (gtk_spin_button_get_value (from) >= 100)
    /* Translators: subtitle of an accelerator, "Sales beyond 120% of quota pay 2× the rate". */
    text = g_strdup_printf (_("Accelerator: sales beyond %g%% of quota pay %g× the rate"),
                            gtk_spin_button_get_value (from), multiplier);
  else
    /* Translators: subtitle of a tier below quota, "Sales from 50% of quota pay 1× the rate". */
    text = g_strdup_printf (_("Tier: sales from %g%% of quota pay %g× the rate"),
                            gtk_spin_button_get_value (from), multiplier);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "subtitle"), text);
}

static void
renumber_tiers (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      /* Translators: title of a tier row, "Tier 2". */
      g_autofree char *title = g_strdup_printf (_("Tier %u"), i + 1);
      GObject *row = g_ptr_array_index (rows, i);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_label_set_text (g_object_get_data (row, "title"), title);
    }
}

static void
remove_tier (TerCommissionPlansWindow *self,
             GtkWidget                *row)
{
  g_ptr_array_remove (self->tier_rows, row);
  adw_preferences_group_remove (self->tiers_group, row);
  renumber_tiers (self->tier_rows);
}

static void
remove_tier_clicked_cb (GtkButton                *button,
                        TerCommissionPlansWindow *self)
{
  remove_tier (self, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_ROW));
}

static void
add_tier_row (TerCommissionPlansWindow *self,
              double                    from_percent,
              double                    multiplier)
{
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = row_label ("heading");
  GtkWidget *subtitle = row_label ("dim-label");
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *from = spin (0, 1000, 5, 0, "tier-from");
  GtkWidget *times = spin (0, 10, 0.1, 2, "tier-multiplier");
  GtkWidget *remove = remove_button (_("Remove this tier"));
  GtkWidget *row;

  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (from), from_percent);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (times), multiplier);
  gtk_widget_set_tooltip_text (from, _("Attainment of quota at which the tier starts"));
  gtk_widget_set_tooltip_text (times, _("Multiplier on the plan’s rates for sales in this tier"));
  gtk_box_append (GTK_BOX (controls), from);
  gtk_box_append (GTK_BOX (controls), unit_label ("%"));
  gtk_box_append (GTK_BOX (controls), times);
  gtk_box_append (GTK_BOX (controls), unit_label ("×"));
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (controls), remove);
  row = stacked_row (heading, controls);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "from", from);
  g_object_set_data (G_OBJECT (row), "multiplier", times);
  g_signal_connect_swapped (from, "value-changed", G_CALLBACK (describe_tier), row);
  g_signal_connect_swapped (times, "value-changed", G_CALLBACK (describe_tier), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_tier_clicked_cb), self);
  describe_tier (row);
  g_ptr_array_add (self->tier_rows, row);
  adw_preferences_group_add (self->tiers_group, row);
  renumber_tiers (self->tier_rows);
}

/* A new tier starts above the last one, doubling nothing yet. */
static void
add_tier_clicked_cb (TerCommissionPlansWindow *self)
{
  double from = 100;

  if (self->tier_rows->len > 0)
    {
      GObject *last = g_ptr_array_index (self->tier_rows, self->tier_rows->len - 1);

      from = gtk_spin_button_get_value (g_object_get_data (last, "from")) + 20;
    }
  add_tier_row (self, MIN (from, 1000), 1.5);
}

/* Category rates */

static GtkStringList *
category_names (TerCommissionPlansWindow *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->categories->len; i++)
    {
      const TerCategoryInfo *c = &g_array_index (self->categories, TerCategoryInfo, i);
      g_autofree char *indent = g_strnfill (c->depth * 2, ' ');
      g_autofree char *name = g_strconcat (indent, c->name, NULL);

      gtk_string_list_append (names, name);
    }

  return names;
}

static void
remove_rate (TerCommissionPlansWindow *self,
             GtkWidget                *row)
{
  g_ptr_array_remove (self->rate_rows, row);
  adw_preferences_group_remove (self->rates_group, row);
}

static void
remove_rate_clicked_cb (GtkButton                *button,
                        TerCommissionPlansWindow *self)
{
  remove_rate (self, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_ROW));
}

static void
add_rate_row (TerCommissionPlansWindow *self,
              gint64                    category_id,
              double                    percent)
{
  GtkWidget *choice = gtk_drop_down_new (G_LIST_MODEL (category_names (self)), NULL);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *rate = spin (0, 100, 0.1, 2, "category-rate");
  GtkWidget *remove = remove_button (_("Remove this category rate"));
  GtkWidget *row;

  for (guint i = 0; i < self->categories->len; i++)
    if (g_array_index (self->categories, TerCategoryInfo, i).id == category_id)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), i);
  gtk_widget_set_tooltip_text (choice, _("Product category"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rate), percent);
  gtk_box_append (GTK_BOX (controls), rate);
  gtk_box_append (GTK_BOX (controls), unit_label ("%"));
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (controls), remove);
  row = stacked_row (choice, controls);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Category Rate"));
  g_object_set_data (G_OBJECT (row), "category", choice);
  g_object_set_data (G_OBJECT (row), "rate", rate);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_rate_clicked_cb), self);
  g_ptr_array_add (self->rate_rows, row);
  adw_preferences_group_add (self->rates_group, row);
}

static void
add_rate_clicked_cb (TerCommissionPlansWindow *self)
{
  if (self->categories->len > 0)
    add_rate_row (self, g_array_index (self->categories, TerCategoryInfo, 0).id,
                  gtk_spin_button_get_value (self->base_rate));
}

/* Who the plan pays */

static char *
describe_months (const TerPlanAssignment *a)
{
  g_autofree char *from = ter_format_month (atoi (a->valid_from), atoi (a->valid_from + 5));
  g_autofree char *to = NULL;

  if (a->valid_to[0] == '\0')
    /* Translators: when an assignment applies, "From January 2026 on". */
    return g_strdup_printf (_("From %s on"), from);

  to = ter_format_month (atoi (a->valid_to), atoi (a->valid_to + 5));
  /* Translators: when an assignment applies, "From January 2026 through June 2026". */
  return g_strdup_printf (_("From %s through %s"), from, to);
}

static char *
describe_payee (TerCommissionPlansWindow *self,
                const TerPlanAssignment  *a)
{
  if (a->rep_id == 0)
    /* Translators: an assignment to a whole role, "Every Sales Rep". */
    return g_strdup_printf (_("Every %s"), ter_rep_role_to_label (a->role));

  for (guint i = 0; i < g_list_model_get_n_items (self->reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (self->reps, i);

      if (ter_rep_get_id (rep) == a->rep_id)
        return g_strdup (ter_rep_get_name (rep));
    }

  return g_strdup_printf ("#%d", (int) a->rep_id);
}

static void load_assignments (TerCommissionPlansWindow *self);

static void
remove_pay_clicked_cb (GtkButton                *button,
                       TerCommissionPlansWindow *self)
{
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "assignment"));
  g_autoptr(GError) error = NULL;

  if (!ter_performance_store_remove_assignment (TER_PERFORMANCE_STORE (self->store), self->actor_id, id, &error))
    {
      show_message (self, error->message, TRUE);
      return;
    }

  show_message (self, _("Assignment removed"), FALSE);
  load_assignments (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
load_assignments (TerCommissionPlansWindow *self)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->pay_rows->len; i++)
    adw_preferences_group_remove (self->pays_group, g_ptr_array_index (self->pay_rows, i));
  g_ptr_array_set_size (self->pay_rows, 0);
  g_clear_pointer (&self->assignments, g_array_unref);
  if (self->plan_id == 0)
    return;

  self->assignments = ter_performance_store_list_assignments (TER_PERFORMANCE_STORE (self->store),
                                                              self->plan_id, &error);
  if (self->assignments == NULL)
    {
      show_message (self, error->message, TRUE);
      return;
    }

  for (guint i = 0; i < self->assignments->len; i++)
    {
      const TerPlanAssignment *a = &g_array_index (self->assignments, TerPlanAssignment, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = remove_button (_("Stop paying them by this plan"));
      g_autofree char *payee = describe_payee (self, a);
      g_autofree char *months = describe_months (a);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), payee);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), months);
      g_object_set_data (G_OBJECT (remove), "assignment", GINT_TO_POINTER ((int) a->id));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_pay_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      g_ptr_array_add (self->pay_rows, row);
      adw_preferences_group_add (self->pays_group, row);
    }
}

static void
add_pay_clicked_cb (TerCommissionPlansWindow *self)
{
  guint index = gtk_drop_down_get_selected (self->pays_chooser);
  g_autoptr(GError) error = NULL;
  TerPlanAssignment a = { 0, self->plan_id, 0, TER_REP_ROLE_SALES_REP, "", "" };
  gint64 id;

  if (index >= self->chooser_ids->len)
    return;
  id = g_array_index (self->chooser_ids, gint64, index);
  if (id > 0)
    a.rep_id = id;
  else
    a.role = (TerRepRole) (-id - 1);
  g_strlcpy (a.valid_from, gtk_editable_get_text (GTK_EDITABLE (self->from_entry)), sizeof a.valid_from);
  g_strlcpy (a.valid_to, gtk_editable_get_text (GTK_EDITABLE (self->to_entry)), sizeof a.valid_to);
  g_strstrip (a.valid_from);
  g_strstrip (a.valid_to);

  if (ter_performance_store_add_assignment (TER_PERFORMANCE_STORE (self->store), self->actor_id, &a, &error) == 0)
    {
      show_message (self, error->message, TRUE);
      return;
    }

  show_message (self, _("Assignment added"), FALSE);
  load_assignments (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Loading and saving */

static void
load_form (TerCommissionPlansWindow *self,
           const TerCommissionPlan  *plan)
{
  self->loading = TRUE;
  self->plan_id = plan != NULL ? plan->id : 0;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), plan != NULL ? plan->name : "");
  /* A new plan pays in the currency of the plan shown before. */
  for (guint i = 0; plan != NULL && self->currencies[i] != NULL; i++)
    if (g_strcmp0 (self->currencies[i], plan->currency) == 0)
      adw_combo_row_set_selected (self->currency_row, i);
  gtk_spin_button_set_value (self->base_rate, plan != NULL ? plan->base_rate_bp / 100.0 : 3);
  if (plan != NULL && plan->cap > 0)
    {
      g_autofree char *cap = ter_money_to_plain_string (plan->cap, plan->currency);

      gtk_editable_set_text (GTK_EDITABLE (self->cap_entry), cap);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->cap_entry), "");

  while (self->tier_rows->len > 0)
    remove_tier (self, g_ptr_array_index (self->tier_rows, 0));
  while (self->rate_rows->len > 0)
    remove_rate (self, g_ptr_array_index (self->rate_rows, 0));
  for (guint i = 0; plan != NULL && i < plan->tiers->len; i++)
    {
      const TerCommissionTier *t = &g_array_index (plan->tiers, TerCommissionTier, i);

      add_tier_row (self, t->from_bp / 100.0, t->multiplier_bp / (double) TER_BP_WHOLE);
    }
  for (guint i = 0; plan != NULL && i < plan->rates->len; i++)
    {
      const TerCategoryRate *r = &g_array_index (plan->rates, TerCategoryRate, i);

      add_rate_row (self, r->category_id, r->rate_bp / 100.0);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->pays_group), self->plan_id > 0);
  adw_preferences_group_set_description (self->pays_group, self->plan_id > 0
    ? _("A rep’s own plan comes before their role’s; of several, the one that started last applies. Changes here take effect at once.")
    : _("Save the plan first, then choose who it pays."));
  load_assignments (self);
  self->loading = FALSE;
}

/* The form as a plan; FALSE with a message naming the field otherwise. */
static gboolean
read_form (TerCommissionPlansWindow  *self,
           TerCommissionPlan         *plan,
           GError                   **error)
{
  const char *cap = gtk_editable_get_text (GTK_EDITABLE (self->cap_entry));
  guint currency = adw_combo_row_get_selected (self->currency_row);

  plan->id = self->plan_id;
  plan->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_strlcpy (plan->currency, self->currencies[currency] != NULL ? self->currencies[currency] : "",
             sizeof plan->currency);
  plan->base_rate_bp = llround (gtk_spin_button_get_value (self->base_rate) * 100);
  plan->tiers = g_array_new (FALSE, TRUE, sizeof (TerCommissionTier));
  plan->rates = g_array_new (FALSE, TRUE, sizeof (TerCategoryRate));
  for (guint i = 0; i < self->tier_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->tier_rows, i);
      TerCommissionTier t = { llround (gtk_spin_button_get_value (g_object_get_data (row, "from")) * 100),
                              llround (gtk_spin_button_get_value (g_object_get_data (row, "multiplier")) * TER_BP_WHOLE) };

      g_array_append_val (plan->tiers, t);
    }
  for (guint i = 0; i < self->rate_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->rate_rows, i);
      guint category = gtk_drop_down_get_selected (g_object_get_data (row, "category"));
      TerCategoryRate r = { category < self->categories->len
                              ? g_array_index (self->categories, TerCategoryInfo, category).id : 0,
                            llround (gtk_spin_button_get_value (g_object_get_data (row, "rate")) * 100) };

      g_array_append_val (plan->rates, r);
    }

  plan->cap = 0;
  if (*cap != '\0' && !ter_money_parse (cap, plan->currency, &plan->cap, error))
    {
      g_prefix_error (error, _("Monthly cap: "));
      return FALSE;
    }

  return ter_commission_plan_validate (plan, error);
}

static void reload_plans (TerCommissionPlansWindow *self, gint64 select_id);

static void
save_clicked_cb (TerCommissionPlansWindow *self)
{
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (self->store);
  g_autoptr(TerCommissionPlan) plan = g_new0 (TerCommissionPlan, 1);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (read_form (self, plan, &error))
    {
      if (self->plan_id == 0)
        id = ter_performance_store_add_plan (perf, self->actor_id, plan, &error);
      else if (ter_performance_store_update_plan (perf, self->actor_id, plan, &error))
        id = self->plan_id;
    }
  if (id == 0)
    {
      show_message (self, error->message, TRUE);
      return;
    }

  reload_plans (self, id);
  show_message (self, _("Plan saved"), FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
new_clicked_cb (TerCommissionPlansWindow *self)
{
  load_form (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
plan_selected_cb (TerCommissionPlansWindow *self)
{
  guint index = adw_combo_row_get_selected (self->plan_row);

  if (!self->loading && index < self->plans->len)
    load_form (self, g_ptr_array_index (self->plans, index));
}

static void
reload_plans (TerCommissionPlansWindow *self,
              gint64                    select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = ter_performance_store_list_plans (TER_PERFORMANCE_STORE (self->store), &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  if (plans == NULL)
    {
      show_message (self, error->message, TRUE);
      return;
    }

  g_clear_pointer (&self->plans, g_ptr_array_unref);
  self->plans = g_steal_pointer (&plans);
  for (guint i = 0; i < self->plans->len; i++)
    {
      const TerCommissionPlan *plan = g_ptr_array_index (self->plans, i);

      gtk_string_list_append (names, plan->name);
      if (plan->id == select_id)
        selected = i;
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->plan_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->plan_row, selected);
  self->loading = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->plan_row), self->plans->len > 0);
  load_form (self, self->plans->len > 0 ? g_ptr_array_index (self->plans, selected) : NULL);
}

/* Building */

static GtkWidget *
build_terms (TerCommissionPlansWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *rate_row = adw_action_row_new ();
  GtkWidget *cap_row = adw_action_row_new ();
  GtkStringList *currencies = gtk_string_list_new ((const char * const *) self->currencies);

  self->plan_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->plan_row), _("Plan"));
  g_signal_connect_swapped (self->plan_row, "notify::selected", G_CALLBACK (plan_selected_cb), self);
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->name_row), "plan-name");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  self->currency_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->currency_row), _("Pays In"));
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (currencies));
  g_object_unref (currencies);

  self->base_rate = GTK_SPIN_BUTTON (spin (0, 100, 0.1, 2, "base-rate"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rate_row), _("Base Rate"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (rate_row), _("Of net sales, unless a category has its own rate"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (rate_row), GTK_WIDGET (self->base_rate));
  adw_action_row_add_suffix (ADW_ACTION_ROW (rate_row), unit_label ("%"));

  self->cap_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->cap_entry), "cap");
  gtk_entry_set_placeholder_text (self->cap_entry, _("No cap"));
  gtk_entry_set_input_purpose (self->cap_entry, GTK_INPUT_PURPOSE_NUMBER);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->cap_entry), 10);
  gtk_widget_set_valign (GTK_WIDGET (self->cap_entry), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cap_row), _("Monthly Cap"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (cap_row), _("Most paid for one month; empty for no cap"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (cap_row), GTK_WIDGET (self->cap_entry));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->plan_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->name_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->currency_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rate_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), cap_row);
  return group;
}

static AdwPreferencesGroup *
list_group (const char *title,
            const char *description,
            const char *button_label,
            const char *button_name,
            GCallback   callback,
            gpointer    self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  gtk_widget_set_name (button, button_name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_preferences_group_set_header_suffix (group, button);
  return group;
}

/* Roles first, then the reps the acting user manages, by name. */
static GtkWidget *
build_chooser (TerCommissionPlansWindow *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *chooser;

  for (int role = TER_REP_ROLE_SALES_REP; role >= TER_REP_ROLE_REGIONAL_MANAGER; role--)
    {
      g_autofree char *label = g_strdup_printf (_("Every %s"), ter_rep_role_to_label (role));
      gint64 id = -role - 1;

      gtk_string_list_append (names, label);
      g_array_append_val (self->chooser_ids, id);
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (self->reps, i);
      gint64 id = ter_rep_get_id (rep);

      if (id == self->actor_id)
        continue;
      gtk_string_list_append (names, ter_rep_get_name (rep));
      g_array_append_val (self->chooser_ids, id);
    }

  chooser = gtk_drop_down_new (G_LIST_MODEL (names),
                               gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (chooser), TRUE);
  gtk_widget_set_valign (chooser, GTK_ALIGN_CENTER);
  self->pays_chooser = GTK_DROP_DOWN (chooser);
  return chooser;
}

static GtkWidget *
month_entry (GtkEntry  **entry,
             const char *text,
             const char *placeholder)
{
  *entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (*entry), text);
  gtk_entry_set_placeholder_text (*entry, placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (*entry), 8);
  gtk_widget_set_valign (GTK_WIDGET (*entry), GTK_ALIGN_CENTER);
  return GTK_WIDGET (*entry);
}

static GtkWidget *
build_pays (TerCommissionPlansWindow *self)
{
  GtkWidget *who = adw_action_row_new ();
  GtkWidget *when = adw_action_row_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *adding = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->pays_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->pays_group, _("Who It Pays"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (who), _("Pay"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (who), build_chooser (self));
  /* Translators: the months of a new assignment; YYYY-MM is typed. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (when), _("From – Through"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (when), _("Months as YYYY-MM; leave the end empty"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (when), month_entry (&self->from_entry, self->month, "YYYY-MM"));
  gtk_widget_set_name (GTK_WIDGET (self->from_entry), "from-month");
  adw_action_row_add_suffix (ADW_ACTION_ROW (when), month_entry (&self->to_entry, "", "YYYY-MM"));
  gtk_widget_set_name (add, "add-assignment");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_pay_clicked_cb), self);
  adw_preferences_group_set_header_suffix (adding, add);
  adw_preferences_group_set_title (adding, _("Add Someone"));
  adw_preferences_group_add (adding, who);
  adw_preferences_group_add (adding, when);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pays_group));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (adding));
  g_object_bind_property (self->pays_group, "sensitive", adding, "sensitive", G_BINDING_SYNC_CREATE);
  return box;
}

static GtkWidget *
build_header (TerCommissionPlansWindow *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_name (save, "save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_tooltip_text (save, _("Save the plan’s rates, tiers and cap"));
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_widget_set_name (add, "new-plan");
  gtk_widget_set_tooltip_text (add, _("New Plan"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (new_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  return header;
}

static void
build (TerCommissionPlansWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_problem (self));
  gtk_box_append (GTK_BOX (content), build_terms (self));
  self->tiers_group = list_group (_("Tiers and Accelerators"),
                                  _("Sales beyond each threshold of quota pay the rates times the multiplier; below the first tier they pay the plain rates."),
                                  _("Add _Tier"), "add-tier", G_CALLBACK (add_tier_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->tiers_group));
  self->rates_group = list_group (_("Category Rates"),
                                  _("A rate of its own for a product category and its subcategories, instead of the base rate."),
                                  _("Add _Rate"), "add-rate", G_CALLBACK (add_rate_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->rates_group));
  gtk_box_append (GTK_BOX (content), build_pays (self));

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
ter_commission_plans_window_dispose (GObject *object)
{
  TerCommissionPlansWindow *self = TER_COMMISSION_PLANS_WINDOW (object);

  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->store);
  g_clear_object (&self->reps);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_array_unref);
  g_clear_pointer (&self->assignments, g_array_unref);
  g_clear_pointer (&self->chooser_ids, g_array_unref);
  g_clear_pointer (&self->tier_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rate_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pay_rows, g_ptr_array_unref);
  g_clear_pointer (&self->message, g_free);
  for (guint i = 0; self->currencies[i] != NULL; i++)
    g_clear_pointer (&self->currencies[i], g_free);

  G_OBJECT_CLASS (ter_commission_plans_window_parent_class)->dispose (object);
}

static void
ter_commission_plans_window_class_init (TerCommissionPlansWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ter_commission_plans_window_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ter_commission_plans_window_init (TerCommissionPlansWindow *self)
{
  self->tier_rows = g_ptr_array_new ();
  self->rate_rows = g_ptr_array_new ();
  self->pay_rows = g_ptr_array_new ();
  self->chooser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_window_set_title (GTK_WINDOW (self), _("Commission Plans"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

static gboolean
load_reference (TerCommissionPlansWindow  *self,
                GError                   **error)
{
  g_autoptr(GArray) rates = ter_store_list_exchange_rates (self->store, error);
  guint n = 0;

  if (rates == NULL)
    return FALSE;
  for (guint i = 0; i < rates->len && n + 1 < G_N_ELEMENTS (self->currencies); i++)
    self->currencies[n++] = g_strdup (g_array_index (rates, TerExchangeRate, i).currency);

  self->categories = ter_performance_store_list_categories (TER_PERFORMANCE_STORE (self->store), error);
  if (self->categories == NULL)
    return FALSE;
  self->reps = ter_store_list_reps (self->store, error);
  return self->reps != NULL;
}

TerCommissionPlansWindow *
ter_commission_plans_window_new (TerStore    *store,
                                 gint64       actor_id,
                                 const char  *month,
                                 GError     **error)
{
  TerCommissionPlansWindow *self = g_object_new (TER_TYPE_COMMISSION_PLANS_WINDOW, NULL);

  self->store = g_object_ref (store);
  self->actor_id = actor_id;
  g_strlcpy (self->month, month, sizeof self->month);
  if (!load_reference (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  build (self);
  reload_plans (self, 0);
  return self;
}

gboolean
ter_commission_plans_window_select_plan (TerCommissionPlansWindow *self,
                                         gint64                    plan_id)
{
  g_return_val_if_fail (TER_IS_COMMISSION_PLANS_WINDOW (self), FALSE);

  for (guint i = 0; i < self->plans->len; i++)
    if (((TerCommissionPlan *) g_ptr_array_index (self->plans, i))->id == plan_id)
      {
        adw_combo_row_set_selected (self->plan_row, i);
        return TRUE;
      }

  return FALSE;
}

const char *
ter_commission_plans_window_get_message (TerCommissionPlansWindow *self)
{
  g_return_val_if_fail (TER_IS_COMMISSION_PLANS_WINDOW (self), NULL);

  return self->message;
}
