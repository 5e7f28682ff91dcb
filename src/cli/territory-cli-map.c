/* territory-cli-map.c: `territory-cli map`, a choropleth to a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ter-context.h"
#include "ter-format.h"
#include "ter-map-metrics.h"
#include "ter-render.h"
#include "territory-cli-map.h"

typedef struct {
  char *map;
  char *metric;
  char *period;
  char *currency;
  char *today;
  char *out;
  int   width;
  int   height;
} MapOptions;

static void
fail (const char *message)
{
  g_printerr ("territory-cli: %s\n", message);
}

static int
preset_from_name (const char *name)
{
  static const char *names[] = {
    "this-month", "last-month", "this-quarter", "last-quarter",
    "year-to-date", "this-fiscal-year", "last-fiscal-year", "last-12-months",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (int) i;
  return -1;
}

static void
set_months (TerPeriod *period,
            int        year,
            int        first_month,
            int        n_months)
{
  int last_month = first_month + n_months - 1;

  g_date_clear (&period->first, 1);
  g_date_clear (&period->last, 1);
  g_date_set_dmy (&period->first, 1, first_month, year);
  g_date_set_dmy (&period->last, g_date_get_days_in_month (last_month, year), last_month, year);
}

/* A preset name, or a calendar year, quarter or month: 2025, 2025-Q3,
 * 2025-07. Sets a label for the legend. */
static gboolean
parse_period (const char  *text,
              const GDate *today,
              guint        fiscal_start_month,
              TerPeriod   *period,
              char       **label)
{
  int preset = preset_from_name (text);
  int year, number, consumed = 0;

  if (preset >= 0)
    {
      ter_period_init_preset (period, preset, today, fiscal_start_month);
      *label = ter_period_describe (period, preset, fiscal_start_month);
      return TRUE;
    }
  if (sscanf (text, "%4d-Q%1d%n", &year, &number, &consumed) == 2 && text[consumed] == '\0'
      && year >= 1900 && number >= 1 && number <= 4)
    {
      set_months (period, year, (number - 1) * 3 + 1, 3);
      *label = g_strdup_printf (_("Q%d %d"), number, year);
      return TRUE;
    }
  if (sscanf (text, "%4d-%2d%n", &year, &number, &consumed) == 2 && text[consumed] == '\0'
      && consumed == 7 && year >= 1900 && number >= 1 && number <= 12)
    {
      set_months (period, year, number, 1);
      *label = ter_format_month (year, number);
      return TRUE;
    }
  if (sscanf (text, "%4d%n", &year, &consumed) == 1 && text[consumed] == '\0' && consumed == 4 && year >= 1900)
    {
      set_months (period, year, 1, 12);
      /* TRANSLATORS: a calendar year in a map's legend, such as 2025. */
      *label = g_strdup_printf (C_("calendar year", "%d"), year);
      return TRUE;
    }
  return FALSE;
}

static gboolean
format_from_path (const char     *path,
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

static char *
format_cb (double   value,
           gpointer user_data)
{
  const char **info = user_data;
  TerMapMetric metric = GPOINTER_TO_INT (info[1]);

  if (metric == TER_MAP_METRIC_ATTAINMENT)
    return ter_format_percent (value);
  if (metric == TER_MAP_METRIC_GROWTH)
    return ter_format_change (value);
  if (metric == TER_MAP_METRIC_CUSTOMERS)
    return ter_format_integer ((gint64) value);
  return ter_format_money_compact ((gint64) value, info[0]);
}

static gboolean
check_options (MapOptions    *o,
               TerGeoMap     *map,
               TerMapMetric  *metric,
               TerChartFormat *format)
{
  const char *maps[] = { "china", "us", "world" };

  *map = TER_GEO_MAP_CHINA;
  for (guint i = 0; o->map != NULL && i < G_N_ELEMENTS (maps); i++)
    if (g_str_equal (o->map, maps[i]))
      *map = i;
  if (o->map != NULL && g_strcmp0 (o->map, maps[*map]) != 0)
    return fail (_("Unknown map; use china, us or world")), FALSE;
  *metric = TER_MAP_METRIC_REVENUE;
  if (o->metric != NULL && !ter_map_metric_from_key (o->metric, metric))
    return fail (_("Unknown metric; use revenue, attainment, growth, customers or revenue-per-customer")), FALSE;
  if (o->out == NULL)
    return fail (_("Say where to write the map with --out FILE.pdf, .svg or .png")), FALSE;
  if (!format_from_path (o->out, format))
    return fail (_("The output file must end in .pdf, .svg or .png")), FALSE;
  return TRUE;
}

static TerMapRenderer *
build_map (TerContext       *context,
           TerGeoMap         map,
           TerMapMetric      metric,
           const TerPeriod  *period,
           const char       *period_label,
           const char      **format_info,
           GError          **error)
{
  g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (map, error);
  g_autoptr(GArray) rows = NULL;
  g_autofree char *title = NULL;

  if (renderer == NULL)
    return NULL;
  rows = ter_map_metrics_compute (TER_MAP_STORE (ter_context_get_store (context)), period,
                                  ter_context_get_currency (context), error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      const TerRegionMetrics *m = &g_array_index (rows, TerRegionMetrics, i);
      double value;

      if (ter_map_metric_value (m, metric, &value))
        ter_map_renderer_set_value (renderer, m->code, value);
    }
  ter_map_renderer_set_scale (renderer,
                              metric == TER_MAP_METRIC_ATTAINMENT || metric == TER_MAP_METRIC_GROWTH
                                ? TER_MAP_SCALE_DIVERGING : TER_MAP_SCALE_SEQUENTIAL,
                              metric == TER_MAP_METRIC_ATTAINMENT ? 1.0 : 0.0,
                              TER_MAP_CLASSES_QUANTILE, 5);
  ter_map_renderer_set_chinese (renderer, ter_locale_is_chinese ());
  /* TRANSLATORS: a map legend's title: the metric, then the period. */
  title = g_strdup_printf (_("%s, %s"), ter_map_metric_label (metric), period_label);
  ter_map_renderer_set_title (renderer, title);
  ter_map_renderer_set_format (renderer, format_cb, format_info, NULL);
  return g_steal_pointer (&renderer);
}

int
ter_cli_map_command (TerStore  *store,
                     int        argc,
                     char     **argv)
{
  MapOptions o = { .width = 1200, .height = 800 };
  GOptionEntry entries[] = {
    { "map", 0, 0, G_OPTION_ARG_STRING, &o.map, N_("china (default), us or world"), N_("MAP") },
    { "metric", 0, 0, G_OPTION_ARG_STRING, &o.metric, N_("revenue (default), attainment, growth, customers or revenue-per-customer"), N_("METRIC") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &o.period, N_("A year, quarter or month (2025, 2025-Q3, 2025-07), or this-month, last-month, this-quarter, last-quarter, year-to-date, this-fiscal-year, last-fiscal-year or last-12-months"), N_("PERIOD") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &o.currency, N_("Currency of the figures (CNY, USD, EUR)"), "CODE" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &o.today, N_("Count periods from this day instead of today"), N_("DATE") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &o.out, N_("The file to write: .pdf, .svg or .png"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &o.width, N_("Width in pixels (PNG) or points (PDF, SVG)"), "N" },
    { "height", 0, 0, G_OPTION_ARG_INT, &o.height, N_("Height in pixels (PNG) or points (PDF, SVG)"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("");
  g_autoptr(TerContext) context = ter_context_new (store);
  g_autoptr(TerMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  const char *format_info[2];
  TerChartFormat format;
  TerMapMetric metric;
  TerGeoMap map;
  g_autofree char *period_label = NULL;
  TerPeriod period;
  GDate today;
  int status = 1;

  g_option_context_add_main_entries (options, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    fail (error->message);
  else if (!check_options (&o, &map, &metric, &format))
    status = 2;
  else if (o.today != NULL && !ter_period_parse_date (o.today, &today))
    fail (_("--today takes a date such as 2026-10-31"));
  else
    {
      if (o.today == NULL)
        {
          g_date_clear (&today, 1);
          g_date_set_time_t (&today, time (NULL));
        }
      if (!parse_period (o.period ? o.period : "year-to-date", &today,
                         ter_context_get_fiscal_start_month (context), &period, &period_label))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown period “%s”: use a year, quarter or month such as 2025, 2025-Q3 or 2025-07, or a name such as last-quarter (see --help)"),
                                                      o.period);

          fail (message);
          goto out;
        }
      ter_context_set_currency (context, o.currency ? o.currency : (ter_locale_is_chinese () ? "CNY" : "USD"));
      format_info[0] = ter_context_get_currency (context);
      format_info[1] = GINT_TO_POINTER (metric);
      if (!ter_context_reload (context, &error)
          || (renderer = build_map (context, map, metric, &period, period_label, format_info, &error)) == NULL
          || !ter_map_renderer_export (renderer, o.out, format, o.width, o.height, &error))
        fail (error->message);
      else
        status = 0;
    }
out:
  g_free (o.map);
  g_free (o.metric);
  g_free (o.period);
  g_free (o.currency);
  g_free (o.today);
  g_free (o.out);
  return status;
}
