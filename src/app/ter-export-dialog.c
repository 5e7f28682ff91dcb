/* ter-export-dialog.c
 *
 * Orders and targets follow the header's period and territory, as the
 * pages do; the overview is the Overview page's table; customers and
 * products are exported whole. The file is written in a GTask thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-export-dialog.h"
#include "ter-format.h"

typedef struct {
  TerStore         *store;
  GListModel       *territories;
  char             *table;
  char             *path;
  char             *currency;
  char              first_day[11];
  char              last_day[11];
  TerPeriod         period;
  TerExportOptions  options;
  TerExportFormat   format;
} ExportJob;

struct _TerExportDialog
{
  AdwWindow         parent_instance;

  TerContext       *context;
  gboolean          busy;

  /* Template widgets */
  AdwComboRow      *table_row;
  AdwComboRow      *format_row;
  AdwActionRow     *scope_row;
  GtkSwitch        *english_switch;
  GtkButton        *export_button;
  GtkSpinner       *spinner;
};

G_DEFINE_FINAL_TYPE (TerExportDialog, ter_export_dialog, ADW_TYPE_WINDOW)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of the table row's list. */
static const char * const tables[] = { "orders", "overview", "targets", "customers", "products" };

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->store);
  g_object_unref (job->territories);
  g_free (job->table);
  g_free (job->path);
  g_free (job->currency);
  g_free (job);
}

static const char *
selected_table (TerExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->table_row);

  return tables[MIN (selected, G_N_ELEMENTS (tables) - 1)];
}

static TerExportFormat
selected_format (TerExportDialog *self)
{
  return adw_combo_row_get_selected (self->format_row) == 1 ? TER_EXPORT_CSV : TER_EXPORT_XLSX;
}

/* Says which rows the chosen table will hold. */
static void
update_scope (TerExportDialog *self)
{
  const char *table = selected_table (self);
  g_autofree char *period = ter_context_describe_period (self->context);
  TerTerritory *territory = ter_context_find_territory (self->context, ter_context_get_territory_id (self->context));
  const char *name = territory != NULL ? ter_territory_get_display_name (territory) : _("All territories");
  g_autofree char *scope = NULL;

  if (g_str_equal (table, "customers") || g_str_equal (table, "products"))
    scope = g_strdup (_("All of them: customers and products do not depend on the period"));
  else
    /* Translators: what an export holds: territory and period. */
    scope = g_strdup_printf (_("%s · %s"), name, period);
  adw_action_row_set_subtitle (self->scope_row, scope);
}

static void
set_busy (TerExportDialog *self,
          gboolean         busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->table_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), !busy);
}

/* Export in a thread */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  gint64 rows;

  if (g_str_equal (job->table, "overview"))
    rows = ter_export_overview (job->store, job->territories, &job->period, job->currency,
                                &job->options, job->path, job->format, &error);
  else
    rows = ter_export_table_full (job->store, job->table, &job->options, job->path, job->format, &error);
  if (rows < 0)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, rows);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  TerExportDialog *self = TER_EXPORT_DIALOG (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gint64 rows = g_task_propagate_int (G_TASK (result), &error);
  g_autofree char *name = g_path_get_basename (job->path);
  g_autofree char *count = NULL;
  g_autofree char *message = NULL;

  /* Destroyed with its parent meanwhile: the file is written all the same. */
  if (self->spinner == NULL)
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      message = g_strdup_printf (_("Could not export: %s"), error->message);
      g_signal_emit (self, signals[ADD_TOAST], 0, message);
      return;
    }
  count = ter_format_integer (rows);
  message = g_strdup_printf (ngettext ("Exported %s row to “%s”", "Exported %s rows to “%s”", (gulong) rows),
                             count, name);
  g_signal_emit (self, signals[ADD_TOAST], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static ExportJob *
make_job (TerExportDialog *self,
          GFile           *file)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->store = g_object_ref (ter_context_get_store (self->context));
  job->territories = g_object_ref (ter_context_get_territories (self->context));
  job->table = g_strdup (selected_table (self));
  job->path = g_file_get_path (file);
  job->currency = g_strdup (ter_context_get_currency (self->context));
  job->format = selected_format (self);
  ter_context_get_period (self->context, &job->period);
  ter_period_format_bounds (&job->period, job->first_day, job->last_day);
  job->options.filter.first_day = job->first_day;
  job->options.filter.last_day = job->last_day;
  job->options.filter.territory_id = ter_context_get_territory_id (self->context);
  job->options.headers = gtk_switch_get_active (self->english_switch) ? TER_EXPORT_HEADERS_ENGLISH
                                                                      : TER_EXPORT_HEADERS_LOCALE;
  return job;
}

/* File chooser */

static void
save_response_cb (TerExportDialog      *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    ter_export_dialog_export_to (self, file);
  g_object_unref (chooser);
}

static char *
suggest_name (TerExportDialog *self)
{
  static const char *names[] = { N_("Orders"), N_("Overview"), N_("Targets"), N_("Customers"), N_("Products") };
  guint selected = MIN (adw_combo_row_get_selected (self->table_row), G_N_ELEMENTS (names) - 1);
  g_autofree char *period = ter_context_describe_period (self->context);

  return g_strdup_printf ("%s %s.%s", _(names[selected]), period,
                          selected_format (self) == TER_EXPORT_XLSX ? "xlsx" : "csv");
}

static void
export_clicked_cb (TerExportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = suggest_name (self);

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_clicked_cb (TerExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* GObject */

static gboolean
ter_export_dialog_close_request (GtkWindow *window)
{
  /* A file half written is worse than waiting a moment. */
  if (TER_EXPORT_DIALOG (window)->busy)
    return GDK_EVENT_STOP;
  return GTK_WINDOW_CLASS (ter_export_dialog_parent_class)->close_request (window);
}

static void
ter_export_dialog_dispose (GObject *object)
{
  TerExportDialog *self = TER_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ter_export_dialog_parent_class)->dispose (object);
}

static void
ter_export_dialog_class_init (TerExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ter_export_dialog_dispose;
  window_class->close_request = ter_export_dialog_close_request;

  /* A message for the main window: the file written, or why not. */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TerExportDialog, table_row);
  gtk_widget_class_bind_template_child (widget_class, TerExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, TerExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, TerExportDialog, english_switch);
  gtk_widget_class_bind_template_child (widget_class, TerExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, TerExportDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, update_scope);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ter_export_dialog_init (TerExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

TerExportDialog *
ter_export_dialog_new (GtkWindow  *parent,
                       TerContext *context)
{
  TerExportDialog *self;

  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);

  self = g_object_new (TER_TYPE_EXPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->context = g_object_ref (context);
  update_scope (self);
  return self;
}

void
ter_export_dialog_set_table (TerExportDialog *self,
                             const char      *table)
{
  g_return_if_fail (TER_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i], table))
      adw_combo_row_set_selected (self->table_row, i);
}

void
ter_export_dialog_set_format (TerExportDialog *self,
                              TerExportFormat  format)
{
  g_return_if_fail (TER_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, format == TER_EXPORT_CSV ? 1 : 0);
}

void
ter_export_dialog_export_to (TerExportDialog *self,
                             GFile           *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (TER_IS_EXPORT_DIALOG (self));

  if (self->busy)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_signal_emit (self, signals[ADD_TOAST], 0, _("Choose a folder on this computer."));
      return;
    }
  set_busy (self, TRUE);
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, ter_export_dialog_export_to);
  g_task_set_task_data (task, make_job (self, file), (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
ter_export_dialog_is_busy (TerExportDialog *self)
{
  g_return_val_if_fail (TER_IS_EXPORT_DIALOG (self), FALSE);

  return self->busy;
}
