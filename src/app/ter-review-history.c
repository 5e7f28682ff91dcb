/* ter-review-history.c: the Reps page's review history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-review-history"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-chart-view.h"
#include "ter-render.h"
#include "ter-review-history.h"
#include "ter-review-pdf.h"

struct _TerReviewHistory
{
  GtkWidget   parent_instance;

  GtkWidget  *group;
  TerChart   *chart;
  GtkWidget  *chart_view;
  GtkListBox *list;
};

enum {
  REVIEW_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerReviewHistory, ter_review_history, GTK_TYPE_WIDGET)

static GtkWidget *
review_row (const TerReview *review,
            guint            fiscal_start_month)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *period = ter_review_describe_period (review, fiscal_start_month);
  g_autofree char *score = g_strdup_printf ("%.2f", review->overall_centi / 100.0);
  /* Translators: a review in the history, "2026 Q2 · Acknowledged". */
  g_autofree char *title = g_strdup_printf (_("%s · %s"), period, ter_review_status_label (review->status));
  GtkWidget *score_label = gtk_label_new (score);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (review->strengths != NULL && *review->strengths != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), review->strengths);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_add_css_class (score_label, "title-4");
  gtk_widget_set_tooltip_text (score_label, _("Weighted score out of 5"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), score_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "review-id", GINT_TO_POINTER (review->id));

  return row;
}

/* The overall score of every scored review, oldest first; shown from two
 * reviews on, when there is a direction to see. */
static void
update_chart (TerReviewHistory *self,
              GArray           *reviews,
              guint             fiscal_start_month)
{
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  g_autofree double *values = g_new0 (double, reviews->len + 1);
  guint n = 0;

  for (guint i = reviews->len; i-- > 0;)
    {
      const TerReview *review = &g_array_index (reviews, TerReview, i);
      g_autofree char *period = NULL;

      if (review->overall_centi <= 0)
        continue;
      period = ter_review_describe_period (review, fiscal_start_month);
      ter_chart_data_append_label (data, period);
      values[n++] = review->overall_centi / 100.0;
    }

  ter_chart_data_add_values (data, _("Weighted score"), TER_SERIES_ROLE_DEFAULT, values, n);
  ter_chart_set_data (self->chart, data);
  gtk_widget_set_visible (self->chart_view, n >= 2);
}

static void
row_activated_cb (TerReviewHistory *self,
                  GtkListBoxRow    *row)
{
  gint64 review_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "review-id"));

  if (review_id > 0)
    g_signal_emit (self, signals[REVIEW_ACTIVATED], 0, review_id);
}

static void
ter_review_history_dispose (GObject *object)
{
  TerReviewHistory *self = TER_REVIEW_HISTORY (object);

  g_clear_pointer (&self->group, gtk_widget_unparent);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (ter_review_history_parent_class)->dispose (object);
}

static void
ter_review_history_class_init (TerReviewHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_review_history_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  signals[REVIEW_ACTIVATED] = g_signal_new ("review-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ter_review_history_init (TerReviewHistory *self)
{
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Reviews"));
  self->chart = ter_chart_new (TER_CHART_LINE);
  ter_chart_set_title (self->chart, _("Weighted Score by Review"));
  ter_chart_set_target (self->chart, 3.0, _("Meets expectations"));
  self->chart_view = ter_chart_view_new (self->chart);
  gtk_widget_set_size_request (self->chart_view, -1, 180);
  gtk_widget_set_margin_bottom (self->chart_view, 12);
  gtk_widget_set_visible (self->chart_view, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->chart_view);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));
}

GtkWidget *
ter_review_history_new (void)
{
  return g_object_new (TER_TYPE_REVIEW_HISTORY, NULL);
}

void
ter_review_history_set_reviews (TerReviewHistory *self,
                                GArray           *reviews,
                                guint             fiscal_start_month)
{
  GtkWidget *child;

  g_return_if_fail (TER_IS_REVIEW_HISTORY (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < reviews->len; i++)
    gtk_list_box_append (self->list, review_row (&g_array_index (reviews, TerReview, i), fiscal_start_month));
  update_chart (self, reviews, fiscal_start_month);

  if (reviews->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No reviews yet"));
      gtk_list_box_append (self->list, row);
    }
}
