/* ter-reps-page.c: the reporting line as an expandable list; a rep's
 * scorecard (attainment, trend, rank, customers, orders) and review
 * history beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-reps-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ter-format.h"
#include "ter-money.h"
#include "ter-page.h"
#include "ter-performance-store.h"
#include "ter-quote-store.h"
#include "ter-chart-view.h"
#include "ter-render.h"
#include "ter-application.h"
#include "ter-report-editor.h"
#include "ter-review-editor.h"
#include "ter-review-history.h"
#include "ter-review-pdf.h"
#include "ter-rep.h"
#include "ter-commission-plans-window.h"
#include "ter-reps-page.h"
#include "ter-review-criteria-window.h"
#include "ter-statement-group.h"

enum {
  CARD_MONTH,
  CARD_QUARTER,
  CARD_YEAR,
  N_CARDS
};

typedef struct {
  GtkLabel    *title;
  GtkLabel    *value;
  GtkLabel    *detail;
  GtkLevelBar *bar;
} Card;

enum {
  STAT_RANK,
  STAT_CUSTOMERS,
  STAT_ORDERS,
  STAT_AOV,
  STAT_RETURNS,
  STAT_WIN_RATE,
  STAT_DISCOUNT,
  N_STATS
};

struct _TerRepsPage
{
  GtkWidget           parent_instance;

  TerContext         *context;
  GCancellable       *cancellable;
  GHashTable         *children;      /* manager id → GListStore of TerRep */
  GListStore         *top;
  gint64              rep_id;
  TerRep             *rep;
  char                month[8];
  char                report_month[8];
  char                quarter_start[8];  /* of the (fiscal) quarter shown */
  char                currency[4];
  gboolean            loaded;

  AdwLeaflet         *leaflet;
  GtkListView        *list;
  GtkSingleSelection *selection;
  GtkStack           *detail_stack;
  GtkLabel           *name_label;
  GtkLabel           *role_label;
  Card                cards[N_CARDS];
  GtkLabel           *stats[N_STATS];
  AdwPreferencesGroup *stats_group;
  TerChart           *trend;
  TerReviewHistory   *reviews;
  TerStatementGroup  *pay;
  AdwPreferencesGroup *reports_group;
  GtkListBox         *reports;
  GtkButton          *back_button;
};

static void page_iface_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerRepsPage, ter_reps_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, page_iface_init))

typedef struct {
  TerStore     *store;
  gint64        rep_id;
  char          month[8];
  guint         fiscal_start;
  TerScorecard  card;
  TerQuoteStats quotes;       /* created in the scorecard's year */
  GArray       *reviews;
  char          report_month[8];
  GArray       *reports;      /* TerRepReport of the team, texts NULL */
  TerCommissionStatement *statement;  /* NULL without a plan */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->store);
  g_clear_pointer (&data->reviews, g_array_unref);
  g_clear_pointer (&data->reports, g_array_unref);
  g_clear_pointer (&data->statement, ter_commission_statement_free);
  g_free (data);
}

/* Hierarchy */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  TerRepsPage *self = user_data;
  GListStore *children = g_hash_table_lookup (self->children,
                                              GINT_TO_POINTER (ter_rep_get_id (TER_REP (item))));

  return children != NULL ? g_object_ref (G_LIST_MODEL (children)) : NULL;
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *role = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (role), 0);
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_add_css_class (role, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), role);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  TerRep *rep = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), ter_rep_get_name (rep));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)),
                      ter_rep_role_to_label (ter_rep_get_role (rep)));
  g_object_unref (rep);
}

static void
load_reps (TerRepsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reps = ter_store_list_reps (ter_context_get_store (self->context), &error);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) heads = g_ptr_array_new_with_free_func (g_object_unref);

  g_hash_table_remove_all (self->children);
  g_list_store_remove_all (self->top);
  if (reps == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      g_hash_table_add (ids, GINT_TO_POINTER (ter_rep_get_id (rep)));
    }

  /* Anyone whose manager is unknown heads a tree of their own. */
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      gpointer manager = GINT_TO_POINTER (ter_rep_get_manager_id (rep));
      GListStore *siblings;

      if (!g_hash_table_contains (ids, manager))
        {
          g_ptr_array_add (heads, g_object_ref (rep));
          continue;
        }
      siblings = g_hash_table_lookup (self->children, manager);
      if (siblings == NULL)
        {
          siblings = g_list_store_new (TER_TYPE_REP);
          g_hash_table_insert (self->children, manager, siblings);
        }
      g_list_store_append (siblings, rep);
    }

  /* The tree asks for children as rows appear: add the heads last. */
  g_list_store_splice (self->top, 0, 0, heads->pdata, heads->len);
}

/* Scorecard */

static void
make_card (TerRepsPage *self,
           Card        *card,
           GtkFlowBox  *box,
           const char  *title)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_size_request (frame, 200, -1);
  card->title = GTK_LABEL (gtk_label_new (title));
  card->value = GTK_LABEL (gtk_label_new (NULL));
  card->detail = GTK_LABEL (gtk_label_new (NULL));
  card->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 1.2));
  gtk_level_bar_add_offset_value (card->bar, GTK_LEVEL_BAR_OFFSET_LOW, 0.9);
  gtk_level_bar_add_offset_value (card->bar, GTK_LEVEL_BAR_OFFSET_HIGH, 1.0);
  gtk_level_bar_add_offset_value (card->bar, GTK_LEVEL_BAR_OFFSET_FULL, 1.2);
  gtk_widget_add_css_class (GTK_WIDGET (card->title), "caption-heading");
  gtk_widget_add_css_class (GTK_WIDGET (card->value), "title-2");
  gtk_widget_add_css_class (GTK_WIDGET (card->detail), "dim-label");
  gtk_label_set_wrap (card->detail, TRUE);
  gtk_label_set_xalign (card->title, 0);
  gtk_label_set_xalign (card->value, 0);
  gtk_label_set_xalign (card->detail, 0);
  gtk_box_append (GTK_BOX (frame), GTK_WIDGET (card->title));
  gtk_box_append (GTK_BOX (frame), GTK_WIDGET (card->value));
  gtk_box_append (GTK_BOX (frame), GTK_WIDGET (card->bar));
  gtk_box_append (GTK_BOX (frame), GTK_WIDGET (card->detail));
  for (GtkWidget *w = gtk_widget_get_first_child (frame); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      gtk_widget_set_margin_start (w, 12);
      gtk_widget_set_margin_end (w, 12);
    }
  gtk_widget_set_margin_top (GTK_WIDGET (card->title), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (card->detail), 12);
  gtk_flow_box_append (box, frame);
}

static void
update_card (Card        *card,
             gint64       revenue,
             gint64       target,
             const char  *currency)
{
  g_autofree char *actual = ter_format_money_compact (revenue, currency);
  g_autofree char *goal = ter_format_money_compact (target, currency);
  g_autofree char *detail = NULL;
  gint64 bp = ter_attainment_bp (revenue, target);

  if (bp < 0)
    {
      gtk_label_set_text (card->value, actual);
      gtk_label_set_text (card->detail, _("No target set"));
      gtk_level_bar_set_value (card->bar, 0);
      return;
    }

  {
    g_autofree char *percent = ter_format_percent (bp / 10000.0);

    gtk_label_set_text (card->value, percent);
  }
  /* Translators: revenue of a period against its target, "¥45.6万 of ¥50万". */
  detail = g_strdup_printf (_("%s of %s"), actual, goal);
  gtk_label_set_text (card->detail, detail);
  gtk_level_bar_set_value (card->bar, CLAMP (bp / 10000.0, 0, 1.2));
}

static void
set_stat (TerRepsPage *self,
          guint        stat,
          char        *text)
{
  gtk_label_set_text (self->stats[stat], text);
  g_free (text);
}

static double
minor_per_major (const char *currency)
{
  double factor = 1;

  for (int i = ter_currency_digits (currency); i > 0; i--)
    factor *= 10;

  return factor;
}

/* The chart works in major units; money labels come from ter-format. */
static char *
format_axis (double   value,
             gpointer user_data)
{
  return ter_format_money_compact ((gint64) (value * minor_per_major (user_data)), user_data);
}

static void
update_trend (TerRepsPage        *self,
              const char         *month,
              const TerScorecard *card)
{
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  double values[12];
  int index = atoi (month) * 12 + atoi (month + 5) - 1;

  for (int i = 0; i < 12; i++)
    {
      int m = index - 11 + i;
      g_autofree char *label = g_strdup_printf ("%d", m % 12 + 1);

      values[i] = card->trend[i] / minor_per_major (card->currency);
      ter_chart_data_append_label (data, label);
    }
  ter_chart_data_add_values (data, _("Revenue"), TER_SERIES_ROLE_DEFAULT, values, 12);
  ter_chart_set_formatter (self->trend, format_axis, g_strdup (card->currency), g_free);
  ter_chart_set_data (self->trend, data);
}

static char *
month_text (const char *month)
{
  return ter_format_month (atoi (month), atoi (month + 5));
}

/* Calendar quarters and years read "to Date"; a fiscal year that starts
 * in another month names the month its quarter and year began. */
static void
update_fiscal_titles (TerRepsPage *self,
                      LoadData    *data)
{
  g_autofree char *quarter = NULL;
  g_autofree char *year = NULL;

  if (data->fiscal_start == 1)
    {
      gtk_label_set_text (self->cards[CARD_QUARTER].title, _("Quarter to Date"));
      gtk_label_set_text (self->cards[CARD_YEAR].title, _("Year to Date"));
      adw_preferences_group_set_title (self->stats_group, _("Year to Date"));
      return;
    }

  quarter = month_text (data->card.quarter_start);
  year = month_text (data->card.year_start);
  {
    /* Translators: a scorecard title in a fiscal year, "Fiscal quarter from April 2026". */
    g_autofree char *quarter_title = g_strdup_printf (_("Fiscal quarter from %s"), quarter);
    /* Translators: a scorecard title in a fiscal year, "Fiscal year from April 2026". */
    g_autofree char *year_title = g_strdup_printf (_("Fiscal year from %s"), year);

    gtk_label_set_text (self->cards[CARD_QUARTER].title, quarter_title);
    gtk_label_set_text (self->cards[CARD_YEAR].title, year_title);
    adw_preferences_group_set_title (self->stats_group, year_title);
  }
}

static void
update_scorecard (TerRepsPage  *self,
                  LoadData     *data)
{
  const TerScorecard *card = &data->card;
  g_autofree char *month = ter_format_month (atoi (data->month), atoi (data->month + 5));

  gtk_label_set_text (self->cards[CARD_MONTH].title, month);
  g_strlcpy (self->quarter_start, card->quarter_start, sizeof self->quarter_start);
  update_fiscal_titles (self, data);

  update_card (&self->cards[CARD_MONTH], card->month_revenue, card->month_target, card->currency);
  update_card (&self->cards[CARD_QUARTER], card->quarter_revenue, card->quarter_target, card->currency);
  update_card (&self->cards[CARD_YEAR], card->year_revenue, card->year_target, card->currency);

  /* Translators: rank among peers, "2 of 8". */
  set_stat (self, STAT_RANK, g_strdup_printf (_("%d of %d"), (int) card->rank, (int) card->peers));
  set_stat (self, STAT_CUSTOMERS, ter_format_integer (card->customers));
  set_stat (self, STAT_ORDERS, ter_format_integer (card->orders));
  set_stat (self, STAT_AOV, ter_format_money (card->average_order, card->currency));
  set_stat (self, STAT_RETURNS, ter_format_percent (card->return_rate_bp / 10000.0));
  /* Undecided quotes say nothing about a win rate: a dash, not 0 %. */
  set_stat (self, STAT_WIN_RATE, data->quotes.won + data->quotes.lost > 0
                                 ? ter_format_percent (data->quotes.win_rate_bp / 10000.0) : g_strdup ("—"));
  set_stat (self, STAT_DISCOUNT, data->quotes.quotes > 0
                                 ? ter_format_percent (data->quotes.avg_discount_bp / 10000.0) : g_strdup ("—"));
  update_trend (self, data->month, card);
}

/* Commission and monthly reports */

static TerRep *
find_rep (GListModel *model,
          gint64      rep_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (model, i);

      if (ter_rep_get_id (rep) == rep_id)
        return g_steal_pointer (&rep);
    }

  return NULL;
}

static GtkWidget *
report_row (TerRepsPage        *self,
            const TerRepReport *report)
{
  g_autoptr(TerRep) rep = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state;
  g_autofree char *text = NULL;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->children);
  while (rep == NULL && g_hash_table_iter_next (&iter, NULL, &value))
    rep = find_rep (G_LIST_MODEL (value), report->rep_id);

  if (!report->submitted)
    text = g_strdup (_("Not submitted"));
  else if (report->on_time)
    /* Translators: a monthly report's status, "On time (2026-11-04)". */
    text = g_strdup_printf (_("On time (%s)"), report->submitted_on);
  else
    /* Translators: a monthly report's status, "Late (2026-11-09)". */
    text = g_strdup_printf (_("Late (%s)"), report->submitted_on);

  state = gtk_label_new (text);
  gtk_widget_add_css_class (state, !report->submitted ? "error" : report->on_time ? "success" : "warning");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rep != NULL ? ter_rep_get_name (rep) : "?");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  return row;
}

static void
update_reports (TerRepsPage *self,
                LoadData    *data)
{
  g_autofree char *month = ter_format_month (atoi (data->report_month), atoi (data->report_month + 5));
  /* Translators: heading of the team's report list, "Monthly Reports, October 2026 (due on the 5th)". */
  g_autofree char *title = g_strdup_printf (_("Monthly Reports, %s (due on the 5th)"), month);
  guint on_time = 0;
  g_autofree char *summary = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reports))) != NULL)
    gtk_list_box_remove (self->reports, child);

  gtk_widget_set_visible (GTK_WIDGET (self->reports_group), data->reports->len > 0);
  for (guint i = 0; i < data->reports->len; i++)
    {
      const TerRepReport *report = &g_array_index (data->reports, TerRepReport, i);

      on_time += report->on_time;
      gtk_list_box_append (self->reports, report_row (self, report));
    }

  /* Translators: under the report list, "12 of 15 on time". */
  summary = g_strdup_printf (_("%u of %u on time"), on_time, data->reports->len);
  adw_preferences_group_set_title (self->reports_group, title);
  adw_preferences_group_set_description (self->reports_group, summary);
}

/* Loading a rep */

/* The rep's own quotes created from the first month of the scorecard's
 * (fiscal) year to the end of its month. */
static gboolean
load_quote_stats (LoadData  *data,
                  GError   **error)
{
  g_autofree char *first = g_strdup_printf ("%s-01", data->card.year_start);
  g_autofree char *last = NULL;
  GDate end;
  TerQuoteFilter filter = { .status = -1, .rep_id = data->rep_id };

  g_date_clear (&end, 1);
  g_date_set_dmy (&end, 1, atoi (data->month + 5), atoi (data->month));
  g_date_set_day (&end, g_date_get_days_in_month (g_date_get_month (&end), g_date_get_year (&end)));
  last = g_strdup_printf ("%s-%02d", data->month, g_date_get_day (&end));
  filter.first_day = data->card.year_start[0] != '\0' ? first : NULL;
  filter.last_day = last;
  return ter_quote_store_stats (TER_QUOTE_STORE (data->store), &filter,
                                data->card.currency[0] != '\0' ? data->card.currency : "CNY",
                                &data->quotes, error);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  TerPerformanceStore *perf = TER_PERFORMANCE_STORE (data->store);
  GError *error = NULL;

  if (!ter_performance_store_scorecard (perf, data->rep_id, data->month, data->fiscal_start, &data->card, &error)
      || (data->reviews = ter_performance_store_list_reviews (perf, data->rep_id, &error)) == NULL
      || (data->reports = ter_performance_store_report_status (perf, data->rep_id, data->report_month, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!load_quote_stats (data, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Managers and reps without a plan simply have no statement. */
  data->statement = ter_performance_store_statement (perf, data->rep_id, data->month, &error);
  if (data->statement == NULL && !g_error_matches (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND))
    {
      g_task_return_error (task, error);
      return;
    }

  g_clear_error (&error);
  g_task_return_boolean (task, TRUE);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TerRepsPage *self = TER_REPS_PAGE (source);
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  g_strlcpy (self->currency, data->card.currency, sizeof self->currency);
  ter_statement_group_set_statement (self->pay, data->store, data->rep_id, data->month,
                                     g_steal_pointer (&data->statement));
  update_scorecard (self, data);
  ter_review_history_set_reviews (self->reviews, data->reviews, data->fiscal_start);
  update_reports (self, data);
  gtk_stack_set_visible_child_name (self->detail_stack, "card");
  self->loaded = TRUE;
}

static void
load_rep (TerRepsPage *self,
          TerRep      *rep)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data = g_new0 (LoadData, 1);
  TerPeriod period;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loaded = FALSE;
  self->rep_id = ter_rep_get_id (rep);
  g_set_object (&self->rep, rep);

  gtk_label_set_text (self->name_label, ter_rep_get_name (rep));
  gtk_label_set_text (self->role_label, ter_rep_role_to_label (ter_rep_get_role (rep)));

  /* The scorecard is as of the last month of the chosen period. */
  ter_context_get_period (self->context, &period);
  data->store = g_object_ref (ter_context_get_store (self->context));
  data->rep_id = self->rep_id;
  data->fiscal_start = ter_context_get_fiscal_start_month (self->context);
  g_snprintf (data->month, sizeof data->month, "%04d-%02d",
              g_date_get_year (&period.last), g_date_get_month (&period.last));
  g_strlcpy (self->month, data->month, sizeof self->month);
  {
    int index = g_date_get_year (&period.last) * 12 + g_date_get_month (&period.last) - 2;

    g_snprintf (data->report_month, sizeof data->report_month, "%04d-%02d", index / 12, index % 12 + 1);
    g_strlcpy (self->report_month, data->report_month, sizeof self->report_month);
  }

  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, load_rep);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}


static void
selection_changed_cb (TerRepsPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(TerRep) rep = NULL;

  if (row == NULL)
    return;

  rep = gtk_tree_list_row_get_item (row);
  load_rep (self, rep);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (TerRepsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
folded_changed_cb (TerRepsPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), adw_leaflet_get_folded (self->leaflet));
}

static void
context_changed_cb (TerRepsPage *self)
{
  g_autoptr(TerRep) rep = NULL;
  gint64 rep_id = self->rep_id;

  load_reps (self);
  rep_id = rep_id > 0 ? rep_id : 0;
  if (rep_id == 0 && g_list_model_get_n_items (G_LIST_MODEL (self->top)) > 0)
    rep = g_list_model_get_item (G_LIST_MODEL (self->top), 0);
  else
    ter_reps_page_select_rep (self, rep_id);
  if (rep != NULL)
    load_rep (self, rep);
}

/* Reviewing */

/* The user profile from Preferences; with none chosen, the head of the
 * first reporting line. */
static gint64
acting_rep (TerRepsPage *self)
{
  GApplication *app = g_application_get_default ();
  gint64 id = 0;

  if (TER_IS_APPLICATION (app))
    id = g_settings_get_int64 (ter_application_get_settings (TER_APPLICATION (app)), "acting-rep-id");
  if (id == 0 && g_list_model_get_n_items (G_LIST_MODEL (self->top)) > 0)
    {
      g_autoptr(TerRep) head = g_list_model_get_item (G_LIST_MODEL (self->top), 0);

      id = ter_rep_get_id (head);
    }

  return id;
}

static void
editor_changed_cb (TerRepsPage *self)
{
  if (self->rep != NULL)
    load_rep (self, self->rep);
}

static void
open_review (TerRepsPage *self,
             gint64       review_id)
{
  g_autoptr(GError) error = NULL;
  TerReviewEditor *editor;

  editor = ter_review_editor_new (ter_context_get_store (self->context), review_id,
                                  acting_rep (self), ter_rep_get_name (self->rep),
                                  ter_context_get_fiscal_start_month (self->context), &error);
  if (editor == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  g_signal_connect_object (editor, "changed", G_CALLBACK (editor_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
review_activated_cb (TerRepsPage *self,
                     gint64       review_id)
{
  open_review (self, review_id);
}

/* Opens last month's report; only its rep may write it. */
static void
report_clicked_cb (TerRepsPage *self)
{
  g_autoptr(GError) error = NULL;
  TerReportEditor *editor;

  if (self->rep == NULL)
    return;

  editor = ter_report_editor_new (ter_context_get_store (self->context), self->rep_id, self->report_month,
                                  acting_rep (self), ter_rep_get_name (self->rep), self->currency, &error);
  if (editor == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Starts the review of the (fiscal) quarter the scorecard shows. */
static void
new_review_clicked_cb (TerRepsPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *quarter = self->quarter_start;
  gint64 review_id;

  if (self->rep == NULL || quarter[0] == '\0')
    return;

  review_id = ter_performance_store_create_review (TER_PERFORMANCE_STORE (ter_context_get_store (self->context)),
                                                   acting_rep (self), self->rep_id,
                                                   TER_REVIEW_PERIOD_QUARTER, quarter, &error);
  if (review_id == 0)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  load_rep (self, self->rep);
  open_review (self, review_id);
}

/* Commission plans and statements */

static void
plans_clicked_cb (TerRepsPage *self)
{
  g_autoptr(GError) error = NULL;
  TerCommissionPlansWindow *window;

  window = ter_commission_plans_window_new (ter_context_get_store (self->context), acting_rep (self),
                                            self->month, &error);
  if (window == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  if (ter_statement_group_get_statement (self->pay) != NULL)
    ter_commission_plans_window_select_plan (window, ter_statement_group_get_statement (self->pay)->plan_id);
  g_signal_connect_object (window, "changed", G_CALLBACK (editor_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (window));
}

static void
criteria_clicked_cb (TerRepsPage *self)
{
  g_autoptr(GError) error = NULL;
  TerReviewCriteriaWindow *window;

  window = ter_review_criteria_window_new (ter_context_get_store (self->context), acting_rep (self), &error);
  if (window == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  g_signal_connect_object (window, "changed", G_CALLBACK (editor_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (window));
}

/* Building */

static GtkWidget *
build_list (TerRepsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkTreeListModel *tree;
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->top)), FALSE, FALSE,
                                  create_children_cb, self, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reps"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 240, -1);
  gtk_widget_set_vexpand (scrolled, TRUE);

  return scrolled;
}

static GtkWidget *
build_stats (TerRepsPage *self)
{
  const char *titles[N_STATS] = {
    _("Rank among peers"), _("Customers this year"), _("Orders this year"),
    _("Average order"), _("Return rate"), _("Quote win rate"), _("Average quote discount"),
  };
  GtkWidget *group = adw_preferences_group_new ();

  self->stats_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Year to Date"));
  for (guint i = 0; i < N_STATS; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      self->stats[i] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_selectable (self->stats[i], TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->stats[i]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static void
pay_message_cb (TerRepsPage *self,
                const char  *message)
{
  ter_page_add_toast (TER_PAGE (self), message);
}

static GtkWidget *
build_pay (TerRepsPage *self)
{
  self->pay = TER_STATEMENT_GROUP (ter_statement_group_new ());
  g_signal_connect_swapped (self->pay, "message", G_CALLBACK (pay_message_cb), self);
  return GTK_WIDGET (self->pay);
}

/* A flow box, so that the buttons wrap onto a second line when narrow. */
static GtkWidget *
build_actions (TerRepsPage *self)
{
  GtkWidget *actions = gtk_flow_box_new ();
  GtkWidget *review = gtk_button_new_with_mnemonic (_("_New Review"));
  GtkWidget *report = gtk_button_new_with_mnemonic (_("Monthly _Report"));
  GtkWidget *plans = gtk_button_new_with_mnemonic (_("Commission _Plans"));
  GtkWidget *criteria = gtk_button_new_with_mnemonic (_("Review _Criteria"));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (actions), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (actions), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (actions), 6);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (actions), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (actions), 4);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (actions), TRUE);
  gtk_widget_set_tooltip_text (review, _("Review this rep for the quarter shown"));
  g_signal_connect_swapped (review, "clicked", G_CALLBACK (new_review_clicked_cb), self);
  gtk_widget_set_tooltip_text (report, _("Last month’s report, due by the 5th"));
  g_signal_connect_swapped (report, "clicked", G_CALLBACK (report_clicked_cb), self);
  gtk_widget_set_tooltip_text (plans, _("Rates, tiers, caps and who each plan pays"));
  g_signal_connect_swapped (plans, "clicked", G_CALLBACK (plans_clicked_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (actions), review);
  gtk_flow_box_append (GTK_FLOW_BOX (actions), report);
  gtk_flow_box_append (GTK_FLOW_BOX (actions), plans);
  gtk_widget_set_tooltip_text (criteria, _("What reviews score and how much each counts"));
  g_signal_connect_swapped (criteria, "clicked", G_CALLBACK (criteria_clicked_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (actions), criteria);

  return actions;
}

static GtkWidget *
build_detail (TerRepsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *cards = gtk_flow_box_new ();
  GtkWidget *chart = NULL;
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->back_button = GTK_BUTTON (gtk_button_new_from_icon_name ("go-previous-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->back_button), _("Back to the Team"));
  gtk_widget_set_valign (GTK_WIDGET (self->back_button), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (back_clicked_cb), self);
  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  self->role_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "title-1");
  gtk_widget_add_css_class (GTK_WIDGET (self->role_label), "dim-label");
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_xalign (self->role_label, 0);
  gtk_label_set_wrap (self->name_label, TRUE);
  gtk_box_append (GTK_BOX (names), GTK_WIDGET (self->name_label));
  gtk_box_append (GTK_BOX (names), GTK_WIDGET (self->role_label));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->back_button));
  gtk_box_append (GTK_BOX (header), names);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), build_actions (self));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (cards), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (cards), 3);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (cards), TRUE);
  make_card (self, &self->cards[CARD_MONTH], GTK_FLOW_BOX (cards), _("Month"));
  make_card (self, &self->cards[CARD_QUARTER], GTK_FLOW_BOX (cards), _("Quarter to Date"));
  make_card (self, &self->cards[CARD_YEAR], GTK_FLOW_BOX (cards), _("Year to Date"));
  gtk_box_append (GTK_BOX (box), cards);

  self->trend = ter_chart_new (TER_CHART_BAR);
  ter_chart_set_title (self->trend, _("Revenue, Last 12 Months"));
  chart = ter_chart_view_new (self->trend);
  gtk_widget_set_size_request (chart, -1, 200);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_box_append (GTK_BOX (box), build_stats (self));
  gtk_box_append (GTK_BOX (box), build_pay (self));

  self->reviews = TER_REVIEW_HISTORY (ter_review_history_new ());
  g_signal_connect_swapped (self->reviews, "review-activated", G_CALLBACK (review_activated_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reviews));

  self->reports_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->reports = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->reports, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->reports), "boxed-list");
  adw_preferences_group_add (self->reports_group, GTK_WIDGET (self->reports));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reports_group));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (scrolled, TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Choose a Rep"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Their attainment, trend, rank and reviews appear here."));
  self->detail_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->detail_stack, empty, "empty");
  gtk_stack_add_named (self->detail_stack, scrolled, "card");

  return GTK_WIDGET (self->detail_stack);
}

static void
ter_reps_page_dispose (GObject *object)
{
  TerRepsPage *self = TER_REPS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer ((GtkWidget **) &self->leaflet, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->trend);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_object (&self->top);
  g_clear_object (&self->context);
  g_clear_object (&self->rep);

  G_OBJECT_CLASS (ter_reps_page_parent_class)->dispose (object);
}

static void
ter_reps_page_class_init (TerRepsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_reps_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reps-page");
}

static void
page_iface_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_reps_page_set_context;
}

static void
ter_reps_page_init (TerRepsPage *self)
{
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

  self->children = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
  self->top = g_list_store_new (TER_TYPE_REP);
  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  adw_leaflet_append (self->leaflet, build_list (self));
  adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet, separator), FALSE);
  adw_leaflet_append (self->leaflet, build_detail (self));
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (GTK_WIDGET (self->leaflet), GTK_WIDGET (self));
  folded_changed_cb (self);
}

void
ter_reps_page_set_context (TerRepsPage *self,
                           TerContext  *context)
{
  g_return_if_fail (TER_IS_REPS_PAGE (self));
  g_return_if_fail (TER_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  context_changed_cb (self);
}

void
ter_reps_page_select_rep (TerRepsPage *self,
                          gint64       rep_id)
{
  g_autoptr(TerRep) rep = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (TER_IS_REPS_PAGE (self));

  rep = find_rep (G_LIST_MODEL (self->top), rep_id);
  g_hash_table_iter_init (&iter, self->children);
  while (rep == NULL && g_hash_table_iter_next (&iter, NULL, &value))
    rep = find_rep (G_LIST_MODEL (value), rep_id);

  if (rep != NULL)
    {
      load_rep (self, rep);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
}

gboolean
ter_reps_page_is_loaded (TerRepsPage *self)
{
  g_return_val_if_fail (TER_IS_REPS_PAGE (self), FALSE);

  return self->loaded;
}

gboolean
ter_reps_page_export_statement (TerRepsPage  *self,
                                const char   *path,
                                GError      **error)
{
  g_return_val_if_fail (TER_IS_REPS_PAGE (self), FALSE);

  return ter_statement_group_export (self->pay, path, error);
}
