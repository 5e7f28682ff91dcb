/* ter-commission-pdf.c: lays a commission statement out on A4 with
 * Pango, so that Chinese and English shape and wrap as on screen, with
 * amounts right-aligned in one column a payroll clerk can add up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-commission-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ter-commission-pdf.h"
#include "ter-format.h"

#define PAGE_WIDTH   595.0   /* A4 in points */
#define PAGE_HEIGHT  842.0
#define MARGIN        56.0
#define AMOUNT_WIDTH 120.0
#define FONT_FAMILY  "Noto Sans, Noto Sans CJK SC, DejaVu Sans, sans-serif"

typedef struct {
  cairo_t *cr;
  double   y;
} Page;

/* Draws `text` at (x, y) in `width` points and returns its height. */
static double
draw (Page       *page,
      double      x,
      double      width,
      const char *text,
      double      size,
      gboolean    bold,
      double      gray,
      gboolean    right)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (page->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  int height;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  cairo_set_source_rgb (page->cr, gray, gray, gray);
  cairo_move_to (page->cr, x, page->y);
  pango_cairo_show_layout (page->cr, layout);
  pango_layout_get_size (layout, NULL, &height);

  return height / (double) PANGO_SCALE;
}

static void
rule (Page   *page,
      double  gray,
      double  width)
{
  cairo_set_source_rgb (page->cr, gray, gray, gray);
  cairo_set_line_width (page->cr, width);
  cairo_move_to (page->cr, MARGIN, page->y);
  cairo_line_to (page->cr, PAGE_WIDTH - MARGIN, page->y);
  cairo_stroke (page->cr);
}

static void
draw_line (Page                   *page,
           const TerStatementLine *line,
           const char             *currency)
{
  double text_width = PAGE_WIDTH - 2 * MARGIN - AMOUNT_WIDTH - 12;
  g_autofree char *amount = line->has_amount ? ter_format_money (line->amount, currency) : g_strdup ("");
  double height;

  if (line->total)
    {
      page->y += 4;
      rule (page, 0.1, 1.0);
      page->y += 6;
    }
  height = draw (page, MARGIN, text_width, line->label, line->total ? 12 : 10.5, line->total, 0.1, FALSE);
  draw (page, PAGE_WIDTH - MARGIN - AMOUNT_WIDTH, AMOUNT_WIDTH,
        line->has_amount ? amount : line->detail, line->total ? 12 : 10.5, line->total, 0.1, TRUE);
  page->y += height;
  if (line->has_amount && line->detail[0] != '\0')
    page->y += draw (page, MARGIN, text_width, line->detail, 8.5, FALSE, 0.45, FALSE);
  page->y += 7;
}

/* "Base rate 3%; from 100% of quota 1.5×; cap ¥30,000.00 a month." */
static void
draw_terms (Page                    *page,
            const TerCommissionPlan *plan)
{
  g_autoptr(GString) terms = g_string_new (NULL);
  g_autofree char *cap = ter_format_money (plan->cap, plan->currency);

  /* Translators: the plan's terms on a statement; %g%% is a rate like "3%". */
  g_string_append_printf (terms, _("Base rate %g%% of net sales."), plan->base_rate_bp / 100.0);
  for (guint i = 0; i < plan->tiers->len; i++)
    {
      const TerCommissionTier *t = &g_array_index (plan->tiers, TerCommissionTier, i);

      g_string_append_c (terms, ' ');
      /* Translators: one tier, "From 120% of quota, sales pay 2× the rate." */
      g_string_append_printf (terms, _("From %g%% of quota, sales pay %g× the rate."),
                              t->from_bp / 100.0, t->multiplier_bp / 10000.0);
    }
  if (plan->rates->len > 0)
    {
      g_string_append_c (terms, ' ');
      g_string_append_printf (terms, dngettext (GETTEXT_PACKAGE, "%u product category has its own rate.",
                                                  "%u product categories have their own rates.",
                                                  plan->rates->len),
                              plan->rates->len);
    }
  g_string_append_c (terms, ' ');
  if (plan->cap > 0)
    g_string_append_printf (terms, _("At most %s a month."), cap);
  else
    g_string_append (terms, _("No monthly cap."));

  page->y += 18;
  page->y += draw (page, MARGIN, PAGE_WIDTH - 2 * MARGIN, _("Plan Terms"), 12, TRUE, 0.1, FALSE) + 4;
  page->y += draw (page, MARGIN, PAGE_WIDTH - 2 * MARGIN, terms->str, 9.5, FALSE, 0.3, FALSE);
}

/* When the statement was drawn up: its figures change as late returns
 * come in, so a printed copy says when it was true. */
static void
draw_footer (Page *page)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  date = ter_format_date (&today);
  /* Translators: footer of a commission statement, "Prepared on Nov 23, 2026 by Territory". */
  text = g_strdup_printf (_("Prepared on %s by Territory"), date);
  page->y = PAGE_HEIGHT - MARGIN + 12;
  draw (page, MARGIN, PAGE_WIDTH - 2 * MARGIN, text, 8, FALSE, 0.45, FALSE);
}

gboolean
ter_commission_statement_write_pdf (const TerCommissionStatement  *statement,
                                    const TerCommissionPlan       *plan,
                                    const char                    *path,
                                    GError                       **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  g_autoptr(GArray) lines = ter_commission_statement_lines (statement);
  g_autofree char *month = ter_commission_statement_month (statement);
  /* Translators: under the title of a statement, "Chen Jing · November 2026". */
  g_autofree char *who = g_strdup_printf (_("%s · %s"), statement->rep_name, month);
  /* Translators: on a statement, "Plan: Standard plan (China), paid in CNY". */
  g_autofree char *plan_line = g_strdup_printf (_("Plan: %s, paid in %s"), statement->plan_name, statement->currency);
  Page page = { cairo_create (surface), MARGIN };
  cairo_status_t result;

  page.y += draw (&page, MARGIN, PAGE_WIDTH - 2 * MARGIN, _("Commission Statement"), 20, TRUE, 0.1, FALSE) + 4;
  page.y += draw (&page, MARGIN, PAGE_WIDTH - 2 * MARGIN, who, 12, FALSE, 0.1, FALSE) + 2;
  page.y += draw (&page, MARGIN, PAGE_WIDTH - 2 * MARGIN, plan_line, 10, FALSE, 0.4, FALSE) + 16;
  rule (&page, 0.75, 0.5);
  page.y += 8;
  for (guint i = 0; i < lines->len; i++)
    draw_line (&page, &g_array_index (lines, TerStatementLine, i), statement->currency);
  if (plan != NULL)
    draw_terms (&page, plan);
  draw_footer (&page);

  cairo_show_page (page.cr);
  cairo_destroy (page.cr);
  cairo_surface_finish (surface);
  result = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (result != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the statement to “%s”: %s"),
                   path, cairo_status_to_string (result));
      return FALSE;
    }

  return TRUE;
}
