/* ter-quote-stats-card.c: the quotes card of the Dashboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-stats-card"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-quote.h"
#include "ter-quote-stats-card.h"
#include "ter-quote-store.h"

struct _TerQuoteStatsCard
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkLabel     *summary;
  GtkGrid      *grid;
  GCancellable *cancellable;
  gboolean      loaded;
};

G_DEFINE_FINAL_TYPE (TerQuoteStatsCard, ter_quote_stats_card, GTK_TYPE_WIDGET)

typedef struct {
  TerStore      *store;
  char           first_day[11];
  char           last_day[11];
  gint64         territory_id;
  gint64         rep_id;
  char           currency[4];
  TerQuoteStats  total;
  GArray        *reps;       /* TerQuoteStatsRow */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->store);
  g_clear_pointer (&data->reps, g_array_unref);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  TerQuoteStore *quotes = TER_QUOTE_STORE (data->store);
  TerQuoteFilter filter = {
    .status = -1, .rep_id = data->rep_id, .first_day = data->first_day,
    .last_day = data->last_day, .territory_id = data->territory_id,
  };
  GError *error = NULL;

  if (!ter_quote_store_stats (quotes, &filter, data->currency, &data->total, &error)
      || (data->reps = ter_quote_store_stats_by (quotes, &filter, TER_QUOTE_STATS_BY_REP,
                                                 data->currency, &error)) == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Reps with more decided quotes first, then more quotes. */
static int
compare_reps (gconstpointer a,
              gconstpointer b)
{
  const TerQuoteStats *x = &((const TerQuoteStatsRow *) a)->stats;
  const TerQuoteStats *y = &((const TerQuoteStatsRow *) b)->stats;
  gint64 dx = x->won + x->lost, dy = y->won + y->lost;

  if (dx != dy)
    return dx < dy ? 1 : -1;
  return x->quotes < y->quotes ? 1 : x->quotes > y->quotes ? -1 : 0;
}

static GtkWidget *
cell (const char *text,
      gboolean    numeric,
      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), numeric ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, !numeric);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (heading)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
    }
  return label;
}

static void
show_reps (TerQuoteStatsCard *self,
           GArray            *reps)
{
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  gtk_grid_attach (self->grid, cell (_("Rep"), FALSE, TRUE), 0, 0, 1, 1);
  gtk_grid_attach (self->grid, cell (_("Quotes"), TRUE, TRUE), 1, 0, 1, 1);
  gtk_grid_attach (self->grid, cell (_("Win rate"), TRUE, TRUE), 2, 0, 1, 1);
  gtk_grid_attach (self->grid, cell (_("Avg. discount"), TRUE, TRUE), 3, 0, 1, 1);
  g_array_sort (reps, compare_reps);
  for (guint i = 0; i < reps->len && shown < TER_QUOTE_STATS_CARD_TOP; i++)
    {
      const TerQuoteStatsRow *row = &g_array_index (reps, TerQuoteStatsRow, i);
      g_autofree char *count = ter_format_integer (row->stats.quotes);
      g_autofree char *rate = row->stats.won + row->stats.lost > 0
                              ? ter_quote_format_rate (row->stats.win_rate_bp) : g_strdup ("—");
      g_autofree char *discount = ter_quote_format_rate (row->stats.avg_discount_bp);

      shown++;
      gtk_grid_attach (self->grid, cell (row->label, FALSE, FALSE), 0, shown, 1, 1);
      gtk_grid_attach (self->grid, cell (count, TRUE, FALSE), 1, shown, 1, 1);
      gtk_grid_attach (self->grid, cell (rate, TRUE, FALSE), 2, shown, 1, 1);
      gtk_grid_attach (self->grid, cell (discount, TRUE, FALSE), 3, shown, 1, 1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->grid), shown > 0);
}

static void
show_summary (TerQuoteStatsCard   *self,
              const TerQuoteStats *stats,
              const char          *currency)
{
  g_autofree char *text = stats->quotes == 0 ? g_strdup (_("No quotes in this period"))
                                             : ter_quote_stats_summary (stats, currency);

  gtk_label_set_text (self->summary, text);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TerQuoteStatsCard *self = TER_QUOTE_STATS_CARD (source);
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The card says what went wrong in its own place. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_text (self->summary, error->message);
      return;
    }
  show_summary (self, &data->total, data->currency);
  show_reps (self, data->reps);
  self->loaded = TRUE;
}

void
ter_quote_stats_card_refresh (TerQuoteStatsCard *self,
                              TerContext        *context)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data = g_new0 (LoadData, 1);
  TerPeriod period;

  g_return_if_fail (TER_IS_QUOTE_STATS_CARD (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loaded = FALSE;

  data->store = g_object_ref (ter_context_get_store (context));
  ter_context_get_period (context, &period);
  ter_period_format_bounds (&period, data->first_day, data->last_day);
  data->territory_id = ter_context_get_territory_id (context);
  data->rep_id = ter_context_get_drill (context, TER_CONTEXT_DRILL_REP);
  g_strlcpy (data->currency, ter_context_get_currency (context), sizeof data->currency);

  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, ter_quote_stats_card_refresh);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
ter_quote_stats_card_is_loaded (TerQuoteStatsCard *self)
{
  g_return_val_if_fail (TER_IS_QUOTE_STATS_CARD (self), FALSE);
  return self->loaded;
}

const char *
ter_quote_stats_card_get_summary (TerQuoteStatsCard *self)
{
  g_return_val_if_fail (TER_IS_QUOTE_STATS_CARD (self), NULL);
  return gtk_label_get_text (self->summary);
}

static void
ter_quote_stats_card_dispose (GObject *object)
{
  TerQuoteStatsCard *self = TER_QUOTE_STATS_CARD (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (ter_quote_stats_card_parent_class)->dispose (object);
}

static void
ter_quote_stats_card_class_init (TerQuoteStatsCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_quote_stats_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ter_quote_stats_card_init (TerQuoteStatsCard *self)
{
  GtkWidget *title = gtk_label_new (_("Quotes: Win Rate and Discount by Rep"));
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *grid = gtk_grid_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_add_css_class (self->box, "dashboard-card");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (self->box), title);

  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_box_append (GTK_BOX (self->box), summary);
  self->summary = GTK_LABEL (summary);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_box_append (GTK_BOX (self->box), grid);
  self->grid = GTK_GRID (grid);
}

GtkWidget *
ter_quote_stats_card_new (void)
{
  return g_object_new (TER_TYPE_QUOTE_STATS_CARD, NULL);
}
