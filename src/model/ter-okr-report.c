/* ter-okr-report.c: the quarter's OKR report, drawn with cairo and Pango
 * on A4 pages, in the user's language, with CJK fonts for Chinese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ter-format.h"
#include "ter-okr.h"
#include "ter-okr-report.h"

#define PAGE_WIDTH  595.0   /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      48.0
#define FONT_FAMILY "Noto Sans, Noto Sans CJK SC, DejaVu Sans, sans-serif"

typedef struct {
  cairo_t    *cr;
  double      y;
  guint       page;
  const char *quarter;
  GDate       as_of;
  char       *footer;
} Report;

static const double status_colors[][3] = {
  { 0.55, 0.55, 0.55 },  /* none */
  { 0.18, 0.60, 0.33 },  /* on track */
  { 0.85, 0.58, 0.00 },  /* at risk */
  { 0.80, 0.18, 0.18 },  /* off track */
};

/* Lays out `text` in `width` points; draws it at (x, y) unless measuring. */
static double
text (Report     *r,
      double      x,
      double      width,
      const char *markup_text,
      double      size,
      gboolean    bold,
      double      gray,
      gboolean    right,
      gboolean    draw)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (r->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, markup_text, -1);
  pango_layout_get_size (layout, &w, &h);
  if (draw)
    {
      cairo_set_source_rgb (r->cr, gray, gray, gray);
      cairo_move_to (r->cr, x, r->y);
      pango_cairo_show_layout (r->cr, layout);
    }
  return (double) h / PANGO_SCALE;
}

static void
draw_footer (Report *r)
{
  g_autofree char *page = g_strdup_printf (_("Page %u"), r->page);
  double y = r->y;

  r->y = PAGE_HEIGHT - MARGIN + 12;
  text (r, MARGIN, PAGE_WIDTH - 2 * MARGIN, r->footer, 8, FALSE, 0.45, FALSE, TRUE);
  text (r, MARGIN, PAGE_WIDTH - 2 * MARGIN, page, 8, FALSE, 0.45, TRUE, TRUE);
  r->y = y;
}

/* Starts a new page when `needed` points do not fit on this one. */
static void
ensure_room (Report *r,
             double  needed)
{
  if (r->y + needed <= PAGE_HEIGHT - MARGIN)
    return;
  draw_footer (r);
  cairo_show_page (r->cr);
  r->page++;
  r->y = MARGIN;
}

static void
draw_bar (Report           *r,
          double            x,
          double            width,
          double            progress,
          TerOkrConfidence  status)
{
  cairo_set_source_rgb (r->cr, 0.88, 0.88, 0.88);
  cairo_rectangle (r->cr, x, r->y, width, 5);
  cairo_fill (r->cr);
  cairo_set_source_rgb (r->cr, status_colors[status][0], status_colors[status][1], status_colors[status][2]);
  cairo_rectangle (r->cr, x, r->y, width * CLAMP (progress, 0.0, 1.0), 5);
  cairo_fill (r->cr);
}

static void
draw_key_result (Report                *r,
                 const TerOkrKeyResult *kr,
                 double                 indent)
{
  double x = MARGIN + indent, width = PAGE_WIDTH - MARGIN - x;
  double elapsed = ter_okr_quarter_elapsed (r->quarter, &r->as_of);
  TerOkrConfidence status = ter_okr_status (kr, elapsed);
  g_autofree char *start = ter_okr_format_value (kr->kind, kr->start_value, kr->currency);
  g_autofree char *current = ter_okr_format_value (kr->kind, kr->current_value, kr->currency);
  g_autofree char *target = ter_okr_format_value (kr->kind, kr->target_value, kr->currency);
  g_autofree char *percent = ter_format_percent (CLAMP (ter_okr_key_result_progress (kr), 0.0, 9.99));
  g_autofree char *values = kr->kind == TER_OKR_KIND_MILESTONE
                            ? g_strdup (current)
                            : g_strdup_printf (_("Start %s · now %s · target %s"), start, current, target);
  g_autofree char *detail = NULL;
  g_autofree char *grade = NULL;
  double h;

  if (kr->grade != TER_OKR_UNGRADED)
    grade = g_strdup_printf (_(" · grade %.1f"), kr->grade);
  detail = g_strdup_printf ("%s · %s · %s%s%s%s", values, ter_okr_confidence_label (status),
                            ter_okr_metric_label (kr->metric), grade ? grade : "",
                            kr->note ? " · " : "", kr->note ? kr->note : "");

  h = text (r, x, width - 60, kr->title, 10, FALSE, 0.1, FALSE, FALSE)
      + text (r, x, width, detail, 8, FALSE, 0.4, FALSE, FALSE) + 16;
  ensure_room (r, h);
  h = text (r, x, width - 60, kr->title, 10, FALSE, 0.1, FALSE, TRUE);
  text (r, x, width, percent, 10, TRUE, 0.1, TRUE, TRUE);
  r->y += h + 3;
  draw_bar (r, x, width, ter_okr_key_result_progress (kr), status);
  r->y += 8;
  r->y += text (r, x, width, detail, 8, FALSE, 0.4, FALSE, TRUE) + 8;
}

static void
draw_objective (Report                *r,
                const TerOkrObjective *o,
                GPtrArray             *krs,
                guint                  depth)
{
  double indent = 16.0 * depth, x = MARGIN + indent, width = PAGE_WIDTH - MARGIN - x;
  double progress = ter_okr_objective_progress (krs);
  g_autofree char *percent = ter_format_percent (progress);
  g_autofree char *subtitle = NULL;
  const char *owner = o->owner_kind == TER_OKR_OWNER_COMPANY || o->owner_name == NULL
                      ? _("Company") : o->owner_name;

  if (o->grade != TER_OKR_UNGRADED)
    subtitle = g_strdup_printf (_("%s · progress %s · graded %.2f"), owner, percent, o->grade);
  else
    subtitle = g_strdup_printf (_("%s · progress %s"), owner, percent);

  ensure_room (r, 80);
  r->y += 6;
  r->y += text (r, x, width, o->title, 13, TRUE, 0.05, FALSE, TRUE) + 2;
  r->y += text (r, x, width, subtitle, 9, FALSE, 0.35, FALSE, TRUE) + 8;
  for (guint i = 0; krs != NULL && i < krs->len; i++)
    draw_key_result (r, g_ptr_array_index (krs, i), indent + 12);
}

static gboolean
draw_subtree (Report       *r,
              TerOkrStore  *store,
              GPtrArray    *objectives,
              gint64        parent_id,
              guint         depth,
              const char   *day,
              GError      **error)
{
  for (guint i = 0; i < objectives->len && depth < 16; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) krs = NULL;

      if (o->parent_id != parent_id)
        continue;
      krs = ter_okr_store_list_key_results (store, o->id, day, error);
      if (krs == NULL)
        return FALSE;
      draw_objective (r, o, krs, depth);
      if (!draw_subtree (r, store, objectives, o->id, depth + 1, day, error))
        return FALSE;
    }
  return TRUE;
}

static void
draw_title (Report    *r,
            GPtrArray *objectives)
{
  g_autofree char *label = ter_okr_quarter_label (r->quarter);
  g_autofree char *title = g_strdup_printf (_("OKR Report · %s"), label);
  g_autofree char *date = ter_format_date (&r->as_of);
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%u objective · figures as of %s",
                                                         "%u objectives · figures as of %s",
                                                         objectives->len),
                                               objectives->len, date);

  r->y += text (r, MARGIN, PAGE_WIDTH - 2 * MARGIN, title, 20, TRUE, 0.05, FALSE, TRUE) + 4;
  r->y += text (r, MARGIN, PAGE_WIDTH - 2 * MARGIN, subtitle, 10, FALSE, 0.4, FALSE, TRUE) + 14;
}

gboolean
ter_okr_report_write_pdf (TerOkrStore  *store,
                          const char   *quarter,
                          const GDate  *as_of,
                          const char   *path,
                          guint        *n_objectives,
                          GError      **error)
{
  return ter_okr_report_write_pdf_in (store, quarter, 0, as_of, path, n_objectives, error);
}

gboolean
ter_okr_report_write_pdf_in (TerOkrStore  *store,
                             const char   *quarter,
                             gint64        territory_id,
                             const GDate  *as_of,
                             const char   *path,
                             guint        *n_objectives,
                             GError      **error)
{
  g_autoptr(GPtrArray) objectives = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  GDate first, last;
  Report r = { .y = MARGIN, .page = 1, .quarter = quarter };
  char day[11];
  gboolean ok;

  if (!ter_okr_quarter_parse (quarter, &first, &last))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("“%s” is not a quarter such as 2026-Q4."), quarter);
      return FALSE;
    }
  r.as_of = g_date_compare (as_of, &last) < 0 ? *as_of : last;
  g_date_strftime (day, sizeof day, "%Y-%m-%d", &r.as_of);
  objectives = ter_okr_store_list_objectives_in (store, quarter, territory_id, error);
  if (objectives == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  r.cr = cairo_create (surface);
  r.footer = g_strdup_printf (_("Territory · OKRs of %s"), quarter);
  draw_title (&r, objectives);
  ok = draw_subtree (&r, store, objectives, 0, 0, day, error);
  draw_footer (&r);
  cairo_destroy (r.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_free (r.footer);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      ok = FALSE;
    }
  if (ok && n_objectives != NULL)
    *n_objectives = objectives->len;
  return ok;
}
