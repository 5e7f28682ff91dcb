/* ter-map-balance.c: the Map page's side panel: territory balance and
 * assigning the selected regions, with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-balance"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-map-balance.h"
#include "ter-page.h"
#include "ter-region.h"
#include "ter-territory.h"

struct _TerMapBalance
{
  GtkWidget    parent_instance;

  TerContext  *context;
  GtkLabel    *index_label;
  GtkListBox  *list;
  GtkDropDown *target;
  GtkButton   *assign;
  GtkButton   *undo_button;
  GStrv        selection;
  TerMapUndo  *undo;
};

G_DEFINE_FINAL_TYPE (TerMapBalance, ter_map_balance, GTK_TYPE_WIDGET)

static GtkWidget *
balance_row (const TerTerritoryBalance *row,
             const char                *name,
             const char                *currency)
{
  g_autofree char *revenue = ter_format_money_compact (row->revenue, currency);
  g_autofree char *share = ter_format_percent (row->share);
  g_autofree char *orders = ter_format_integer (row->orders);
  g_autofree char *active = ter_format_integer (row->active);
  g_autofree char *regions = ter_format_integer (row->regions);
  /* TRANSLATORS: revenue, share of revenue, then counts of orders, buying customers and regions. */
  g_autofree char *detail = g_strdup_printf (_("%s · %s of revenue · orders: %s · buying customers: %s · regions: %s"),
                                             revenue, share, orders, active, regions);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *sub = gtk_label_new (detail);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), sub);
  return box;
}

/* Largest territory first. */
static int
compare_revenue (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = ((const TerTerritoryBalance *) a)->revenue, y = ((const TerTerritoryBalance *) b)->revenue;

  return (x < y) - (x > y);
}

void
ter_map_balance_update (TerMapBalance *self,
                        GArray        *metrics,
                        const char    *currency)
{
  g_autoptr(GArray) assignments = g_array_new (FALSE, TRUE, sizeof (TerRegionAssignment));
  g_autoptr(GArray) activity = g_array_new (FALSE, TRUE, sizeof (TerRegionActivity));
  g_autoptr(GArray) balance = NULL;
  g_autofree char *index_text = NULL;
  GtkWidget *child;

  for (guint i = 0; metrics != NULL && i < metrics->len; i++)
    {
      const TerRegionMetrics *m = &g_array_index (metrics, TerRegionMetrics, i);
      TerRegionAssignment a = { .region_id = m->region_id, .territory_id = m->territory_id };
      TerRegionActivity act = { .region_id = m->region_id, .revenue = m->revenue,
                                .orders = m->orders, .customers = m->customers };

      if (m->territory_id == 0)
        continue;
      g_strlcpy (act.currency, currency, sizeof act.currency);
      g_array_append_val (assignments, a);
      g_array_append_val (activity, act);
    }
  balance = ter_map_balance_compute (assignments, activity, NULL, NULL, currency, NULL);
  if (balance != NULL)
    g_array_sort (balance, compare_revenue);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; balance != NULL && i < balance->len; i++)
    {
      const TerTerritoryBalance *row = &g_array_index (balance, TerTerritoryBalance, i);
      TerTerritory *territory = self->context ? ter_context_find_territory (self->context, row->territory_id) : NULL;

      gtk_list_box_append (self->list, balance_row (row, territory ? ter_territory_get_display_name (territory) : "", currency));
    }
  /* TRANSLATORS: the coefficient of variation of territory revenue. */
  index_text = g_strdup_printf (_("Balance index %.2f: the lower, the more even the territories"),
                                ter_map_balance_index (balance));
  gtk_label_set_label (self->index_label, index_text);
}

void
ter_map_balance_set_selection (TerMapBalance      *self,
                               const char * const *codes)
{
  g_clear_pointer (&self->selection, g_strfreev);
  self->selection = g_strdupv ((char **) codes);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assign), codes != NULL && codes[0] != NULL);
}

static gint64
region_id_for (TerStore   *store,
               const char *code)
{
  g_autofree char *country = g_strndup (code, 2);
  g_autoptr(GListModel) regions = ter_store_list_regions (store, country, NULL);

  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);

      if (g_str_equal (ter_region_get_code (region), code))
        return ter_region_get_id (region);
    }
  return 0;
}

static TerTerritory *
chosen_territory (TerMapBalance *self)
{
  GListModel *territories = ter_context_get_territories (self->context);
  guint position = gtk_drop_down_get_selected (self->target);

  if (position >= g_list_model_get_n_items (territories))
    return NULL;
  return g_list_model_get_item (territories, position);
}

static void
report (TerMapBalance *self,
        const char    *message)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), TER_TYPE_PAGE);

  if (page != NULL)
    ter_page_add_toast (TER_PAGE (page), message);
}

static void
assign_clicked_cb (TerMapBalance *self)
{
  TerStore *store = ter_context_get_store (self->context);
  g_autoptr(TerTerritory) territory = chosen_territory (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  TerMapUndo *undo = NULL;

  if (territory == NULL || self->selection == NULL || !TER_IS_MAP_STORE (store))
    return;
  for (guint i = 0; self->selection[i] != NULL; i++)
    {
      gint64 id = region_id_for (store, self->selection[i]);

      if (id > 0)
        g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    {
      report (self, _("These regions are not in the database, so they cannot be assigned."));
      return;
    }
  if (!ter_map_assign_regions (TER_MAP_STORE (store), (gint64 *) (void *) ids->data, ids->len,
                               ter_territory_get_id (territory), 0, today, &undo, &error))
    {
      report (self, error->message);
      return;
    }
  g_clear_pointer (&self->undo, ter_map_undo_free);
  self->undo = undo;
  gtk_widget_set_sensitive (GTK_WIDGET (self->undo_button), TRUE);
  if (!ter_context_reload (self->context, &error))
    report (self, error->message);
}

static void
undo_clicked_cb (TerMapBalance *self)
{
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;
  if (!ter_map_undo_apply (TER_MAP_STORE (ter_context_get_store (self->context)), self->undo, &error))
    {
      report (self, error->message);
      return;
    }
  g_clear_pointer (&self->undo, ter_map_undo_free);
  gtk_widget_set_sensitive (GTK_WIDGET (self->undo_button), FALSE);
  if (!ter_context_reload (self->context, &error))
    report (self, error->message);
}

static char *
territory_name (TerTerritory *territory)
{
  return g_strdup (ter_territory_get_display_name (territory));
}

void
ter_map_balance_set_context (TerMapBalance *self,
                             TerContext    *context)
{
  GtkExpression *name;

  g_set_object (&self->context, context);
  name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (territory_name), NULL, NULL);
  gtk_drop_down_set_expression (self->target, name);
  gtk_drop_down_set_model (self->target, ter_context_get_territories (context));
  gtk_expression_unref (name);
}

static void
ter_map_balance_dispose (GObject *object)
{
  TerMapBalance *self = TER_MAP_BALANCE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  g_clear_pointer (&self->selection, g_strfreev);
  g_clear_pointer (&self->undo, ter_map_undo_free);

  G_OBJECT_CLASS (ter_map_balance_parent_class)->dispose (object);
}

static void
ter_map_balance_class_init (TerMapBalanceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_map_balance_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
ter_map_balance_init (TerMapBalance *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (_("Territory Balance"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  self->index_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->index_label, TRUE);
  gtk_label_set_xalign (self->index_label, 0);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->target = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->target), _("Territory to assign the selected regions to"));
  self->assign = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Assign Selected")));
  gtk_widget_add_css_class (GTK_WIDGET (self->assign), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->assign), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->assign), _("Assign the selected regions from today on; past sales stay where they were"));
  self->undo_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Undo")));
  gtk_widget_set_sensitive (GTK_WIDGET (self->undo_button), FALSE);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->assign));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->undo_button));
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->index_label));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->target));
  gtk_box_append (GTK_BOX (box), buttons);
  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 12, NULL);
  gtk_widget_set_size_request (box, 280, -1);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_signal_connect_swapped (self->assign, "clicked", G_CALLBACK (assign_clicked_cb), self);
  g_signal_connect_swapped (self->undo_button, "clicked", G_CALLBACK (undo_clicked_cb), self);
}

GtkWidget *
ter_map_balance_new (void)
{
  return g_object_new (TER_TYPE_MAP_BALANCE, NULL);
}
