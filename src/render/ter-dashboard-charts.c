/* ter-dashboard-charts.c: the dashboard's figures as charts and KPIs.
 *
 * Money goes into the charts in minor units; the formatter knows the
 * currency, so axis ticks and labels read "¥1.2万" or "$980K".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-dashboard-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-dashboard-charts.h"
#include "ter-format.h"

static const char *chart_keys[] = {
  "trend", "channels", "categories", "customers", "distributors", "reps", "heat",
};

G_STATIC_ASSERT (G_N_ELEMENTS (chart_keys) == TER_DASHBOARD_N_CHARTS);

const char *
ter_dashboard_chart_key (TerDashboardChart chart)
{
  g_return_val_if_fail (chart < TER_DASHBOARD_N_CHARTS, NULL);
  return chart_keys[chart];
}

gboolean
ter_dashboard_chart_from_key (const char        *key,
                              TerDashboardChart *chart)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (chart_keys); i++)
    if (g_str_equal (key, chart_keys[i]))
      {
        *chart = i;
        return TRUE;
      }
  return FALSE;
}

const char *
ter_dashboard_chart_title (TerDashboardChart chart)
{
  switch (chart)
    {
    case TER_DASHBOARD_CHART_TREND:
      return _("Monthly Revenue: vs Last Year, Target and Forecast");
    case TER_DASHBOARD_CHART_CHANNELS:
      return _("Revenue by Channel");
    case TER_DASHBOARD_CHART_CATEGORIES:
      return _("Revenue by Product Category");
    case TER_DASHBOARD_CHART_CUSTOMERS:
      return _("Top Customers");
    case TER_DASHBOARD_CHART_DISTRIBUTORS:
      return _("Top Distributors");
    case TER_DASHBOARD_CHART_REPS:
      return _("Rep Ranking");
    case TER_DASHBOARD_CHART_HEAT:
      return _("Territories by Month");
    case TER_DASHBOARD_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ter_dashboard_kpi_title (TerDashboardKpi kpi)
{
  switch (kpi)
    {
    case TER_DASHBOARD_KPI_REVENUE:
      return _("Revenue");
    case TER_DASHBOARD_KPI_ATTAINMENT:
      return _("Target Attainment");
    case TER_DASHBOARD_KPI_GROWTH:
      return _("Growth vs Last Year");
    case TER_DASHBOARD_KPI_ORDERS:
      return _("Orders");
    case TER_DASHBOARD_KPI_AVERAGE_ORDER:
      return _("Average Order Value");
    case TER_DASHBOARD_KPI_NEW_CUSTOMERS:
      return _("New Customers");
    case TER_DASHBOARD_KPI_RETURN_RATE:
      return _("Return Rate");
    case TER_DASHBOARD_KPI_MARGIN:
      return _("Gross Margin");
    case TER_DASHBOARD_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Formatters */

static char *
format_money_cb (double   value,
                 gpointer user_data)
{
  return ter_format_money_compact ((gint64) llround (value), user_data);
}

static char *
format_percent_cb (double   value,
                   gpointer user_data)
{
  return ter_format_percent (value);
}

static char *
format_count_cb (double   value,
                 gpointer user_data)
{
  return ter_format_integer ((gint64) llround (value));
}

typedef struct {
  char   currency[4];
  gint64 total;
} ShareFormat;

/* "¥30.8万 · 4.5%": the value and its share of the period's revenue. */
static char *
format_share_cb (double   value,
                 gpointer user_data)
{
  ShareFormat *format = user_data;
  g_autofree char *money = ter_format_money_compact ((gint64) llround (value), format->currency);
  g_autofree char *share = NULL;

  if (format->total <= 0)
    return g_steal_pointer (&money);
  share = ter_format_percent (value / format->total);
  return g_strdup_printf ("%s · %s", money, share);
}

static void
use_money (TerChart     *chart,
           TerDashboard *dashboard)
{
  ter_chart_set_formatter (chart, format_money_cb, g_strdup (dashboard->currency), g_free);
}

/* Month labels: "11月" or "Nov", with the year where it changes, and a
 * mark on the month that is not over yet. */
static char *
month_label (TerDashboard *dashboard,
             guint         index,
             gboolean      with_year)
{
  static const char *names[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };

  g_autofree char *label = NULL;
  int year, month;

  ter_dashboard_axis_month (dashboard, index, &year, &month);
  with_year |= index == 0 || month == 1;
  if (ter_locale_is_chinese ())
    label = with_year ? g_strdup_printf ("%d年%d月", year, month) : g_strdup_printf ("%d月", month);
  else
    label = with_year ? g_strdup_printf ("%s %d", names[month - 1], year) : g_strdup (names[month - 1]);
  if (dashboard->month_to_date && index == TER_DASHBOARD_MONTHS - 1)
    /* Translators: a month not over yet on a chart axis, "Nov" → "Nov MTD" */
    return g_strdup_printf (_("%s MTD"), label);
  return g_steal_pointer (&label);
}

static void
add_month_labels (TerChartData *data,
                  TerDashboard *dashboard,
                  guint         n)
{
  g_autofree gint64 *x = g_new (gint64, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = month_label (dashboard, i, FALSE);

      ter_chart_data_append_label (data, label);
      x[i] = i;
    }
  ter_chart_data_set_x (data, x, n);
}

/* The trend */

static TerChart *
build_trend (TerDashboard *dashboard)
{
  guint n = ter_dashboard_n_axis_months (dashboard);
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  g_autofree double *now = g_new (double, n);
  g_autofree double *before = g_new (double, n);
  g_autofree double *target = g_new (double, n);
  g_autofree double *forecast = g_new (double, n);
  g_autofree double *low = g_new (double, n);
  g_autofree double *high = g_new (double, n);
  gboolean has_target = FALSE;
  TerChart *chart = ter_chart_new (TER_CHART_LINE);

  for (guint i = 0; i < n; i++)
    {
      gboolean in_trend = i < TER_DASHBOARD_MONTHS;
      const TerAnalyticsPoint *p = in_trend ? &dashboard->by_month[i] : NULL;

      now[i] = in_trend ? p->revenue : NAN;
      before[i] = in_trend ? dashboard->by_month_last_year[i].revenue : NAN;
      target[i] = in_trend && p->has_target && p->target > 0 ? p->target : NAN;
      has_target |= isfinite (target[i]);
      forecast[i] = low[i] = high[i] = NAN;
    }
  if (dashboard->has_forecast)
    {
      guint start = dashboard->forecast_start;

      /* The dashed forecast line starts at the last closed month. */
      if (start > 0 && start - 1 < n && start - 1 < TER_DASHBOARD_MONTHS)
        forecast[start - 1] = low[start - 1] = high[start - 1] = now[start - 1];
      for (guint h = 0; h < dashboard->forecast.horizon && start + h < n; h++)
        {
          forecast[start + h] = MAX (dashboard->forecast.values[h], 0);
          low[start + h] = MAX (dashboard->forecast.low[h], 0);
          high[start + h] = MAX (dashboard->forecast.high[h], 0);
        }
    }

  add_month_labels (data, dashboard, n);
  ter_chart_data_add_values (data, _("This year"), TER_SERIES_ROLE_DEFAULT, now, n);
  ter_chart_data_add_values (data, _("Last year"), TER_SERIES_ROLE_COMPARISON, before, n);
  if (has_target)
    ter_chart_data_add_values (data, _("Target"), TER_SERIES_ROLE_TARGET, target, n);
  if (dashboard->has_forecast)
    {
      g_autofree char *mape = ter_format_percent (dashboard->forecast.mape);
      /* Translators: the forecast series; %s is its back-tested error, "8.5%" */
      g_autofree char *name = g_strdup_printf (_("Forecast (MAPE %s)"), mape);

      ter_chart_data_add_values (data, name, TER_SERIES_ROLE_FORECAST, forecast, n);
      ter_chart_data_add_values (data, _("Forecast low"), TER_SERIES_ROLE_BAND_LOWER, low, n);
      /* xgettext:no-c-format */
      ter_chart_data_add_values (data, _("80% forecast range"), TER_SERIES_ROLE_BAND_UPPER, high, n);
    }
  ter_chart_set_data (chart, data);
  ter_chart_set_include_zero (chart, TRUE);
  use_money (chart, dashboard);
  return chart;
}

/* Breakdowns */

/* Rankings write each row's share of the period's revenue beside its
 * value, or the rep's attainment beside the name. */
static TerChart *
build_ranking (TerDashboard *dashboard,
               GArray       *entries,
               TerChartKind  kind,
               gboolean      with_share,
               gboolean      with_target)
{
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  g_autofree double *values = g_new (double, MAX (entries->len, 1));
  g_autofree double *targets = g_new (double, MAX (entries->len, 1));
  gboolean any_target = FALSE;
  TerChart *chart = ter_chart_new (kind);

  for (guint i = 0; i < entries->len; i++)
    {
      const TerDashboardEntry *e = &g_array_index (entries, TerDashboardEntry, i);
      g_autofree char *label = NULL;

      if (with_target && e->has_target && e->target > 0)
        {
          g_autofree char *attainment = ter_format_percent ((double) e->value / e->target);

          label = g_strdup_printf ("%s · %s", e->name, attainment);
        }
      else
        label = g_strdup (e->name);
      ter_chart_data_append_label (data, label);
      values[i] = e->value;
      targets[i] = with_target && e->has_target ? e->target : NAN;
      any_target |= isfinite (targets[i]);
    }
  ter_chart_data_add_values (data, _("Revenue"), TER_SERIES_ROLE_DEFAULT, values, entries->len);
  if (any_target)
    ter_chart_data_add_values (data, _("Target"), TER_SERIES_ROLE_TARGET, targets, entries->len);
  ter_chart_set_data (chart, data);
  ter_chart_set_show_values (chart, kind != TER_CHART_DONUT);
  ter_chart_set_show_legend (chart, kind == TER_CHART_DONUT || any_target);
  if (with_share)
    {
      ShareFormat *format = g_new0 (ShareFormat, 1);

      g_strlcpy (format->currency, dashboard->currency, sizeof format->currency);
      format->total = dashboard->total.revenue;
      ter_chart_set_formatter (chart, format_share_cb, format, g_free);
    }
  else
    use_money (chart, dashboard);
  return chart;
}

static TerChart *
build_donut (TerDashboard *dashboard)
{
  TerChart *chart = build_ranking (dashboard, dashboard->channels, TER_CHART_DONUT, FALSE, FALSE);
  g_autofree char *total = ter_format_money_compact (dashboard->total.revenue, dashboard->currency);

  ter_chart_set_center_label (chart, total);
  return chart;
}

static TerChart *
build_heat (TerDashboard *dashboard)
{
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  TerChart *chart = ter_chart_new (TER_CHART_HEAT);

  for (guint i = 0; i < TER_DASHBOARD_MONTHS; i++)
    {
      g_autofree char *label = month_label (dashboard, i, FALSE);

      ter_chart_data_append_label (data, label);
    }
  for (guint r = 0; r < dashboard->heat_rows->len; r++)
    ter_chart_data_add_values (data, g_array_index (dashboard->heat_rows, TerDashboardEntry, r).name,
                               TER_SERIES_ROLE_DEFAULT, dashboard->heat + r * TER_DASHBOARD_MONTHS,
                               TER_DASHBOARD_MONTHS);
  ter_chart_set_data (chart, data);
  ter_chart_set_show_values (chart, TRUE);
  if (dashboard->heat_is_attainment)
    {
      ter_chart_set_color_scale (chart, TER_CHART_SCALE_DIVERGING);
      ter_chart_set_color_center (chart, 1.0);
      ter_chart_set_formatter (chart, format_percent_cb, NULL, NULL);
    }
  else
    {
      ter_chart_set_color_scale (chart, TER_CHART_SCALE_SEQUENTIAL);
      use_money (chart, dashboard);
    }
  return chart;
}

TerChart *
ter_dashboard_build_chart (TerDashboard      *dashboard,
                           TerDashboardChart  which)
{
  TerChart *chart = NULL;

  g_return_val_if_fail (dashboard != NULL, NULL);

  switch (which)
    {
    case TER_DASHBOARD_CHART_TREND:
      chart = build_trend (dashboard);
      break;
    case TER_DASHBOARD_CHART_CHANNELS:
      chart = build_donut (dashboard);
      break;
    case TER_DASHBOARD_CHART_CATEGORIES:
      chart = build_ranking (dashboard, dashboard->categories, TER_CHART_BAR, FALSE, FALSE);
      break;
    case TER_DASHBOARD_CHART_CUSTOMERS:
      chart = build_ranking (dashboard, dashboard->customers, TER_CHART_HBAR, TRUE, FALSE);
      break;
    case TER_DASHBOARD_CHART_DISTRIBUTORS:
      chart = build_ranking (dashboard, dashboard->distributors, TER_CHART_HBAR, TRUE, FALSE);
      break;
    case TER_DASHBOARD_CHART_REPS:
      chart = build_ranking (dashboard, dashboard->reps, TER_CHART_HBAR, FALSE, TRUE);
      break;
    case TER_DASHBOARD_CHART_HEAT:
      chart = build_heat (dashboard);
      break;
    case TER_DASHBOARD_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
  ter_chart_set_title (chart, ter_dashboard_chart_title (which));
  return chart;
}

gboolean
ter_dashboard_export_chart (TerDashboard        *dashboard,
                            TerDashboardChart    which,
                            const char          *path,
                            TerChartFormat       format,
                            int                  width,
                            int                  height,
                            const TerChartStyle *style,
                            GError             **error)
{
  g_autoptr(TerChart) chart = ter_dashboard_build_chart (dashboard, which);
  TerChartStyle paper;

  if (style != NULL)
    paper = *style;
  else
    ter_chart_style_init_light (&paper);
  /* A file has no window behind it: paint the background. */
  paper.fill_background = TRUE;
  paper.scale = 1;
  return ter_chart_export (chart, path, format, width, height, &paper, error);
}

gboolean
ter_dashboard_format_from_path (const char     *path,
                                TerChartFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = TER_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = TER_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = TER_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

gint64
ter_dashboard_chart_entry_id (TerDashboard      *dashboard,
                              TerDashboardChart  chart,
                              int                series,
                              int                point)
{
  GArray *entries = NULL;
  int index = point;

  switch (chart)
    {
    case TER_DASHBOARD_CHART_CHANNELS:
      entries = dashboard->channels;
      break;
    case TER_DASHBOARD_CHART_CATEGORIES:
      entries = dashboard->categories;
      break;
    case TER_DASHBOARD_CHART_CUSTOMERS:
      entries = dashboard->customers;
      break;
    case TER_DASHBOARD_CHART_DISTRIBUTORS:
      entries = dashboard->distributors;
      break;
    case TER_DASHBOARD_CHART_REPS:
      entries = dashboard->reps;
      break;
    case TER_DASHBOARD_CHART_HEAT:
      entries = dashboard->heat_rows;
      index = series;
      break;
    case TER_DASHBOARD_CHART_TREND:
    case TER_DASHBOARD_N_CHARTS:
    default:
      return 0;
    }
  if (index < 0 || (guint) index >= entries->len)
    return 0;
  return g_array_index (entries, TerDashboardEntry, index).id;
}

/* KPIs */

static gboolean
ratio (double  part,
       double  whole,
       double *value)
{
  if (whole == 0)
    return FALSE;
  *value = part / whole;
  return TRUE;
}

gboolean
ter_dashboard_kpi_value (const TerAnalyticsPoint *p,
                         const TerAnalyticsPoint *last_year,
                         TerDashboardKpi          kpi,
                         double                  *value)
{
  switch (kpi)
    {
    case TER_DASHBOARD_KPI_REVENUE:
      *value = p->revenue;
      return TRUE;
    case TER_DASHBOARD_KPI_ATTAINMENT:
      return p->has_target && p->target > 0 && ratio (p->revenue, p->target, value);
    case TER_DASHBOARD_KPI_GROWTH:
      return last_year != NULL && last_year->revenue > 0
             && ratio (p->revenue - last_year->revenue, last_year->revenue, value);
    case TER_DASHBOARD_KPI_ORDERS:
      *value = p->orders;
      return TRUE;
    case TER_DASHBOARD_KPI_AVERAGE_ORDER:
      return ratio (p->sales, p->orders, value);
    case TER_DASHBOARD_KPI_NEW_CUSTOMERS:
      *value = p->new_customers;
      return TRUE;
    case TER_DASHBOARD_KPI_RETURN_RATE:
      return ratio (-p->returns, p->sales, value);
    case TER_DASHBOARD_KPI_MARGIN:
      return ratio (p->revenue - p->cost, p->revenue, value);
    case TER_DASHBOARD_N_KPIS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* New customers are not counted per product category. */
static gboolean
kpi_known (TerDashboard    *dashboard,
           TerDashboardKpi  kpi)
{
  return kpi != TER_DASHBOARD_KPI_NEW_CUSTOMERS || dashboard->filter.category_id == 0;
}

static char *
format_kpi (TerDashboard    *dashboard,
            TerDashboardKpi  kpi,
            double           value)
{
  switch (kpi)
    {
    case TER_DASHBOARD_KPI_REVENUE:
    case TER_DASHBOARD_KPI_AVERAGE_ORDER:
      return ter_format_money_compact ((gint64) llround (value), dashboard->currency);
    case TER_DASHBOARD_KPI_GROWTH:
      return ter_format_change (value);
    case TER_DASHBOARD_KPI_ORDERS:
    case TER_DASHBOARD_KPI_NEW_CUSTOMERS:
      return ter_format_integer ((gint64) llround (value));
    case TER_DASHBOARD_KPI_ATTAINMENT:
    case TER_DASHBOARD_KPI_RETURN_RATE:
    case TER_DASHBOARD_KPI_MARGIN:
      return ter_format_percent (value);
    case TER_DASHBOARD_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
ter_dashboard_kpi_text (TerDashboard    *dashboard,
                        TerDashboardKpi  kpi)
{
  double value;

  if (!kpi_known (dashboard, kpi)
      || !ter_dashboard_kpi_value (&dashboard->total, &dashboard->last_year, kpi, &value))
    return g_strdup ("—");
  return format_kpi (dashboard, kpi, value);
}

char *
ter_dashboard_kpi_detail (TerDashboard    *dashboard,
                          TerDashboardKpi  kpi)
{
  double now, before;

  if (!kpi_known (dashboard, kpi))
    return g_strdup (_("Not counted per product category"));
  if (kpi == TER_DASHBOARD_KPI_ATTAINMENT)
    {
      g_autofree char *target = NULL;

      if (!dashboard->total.has_target)
        return g_strdup (_("Targets cover whole territories, not one channel or category"));
      if (dashboard->total.target <= 0)
        return g_strdup (_("No target set for this period"));
      target = ter_format_money_compact (dashboard->total.target, dashboard->currency);
      return g_strdup_printf (_("Target %s"), target);
    }
  if (kpi == TER_DASHBOARD_KPI_GROWTH)
    {
      g_autofree char *before_text = ter_format_money_compact (dashboard->last_year.revenue,
                                                              dashboard->currency);

      return g_strdup_printf (_("Same period last year: %s"), before_text);
    }
  if (!ter_dashboard_kpi_value (&dashboard->total, NULL, kpi, &now)
      || !ter_dashboard_kpi_value (&dashboard->last_year, NULL, kpi, &before))
    return g_strdup (_("No comparison with last year"));
  if (kpi == TER_DASHBOARD_KPI_RETURN_RATE || kpi == TER_DASHBOARD_KPI_MARGIN)
    {
      g_autofree char *before_text = ter_format_percent (before);

      return g_strdup_printf (_("Last year: %s"), before_text);
    }
  if (before == 0)
    return g_strdup (_("No comparison with last year"));
  {
    g_autofree char *change = ter_format_change ((now - before) / fabs (before));

    /* Translators: %s is a change such as "+12.3%" */
    return g_strdup_printf (_("%s vs last year"), change);
  }
}

int
ter_dashboard_kpi_trend (TerDashboard    *dashboard,
                         TerDashboardKpi  kpi)
{
  double now, before;

  if (!kpi_known (dashboard, kpi)
      || !ter_dashboard_kpi_value (&dashboard->total, &dashboard->last_year, kpi, &now))
    return 0;
  if (kpi == TER_DASHBOARD_KPI_ATTAINMENT)
    return now >= 1.0 ? 1 : now < 0.9 ? -1 : 0;
  if (kpi == TER_DASHBOARD_KPI_GROWTH)
    return now >= 0.0005 ? 1 : now <= -0.0005 ? -1 : 0;
  if (!ter_dashboard_kpi_value (&dashboard->last_year, NULL, kpi, &before) || before == 0
      || fabs (now - before) / fabs (before) < 0.0005)
    return 0;
  if (kpi == TER_DASHBOARD_KPI_RETURN_RATE)
    return now < before ? 1 : -1;
  return now > before ? 1 : -1;
}

TerChart *
ter_dashboard_build_sparkline (TerDashboard    *dashboard,
                               TerDashboardKpi  kpi)
{
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  double values[TER_DASHBOARD_MONTHS];
  TerChart *chart = ter_chart_new (TER_CHART_SPARKLINE);

  add_month_labels (data, dashboard, TER_DASHBOARD_MONTHS);
  for (guint i = 0; i < TER_DASHBOARD_MONTHS; i++)
    if (!kpi_known (dashboard, kpi)
        || !ter_dashboard_kpi_value (&dashboard->by_month[i], &dashboard->by_month_last_year[i], kpi,
                                     &values[i]))
      values[i] = NAN;
  ter_chart_data_add_values (data, ter_dashboard_kpi_title (kpi), TER_SERIES_ROLE_DEFAULT,
                             values, TER_DASHBOARD_MONTHS);
  ter_chart_set_data (chart, data);
  ter_chart_set_title (chart, ter_dashboard_kpi_title (kpi));
  switch (kpi)
    {
    case TER_DASHBOARD_KPI_REVENUE:
    case TER_DASHBOARD_KPI_AVERAGE_ORDER:
      use_money (chart, dashboard);
      break;
    case TER_DASHBOARD_KPI_ORDERS:
    case TER_DASHBOARD_KPI_NEW_CUSTOMERS:
      ter_chart_set_formatter (chart, format_count_cb, NULL, NULL);
      break;
    case TER_DASHBOARD_KPI_ATTAINMENT:
    case TER_DASHBOARD_KPI_GROWTH:
    case TER_DASHBOARD_KPI_RETURN_RATE:
    case TER_DASHBOARD_KPI_MARGIN:
    case TER_DASHBOARD_N_KPIS:
    default:
      ter_chart_set_formatter (chart, format_percent_cb, NULL, NULL);
      break;
    }
  return chart;
}
