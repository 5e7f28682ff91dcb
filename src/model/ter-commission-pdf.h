/* ter-commission-pdf.h: a commission statement on an A4 page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-commission-statement.h"

G_BEGIN_DECLS

/* Writes the statement's lines under the rep, month and plan, followed by
 * the plan's terms (`plan` may be NULL to leave them out). */
gboolean ter_commission_statement_write_pdf (const TerCommissionStatement  *statement,
                                             const TerCommissionPlan       *plan,
                                             const char                    *path,
                                             GError                       **error);

G_END_DECLS
