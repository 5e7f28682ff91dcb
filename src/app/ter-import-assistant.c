/* ter-import-assistant.c
 *
 * The file is read twice: once in a thread for the preview (the first
 * rows, the encoding and the layout), and once by the import itself,
 * which runs in a GTask thread inside one transaction. Cancel rolls the
 * transaction back, so a cancelled or refused import leaves the
 * database as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-assistant"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ter-csv-reader.h"
#include "ter-format.h"
#include "ter-import-assistant.h"
#include "ter-import-columns.h"
#include "ter-import-store.h"
#include "ter-import-preview.h"
#include "ter-import-result.h"

#define PREVIEW_ROWS 8

typedef struct {
  TerCsvFormat  format;
  GStrv         header;
  GPtrArray    *rows;      /* GStrv */
  guint64       n_lines;
} Preview;

typedef struct {
  TerStore      *store;
  char          *path;
  char          *currency;
  char          *save_mapping;
  GStrv          choices;
  GStrv          region_aliases;
  TerDateOrder   date_order;
  gboolean       decimal_comma;
  gboolean       skip_invalid;
  int            permille;   /* progress, written by the thread */
} ImportJob;

struct _TerImportAssistant
{
  AdwWindow         parent_instance;

  TerContext       *context;
  GFile            *file;
  GCancellable     *cancellable;
  Preview          *preview;
  ImportJob        *job;       /* while importing; owned by the task */
  TerImportReport  *report;
  GStrv             region_aliases; /* "NAME=CODE" chosen on the result page */
  guint             progress_id;
  gboolean          close_when_done;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkButton        *close_button;
  GtkButton        *back_button;
  GtkButton        *import_button;
  GtkButton        *done_button;
  GtkStack         *stack;
  AdwStatusPage    *error_page;
  AdwActionRow     *layout_row;
  AdwActionRow     *encoding_row;
  AdwComboRow      *date_row;
  GtkSwitch        *comma_switch;
  AdwComboRow      *currency_row;
  TerImportPreview *preview_table;
  TerImportColumns *columns;
  GtkLabel         *missing_label;
  GtkCheckButton   *all_check;
  GtkCheckButton   *skip_check;
  AdwEntryRow      *mapping_row;
  AdwComboRow      *saved_row;
  GStrv             saved_names;
  GtkProgressBar   *progress_bar;
  GtkLabel         *progress_label;
  GtkButton        *cancel_button;
  TerImportResult  *result;
};

G_DEFINE_FINAL_TYPE (TerImportAssistant, ter_import_assistant, ADW_TYPE_WINDOW)

static const char * const currencies[] = {
  "CNY", "USD", "EUR", "GBP", "HKD", "TWD", "CAD", "AUD", "JPY", "KRW", NULL
};

static void
preview_free (Preview *preview)
{
  g_free (preview->format.encoding);
  g_strfreev (preview->header);
  g_ptr_array_unref (preview->rows);
  g_free (preview);
}

static void
import_job_free (ImportJob *job)
{
  g_object_unref (job->store);
  g_free (job->path);
  g_free (job->currency);
  g_free (job->save_mapping);
  g_strfreev (job->choices);
  g_strfreev (job->region_aliases);
  g_free (job);
}

/* Steps */

static void
show_step (TerImportAssistant *self,
           const char         *step)
{
  gboolean setup = g_str_equal (step, "setup");
  gboolean result = g_str_equal (step, "result");
  gboolean can_retry = self->preview != NULL && (self->report == NULL || !self->report->committed);

  gtk_stack_set_visible_child_name (self->stack, step);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), !result && !g_str_equal (step, "progress"));
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), setup);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), result && can_retry);
  gtk_widget_set_visible (GTK_WIDGET (self->done_button), result);
  gtk_button_set_label (self->close_button, setup || g_str_equal (step, "loading") ? _("_Cancel") : _("_Close"));
  gtk_window_set_deletable (GTK_WINDOW (self), !g_str_equal (step, "progress"));
}

static void
show_error (TerImportAssistant *self,
            const char         *title,
            const char         *message)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, message);
  show_step (self, "error");
}

/* Preview: read in a thread */

static gboolean
preview_record_cb (const TerCsvRecord  *record,
                   gpointer             user_data,
                   GError             **error)
{
  Preview *preview = user_data;
  GStrv fields = g_new0 (char *, record->n_fields + 1);

  for (guint i = 0; i < record->n_fields; i++)
    fields[i] = g_strdup (record->fields[i]);
  if (preview->header == NULL)
    preview->header = fields;
  else
    g_ptr_array_add (preview->rows, fields);
  return TRUE;
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(TerCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  Preview *preview;

  reader = path != NULL ? ter_csv_reader_new (path, &error) : NULL;
  if (reader == NULL)
    {
      if (error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only files on this computer can be imported."));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  preview = g_new0 (Preview, 1);
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  preview->format = *ter_csv_reader_get_format (reader);
  preview->format.encoding = g_strdup (preview->format.encoding);
  if (!ter_csv_reader_read (reader, PREVIEW_ROWS + 1, preview_record_cb, NULL, preview, cancellable, &error)
      || preview->header == NULL)
    {
      preview_free (preview);
      if (error == NULL)
        g_set_error (&error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_NO_HEADER, _("The file is empty."));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  preview->n_lines = ter_csv_reader_count_lines (reader);
  g_task_return_pointer (task, preview, (GDestroyNotify) preview_free);
}

/* Preview: show */

static char *
describe_format (Preview *preview)
{
  const TerCsvFormat *format = &preview->format;
  g_autofree char *lines = ter_format_integer ((gint64) preview->n_lines);
  const char *delimiter;

  switch (format->delimiter)
    {
    case ';': delimiter = _("semicolon-separated"); break;
    case '\t': delimiter = _("tab-separated"); break;
    case '|': delimiter = _("separated by |"); break;
    default: delimiter = _("comma-separated"); break;
    }
  /* Translators: encoding, byte order mark, separator and size of a file,
   * as "UTF-8 with byte order mark · comma-separated · 1,204 lines". */
  return g_strdup_printf (_("%s%s · %s · %s lines"), format->encoding,
                          format->bom ? _(" with byte order mark") : "", delimiter, lines);
}

static TerDateOrder
guess_date_order (Preview                *preview,
                  const TerImportMapping *mapping)
{
  int column = mapping->columns[TER_IMPORT_FIELD_ORDER_DATE][0];

  for (guint r = 0; column >= 0 && r < preview->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (preview->rows, r);
      TerDateOrder order;

      if ((guint) column < g_strv_length (row) && (order = ter_import_date_order_hint (row[column])) != TER_DATE_ORDER_AUTO)
        return order;
    }
  return TER_DATE_ORDER_AUTO;
}

static gboolean
guess_decimal_comma (Preview                *preview,
                     const TerImportMapping *mapping)
{
  static const TerImportField money[] = { TER_IMPORT_FIELD_AMOUNT, TER_IMPORT_FIELD_UNIT_PRICE };

  for (guint r = 0; r < preview->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (preview->rows, r);

      for (guint i = 0; i < G_N_ELEMENTS (money); i++)
        {
          int column = mapping->columns[money[i]][0];

          if (column >= 0 && (guint) column < g_strv_length (row) && ter_import_looks_decimal_comma (row[column]))
            return TRUE;
        }
    }
  return FALSE;
}

static void
select_currency (TerImportAssistant    *self,
                 const TerImportPreset *preset)
{
  const char *wanted = preset != NULL && preset->currency != NULL ? preset->currency
                                                                 : ter_context_get_currency (self->context);

  for (guint i = 0; currencies[i] != NULL; i++)
    if (g_strcmp0 (currencies[i], wanted) == 0)
      adw_combo_row_set_selected (self->currency_row, i);
}

/* The preview labels each column with the field it is read as, and the
 * Import button waits until the choices are enough for an order. */
static void
columns_changed_cb (TerImportAssistant *self)
{
  guint n_columns = g_strv_length (self->preview->header);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean usable = ter_import_columns_is_usable (self->columns);
  TerImportMapping mapping;

  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (labels, NULL);
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    {
      int column = ter_import_columns_get_column (self->columns, f);
      char *old;

      if (column < 0 || (guint) column >= n_columns)
        continue;
      old = g_ptr_array_index (labels, column);
      labels->pdata[column] = old ? g_strdup_printf ("%s, %s", old, ter_import_field_name (f))
                                  : g_strdup (ter_import_field_name (f));
      g_free (old);
    }
  g_ptr_array_add (labels, NULL);
  ter_import_preview_set_fields (self->preview_table, (const char * const *) labels->pdata);

  /* Until the user says otherwise, dates and decimals are read as the
   * chosen columns write them. */
  ter_import_mapping_clear (&mapping);
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    mapping.columns[f][0] = ter_import_columns_get_column (self->columns, f);
  if (adw_combo_row_get_selected (self->date_row) == TER_DATE_ORDER_AUTO)
    adw_combo_row_set_selected (self->date_row, guess_date_order (self->preview, &mapping));
  if (!gtk_switch_get_active (self->comma_switch))
    gtk_switch_set_active (self->comma_switch, guess_decimal_comma (self->preview, &mapping));

  gtk_widget_set_visible (GTK_WIDGET (self->currency_row),
                          ter_import_columns_get_column (self->columns, TER_IMPORT_FIELD_CURRENCY) < 0);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), !usable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), usable);
}

/* Saved column choices */

static gboolean
apply_saved (TerImportAssistant  *self,
             const char          *name,
             GError             **error)
{
  g_auto(GStrv) choices = ter_import_store_load_mapping (TER_IMPORT_STORE (ter_context_get_store (self->context)),
                                                         name, error);

  if (choices == NULL)
    return FALSE;
  if (!ter_import_columns_apply_choices (self->columns, (const char * const *) choices))
    {
      g_set_error (error, TER_IMPORT_ERROR, TER_IMPORT_ERROR_OPTION,
                   _("The saved column choices “%s” name columns this file does not have."), name);
      return FALSE;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->mapping_row), name);
  return TRUE;
}

static void
saved_selected_cb (TerImportAssistant *self)
{
  guint selected = adw_combo_row_get_selected (self->saved_row);
  g_autoptr(GError) error = NULL;

  if (self->preview == NULL || self->saved_names == NULL || selected == 0
      || selected > g_strv_length (self->saved_names))
    return;
  if (!apply_saved (self, self->saved_names[selected - 1], &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* Lists the saved choices; a file of no known layout starts from the
 * first saved choices that fit it, as the same export comes every month. */
static void
offer_saved (TerImportAssistant *self,
             gboolean            recognised)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->saved_names, g_strfreev);
  self->saved_names = ter_import_store_list_mappings (TER_IMPORT_STORE (ter_context_get_store (self->context)), &error);
  if (self->saved_names == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  /* Translators: no saved column choices are used. */
  gtk_string_list_append (names, C_("saved column choices", "None"));
  gtk_string_list_splice (names, 1, 0, (const char * const *) self->saved_names);
  adw_combo_row_set_model (self->saved_row, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->saved_row), self->saved_names[0] != NULL);

  for (guint i = 0; !recognised && self->saved_names[i] != NULL; i++)
    if (apply_saved (self, self->saved_names[i], NULL) && ter_import_columns_is_usable (self->columns))
      {
        g_signal_handlers_block_by_func (self->saved_row, saved_selected_cb, self);
        adw_combo_row_set_selected (self->saved_row, i + 1);
        g_signal_handlers_unblock_by_func (self->saved_row, saved_selected_cb, self);
        return;
      }
}

static void
show_preview (TerImportAssistant *self)
{
  Preview *preview = self->preview;
  guint n_header = g_strv_length (preview->header);
  TerImportMapping mapping;
  const TerImportPreset *preset;
  g_autofree char *format = describe_format (preview);
  GStrv sample = preview->rows->len > 0 ? g_ptr_array_index (preview->rows, 0) : NULL;

  preset = ter_import_preset_detect ((const char * const *) preview->header, n_header, NULL, &mapping);
  /* An unknown layout still starts from the columns whose names say
   * what they hold. */
  if (preset == NULL)
    ter_import_preset_detect ((const char * const *) preview->header, n_header, "generic", &mapping);

  adw_action_row_set_subtitle (self->layout_row,
                               preset != NULL ? _(preset->label)
                                              : _("Not recognised: choose below which column holds what"));
  adw_action_row_set_subtitle (self->encoding_row, format);
  adw_combo_row_set_selected (self->date_row, guess_date_order (preview, &mapping));
  gtk_switch_set_active (self->comma_switch, guess_decimal_comma (preview, &mapping));
  select_currency (self, preset);

  ter_import_preview_set_rows (self->preview_table, (const char * const *) preview->header, preview->rows);
  ter_import_columns_set_file (self->columns, (const char * const *) preview->header,
                               (const char * const *) sample, &mapping, preset != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->mapping_row), "");
  offer_saved (self, preset != NULL);
  columns_changed_cb (self);
  show_step (self, "setup");
}

static void
preview_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TerImportAssistant *self = TER_IMPORT_ASSISTANT (object);
  g_autoptr(GError) error = NULL;
  Preview *preview = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->stack == NULL)
    {
      g_clear_pointer (&preview, preview_free);
      return;
    }
  if (preview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("The File Cannot Be Read"), error->message);
      return;
    }
  g_clear_pointer (&self->preview, preview_free);
  self->preview = preview;
  show_preview (self);
}

/* Import */

static void
import_progress_cb (double   fraction,
                    gpointer user_data)
{
  ImportJob *job = user_data;

  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
}

static gboolean
show_progress_cb (gpointer user_data)
{
  TerImportAssistant *self = user_data;
  int permille = self->job != NULL ? g_atomic_int_get (&self->job->permille) : 0;

  /* Only a change is drawn: a new fraction relays out the page. */
  if (G_APPROX_VALUE (gtk_progress_bar_get_fraction (self->progress_bar), permille / 1000.0, 1e-6))
    return G_SOURCE_CONTINUE;
  gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
  /* After the last row the indexes and summaries are rebuilt. */
  if (permille >= 1000)
    gtk_label_set_label (self->progress_label, _("Updating the summaries…"));
  return G_SOURCE_CONTINUE;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  TerImportOptions options = TER_IMPORT_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  TerImportReport *report;

  options.date_order = job->date_order;
  options.decimal_comma = job->decimal_comma;
  options.skip_invalid = job->skip_invalid;
  options.currency = job->currency;
  options.columns = (const char * const *) job->choices;
  options.save_mapping = job->save_mapping;
  options.region_aliases = (const char * const *) job->region_aliases;
  report = ter_import_file (job->store, job->path, &options, import_progress_cb, job, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) ter_import_report_free);
}

static void
finish_import (TerImportAssistant *self,
               TerImportReport    *report,
               GError             *error)
{
  g_autoptr(GError) reload_error = NULL;

  g_clear_pointer (&self->report, ter_import_report_free);
  self->report = report;
  if (report == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ter_import_result_show_error (self->result, _("Import Cancelled"),
                                  _("Nothing was changed: the database is as it was before the import."));
  else if (report == NULL)
    ter_import_result_show_error (self->result, _("Nothing Was Imported"), error->message);
  else
    ter_import_result_show_report (self->result, report);
  show_step (self, "result");

  /* Every page re-reads its figures on ::data-changed. */
  if (report != NULL && report->committed && report->orders_added > 0
      && !ter_context_reload (self->context, &reload_error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (reload_error->message));
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  TerImportAssistant *self = TER_IMPORT_ASSISTANT (object);
  g_autoptr(GError) error = NULL;
  TerImportReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  self->job = NULL;
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  /* Destroyed meanwhile (the app quit): the import was rolled back. */
  if (self->stack == NULL)
    {
      g_clear_pointer (&report, ter_import_report_free);
      return;
    }
  finish_import (self, report, error);
  if (self->close_when_done)
    gtk_window_destroy (GTK_WINDOW (self));
}

static ImportJob *
make_job (TerImportAssistant *self)
{
  ImportJob *job = g_new0 (ImportJob, 1);
  const char *mapping_name = gtk_editable_get_text (GTK_EDITABLE (self->mapping_row));
  guint currency = adw_combo_row_get_selected (self->currency_row);

  job->store = g_object_ref (ter_context_get_store (self->context));
  job->path = g_file_get_path (self->file);
  job->choices = ter_import_columns_get_choices (self->columns);
  job->region_aliases = g_strdupv (self->region_aliases);
  job->date_order = adw_combo_row_get_selected (self->date_row);
  job->decimal_comma = gtk_switch_get_active (self->comma_switch);
  job->skip_invalid = gtk_check_button_get_active (self->skip_check);
  job->currency = currency < G_N_ELEMENTS (currencies) - 1 ? g_strdup (currencies[currency]) : NULL;
  job->save_mapping = g_strstrip (g_strdup (mapping_name));
  if (*job->save_mapping == '\0')
    g_clear_pointer (&job->save_mapping, g_free);
  return job;
}

static void
import_clicked_cb (TerImportAssistant *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->job != NULL || !ter_import_columns_is_usable (self->columns))
    return;

  self->cancellable = g_cancellable_new ();
  self->job = make_job (self);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_label (self->progress_label, _("Checking and adding the orders…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  show_step (self, "progress");
  self->progress_id = g_timeout_add (100, show_progress_cb, self);

  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, import_clicked_cb);
  g_task_set_task_data (task, self->job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/* The names chosen for unknown regions join those chosen before, and
 * the file is imported again with the same choices. */
static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TerImportAssistant *self = TER_IMPORT_ASSISTANT (widget);
  g_auto(GStrv) chosen = ter_import_result_get_region_aliases (self->result);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (self->job != NULL || chosen[0] == NULL)
    return;
  if (self->region_aliases != NULL)
    g_strv_builder_addv (builder, (const char **) self->region_aliases);
  g_strv_builder_addv (builder, (const char **) chosen);
  g_strfreev (self->region_aliases);
  self->region_aliases = g_strv_builder_end (builder);
  import_clicked_cb (self);
}

static void
cancel_clicked_cb (TerImportAssistant *self)
{
  gtk_label_set_label (self->progress_label, _("Cancelling: undoing what was written…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  g_cancellable_cancel (self->cancellable);
}

static void
back_clicked_cb (TerImportAssistant *self)
{
  show_step (self, "setup");
}

static void
close_clicked_cb (TerImportAssistant *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Rejected rows */

static void
save_response_cb (TerImportAssistant   *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      name = g_file_get_basename (file);
      if (ter_import_assistant_save_rejects (self, file, &error))
        message = g_strdup_printf (_("Saved the rejected rows to “%s”"), name);
      else
        message = g_strdup (error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  g_object_unref (chooser);
}

static void
save_rejects_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TerImportAssistant *self = TER_IMPORT_ASSISTANT (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  if (self->report == NULL)
    return;
  base = g_file_get_basename (self->file);
  if ((dot = strrchr (base, '.')) != NULL)
    *dot = '\0';
  /* Translators: file name for the rejected rows of "orders.csv". */
  name = g_strdup_printf (_("%s-rejected.csv"), base);
  chooser = gtk_file_chooser_native_new (_("Save Rejected Rows"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject */

static gboolean
ter_import_assistant_close_request (GtkWindow *window)
{
  TerImportAssistant *self = TER_IMPORT_ASSISTANT (window);

  /* Closing during an import cancels it and waits for the rollback. */
  if (self->job != NULL)
    {
      self->close_when_done = TRUE;
      cancel_clicked_cb (self);
      return GDK_EVENT_STOP;
    }
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (ter_import_assistant_parent_class)->close_request (window);
}

static void
ter_import_assistant_dispose (GObject *object)
{
  TerImportAssistant *self = TER_IMPORT_ASSISTANT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_IMPORT_ASSISTANT);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->file);
  g_clear_pointer (&self->preview, preview_free);
  g_clear_pointer (&self->report, ter_import_report_free);
  g_clear_pointer (&self->region_aliases, g_strfreev);
  g_clear_pointer (&self->saved_names, g_strfreev);

  G_OBJECT_CLASS (ter_import_assistant_parent_class)->dispose (object);
}

static void
ter_import_assistant_class_init (TerImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ter_import_assistant_dispose;
  window_class->close_request = ter_import_assistant_close_request;

  g_type_ensure (TER_TYPE_IMPORT_COLUMNS);
  g_type_ensure (TER_TYPE_IMPORT_PREVIEW);
  g_type_ensure (TER_TYPE_IMPORT_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-import-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, close_button);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, import_button);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, done_button);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, error_page);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, layout_row);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, date_row);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, comma_switch);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, currency_row);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, preview_table);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, columns);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, missing_label);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, all_check);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, skip_check);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, mapping_row);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, saved_row);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TerImportAssistant, result);
  gtk_widget_class_bind_template_callback (widget_class, columns_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, saved_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);

  gtk_widget_class_install_action (widget_class, "import.save-rejects", NULL, save_rejects_action);
  gtk_widget_class_install_action (widget_class, "import.retry", NULL, retry_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ter_import_assistant_init (TerImportAssistant *self)
{
  g_autoptr(GtkStringList) currency_names = gtk_string_list_new (currencies);
  g_autoptr(GtkStringList) date_orders = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In TerDateOrder's order. */
  gtk_string_list_append (date_orders, _("As the file writes them"));
  gtk_string_list_append (date_orders, _("Year-month-day (2025-10-31)"));
  gtk_string_list_append (date_orders, _("Month/day/year (10/31/2025)"));
  gtk_string_list_append (date_orders, _("Day/month/year (31/10/2025)"));
  adw_combo_row_set_model (self->date_row, G_LIST_MODEL (date_orders));
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (currency_names));
}

/* Public API */

static void
open_response_cb (GtkFileChooserNative *chooser,
                  int                   response,
                  TerContext           *context)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  GtkWindow *parent = gtk_native_dialog_get_transient_for (GTK_NATIVE_DIALOG (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    ter_import_assistant_run (parent, context, file);
  g_object_unref (context);
  g_object_unref (chooser);
}

void
ter_import_assistant_run (GtkWindow  *parent,
                          TerContext *context,
                          GFile      *file)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  TerImportAssistant *self;

  g_return_if_fail (TER_IS_CONTEXT (context));

  if (file != NULL)
    {
      self = ter_import_assistant_new (parent, context);
      ter_import_assistant_load (self, file);
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  chooser = gtk_file_chooser_native_new (_("Import Orders"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), g_object_ref (context));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

TerImportAssistant *
ter_import_assistant_new (GtkWindow  *parent,
                          TerContext *context)
{
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GError) error = NULL;
  TerImportAssistant *self;

  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);

  self = g_object_new (TER_TYPE_IMPORT_ASSISTANT,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->context = g_object_ref (context);
  regions = ter_store_list_regions (ter_context_get_store (context), NULL, &error);
  if (regions != NULL)
    ter_import_result_set_regions (self->result, regions);
  else
    g_warning ("Regions for unknown names: %s", error->message);
  return self;
}

void
ter_import_assistant_load (TerImportAssistant *self,
                           GFile              *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (TER_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  g_clear_pointer (&self->preview, preview_free);
  g_clear_pointer (&self->report, ter_import_report_free);
  g_clear_pointer (&self->region_aliases, g_strfreev);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  show_step (self, "loading");

  task = g_task_new (self, self->cancellable, preview_done_cb, NULL);
  g_task_set_source_tag (task, ter_import_assistant_load);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, preview_thread);
}

const char *
ter_import_assistant_get_step (TerImportAssistant *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_ASSISTANT (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

TerImportReport *
ter_import_assistant_get_report (TerImportAssistant *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_ASSISTANT (self), NULL);

  return self->report;
}

gboolean
ter_import_assistant_save_rejects (TerImportAssistant  *self,
                                   GFile               *file,
                                   GError             **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (TER_IS_IMPORT_ASSISTANT (self), FALSE);
  g_return_val_if_fail (self->report != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Choose a folder on this computer."));
      return FALSE;
    }
  return ter_import_report_write_rejects (self->report, path, error);
}
