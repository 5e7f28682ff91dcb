/* ter-statement-group.c: the commission statement shown on the Reps page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-statement-group"

#include "config.h"

#include <glib/gi18n.h>

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

struct _TerStatementGroup
{
  GtkWidget               parent_instance;

  AdwPreferencesGroup    *group;
  GtkLabel               *lines[N_LINES];
  TerStore               *store;
  TerCommissionStatement *statement;
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

static void
ter_statement_group_dispose (GObject *object)
{
  TerStatementGroup *self = TER_STATEMENT_GROUP (object);

  g_clear_pointer ((GtkWidget **) &self->group, gtk_widget_unparent);
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
  adw_preferences_group_set_header_suffix (self->group, build_exports (self));
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
                                   TerCommissionStatement *statement)
{
  g_autofree char *month = NULL;
  g_autofree char *title = NULL;
  gint64 clawed = 0;

  g_return_if_fail (TER_IS_STATEMENT_GROUP (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->statement, ter_commission_statement_free);
  self->statement = statement;
  gtk_widget_set_visible (GTK_WIDGET (self), statement != NULL);
  if (statement == NULL)
    return;

  month = ter_commission_statement_month (statement);
  /* Translators: heading of the commission group, "Commission, November 2026". */
  title = g_strdup_printf (_("Commission, %s"), month);
  for (guint i = 0; i < statement->clawbacks->len; i++)
    clawed += g_array_index (statement->clawbacks, TerClawback, i).clawback;
  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group, statement->plan_name);
  set_money (self->lines[LINE_SALES], statement->result.revenue, statement->currency);
  set_money (self->lines[LINE_COMMISSION], statement->result.commission, statement->currency);
  set_money (self->lines[LINE_CLAWED], clawed, statement->currency);
  set_money (self->lines[LINE_PAYOUT], statement->payout, statement->currency);
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
