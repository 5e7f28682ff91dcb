/* ter-okr-demo.h: OKRs for the demo company.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

/* Writes OKRs for the quarter of `today` and the one before, graded and
 * partly carried over, with targets drawn from the sales already in the
 * store. Call it after the orders are written. */
gboolean ter_okr_demo_generate (TerStore     *store,
                                const GDate  *today,
                                GError      **error);

G_END_DECLS
