/* territory-cli-map.c: `territory-cli map`, a choropleth to a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>

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
  if (o->period != NULL && preset_from_name (o->period) < 0)
    return fail (_("Unknown period; see --help for the choices")), FALSE;
  return TRUE;
}

static TerMapRenderer *
build_map (TerContext    *context,
           TerGeoMap      map,
           TerMapMetric   metric,
           const char   **format_info,
           GError       **error)
{
  g_autoptr(TerMapRenderer) renderer = ter_map_renderer_new (map, error);
  g_autoptr(GArray) rows = NULL;
  TerPeriod period;

  if (renderer == NULL)
    return NULL;
  ter_context_get_period (context, &period);
  rows = ter_map_metrics_compute (TER_MAP_STORE (ter_context_get_store (context)), &period,
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
  ter_map_renderer_set_title (renderer, ter_map_metric_label (metric));
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
    { "period", 0, 0, G_OPTION_ARG_STRING, &o.period, N_("this-month, last-month, this-quarter, last-quarter, year-to-date, this-fiscal-year, last-fiscal-year or last-12-months"), N_("PERIOD") },
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
      if (o.today != NULL)
        ter_context_set_today (context, &today);
      ter_context_set_period_preset (context, o.period ? preset_from_name (o.period) : TER_PERIOD_YEAR_TO_DATE);
      ter_context_set_currency (context, o.currency ? o.currency : (ter_locale_is_chinese () ? "CNY" : "USD"));
      format_info[0] = ter_context_get_currency (context);
      format_info[1] = GINT_TO_POINTER (metric);
      if (!ter_context_reload (context, &error)
          || (renderer = build_map (context, map, metric, format_info, &error)) == NULL
          || !ter_map_renderer_export (renderer, o.out, format, o.width, o.height, &error))
        fail (error->message);
      else
        status = 0;
    }
  g_free (o.map);
  g_free (o.metric);
  g_free (o.period);
  g_free (o.currency);
  g_free (o.today);
  g_free (o.out);
  return status;
}
