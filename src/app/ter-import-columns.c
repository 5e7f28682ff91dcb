/* ter-import-columns.c: one combo row per order field, listing the
 * file's headers.
 *
 * The fields an import cannot do without come first; the rest wait in
 * an expander, since a recognised file rarely needs them changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ter-import-columns.h"
#include "ter-import-parse.h"

struct _TerImportColumns
{
  AdwPreferencesGroup  parent_instance;

  GStrv                header;
  TerImportMapping     initial;
  gboolean             recognised;
  AdwComboRow         *rows[TER_IMPORT_N_FIELDS];
  gboolean             updating;

  /* Template widgets */
  AdwExpanderRow      *more_row;
};

G_DEFINE_FINAL_TYPE (TerImportColumns, ter_import_columns, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The fields every import needs, in the order people think of an order. */
static const TerImportField main_fields[] = {
  TER_IMPORT_FIELD_ORDER_NUMBER, TER_IMPORT_FIELD_ORDER_DATE, TER_IMPORT_FIELD_CUSTOMER,
  TER_IMPORT_FIELD_REGION, TER_IMPORT_FIELD_PRODUCT, TER_IMPORT_FIELD_SKU,
  TER_IMPORT_FIELD_QUANTITY, TER_IMPORT_FIELD_UNIT_PRICE, TER_IMPORT_FIELD_AMOUNT,
};

static const TerImportField more_fields[] = {
  TER_IMPORT_FIELD_DISCOUNT, TER_IMPORT_FIELD_DISCOUNT_RATE, TER_IMPORT_FIELD_STATUS,
  TER_IMPORT_FIELD_CURRENCY, TER_IMPORT_FIELD_CUSTOMER_TYPE, TER_IMPORT_FIELD_COUNTRY,
  TER_IMPORT_FIELD_CITY, TER_IMPORT_FIELD_CHANNEL, TER_IMPORT_FIELD_CATEGORY,
  TER_IMPORT_FIELD_PROFIT, TER_IMPORT_FIELD_COST, TER_IMPORT_FIELD_SOURCE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (main_fields) + G_N_ELEMENTS (more_fields) == TER_IMPORT_N_FIELDS);

static void
clear_rows (TerImportColumns *self)
{
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    {
      if (self->rows[f] == NULL)
        continue;
      if (gtk_widget_get_parent (GTK_WIDGET (self->rows[f])) != NULL
          && gtk_widget_is_ancestor (GTK_WIDGET (self->rows[f]), GTK_WIDGET (self->more_row)))
        adw_expander_row_remove (self->more_row, GTK_WIDGET (self->rows[f]));
      else
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->rows[f]));
      self->rows[f] = NULL;
    }
}

/* "e.g. 2025-10-31" under the field, so a wrong column shows at once. */
static void
update_subtitle (TerImportColumns *self,
                 AdwComboRow      *row,
                 const char       *sample)
{
  g_autofree char *escaped = NULL;
  g_autofree char *subtitle = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || sample == NULL || *sample == '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), NULL);
      return;
    }
  escaped = g_markup_escape_text (sample, -1);
  /* Translators: an example value from the file under a column choice. */
  subtitle = g_strdup_printf (_("e.g. %s"), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
row_selected_cb (TerImportColumns *self,
                 GParamSpec       *pspec,
                 AdwComboRow      *row)
{
  const char * const *sample = g_object_get_data (G_OBJECT (self), "sample");
  guint selected = adw_combo_row_get_selected (row);

  update_subtitle (self, row,
                   sample != NULL && selected > 0 && selected <= g_strv_length ((GStrv) sample)
                     ? sample[selected - 1] : NULL);
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static AdwComboRow *
make_row (TerImportColumns *self,
          TerImportField    field,
          GListModel       *choices)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ter_import_field_name (field));
  adw_combo_row_set_model (row, choices);
  adw_combo_row_set_use_subtitle (row, FALSE);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (row_selected_cb), self, G_CONNECT_SWAPPED);
  return row;
}

/* GObject */

static void
ter_import_columns_dispose (GObject *object)
{
  TerImportColumns *self = TER_IMPORT_COLUMNS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_IMPORT_COLUMNS);
  g_clear_pointer (&self->header, g_strfreev);

  G_OBJECT_CLASS (ter_import_columns_parent_class)->dispose (object);
}

static void
ter_import_columns_class_init (TerImportColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_import_columns_dispose;

  /* Emitted when the user picks another column for a field. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-import-columns.ui");
  gtk_widget_class_bind_template_child (widget_class, TerImportColumns, more_row);
}

static void
ter_import_columns_init (TerImportColumns *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ter_import_mapping_clear (&self->initial);
}

/* Public API */

GtkWidget *
ter_import_columns_new (void)
{
  return g_object_new (TER_TYPE_IMPORT_COLUMNS, NULL);
}

void
ter_import_columns_set_file (TerImportColumns        *self,
                             const char * const      *header,
                             const char * const      *sample,
                             const TerImportMapping  *mapping,
                             gboolean                 recognised)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  g_return_if_fail (TER_IS_IMPORT_COLUMNS (self));

  clear_rows (self);
  g_clear_pointer (&self->header, g_strfreev);
  self->header = g_strdupv ((GStrv) header);
  self->initial = *mapping;
  self->recognised = recognised;
  g_object_set_data_full (G_OBJECT (self), "sample", g_strdupv ((GStrv) sample), (GDestroyNotify) g_strfreev);

  /* Translators: a field the file has no column for. */
  gtk_string_list_append (choices, _("Not in the file"));
  for (guint i = 0; header[i] != NULL; i++)
    gtk_string_list_append (choices, *header[i] != '\0' ? header[i] : _("(no header)"));

  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (main_fields); i++)
    {
      self->rows[main_fields[i]] = make_row (self, main_fields[i], G_LIST_MODEL (choices));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->rows[main_fields[i]]));
    }
  /* The expander stays last. */
  g_object_ref (self->more_row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->more_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->more_row));
  g_object_unref (self->more_row);
  for (guint i = 0; i < G_N_ELEMENTS (more_fields); i++)
    {
      self->rows[more_fields[i]] = make_row (self, more_fields[i], G_LIST_MODEL (choices));
      adw_expander_row_add_row (self->more_row, GTK_WIDGET (self->rows[more_fields[i]]));
    }
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    ter_import_columns_set_column (self, f, mapping->columns[f][0]);
  self->updating = FALSE;
}

int
ter_import_columns_get_column (TerImportColumns *self,
                               TerImportField    field)
{
  g_return_val_if_fail (TER_IS_IMPORT_COLUMNS (self), -1);
  g_return_val_if_fail (field < TER_IMPORT_N_FIELDS, -1);

  if (self->rows[field] == NULL)
    return -1;
  return (int) adw_combo_row_get_selected (self->rows[field]) - 1;
}

void
ter_import_columns_set_column (TerImportColumns *self,
                               TerImportField    field,
                               int               column)
{
  g_return_if_fail (TER_IS_IMPORT_COLUMNS (self));
  g_return_if_fail (field < TER_IMPORT_N_FIELDS);
  g_return_if_fail (self->rows[field] != NULL);

  adw_combo_row_set_selected (self->rows[field], column >= 0 ? (guint) column + 1 : 0);
  /* "notify::selected" does not fire when the value stays 0. */
  row_selected_cb (self, NULL, self->rows[field]);
}

gboolean
ter_import_columns_is_usable (TerImportColumns *self)
{
  TerImportMapping mapping;

  g_return_val_if_fail (TER_IS_IMPORT_COLUMNS (self), FALSE);

  ter_import_mapping_clear (&mapping);
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    mapping.columns[f][0] = ter_import_columns_get_column (self, f);
  return ter_import_mapping_is_usable (&mapping);
}

GStrv
ter_import_columns_get_choices (TerImportColumns *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TER_IS_IMPORT_COLUMNS (self), NULL);

  /* A recognised layout keeps its own fallbacks (Shopify's shipping
   * address after the billing one) unless the user changed the field. */
  for (guint f = 0; f < TER_IMPORT_N_FIELDS && self->header != NULL; f++)
    {
      int column = ter_import_columns_get_column (self, f);
      g_autofree char *choice = NULL;

      if (self->recognised && column == self->initial.columns[f][0])
        continue;
      if (!self->recognised && column < 0)
        continue;
      choice = g_strdup_printf ("%s=%s", ter_import_field_key (f), column >= 0 ? self->header[column] : "");
      g_strv_builder_add (builder, choice);
    }
  return g_strv_builder_end (builder);
}

/* The file's column with this name, compared as the importer does. */
static int
find_header (TerImportColumns *self,
             const char       *name)
{
  g_autofree char *wanted = ter_import_normalize_name (name);

  for (guint i = 0; self->header[i] != NULL; i++)
    {
      g_autofree char *candidate = ter_import_normalize_name (self->header[i]);

      if (g_str_equal (candidate, wanted))
        return i;
    }
  return -1;
}

static int
find_field (const char *key)
{
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    if (g_str_equal (key, ter_import_field_key (f)))
      return f;
  return -1;
}

gboolean
ter_import_columns_apply_choices (TerImportColumns   *self,
                                  const char * const *choices)
{
  int columns[TER_IMPORT_N_FIELDS];

  g_return_val_if_fail (TER_IS_IMPORT_COLUMNS (self), FALSE);

  if (self->header == NULL)
    return FALSE;
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    columns[f] = ter_import_columns_get_column (self, f);
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      const char *equals = strchr (choices[i], '=');
      g_autofree char *key = equals ? g_strndup (choices[i], equals - choices[i]) : NULL;
      int field = key ? find_field (key) : -1;
      int column = equals && equals[1] != '\0' ? find_header (self, equals + 1) : -1;

      if (field < 0 || (column < 0 && equals[1] != '\0'))
        return FALSE;
      columns[field] = column;
    }

  self->updating = TRUE;
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    ter_import_columns_set_column (self, f, columns[f]);
  self->updating = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
