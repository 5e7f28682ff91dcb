/* ter-okr-page.c: the OKRs page.
 *
 * The outline lists the quarter's objectives depth-first along their
 * alignment, each followed by its key results, with progress bars coloured
 * by status. Selecting a key result shows its progress over time against
 * the ideal line, its check-ins, and the actions on it. Everything that
 * reads the sales data runs in a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ter-chart-view.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-okr.h"
#include "ter-okr-check-in.h"
#include "ter-okr-editor.h"
#include "ter-okr-page.h"
#include "ter-okr-page-private.h"
#include "ter-okr-row.h"
#include "ter-page.h"

struct _TerOkrPage
{
  GtkWidget        parent_instance;

  TerContext      *context;
  GCancellable    *cancellable;
  GCancellable    *history_cancellable;
  char            *quarter;
  GPtrArray       *objectives;    /* TerOkrObjective, outline order */
  GHashTable      *key_results;   /* objective id → GPtrArray of TerOkrKeyResult */
  gint64           selected_id;   /* key result */
  GtkWidget       *chart_view;
  guint            n_rows;
  guint            n_points;
  guint            folded_idle;

  /* Template widgets */
  GtkLabel        *quarter_label;
  GtkLabel        *summary_label;
  GtkWidget       *grade_button;
  GtkWidget       *export_button;
  GtkStack        *stack;
  AdwLeaflet      *leaflet;
  GtkListBox      *outline;
  GtkWidget       *detail;
  GtkWidget       *back_button;
  GtkLabel        *objective_label;
  GtkLabel        *title_label;
  GtkLabel        *source_label;
  GtkLabel        *values_label;
  GtkWidget       *chart_box;
  GtkWidget       *check_in_button;
  GtkWidget       *carry_button;
  GtkWidget       *check_ins_heading;
  GtkListBox      *check_ins;
};

static void page_iface_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerOkrPage, ter_okr_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, page_iface_init))

static void refresh (TerOkrPage *self);

static GDate
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return day;
}

/* The day a quarter's figures are read on: today, or its last day once it
 * is over. */
static GDate
as_of (const char *quarter)
{
  GDate day = today (), last;

  if (ter_okr_quarter_parse (quarter, NULL, &last) && g_date_compare (&last, &day) < 0)
    return last;
  return day;
}

static gboolean
quarter_is_closing (const char *quarter)
{
  GDate day = today (), last;

  /* Grading and carrying over belong to the last fortnight and after. */
  if (!ter_okr_quarter_parse (quarter, NULL, &last))
    return FALSE;
  g_date_subtract_days (&last, 14);
  return g_date_compare (&day, &last) >= 0;
}

/* The header's territory, or 0 when it is the whole company (the root). */
static gint64
filter_territory (TerOkrPage *self)
{
  gint64 id = ter_context_get_territory_id (self->context);
  TerTerritory *territory = id > 0 ? ter_context_find_territory (self->context, id) : NULL;

  return territory != NULL && ter_territory_get_parent_id (territory) != 0 ? id : 0;
}

/* The quarter the header's period ends in (today, for periods running
 * on), so choosing "Last quarter" above shows last quarter's OKRs. */
static char *
quarter_of_period (TerContext *context)
{
  TerPeriod period;
  GDate day = today ();

  ter_context_get_period (context, &period);
  if (g_date_valid (&period.last) && g_date_compare (&period.last, &day) < 0)
    day = period.last;
  return ter_okr_quarter_of (&day);
}

/* Loading the quarter */

typedef struct {
  TerStore   *store;
  char       *quarter;
  gint64      territory_id;   /* 0: the whole company */
  char        day[11];
  GPtrArray  *objectives;
  GHashTable *key_results;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->store);
  g_free (data->quarter);
  g_clear_pointer (&data->objectives, g_ptr_array_unref);
  g_clear_pointer (&data->key_results, g_hash_table_unref);
  g_free (data);
}

static void
append_subtree (GPtrArray *all,
                GPtrArray *ordered,
                gint64     parent_id,
                guint      depth,
                GArray    *depths)
{
  for (guint i = 0; i < all->len; i++)
    {
      TerOkrObjective *o = g_ptr_array_index (all, i);

      if (o->parent_id != parent_id || depth > 16)
        continue;
      g_ptr_array_add (ordered, o);
      g_array_append_val (depths, depth);
      append_subtree (all, ordered, o->id, depth + 1, depths);
    }
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  TerOkrStore *okr = TER_OKR_STORE (data->store);
  GError *error = NULL;

  data->objectives = ter_okr_store_list_objectives_in (okr, data->quarter, data->territory_id, &error);
  data->key_results = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; data->objectives != NULL && i < data->objectives->len; i++)
    {
      TerOkrObjective *o = g_ptr_array_index (data->objectives, i);
      GPtrArray *krs = ter_okr_store_list_key_results (okr, o->id, data->day, &error);

      if (krs == NULL)
        break;
      g_hash_table_insert (data->key_results, g_memdup2 (&o->id, sizeof o->id), krs);
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static GPtrArray *
key_results_of (TerOkrPage *self,
                gint64      objective_id)
{
  return self->key_results ? g_hash_table_lookup (self->key_results, &objective_id) : NULL;
}

static const TerOkrKeyResult *
find_key_result (TerOkrPage             *self,
                 gint64                  id,
                 const TerOkrObjective **objective)
{
  for (guint i = 0; self->objectives != NULL && i < self->objectives->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (self->objectives, i);
      GPtrArray *krs = key_results_of (self, o->id);

      for (guint k = 0; krs != NULL && k < krs->len; k++)
        if (((TerOkrKeyResult *) g_ptr_array_index (krs, k))->id == id)
          {
            *objective = o;
            return g_ptr_array_index (krs, k);
          }
    }
  return NULL;
}

/* Key result detail */

typedef struct {
  TerStore        *store;
  TerOkrKeyResult  kr;      /* strings not owned; only numbers are read */
  char            *quarter;
  GDate            day;
  GArray          *points;
  GPtrArray       *check_ins;
} HistoryData;

static void
history_data_free (HistoryData *data)
{
  g_clear_object (&data->store);
  g_free (data->quarter);
  g_clear_pointer (&data->points, g_array_unref);
  g_clear_pointer (&data->check_ins, g_ptr_array_unref);
  g_free (data);
}

static void
history_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  HistoryData *data = task_data;
  GError *error = NULL;

  data->points = ter_okr_history (TER_OKR_STORE (data->store), &data->kr, data->quarter, &data->day, &error);
  if (data->points != NULL)
    data->check_ins = ter_okr_store_list_check_ins (TER_OKR_STORE (data->store), data->kr.id, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Chart values are in display units: major units of money, percent. */
static double
display_value (const TerOkrKeyResult *kr,
               double                 value)
{
  if (kr->kind == TER_OKR_KIND_MONEY)
    {
      for (int i = ter_currency_digits (kr->currency); i > 0; i--)
        value /= 10.0;
    }
  else if (kr->kind == TER_OKR_KIND_PERCENT)
    value /= 10000.0;
  return value;
}

static char *
format_chart_value (double   value,
                    gpointer user_data)
{
  const TerOkrKeyResult *kr = user_data;

  if (kr->kind == TER_OKR_KIND_MONEY)
    return ter_format_money_compact ((gint64) (value * pow (10, ter_currency_digits (kr->currency))),
                                     kr->currency);
  if (kr->kind == TER_OKR_KIND_PERCENT)
    return ter_format_percent (value);
  return ter_format_number_compact (value);
}

static void
show_chart (TerOkrPage      *self,
            HistoryData     *data,
            TerOkrKeyResult *kr)
{
  g_autoptr(TerChart) chart = ter_chart_new (TER_CHART_LINE);
  g_autoptr(TerChartData) chart_data = ter_chart_data_new ();
  g_autoptr(TerSeries) actual = ter_series_new (_("Actual"), TER_SERIES_ROLE_DEFAULT);
  g_autoptr(TerSeries) ideal = ter_series_new (_("Ideal"), TER_SERIES_ROLE_TARGET);

  for (guint i = 0; i < data->points->len; i++)
    {
      const TerOkrPoint *p = &g_array_index (data->points, TerOkrPoint, i);
      GDate day;
      char label[32];

      g_date_clear (&day, 1);
      g_date_set_parse (&day, p->day);
      /* Translators: a short day on the chart's axis, strftime format ("Oct 7"). */
      g_date_strftime (label, sizeof label, C_("chart day", "%b %e"), &day);
      ter_chart_data_append_label (chart_data, g_strstrip (label));
      ter_series_append (actual, display_value (kr, (double) p->value));
      ter_series_append (ideal, display_value (kr, p->ideal));
    }
  ter_chart_data_add_series (chart_data, actual);
  ter_chart_data_add_series (chart_data, ideal);
  ter_chart_set_data (chart, chart_data);
  ter_chart_set_show_legend (chart, TRUE);
  ter_chart_set_include_zero (chart, kr->kind != TER_OKR_KIND_MONEY || kr->metric != TER_OKR_METRIC_AVG_ORDER_VALUE);
  ter_chart_set_target (chart, display_value (kr, (double) kr->target_value), _("Target"));
  ter_chart_set_formatter (chart, format_chart_value, g_memdup2 (kr, sizeof *kr), g_free);
  ter_chart_view_set_chart (TER_CHART_VIEW (self->chart_view), chart);
  self->n_points = data->points->len;
}

static void
show_check_ins (TerOkrPage      *self,
                GPtrArray       *check_ins,
                TerOkrKeyResult *kr)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->check_ins))) != NULL)
    gtk_list_box_remove (self->check_ins, child);

  for (guint i = check_ins->len; i-- > 0;)
    {
      TerOkrCheckIn *c = g_ptr_array_index (check_ins, i);
      g_autofree char *value = ter_okr_format_value (kr->kind, c->value, kr->currency);
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();
      GDate day;
      g_autofree char *date = NULL;

      g_date_clear (&day, 1);
      g_date_set_parse (&day, c->day);
      date = ter_format_date (&day);
      title = g_strdup_printf ("%s · %s · %s", date, value, ter_okr_confidence_label (c->confidence));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (c->note != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), c->note);
      gtk_list_box_append (self->check_ins, row);
    }
  gtk_widget_set_visible (self->check_ins_heading, check_ins->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->check_ins), check_ins->len > 0);
}

static void
history_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TerOkrPage *self = user_data;
  HistoryData *data = g_task_get_task_data (G_TASK (result));
  const TerOkrObjective *objective = NULL;
  TerOkrKeyResult *kr;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  kr = (TerOkrKeyResult *) find_key_result (self, data->kr.id, &objective);
  if (kr == NULL)
    return;
  show_chart (self, data, kr);
  show_check_ins (self, data->check_ins, kr);
}

static char *
source_text (const TerOkrKeyResult *kr)
{
  if (kr->metric == TER_OKR_METRIC_NONE)
    return g_strdup (ter_okr_metric_label (kr->metric));
  /* Translators: a key result linked to a live metric, "Linked to: Return rate". */
  return g_strdup_printf (_("Linked to sales data: %s"), ter_okr_metric_label (kr->metric));
}

static void
show_detail (TerOkrPage *self)
{
  const TerOkrObjective *objective = NULL;
  const TerOkrKeyResult *kr = find_key_result (self, self->selected_id, &objective);
  g_autoptr(GTask) task = NULL;
  g_autofree char *source = NULL;
  g_autofree char *start = NULL;
  g_autofree char *current = NULL;
  g_autofree char *target = NULL;
  g_autofree char *values = NULL;
  g_autofree char *objective_text = NULL;
  HistoryData *data;

  gtk_widget_set_visible (self->detail, kr != NULL);
  if (kr == NULL)
    return;

  source = source_text (kr);
  start = ter_okr_format_value (kr->kind, kr->start_value, kr->currency);
  current = ter_okr_format_value (kr->kind, kr->current_value, kr->currency);
  target = ter_okr_format_value (kr->kind, kr->target_value, kr->currency);
  /* Translators: start, current and target value of a key result. */
  values = kr->kind == TER_OKR_KIND_MILESTONE
           ? g_strdup (current)
           : g_strdup_printf (_("Start %s · now %s · target %s"), start, current, target);
  objective_text = g_strdup_printf (_("Objective: %s"), objective->title);
  gtk_label_set_label (self->objective_label, objective_text);
  gtk_label_set_label (self->title_label, kr->title);
  gtk_label_set_label (self->source_label, source);
  gtk_label_set_label (self->values_label, values);
  gtk_widget_set_sensitive (self->carry_button, quarter_is_closing (self->quarter));

  g_cancellable_cancel (self->history_cancellable);
  g_clear_object (&self->history_cancellable);
  self->history_cancellable = g_cancellable_new ();
  data = g_new0 (HistoryData, 1);
  data->store = g_object_ref (ter_context_get_store (self->context));
  data->kr = *kr;
  data->kr.title = data->kr.note = NULL;
  data->quarter = g_strdup (self->quarter);
  data->day = as_of (self->quarter);
  task = g_task_new (self, self->history_cancellable, history_done_cb, self);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) history_data_free);
  g_task_run_in_thread (task, history_thread);
}

/* The outline */

static void
clear_outline (TerOkrPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->outline))) != NULL)
    gtk_list_box_remove (self->outline, child);
  self->n_rows = 0;
}

static void
update_summary (TerOkrPage *self)
{
  g_autofree char *label = ter_okr_quarter_label (self->quarter);
  g_autofree char *summary = NULL;
  double sum = 0.0, grades = 0.0;
  guint n_graded = 0, n = self->objectives ? self->objectives->len : 0;

  for (guint i = 0; i < n; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (self->objectives, i);

      sum += ter_okr_objective_progress (key_results_of (self, o->id));
      if (o->grade != TER_OKR_UNGRADED)
        {
          grades += o->grade;
          n_graded++;
        }
    }

  gtk_label_set_label (self->quarter_label, label);
  if (n > 0 && n_graded == n)
    /* Translators: number of objectives, then their mean grade (0.0–1.0). */
    summary = g_strdup_printf (ngettext ("%u objective · mean grade %.2f",
                                         "%u objectives · mean grade %.2f", n), n, grades / n);
  else if (n > 0)
    {
      g_autofree char *percent = ter_format_percent (sum / n);

      /* Translators: number of objectives, then their mean progress ("54%"). */
      summary = g_strdup_printf (ngettext ("%u objective · %s on average",
                                           "%u objectives · %s on average", n), n, percent);
    }
  if (summary != NULL && filter_territory (self) != 0)
    {
      TerTerritory *territory = ter_context_find_territory (self->context, filter_territory (self));
      char *scoped;

      /* Translators: a territory, then the summary of its objectives. */
      scoped = g_strdup_printf (_("%s: %s"), ter_territory_get_display_name (territory), summary);
      g_free (summary);
      summary = scoped;
    }
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_sensitive (self->grade_button, n > 0 && quarter_is_closing (self->quarter));
  gtk_widget_set_sensitive (self->export_button, n > 0);
}

static void
build_outline (TerOkrPage *self,
               GArray     *depths)
{
  GtkListBoxRow *selected = NULL;
  GDate day = as_of (self->quarter);
  double elapsed = ter_okr_quarter_elapsed (self->quarter, &day);

  clear_outline (self);
  for (guint i = 0; i < self->objectives->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (self->objectives, i);
      GPtrArray *krs = key_results_of (self, o->id);
      guint depth = g_array_index (depths, guint, i);

      gtk_list_box_append (self->outline, ter_okr_row_new_objective (o, krs, depth, elapsed));
      self->n_rows++;
      for (guint k = 0; krs != NULL && k < krs->len; k++)
        {
          const TerOkrKeyResult *kr = g_ptr_array_index (krs, k);
          GtkWidget *row = ter_okr_row_new_key_result (kr, depth, elapsed);

          gtk_list_box_append (self->outline, row);
          self->n_rows++;
          if (selected == NULL && (kr->id == self->selected_id || self->selected_id == 0))
            {
              selected = GTK_LIST_BOX_ROW (row);
              self->selected_id = kr->id;
            }
        }
    }
  gtk_list_box_select_row (self->outline, selected);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TerOkrPage *self = user_data;
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  const TerOkrObjective *objective;
  GPtrArray *ordered;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  ordered = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_okr_objective_free);
  append_subtree (data->objectives, ordered, 0, 0, depths);
  /* The page now owns the objectives, in outline order. */
  g_ptr_array_set_free_func (data->objectives, NULL);
  g_clear_pointer (&data->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->key_results, g_hash_table_unref);
  self->objectives = ordered;
  self->key_results = g_steal_pointer (&data->key_results);

  if (self->selected_id != 0 && find_key_result (self, self->selected_id, &objective) == NULL)
    self->selected_id = 0;
  build_outline (self, depths);
  update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, self->objectives->len > 0 ? "data" : "empty");
  show_detail (self);
}

static void
refresh (TerOkrPage *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;
  GDate day;

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->store = g_object_ref (ter_context_get_store (self->context));
  data->quarter = g_strdup (self->quarter);
  data->territory_id = filter_territory (self);
  day = as_of (self->quarter);
  g_date_strftime (data->day, sizeof data->day, "%Y-%m-%d", &day);

  task = g_task_new (self, self->cancellable, load_done_cb, self);
  g_task_set_source_tag (task, refresh);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/* Actions */

static void
previous_clicked_cb (TerOkrPage *self)
{
  g_autofree char *quarter = ter_okr_quarter_previous (self->quarter);

  ter_okr_page_set_quarter (self, quarter);
}

static void
next_clicked_cb (TerOkrPage *self)
{
  g_autofree char *quarter = ter_okr_quarter_next (self->quarter);

  ter_okr_page_set_quarter (self, quarter);
}

static void
back_clicked_cb (TerOkrPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
outline_activated_cb (TerOkrPage    *self,
                      GtkListBoxRow *row)
{
  const TerOkrKeyResult *kr = g_object_get_data (G_OBJECT (row), "key-result");
  const TerOkrObjective *o = g_object_get_data (G_OBJECT (row), "objective");

  /* An objective opens its first key result. */
  if (kr == NULL && o != NULL)
    {
      GPtrArray *krs = key_results_of (self, o->id);

      kr = krs != NULL && krs->len > 0 ? g_ptr_array_index (krs, 0) : NULL;
      gtk_list_box_select_row (self->outline, gtk_list_box_get_row_at_index (self->outline,
                                                                             gtk_list_box_row_get_index (row) + 1));
    }
  if (kr == NULL)
    return;
  self->selected_id = kr->id;
  show_detail (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
grade_clicked_cb (TerOkrPage *self)
{
  TerOkrStore *okr = TER_OKR_STORE (ter_context_get_store (self->context));
  GDate day = as_of (self->quarter);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  double sum = 0.0;
  guint n = self->objectives->len;

  for (guint i = 0; i < n; i++)
    {
      double grade;

      if (!ter_okr_grade_objective (okr, ((TerOkrObjective *) g_ptr_array_index (self->objectives, i))->id,
                                    &day, &grade, &error))
        {
          ter_page_add_toast (TER_PAGE (self), error->message);
          break;
        }
      sum += grade;
    }
  if (error == NULL && n > 0)
    {
      /* Translators: number of objectives graded, then the mean grade. */
      message = g_strdup_printf (ngettext ("Graded %u objective: mean grade %.2f",
                                           "Graded %u objectives: mean grade %.2f", n), n, sum / n);
      ter_page_add_toast (TER_PAGE (self), message);
    }
  refresh (self);
}

static void
carry_clicked_cb (TerOkrPage *self)
{
  const TerOkrObjective *objective = NULL;
  GDate day = as_of (self->quarter);
  g_autoptr(GError) error = NULL;
  g_autofree char *next = ter_okr_quarter_next (self->quarter);
  g_autofree char *next_label = ter_okr_quarter_label (next);
  g_autofree char *message = NULL;

  if (find_key_result (self, self->selected_id, &objective) == NULL)
    return;
  if (ter_okr_carry_over (TER_OKR_STORE (ter_context_get_store (self->context)), objective->id,
                          &day, &error) == 0)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  /* Translators: objective title, then a quarter ("Q1 2027"). */
  message = g_strdup_printf (_("“%s” carried over into %s"), objective->title, next_label);
  ter_page_add_toast (TER_PAGE (self), message);
}

static void
check_in_response_cb (TerOkrPage  *self,
                      const char  *response,
                      AdwMessageDialog *dialog)
{
  const TerOkrObjective *objective = NULL;
  const TerOkrKeyResult *kr = find_key_result (self, self->selected_id, &objective);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GDate day = today ();
  char text[11];
  gint64 value;
  TerOkrConfidence confidence;

  if (g_strcmp0 (response, "save") != 0 || kr == NULL
      || !ter_okr_check_in_dialog_get (dialog, &value, &confidence, &note))
    return;

  g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
  if (!ter_okr_store_check_in (TER_OKR_STORE (ter_context_get_store (self->context)), kr->id, text,
                               value, confidence, note, &error))
    ter_page_add_toast (TER_PAGE (self), error->message);
  refresh (self);
}

static void
check_in_clicked_cb (TerOkrPage *self)
{
  const TerOkrObjective *objective = NULL;
  const TerOkrKeyResult *kr = find_key_result (self, self->selected_id, &objective);
  GtkWidget *dialog;

  if (kr == NULL)
    return;
  dialog = ter_okr_check_in_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), kr);
  g_signal_connect_object (dialog, "response", G_CALLBACK (check_in_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_clicked_cb (TerOkrPage *self)
{
  ter_okr_page_export (self);
}

static void
delete_response_cb (TerOkrPage       *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "objective-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!ter_okr_store_delete_objective (TER_OKR_STORE (ter_context_get_store (self->context)), id, &error))
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  ter_page_add_toast (TER_PAGE (self), _("Objective deleted"));
  self->selected_id = 0;
  refresh (self);
}

static void
delete_clicked_cb (TerOkrPage *self)
{
  const TerOkrObjective *objective = NULL;
  GtkWidget *dialog;

  if (find_key_result (self, self->selected_id, &objective) == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Delete Objective?"), NULL);
  /* Translators: %s is the objective's title. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s”, its key results and all their check-ins will be deleted."),
                                  objective->title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "objective-id", GSIZE_TO_POINTER ((gsize) objective->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
objective_saved_cb (TerOkrPage *self,
                    gint64      id)
{
  ter_page_add_toast (TER_PAGE (self), _("Objective saved"));
  refresh (self);
}

static void
edit_clicked_cb (TerOkrPage *self)
{
  ter_okr_page_edit_objective (self);
}

static void
objective_created_cb (TerOkrPage *self,
                      gint64      id)
{
  ter_page_add_toast (TER_PAGE (self), _("Objective created"));
  self->selected_id = 0;
  refresh (self);
}

static void
new_objective_clicked_cb (TerOkrPage *self)
{
  TerOkrEditor *editor;

  editor = ter_okr_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->context,
                               self->quarter, self->objectives);
  g_signal_connect_object (editor, "created", G_CALLBACK (objective_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
context_changed_cb (TerOkrPage *self)
{
  refresh (self);
}

static void
filters_changed_cb (TerOkrPage *self)
{
  g_autofree char *quarter = quarter_of_period (self->context);

  /* Setting the quarter refreshes; the same quarter in another
   * territory needs a refresh of its own. */
  if (g_strcmp0 (quarter, self->quarter) != 0)
    ter_okr_page_set_quarter (self, quarter);
  else
    refresh (self);
}

/* GObject */

static void
ter_okr_page_dispose (GObject *object)
{
  TerOkrPage *self = TER_OKR_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->history_cancellable);
  g_clear_object (&self->history_cancellable);
  g_clear_handle_id (&self->folded_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_OKR_PAGE);
  /* The template's top box is not a bound child, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->key_results, g_hash_table_unref);

  G_OBJECT_CLASS (ter_okr_page_parent_class)->dispose (object);
}

static void
ter_okr_page_finalize (GObject *object)
{
  g_free (TER_OKR_PAGE (object)->quarter);
  G_OBJECT_CLASS (ter_okr_page_parent_class)->finalize (object);
}

static void
ter_okr_page_class_init (TerOkrPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_okr_page_dispose;
  object_class->finalize = ter_okr_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-okr-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, quarter_label);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, grade_button);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, outline);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, detail);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, objective_label);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, values_label);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, chart_box);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, check_in_button);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, carry_button);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, check_ins_heading);
  gtk_widget_class_bind_template_child (widget_class, TerOkrPage, check_ins);
  gtk_widget_class_bind_template_callback (widget_class, previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, grade_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_objective_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, carry_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, check_in_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "okr-page");
}

static void
page_iface_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_okr_page_set_context;
}

static gboolean
update_back_button (gpointer user_data)
{
  TerOkrPage *self = user_data;

  self->folded_idle = 0;
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is being allocated; showing a widget then
 * would leave it unallocated, so the button follows in an idle. */
static void
folded_changed_cb (TerOkrPage *self)
{
  if (self->folded_idle == 0)
    self->folded_idle = g_idle_add (update_back_button, self);
}

static void
ter_okr_page_init (TerOkrPage *self)
{
  GDate day = today ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->quarter = ter_okr_quarter_of (&day);
  self->chart_view = ter_chart_view_new (NULL);
  gtk_widget_set_hexpand (self->chart_view, TRUE);
  gtk_widget_set_vexpand (self->chart_view, TRUE);
  gtk_box_append (GTK_BOX (self->chart_box), self->chart_view);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_back_button (self);
}

void
ter_okr_page_set_context (TerOkrPage *self,
                          TerContext *context)
{
  g_return_if_fail (TER_IS_OKR_PAGE (self));
  g_return_if_fail (TER_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (filters_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_free (self->quarter);
  self->quarter = quarter_of_period (context);
  refresh (self);
}

TerContext *
ter_okr_page_get_context (TerOkrPage *self)
{
  return self->context;
}

gint64
ter_okr_page_get_filter_territory (TerOkrPage *self)
{
  return self->context != NULL ? filter_territory (self) : 0;
}

GDate
ter_okr_page_get_as_of (TerOkrPage *self)
{
  return as_of (self->quarter);
}

const char *
ter_okr_page_get_quarter (TerOkrPage *self)
{
  g_return_val_if_fail (TER_IS_OKR_PAGE (self), NULL);
  return self->quarter;
}

void
ter_okr_page_set_quarter (TerOkrPage *self,
                          const char *quarter)
{
  g_return_if_fail (TER_IS_OKR_PAGE (self));
  g_return_if_fail (ter_okr_quarter_parse (quarter, NULL, NULL));

  if (g_strcmp0 (self->quarter, quarter) == 0)
    return;
  g_free (self->quarter);
  self->quarter = g_strdup (quarter);
  self->selected_id = 0;
  self->n_points = 0;
  refresh (self);
}

guint
ter_okr_page_get_n_rows (TerOkrPage *self)
{
  g_return_val_if_fail (TER_IS_OKR_PAGE (self), 0);
  return self->n_rows;
}

guint
ter_okr_page_get_n_points (TerOkrPage *self)
{
  g_return_val_if_fail (TER_IS_OKR_PAGE (self), 0);
  return self->n_points;
}

TerOkrEditor *
ter_okr_page_edit_objective (TerOkrPage *self)
{
  const TerOkrObjective *objective = NULL;
  TerOkrEditor *editor;

  g_return_val_if_fail (TER_IS_OKR_PAGE (self), NULL);

  if (find_key_result (self, self->selected_id, &objective) == NULL)
    return NULL;
  editor = ter_okr_editor_new_for_objective (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                             self->context, objective,
                                             key_results_of (self, objective->id), self->objectives);
  g_signal_connect_object (editor, "saved", G_CALLBACK (objective_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}
