/* ter-quote-pdf.h: quotes and bid documents laid out with cairo and Pango.
 *
 * The same drawing serves PDF files and printing: a TerQuoteLayout is
 * paginated once for a page size, then draws any page on any cairo_t.
 * Text follows the current UI language (product names too), with fonts
 * chosen by fontconfig for the script, so Chinese uses a CJK face.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ter-quote-store.h"

G_BEGIN_DECLS

typedef enum {
  TER_QUOTE_DOCUMENT_QUOTE,
  TER_QUOTE_DOCUMENT_BID,
} TerQuoteDocumentKind;

/* From the preferences; every field may be NULL or empty. */
typedef struct {
  const char *name;
  const char *letterhead;   /* address and phone, one item per line */
  const char *logo_path;    /* a PNG file */
  const char *profile;      /* the bid document's company profile */
  const char *tax_id;       /* printed under the letterhead */
  const char *bank;         /* bank account for payment, printed with the terms */
  const char *terms;        /* the company's general terms of sale */
} TerQuoteCompany;

typedef struct _TerQuoteLayout TerQuoteLayout;

/* Paginates `doc` for pages of width × height points. Borrows doc and
 * company for the layout's life. */
TerQuoteLayout *ter_quote_layout_new        (const TerQuoteDoc      *doc,
                                             TerQuoteDocumentKind    kind,
                                             const TerQuoteCompany  *company,
                                             double                  width,
                                             double                  height);
int             ter_quote_layout_get_n_pages (TerQuoteLayout        *self);
/* Draws page `page` (from 0) on `cr`, with the origin at the page corner. */
void            ter_quote_layout_draw_page  (TerQuoteLayout         *self,
                                             cairo_t                *cr,
                                             int                     page);
void            ter_quote_layout_free       (TerQuoteLayout         *self);

/* Writes an A4 PDF. */
gboolean        ter_quote_pdf_write         (const TerQuoteDoc      *doc,
                                             TerQuoteDocumentKind    kind,
                                             const TerQuoteCompany  *company,
                                             const char             *path,
                                             GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerQuoteLayout, ter_quote_layout_free)

G_END_DECLS
