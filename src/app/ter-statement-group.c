/* ter-statement-group.c: the commission statement shown on the Reps page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-statement-group"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ter-commission-statement.h"
#include "ter-format.h"
#include "ter-statement-export.h"
#include "ter-statement-group.h"

enum {
  LINE_SALES,
  LINE_COMMISSION,
  LINE_CLAWED,
  LINE_PAYOUT,
  N_LINES
};

/* Two years back from the month the header period ends in: enough for a
 * dispute about last year's payout without an endless list. */
#define N_MONTHS 24

struct _TerStatementGroup
{
  GtkWidget               parent_instance;

  AdwPreferencesGroup    *group;
  AdwComboRow            *month_row;
  GtkStringList          *month_names;
  GtkWidget              *exports;
  GtkLabel               *lines[N_LINES];
  TerStore               *store;
  gint64                  rep_id;
  char                    months[N_MONTHS][8];  /* "2026-11", newest first */
  char                    month[8];             /* of the lines shown */
  TerCommissionStatement *statement;
  GCancellable           *cancellable;
  gboolean                filling;              /* the chooser is being refilled */
  gboolean                loaded;
};

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerStatementGroup, ter_statement_group, GTK_TYPE_WIDGET)

static void
set_money (GtkLabel   *label,
           gint64      amount,
           const char *currency)
{
  g_autofree char *text = ter_format_money (amount, currency);

  gtk_label_set_text (label, text);
}

static void
export_chosen_cb (gpointer    user_data,
                  const char *path)
{
  TerStatementGroup *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ter_statement_group_export (self, path, &error))
    g_signal_emit (self, signals[MESSAGE], 0, error->message);
  else
    g_signal_emit (self, signals[MESSAGE], 0, _("Statement exported"));
}

static void
export (TerStatementGroup *self,
        gboolean           pdf)
{
  if (self->statement == NULL)
    return;

  ter_statement_export_choose (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->statement, pdf,
                               export_chosen_cb, g_object_ref (self), g_object_unref);
}

static void
export_csv_clicked_cb (TerStatementGroup *self)
{
  export (self, FALSE);
}

static void
export_pdf_clicked_cb (TerStatementGroup *self)
{
  export (self, TRUE);
}

static GtkWidget *
build_exports (TerStatementGroup *self)
{
  GtkWidget *exports = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *csv = gtk_button_new_with_label ("CSV");
  GtkWidget *pdf = gtk_button_new_with_label ("PDF");

  gtk_widget_set_tooltip_text (csv, _("Export the statement as CSV"));
  gtk_widget_set_tooltip_text (pdf, _("Export the statement as PDF"));
  g_signal_connect_swapped (csv, "clicked", G_CALLBACK (export_csv_clicked_cb), self);
  g_signal_connect_swapped (pdf, "clicked", G_CALLBACK (export_pdf_clicked_cb), self);
  gtk_box_append (GTK_BOX (exports), gtk_image_new_from_icon_name ("document-save-symbolic"));
  gtk_box_append (GTK_BOX (exports), csv);
  gtk_box_append (GTK_BOX (exports), pdf);
  gtk_widget_set_valign (exports, GTK_ALIGN_CENTER);
  return exports;
}

/* Shows `statement` (taken) for self->month; NULL when no plan covered
 * the rep that month, which the group says rather than hiding itself, so
 * that the chooser stays at hand. */
static void
show_statement (TerStatementGroup      *self,
                TerCommissionStatement *statement)
{
  g_autofree char *month = ter_format_month (atoi (self->month), atoi (self->month + 5));
  g_autofree char *title = NULL;
  gint64 clawed = 0;

  g_clear_pointer (&self->statement, ter_commission_statement_free);
  self->statement = statement;
  /* Translators: heading of the commission group, "Commission, November 2026". */
  title = g_strdup_printf (_("Commission, %s"), month);
  adw_preferences_group_set_title (self->group, title);
  gtk_widget_set_sensitive (self->exports, statement != NULL);
  if (statement == NULL)
    {
      adw_preferences_group_set_description (self->group, _("No commission plan covered this rep in that month."));
      for (guint i = 0; i < N_LINES; i++)
        gtk_label_set_text (self->lines[i], "—");
      return;
    }

  for (guint i = 0; i < statement->clawbacks->len; i++)
    clawed += g_array_index (statement->clawbacks, TerClawback, i).clawback;
  adw_preferences_group_set_description (self->group, statement->plan_name);
  set_money (self->lines[LINE_SALES], statement->result.revenue, statement->currency);
  set_money (self->lines[LINE_COMMISSION], statement->result.commission, statement->currency);
  set_money (self->lines[LINE_CLAWED], clawed, statement->currency);
  set_money (self->lines[LINE_PAYOUT], statement->payout, statement->currency);
}

/* Refills the chooser with the months up to `last_month`, newest first,
 * and selects it. */
static void
fill_months (TerStatementGroup *self,
             const char        *last_month)
{
  int index = atoi (last_month) * 12 + atoi (last_month + 5) - 1;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < N_MONTHS; i++, index--)
    {
      g_snprintf (self->months[i], sizeof self->months[i], "%04d-%02d", index / 12, index % 12 + 1);
      g_ptr_array_add (names, ter_format_month (index / 12, index % 12 + 1));
    }
  g_ptr_array_add (names, NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->month_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->month_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->month_row, 0);
  self->filling = FALSE;
}

typedef struct {
  TerStore *store;
  gint64    rep_id;
  char      month[8];
} StatementData;

static void
statement_data_free (StatementData *data)
{
  g_clear_object (&data->store);
  g_free (data);
}

static void
statement_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  StatementData *data = task_data;
  GError *error = NULL;
  TerCommissionStatement *statement;

  statement = ter_performance_store_statement (TER_PERFORMANCE_STORE (data->store), data->rep_id, data->month, &error);
  if (statement == NULL && !g_error_matches (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND))
    {
      g_task_return_error (task, error);
      return;
    }

  g_clear_error (&error);
  g_task_return_pointer (task, statement, (GDestroyNotify) ter_commission_statement_free);
}

static void
statement_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  TerStatementGroup *self = TER_STATEMENT_GROUP (source);
  StatementData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  TerCommissionStatement *statement = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[MESSAGE], 0, error->message);
      return;
    }

  g_strlcpy (self->month, data->month, sizeof self->month);
  show_statement (self, statement);
  self->loaded = TRUE;
}

/* Another month chosen: its statement is worked out off the main thread. */
static void
month_selected_cb (TerStatementGroup *self)
{
  guint selected = adw_combo_row_get_selected (self->month_row);
  g_autoptr(GTask) task = NULL;
  StatementData *data;

  if (self->filling || self->store == NULL || selected >= N_MONTHS)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loaded = FALSE;
  data = g_new0 (StatementData, 1);
  data->store = g_object_ref (self->store);
  data->rep_id = self->rep_id;
  g_strlcpy (data->month, self->months[selected], sizeof data->month);
  task = g_task_new (self, self->cancellable, statement_done_cb, NULL);
  g_task_set_source_tag (task, month_selected_cb);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) statement_data_free);
  g_task_run_in_thread (task, statement_thread);
}

static void
ter_statement_group_dispose (GObject *object)
{
  TerStatementGroup *self = TER_STATEMENT_GROUP (object);

  g_clear_pointer ((GtkWidget **) &self->group, gtk_widget_unparent);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->statement, ter_commission_statement_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ter_statement_group_parent_class)->dispose (object);
}

static void
ter_statement_group_class_init (TerStatementGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_statement_group_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ter_statement_group_init (TerStatementGroup *self)
{
  const char *titles[N_LINES] = {
    _("Net sales"), _("Commission after tiers and cap"), _("Returns of earlier months clawed back"), _("Payout"),
  };

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->exports = build_exports (self);
  adw_preferences_group_set_header_suffix (self->group, self->exports);
  self->month_names = gtk_string_list_new (NULL);
  self->month_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->month_row), C_("commission statement", "Month"));
  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (self->month_names));
  g_object_unref (self->month_names);
  g_signal_connect_swapped (self->month_row, "notify::selected", G_CALLBACK (month_selected_cb), self);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->month_row));
  for (guint i = 0; i < N_LINES; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      self->lines[i] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_selectable (self->lines[i], TRUE);
      if (i == LINE_PAYOUT)
        gtk_widget_add_css_class (GTK_WIDGET (self->lines[i]), "heading");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->lines[i]));
      adw_preferences_group_add (self->group, row);
    }
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));
}

GtkWidget *
ter_statement_group_new (void)
{
  return g_object_new (TER_TYPE_STATEMENT_GROUP, NULL);
}

void
ter_statement_group_set_statement (TerStatementGroup      *self,
                                   TerStore               *store,
                                   gint64                  rep_id,
                                   const char             *month,
                                   TerCommissionStatement *statement)
{
  g_return_if_fail (TER_IS_STATEMENT_GROUP (self));
  g_return_if_fail (month != NULL && strlen (month) == 7);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_set_object (&self->store, store);
  self->rep_id = rep_id;
  g_strlcpy (self->month, month, sizeof self->month);
  fill_months (self, month);
  /* Managers and reps never on a plan that month have no commission. */
  gtk_widget_set_visible (GTK_WIDGET (self), statement != NULL);
  show_statement (self, statement);
  self->loaded = TRUE;
}

gboolean
ter_statement_group_is_loaded (TerStatementGroup *self)
{
  g_return_val_if_fail (TER_IS_STATEMENT_GROUP (self), FALSE);

  return self->loaded;
}

void
ter_statement_group_select_month (TerStatementGroup *self,
                                  const char        *month)
{
  g_return_if_fail (TER_IS_STATEMENT_GROUP (self));

  for (guint i = 0; i < N_MONTHS; i++)
    if (g_strcmp0 (self->months[i], month) == 0)
      adw_combo_row_set_selected (self->month_row, i);
}

const TerCommissionStatement *
ter_statement_group_get_statement (TerStatementGroup *self)
{
  g_return_val_if_fail (TER_IS_STATEMENT_GROUP (self), NULL);

  return self->statement;
}

gboolean
ter_statement_group_export (TerStatementGroup  *self,
                            const char         *path,
                            GError            **error)
{
  g_return_val_if_fail (TER_IS_STATEMENT_GROUP (self), FALSE);

  if (self->statement == NULL)
    {
      g_set_error_literal (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                           _("This rep has no commission statement for the month shown."));
      return FALSE;
    }

  return ter_statement_export_write (self->store, self->statement, path, error);
}
