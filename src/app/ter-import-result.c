/* ter-import-result.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-result"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-import-problem.h"
#include "ter-import-result.h"
#include "ter-region.h"

struct _TerImportResult
{
  AdwBin        parent_instance;

  GListStore   *problems;
  GListModel   *regions;       /* TerRegion, to map unknown names to */
  GtkStringList *region_names;
  GPtrArray    *region_rows;   /* AdwComboRow, one per unknown name */

  /* Template widgets */
  GtkImage     *icon;
  GtkLabel     *title;
  GtkLabel     *description;
  GtkFlowBox   *counts;
  AdwPreferencesGroup *regions_group;
  GtkWidget    *retry_button;
  GtkWidget    *problems_box;
  GtkLabel     *problems_title;
  GtkListView  *problems_view;
};

G_DEFINE_FINAL_TYPE (TerImportResult, ter_import_result, ADW_TYPE_BIN)

static void
add_count (TerImportResult *self,
           const char      *label,
           gint64           value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = ter_format_integer (value);
  GtkWidget *value_label = gtk_label_new (number);
  GtkWidget *name_label = gtk_label_new (label);

  gtk_widget_add_css_class (value_label, "title-3");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_widget_add_css_class (name_label, "caption");
  gtk_widget_add_css_class (name_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_flow_box_append (self->counts, box);
}

static void
clear_counts (TerImportResult *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts))) != NULL)
    gtk_flow_box_remove (self->counts, child);
}

/* The icon says at a glance how it went: green, amber or red. */
static void
set_heading (TerImportResult *self,
             const char      *icon_name,
             const char      *css_class,
             const char      *title,
             const char      *description)
{
  const char *classes[] = { css_class, NULL };

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_css_classes (GTK_WIDGET (self->icon), classes);
  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->description, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description), description != NULL && *description != '\0');
}

static char *
describe_outcome (TerImportReport *report,
                  char           **title)
{
  guint rejected = report->rejections->len;
  g_autofree char *added = ter_format_integer (report->orders_added);

  if (!report->committed)
    {
      *title = g_strdup (_("Nothing Was Imported"));
      return g_strdup_printf (ngettext ("%u row is wrong. Fix it and import the file again, or import the "
                                        "valid orders and skip the wrong rows.",
                                        "%u rows are wrong. Fix them and import the file again, or import the "
                                        "valid orders and skip the wrong rows.", rejected), rejected);
    }
  *title = g_strdup_printf (ngettext ("%s Order Imported", "%s Orders Imported", (gulong) report->orders_added),
                            added);
  if (rejected > 0)
    return g_strdup_printf (ngettext ("%u wrong row was left out: save the rejected rows, fix them and "
                                      "import that file.",
                                      "%u wrong rows were left out: save the rejected rows, fix them and "
                                      "import that file.", rejected), rejected);
  if (report->orders_skipped > 0 && report->orders_added == 0)
    return g_strdup (_("Every order in this file was imported before; nothing was added twice."));
  return g_strdup (_("All the orders are in; every page shows them now."));
}

static void
region_chosen_cb (TerImportResult *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->region_rows->len; i++)
    any |= adw_combo_row_get_selected (g_ptr_array_index (self->region_rows, i)) > 0;
  gtk_widget_set_sensitive (self->retry_button, any);
}

/* One row per name nothing matched, to choose the region it means. */
static void
show_unmatched (TerImportResult *self,
                TerImportReport *report)
{
  for (guint i = 0; i < self->region_rows->len; i++)
    adw_preferences_group_remove (self->regions_group, g_ptr_array_index (self->region_rows, i));
  g_ptr_array_set_size (self->region_rows, 0);

  for (guint i = 0; self->region_names != NULL && i < report->unmatched_regions->len; i++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (report->unmatched_regions, i));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->region_names));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (region_chosen_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->regions_group, row);
      g_ptr_array_add (self->region_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->regions_group), self->region_rows->len > 0);
  gtk_widget_set_sensitive (self->retry_button, FALSE);
}

/* Problem list items */

static void
setup_problem_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (where, "heading");
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_list_item_set_child (item, box);
}

static void
bind_problem_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  TerImportProblem *problem = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *where = gtk_widget_get_first_child (box);
  GtkWidget *reason = gtk_widget_get_next_sibling (where);
  const char *column = ter_import_problem_get_column (problem);
  g_autofree char *text = NULL;

  if (*column != '\0')
    /* Translators: where a rejected value is: line number and column header. */
    text = g_strdup_printf (_("Line %u · %s"), ter_import_problem_get_line (problem), column);
  else
    text = g_strdup_printf (_("Line %u"), ter_import_problem_get_line (problem));
  gtk_label_set_label (GTK_LABEL (where), text);
  gtk_label_set_label (GTK_LABEL (reason), ter_import_problem_get_reason (problem));
}

/* GObject */

static void
ter_import_result_dispose (GObject *object)
{
  TerImportResult *self = TER_IMPORT_RESULT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_IMPORT_RESULT);
  g_clear_object (&self->problems);
  g_clear_object (&self->regions);
  g_clear_object (&self->region_names);
  g_clear_pointer (&self->region_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ter_import_result_parent_class)->dispose (object);
}

static void
ter_import_result_class_init (TerImportResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_import_result_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-import-result.ui");
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, icon);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, title);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, description);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, counts);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, regions_group);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, retry_button);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, problems_box);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, problems_title);
  gtk_widget_class_bind_template_child (widget_class, TerImportResult, problems_view);
}

static void
ter_import_result_init (TerImportResult *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->problems = g_list_store_new (TER_TYPE_IMPORT_PROBLEM);
  self->region_rows = g_ptr_array_new ();
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->problems)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_problem_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_problem_cb), NULL);
  gtk_list_view_set_factory (self->problems_view, factory);
  gtk_list_view_set_model (self->problems_view, GTK_SELECTION_MODEL (selection));
}

/* Public API */

GtkWidget *
ter_import_result_new (void)
{
  return g_object_new (TER_TYPE_IMPORT_RESULT, NULL);
}

void
ter_import_result_show_report (TerImportResult *self,
                               TerImportReport *report)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  g_autofree char *description = describe_outcome (report, &title);
  g_autofree char *problems_title = NULL;

  g_return_if_fail (TER_IS_IMPORT_RESULT (self));

  set_heading (self, report->committed ? "emblem-ok-symbolic" : "dialog-warning-symbolic",
               report->committed && report->rejections->len == 0 ? "success" : "warning", title, description);
  clear_counts (self);
  add_count (self, _("Rows read"), report->rows);
  add_count (self, _("Orders added"), report->orders_added);
  add_count (self, _("Order lines added"), report->lines_added);
  add_count (self, _("Imported before, skipped"), report->orders_skipped);
  add_count (self, _("New customers"), report->customers_added);
  add_count (self, _("New products"), report->products_added);
  add_count (self, _("Rows rejected"), report->rejections->len);
  gtk_widget_set_visible (GTK_WIDGET (self->counts), TRUE);
  show_unmatched (self, report);

  for (guint i = 0; i < report->rejections->len; i++)
    {
      TerImportRejection *rejection = g_ptr_array_index (report->rejections, i);

      g_ptr_array_add (items, ter_import_problem_new (rejection->line, rejection->column, rejection->reason));
    }
  g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       items->pdata, items->len);
  problems_title = g_strdup_printf (ngettext ("%u Rejected Row", "%u Rejected Rows", items->len), items->len);
  gtk_label_set_label (self->problems_title, problems_title);
  gtk_widget_set_visible (self->problems_box, items->len > 0);
}

void
ter_import_result_show_error (TerImportResult *self,
                              const char      *title,
                              const char      *message)
{
  g_return_if_fail (TER_IS_IMPORT_RESULT (self));

  set_heading (self, "dialog-error-symbolic", "error", title, message);
  clear_counts (self);
  gtk_widget_set_visible (GTK_WIDGET (self->counts), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->regions_group), FALSE);
  gtk_widget_set_visible (self->problems_box, FALSE);
  g_list_store_remove_all (self->problems);
}

GListModel *
ter_import_result_get_problems (TerImportResult *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_RESULT (self), NULL);

  return G_LIST_MODEL (self->problems);
}

const char *
ter_import_result_get_title (TerImportResult *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_RESULT (self), NULL);

  return gtk_label_get_label (self->title);
}

void
ter_import_result_set_regions (TerImportResult *self,
                               GListModel      *regions)
{
  g_return_if_fail (TER_IS_IMPORT_RESULT (self));

  g_set_object (&self->regions, regions);
  g_clear_object (&self->region_names);
  self->region_names = gtk_string_list_new (NULL);
  /* Translators: the first choice for a name no region matched. */
  gtk_string_list_append (self->region_names, _("Choose a region…"));
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);
      /* Translators: a region in a list: its name and code, as "内蒙古 (CN-NM)". */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), ter_region_get_display_name (region),
                                                ter_region_get_code (region));

      gtk_string_list_append (self->region_names, label);
    }
}

gboolean
ter_import_result_choose_region (TerImportResult *self,
                                 const char      *name,
                                 const char      *code)
{
  g_return_val_if_fail (TER_IS_IMPORT_RESULT (self), FALSE);

  for (guint i = 0; i < self->region_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (self->region_rows, i);

      if (!g_str_equal (adw_preferences_row_get_title (row), name))
        continue;
      for (guint r = 0; r < g_list_model_get_n_items (self->regions); r++)
        {
          g_autoptr(TerRegion) region = g_list_model_get_item (self->regions, r);

          if (g_str_equal (ter_region_get_code (region), code))
            {
              adw_combo_row_set_selected (ADW_COMBO_ROW (row), r + 1);
              return TRUE;
            }
        }
    }
  return FALSE;
}

GStrv
ter_import_result_get_region_aliases (TerImportResult *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TER_IS_IMPORT_RESULT (self), NULL);

  for (guint i = 0; i < self->region_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->region_rows, i);
      guint selected = adw_combo_row_get_selected (row);
      g_autoptr(TerRegion) region = NULL;
      g_autofree char *alias = NULL;

      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
        continue;
      region = g_list_model_get_item (self->regions, selected - 1);
      alias = g_strdup_printf ("%s=%s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                               ter_region_get_code (region));
      g_strv_builder_add (builder, alias);
    }
  return g_strv_builder_end (builder);
}
