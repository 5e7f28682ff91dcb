/* ter-monthly-report.c
 *
 * The figures are read once; the pages are laid out by one pass that
 * runs for every page asked for and draws only that page, so the page
 * count, the PDF, the preview and printing always agree. Text is laid
 * out with a Pango context of its own (72 dpi, no hinted metrics), so
 * the layout does not depend on the surface drawn on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-monthly-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ter-analytics-store.h"
#include "ter-format.h"
#include "ter-import-store.h"
#include "ter-map-metrics.h"
#include "ter-money.h"
#include "ter-monthly-report.h"
#include "ter-overview.h"
#include "ter-performance-store.h"
#include "ter-render.h"
#include "ter-rep.h"
#include "ter-territory.h"

#define PAGE_WIDTH   TER_MONTHLY_REPORT_PAGE_WIDTH
#define PAGE_HEIGHT  TER_MONTHLY_REPORT_PAGE_HEIGHT
#define MARGIN       48.0
#define CONTENT      (PAGE_WIDTH - 2 * MARGIN)
#define ROW_HEIGHT   17.0
#define TOP_ROWS     12
#define MAX_NOTES    12
#define MAP_HEIGHT   240.0
#define CHART_HEIGHT 210.0
#define FONT         "Noto Sans CJK SC, Sans"

typedef struct {
  char   *name;
  gint64  amount;
} Ranked;

typedef struct {
  gboolean manager;
  char *who;        /* "Name · Territory" */
  char *reasons;
  char *goals;
} Note;

struct _TerMonthlyReport
{
  char             *currency;
  TerPeriod         period;
  GListModel       *territories;
  GArray           *rows;          /* TerOverviewRow */
  GArray           *customers;     /* Ranked */
  GArray           *products;      /* Ranked */
  gint64            customer_total;
  gint64            product_total;
  TerMapRenderer   *maps[2];       /* China, US; NULL without sales there */
  TerChart         *trend;
  GPtrArray        *notes;         /* Note */
  PangoContext     *pango;

  /* Layout state */
  cairo_t          *cr;
  guint             page;
  guint             target;        /* the page drawn; G_MAXUINT: none */
  double            y;
};

static void
ranked_clear (gpointer data)
{
  g_free (((Ranked *) data)->name);
}

static void
note_free (gpointer data)
{
  Note *note = data;

  g_free (note->who);
  g_free (note->reasons);
  g_free (note->goals);
  g_free (note);
}

/* Layout */

static gboolean
visible (TerMonthlyReport *self)
{
  return self->page == self->target && self->cr != NULL;
}

static void
new_page (TerMonthlyReport *self)
{
  self->page++;
  self->y = MARGIN;
}

/* Starts a new page unless `height` more fits on this one. */
static void
reserve (TerMonthlyReport *self,
         double            height)
{
  if (self->y + height > PAGE_HEIGHT - MARGIN && self->y > MARGIN)
    new_page (self);
}

static PangoLayout *
make_layout (TerMonthlyReport *self,
             const char       *text,
             const char       *font,
             double            width,
             PangoAlignment    alignment,
             gboolean          wrap)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* Cells end in "…" when too long; paragraphs wrap. */
  if (wrap)
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  else
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (description);
  return layout;
}

/* Draws text at the current line; returns its height. */
static double
draw_text (TerMonthlyReport *self,
           double            x,
           double            width,
           const char       *text,
           const char       *font,
           PangoAlignment    alignment,
           gboolean          wrap)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, font, width, alignment, wrap);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  if (visible (self))
    {
      cairo_move_to (self->cr, x, self->y);
      pango_cairo_show_layout (self->cr, layout);
    }
  return (double) height / PANGO_SCALE;
}

static double
measure_text (TerMonthlyReport *self,
              const char       *text,
              const char       *font,
              double            width)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, font, width, PANGO_ALIGN_LEFT, TRUE);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* A table row: the first cell left-aligned, the others right-aligned. */
static void
draw_row (TerMonthlyReport   *self,
          const char * const *cells,
          guint               n_cells,
          const double       *widths,
          gboolean            header)
{
  g_autofree char *font = g_strconcat (FONT, header ? " Bold 9" : " 9", NULL);
  double x = MARGIN;

  reserve (self, ROW_HEIGHT);
  for (guint i = 0; i < n_cells; i++)
    {
      draw_text (self, x, widths[i] - 6, cells[i] ? cells[i] : "", font,
                 i == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT, FALSE);
      x += widths[i];
    }
  if (header && visible (self))
    {
      cairo_set_line_width (self->cr, 0.6);
      cairo_move_to (self->cr, MARGIN, self->y + ROW_HEIGHT - 2);
      cairo_line_to (self->cr, PAGE_WIDTH - MARGIN, self->y + ROW_HEIGHT - 2);
      cairo_stroke (self->cr);
    }
  self->y += ROW_HEIGHT;
}

/* A heading stays with at least `keep` points of what follows it. */
static void
draw_heading (TerMonthlyReport *self,
              const char       *text,
              double            keep)
{
  self->y += 10;
  reserve (self, 22 + keep);
  draw_text (self, MARGIN, CONTENT, text, FONT " Bold 12", PANGO_ALIGN_LEFT, FALSE);
  self->y += 22;
}

static char *
format_fraction (gboolean ok,
                 double   value,
                 gboolean change)
{
  if (!ok)
    return g_strdup ("—");
  return change ? ter_format_change (value) : ter_format_percent (value);
}

/* Sections */

static void
draw_title (TerMonthlyReport *self)
{
  const TerOverviewRow *total = self->rows->len > 0 ? &g_array_index (self->rows, TerOverviewRow, 0) : NULL;
  g_autofree char *month = ter_format_month (g_date_get_year (&self->period.first),
                                             g_date_get_month (&self->period.first));
  g_autofree char *title = g_strdup_printf (_("Monthly sales summary — %s"), month);
  g_autofree char *revenue = ter_format_money (total ? total->revenue : 0, self->currency);
  g_autofree char *target = total && total->has_target ? ter_format_money (total->target, self->currency)
                                                       : g_strdup ("—");
  g_autofree char *attained = NULL, *grown = NULL, *orders = NULL, *summary = NULL;
  double attainment = 0, growth = 0;
  gboolean has_attainment = total && ter_overview_row_attainment (total, &attainment);
  gboolean has_growth = total && ter_overview_row_growth (total, &growth);

  attained = format_fraction (has_attainment, attainment, FALSE);
  grown = format_fraction (has_growth, growth, TRUE);
  orders = ter_format_integer (total ? total->orders : 0);
  summary = g_strdup_printf (_("Revenue %s · target %s · attainment %s · vs last year %s · %s orders"),
                             revenue, target, attained, grown, orders);

  draw_text (self, MARGIN, CONTENT, title, FONT " Bold 18", PANGO_ALIGN_LEFT, FALSE);
  self->y += 32;
  self->y += draw_text (self, MARGIN, CONTENT, summary, FONT " 10", PANGO_ALIGN_LEFT, TRUE) + 8;
}

/* Attainment by province and state: the maps of the countries sold in,
 * one under the other so each is wide enough to read. */
static void
draw_maps (TerMonthlyReport *self)
{
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (self->maps); i++)
    {
      if (self->maps[i] == NULL)
        continue;
      if (first)
        draw_heading (self, _("Target attainment by province and state"), MAP_HEIGHT);
      else
        reserve (self, MAP_HEIGHT);
      first = FALSE;
      if (visible (self))
        {
          cairo_save (self->cr);
          cairo_translate (self->cr, MARGIN, self->y);
          ter_map_renderer_set_size (self->maps[i], CONTENT, MAP_HEIGHT);
          ter_map_renderer_render (self->maps[i], self->cr);
          cairo_restore (self->cr);
        }
      self->y += MAP_HEIGHT + 6;
    }
}

static void
draw_territories (TerMonthlyReport *self)
{
  static const double widths[] = { 145, 85, 50, 85, 64, 70 };
  const char *header[] = { C_("report column", "Territory"), _("Revenue"), _("Share"), _("Target"),
                           _("Attainment"), _("vs last year") };
  const TerOverviewRow *total = self->rows->len > 0 ? &g_array_index (self->rows, TerOverviewRow, 0) : NULL;

  draw_heading (self, _("Sales by territory"), 3 * ROW_HEIGHT);
  draw_row (self, header, G_N_ELEMENTS (header), widths, TRUE);
  for (guint i = 1; i < self->rows->len; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (self->territories, i);
      const TerOverviewRow *row = &g_array_index (self->rows, TerOverviewRow, i);
      double attainment = 0, growth = 0;
      gboolean has_attainment, has_growth;
      g_autofree char *name = NULL, *revenue = NULL, *share = NULL, *target = NULL;
      g_autofree char *attained = NULL, *grown = NULL;
      const char *cells[6];

      /* Regions and their provinces; deeper levels belong to drill-downs. */
      if (ter_territory_get_depth (territory) > 2)
        continue;
      name = g_strdup_printf ("%s%s", ter_territory_get_depth (territory) > 1 ? "    " : "",
                              ter_territory_get_display_name (territory));
      revenue = ter_format_money (row->revenue, self->currency);
      share = format_fraction (total && total->revenue > 0, total ? (double) row->revenue / total->revenue : 0, FALSE);
      target = row->has_target ? ter_format_money (row->target, self->currency) : g_strdup ("—");
      /* Called first: C leaves the order of arguments unspecified. */
      has_attainment = ter_overview_row_attainment (row, &attainment);
      has_growth = ter_overview_row_growth (row, &growth);
      attained = format_fraction (has_attainment, attainment, FALSE);
      grown = format_fraction (has_growth, growth, TRUE);
      cells[0] = name, cells[1] = revenue, cells[2] = share;
      cells[3] = target, cells[4] = attained, cells[5] = grown;
      draw_row (self, cells, G_N_ELEMENTS (cells), widths, FALSE);
    }
}

static void
draw_trend (TerMonthlyReport *self)
{
  TerChartStyle style;

  if (self->trend == NULL)
    return;
  draw_heading (self, _("Revenue and target, last 12 months"), CHART_HEIGHT);
  if (visible (self))
    {
      ter_chart_style_init_light (&style);
      cairo_save (self->cr);
      cairo_translate (self->cr, MARGIN, self->y);
      ter_chart_render (self->trend, self->cr, CONTENT, CHART_HEIGHT, &style);
      cairo_restore (self->cr);
    }
  self->y += CHART_HEIGHT;
}

static void
draw_top (TerMonthlyReport *self,
          GArray           *ranked,
          gint64            total,
          const char       *heading,
          const char       *first_column)
{
  static const double widths[] = { 299, 100, 100 };
  const char *header[] = { first_column, _("Revenue"), _("Share") };

  draw_heading (self, heading, 3 * ROW_HEIGHT);
  draw_row (self, header, G_N_ELEMENTS (header), widths, TRUE);
  for (guint i = 0; i < MIN (ranked->len, TOP_ROWS); i++)
    {
      Ranked *entry = &g_array_index (ranked, Ranked, i);
      g_autofree char *revenue = ter_format_money (entry->amount, self->currency);
      g_autofree char *share = format_fraction (total != 0, total ? (double) entry->amount / total : 0, FALSE);
      const char *cells[] = { entry->name, revenue, share };

      draw_row (self, cells, G_N_ELEMENTS (cells), widths, FALSE);
    }
  if (ranked->len == 0)
    {
      const char *cells[] = { _("No sales this month."), "", "" };

      draw_row (self, cells, G_N_ELEMENTS (cells), widths, FALSE);
    }
}

static void
draw_paragraph (TerMonthlyReport *self,
                const char       *label,
                const char       *text)
{
  g_autofree char *line = g_strdup_printf ("%s %s", label, text);
  double height = measure_text (self, line, FONT " 9", CONTENT - 12);

  reserve (self, height);
  self->y += draw_text (self, MARGIN + 12, CONTENT - 12, line, FONT " 9", PANGO_ALIGN_LEFT, TRUE) + 3;
}

/* What the managers and reps wrote in their monthly reports. */
static void
draw_notes (TerMonthlyReport *self)
{
  draw_heading (self, _("Reasons and next month’s goals"), 2 * ROW_HEIGHT);
  if (self->notes->len == 0)
    {
      draw_text (self, MARGIN, CONTENT, _("No monthly report gives reasons or goals for this month."),
                 FONT " 9", PANGO_ALIGN_LEFT, TRUE);
      self->y += ROW_HEIGHT;
      return;
    }
  for (guint i = 0; i < MIN (self->notes->len, MAX_NOTES); i++)
    {
      Note *note = g_ptr_array_index (self->notes, i);

      reserve (self, 2 * ROW_HEIGHT);
      draw_text (self, MARGIN, CONTENT, note->who, FONT " Bold 9", PANGO_ALIGN_LEFT, FALSE);
      self->y += ROW_HEIGHT - 2;
      if (*note->reasons != '\0')
        draw_paragraph (self, _("Reasons:"), note->reasons);
      if (*note->goals != '\0')
        draw_paragraph (self, _("Next month:"), note->goals);
      self->y += 4;
    }
  if (self->notes->len > MAX_NOTES)
    {
      guint more = self->notes->len - MAX_NOTES;
      g_autofree char *text = g_strdup_printf (ngettext ("… and %u more monthly report, on the Reps page.",
                                                         "… and %u more monthly reports, on the Reps page.", more),
                                               more);

      reserve (self, ROW_HEIGHT);
      draw_text (self, MARGIN, CONTENT, text, FONT " Italic 9", PANGO_ALIGN_LEFT, FALSE);
      self->y += ROW_HEIGHT;
    }
}

/* Made by the thread that draws (the figures may be read in another):
 * Pango's default font map belongs to a thread. */
static void
ensure_pango (TerMonthlyReport *self)
{
  cairo_font_options_t *options;

  if (self->pango != NULL)
    return;
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (self->pango, 72);
}

/* The whole report, drawing only the target page. */
static void
lay_out (TerMonthlyReport *self)
{
  ensure_pango (self);
  self->page = 0;
  self->y = MARGIN;
  draw_title (self);
  draw_maps (self);
  draw_territories (self);
  draw_trend (self);
  draw_top (self, self->customers, self->customer_total, _("Top customers and distributors"), _("Customer"));
  draw_top (self, self->products, self->product_total, _("Top products"), _("Product"));
  draw_notes (self);
}

/* Figures */

static gint64
per_usd (GArray     *rates,
         const char *currency)
{
  for (guint i = 0; i < rates->len; i++)
    if (g_str_equal (g_array_index (rates, TerExchangeRate, i).currency, currency))
      return g_array_index (rates, TerExchangeRate, i).per_usd_micros;
  return 0;
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  return (x->amount < y->amount) - (x->amount > y->amount);
}

/* Sums each name's sales over currencies, in the report's currency. */
static GArray *
rank_sales (TerMonthlyReport *self,
            GArray           *amounts,
            GArray           *rates,
            gint64           *total)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *ranked = g_array_new (FALSE, TRUE, sizeof (Ranked));
  gboolean chinese = ter_locale_is_chinese ();

  g_array_set_clear_func (ranked, ranked_clear);
  *total = 0;
  for (guint i = 0; i < amounts->len; i++)
    {
      TerSalesAmount *amount = &g_array_index (amounts, TerSalesAmount, i);
      const char *name = chinese && amount->name_zh ? amount->name_zh : amount->name_en;
      gpointer position;
      gint64 converted = 0;

      if (!ter_money_convert_via (amount->amount, amount->currency, per_usd (rates, amount->currency),
                                  self->currency, per_usd (rates, self->currency), &converted))
        continue;
      *total += converted;
      if (!g_hash_table_lookup_extended (index, name, NULL, &position))
        {
          Ranked entry = { g_strdup (name), 0 };

          position = GUINT_TO_POINTER (ranked->len);
          g_array_append_val (ranked, entry);
          g_hash_table_insert (index, (gpointer) g_array_index (ranked, Ranked, ranked->len - 1).name, position);
        }
      g_array_index (ranked, Ranked, GPOINTER_TO_UINT (position)).amount += converted;
    }
  g_array_sort (ranked, compare_ranked);
  return ranked;
}

static gboolean
load_rankings (TerMonthlyReport  *self,
               TerStore          *store,
               GError           **error)
{
  g_autoptr(GArray) rates = ter_store_list_exchange_rates (store, error);
  g_autoptr(GArray) customers = NULL;
  g_autoptr(GArray) products = NULL;
  char first[11], last[11];

  if (rates == NULL)
    return FALSE;
  ter_period_format_bounds (&self->period, first, last);
  customers = ter_import_store_sales_by (TER_IMPORT_STORE (store), TER_SALES_BY_CUSTOMER, first, last, error);
  products = customers ? ter_import_store_sales_by (TER_IMPORT_STORE (store), TER_SALES_BY_PRODUCT, first, last, error) : NULL;
  if (products == NULL)
    return FALSE;
  self->customers = rank_sales (self, customers, rates, &self->customer_total);
  self->products = rank_sales (self, products, rates, &self->product_total);
  return TRUE;
}

static char *
format_percent_cb (double   value,
                   gpointer user_data)
{
  return ter_format_percent (value);
}

static char *
format_money_cb (double   value,
                 gpointer user_data)
{
  const char *currency = user_data;
  int digits = ter_currency_digits (currency);
  double minor = value;

  for (int i = 0; i < digits; i++)
    minor *= 10.0;
  return ter_format_money_compact ((gint64) minor, currency);
}

static gboolean
load_maps (TerMonthlyReport  *self,
           TerStore          *store,
           GError           **error)
{
  g_autoptr(GArray) metrics = ter_map_metrics_compute (TER_MAP_STORE (store), &self->period, self->currency, error);
  static const TerGeoMap maps[] = { TER_GEO_MAP_CHINA, TER_GEO_MAP_US };
  static const char *prefixes[] = { "CN-", "US-" };

  if (metrics == NULL)
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
    {
      g_autoptr(TerMapRenderer) renderer = NULL;
      guint n_values = 0;

      for (guint i = 0; i < metrics->len; i++)
        {
          const TerRegionMetrics *row = &g_array_index (metrics, TerRegionMetrics, i);
          double value;

          if (!g_str_has_prefix (row->code, prefixes[m]) || !ter_map_metric_value (row, TER_MAP_METRIC_ATTAINMENT, &value))
            continue;
          if (renderer == NULL && (renderer = ter_map_renderer_new (maps[m], error)) == NULL)
            return FALSE;
          n_values += ter_map_renderer_set_value (renderer, row->code, value);
        }
      if (renderer == NULL || n_values == 0)
        continue;
      ter_map_renderer_set_scale (renderer, TER_MAP_SCALE_DIVERGING, 1.0, TER_MAP_CLASSES_QUANTILE, 5);
      ter_map_renderer_set_chinese (renderer, ter_locale_is_chinese ());
      ter_map_renderer_set_show_labels (renderer, FALSE);
      ter_map_renderer_set_format (renderer, format_percent_cb, NULL, NULL);
      self->maps[m] = g_steal_pointer (&renderer);
    }
  return TRUE;
}

/* Twelve months of revenue against target, ending with the report's. */
static gboolean
load_trend (TerMonthlyReport  *self,
            TerStore          *store,
            GError           **error)
{
  TerAnalyticsFilter filter = { 0 };
  g_autoptr(GArray) points = NULL;
  g_autoptr(TerChartData) data = ter_chart_data_new ();
  double revenue[12], target[12];
  GDate first = self->period.first;

  if (!TER_IS_ANALYTICS_STORE (store))
    return TRUE;
  g_date_subtract_months (&first, 11);
  g_snprintf (filter.first_day, sizeof filter.first_day, "%04d-%02d-01", g_date_get_year (&first), g_date_get_month (&first));
  ter_period_format_bounds (&self->period, (char [11]) { 0 }, filter.last_day);
  points = ter_analytics_store_query (TER_ANALYTICS_STORE (store), &filter, TER_ANALYTICS_GROUP_MONTH, self->currency, error);
  if (points == NULL)
    return FALSE;

  for (guint m = 0; m < 12; m++)
    {
      GDate month = first;
      char key[8];
      char label[32];

      g_date_add_months (&month, m);
      g_snprintf (key, sizeof key, "%04d-%02d", g_date_get_year (&month), g_date_get_month (&month));
      revenue[m] = target[m] = NAN;
      for (guint i = 0; i < points->len; i++)
        {
          const TerAnalyticsPoint *point = &g_array_index (points, TerAnalyticsPoint, i);

          if (!g_str_equal (point->key, key))
            continue;
          revenue[m] = (double) point->revenue / pow (10, ter_currency_digits (self->currency));
          target[m] = point->has_target ? (double) point->target / pow (10, ter_currency_digits (self->currency)) : NAN;
        }
      /* "Nov" or "11月". */
      g_date_strftime (label, sizeof label, "%b", &month);
      ter_chart_data_append_label (data, label);
    }
  ter_chart_data_add_values (data, _("Revenue"), TER_SERIES_ROLE_DEFAULT, revenue, 12);
  ter_chart_data_add_values (data, _("Target"), TER_SERIES_ROLE_TARGET, target, 12);
  self->trend = ter_chart_new (TER_CHART_BAR);
  ter_chart_set_data (self->trend, data);
  ter_chart_set_show_legend (self->trend, TRUE);
  ter_chart_set_formatter (self->trend, format_money_cb, g_strdup (self->currency), g_free);
  return TRUE;
}

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const Note *x = *(Note **) a, *y = *(Note **) b;

  return y->manager - x->manager;
}

/* "王敏 · 华东", the manager and the territory they answer for. */
static char *
describe_rep (TerMonthlyReport *self,
              TerRep           *rep)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->territories); i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (self->territories, i);

      if (ter_territory_get_id (territory) == ter_rep_get_territory_id (rep))
        return g_strdup_printf ("%s · %s", ter_rep_get_name (rep), ter_territory_get_display_name (territory));
    }
  return g_strdup (ter_rep_get_name (rep));
}

static gboolean
load_notes (TerMonthlyReport  *self,
            TerStore          *store,
            GError           **error)
{
  g_autoptr(GListModel) reps = NULL;
  char month[8];

  self->notes = g_ptr_array_new_with_free_func (note_free);
  if (!TER_IS_PERFORMANCE_STORE (store))
    return TRUE;
  reps = ter_store_list_reps (store, error);
  if (reps == NULL)
    return FALSE;
  g_snprintf (month, sizeof month, "%04d-%02d", g_date_get_year (&self->period.first), g_date_get_month (&self->period.first));
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      g_autoptr(TerRepReport) report = ter_performance_store_get_report (TER_PERFORMANCE_STORE (store),
                                                                         ter_rep_get_id (rep), month, error);
      Note *note;

      if (report == NULL)
        return FALSE;
      if (!report->submitted
          || (*g_strstrip (report->reasons) == '\0' && *g_strstrip (report->next_goals) == '\0'))
        continue;
      note = g_new0 (Note, 1);
      note->who = describe_rep (self, rep);
      note->manager = ter_rep_get_role (rep) != TER_REP_ROLE_SALES_REP;
      note->reasons = g_strdup (report->reasons);
      note->goals = g_strdup (report->next_goals);
      g_ptr_array_add (self->notes, note);
    }
  /* The managers speak for their regions and provinces first. */
  g_ptr_array_sort (self->notes, compare_notes);
  return TRUE;
}

/* Public API */

TerMonthlyReport *
ter_monthly_report_new (TerStore    *store,
                        int          year,
                        int          month,
                        const char  *currency,
                        GError     **error)
{
  g_autoptr(TerMonthlyReport) self = g_new0 (TerMonthlyReport, 1);
  g_return_val_if_fail (TER_IS_STORE (store), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  self->currency = g_strdup (currency);
  g_date_set_dmy (&self->period.first, 1, month, year);
  g_date_set_dmy (&self->period.last, g_date_get_days_in_month (month, year), month, year);

  self->territories = ter_store_list_territories (store, error);
  if (self->territories == NULL)
    return NULL;
  self->rows = ter_overview_compute (store, self->territories, &self->period, currency, error);
  if (self->rows == NULL || !load_rankings (self, store, error) || !load_maps (self, store, error)
      || !load_trend (self, store, error) || !load_notes (self, store, error))
    return NULL;
  return g_steal_pointer (&self);
}

guint
ter_monthly_report_get_n_pages (TerMonthlyReport *self)
{
  self->cr = NULL;
  self->target = G_MAXUINT;
  lay_out (self);
  return self->page + 1;
}

void
ter_monthly_report_draw_page (TerMonthlyReport *self,
                              cairo_t          *cr,
                              guint             page)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  self->cr = cr;
  self->target = page;
  lay_out (self);
  self->cr = NULL;
  cairo_restore (cr);
}

gboolean
ter_monthly_report_write_pdf (TerMonthlyReport  *self,
                              const char        *path,
                              GError           **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = ter_monthly_report_get_n_pages (self);
  cairo_status_t status;

  for (guint i = 0; i < n_pages; i++)
    {
      ter_monthly_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
ter_monthly_report_free (TerMonthlyReport *self)
{
  g_free (self->currency);
  g_clear_object (&self->territories);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->customers, g_array_unref);
  g_clear_pointer (&self->products, g_array_unref);
  g_clear_object (&self->maps[0]);
  g_clear_object (&self->maps[1]);
  g_clear_object (&self->trend);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_object (&self->pango);
  g_free (self);
}
