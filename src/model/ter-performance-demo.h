/* ter-performance-demo.h: commission plans, reviews and monthly reports
 * for the demo company, so the Reps and Targets pages start filled in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

/* `current_month` (YYYY-MM) is the demo's last, partly sold month. Runs
 * inside the demo generator's transaction. */
gboolean ter_performance_demo_generate (TerStore    *store,
                                        const char  *current_month,
                                        GError     **error);

G_END_DECLS
