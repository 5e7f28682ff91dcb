/* ter-map-balance.c: the Map page's side panel: territory balance and
 * how evenly revenue and workload are spread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-balance"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-map-balance.h"
#include "ter-territory.h"

struct _TerMapBalance
{
  GtkWidget    parent_instance;

  TerContext  *context;
  GtkLabel    *index_label;
  GtkListBox  *list;
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
ter_map_balance_set_context (TerMapBalance *self,
                             TerContext    *context)
{
  g_set_object (&self->context, context);
}

static void
ter_map_balance_dispose (GObject *object)
{
  TerMapBalance *self = TER_MAP_BALANCE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);

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
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->index_label));
  gtk_box_append (GTK_BOX (box), scrolled);
  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 12, NULL);
  gtk_widget_set_size_request (box, 280, -1);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
}

GtkWidget *
ter_map_balance_new (void)
{
  return g_object_new (TER_TYPE_MAP_BALANCE, NULL);
}
