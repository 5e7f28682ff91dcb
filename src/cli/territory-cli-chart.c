/* territory-cli-chart.c: `territory-cli chart`, one dashboard chart to a
 * PNG, SVG or PDF file, built by the same code as the Dashboard page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-channel.h"
#include "ter-context.h"
#include "ter-dashboard-charts.h"
#include "ter-dashboard-store.h"
#include "ter-rep.h"
#include "ter-format.h"
#include "ter-render.h"
#include "territory-cli-chart.h"

typedef struct {
  char     *kind;
  char     *period;
  char     *territory;
  char     *drill[TER_CONTEXT_N_DRILLS];  /* channel, category, rep */
  char     *currency;
  char     *today;
  char     *out;
  int       width;
  int       height;
  gboolean  dark;
} ChartOptions;

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

/* A territory by id, or by its English or Chinese name. */
static gboolean
find_territory (TerContext *context,
                const char *text,
                gint64     *id)
{
  GListModel *territories = ter_context_get_territories (context);
  gint64 number = g_ascii_strtoll (text, NULL, 10);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (territory) == number
          || g_utf8_collate (text, ter_territory_get_name (territory)) == 0
          || g_utf8_collate (text, ter_territory_get_display_name (territory)) == 0)
        {
          *id = ter_territory_get_id (territory);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

/* `text` is `id`, or name `a` or `b` in any case ("tmall" for TMALL). */
static gboolean
names (const char *text,
       gint64      id,
       const char *a,
       const char *b)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return g_str_equal (text, number) || same_text (text, a) || same_text (text, b);
}

/* A drill-down filter by id, code or name, as the Dashboard's clicks set. */
static gboolean
find_drill (TerStore         *store,
            TerContextDrill   drill,
            const char       *text,
            gint64           *id,
            GError          **error)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GArray) categories = NULL;

  if (drill == TER_CONTEXT_DRILL_CATEGORY)
    {
      if ((categories = ter_dashboard_store_list_categories (TER_DASHBOARD_STORE (store), error)) == NULL)
        return FALSE;
      for (guint i = 0; i < categories->len; i++)
        {
          const TerDashboardRow *row = &g_array_index (categories, TerDashboardRow, i);

          if (names (text, row->id, row->name, row->name_zh))
            return (*id = row->id), TRUE;
        }
      return FALSE;
    }
  list = drill == TER_CONTEXT_DRILL_CHANNEL ? ter_store_list_channels (store, error)
                                            : ter_store_list_reps (store, error);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (drill == TER_CONTEXT_DRILL_CHANNEL
          && names (text, ter_channel_get_id (TER_CHANNEL (item)), ter_channel_get_code (TER_CHANNEL (item)),
                    ter_channel_get_display_name (TER_CHANNEL (item))))
        return (*id = ter_channel_get_id (TER_CHANNEL (item))), TRUE;
      if (drill == TER_CONTEXT_DRILL_REP
          && names (text, ter_rep_get_id (TER_REP (item)), ter_rep_get_name (TER_REP (item)), NULL))
        return (*id = ter_rep_get_id (TER_REP (item))), TRUE;
    }
  return FALSE;
}

static gboolean
apply_drills (TerContext    *context,
              ChartOptions  *o,
              GError       **error)
{
  for (guint d = 0; d < TER_CONTEXT_N_DRILLS; d++)
    {
      gint64 id = 0;

      if (o->drill[d] == NULL)
        continue;
      if (!find_drill (ter_context_get_store (context), d, o->drill[d], &id, error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                         d == TER_CONTEXT_DRILL_CHANNEL ? _("There is no channel “%s”")
                         : d == TER_CONTEXT_DRILL_CATEGORY ? _("There is no top-level product category “%s”")
                         : _("There is no rep “%s”"), o->drill[d]);
          return FALSE;
        }
      ter_context_set_drill (context, d, id);
    }
  return TRUE;
}

static gboolean
check_options (ChartOptions      *o,
               TerDashboardChart *chart,
               TerChartFormat    *format)
{
  if (o->kind == NULL)
    *chart = TER_DASHBOARD_CHART_TREND;
  else if (!ter_dashboard_chart_from_key (o->kind, chart))
    return fail (_("Unknown chart; use trend, channels, categories, customers, distributors, reps or heat")), FALSE;
  if (o->out == NULL)
    return fail (_("Say where to write the chart with --out FILE.png, .svg or .pdf")), FALSE;
  if (!ter_dashboard_format_from_path (o->out, format))
    return fail (_("The output file must end in .png, .svg or .pdf")), FALSE;
  if (o->period != NULL && preset_from_name (o->period) < 0)
    return fail (_("Unknown period; see --help for the choices")), FALSE;
  /* Smaller charts have no room for their labels. */
  if (o->width < 200 || o->height < 120 || o->width > 10000 || o->height > 10000)
    return fail (_("Cannot draw a chart of that size: use --width 200 to 10000 and --height 120 to 10000")), FALSE;
  return TRUE;
}

static gboolean
write_chart (TerContext         *context,
             ChartOptions       *o,
             TerDashboardChart   which,
             TerChartFormat      format,
             GError            **error)
{
  g_autoptr(TerDashboard) dashboard = NULL;
  TerDashboardQuery query = { 0 };
  TerChartStyle style;
  TerPeriod period;

  ter_context_get_period (context, &period);
  ter_period_format_bounds (&period, query.filter.first_day, query.filter.last_day);
  query.filter.territory_id = ter_context_get_territory_id (context);
  query.filter.channel_id = ter_context_get_drill (context, TER_CONTEXT_DRILL_CHANNEL);
  query.filter.category_id = ter_context_get_drill (context, TER_CONTEXT_DRILL_CATEGORY);
  query.filter.rep_id = ter_context_get_drill (context, TER_CONTEXT_DRILL_REP);
  g_strlcpy (query.currency, ter_context_get_currency (context), sizeof query.currency);
  ter_context_get_today (context, &query.today);
  query.territories = ter_context_get_territories (context);

  if ((dashboard = ter_dashboard_compute (ter_context_get_store (context), &query, error)) == NULL)
    return FALSE;
  if (o->dark)
    ter_chart_style_init_dark (&style);
  else
    ter_chart_style_init_light (&style);
  return ter_dashboard_export_chart (dashboard, which, o->out, format, o->width, o->height,
                                     &style, error);
}

static void
free_options (ChartOptions *o)
{
  g_free (o->kind);
  g_free (o->period);
  g_free (o->territory);
  for (guint d = 0; d < TER_CONTEXT_N_DRILLS; d++)
    g_free (o->drill[d]);
  g_free (o->currency);
  g_free (o->today);
  g_free (o->out);
}

int
ter_cli_chart_command (TerStore  *store,
                       int        argc,
                       char     **argv)
{
  ChartOptions o = { .width = 1200, .height = 700 };
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("trend (default), channels, categories, customers, distributors, reps or heat"), N_("CHART") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &o.period, N_("this-month, last-month, this-quarter, last-quarter, year-to-date, this-fiscal-year, last-fiscal-year or last-12-months"), N_("PERIOD") },
    { "territory", 0, 0, G_OPTION_ARG_STRING, &o.territory, N_("A territory’s id or name (default: the whole company)"), N_("TERRITORY") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &o.drill[TER_CONTEXT_DRILL_CHANNEL], N_("Only this channel (id, code or name)"), N_("CHANNEL") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &o.drill[TER_CONTEXT_DRILL_CATEGORY], N_("Only this top-level product category (id or name)"), N_("CATEGORY") },
    { "rep", 0, 0, G_OPTION_ARG_STRING, &o.drill[TER_CONTEXT_DRILL_REP], N_("Only this rep and the reps under them (id or name)"), N_("REP") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &o.currency, N_("Currency of the figures (CNY, USD, EUR)"), "CODE" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &o.today, N_("Count periods from this day instead of today"), N_("DATE") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &o.out, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &o.width, N_("Width in pixels (PNG) or points (PDF, SVG)"), "N" },
    { "height", 0, 0, G_OPTION_ARG_INT, &o.height, N_("Height in pixels (PNG) or points (PDF, SVG)"), "N" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &o.dark, N_("Dark colours"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("");
  g_autoptr(TerContext) context = ter_context_new (store);
  g_autoptr(GError) error = NULL;
  TerDashboardChart which;
  TerChartFormat format;
  gint64 territory_id = 0;
  GDate today;
  int status = 1;

  g_option_context_add_main_entries (options, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    fail (error->message);
  else if (!check_options (&o, &which, &format))
    status = 2;
  else if (o.today != NULL && !ter_period_parse_date (o.today, &today))
    fail (_("--today takes a date such as 2026-10-31"));
  else if (!ter_context_reload (context, &error))
    fail (error->message);
  else if (o.territory != NULL && !find_territory (context, o.territory, &territory_id))
    {
      g_autofree char *message = g_strdup_printf (_("There is no territory “%s”"), o.territory);

      fail (message);
    }
  else
    {
      if (o.today != NULL)
        ter_context_set_today (context, &today);
      ter_context_set_period_preset (context, o.period ? preset_from_name (o.period) : TER_PERIOD_YEAR_TO_DATE);
      ter_context_set_currency (context, o.currency ? o.currency : (ter_locale_is_chinese () ? "CNY" : "USD"));
      ter_context_set_territory_id (context, territory_id);
      if (!apply_drills (context, &o, &error) || !write_chart (context, &o, which, format, &error))
        fail (error->message);
      else
        status = 0;
    }
  free_options (&o);
  return status;
}
