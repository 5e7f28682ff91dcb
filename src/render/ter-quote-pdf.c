/* ter-quote-pdf.c: quote and bid document layout.
 *
 * The document is written by one walk over its content with a cursor;
 * the walk runs once to count pages and again for each page drawn, and
 * draws only what falls on the page asked for. Simple, and a quote is
 * only a few pages long.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ter-format.h"
#include "ter-quote-pdf.h"

#define MARGIN 50.0
#define FOOTER_HEIGHT 30.0
#define ROW_PAD 4.0

struct _TerQuoteLayout {
  const TerQuoteDoc     *doc;
  const TerQuoteCompany *company;
  TerQuoteDocumentKind   kind;
  double                 width;
  double                 height;
  int                    n_pages;
  cairo_surface_t       *logo;
};

typedef struct {
  TerQuoteLayout *layout;
  cairo_t        *cr;
  int             only_page;   /* the page drawn; -1 while counting */
  int             page;
  double          y;
  gboolean        in_table;
  gboolean        chinese;
} Writer;

typedef struct {
  double       x;
  double       width;
  PangoAlignment align;
} Column;

static gboolean
visible (Writer *w)
{
  return w->page == w->only_page;
}

/* Lays out `text` at `width`; the caller unrefs. */
static PangoLayout *
make_text (Writer      *w,
           const char  *text,
           const char  *font,
           double       width,
           PangoAlignment align)
{
  PangoLayout *layout = pango_cairo_create_layout (w->cr);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
draw_text (Writer         *w,
           const char     *text,
           const char     *font,
           double          x,
           double          y,
           double          width,
           PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = make_text (w, text, font, width, align);

  if (visible (w))
    {
      cairo_move_to (w->cr, x, y);
      pango_cairo_show_layout (w->cr, layout);
    }
  return text_height (layout);
}

static void
draw_rule (Writer *w,
           double  y,
           double  grey)
{
  if (!visible (w))
    return;
  cairo_set_source_rgb (w->cr, grey, grey, grey);
  cairo_set_line_width (w->cr, 0.6);
  cairo_move_to (w->cr, MARGIN, y);
  cairo_line_to (w->cr, w->layout->width - MARGIN, y);
  cairo_stroke (w->cr);
  cairo_set_source_rgb (w->cr, 0, 0, 0);
}

static double
content_width (Writer *w)
{
  return w->layout->width - 2 * MARGIN;
}

/* Returns the bottom of the letterhead. */
static double
draw_letterhead (Writer *w)
{
  const TerQuoteCompany *c = w->layout->company;
  double logo_w = 0;
  double y = MARGIN - 24;

  if (w->layout->logo != NULL)
    {
      double iw = cairo_image_surface_get_width (w->layout->logo);
      double ih = cairo_image_surface_get_height (w->layout->logo);
      double scale = MIN (40.0 / ih, 120.0 / iw);

      logo_w = iw * scale;
      if (visible (w))
        {
          cairo_save (w->cr);
          cairo_translate (w->cr, w->layout->width - MARGIN - logo_w, MARGIN - 20);
          cairo_scale (w->cr, scale, scale);
          cairo_set_source_surface (w->cr, w->layout->logo, 0, 0);
          cairo_paint (w->cr);
          cairo_restore (w->cr);
        }
    }

  y += draw_text (w, c->name, "Sans Bold 12", MARGIN, y, content_width (w) - logo_w - 10,
                  PANGO_ALIGN_LEFT);
  y += draw_text (w, c->letterhead, "Sans 7.5", MARGIN, y, content_width (w) - logo_w - 10,
                  PANGO_ALIGN_LEFT);
  if (c->tax_id != NULL && *c->tax_id != '\0')
    {
      /* Translators: the company's tax registration number on its letterhead. */
      g_autofree char *tax = g_strdup_printf (_("Tax ID: %s"), c->tax_id);

      y += draw_text (w, tax, "Sans 7.5", MARGIN, y, content_width (w) - logo_w - 10, PANGO_ALIGN_LEFT);
    }
  y = MAX (y, MARGIN + 24) + 6;
  draw_rule (w, y, 0.3);
  return y;
}

static void
draw_footer (Writer *w)
{
  g_autofree char *page = NULL;
  double y = w->layout->height - MARGIN + 8;

  if (w->layout->n_pages > 0)
    /* Translators: page number in a document's footer: “Page 2 of 5”. */
    page = g_strdup_printf (_("Page %d of %d"), w->page + 1, w->layout->n_pages);
  else
    page = g_strdup ("");

  draw_rule (w, y - 4, 0.7);
  draw_text (w, w->layout->doc->number, "Sans 7.5", MARGIN, y, content_width (w) / 2, PANGO_ALIGN_LEFT);
  draw_text (w, page, "Sans 7.5", MARGIN + content_width (w) / 2, y, content_width (w) / 2,
             PANGO_ALIGN_RIGHT);
}

static void table_header (Writer *w);

static void
start_page (Writer   *w,
            gboolean  letterhead)
{
  w->y = MARGIN;
  if (letterhead)
    w->y = draw_letterhead (w) + 14;
}

static void
next_page (Writer *w)
{
  draw_footer (w);
  w->page++;
  start_page (w, TRUE);
  if (w->in_table)
    table_header (w);
}

static void
ensure (Writer *w,
        double  height)
{
  if (w->y + height > w->layout->height - MARGIN - FOOTER_HEIGHT + 10)
    next_page (w);
}

static void
paragraph (Writer     *w,
           const char *text,
           const char *font,
           double      space_after)
{
  g_autoptr(PangoLayout) probe = make_text (w, text, font, content_width (w), PANGO_ALIGN_LEFT);
  PangoLayoutIter *iter;

  /* Long texts break between lines, so a section can span pages. */
  if (text_height (probe) <= w->layout->height / 3)
    {
      ensure (w, text_height (probe));
      w->y += draw_text (w, text, font, MARGIN, w->y, content_width (w), PANGO_ALIGN_LEFT);
      w->y += space_after;
      return;
    }

  iter = pango_layout_get_iter (probe);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      ensure (w, (double) logical.height / PANGO_SCALE);
      if (visible (w))
        {
          cairo_move_to (w->cr, MARGIN, w->y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE
                                          - (double) logical.y / PANGO_SCALE);
          pango_cairo_show_layout_line (w->cr, line);
        }
      w->y += (double) logical.height / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  w->y += space_after;
}

static void
heading (Writer     *w,
         const char *text)
{
  ensure (w, 60);
  w->y += 6;
  w->y += draw_text (w, text, "Sans Bold 13", MARGIN, w->y, content_width (w), PANGO_ALIGN_LEFT);
  w->y += 6;
}

static const char *
line_name (Writer             *w,
           const TerQuoteLine *l)
{
  return w->chinese && l->name_zh != NULL ? l->name_zh : l->name_en;
}

static void
columns (Writer *w,
         Column  out[6])
{
  static const double fractions[] = { 0.06, 0.37, 0.09, 0.16, 0.12, 0.20 };
  double x = MARGIN;

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      out[i].x = x;
      out[i].width = content_width (w) * fractions[i] - 4;
      out[i].align = i == 1 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
      x += content_width (w) * fractions[i];
    }
  out[0].align = PANGO_ALIGN_LEFT;
}

static double
table_row (Writer      *w,
           const char **cells,
           const char  *font,
           gboolean     measure_only)
{
  Column cols[6];
  double height = 0;

  columns (w, cols);
  for (guint i = 0; i < G_N_ELEMENTS (cols); i++)
    {
      g_autoptr(PangoLayout) layout = make_text (w, cells[i], font, cols[i].width, cols[i].align);

      height = MAX (height, text_height (layout));
    }
  if (measure_only)
    return height + 2 * ROW_PAD;

  for (guint i = 0; i < G_N_ELEMENTS (cols); i++)
    draw_text (w, cells[i], font, cols[i].x, w->y + ROW_PAD, cols[i].width, cols[i].align);
  return height + 2 * ROW_PAD;
}

static void
table_header (Writer *w)
{
  const char *cells[] = {
    C_("quote column", "No."), C_("quote column", "Product"), C_("quote column", "Qty"),
    C_("quote column", "Unit price"), C_("quote column", "Discount"), C_("quote column", "Amount"),
  };

  w->y += table_row (w, cells, "Sans Bold 8.5", FALSE);
  draw_rule (w, w->y, 0.2);
}

static void
price_table (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;

  ensure (w, 60);
  table_header (w);
  w->in_table = TRUE;
  for (guint i = 0; i < doc->lines->len; i++)
    {
      const TerQuoteLine *l = &g_array_index (doc->lines, TerQuoteLine, i);
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *product = g_strdup_printf ("%s\n%s", line_name (w, l), l->sku);
      g_autofree char *qty = ter_format_integer (l->quantity);
      g_autofree char *unit = ter_format_money (l->unit_price, doc->currency);
      g_autofree char *disc = l->discount_bp > 0 ? ter_quote_format_rate (l->discount_bp) : g_strdup ("");
      g_autofree char *amount = ter_format_money (l->gross - l->line_discount, doc->currency);
      const char *cells[] = { no, product, qty, unit, disc, amount };

      ensure (w, table_row (w, cells, "Sans 8.5", TRUE));
      w->y += table_row (w, cells, "Sans 8.5", FALSE);
      draw_rule (w, w->y, 0.85);
    }
  w->in_table = FALSE;
  w->y += 8;
}

static void
total_row (Writer     *w,
           const char *label,
           gint64      amount,
           const char *font)
{
  g_autofree char *text = ter_format_money (amount, w->layout->doc->currency);
  double x = MARGIN + content_width (w) * 0.45;
  double width = content_width (w) * 0.55;

  ensure (w, 18);
  draw_text (w, label, font, x, w->y, width * 0.6, PANGO_ALIGN_LEFT);
  w->y += draw_text (w, text, font, x + width * 0.4, w->y, width * 0.6 - 4, PANGO_ALIGN_RIGHT) + 3;
}

static void
totals_block (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  const TerQuoteTotals *t = &doc->totals;
  g_autofree char *order_rate = ter_quote_format_rate (doc->order_discount_bp);
  g_autofree char *tax_rate = ter_quote_format_rate (doc->tax_bp);
  /* Translators: %s is a rate such as “5 %”. */
  g_autofree char *order_label = g_strdup_printf (_("Order discount (%s)"), order_rate);
  /* Translators: %s is a rate such as “13 %”. */
  g_autofree char *tax_label = g_strdup_printf (_("Tax (%s)"), tax_rate);

  ensure (w, 110);
  total_row (w, _("Subtotal"), t->gross - t->line_discounts, "Sans 9");
  if (t->order_discount != 0)
    total_row (w, order_label, -t->order_discount, "Sans 9");
  total_row (w, _("Net amount"), t->net, "Sans 9");
  total_row (w, tax_label, t->tax, "Sans 9");
  total_row (w, _("Total"), t->total, "Sans Bold 11");
  w->y += 6;
  paragraph (w, ter_quote_rounding_rule (), "Sans Italic 7", 10);
}

/* The company's bank account and general terms, from the preferences. */
static void
company_terms (Writer *w)
{
  const TerQuoteCompany *c = w->layout->company;

  if (c->bank != NULL && *c->bank != '\0')
    {
      /* Translators: bank account details for payment. */
      g_autofree char *bank = g_strdup_printf (_("Bank account: %s"), c->bank);

      paragraph (w, bank, "Sans 9", 3);
    }
  if (c->terms != NULL && *c->terms != '\0')
    {
      w->y += 6;
      paragraph (w, c->terms, "Sans 8", 3);
    }
}

static void
terms_block (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  g_autofree char *validity = NULL;
  g_autofree char *delivery = NULL;
  g_autofree char *payment = NULL;

  validity = g_strdup_printf (_("Valid until: %s"), doc->valid_until);
  paragraph (w, validity, "Sans 9", 3);
  if (doc->delivery_terms != NULL)
    {
      delivery = g_strdup_printf (_("Delivery: %s"), doc->delivery_terms);
      paragraph (w, delivery, "Sans 9", 3);
    }
  if (doc->payment_terms != NULL)
    {
      payment = g_strdup_printf (_("Payment: %s"), doc->payment_terms);
      paragraph (w, payment, "Sans 9", 3);
    }
  company_terms (w);
}

static void
quote_heading (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  g_autofree char *meta = NULL;
  g_autofree char *to = NULL;

  w->y += draw_text (w, _("Quotation"), "Sans Bold 20", MARGIN, w->y, content_width (w), PANGO_ALIGN_LEFT) + 6;
  /* Translators: quote number, version, date created. */
  meta = g_strdup_printf (_("No. %s · version %d · %s"), doc->number, doc->version, doc->created_on);
  paragraph (w, meta, "Sans 9", 8);
  /* Translators: customer, then contact person and sales rep. */
  to = g_strdup_printf (_("To: %s\nAttention: %s\nPrepared by: %s"), doc->customer_name,
                        doc->contact != NULL ? doc->contact : "—", doc->rep_name);
  paragraph (w, to, "Sans 10", 14);
}

static void
write_quote (Writer *w)
{
  start_page (w, TRUE);
  quote_heading (w);
  price_table (w);
  totals_block (w);
  heading (w, _("Terms"));
  terms_block (w);
  draw_footer (w);
}

static void
cover_page (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  const TerQuoteCompany *c = w->layout->company;
  g_autofree char *project = NULL;
  g_autofree char *bidder = NULL;
  double y = w->layout->height * 0.28;

  start_page (w, FALSE);
  if (w->layout->logo != NULL && visible (w))
    {
      double ih = cairo_image_surface_get_height (w->layout->logo);
      double iw = cairo_image_surface_get_width (w->layout->logo);
      double scale = MIN (70.0 / ih, 200.0 / iw);

      cairo_save (w->cr);
      cairo_translate (w->cr, (w->layout->width - iw * scale) / 2, y - 110);
      cairo_scale (w->cr, scale, scale);
      cairo_set_source_surface (w->cr, w->layout->logo, 0, 0);
      cairo_paint (w->cr);
      cairo_restore (w->cr);
    }

  y += draw_text (w, _("Bid Document"), "Sans Bold 30", MARGIN, y, content_width (w), PANGO_ALIGN_CENTER) + 30;
  /* Translators: the customer the bid is for. */
  project = g_strdup_printf (_("Submitted to %s"), doc->customer_name);
  y += draw_text (w, project, "Sans 15", MARGIN, y, content_width (w), PANGO_ALIGN_CENTER) + 12;
  y += draw_text (w, doc->number, "Sans 11", MARGIN, y, content_width (w), PANGO_ALIGN_CENTER) + 80;
  /* Translators: the company submitting the bid. */
  bidder = g_strdup_printf (_("Bidder: %s"), c->name != NULL && *c->name ? c->name : doc->rep_name);
  y += draw_text (w, bidder, "Sans 12", MARGIN, y, content_width (w), PANGO_ALIGN_CENTER) + 8;
  y += draw_text (w, c->letterhead, "Sans 9", MARGIN, y, content_width (w), PANGO_ALIGN_CENTER) + 8;
  draw_text (w, doc->created_on, "Sans 11", MARGIN, y, content_width (w), PANGO_ALIGN_CENTER);
  draw_footer (w);
  w->page++;
}

/* Used when the sales assistant has not written the section yet: a
 * factual summary of the quote, never filler. */
static char *
default_technical (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  GString *text = g_string_new (NULL);

  /* Translators: %u is the number of quote lines. */
  g_string_append_printf (text, _("Scope of supply (%u items):"), doc->lines->len);
  for (guint i = 0; i < doc->lines->len; i++)
    {
      const TerQuoteLine *l = &g_array_index (doc->lines, TerQuoteLine, i);
      g_autofree char *qty = ter_format_integer (l->quantity);

      g_string_append_printf (text, "\n• %s (%s) × %s", line_name (w, l), l->sku, qty);
    }
  return g_string_free (text, FALSE);
}

static char *
default_commercial (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  g_autofree char *total = ter_format_money (doc->totals.total, doc->currency);

  /* Translators: currency code, total with tax, last valid day. */
  return g_strdup_printf (_("Prices are in %s. The bid total is %s including tax, "
                            "and the offer is valid until %s."),
                          doc->currency, total, doc->valid_until);
}

static void
write_bid (Writer *w)
{
  const TerQuoteDoc *doc = w->layout->doc;
  const TerQuoteCompany *c = w->layout->company;
  g_autofree char *technical = NULL;
  g_autofree char *commercial = NULL;

  cover_page (w);
  start_page (w, TRUE);

  if (c->profile != NULL && *c->profile != '\0')
    {
      heading (w, _("1. Company profile"));
      paragraph (w, c->profile, "Serif 10", 10);
    }

  technical = doc->bid_technical != NULL ? g_strdup (doc->bid_technical) : default_technical (w);
  heading (w, _("2. Technical proposal"));
  paragraph (w, technical, "Serif 10", 10);

  commercial = doc->bid_commercial != NULL ? g_strdup (doc->bid_commercial) : default_commercial (w);
  heading (w, _("3. Commercial proposal"));
  paragraph (w, commercial, "Serif 10", 10);

  heading (w, _("4. Price schedule"));
  price_table (w);
  totals_block (w);

  heading (w, _("5. Terms"));
  terms_block (w);
  draw_footer (w);
}

static void
walk (TerQuoteLayout *self,
      cairo_t        *cr,
      int             only_page)
{
  Writer w = { self, cr, only_page, 0, 0, FALSE, ter_locale_is_chinese () };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (self->kind == TER_QUOTE_DOCUMENT_BID)
    write_bid (&w);
  else
    write_quote (&w);
  cairo_restore (cr);

  if (only_page < 0)
    self->n_pages = w.page + 1;
}

TerQuoteLayout *
ter_quote_layout_new (const TerQuoteDoc      *doc,
                      TerQuoteDocumentKind    kind,
                      const TerQuoteCompany  *company,
                      double                  width,
                      double                  height)
{
  TerQuoteLayout *self = g_new0 (TerQuoteLayout, 1);
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);

  self->doc = doc;
  self->company = company;
  self->kind = kind;
  self->width = width;
  self->height = height;

  if (company->logo_path != NULL && *company->logo_path != '\0')
    {
      self->logo = cairo_image_surface_create_from_png (company->logo_path);
      if (cairo_surface_status (self->logo) != CAIRO_STATUS_SUCCESS)
        {
          g_warning ("Cannot read the logo “%s”: %s", company->logo_path,
                     cairo_status_to_string (cairo_surface_status (self->logo)));
          g_clear_pointer (&self->logo, cairo_surface_destroy);
        }
    }

  /* Counting pages needs a cairo_t for the font metrics only. */
  walk (self, cr, -1);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return self;
}

int
ter_quote_layout_get_n_pages (TerQuoteLayout *self)
{
  return self->n_pages;
}

void
ter_quote_layout_draw_page (TerQuoteLayout *self,
                            cairo_t        *cr,
                            int             page)
{
  g_return_if_fail (page >= 0 && page < self->n_pages);
  walk (self, cr, page);
}

void
ter_quote_layout_free (TerQuoteLayout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self);
}

gboolean
ter_quote_pdf_write (const TerQuoteDoc      *doc,
                     TerQuoteDocumentKind    kind,
                     const TerQuoteCompany  *company,
                     const char             *path,
                     GError                **error)
{
  const double a4_width = 595.28, a4_height = 841.89;
  g_autoptr(TerQuoteLayout) layout = ter_quote_layout_new (doc, kind, company, a4_width, a4_height);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, a4_width, a4_height);
  cairo_status_t status;
  cairo_t *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->number);
  if (company->name != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, company->name);

  for (int i = 0; i < layout->n_pages; i++)
    {
      ter_quote_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
