/* ter-quote-list.c: the quote pipeline as a GtkColumnView: number,
 * customer, rep, state, dates, discount and total, each column sortable,
 * with a footer that adds up the quotes shown per currency (quotes keep
 * their own currency, so nothing is converted here).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-money.h"
#include "ter-quote-item.h"
#include "ter-quote-list.h"

/* In the order shown: what a narrow window still shows comes first. */
typedef enum {
  COLUMN_NUMBER,
  COLUMN_CUSTOMER,
  COLUMN_TOTAL,
  COLUMN_STATUS,
  COLUMN_DISCOUNT,
  COLUMN_REP,
  COLUMN_CREATED,
  COLUMN_VALID_UNTIL,
  N_COLUMNS
} Column;

struct _TerQuoteList
{
  GtkWidget         parent_instance;

  GListStore       *store;
  GtkSortListModel *sorted;
  GtkColumnView    *view;
  GtkLabel         *footer;
};

G_DEFINE_FINAL_TYPE (TerQuoteList, ter_quote_list, GTK_TYPE_WIDGET)

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
column_title (Column column)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      return C_("quote column", "Quote");
    case COLUMN_CUSTOMER:
      return C_("quote column", "Customer");
    case COLUMN_REP:
      return C_("quote column", "Rep");
    case COLUMN_STATUS:
      return C_("quote column", "State");
    case COLUMN_CREATED:
      return C_("quote column", "Created");
    case COLUMN_VALID_UNTIL:
      return C_("quote column", "Valid Until");
    case COLUMN_DISCOUNT:
      return C_("quote column", "Discount");
    case COLUMN_TOTAL:
    case N_COLUMNS:
    default:
      return C_("quote column", "Total");
    }
}

static const char *
status_css (TerQuoteStatus status)
{
  switch (status)
    {
    case TER_QUOTE_WON:
      return "success";
    case TER_QUOTE_LOST:
      return "error";
    case TER_QUOTE_PENDING_APPROVAL:
      return "warning";
    case TER_QUOTE_DRAFT:
    case TER_QUOTE_APPROVED:
    case TER_QUOTE_SENT:
    default:
      return "accent";
    }
}

static char *
format_day (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  return g_date_valid (&date) ? ter_format_date (&date) : g_strdup (day);
}

static char *
cell_text (const TerQuoteSummary *s,
           Column                 column)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup (s->number);
    case COLUMN_CUSTOMER:
      return g_strdup (s->customer_name);
    case COLUMN_REP:
      return g_strdup (s->rep_name);
    case COLUMN_STATUS:
      return g_strdup (ter_quote_status_to_label (s->status));
    case COLUMN_CREATED:
      return format_day (s->created_on);
    case COLUMN_VALID_UNTIL:
      return format_day (s->valid_until);
    case COLUMN_DISCOUNT:
      return ter_quote_format_rate (s->discount_bp);
    case COLUMN_TOTAL:
    case N_COLUMNS:
    default:
      return ter_format_money (s->total, s->currency);
    }
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return (a > b) - (a < b);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const TerQuoteSummary *x = ter_quote_item_get_summary ((TerQuoteItem *) a);
  const TerQuoteSummary *y = ter_quote_item_get_summary ((TerQuoteItem *) b);

  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_NUMBER:
      return g_strcmp0 (x->number, y->number);
    case COLUMN_CUSTOMER:
      return g_utf8_collate (x->customer_name, y->customer_name);
    case COLUMN_REP:
      return g_utf8_collate (x->rep_name, y->rep_name);
    case COLUMN_STATUS:
      return compare_int64 (x->status, y->status);
    case COLUMN_CREATED:
      return g_strcmp0 (x->created_on, y->created_on);
    case COLUMN_VALID_UNTIL:
      return g_strcmp0 (x->valid_until, y->valid_until);
    case COLUMN_DISCOUNT:
      return compare_int64 (x->discount_bp, y->discount_bp);
    case COLUMN_TOTAL:
    case N_COLUMNS:
    default:
      /* Different currencies sort by code first, so amounts compare. */
      return strcmp (x->currency, y->currency) != 0 ? strcmp (x->currency, y->currency)
                                                    : compare_int64 (x->total, y->total);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = column == COLUMN_TOTAL || column == COLUMN_DISCOUNT;

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  /* Names give way; numbers, dates and amounts are always read whole. */
  if (column == COLUMN_CUSTOMER || column == COLUMN_REP)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_list_item_get_child (item);
  const TerQuoteSummary *s = ter_quote_item_get_summary (gtk_list_item_get_item (item));
  g_autofree char *text = cell_text (s, column);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, column == COLUMN_CUSTOMER ? text : NULL);
  if (column == COLUMN_STATUS)
    {
      for (int status = TER_QUOTE_DRAFT; status <= TER_QUOTE_LOST; status++)
        gtk_widget_remove_css_class (label, status_css (status));
      gtk_widget_add_css_class (label, status_css (s->status));
    }
}

static void
add_column (TerQuoteList *self,
            Column        column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (column), NULL));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (column_title (column), factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column == COLUMN_CUSTOMER);
  gtk_column_view_append_column (self->view, view_column);
  g_object_unref (sorter);
  g_object_unref (view_column);
}

static void
activate_cb (TerQuoteList *self,
             guint         position)
{
  gint64 id = ter_quote_list_get_id (self, position);

  if (id > 0)
    g_signal_emit (self, signals[ACTIVATED], 0, id);
}

/* Per-currency sums of what is shown, e.g. "¥1,234,000.00 + $5,600.00". */
static void
update_footer (TerQuoteList *self)
{
  g_autoptr(GString) sums = g_string_new (NULL);
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerQuoteItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      const TerQuoteSummary *s = ter_quote_item_get_summary (item);
      gint64 *sum = g_hash_table_lookup (totals, s->currency);

      if (sum == NULL)
        {
          sum = g_new0 (gint64, 1);
          g_hash_table_insert (totals, g_strdup (s->currency), sum);
          g_ptr_array_add (codes, (gpointer) s->currency);
        }
      if (!ter_money_add (*sum, s->total, sum))
        *sum = G_MAXINT64;
    }
  for (guint i = 0; i < codes->len; i++)
    {
      g_autofree char *money = ter_format_money (*(gint64 *) g_hash_table_lookup (totals, codes->pdata[i]),
                                                 codes->pdata[i]);

      g_string_append_printf (sums, "%s%s", i > 0 ? " + " : "", money);
    }
  /* Translators: number of quotes listed, then their totals per currency. */
  text = n > 0 ? g_strdup_printf (ngettext ("%u quote · %s", "%u quotes · %s", n), n, sums->str)
               : g_strdup (_("No quotes match"));
  gtk_label_set_text (self->footer, text);
}

static void
ter_quote_list_dispose (GObject *object)
{
  TerQuoteList *self = TER_QUOTE_LIST (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->sorted);
  G_OBJECT_CLASS (ter_quote_list_parent_class)->dispose (object);
}

static void
ter_quote_list_class_init (TerQuoteListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ter_quote_list_dispose;
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quote-list");
}

static void
ter_quote_list_init (TerQuoteList *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkSingleSelection *selection;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->store = g_list_store_new (TER_TYPE_QUOTE_ITEM);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  for (Column c = COLUMN_NUMBER; c < N_COLUMNS; c++)
    add_column (self, c);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  /* Newest first, as the store lists them, and the header says so. */
  ter_quote_list_sort_by (self, column_title (COLUMN_CREATED), GTK_SORT_DESCENDING);
  g_object_unref (selection);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (activate_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Quotes"), -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
  self->footer = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->footer, 0.0);
  gtk_label_set_wrap (self->footer, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->footer), "numeric");
  gtk_widget_set_margin_top (GTK_WIDGET (self->footer), 6);
  gtk_widget_set_parent (GTK_WIDGET (self->footer), GTK_WIDGET (self));
}

GtkWidget *
ter_quote_list_new (void)
{
  return g_object_new (TER_TYPE_QUOTE_LIST, NULL);
}

void
ter_quote_list_set_quotes (TerQuoteList *self,
                           GArray       *quotes)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (TER_IS_QUOTE_LIST (self));

  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    g_ptr_array_add (items, ter_quote_item_new (&g_array_index (quotes, TerQuoteSummary, i)));
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  update_footer (self);
}

guint
ter_quote_list_get_n_quotes (TerQuoteList *self)
{
  g_return_val_if_fail (TER_IS_QUOTE_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

gint64
ter_quote_list_get_id (TerQuoteList *self,
                       guint         position)
{
  g_autoptr(TerQuoteItem) item = NULL;

  g_return_val_if_fail (TER_IS_QUOTE_LIST (self), 0);
  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  return item != NULL ? ter_quote_item_get_summary (item)->id : 0;
}

gboolean
ter_quote_list_sort_by (TerQuoteList *self,
                        const char   *title,
                        GtkSortType   order)
{
  GListModel *columns;

  g_return_val_if_fail (TER_IS_QUOTE_LIST (self), FALSE);
  columns = gtk_column_view_get_columns (self->view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        {
          /* One sort at a time, so one arrow shows which. */
          gtk_column_view_sort_by_column (self->view, NULL, order);
          gtk_column_view_sort_by_column (self->view, column, order);
          return TRUE;
        }
    }
  return FALSE;
}

const char *
ter_quote_list_get_footer (TerQuoteList *self)
{
  g_return_val_if_fail (TER_IS_QUOTE_LIST (self), NULL);
  return gtk_label_get_text (self->footer);
}
