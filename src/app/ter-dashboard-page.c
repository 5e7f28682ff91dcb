/* ter-dashboard-page.c: the sales dashboard.
 *
 * Every filter change re-reads all figures in one GTask thread from the
 * roll-ups (ter_dashboard_compute), then rebuilds the charts from them
 * with the code `territory-cli chart` uses, so an export is what is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-quote-stats-card.h"
#include "ter-chart-view.h"
#include "ter-dashboard-page.h"
#include "ter-dashboard-presenter.h"
#include "ter-format.h"
#include "ter-page.h"

typedef struct {
  GtkLabel     *value;
  GtkLabel     *detail;
  TerChartView *spark;
} KpiCard;

/* A name remembered when drilling in, for the breadcrumb. */
typedef struct {
  gint64  id;
  char   *name;
} DrillName;

struct _TerDashboardPage
{
  GtkWidget             parent_instance;

  TerContext           *context;
  GCancellable         *cancellable;
  TerDashboard         *dashboard;
  gboolean              loaded;
  KpiCard               kpis[TER_DASHBOARD_N_KPIS];
  TerChartView         *charts[TER_DASHBOARD_N_CHARTS];
  GtkLabel             *hints[TER_DASHBOARD_N_CHARTS];
  DrillName             drill_names[TER_CONTEXT_N_DRILLS];
  GtkFileChooserNative *chooser;
  guint                 refresh_idle;
  TerQuoteStatsCard    *quotes;

  /* Template widgets */
  GtkStack             *stack;
  GtkBox               *content;
  GtkBox               *crumbs;
  GtkFlowBox           *kpi_box;
  GtkFlowBox           *chart_box;
};

static void page_iface_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerDashboardPage, ter_dashboard_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, page_iface_init))

typedef struct {
  TerStore          *store;
  TerDashboardQuery  query;
} ComputeData;

static void
compute_data_free (ComputeData *data)
{
  g_clear_object (&data->store);
  g_clear_object (&data->query.territories);
  g_free (data);
}

/* KPI cards */

static void
make_kpi_card (TerDashboardPage *self,
               TerDashboardKpi   kpi)
{
  KpiCard *card = &self->kpis[kpi];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (ter_dashboard_kpi_title (kpi));

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "kpi-card");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 18);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  card->value = GTK_LABEL (gtk_label_new ("—"));
  gtk_label_set_xalign (card->value, 0);
  gtk_widget_add_css_class (GTK_WIDGET (card->value), "title-2");
  gtk_widget_add_css_class (GTK_WIDGET (card->value), "numeric");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->value));

  card->spark = TER_CHART_VIEW (ter_chart_view_new (NULL));
  gtk_widget_set_size_request (GTK_WIDGET (card->spark), -1, 32);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->spark));

  card->detail = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (card->detail, 0);
  gtk_label_set_wrap (card->detail, TRUE);
  /* A long explanation wraps rather than widening every card of the
   * homogeneous grid (four to a row on a wide window). */
  gtk_label_set_max_width_chars (card->detail, 18);
  gtk_label_set_width_chars (card->detail, 12);
  gtk_widget_add_css_class (GTK_WIDGET (card->detail), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->detail));

  gtk_flow_box_append (self->kpi_box, box);
}

static void
update_kpis (TerDashboardPage *self)
{
  for (guint k = 0; k < TER_DASHBOARD_N_KPIS; k++)
    {
      KpiCard *card = &self->kpis[k];
      g_autofree char *text = ter_dashboard_kpi_text (self->dashboard, k);
      g_autofree char *detail = ter_dashboard_kpi_detail (self->dashboard, k);
      g_autoptr(TerChart) spark = ter_dashboard_build_sparkline (self->dashboard, k);
      int trend = ter_dashboard_kpi_trend (self->dashboard, k);

      gtk_label_set_label (card->value, text);
      gtk_label_set_label (card->detail, detail);
      gtk_widget_remove_css_class (GTK_WIDGET (card->detail), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (card->detail), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (card->detail), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (card->detail),
                                trend > 0 ? "success" : trend < 0 ? "error" : "dim-label");
      ter_chart_view_set_chart (card->spark, spark);
    }
}

/* Chart cards */

static const char *
chart_hint (TerDashboardChart which)
{
  switch (which)
    {
    case TER_DASHBOARD_CHART_TREND:
      /* xgettext:no-c-format */
      return _("Dashed blue: rolling forecast from the last closed month, shaded: its 80% range");
    case TER_DASHBOARD_CHART_CHANNELS:
      return _("Click a slice to see that channel only");
    case TER_DASHBOARD_CHART_CATEGORIES:
      return _("Click a bar to see that category only");
    case TER_DASHBOARD_CHART_CUSTOMERS:
      return _("End customers, with their share of revenue");
    case TER_DASHBOARD_CHART_DISTRIBUTORS:
      return _("Distributors, with their share of revenue");
    case TER_DASHBOARD_CHART_REPS:
      return _("Attainment beside each name, target marked on the bar; click a rep to see their team");
    case TER_DASHBOARD_CHART_HEAT:
      return _("Attainment per month (revenue where there are no targets); click a row to focus on it");
    case TER_DASHBOARD_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static GMenuModel *
export_menu (TerDashboardChart which)
{
  static const char *formats[][2] = {
    { "png", N_("Save as _PNG…") },
    { "svg", N_("Save as _SVG…") },
    { "pdf", N_("Save as P_DF…") },
  };
  GMenu *menu = g_menu_new ();
  GMenu *save = g_menu_new ();
  g_autoptr(GMenuItem) copy = g_menu_item_new (_("_Copy as Image"), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *target = g_strdup_printf ("%s:%s", ter_dashboard_chart_key (which), formats[i][0]);
      g_autoptr(GMenuItem) item = g_menu_item_new (_(formats[i][1]), NULL);

      g_menu_item_set_action_and_target (item, "dashboard.save", "s", target);
      g_menu_append_item (save, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (save));
  g_object_unref (save);
  g_menu_item_set_action_and_target (copy, "dashboard.copy", "s", ter_dashboard_chart_key (which));
  g_menu_append_item (menu, copy);
  return G_MENU_MODEL (menu);
}

static void chart_activated_cb (TerChartView *view,
                                int           series,
                                int           point,
                                gpointer      user_data);

static GtkWidget *
make_chart_card (TerDashboardPage  *self,
                 TerDashboardChart  which,
                 int                height)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (ter_dashboard_chart_title (which));
  GtkWidget *hint = gtk_label_new (chart_hint (which));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = export_menu (which);
  GtkWidget *view = ter_chart_view_new (NULL);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dashboard-card");

  /* The title wraps on narrow windows instead of running under the menu. */
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _("Export Chart"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_box_append (GTK_BOX (header), menu_button);
  gtk_box_append (GTK_BOX (card), header);

  gtk_widget_set_size_request (view, -1, height);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_set_focusable (view, TRUE);
  g_object_set_data (G_OBJECT (view), "dashboard-chart", GINT_TO_POINTER (which));
  g_signal_connect (view, "activated", G_CALLBACK (chart_activated_cb), self);
  if (which == TER_DASHBOARD_CHART_HEAT)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      /* Twelve months of figures stay readable: a narrow window scrolls
       * the table sideways rather than shrinking its cells. */
      gtk_widget_set_size_request (view, 640, height);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
      gtk_box_append (GTK_BOX (card), scroller);
    }
  else
    gtk_box_append (GTK_BOX (card), view);

  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (card), hint);

  self->charts[which] = TER_CHART_VIEW (view);
  self->hints[which] = GTK_LABEL (hint);
  return card;
}

static void
build_cards (TerDashboardPage *self)
{
  for (guint k = 0; k < TER_DASHBOARD_N_KPIS; k++)
    make_kpi_card (self, k);

  /* The trend and the heat table want the full width; the rest pair up
   * and fall into one column on narrow windows. */
  gtk_box_insert_child_after (self->content, make_chart_card (self, TER_DASHBOARD_CHART_TREND, 300),
                              GTK_WIDGET (self->kpi_box));
  gtk_flow_box_append (self->chart_box, make_chart_card (self, TER_DASHBOARD_CHART_CHANNELS, 260));
  gtk_flow_box_append (self->chart_box, make_chart_card (self, TER_DASHBOARD_CHART_CATEGORIES, 260));
  gtk_flow_box_append (self->chart_box, make_chart_card (self, TER_DASHBOARD_CHART_CUSTOMERS, 320));
  gtk_flow_box_append (self->chart_box, make_chart_card (self, TER_DASHBOARD_CHART_DISTRIBUTORS, 320));
  gtk_box_append (self->content, make_chart_card (self, TER_DASHBOARD_CHART_REPS, 320));
  /* Quotes sit with the reps: a rep's win rate and discount beside their sales. */
  self->quotes = TER_QUOTE_STATS_CARD (ter_quote_stats_card_new ());
  gtk_box_append (self->content, GTK_WIDGET (self->quotes));
  gtk_box_append (self->content, make_chart_card (self, TER_DASHBOARD_CHART_HEAT, 320));
}

static void
update_charts (TerDashboardPage *self)
{
  for (guint c = 0; c < TER_DASHBOARD_N_CHARTS; c++)
    {
      g_autoptr(TerChart) chart = ter_dashboard_build_chart (self->dashboard, c);

      /* The card shows the title; screen readers still get it. */
      ter_chart_set_title (chart, NULL);
      ter_chart_view_set_chart (self->charts[c], chart);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->charts[c]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, ter_dashboard_chart_title (c),
                                      -1);
    }
  gtk_label_set_label (self->hints[TER_DASHBOARD_CHART_TREND],
                       self->dashboard->has_forecast
                       ? chart_hint (TER_DASHBOARD_CHART_TREND)
                       : _("No forecast: the history of this selection is too short or too irregular"));
  /* A row per territory: the heat table grows with them. */
  gtk_widget_set_size_request (GTK_WIDGET (self->charts[TER_DASHBOARD_CHART_HEAT]), 640,
                               60 + 34 * MAX (self->dashboard->heat_rows->len, 3));
}

/* Drill-down and the breadcrumb */

static const char *
find_entry_name (GArray *entries,
                 gint64  id)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    if (g_array_index (entries, TerDashboardEntry, i).id == id)
      return g_array_index (entries, TerDashboardEntry, i).name;
  return NULL;
}

/* The name of the drill-down filter `drill`: remembered from the click,
 * or found in the figures (a filtered breakdown still lists its one). */
static char *
drill_name (TerDashboardPage *self,
            TerContextDrill   drill,
            gint64            id)
{
  GArray *entries[] = {
    self->dashboard ? self->dashboard->channels : NULL,
    self->dashboard ? self->dashboard->categories : NULL,
    self->dashboard ? self->dashboard->reps : NULL,
  };
  const char *name = find_entry_name (entries[drill], id);

  if (name == NULL && self->drill_names[drill].id == id)
    name = self->drill_names[drill].name;
  if (name == NULL)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return g_strdup (name);
}

static void
remember_drill (TerDashboardPage *self,
                TerContextDrill   drill,
                gint64            id,
                const char       *name)
{
  self->drill_names[drill].id = id;
  g_free (self->drill_names[drill].name);
  self->drill_names[drill].name = g_strdup (name);
}

static void
clear_drills_from (TerDashboardPage *self,
                   guint             first)
{
  for (guint d = TER_CONTEXT_N_DRILLS; d-- > first;)
    ter_context_set_drill (self->context, d, 0);
}

static void
chart_activated_cb (TerChartView *view,
                    int           series,
                    int           point,
                    gpointer      user_data)
{
  TerDashboardPage *self = user_data;
  TerDashboardChart which = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "dashboard-chart"));
  gint64 id;
  TerContextDrill drill;
  GArray *entries;

  if (self->dashboard == NULL || self->context == NULL
      || (id = ter_dashboard_chart_entry_id (self->dashboard, which, series, point)) == 0)
    return;

  switch (which)
    {
    case TER_DASHBOARD_CHART_CHANNELS:
      drill = TER_CONTEXT_DRILL_CHANNEL;
      entries = self->dashboard->channels;
      break;
    case TER_DASHBOARD_CHART_CATEGORIES:
      drill = TER_CONTEXT_DRILL_CATEGORY;
      entries = self->dashboard->categories;
      break;
    case TER_DASHBOARD_CHART_REPS:
      drill = TER_CONTEXT_DRILL_REP;
      entries = self->dashboard->reps;
      break;
    case TER_DASHBOARD_CHART_HEAT:
      ter_context_set_territory_id (self->context, id);
      return;
    case TER_DASHBOARD_CHART_TREND:
    case TER_DASHBOARD_CHART_CUSTOMERS:
    case TER_DASHBOARD_CHART_DISTRIBUTORS:
    case TER_DASHBOARD_N_CHARTS:
    default:
      return;
    }
  remember_drill (self, drill, id, find_entry_name (entries, id));
  ter_context_set_drill (self->context, drill, id);
}

static void
crumb_clicked_cb (GtkButton        *button,
                  TerDashboardPage *self)
{
  int drill = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "drill"));
  gint64 *territory = g_object_get_data (G_OBJECT (button), "territory");

  if (territory != NULL)
    {
      clear_drills_from (self, 0);
      ter_context_set_territory_id (self->context, *territory);
    }
  else
    clear_drills_from (self, drill + 1);
}

static void
add_crumb (TerDashboardPage *self,
           const char       *text,
           gboolean          last,
           const gint64     *territory,
           int               drill)
{
  GtkWidget *widget;

  if (gtk_widget_get_first_child (GTK_WIDGET (self->crumbs)) != NULL)
    {
      GtkWidget *separator = gtk_label_new ("›");

      gtk_widget_add_css_class (separator, "dim-label");
      gtk_box_append (self->crumbs, separator);
    }
  if (last)
    {
      widget = gtk_label_new (text);
      gtk_widget_add_css_class (widget, "heading");
      gtk_widget_set_margin_start (widget, 6);
      gtk_widget_set_margin_end (widget, 6);
    }
  else
    {
      widget = gtk_button_new_with_label (text);
      gtk_widget_add_css_class (widget, "flat");
      if (territory != NULL)
        g_object_set_data_full (G_OBJECT (widget), "territory", g_memdup2 (territory, sizeof *territory), g_free);
      g_object_set_data (G_OBJECT (widget), "drill", GINT_TO_POINTER (drill));
      g_signal_connect (widget, "clicked", G_CALLBACK (crumb_clicked_cb), self);
    }
  gtk_box_append (self->crumbs, widget);
}

static void
update_crumbs (TerDashboardPage *self)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gint64 territory_id = ter_context_get_territory_id (self->context);
  GtkWidget *child;
  guint n_drills = 0, last_drill = 0;
  static const gint64 everything = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->crumbs))) != NULL)
    gtk_box_remove (self->crumbs, child);

  /* The territory and its parents, top first. */
  for (gint64 id = territory_id; id != 0;)
    {
      TerTerritory *territory = ter_context_find_territory (self->context, id);

      if (territory == NULL)
        break;
      g_ptr_array_insert (path, 0, g_object_ref (territory));
      id = ter_territory_get_parent_id (territory);
    }
  for (guint d = 0; d < TER_CONTEXT_N_DRILLS; d++)
    if (ter_context_get_drill (self->context, d) != 0)
      {
        n_drills++;
        last_drill = d;
      }

  add_crumb (self, _("All Sales"), path->len == 0 && n_drills == 0, &everything, 0);
  for (guint i = 0; i < path->len; i++)
    {
      gint64 id = ter_territory_get_id (path->pdata[i]);

      add_crumb (self, ter_territory_get_display_name (path->pdata[i]),
                 i + 1 == path->len && n_drills == 0, &id, 0);
    }
  for (guint d = 0; d < TER_CONTEXT_N_DRILLS; d++)
    {
      gint64 id = ter_context_get_drill (self->context, d);
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;

      if (id == 0)
        continue;
      name = drill_name (self, d, id);
      if (d == TER_CONTEXT_DRILL_CHANNEL)
        text = g_strdup_printf (_("Channel: %s"), name);
      else if (d == TER_CONTEXT_DRILL_CATEGORY)
        text = g_strdup_printf (_("Category: %s"), name);
      else
        /* Translators: the breadcrumb of a rep and the reps under them */
        text = g_strdup_printf (_("Team of %s"), name);
      add_crumb (self, text, d == last_drill, NULL, d);
    }
}

gboolean
ter_dashboard_page_step_back (TerDashboardPage *self)
{
  TerTerritory *territory;

  g_return_val_if_fail (TER_IS_DASHBOARD_PAGE (self), FALSE);

  if (self->context == NULL)
    return FALSE;
  for (guint d = TER_CONTEXT_N_DRILLS; d-- > 0;)
    if (ter_context_get_drill (self->context, d) != 0)
      {
        ter_context_set_drill (self->context, d, 0);
        return TRUE;
      }
  territory = ter_context_find_territory (self->context, ter_context_get_territory_id (self->context));
  if (territory == NULL)
    return FALSE;
  ter_context_set_territory_id (self->context, ter_territory_get_parent_id (territory));
  return TRUE;
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
  TerDashboard *dashboard = ter_dashboard_compute (data->store, &data->query, &error);

  if (dashboard == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dashboard, (GDestroyNotify) ter_dashboard_unref);
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TerDashboardPage *self = TER_DASHBOARD_PAGE (source);
  g_autoptr(GError) error = NULL;
  TerDashboard *dashboard = g_task_propagate_pointer (G_TASK (result), &error);

  if (dashboard == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  g_clear_pointer (&self->dashboard, ter_dashboard_unref);
  self->dashboard = dashboard;
  update_kpis (self);
  update_charts (self);
  update_crumbs (self);
  gtk_stack_set_visible_child_name (self->stack, "data");
  self->loaded = TRUE;
}

static void
refresh (TerDashboardPage *self)
{
  g_autoptr(GTask) task = NULL;
  GListModel *territories = ter_context_get_territories (self->context);
  ComputeData *data;
  GListStore *copy;
  TerAnalyticsFilter *filter;
  TerPeriod period;
  guint n = g_list_model_get_n_items (territories);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->loaded = FALSE;
  update_crumbs (self);
  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->loaded = TRUE;
      return;
    }

  self->cancellable = g_cancellable_new ();
  data = g_new0 (ComputeData, 1);
  /* The worker gets its own copy of everything it reads. */
  copy = g_list_store_new (TER_TYPE_TERRITORY);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (territories, i);

      g_list_store_append (copy, item);
    }
  data->store = g_object_ref (ter_context_get_store (self->context));
  data->query.territories = G_LIST_MODEL (copy);
  filter = &data->query.filter;
  ter_context_get_period (self->context, &period);
  ter_period_format_bounds (&period, filter->first_day, filter->last_day);
  filter->territory_id = ter_context_get_territory_id (self->context);
  filter->channel_id = ter_context_get_drill (self->context, TER_CONTEXT_DRILL_CHANNEL);
  filter->category_id = ter_context_get_drill (self->context, TER_CONTEXT_DRILL_CATEGORY);
  filter->rep_id = ter_context_get_drill (self->context, TER_CONTEXT_DRILL_REP);
  g_strlcpy (data->query.currency, ter_context_get_currency (self->context), sizeof data->query.currency);
  ter_context_get_today (self->context, &data->query.today);

  ter_quote_stats_card_refresh (self->quotes, self->context);
  task = g_task_new (self, self->cancellable, compute_done_cb, NULL);
  g_task_set_source_tag (task, refresh);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  TerDashboardPage *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Stepping back clears several filters at once: one refresh for all. */
static void
context_changed_cb (TerDashboardPage *self)
{
  self->loaded = FALSE;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

/* Export */

static void
export_size (TerDashboardPage  *self,
             TerDashboardChart  which,
             int               *width,
             int               *height)
{
  GtkWidget *view = GTK_WIDGET (self->charts[which]);
  int w = gtk_widget_get_width (view), h = gtk_widget_get_height (view);

  /* The on-screen proportions, at a size that prints well. */
  *width = 1200;
  *height = w > 0 && h > 0 ? CLAMP (1200 * h / w, 500, 1400) : 700;
}

static void
save_response_cb (GtkNativeDialog  *chooser,
                  int               response,
                  TerDashboardPage *self)
{
  TerDashboardChart which = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "dashboard-chart"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  TerChartFormat format;
  TerChartStyle style;
  int width, height;

  if (response != GTK_RESPONSE_ACCEPT || self->dashboard == NULL)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path == NULL || !ter_dashboard_format_from_path (path, &format))
    format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "dashboard-format"));
  export_size (self, which, &width, &height);
  /* What is on screen: light or dark, the same font. */
  style = *ter_chart_view_get_style (self->charts[which]);
  if (path == NULL)
    ter_page_add_toast (TER_PAGE (self), _("Charts can only be saved to a local folder."));
  else if (!ter_dashboard_export_chart (self->dashboard, which, path, format, width, height, &style, &error))
    ter_page_add_toast (TER_PAGE (self), error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      ter_page_add_toast (TER_PAGE (self), message);
    }
out:
  g_clear_object (&self->chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TerDashboardPage *self = TER_DASHBOARD_PAGE (widget);
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), ":", 2);
  TerDashboardChart which;
  TerChartFormat format;
  g_autofree char *name = NULL;

  if (g_strv_length (parts) != 2 || !ter_dashboard_chart_from_key (parts[0], &which)
      || self->dashboard == NULL)
    return;
  name = g_strdup_printf ("%s.%s", parts[0], parts[1]);
  if (!ter_dashboard_format_from_path (name, &format))
    return;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Chart"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "dashboard-chart", GINT_TO_POINTER (which));
  g_object_set_data (G_OBJECT (self->chooser), "dashboard-format", GINT_TO_POINTER (format));
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The chart as a texture, as the export draws it. */
static GdkTexture *
render_texture (TerDashboardPage  *self,
                TerDashboardChart  which)
{
  g_autoptr(TerChart) chart = ter_dashboard_build_chart (self->dashboard, which);
  TerChartStyle style = *ter_chart_view_get_style (self->charts[which]);
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  int width, height;

  export_size (self, which, &width, &height);
  style.fill_background = TRUE;
  style.scale = 1;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  ter_chart_render (chart, cr, width, height, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TerDashboardPage *self = TER_DASHBOARD_PAGE (widget);
  g_autoptr(GdkTexture) texture = NULL;
  TerDashboardChart which;

  if (self->dashboard == NULL || !ter_dashboard_chart_from_key (g_variant_get_string (parameter, NULL), &which))
    return;
  texture = render_texture (self, which);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  ter_page_add_toast (TER_PAGE (self), _("Chart copied"));
}

/* Presentation */

GtkWindow *
ter_dashboard_page_present (TerDashboardPage *self)
{
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  TerTerritory *territory;
  GtkWindow *window;

  g_return_val_if_fail (TER_IS_DASHBOARD_PAGE (self), NULL);

  if (self->dashboard == NULL)
    return NULL;
  period = ter_context_describe_period (self->context);
  territory = ter_context_find_territory (self->context, ter_context_get_territory_id (self->context));
  subtitle = g_strdup_printf ("%s · %s", territory ? ter_territory_get_display_name (territory) : _("All Sales"),
                              period);
  window = ter_dashboard_presenter_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        self->dashboard, subtitle);
  gtk_window_present (window);
  return window;
}

static void
present_clicked_cb (TerDashboardPage *self)
{
  ter_dashboard_page_present (self);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ter_dashboard_page_present (TER_DASHBOARD_PAGE (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ter_dashboard_page_step_back (TER_DASHBOARD_PAGE (widget));
}

/* GObject */

static void
ter_dashboard_page_dispose (GObject *object)
{
  TerDashboardPage *self = TER_DASHBOARD_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->context);
  g_clear_pointer (&self->dashboard, ter_dashboard_unref);
  for (guint d = 0; d < TER_CONTEXT_N_DRILLS; d++)
    g_clear_pointer (&self->drill_names[d].name, g_free);

  G_OBJECT_CLASS (ter_dashboard_page_parent_class)->dispose (object);
}

static void
ter_dashboard_page_class_init (TerDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_dashboard_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TerDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TerDashboardPage, content);
  gtk_widget_class_bind_template_child (widget_class, TerDashboardPage, crumbs);
  gtk_widget_class_bind_template_child_full (widget_class, "kpis", FALSE,
                                             G_STRUCT_OFFSET (TerDashboardPage, kpi_box));
  gtk_widget_class_bind_template_child_full (widget_class, "charts", FALSE,
                                             G_STRUCT_OFFSET (TerDashboardPage, chart_box));
  gtk_widget_class_bind_template_callback (widget_class, present_clicked_cb);

  gtk_widget_class_install_action (widget_class, "dashboard.save", "s", save_action);
  gtk_widget_class_install_action (widget_class, "dashboard.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "dashboard.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "dashboard.back", NULL, back_action);
  /* F5 reloads the figures everywhere; Shift+F5 presents, as in office
   * suites ("from here"). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "dashboard.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "dashboard.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboard-page");
}

static void
page_iface_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_dashboard_page_set_context;
}

static void
ter_dashboard_page_init (TerDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_cards (self);
}

static const char *drill_properties[] = {
  "notify::channel-id", "notify::category-id", "notify::rep-id",
};

void
ter_dashboard_page_set_context (TerDashboardPage *self,
                                TerContext       *context)
{
  g_return_if_fail (TER_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (TER_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  for (guint d = 0; d < G_N_ELEMENTS (drill_properties); d++)
    g_signal_connect_object (context, drill_properties[d], G_CALLBACK (context_changed_cb),
                             self, G_CONNECT_SWAPPED);
  refresh (self);
}

gboolean
ter_dashboard_page_is_loaded (TerDashboardPage *self)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_PAGE (self), FALSE);
  return self->loaded && ter_quote_stats_card_is_loaded (self->quotes);
}

TerDashboard *
ter_dashboard_page_get_dashboard (TerDashboardPage *self)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_PAGE (self), NULL);
  return self->dashboard;
}

GtkWidget *
ter_dashboard_page_get_chart_view (TerDashboardPage  *self,
                                   TerDashboardChart  chart)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_PAGE (self), NULL);
  g_return_val_if_fail (chart < TER_DASHBOARD_N_CHARTS, NULL);
  return GTK_WIDGET (self->charts[chart]);
}

const char *
ter_dashboard_page_get_kpi_text (TerDashboardPage *self,
                                 TerDashboardKpi   kpi)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_PAGE (self), NULL);
  g_return_val_if_fail (kpi < TER_DASHBOARD_N_KPIS, NULL);
  return gtk_label_get_label (self->kpis[kpi].value);
}
