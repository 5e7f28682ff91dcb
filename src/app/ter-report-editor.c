/* ter-report-editor.c: the monthly report form.
 *
 * The figures come from the month's orders; the rep writes the rest. Only
 * the rep may save or submit it, which the model enforces; a submitted
 * report is read-only and its date decides whether it was on time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-report-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ter-format.h"
#include "ter-performance-store.h"
#include "ter-report-editor.h"

struct _TerReportEditor
{
  AdwWindow        parent_instance;

  TerStore        *store;
  TerRepReport    *report;
  gint64           actor_id;
  GtkTextBuffer   *texts[4];
  GtkWidget       *views[4];
  AdwWindowTitle  *window_title;
  AdwToastOverlay *toasts;
  GtkWidget       *save_button;
  GtkWidget       *submit_button;
};

G_DEFINE_FINAL_TYPE (TerReportEditor, ter_report_editor, ADW_TYPE_WINDOW)

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_state (TerReportEditor *self)
{
  g_autofree char *subtitle = NULL;

  if (!self->report->submitted)
    subtitle = g_strdup (_("Not submitted"));
  else if (self->report->on_time)
    subtitle = g_strdup_printf (_("On time (%s)"), self->report->submitted_on);
  else
    subtitle = g_strdup_printf (_("Late (%s)"), self->report->submitted_on);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_visible (self->save_button, !self->report->submitted);
  gtk_widget_set_visible (self->submit_button, !self->report->submitted);
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (self->views[i]), !self->report->submitted);
}

static void
write_report (TerReportEditor *self,
              gboolean         submit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(TerRepReport) stored = NULL;
  char **fields[4] = { &self->report->reasons, &self->report->work_done,
                       &self->report->next_goals, &self->report->competitors };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_free (*fields[i]);
      *fields[i] = buffer_text (self->texts[i]);
    }

  if (!ter_performance_store_save_report (TER_PERFORMANCE_STORE (self->store), self->actor_id,
                                          self->report, submit, today, &error)
      || (stored = ter_performance_store_get_report (TER_PERFORMANCE_STORE (self->store), self->report->rep_id,
                                                     self->report->month, &error)) == NULL)
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toasts, toast);
      return;
    }

  self->report->submitted = stored->submitted;
  self->report->on_time = stored->on_time;
  g_strlcpy (self->report->submitted_on, stored->submitted_on, sizeof self->report->submitted_on);
  update_state (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (submit ? _("Report submitted") : _("Report saved")));
}

static void
save_clicked_cb (TerReportEditor *self)
{
  write_report (self, FALSE);
}

static void
submit_clicked_cb (TerReportEditor *self)
{
  write_report (self, TRUE);
}

static GtkWidget *
build_figures (GArray     *figures,
               const char *currency)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sales by Distributor and Product"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The month’s largest customers and products, with their share of your sales"));
  for (guint i = 0; i < figures->len; i++)
    {
      const TerReportFigure *f = &g_array_index (figures, TerReportFigure, i);
      g_autofree char *amount = ter_format_money (f->amount, currency);
      g_autofree char *share = ter_format_percent (f->share_bp / 10000.0);
      /* Translators: a report figure, "¥12,345.00 · 23.4%". */
      g_autofree char *value = g_strdup_printf (_("%s · %s"), amount, share);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), f->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), f->product ? _("Product") : _("Customer"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (value));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (figures->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("No sales this month"));

  return group;
}

static GtkWidget *
build_text (TerReportEditor *self,
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
  gtk_widget_set_size_request (view, -1, 64);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);

  return group;
}

static void
build (TerReportEditor *self,
       const char      *title,
       GArray          *figures,
       const char      *currency)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (title, NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  self->submit_button = gtk_button_new_with_mnemonic (_("_Submit"));
  gtk_widget_add_css_class (self->submit_button, "suggested-action");
  g_signal_connect_swapped (self->submit_button, "clicked", G_CALLBACK (submit_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->submit_button);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save Draft"));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_box_append (GTK_BOX (content), build_figures (figures, currency));
  gtk_box_append (GTK_BOX (content), build_text (self, 0, _("Why the Target Was Met or Missed"), self->report->reasons));
  gtk_box_append (GTK_BOX (content), build_text (self, 1, _("Work Done and Its Effect"), self->report->work_done));
  gtk_box_append (GTK_BOX (content), build_text (self, 2, _("Goals for Next Month"), self->report->next_goals));
  gtk_box_append (GTK_BOX (content), build_text (self, 3, _("Competing Brands, Ranked, and What to Learn from Them"),
                                                 self->report->competitors));
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
  update_state (self);
}

static void
ter_report_editor_dispose (GObject *object)
{
  TerReportEditor *self = TER_REPORT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->report, ter_rep_report_free);

  G_OBJECT_CLASS (ter_report_editor_parent_class)->dispose (object);
}

static void
ter_report_editor_class_init (TerReportEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_report_editor_dispose;
}

static void
ter_report_editor_init (TerReportEditor *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

TerReportEditor *
ter_report_editor_new (TerStore    *store,
                       gint64       rep_id,
                       const char  *month,
                       gint64       actor_id,
                       const char  *rep_name,
                       const char  *currency,
                       GError     **error)
{
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (store);
  g_autoptr(TerRepReport) report = ter_performance_store_get_report (perf, rep_id, month, error);
  g_autoptr(GArray) figures = report != NULL ? ter_performance_store_report_figures (perf, rep_id, month, error) : NULL;
  g_autofree char *month_name = NULL;
  g_autofree char *title = NULL;
  TerReportEditor *self;

  if (figures == NULL)
    return NULL;

  self = g_object_new (TER_TYPE_REPORT_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->report = g_steal_pointer (&report);
  self->actor_id = actor_id;
  month_name = ter_format_month (atoi (month), atoi (month + 5));
  /* Translators: the monthly report window's title, "Chen Chen · October 2026". */
  title = g_strdup_printf (_("%s · %s"), rep_name, month_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  build (self, title, figures, currency);

  return self;
}
