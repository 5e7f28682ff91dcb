/* territory-cli-report.c: the monthly sales summary as a PDF, drawn with
 * cairo and Pango so Chinese text is laid out and its fonts embedded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "territory-cli-report.h"
#include "ter-format.h"
#include "ter-import-store.h"
#include "ter-money.h"
#include "ter-overview.h"
#include "ter-territory.h"

#define PAGE_WIDTH  595.0   /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      48.0
#define ROW_HEIGHT  17.0
#define TOP_ROWS    15

typedef struct {
  TerStore   *store;
  const char *currency;
  TerPeriod   period;
  char        first_day[11];
  char        last_day[11];
  GArray     *rates;
  cairo_t    *cr;
  double      y;
} Report;

typedef struct {
  const char *name;
  gint64      amount;
} Ranked;

static void
draw_text (Report     *self,
           double      x,
           double      width,
           const char *text,
           const char *font,
           PangoAlignment alignment,
           gboolean    wrap)
{
  PangoLayout *layout = pango_cairo_create_layout (self->cr);
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
  cairo_move_to (self->cr, x, self->y);
  pango_cairo_show_layout (self->cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

static void
new_page_if_full (Report *self)
{
  if (self->y + ROW_HEIGHT <= PAGE_HEIGHT - MARGIN)
    return;
  cairo_show_page (self->cr);
  self->y = MARGIN;
}

/* A table row: the first cell left-aligned, the others right-aligned. */
static void
draw_row (Report             *self,
          const char * const *cells,
          guint               n_cells,
          const double       *widths,
          gboolean            header)
{
  const char *font = header ? "Noto Sans CJK SC, Sans Bold 9" : "Noto Sans CJK SC, Sans 9";
  double x = MARGIN;

  new_page_if_full (self);
  for (guint i = 0; i < n_cells; i++)
    {
      draw_text (self, x, widths[i] - 6, cells[i] ? cells[i] : "", font,
                 i == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT, FALSE);
      x += widths[i];
    }
  if (header)
    {
      cairo_set_line_width (self->cr, 0.6);
      cairo_move_to (self->cr, MARGIN, self->y + ROW_HEIGHT - 2);
      cairo_line_to (self->cr, PAGE_WIDTH - MARGIN, self->y + ROW_HEIGHT - 2);
      cairo_stroke (self->cr);
    }
  self->y += ROW_HEIGHT;
}

static void
draw_heading (Report     *self,
              const char *text)
{
  self->y += 10;
  new_page_if_full (self);
  draw_text (self, MARGIN, PAGE_WIDTH - 2 * MARGIN, text, "Noto Sans CJK SC, Sans Bold 12", PANGO_ALIGN_LEFT, FALSE);
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

static void
draw_territories (Report     *self,
                  GListModel *territories,
                  GArray     *rows)
{
  static const double widths[] = { 145, 85, 50, 85, 64, 70 };
  const char *header[] = { C_("report column", "Territory"), _("Revenue"), _("Share"), _("Target"), _("Attainment"), _("vs last year") };
  const TerOverviewRow *total = rows->len > 0 ? &g_array_index (rows, TerOverviewRow, 0) : NULL;

  draw_heading (self, _("Sales by territory"));
  draw_row (self, header, G_N_ELEMENTS (header), widths, TRUE);
  for (guint i = 1; i < rows->len; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);
      const TerOverviewRow *row = &g_array_index (rows, TerOverviewRow, i);
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
rank_sales (Report   *self,
            GArray   *amounts,
            gint64   *total)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *ranked = g_array_new (FALSE, TRUE, sizeof (Ranked));
  gboolean chinese = ter_locale_is_chinese ();

  *total = 0;
  for (guint i = 0; i < amounts->len; i++)
    {
      TerSalesAmount *amount = &g_array_index (amounts, TerSalesAmount, i);
      const char *name = chinese && amount->name_zh ? amount->name_zh : amount->name_en;
      gpointer position;
      gint64 converted = 0;

      if (!ter_money_convert_via (amount->amount, amount->currency, per_usd (self->rates, amount->currency),
                                  self->currency, per_usd (self->rates, self->currency), &converted))
        continue;
      *total += converted;
      if (!g_hash_table_lookup_extended (index, name, NULL, &position))
        {
          Ranked entry = { name, 0 };

          position = GUINT_TO_POINTER (ranked->len);
          g_array_append_val (ranked, entry);
          g_hash_table_insert (index, (gpointer) name, position);
        }
      g_array_index (ranked, Ranked, GPOINTER_TO_UINT (position)).amount += converted;
    }
  g_array_sort (ranked, compare_ranked);
  return ranked;
}

static gboolean
draw_top (Report      *self,
          TerSalesBy   by,
          const char  *heading,
          const char  *first_column,
          GError     **error)
{
  static const double widths[] = { 299, 100, 100 };
  const char *header[] = { first_column, _("Revenue"), _("Share") };
  g_autoptr(GArray) amounts = NULL;
  g_autoptr(GArray) ranked = NULL;
  gint64 total;

  amounts = ter_import_store_sales_by (TER_IMPORT_STORE (self->store), by, self->first_day, self->last_day, error);
  if (amounts == NULL)
    return FALSE;
  ranked = rank_sales (self, amounts, &total);

  draw_heading (self, heading);
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
  return TRUE;
}

static void
draw_title (Report               *self,
            const TerOverviewRow *total)
{
  g_autofree char *month = ter_format_month (g_date_get_year (&self->period.first),
                                             g_date_get_month (&self->period.first));
  g_autofree char *title = g_strdup_printf (_("Monthly sales summary — %s"), month);
  g_autofree char *revenue = ter_format_money (total ? total->revenue : 0, self->currency);
  g_autofree char *target = total && total->has_target ? ter_format_money (total->target, self->currency) : g_strdup ("—");
  g_autofree char *attained = NULL, *grown = NULL, *orders = NULL, *summary = NULL;
  double attainment = 0, growth = 0;
  gboolean has_attainment = total && ter_overview_row_attainment (total, &attainment);
  gboolean has_growth = total && ter_overview_row_growth (total, &growth);

  attained = format_fraction (has_attainment, attainment, FALSE);
  grown = format_fraction (has_growth, growth, TRUE);
  orders = ter_format_integer (total ? total->orders : 0);
  summary = g_strdup_printf (_("Revenue %s · target %s · attainment %s · vs last year %s · %s orders"),
                             revenue, target, attained, grown, orders);

  self->y = MARGIN;
  draw_text (self, MARGIN, PAGE_WIDTH - 2 * MARGIN, title, "Noto Sans CJK SC, Sans Bold 18", PANGO_ALIGN_LEFT, FALSE);
  self->y += 32;
  draw_text (self, MARGIN, PAGE_WIDTH - 2 * MARGIN, summary, "Noto Sans CJK SC, Sans 10", PANGO_ALIGN_LEFT, TRUE);
  self->y += 36;
}

static gboolean
render (Report      *self,
        const char  *path,
        GError     **error)
{
  g_autoptr(GListModel) territories = ter_store_list_territories (self->store, error);
  g_autoptr(GArray) rows = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean ok;

  if (territories == NULL)
    return FALSE;
  rows = ter_overview_compute (self->store, territories, &self->period, self->currency, error);
  if (rows == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  self->cr = cairo_create (surface);
  cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);

  draw_title (self, rows->len > 0 ? &g_array_index (rows, TerOverviewRow, 0) : NULL);
  draw_territories (self, territories, rows);
  cairo_show_page (self->cr);
  self->y = MARGIN;
  ok = draw_top (self, TER_SALES_BY_CUSTOMER, _("Top customers and distributors"), _("Customer"), error)
       && draw_top (self, TER_SALES_BY_PRODUCT, _("Top products"), _("Product"), error);
  cairo_show_page (self->cr);

  cairo_destroy (self->cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return ok;
}

int
territory_cli_report (TerStore  *store,
                      int        argc,
                      char     **argv)
{
  g_autofree char *month = NULL, *out = NULL, *currency = NULL;
  GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("Month of the report, as 2025-10"), N_("MONTH") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("PDF file to write"), N_("FILE") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency of the figures (CNY, USD, EUR)"), "CODE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the monthly sales summary as PDF"));
  g_autoptr(GError) error = NULL;
  Report report = { store };
  int year = 0, number = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || out == NULL || month == NULL
      || sscanf (month, "%4d-%2d", &year, &number) != 2 || year < 1900 || number < 1 || number > 12)
    {
      g_printerr ("territory-cli: %s\n", error ? error->message : _("Give the month as --month 2025-10 and the file as --out FILE."));
      return 2;
    }

  report.currency = currency ? currency : (ter_locale_is_chinese () ? "CNY" : "USD");
  if (!ter_currency_is_known (report.currency))
    {
      g_printerr ("territory-cli: %s\n", _("Unknown currency."));
      return 2;
    }
  g_date_set_dmy (&report.period.first, 1, number, year);
  g_date_set_dmy (&report.period.last, g_date_get_days_in_month (number, year), number, year);
  ter_period_format_bounds (&report.period, report.first_day, report.last_day);
  report.rates = ter_store_list_exchange_rates (store, &error);
  if (report.rates == NULL || !render (&report, out, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      g_clear_pointer (&report.rates, g_array_unref);
      return 1;
    }
  g_array_unref (report.rates);
  g_print (_("Wrote the report for %s to %s\n"), month, out);
  return 0;
}
