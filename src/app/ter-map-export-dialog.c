/* ter-map-export-dialog.c: the format and size of an exported map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-map-export-dialog.h"

typedef struct {
  const char *label;  /* translated at run time */
  int         width;  /* pixels for PNG, points for PDF and SVG */
  int         height;
} Preset;

/* Sizes people ask for: screens and slides in pixels, paper in points. */
static const Preset png_presets[] = {
  { N_("As on screen"), 0, 0 },
  { N_("Slide, 1920 × 1080 (Full HD)"), 1920, 1080 },
  { N_("Large, 3840 × 2160 (4K)"), 3840, 2160 },
  { N_("Small, 1280 × 800"), 1280, 800 },
  { N_("Square, 1200 × 1200"), 1200, 1200 },
};
static const Preset page_presets[] = {
  { N_("A4 landscape"), 842, 595 },
  { N_("A4 portrait"), 595, 842 },
  { N_("A3 landscape"), 1191, 842 },
  { N_("Letter landscape"), 792, 612 },
  { N_("Slide 16:9"), 960, 540 },
};

struct _TerMapExportDialog
{
  AdwMessageDialog  parent_instance;

  GtkDropDown      *format;
  GtkDropDown      *preset;
  GtkStringList    *preset_names;
  GtkSpinButton    *width;
  GtkSpinButton    *height;
  GtkLabel         *unit;
  int               screen_width;
  int               screen_height;
};

G_DEFINE_FINAL_TYPE (TerMapExportDialog, ter_map_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TerChartFormat formats[] = { TER_CHART_FORMAT_PNG, TER_CHART_FORMAT_PDF, TER_CHART_FORMAT_SVG };

static const Preset *
presets_for (TerMapExportDialog *self,
             guint              *n)
{
  if (ter_map_export_dialog_get_format (self) == TER_CHART_FORMAT_PNG)
    {
      *n = G_N_ELEMENTS (png_presets);
      return png_presets;
    }
  *n = G_N_ELEMENTS (page_presets);
  return page_presets;
}

static void
preset_changed_cb (TerMapExportDialog *self)
{
  guint n, position = gtk_drop_down_get_selected (self->preset);
  const Preset *presets = presets_for (self, &n);

  if (position >= n)
    return;
  gtk_spin_button_set_value (self->width, presets[position].width ? presets[position].width : self->screen_width);
  gtk_spin_button_set_value (self->height, presets[position].height ? presets[position].height : self->screen_height);
}

static void
format_changed_cb (TerMapExportDialog *self)
{
  guint n, old = g_list_model_get_n_items (G_LIST_MODEL (self->preset_names));
  const Preset *presets = presets_for (self, &n);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, _(presets[i].label));
  names = g_strv_builder_end (builder);
  gtk_string_list_splice (self->preset_names, 0, old, (const char * const *) names);
  gtk_label_set_label (self->unit, presets == png_presets ? _("pixels") : _("points (1/72 inch)"));
  gtk_drop_down_set_selected (self->preset, 0);
  preset_changed_cb (self);
}

static void
ter_map_export_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  TerMapExportDialog *self = TER_MAP_EXPORT_DIALOG (dialog);
  int width, height;

  if (g_strcmp0 (response, "export") != 0)
    return;
  ter_map_export_dialog_get_size (self, &width, &height);
  g_signal_emit (self, signals[CHOSEN], 0, (int) ter_map_export_dialog_get_format (self), width, height);
}

static void
ter_map_export_dialog_class_init (TerMapExportDialogClass *klass)
{
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = ter_map_export_dialog_response;

  /**
   * TerMapExportDialog::chosen:
   * @format: a #TerChartFormat
   * @width: pixels or points
   * @height: pixels or points
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT);
}

static GtkWidget *
row (const char *text,
     GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static GtkWidget *
make_size_row (TerMapExportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->width = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (64, 32767, 10));
  self->height = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (64, 32767, 10));
  self->unit = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->unit), "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->width), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Width"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->height), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Height"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->width));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("×"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->height));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit));
  return box;
}

static void
ter_map_export_dialog_init (TerMapExportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  const char *format_names[] = { _("PNG image"), _("PDF document"), _("SVG image"), NULL };

  self->format = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (format_names));
  self->preset_names = gtk_string_list_new (NULL);
  self->preset = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->preset_names), NULL));
  gtk_box_append (GTK_BOX (box), row (_("_Format"), GTK_WIDGET (self->format)));
  gtk_box_append (GTK_BOX (box), row (_("_Size"), GTK_WIDGET (self->preset)));
  gtk_box_append (GTK_BOX (box), make_size_row (self));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Export Map"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("The map is drawn afresh at this size, with its legend and labels."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"), "export", _("_Choose File…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  g_signal_connect_swapped (self->format, "notify::selected", G_CALLBACK (format_changed_cb), self);
  g_signal_connect_swapped (self->preset, "notify::selected", G_CALLBACK (preset_changed_cb), self);
}

TerMapExportDialog *
ter_map_export_dialog_new (GtkWindow *parent,
                           int        screen_width,
                           int        screen_height)
{
  TerMapExportDialog *self = g_object_new (TER_TYPE_MAP_EXPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  self->screen_width = CLAMP (screen_width, 64, 32767);
  self->screen_height = CLAMP (screen_height, 64, 32767);
  format_changed_cb (self);
  return self;
}

void
ter_map_export_dialog_set_format (TerMapExportDialog *self,
                                  TerChartFormat      format)
{
  g_return_if_fail (TER_IS_MAP_EXPORT_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i] == format)
      gtk_drop_down_set_selected (self->format, i);
}

TerChartFormat
ter_map_export_dialog_get_format (TerMapExportDialog *self)
{
  guint position;

  g_return_val_if_fail (TER_IS_MAP_EXPORT_DIALOG (self), TER_CHART_FORMAT_PNG);
  position = gtk_drop_down_get_selected (self->format);
  return formats[MIN (position, G_N_ELEMENTS (formats) - 1)];
}

void
ter_map_export_dialog_set_preset (TerMapExportDialog *self,
                                  guint               preset)
{
  g_return_if_fail (TER_IS_MAP_EXPORT_DIALOG (self));
  gtk_drop_down_set_selected (self->preset, preset);
}

void
ter_map_export_dialog_get_size (TerMapExportDialog *self,
                                int                *width,
                                int                *height)
{
  g_return_if_fail (TER_IS_MAP_EXPORT_DIALOG (self));
  *width = gtk_spin_button_get_value_as_int (self->width);
  *height = gtk_spin_button_get_value_as_int (self->height);
}
