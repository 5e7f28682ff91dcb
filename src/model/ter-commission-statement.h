/* ter-commission-statement.h: a rep's commission statement as the lines a
 * manager reads, shared by the app, the command line, CSV and PDF so that
 * they all say the same thing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-performance-store.h"

G_BEGIN_DECLS

typedef struct {
  char     *label;        /* "Net sales" */
  char     *detail;       /* "" or an explanation: "capped", "from March 2026" */
  gint64    amount;       /* minor units of the statement's currency */
  gboolean  has_amount;   /* FALSE for attainment, which is a percentage */
  gboolean  total;        /* the payout line */
} TerStatementLine;

/* TerStatementLine, in the order a statement reads. */
GArray   *ter_commission_statement_lines     (const TerCommissionStatement  *statement);
/* "November 2026" for the statement's month. */
char     *ter_commission_statement_month     (const TerCommissionStatement  *statement);
/* One row per line: rep, month, plan, item, detail, amount, currency;
 * UTF-8 with a byte-order mark so that spreadsheets read Chinese. */
char     *ter_commission_statement_to_csv    (const TerCommissionStatement  *statement);
gboolean  ter_commission_statement_write_csv (const TerCommissionStatement  *statement,
                                              const char                    *path,
                                              GError                       **error);

G_END_DECLS
