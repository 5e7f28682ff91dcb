/* ter-dashboard.c: the dashboard's figures from the roll-ups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ter-channel.h"
#include "ter-dashboard.h"
#include "ter-dashboard-store.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-period.h"
#include "ter-rep.h"
#include "ter-territory.h"

static void
entry_clear (gpointer data)
{
  TerDashboardEntry *entry = data;

  g_clear_pointer (&entry->name, g_free);
}

static GArray *
entries_new (void)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (TerDashboardEntry));

  g_array_set_clear_func (entries, entry_clear);
  return entries;
}

static void
dashboard_clear (gpointer data)
{
  TerDashboard *self = data;

  g_clear_pointer (&self->channels, g_array_unref);
  g_clear_pointer (&self->categories, g_array_unref);
  g_clear_pointer (&self->reps, g_array_unref);
  g_clear_pointer (&self->customers, g_array_unref);
  g_clear_pointer (&self->distributors, g_array_unref);
  g_clear_pointer (&self->heat_rows, g_array_unref);
  g_clear_pointer (&self->heat, g_free);
}

TerDashboard *
ter_dashboard_ref (TerDashboard *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
ter_dashboard_unref (TerDashboard *self)
{
  g_atomic_rc_box_release_full (self, dashboard_clear);
}

/* Dates */

static void
parse_day (const char *text,
           GDate      *date)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, text);
}

static void
month_bounds (const GDate        *month,
              TerAnalyticsFilter *filter)
{
  GDate last = *month;

  g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&last), g_date_get_year (&last)));
  g_snprintf (filter->first_day, sizeof filter->first_day, "%04u-%02u-01",
              g_date_get_year (month), g_date_get_month (month));
  g_date_strftime (filter->last_day, sizeof filter->last_day, "%Y-%m-%d", &last);
}

/* Index of "YYYY-MM" `key` from the first trend month, or -1. */
static int
month_index (const TerDashboard *self,
             const char         *key)
{
  int year0 = 0, month0 = 0, year = 0, month = 0;

  if (sscanf (self->months[0], "%d-%d", &year0, &month0) != 2
      || sscanf (key, "%d-%d", &year, &month) != 2)
    return -1;
  return (year - year0) * 12 + month - month0;
}

guint
ter_dashboard_n_axis_months (const TerDashboard *self)
{
  if (!self->has_forecast)
    return TER_DASHBOARD_MONTHS;
  return MAX (TER_DASHBOARD_MONTHS, self->forecast_start + self->forecast.horizon);
}

void
ter_dashboard_axis_month (const TerDashboard *self,
                          guint               index,
                          int                *year,
                          int                *month)
{
  int y = 0, m = 0;

  sscanf (self->months[0], "%d-%d", &y, &m);
  m += index;
  *year = y + (m - 1) / 12;
  *month = (m - 1) % 12 + 1;
}

/* The trend's months end with the period's last month, but never after
 * this month; the forecast starts after the last closed month. */
static void
plan_months (TerDashboard            *self,
             const TerDashboardQuery *query,
             GDate                   *trend_end,
             GDate                   *forecast_base)
{
  GDate this_month = query->today;
  GDate first;

  g_date_set_day (&this_month, 1);
  parse_day (query->filter.last_day, trend_end);
  g_date_set_day (trend_end, 1);
  if (g_date_compare (trend_end, &this_month) >= 0)
    {
      guint days = g_date_get_days_in_month (g_date_get_month (&this_month), g_date_get_year (&this_month));

      *trend_end = this_month;
      self->month_to_date = g_date_get_day (&query->today) < days;
      self->elapsed = (double) g_date_get_day (&query->today) / days;
    }

  *forecast_base = *trend_end;
  if (g_date_compare (forecast_base, &this_month) == 0)
    g_date_subtract_months (forecast_base, 1);

  first = *trend_end;
  g_date_subtract_months (&first, TER_DASHBOARD_MONTHS - 1);
  for (guint i = 0; i < TER_DASHBOARD_MONTHS; i++)
    {
      g_snprintf (self->months[i], sizeof self->months[i], "%04u-%02u",
                  g_date_get_year (&first), g_date_get_month (&first));
      g_date_add_months (&first, 1);
    }
}

/* Queries */

static gboolean
query_total (TerAnalyticsStore        *store,
             const TerAnalyticsFilter *filter,
             const char               *currency,
             TerAnalyticsPoint        *out,
             GError                  **error)
{
  g_autoptr(GArray) points = ter_analytics_store_query (store, filter, TER_ANALYTICS_GROUP_NONE,
                                                        currency, error);

  if (points == NULL)
    return FALSE;
  memset (out, 0, sizeof *out);
  if (points->len > 0)
    *out = g_array_index (points, TerAnalyticsPoint, 0);
  else
    out->has_target = filter->channel_id == 0 && filter->category_id == 0;
  return TRUE;
}

/* The first day of month "YYYY-MM" `key`, `year_offset` years later. */
static void
month_start (const char *key,
             int         year_offset,
             GDate      *out)
{
  int year = 0, month = 0;

  sscanf (key, "%d-%d", &year, &month);
  g_date_clear (out, 1);
  g_date_set_dmy (out, 1, month, year + year_offset);
}

/* The trend's months `year_offset` years earlier, from monthly points. */
static void
fill_months (TerDashboard             *self,
             GArray                   *points,
             const TerAnalyticsFilter *filter,
             int                       year_offset,
             TerAnalyticsPoint        *out)
{
  for (guint i = 0; i < TER_DASHBOARD_MONTHS; i++)
    out[i].has_target = filter->channel_id == 0 && filter->category_id == 0;
  for (guint i = 0; i < points->len; i++)
    {
      const TerAnalyticsPoint *p = &g_array_index (points, TerAnalyticsPoint, i);
      int year = 0, month = 0, index;
      char key[8];

      sscanf (p->key, "%d-%d", &year, &month);
      g_snprintf (key, sizeof key, "%04d-%02d", year - year_offset, month);
      index = month_index (self, key);
      if (index >= 0 && index < TER_DASHBOARD_MONTHS)
        out[index] = *p;
    }
}

static void
fill_forecast (TerDashboard *self,
               GArray       *points,
               const GDate  *base)
{
  g_autoptr(GError) error = NULL;
  char key[8];

  /* Too little history is no error: the chart goes without a forecast. */
  self->has_forecast = ter_analytics_forecast_points (points, base, TER_DASHBOARD_HORIZON,
                                                      &self->forecast, &error);
  if (!self->has_forecast)
    {
      g_debug ("No forecast: %s", error ? error->message : "?");
      return;
    }
  /* A forecast that misses its own history by more than half (a thin
   * slice of sales: one rep in one channel) would mislead: leave it out. */
  if (self->forecast.mape > TER_DASHBOARD_MAX_MAPE)
    {
      self->has_forecast = FALSE;
      return;
    }
  g_snprintf (key, sizeof key, "%04u-%02u", g_date_get_year (base), g_date_get_month (base));
  self->forecast_start = month_index (self, key) + 1;
}

/* The trend and the same months last year are one query over the months
 * they span (each month's figures do not depend on the range around them);
 * the forecast's 36 months of history are those and the revenue of the
 * months before. */
static gboolean
query_history (TerDashboard            *self,
               TerAnalyticsStore       *store,
               const TerDashboardQuery *query,
               const GDate             *forecast_base,
               GError                 **error)
{
  TerAnalyticsFilter range = query->filter, end;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) older = NULL;
  GDate first, history, last;

  month_start (self->months[0], -1, &first);
  month_start (self->months[TER_DASHBOARD_MONTHS - 1], 0, &last);
  month_bounds (&first, &range);
  month_bounds (&last, &end);
  memcpy (range.last_day, end.last_day, sizeof range.last_day);
  points = ter_analytics_store_query (store, &range, TER_ANALYTICS_GROUP_MONTH, self->currency, error);
  if (points == NULL)
    return FALSE;
  fill_months (self, points, &query->filter, 0, self->by_month);
  fill_months (self, points, &query->filter, -1, self->by_month_last_year);

  history = *forecast_base;
  g_date_subtract_months (&history, 35);
  if (g_date_compare (&history, &first) < 0)
    {
      g_date_subtract_days (&first, 1);
      range = query->filter;
      month_bounds (&history, &range);
      month_bounds (&first, &end);
      memcpy (range.last_day, end.last_day, sizeof range.last_day);
      older = ter_analytics_store_query_revenue (store, &range, TER_ANALYTICS_GROUP_MONTH,
                                                 self->currency, error);
      if (older == NULL)
        return FALSE;
      g_array_append_vals (older, points->data, points->len);
    }
  fill_forecast (self, older != NULL ? older : points, forecast_base);
  return TRUE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const TerDashboardEntry *ea = a, *eb = b;

  if (ea->value != eb->value)
    return ea->value < eb->value ? 1 : -1;
  return (ea->id > eb->id) - (ea->id < eb->id);
}

static void
append_entry (GArray     *entries,
              gint64      id,
              const char *name,
              gint64      value)
{
  TerDashboardEntry entry = { .id = id, .name = g_strdup (name), .value = value };

  g_array_append_val (entries, entry);
}

/* Revenue by one dimension, named by `names` (id → name). */
static GArray *
query_breakdown (TerAnalyticsStore        *store,
                 const TerAnalyticsFilter *filter,
                 TerAnalyticsGroup         group,
                 const char               *currency,
                 GHashTable               *names,
                 GError                  **error)
{
  g_autoptr(GArray) points = ter_analytics_store_query (store, filter, group, currency, error);
  g_autoptr(GArray) entries = NULL;

  if (points == NULL)
    return NULL;
  entries = entries_new ();
  for (guint i = 0; i < points->len; i++)
    {
      const TerAnalyticsPoint *p = &g_array_index (points, TerAnalyticsPoint, i);
      const char *name = g_hash_table_lookup (names, &p->id);

      /* Unattributed sales have no rep to rank. */
      if (name == NULL || (p->revenue == 0 && p->orders == 0))
        continue;
      append_entry (entries, p->id, name, p->revenue);
    }
  g_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

static GHashTable *
names_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
add_name (GHashTable *names,
          gint64      id,
          const char *name)
{
  g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup (name));
}

static GHashTable *
channel_names (TerStore  *store,
               GError   **error)
{
  g_autoptr(GListModel) channels = ter_store_list_channels (store, error);
  GHashTable *names;

  if (channels == NULL)
    return NULL;
  names = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(TerChannel) channel = g_list_model_get_item (channels, i);

      add_name (names, ter_channel_get_id (channel), ter_channel_get_display_name (channel));
    }
  return names;
}

static GHashTable *
category_names (TerStore  *store,
                GError   **error)
{
  g_autoptr(GArray) rows = ter_dashboard_store_list_categories (TER_DASHBOARD_STORE (store), error);
  gboolean chinese = ter_locale_is_chinese ();
  GHashTable *names;

  if (rows == NULL)
    return NULL;
  names = names_new ();
  for (guint i = 0; i < rows->len; i++)
    {
      const TerDashboardRow *row = &g_array_index (rows, TerDashboardRow, i);

      add_name (names, row->id, chinese && row->name_zh && *row->name_zh ? row->name_zh : row->name);
    }
  return names;
}

static GHashTable *
rep_names (TerStore  *store,
           GError   **error)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (store, error);
  GHashTable *names;

  if (reps == NULL)
    return NULL;
  names = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      add_name (names, ter_rep_get_id (rep), ter_rep_get_name (rep));
    }
  return names;
}

static gint64
per_usd (GArray     *rates,
         const char *currency)
{
  for (guint i = 0; i < rates->len; i++)
    if (g_str_equal (g_array_index (rates, TerExchangeRate, i).currency, currency))
      return g_array_index (rates, TerExchangeRate, i).per_usd_micros;
  return 0;
}

static gboolean
convert (GArray      *rates,
         gint64       amount,
         const char  *from,
         const char  *to,
         gint64      *total,
         GError     **error)
{
  gint64 converted;

  if (amount == 0)
    return TRUE;
  if (!ter_money_convert_via (amount, from, per_usd (rates, from), to, per_usd (rates, to), &converted)
      || !ter_money_add (*total, converted, total))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("There is no exchange rate from %s to %s."), from, to);
      return FALSE;
    }
  return TRUE;
}

/* Each reps' own target over the period, on the ranked reps. */
static gboolean
add_rep_targets (TerDashboard             *self,
                 TerStore                 *store,
                 GArray                   *rates,
                 const TerAnalyticsFilter *filter,
                 GError                  **error)
{
  g_autoptr(GArray) rows = NULL;

  /* Targets cover a rep's whole business, not one channel or category. */
  if (filter->channel_id != 0 || filter->category_id != 0)
    return TRUE;
  if ((rows = ter_dashboard_store_sum_rep_targets (TER_DASHBOARD_STORE (store), filter, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < self->reps->len; i++)
    {
      TerDashboardEntry *entry = &g_array_index (self->reps, TerDashboardEntry, i);

      for (guint j = 0; j < rows->len; j++)
        {
          const TerDashboardRow *row = &g_array_index (rows, TerDashboardRow, j);

          if (row->id != entry->id)
            continue;
          if (!convert (rates, row->amount, row->currency, self->currency, &entry->target, error))
            return FALSE;
          entry->has_target = TRUE;
        }
    }
  return TRUE;
}

static void
keep_top (GArray *entries)
{
  if (entries->len > TER_DASHBOARD_TOP)
    g_array_set_size (entries, TER_DASHBOARD_TOP);
}

/* The top end customers and distributors, each in the display currency. */
static gboolean
query_customers (TerDashboard             *self,
                 TerStore                 *store,
                 GArray                   *rates,
                 const TerAnalyticsFilter *filter,
                 GError                  **error)
{
  g_autoptr(GArray) rows = ter_dashboard_store_sum_customers (TER_DASHBOARD_STORE (store), filter, error);
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (rows == NULL)
    return FALSE;
  self->customers = entries_new ();
  self->distributors = entries_new ();
  for (guint i = 0; i < rows->len; i++)
    {
      TerDashboardRow *row = &g_array_index (rows, TerDashboardRow, i);
      GArray *entries = row->kind == TER_CUSTOMER_KIND_DISTRIBUTOR ? self->distributors : self->customers;
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, &row->id));

      if (position == 0)
        {
          append_entry (entries, row->id, row->name, 0);
          position = entries->len;
          g_hash_table_insert (index, &row->id, GUINT_TO_POINTER (position));
        }
      if (!convert (rates, row->amount, row->currency, self->currency,
                    &g_array_index (entries, TerDashboardEntry, position - 1).value, error))
        return FALSE;
    }
  g_array_sort (self->customers, compare_entries);
  g_array_sort (self->distributors, compare_entries);
  keep_top (self->customers);
  keep_top (self->distributors);
  return TRUE;
}

/* Heat table */

typedef struct {
  gint64        id;
  gint64        parent_id;
  TerTerritory *territory;
} Node;

static GArray *
children_of (GArray *nodes,
             gint64  parent_id)
{
  GArray *children = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < nodes->len; i++)
    if (g_array_index (nodes, Node, i).parent_id == parent_id)
      g_array_append_val (children, g_array_index (nodes, Node, i).id);
  return children;
}

/* The rows of the heat table: the territories under the focused one, one
 * level further down while there are fewer than three (a company with two
 * markets says more by its regions). */
static GArray *
heat_row_ids (GArray *nodes,
              gint64  focus)
{
  GArray *rows = children_of (nodes, focus);

  for (guint depth = 0; depth < 2 && rows->len > 0 && rows->len < 3; depth++)
    {
      GArray *next = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < rows->len; i++)
        {
          g_autoptr(GArray) children = children_of (nodes, g_array_index (rows, gint64, i));

          if (children->len == 0)
            g_array_append_val (next, g_array_index (rows, gint64, i));
          else
            g_array_append_vals (next, children->data, children->len);
        }
      g_array_unref (rows);
      rows = next;
    }
  if (rows->len == 0 && focus != 0)
    g_array_append_val (rows, focus);
  return rows;
}

static int
row_of (GArray *nodes,
        GArray *row_ids,
        gint64  id)
{
  for (guint step = 0; id != 0 && step <= nodes->len; step++)
    {
      gint64 parent = 0;

      for (guint i = 0; i < row_ids->len; i++)
        if (g_array_index (row_ids, gint64, i) == id)
          return i;
      for (guint i = 0; i < nodes->len; i++)
        if (g_array_index (nodes, Node, i).id == id)
          parent = g_array_index (nodes, Node, i).parent_id;
      id = parent;
    }
  return -1;
}

static GArray *
read_nodes (GListModel *territories)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  guint n = territories ? g_list_model_get_n_items (territories) : 0;

  for (guint i = 0; i < n; i++)
    {
      Node node;

      node.territory = g_list_model_get_item (territories, i);
      node.id = ter_territory_get_id (node.territory);
      node.parent_id = ter_territory_get_parent_id (node.territory);
      g_object_unref (node.territory);  /* the model keeps it */
      g_array_append_val (nodes, node);
    }
  return nodes;
}

static void
fill_heat (TerDashboard *self,
           GArray       *nodes,
           GArray       *row_ids,
           GArray       *points,
           gint64       *revenue)
{
  gint64 *target = g_new0 (gint64, row_ids->len * TER_DASHBOARD_MONTHS);

  for (guint i = 0; i < points->len; i++)
    {
      const TerAnalyticsPoint *p = &g_array_index (points, TerAnalyticsPoint, i);
      int month = month_index (self, p->key);
      int row = row_of (nodes, row_ids, p->id);

      if (month < 0 || month >= TER_DASHBOARD_MONTHS || row < 0)
        continue;
      self->heat_is_attainment = p->has_target;
      revenue[row * TER_DASHBOARD_MONTHS + month] += p->revenue;
      /* Each territory's own target: parents' are already their sums. */
      if (p->id == g_array_index (row_ids, gint64, row))
        target[row * TER_DASHBOARD_MONTHS + month] +=
          self->month_to_date && month == TER_DASHBOARD_MONTHS - 1 ? llround (p->target * self->elapsed) : p->target;
    }

  for (guint r = 0; r < row_ids->len; r++)
    {
      TerDashboardEntry *entry = &g_array_index (self->heat_rows, TerDashboardEntry, r);

      for (guint m = 0; m < TER_DASHBOARD_MONTHS; m++)
        {
          gint64 value = revenue[r * TER_DASHBOARD_MONTHS + m];
          gint64 goal = target[r * TER_DASHBOARD_MONTHS + m];
          double *cell = &self->heat[r * TER_DASHBOARD_MONTHS + m];

          entry->value += value;
          entry->target += goal;
          if (self->heat_is_attainment)
            *cell = goal > 0 ? (double) value / goal : NAN;
          else
            *cell = value;
        }
      entry->has_target = self->heat_is_attainment && entry->target > 0;
    }
  g_free (target);
}

static gboolean
query_heat (TerDashboard            *self,
            TerAnalyticsStore       *store,
            const TerDashboardQuery *query,
            GError                 **error)
{
  g_autoptr(GArray) nodes = read_nodes (query->territories);
  g_autoptr(GArray) row_ids = heat_row_ids (nodes, query->filter.territory_id);
  g_autofree gint64 *revenue = g_new0 (gint64, row_ids->len * TER_DASHBOARD_MONTHS + 1);
  TerAnalyticsFilter range = query->filter, end;
  g_autoptr(GArray) points = NULL;
  GDate first, last;

  self->heat_rows = entries_new ();
  self->heat = g_new0 (double, row_ids->len * TER_DASHBOARD_MONTHS + 1);
  for (guint r = 0; r < row_ids->len; r++)
    for (guint i = 0; i < nodes->len; i++)
      if (g_array_index (nodes, Node, i).id == g_array_index (row_ids, gint64, r))
        append_entry (self->heat_rows, g_array_index (nodes, Node, i).id,
                      ter_territory_get_display_name (g_array_index (nodes, Node, i).territory), 0);
  if (self->heat_rows->len != row_ids->len || row_ids->len == 0)
    {
      g_array_set_size (self->heat_rows, 0);
      return TRUE;
    }

  month_start (self->months[0], 0, &first);
  month_start (self->months[TER_DASHBOARD_MONTHS - 1], 0, &last);
  month_bounds (&first, &range);
  month_bounds (&last, &end);
  memcpy (range.last_day, end.last_day, sizeof range.last_day);
  points = ter_analytics_store_query (store, &range, TER_ANALYTICS_GROUP_MONTH_TERRITORY,
                                      self->currency, error);
  if (points == NULL)
    return FALSE;
  fill_heat (self, nodes, row_ids, points, revenue);
  return TRUE;
}

/* All of it */

static gboolean
query_breakdowns (TerDashboard            *self,
                  TerStore                *store,
                  const TerDashboardQuery *query,
                  GError                 **error)
{
  TerAnalyticsStore *analytics = TER_ANALYTICS_STORE (store);
  g_autoptr(GHashTable) channels = NULL, categories = NULL, reps = NULL;
  g_autoptr(GArray) rates = NULL;

  if (!(channels = channel_names (store, error)) || !(categories = category_names (store, error))
      || !(reps = rep_names (store, error)) || !(rates = ter_store_list_exchange_rates (store, error)))
    return FALSE;

  if (!(self->channels = query_breakdown (analytics, &query->filter, TER_ANALYTICS_GROUP_CHANNEL,
                                          self->currency, channels, error))
      || !(self->categories = query_breakdown (analytics, &query->filter, TER_ANALYTICS_GROUP_CATEGORY,
                                               self->currency, categories, error))
      || !(self->reps = query_breakdown (analytics, &query->filter, TER_ANALYTICS_GROUP_REP,
                                         self->currency, reps, error)))
    return FALSE;
  keep_top (self->reps);
  if (!add_rep_targets (self, store, rates, &query->filter, error))
    return FALSE;

  return query_customers (self, store, rates, &query->filter, error);
}

TerDashboard *
ter_dashboard_compute (TerStore                *store,
                       const TerDashboardQuery *query,
                       GError                 **error)
{
  g_autoptr(TerDashboard) self = g_atomic_rc_box_new0 (TerDashboard);
  TerAnalyticsStore *analytics;
  TerAnalyticsFilter last_year;
  TerPeriod period, previous;
  GDate trend_end, forecast_base;

  g_return_val_if_fail (TER_IS_ANALYTICS_STORE (store) && TER_IS_DASHBOARD_STORE (store), NULL);
  g_return_val_if_fail (g_date_valid (&query->today), NULL);

  analytics = TER_ANALYTICS_STORE (store);
  g_strlcpy (self->currency, query->currency, sizeof self->currency);
  self->filter = query->filter;

  parse_day (query->filter.first_day, &period.first);
  parse_day (query->filter.last_day, &period.last);
  if (!g_date_valid (&period.first) || !g_date_valid (&period.last))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("The period %s to %s is not a valid range of days."),
                   query->filter.first_day, query->filter.last_day);
      return NULL;
    }
  ter_period_previous_year (&period, &previous);
  last_year = query->filter;
  ter_period_format_bounds (&previous, last_year.first_day, last_year.last_day);
  plan_months (self, query, &trend_end, &forecast_base);

  if (!query_total (analytics, &query->filter, self->currency, &self->total, error)
      || !query_total (analytics, &last_year, self->currency, &self->last_year, error)
      || !query_history (self, analytics, query, &forecast_base, error)
      || !query_breakdowns (self, store, query, error)
      || !query_heat (self, analytics, query, error))
    return NULL;

  return g_steal_pointer (&self);
}
