/* ter-import-preview.c
 *
 * A GtkGrid of labels rather than a list view: the preview holds a few
 * rows, and the number of columns is the file's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-import-preview.h"

struct _TerImportPreview
{
  AdwBin    parent_instance;

  guint     n_columns;

  /* Template widgets */
  GtkGrid  *grid;
};

G_DEFINE_FINAL_TYPE (TerImportPreview, ter_import_preview, ADW_TYPE_BIN)

static GtkWidget *
make_cell (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  /* Narrow windows scroll the table rather than squeeze every cell to
   * an ellipsis. */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (text, -1), 10));
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_tooltip_text (label, text);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
clear_grid (TerImportPreview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

/* GObject */

static void
ter_import_preview_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TER_TYPE_IMPORT_PREVIEW);

  G_OBJECT_CLASS (ter_import_preview_parent_class)->dispose (object);
}

static void
ter_import_preview_class_init (TerImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_import_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, TerImportPreview, grid);
}

static void
ter_import_preview_init (TerImportPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
ter_import_preview_new (void)
{
  return g_object_new (TER_TYPE_IMPORT_PREVIEW, NULL);
}

void
ter_import_preview_set_rows (TerImportPreview   *self,
                             const char * const *header,
                             GPtrArray          *rows)
{
  g_return_if_fail (TER_IS_IMPORT_PREVIEW (self));

  clear_grid (self);
  self->n_columns = g_strv_length ((GStrv) header);
  /* Row 0 holds the fields, row 1 the header, then the data. */
  for (guint c = 0; c < self->n_columns; c++)
    gtk_grid_attach (self->grid, make_cell (header[c], "heading"), c, 1, 1, 1);
  for (guint r = 0; r < rows->len; r++)
    {
      const char * const *row = g_ptr_array_index (rows, r);

      for (guint c = 0; row[c] != NULL && c < self->n_columns; c++)
        gtk_grid_attach (self->grid, make_cell (row[c], NULL), c, r + 2, 1, 1);
    }
}

void
ter_import_preview_set_fields (TerImportPreview   *self,
                               const char * const *fields)
{
  g_return_if_fail (TER_IS_IMPORT_PREVIEW (self));

  for (guint c = 0; c < self->n_columns; c++)
    {
      GtkWidget *old = gtk_grid_get_child_at (self->grid, c, 0);
      const char *field = fields != NULL ? fields[c] : NULL;

      if (old != NULL)
        gtk_grid_remove (self->grid, old);
      gtk_grid_attach (self->grid, make_cell (field != NULL ? field : "", "accent"), c, 0, 1, 1);
    }
}
