/* ter-quote-company-page.h: the company details printed on quotes and
 * bid documents (name, address, tax ID, logo, bank, general terms), as a
 * page of the Preferences window, and reading them for a document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-quote-pdf.h"

G_BEGIN_DECLS

#define TER_TYPE_QUOTE_COMPANY_PAGE (ter_quote_company_page_get_type ())
G_DECLARE_FINAL_TYPE (TerQuoteCompanyPage, ter_quote_company_page, TER, QUOTE_COMPANY_PAGE, AdwPreferencesPage)

/* Edits the company-* keys of `settings` as they are typed. */
AdwPreferencesPage *ter_quote_company_page_new (GSettings *settings);

/* The company details as read from `settings` once, for one document. */
typedef struct {
  char            *strings[8];
  TerQuoteCompany  company;   /* points into strings */
} TerQuoteCompanyInfo;

TerQuoteCompanyInfo *ter_quote_company_info_new  (GSettings           *settings);
void                 ter_quote_company_info_free (TerQuoteCompanyInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerQuoteCompanyInfo, ter_quote_company_info_free)

G_END_DECLS
