/* ter-review-pdf.c: lays a review out on an A4 page with Pango, so that
 * Chinese and English text wrap and shape as on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-review-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ter-format.h"
#include "ter-review-pdf.h"
#include <stdlib.h>

#define PAGE_WIDTH  595.0  /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN       56.0

/* A fiscal year that starts in January keeps the calendar names; any
 * other start names the month the quarter or year began, as the
 * scorecard titles do, so a review reads like the scorecard it came from. */
char *
ter_review_describe_period (const TerReview *review,
                            guint            fiscal_start_month)
{
  int year = atoi (review->period_start);
  int month = atoi (review->period_start + 5);
  gboolean calendar = fiscal_start_month <= 1 || fiscal_start_month > 12;
  g_autofree char *from = NULL;

  switch (review->period)
    {
    case TER_REVIEW_PERIOD_QUARTER:
      if (calendar)
        /* Translators: a quarter, "2026 Q2"; year then quarter number. */
        return g_strdup_printf (_("%d Q%d"), year, (month - 1) / 3 + 1);
      from = ter_format_month (year, month);
      return g_strdup_printf (_("Fiscal quarter from %s"), from);
    case TER_REVIEW_PERIOD_YEAR:
      if (calendar)
        /* Translators: a whole year reviewed, "Year 2026". */
        return g_strdup_printf (_("Year %d"), year);
      from = ter_format_month (year, month);
      return g_strdup_printf (_("Fiscal year from %s"), from);
    case TER_REVIEW_PERIOD_MONTH:
    default:
      return ter_format_month (year, month);
    }
}

const char *
ter_review_status_label (TerReviewStatus status)
{
  switch (status)
    {
    case TER_REVIEW_SUBMITTED:
      return C_("review status", "Submitted, awaiting acknowledgement");
    case TER_REVIEW_ACKNOWLEDGED:
      return C_("review status", "Acknowledged");
    case TER_REVIEW_DRAFT:
    default:
      return C_("review status", "Draft");
    }
}

/* Draws `text` at y in `font` and returns the y below it. */
static double
draw_text (cairo_t    *cr,
           double      y,
           const char *font,
           const char *text)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int height;

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) ((PAGE_WIDTH - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL && *text != '\0' ? text : "—", -1);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);

  return y + height / (double) PANGO_SCALE;
}

static double
draw_scores (cairo_t         *cr,
             double           y,
             const TerReview *review,
             GArray          *criteria)
{
  for (guint i = 0; i < review->scores->len; i++)
    {
      const TerReviewScore *score = &g_array_index (review->scores, TerReviewScore, i);
      g_autofree char *line = NULL;

      for (guint j = 0; j < criteria->len; j++)
        {
          const TerReviewCriterion *c = &g_array_index (criteria, TerReviewCriterion, j);

          if (c->id != score->criterion_id)
            continue;
          /* Translators: one line of a review PDF, "Target attainment (weight 35): 4 / 5". */
          line = g_strdup_printf (_("%s (weight %d): %d / 5"),
                                  ter_locale_is_chinese () ? c->name_zh : c->name_en,
                                  (int) score->weight, (int) score->score);
        }
      if (line != NULL)
        y = draw_text (cr, y + 4, "Sans 11", line);
    }

  return y;
}

gboolean
ter_review_write_pdf (const TerReview  *review,
                      GArray           *criteria,
                      const char       *rep_name,
                      const char       *period,
                      const char       *status,
                      const char       *path,
                      GError          **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  /* Translators: title of a review PDF, "Performance review: Chen Chen". */
  g_autofree char *title = g_strdup_printf (_("Performance review: %s"), rep_name);
  /* Translators: under the title, "2026 Q3 · Acknowledged · weighted score 3.65 / 5". */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s · weighted score %.2f / 5"),
                                               period, status, review->overall_centi / 100.0);
  cairo_status_t result;
  double y = MARGIN;

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  y = draw_text (cr, y, "Sans Bold 18", title);
  y = draw_text (cr, y + 4, "Sans 11", subtitle);
  y = draw_text (cr, y + 18, "Sans Bold 13", _("Scores"));
  y = draw_scores (cr, y, review, criteria);
  y = draw_text (cr, y + 18, "Sans Bold 13", _("Strengths"));
  y = draw_text (cr, y + 4, "Sans 11", review->strengths);
  y = draw_text (cr, y + 18, "Sans Bold 13", _("Areas to Improve"));
  y = draw_text (cr, y + 4, "Sans 11", review->improvements);
  y = draw_text (cr, y + 18, "Sans Bold 13", _("Goals for the Next Period"));
  draw_text (cr, y + 4, "Sans 11", review->goals);

  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  result = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (result != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (result));
      return FALSE;
    }

  return TRUE;
}
