/* ter-overview-page.c: revenue, target, attainment and growth of the
 * selected territory and of each territory below it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-overview-item.h"
#include "ter-overview-page.h"
#include "ter-page.h"

typedef enum {
  COLUMN_NAME,
  COLUMN_MANAGER,
  COLUMN_REVENUE,
  COLUMN_TARGET,
  COLUMN_ATTAINMENT,
  COLUMN_GROWTH,
  COLUMN_ORDERS,
} ColumnKind;

typedef struct {
  GtkLabel    *value;
  GtkLabel    *detail;
  GtkLevelBar *bar;
} Card;

enum {
  CARD_REVENUE,
  CARD_TARGET,
  CARD_ATTAINMENT,
  CARD_GROWTH,
  N_CARDS
};

struct _TerOverviewPage
{
  GtkWidget      parent_instance;

  TerContext    *context;
  GCancellable  *cancellable;
  GListStore    *top_items;
  Card           cards[N_CARDS];

  /* Template widgets */
  GtkStack      *stack;
  GtkFlowBox    *card_box;
  GtkColumnView *table;
};

static void page_iface_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerOverviewPage, ter_overview_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, page_iface_init))

typedef struct {
  TerStore   *store;
  GListModel *territories;
  TerPeriod   period;
  char       *currency;
} ComputeData;

static void
compute_data_free (ComputeData *data)
{
  g_clear_object (&data->store);
  g_clear_object (&data->territories);
  g_free (data->currency);
  g_free (data);
}

/* Formatting cells */

static char *
format_attainment (const TerOverviewRow *row)
{
  double fraction;

  if (!ter_overview_row_attainment (row, &fraction))
    return g_strdup ("—");
  return ter_format_percent (fraction);
}

static char *
format_growth (const TerOverviewRow *row)
{
  double fraction;

  if (!ter_overview_row_growth (row, &fraction))
    return g_strdup ("—");
  return ter_format_change (fraction);
}

static void
set_growth_style (GtkWidget            *label,
                  const TerOverviewRow *row)
{
  double fraction = 0;
  gboolean known = ter_overview_row_growth (row, &fraction);

  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "error");
  if (known && fraction >= 0.0005)
    gtk_widget_add_css_class (label, "success");
  else if (known && fraction <= -0.0005)
    gtk_widget_add_css_class (label, "error");
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  /* Names may shorten; figures never do: a narrow window scrolls sideways. */
  if (kind == COLUMN_NAME || kind == COLUMN_MANAGER)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), kind == COLUMN_NAME ? 10 : 8);
    }
  if (kind == COLUMN_NAME)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_list_item_set_child (list_item, expander);
      return;
    }

  gtk_label_set_xalign (GTK_LABEL (label), kind == COLUMN_MANAGER ? 0 : 1);
  if (kind != COLUMN_MANAGER)
    gtk_widget_add_css_class (label, "numeric");

  if (kind == COLUMN_ATTAINMENT)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1.2);

      gtk_widget_set_size_request (bar, 56, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), "behind", 0.9);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), "close", 1.0);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), "ahead", 1.2);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_list_item_set_child (list_item, box);
      return;
    }

  gtk_list_item_set_child (list_item, label);
}

static char *
format_cell (ColumnKind       kind,
             TerOverviewItem *item)
{
  const TerOverviewRow *row = ter_overview_item_get_row (item);
  const char *currency = ter_overview_item_get_currency (item);
  const char *manager;

  switch (kind)
    {
    case COLUMN_NAME:
      return g_strdup (ter_territory_get_display_name (ter_overview_item_get_territory (item)));
    case COLUMN_MANAGER:
      manager = ter_territory_get_manager_name (ter_overview_item_get_territory (item));
      return g_strdup (manager ? manager : "—");
    case COLUMN_REVENUE:
      return ter_format_money_compact (row->revenue, currency);
    case COLUMN_TARGET:
      return row->has_target ? ter_format_money_compact (row->target, currency) : g_strdup ("—");
    case COLUMN_ATTAINMENT:
      return format_attainment (row);
    case COLUMN_GROWTH:
      return format_growth (row);
    case COLUMN_ORDERS:
      return ter_format_integer (row->orders);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (user_data);
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  TerOverviewItem *item = gtk_tree_list_row_get_item (tree_row);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = format_cell (kind, item);
  GtkWidget *label = child;

  if (kind == COLUMN_NAME)
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), tree_row);
      label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
    }
  else if (kind == COLUMN_ATTAINMENT)
    {
      GtkWidget *bar = gtk_widget_get_last_child (child);
      double fraction = 0;
      gboolean known = ter_overview_row_attainment (ter_overview_item_get_row (item), &fraction);

      label = gtk_widget_get_first_child (child);
      gtk_widget_set_visible (bar, known);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (fraction, 0, 1.2));
    }
  else if (kind == COLUMN_REVENUE)
    {
      g_autofree char *exact = ter_format_money (ter_overview_item_get_row (item)->revenue,
                                                 ter_overview_item_get_currency (item));
      gtk_widget_set_tooltip_text (label, exact);
    }
  else if (kind == COLUMN_GROWTH)
    set_growth_style (label, ter_overview_item_get_row (item));

  gtk_label_set_label (GTK_LABEL (label), text);
  g_object_unref (item);
}

static GtkColumnViewColumn *
add_column (TerOverviewPage *self,
            const char      *title,
            ColumnKind       kind,
            GtkSorter       *sorter)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (kind));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (kind));

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, kind == COLUMN_NAME || kind == COLUMN_MANAGER);
  gtk_column_view_append_column (self->table, column);
  g_object_unref (column);
  g_clear_object (&sorter);

  return column;
}

static GtkSorter *
numeric_sorter (const char *property)
{
  GtkExpression *expression = gtk_property_expression_new (TER_TYPE_OVERVIEW_ITEM, NULL, property);
  /* Ascending here: the column header turns it round when clicked. */
  return GTK_SORTER (gtk_numeric_sorter_new (expression));
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListStore *children = ter_overview_item_get_children (item);

  if (g_list_model_get_n_items (G_LIST_MODEL (children)) == 0)
    return NULL;
  return g_object_ref (G_LIST_MODEL (children));
}

static void
setup_table (TerOverviewPage *self)
{
  GtkExpression *name_expression;
  GtkColumnViewColumn *revenue;
  GtkTreeListModel *tree;
  GtkTreeListRowSorter *row_sorter;
  GtkSortListModel *sorted;
  GtkNoSelection *selection;

  name_expression = gtk_property_expression_new (TER_TYPE_OVERVIEW_ITEM, NULL, "name");
  add_column (self, C_("sales region", "Territory"), COLUMN_NAME,
              GTK_SORTER (gtk_string_sorter_new (name_expression)));
  add_column (self, _("Manager"), COLUMN_MANAGER,
              GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (TER_TYPE_OVERVIEW_ITEM, NULL, "manager"))));
  revenue = add_column (self, _("Revenue"), COLUMN_REVENUE, numeric_sorter ("revenue"));
  add_column (self, _("Target"), COLUMN_TARGET, numeric_sorter ("target"));
  add_column (self, _("Attainment"), COLUMN_ATTAINMENT, numeric_sorter ("attainment"));
  add_column (self, _("vs Last Year"), COLUMN_GROWTH, numeric_sorter ("growth"));
  add_column (self, _("Orders"), COLUMN_ORDERS, numeric_sorter ("orders"));

  tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->top_items)), FALSE, FALSE,
                                  create_children_cb, NULL, NULL);
  row_sorter = gtk_tree_list_row_sorter_new (g_object_ref (gtk_column_view_get_sorter (self->table)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (tree), GTK_SORTER (row_sorter));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  gtk_column_view_sort_by_column (self->table, revenue, GTK_SORT_DESCENDING);
}

/* Cards */

static void
make_card (TerOverviewPage *self,
           Card            *card,
           const char      *caption,
           gboolean         with_bar)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "kpi-card");
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_widget_add_css_class (caption_label, "caption-heading");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_box_append (GTK_BOX (box), caption_label);

  card->value = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (card->value, 0);
  gtk_widget_add_css_class (GTK_WIDGET (card->value), "title-2");
  gtk_widget_add_css_class (GTK_WIDGET (card->value), "numeric");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->value));

  if (with_bar)
    {
      card->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 1.2));
      gtk_level_bar_remove_offset_value (card->bar, GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (card->bar, GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (card->bar, GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_level_bar_add_offset_value (card->bar, "behind", 0.9);
      gtk_level_bar_add_offset_value (card->bar, "close", 1.0);
      gtk_level_bar_add_offset_value (card->bar, "ahead", 1.2);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->bar));
    }

  card->detail = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (card->detail, 0);
  gtk_label_set_wrap (card->detail, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (card->detail), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (card->detail), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->detail));

  gtk_flow_box_append (self->card_box, box);
}

static void
update_cards (TerOverviewPage      *self,
              const TerOverviewRow *row,
              const char           *currency)
{
  g_autofree char *revenue = ter_format_money_compact (row->revenue, currency);
  g_autofree char *orders = ter_format_integer (row->orders);
  g_autofree char *orders_text = g_strdup_printf (_("%s orders"), orders);
  g_autofree char *target = row->has_target ? ter_format_money_compact (row->target, currency) : g_strdup ("—");
  g_autofree char *attainment = format_attainment (row);
  g_autofree char *growth = format_growth (row);
  g_autofree char *previous = ter_format_money_compact (row->previous, currency);
  g_autofree char *previous_text = g_strdup_printf (_("Same period last year: %s"), previous);
  g_autofree char *gap_text = NULL;
  double fraction = 0;

  if (row->has_target)
    {
      g_autofree char *gap = ter_format_money_compact (ABS (row->target - row->revenue), currency);

      gap_text = row->revenue >= row->target
                   ? g_strdup_printf (_("%s ahead of target"), gap)
                   : g_strdup_printf (_("%s to go"), gap);
    }

  gtk_label_set_label (self->cards[CARD_REVENUE].value, revenue);
  gtk_label_set_label (self->cards[CARD_REVENUE].detail, orders_text);
  gtk_label_set_label (self->cards[CARD_TARGET].value, target);
  gtk_label_set_label (self->cards[CARD_TARGET].detail, gap_text ? gap_text : _("No target set"));
  gtk_label_set_label (self->cards[CARD_ATTAINMENT].value, attainment);
  gtk_label_set_label (self->cards[CARD_ATTAINMENT].detail, _("Revenue against target"));
  gtk_level_bar_set_value (self->cards[CARD_ATTAINMENT].bar,
                           ter_overview_row_attainment (row, &fraction) ? CLAMP (fraction, 0, 1.2) : 0);
  gtk_label_set_label (self->cards[CARD_GROWTH].value, growth);
  gtk_label_set_label (self->cards[CARD_GROWTH].detail, previous_text);
  set_growth_style (GTK_WIDGET (self->cards[CARD_GROWTH].value), row);
}

/* Loading */

static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *data = task_data;
  GError *error = NULL;
  GArray *rows;

  rows = ter_overview_compute (data->store, data->territories, &data->period,
                               data->currency, &error);
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_array_unref);
}

/* Builds the item tree below `focus_id` (0: the root) and copies the
 * focused territory's own row into `focus_out`; FALSE if it is not there. */
static gboolean
build_items (TerOverviewPage *self,
             GListModel      *territories,
             GArray          *rows,
             const char      *currency,
             gint64           focus_id,
             TerOverviewRow  *focus_out)
{
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  const TerOverviewRow *focus_row = NULL;
  guint n = g_list_model_get_n_items (territories);

  for (guint i = 0; i < n && i < rows->len; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);
      const TerOverviewRow *row = &g_array_index (rows, TerOverviewRow, i);
      TerOverviewItem *item = ter_overview_item_new (territory, row, currency);
      gint64 parent_id = ter_territory_get_parent_id (territory);
      TerOverviewItem *parent = g_hash_table_lookup (items, &parent_id);
      gboolean is_focus = focus_id == 0 ? parent_id == 0 : row->territory_id == focus_id;

      g_hash_table_insert (items, (gpointer) &ter_overview_item_get_row (item)->territory_id, item);
      if (is_focus)
        focus_row = ter_overview_item_get_row (item);
      if (parent != NULL)
        {
          g_list_store_append (ter_overview_item_get_children (parent), item);
          if (focus_row != NULL && parent_id == focus_row->territory_id)
            g_ptr_array_add (top, item);
        }
    }

  /* A leaf is shown on its own. */
  if (top->len == 0 && focus_row != NULL)
    g_ptr_array_add (top, g_hash_table_lookup (items, &focus_row->territory_id));

  g_list_store_splice (self->top_items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->top_items)),
                       top->pdata, top->len);

  /* Copy before the hash table drops its references: the root item is
   * in no list and dies with it. */
  if (focus_row == NULL)
    return FALSE;
  *focus_out = *focus_row;
  return TRUE;
}

static void
expand_small_tree (TerOverviewPage *self)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->table));
  guint n = g_list_model_get_n_items (model);

  /* Two or three top-level territories (markets) say little on their
   * own: open them so the regions below show at once. */
  if (n == 0 || n > 3)
    return;

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TerOverviewPage *self = user_data;
  ComputeData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  TerOverviewRow focus;

  rows = g_task_propagate_pointer (G_TASK (result), &error);
  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  if (!build_items (self, data->territories, rows, data->currency,
                    ter_context_get_territory_id (self->context), &focus))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  update_cards (self, &focus, data->currency);
  expand_small_tree (self);
  gtk_stack_set_visible_child_name (self->stack, "data");
}

static void
refresh (TerOverviewPage *self)
{
  g_autoptr(GTask) task = NULL;
  GListModel *territories = ter_context_get_territories (self->context);
  ComputeData *data = g_new0 (ComputeData, 1);
  GListStore *copy = g_list_store_new (TER_TYPE_TERRITORY);
  guint n = g_list_model_get_n_items (territories);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* The worker gets its own copy of everything it reads. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (territories, i);

      g_list_store_append (copy, item);
    }

  data->store = g_object_ref (ter_context_get_store (self->context));
  data->territories = G_LIST_MODEL (copy);
  data->currency = g_strdup (ter_context_get_currency (self->context));
  ter_context_get_period (self->context, &data->period);

  if (n == 0)
    {
      compute_data_free (data);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  task = g_task_new (self, self->cancellable, compute_done_cb, self);
  g_task_set_source_tag (task, refresh);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

/* Callbacks */

static void
table_activate_cb (TerOverviewPage *self,
                   guint            position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->table));
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, position);
  g_autoptr(TerOverviewItem) item = NULL;
  TerTerritory *territory;

  if (row == NULL)
    return;

  item = gtk_tree_list_row_get_item (row);
  territory = ter_overview_item_get_territory (item);
  ter_context_set_territory_id (self->context, ter_territory_get_id (territory));
}

static void
context_changed_cb (TerOverviewPage *self)
{
  refresh (self);
}

/* GObject */

static void
ter_overview_page_dispose (GObject *object)
{
  TerOverviewPage *self = TER_OVERVIEW_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->context);
  g_clear_object (&self->top_items);

  G_OBJECT_CLASS (ter_overview_page_parent_class)->dispose (object);
}

static void
ter_overview_page_class_init (TerOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_overview_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TerOverviewPage, stack);
  gtk_widget_class_bind_template_child_full (widget_class, "cards", FALSE,
                                             G_STRUCT_OFFSET (TerOverviewPage, card_box));
  gtk_widget_class_bind_template_child (widget_class, TerOverviewPage, table);
  gtk_widget_class_bind_template_callback (widget_class, table_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "overview-page");
}

static void
page_iface_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_overview_page_set_context;
}

static void
ter_overview_page_init (TerOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->top_items = g_list_store_new (TER_TYPE_OVERVIEW_ITEM);
  make_card (self, &self->cards[CARD_REVENUE], _("Revenue"), FALSE);
  make_card (self, &self->cards[CARD_TARGET], _("Target"), FALSE);
  make_card (self, &self->cards[CARD_ATTAINMENT], _("Attainment"), TRUE);
  make_card (self, &self->cards[CARD_GROWTH], _("vs Last Year"), FALSE);
  setup_table (self);
}

void
ter_overview_page_set_context (TerOverviewPage *self,
                               TerContext      *context)
{
  g_return_if_fail (TER_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (TER_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh (self);
}

guint
ter_overview_page_get_n_rows (TerOverviewPage *self)
{
  g_return_val_if_fail (TER_IS_OVERVIEW_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (self->table)));
}

GListModel *
ter_overview_page_get_items (TerOverviewPage *self)
{
  g_return_val_if_fail (TER_IS_OVERVIEW_PAGE (self), NULL);
  return G_LIST_MODEL (self->top_items);
}
