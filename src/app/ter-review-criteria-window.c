/* ter-review-criteria-window.c: the review criteria editor.
 *
 * One row per criterion with its English and Chinese names and its
 * weight; the total is shown as it is typed and turns red away from
 * 100 %. Save checks the same rules as the model and, when something is
 * wrong, says what above the form and keeps every row as typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-review-criteria-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-performance-store.h"
#include "ter-review-criteria-window.h"

struct _TerReviewCriteriaWindow
{
  AdwWindow            parent_instance;

  TerStore            *store;
  gint64               actor_id;
  GArray              *criteria;     /* TerReviewCriterion as read */
  GPtrArray           *rows;
  char                *message;

  AdwToastOverlay     *toasts;
  GtkRevealer         *problem;
  GtkLabel            *problem_label;
  AdwPreferencesGroup *group;
  GtkLabel            *total;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerReviewCriteriaWindow, ter_review_criteria_window, ADW_TYPE_WINDOW)

static void
show_message (TerReviewCriteriaWindow *self,
              const char              *message,
              gboolean                 error)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_revealer_set_reveal_child (self->problem, error);
  if (error)
    gtk_label_set_text (self->problem_label, message);
  else
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

/* What a measured criterion is pre-filled from, for its row. */
static const char *
describe_measure (const char *measure)
{
  if (g_strcmp0 (measure, "attainment") == 0)
    return _("Pre-filled from target attainment");
  if (g_strcmp0 (measure, "new_customers") == 0)
    return _("Pre-filled from new customers won");
  if (g_strcmp0 (measure, "channels") == 0)
    return _("Pre-filled from channels sold through");
  if (g_strcmp0 (measure, "reporting") == 0)
    return _("Pre-filled from monthly reports sent on time");
  return _("Scored by the reviewer");
}

static void
update_total (TerReviewCriteriaWindow *self)
{
  int total = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    total += gtk_spin_button_get_value_as_int (g_object_get_data (g_ptr_array_index (self->rows, i), "weight"));

  /* Translators: the criteria's weights added up, "Total 95%". */
  text = g_strdup_printf (_("Total %d%%"), total);
  gtk_label_set_text (self->total, text);
  if (total == 100)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->total), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->total), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->total), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->total), "error");
    }
}

static void
remove_clicked_cb (GtkButton               *button,
                   TerReviewCriteriaWindow *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_ROW);

  g_ptr_array_remove (self->rows, row);
  adw_preferences_group_remove (self->group, row);
  update_total (self);
}

static GtkWidget *
name_entry (const char *text,
            const char *placeholder,
            const char *name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_name (entry, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  return entry;
}

/* Names on the first line, weight and what pre-fills it on the second,
 * so that a row fits a 360 px window. */
static void
add_row (TerReviewCriteriaWindow  *self,
         const TerReviewCriterion *c)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *weight = gtk_spin_button_new_with_range (0, 100, 5);
  GtkWidget *percent = gtk_label_new ("%");
  GtkWidget *source = gtk_label_new (describe_measure (c != NULL ? c->measure : NULL));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_box_append (GTK_BOX (names), name_entry (c != NULL ? c->name_en : NULL, _("Name in English"), "name-en"));
  gtk_box_append (GTK_BOX (names), name_entry (c != NULL ? c->name_zh : NULL, _("Name in Chinese"), "name-zh"));
  gtk_widget_set_name (weight, "weight");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (weight), c != NULL ? c->weight : 10);
  gtk_widget_set_tooltip_text (weight, _("Weight in the overall score"));
  g_signal_connect_swapped (weight, "value-changed", G_CALLBACK (update_total), self);
  gtk_widget_add_css_class (percent, "dim-label");
  gtk_widget_add_css_class (source, "dim-label");
  gtk_widget_add_css_class (source, "caption");
  gtk_label_set_wrap (GTK_LABEL (source), TRUE);
  gtk_label_set_xalign (GTK_LABEL (source), 0);
  gtk_widget_set_hexpand (source, TRUE);
  gtk_widget_set_tooltip_text (remove, _("Retire this criterion; past reviews keep it"));
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (line), weight);
  gtk_box_append (GTK_BOX (line), percent);
  gtk_box_append (GTK_BOX (line), source);
  gtk_box_append (GTK_BOX (line), remove);
  gtk_box_append (GTK_BOX (box), names);
  gtk_box_append (GTK_BOX (box), line);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c != NULL ? c->name_en : _("New criterion"));

  g_object_set_data (G_OBJECT (row), "id", GINT_TO_POINTER (c != NULL ? (int) c->id : 0));
  g_object_set_data (G_OBJECT (row), "en", gtk_widget_get_first_child (names));
  g_object_set_data (G_OBJECT (row), "zh", gtk_widget_get_last_child (names));
  g_object_set_data (G_OBJECT (row), "weight", weight);
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (self->group, row);
  update_total (self);
}

static void
add_clicked_cb (TerReviewCriteriaWindow *self)
{
  add_row (self, NULL);
}

static void
save_clicked_cb (TerReviewCriteriaWindow *self)
{
  g_autoptr(GArray) criteria = g_array_new (FALSE, TRUE, sizeof (TerReviewCriterion));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->rows, i);
      TerReviewCriterion c = { GPOINTER_TO_INT (g_object_get_data (row, "id")), NULL,
                               (char *) gtk_editable_get_text (g_object_get_data (row, "en")),
                               (char *) gtk_editable_get_text (g_object_get_data (row, "zh")),
                               gtk_spin_button_get_value_as_int (g_object_get_data (row, "weight")),
                               NULL, TRUE };

      g_array_append_val (criteria, c);
    }

  if (!ter_performance_store_save_criteria (TER_PERFORMANCE_STORE (self->store), self->actor_id, criteria, &error))
    {
      show_message (self, error->message, TRUE);
      return;
    }

  show_message (self, _("Review criteria saved"), FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
build_problem (TerReviewCriteriaWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_label_set_selectable (self->problem_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->problem_label), TRUE);
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 10);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->problem_label), 10);
  gtk_widget_set_margin_end (GTK_WIDGET (self->problem_label), 12);
  gtk_widget_set_margin_start (icon, 12);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  self->problem = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->problem, box);
  return GTK_WIDGET (self->problem);
}

static GtkWidget *
build_header (TerReviewCriteriaWindow *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_name (save, "save");
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_widget_set_name (add, "add-criterion");
  gtk_widget_set_tooltip_text (add, _("Add a Criterion"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  return header;
}

static void
build (TerReviewCriteriaWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Criteria"));
  adw_preferences_group_set_description (self->group,
    _("Each review scores the rep 1–5 on every criterion; the overall score weighs them as set here. The weights must add up to 100%. Reviews already begun keep the criteria they began with."));
  self->total = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->total), "total");
  gtk_widget_add_css_class (GTK_WIDGET (self->total), "heading");
  gtk_widget_set_valign (GTK_WIDGET (self->total), GTK_ALIGN_END);
  adw_preferences_group_set_header_suffix (self->group, GTK_WIDGET (self->total));

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_problem (self));
  gtk_widget_set_margin_top (GTK_WIDGET (self->group), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->group), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->group), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->group), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->group));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
ter_review_criteria_window_dispose (GObject *object)
{
  TerReviewCriteriaWindow *self = TER_REVIEW_CRITERIA_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->criteria, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (ter_review_criteria_window_parent_class)->dispose (object);
}

static void
ter_review_criteria_window_class_init (TerReviewCriteriaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ter_review_criteria_window_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ter_review_criteria_window_init (TerReviewCriteriaWindow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Review Criteria"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

TerReviewCriteriaWindow *
ter_review_criteria_window_new (TerStore  *store,
                                gint64     actor_id,
                                GError   **error)
{
  g_autoptr(GArray) criteria = ter_performance_store_list_criteria (TER_PERFORMANCE_STORE (store), error);
  TerReviewCriteriaWindow *self;

  if (criteria == NULL)
    return NULL;

  self = g_object_new (TER_TYPE_REVIEW_CRITERIA_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->actor_id = actor_id;
  self->criteria = g_steal_pointer (&criteria);
  build (self);
  for (guint i = 0; i < self->criteria->len; i++)
    if (g_array_index (self->criteria, TerReviewCriterion, i).active)
      add_row (self, &g_array_index (self->criteria, TerReviewCriterion, i));

  return self;
}

const char *
ter_review_criteria_window_get_message (TerReviewCriteriaWindow *self)
{
  g_return_val_if_fail (TER_IS_REVIEW_CRITERIA_WINDOW (self), NULL);

  return self->message;
}
