/* ter-review-editor.c: one review's scores, comments and status.
 *
 * The buttons offer every step; the model decides whether the acting
 * user may take it and its refusal is shown in the window as written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-review-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-performance-store.h"
#include "ter-review-editor.h"
#include "ter-review-pdf.h"

struct _TerReviewEditor
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  TerStore        *store;
  TerReview       *review;
  GArray          *criteria;
  char            *rep_name;
  char            *period;       /* named with the fiscal year in force */
  GtkFileChooserNative *chooser;
  gint64           actor_id;
  GPtrArray       *score_rows;   /* GtkDropDown per score */
  GtkTextBuffer   *texts[3];
  GtkWidget       *views[3];
  AdwToastOverlay *toasts;
  GtkWidget       *save_button;
  GtkWidget       *submit_button;
  GtkWidget       *acknowledge_button;
  GtkWidget       *reopen_button;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerReviewEditor, ter_review_editor, ADW_TYPE_WINDOW)

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_buttons (TerReviewEditor *self)
{
  TerReviewStatus status = self->review->status;

  g_autofree char *subtitle = NULL;

  /* Translators: the review window's subtitle, "2026 Q3 · Draft". */
  subtitle = g_strdup_printf (_("%s · %s"), self->period, ter_review_status_label (status));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_widget_set_visible (self->save_button, status == TER_REVIEW_DRAFT);
  gtk_widget_set_visible (self->submit_button, status == TER_REVIEW_DRAFT);
  gtk_widget_set_visible (self->acknowledge_button, status == TER_REVIEW_SUBMITTED);
  gtk_widget_set_visible (self->reopen_button, status == TER_REVIEW_SUBMITTED);
  for (guint i = 0; i < self->score_rows->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->score_rows, i), status == TER_REVIEW_DRAFT);
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (self->views[i]), status == TER_REVIEW_DRAFT);
}

static void
show_error (TerReviewEditor *self,
            const GError    *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Copies the form into the review and saves it as a draft. */
static gboolean
save (TerReviewEditor  *self,
      GError          **error)
{
  for (guint i = 0; i < self->score_rows->len && i < self->review->scores->len; i++)
    g_array_index (self->review->scores, TerReviewScore, i).score =
      gtk_drop_down_get_selected (g_ptr_array_index (self->score_rows, i));

  g_free (self->review->strengths);
  g_free (self->review->improvements);
  g_free (self->review->goals);
  self->review->strengths = buffer_text (self->texts[0]);
  self->review->improvements = buffer_text (self->texts[1]);
  self->review->goals = buffer_text (self->texts[2]);

  return ter_performance_store_save_review (TER_PERFORMANCE_STORE (self->store),
                                            self->actor_id, self->review, error);
}

static void
move_to (TerReviewEditor *self,
         TerReviewStatus  status,
         const char      *done)
{
  g_autoptr(GError) error = NULL;
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (self->store);

  if ((self->review->status == TER_REVIEW_DRAFT && !save (self, &error))
      || (status != TER_REVIEW_DRAFT || self->review->status != TER_REVIEW_DRAFT
          ? !ter_performance_store_set_review_status (perf, self->actor_id, self->review->id, status, &error)
          : FALSE))
    {
      show_error (self, error);
      return;
    }

  self->review->status = status;
  update_buttons (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (done));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
save_clicked_cb (TerReviewEditor *self)
{
  move_to (self, TER_REVIEW_DRAFT, _("Review saved"));
}

static void
submit_clicked_cb (TerReviewEditor *self)
{
  move_to (self, TER_REVIEW_SUBMITTED, _("Review submitted to the rep"));
}

static void
acknowledge_clicked_cb (TerReviewEditor *self)
{
  move_to (self, TER_REVIEW_ACKNOWLEDGED, _("Review acknowledged"));
}

static void
reopen_clicked_cb (TerReviewEditor *self)
{
  move_to (self, TER_REVIEW_DRAFT, _("Review reopened as a draft"));
}

static void
export_response_cb (TerReviewEditor *self,
                    int              response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    return;

  if (!ter_review_write_pdf (self->review, self->criteria, self->rep_name, self->period,
                             ter_review_status_label (self->review->status), path, &error))
    show_error (self, error);
  else
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Review exported as PDF")));
}

/* Exports the review as last saved. */
static void
export_clicked_cb (TerReviewEditor *self)
{
  g_autofree char *name = NULL;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Review"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* Translators: file name of an exported review, "Review Chen Chen 2026 Q3.pdf". */
  name = g_strdup_printf (_("Review %s %s.pdf"), self->rep_name, self->period);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GtkWidget *
build_scores (TerReviewEditor *self)
{
  static const char * const choices[] = { "—", "1", "2", "3", "4", "5", NULL };
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Scores"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("1 is far below expectations, 3 meets them, 5 far exceeds them"));
  for (guint i = 0; i < self->review->scores->len; i++)
    {
      const TerReviewScore *score = &g_array_index (self->review->scores, TerReviewScore, i);
      const TerReviewCriterion *criterion = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *choice = gtk_drop_down_new_from_strings (choices);
      g_autofree char *subtitle = NULL;

      for (guint j = 0; j < self->criteria->len; j++)
        if (g_array_index (self->criteria, TerReviewCriterion, j).id == score->criterion_id)
          criterion = &g_array_index (self->criteria, TerReviewCriterion, j);
      if (criterion == NULL)
        continue;

      /* Translators: under a review criterion, "Weight 35 · pre-filled from the data". */
      subtitle = score->measured
        ? g_strdup_printf (_("Weight %d · pre-filled from the data"), (int) score->weight)
        : g_strdup_printf (_("Weight %d"), (int) score->weight);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ter_locale_is_chinese () ? criterion->name_zh : criterion->name_en);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), (guint) score->score);
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
      g_ptr_array_add (self->score_rows, choice);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static GtkWidget *
build_text (TerReviewEditor *self,
            guint            index,
            const char      *title,
            const char      *text)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  self->views[index] = view;
  self->texts[index] = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (self->texts[index], text != NULL ? text : "", -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);

  return group;
}

static GtkWidget *
add_button (TerReviewEditor *self,
            GtkWidget       *header,
            const char      *label,
            GCallback        callback,
            gboolean         suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  return button;
}

static void
build (TerReviewEditor *self,
       const char      *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (title, NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  self->submit_button = add_button (self, header, _("_Submit"), G_CALLBACK (submit_clicked_cb), TRUE);
  self->save_button = add_button (self, header, _("_Save Draft"), G_CALLBACK (save_clicked_cb), FALSE);
  self->acknowledge_button = add_button (self, header, _("_Acknowledge"), G_CALLBACK (acknowledge_clicked_cb), TRUE);
  self->reopen_button = add_button (self, header, _("_Reopen"), G_CALLBACK (reopen_clicked_cb), FALSE);
  {
    GtkWidget *export = gtk_button_new_with_mnemonic (_("E_xport PDF…"));

    g_signal_connect_swapped (export, "clicked", G_CALLBACK (export_clicked_cb), self);
    adw_header_bar_pack_start (ADW_HEADER_BAR (header), export);
  }
  gtk_box_append (GTK_BOX (box), header);

  gtk_box_append (GTK_BOX (content), build_scores (self));
  gtk_box_append (GTK_BOX (content), build_text (self, 0, _("Strengths"), self->review->strengths));
  gtk_box_append (GTK_BOX (content), build_text (self, 1, _("Areas to Improve"), self->review->improvements));
  gtk_box_append (GTK_BOX (content), build_text (self, 2, _("Goals for the Next Period"), self->review->goals));
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
  update_buttons (self);
}

static void
ter_review_editor_dispose (GObject *object)
{
  TerReviewEditor *self = TER_REVIEW_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->review, ter_review_free);
  g_clear_pointer (&self->criteria, g_array_unref);
  g_clear_pointer (&self->score_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rep_name, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (ter_review_editor_parent_class)->dispose (object);
}

static void
ter_review_editor_class_init (TerReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ter_review_editor_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ter_review_editor_init (TerReviewEditor *self)
{
  self->score_rows = g_ptr_array_new ();
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

TerReviewEditor *
ter_review_editor_new (TerStore    *store,
                       gint64       review_id,
                       gint64       actor_id,
                       const char  *rep_name,
                       guint        fiscal_start_month,
                       GError     **error)
{
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (store);
  g_autoptr(TerReview) review = ter_performance_store_get_review (perf, review_id, error);
  g_autoptr(GArray) criteria = review != NULL ? ter_performance_store_list_criteria (perf, error) : NULL;
  TerReviewEditor *self;
  g_autofree char *title = NULL;

  if (criteria == NULL)
    return NULL;

  self = g_object_new (TER_TYPE_REVIEW_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->review = g_steal_pointer (&review);
  self->criteria = g_steal_pointer (&criteria);
  self->actor_id = actor_id;
  self->rep_name = g_strdup (rep_name);
  self->period = ter_review_describe_period (self->review, fiscal_start_month);
  /* Translators: the review window's title, the rep's name. */
  title = g_strdup_printf (_("Review of %s"), rep_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  build (self, title);

  return self;
}
