/* ter-map-page-export.c: exporting the Map page's map at a chosen
 * format and size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-map-export-dialog.h"
#include "ter-map-page-private.h"
#include "ter-page.h"

static const char *
extension_of (TerChartFormat format)
{
  return format == TER_CHART_FORMAT_PDF ? ".pdf" : format == TER_CHART_FORMAT_SVG ? ".svg" : ".png";
}

/**
 * ter_map_page_export:
 * @self: a page
 * @path: where to write; the format's extension is added when missing
 * @format: PNG, PDF or SVG
 * @width: pixels (PNG) or points
 * @height: pixels (PNG) or points
 * @error: where to put an error
 *
 * Draws the map on show afresh at that size, with its legend and labels.
 */
gboolean
ter_map_page_export (TerMapPage      *self,
                     const char      *path,
                     TerChartFormat   format,
                     int              width,
                     int              height,
                     GError         **error)
{
  TerMapRenderer *renderer = ter_map_view_get_renderer (self->view);
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *full = NULL;
  gboolean ok;

  g_return_val_if_fail (TER_IS_MAP_PAGE (self), FALSE);
  if (renderer == NULL)
    {
      g_set_error (error, TER_CHART_ERROR, TER_CHART_ERROR_INVALID_SIZE, _("There is no map to export yet."));
      return FALSE;
    }
  full = g_str_has_suffix (lower, extension_of (format)) ? g_strdup (path) : g_strconcat (path, extension_of (format), NULL);
  ok = ter_map_renderer_export (renderer, full, format, width, height, error);
  ter_map_view_invalidate (self->view);
  return ok;
}

typedef struct {
  TerMapPage     *page;
  TerChartFormat  format;
  int             width;
  int             height;
} ExportRequest;

static void
export_file_chosen_cb (GtkNativeDialog *chooser,
                       int              response,
                       ExportRequest   *request)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TerMapPage *self = request->page;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      if (!ter_map_page_export (self, path, request->format, request->width, request->height, &error))
        ter_page_add_toast (TER_PAGE (self), error->message);
      else
        {
          g_autofree char *message = g_strdup_printf (_("Map saved as %s"), path);

          ter_page_add_toast (TER_PAGE (self), message);
        }
    }
  g_object_unref (request->page);
  g_free (request);
  g_object_unref (chooser);
}

static void
export_chosen_cb (TerMapExportDialog *dialog,
                  int                 format,
                  int                 width,
                  int                 height,
                  TerMapPage         *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", extension_of (format), NULL);
  g_autofree char *name = g_strconcat (_("map"), extension_of (format), NULL);
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkFileChooserNative *chooser;

  request->page = g_object_ref (self);
  request->format = format;
  request->width = width;
  request->height = height;
  chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, format == TER_CHART_FORMAT_PDF ? _("PDF document")
                                    : format == TER_CHART_FORMAT_SVG ? _("SVG image") : _("PNG image"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_file_chosen_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ter_map_page_open_export:
 * @self: a page
 *
 * Returns: (transfer none): the presented Export Map dialog
 */
GtkWindow *
ter_map_page_open_export (TerMapPage *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  TerMapExportDialog *dialog;

  g_return_val_if_fail (TER_IS_MAP_PAGE (self), NULL);
  dialog = ter_map_export_dialog_new (GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL,
                                      gtk_widget_get_width (GTK_WIDGET (self->view)),
                                      gtk_widget_get_height (GTK_WIDGET (self->view)));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

void
ter_map_page_export_action (GtkWidget  *widget,
                            const char *action,
                            GVariant   *parameter)
{
  ter_map_page_open_export (TER_MAP_PAGE (widget));
}
