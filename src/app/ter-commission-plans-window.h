/* ter-commission-plans-window.h: edit commission plans (rates, tiers and
 * accelerators, category rates, cap) and who they pay from which month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-store.h"

G_BEGIN_DECLS

#define TER_TYPE_COMMISSION_PLANS_WINDOW (ter_commission_plans_window_get_type ())
G_DECLARE_FINAL_TYPE (TerCommissionPlansWindow, ter_commission_plans_window, TER, COMMISSION_PLANS_WINDOW, AdwWindow)

/* Works as `actor_id`; `month` (YYYY-MM) is the first month offered for
 * a new assignment. NULL with `error` set if the plans cannot be read.
 * Emits ::changed after every successful write. */
TerCommissionPlansWindow *ter_commission_plans_window_new         (TerStore                 *store,
                                                                   gint64                    actor_id,
                                                                   const char               *month,
                                                                   GError                  **error);
/* Shows plan `plan_id` in the form; FALSE if there is none. */
gboolean                  ter_commission_plans_window_select_plan (TerCommissionPlansWindow *self,
                                                                   gint64                    plan_id);
/* The last message shown to the user (saved, or what was wrong). */
const char               *ter_commission_plans_window_get_message (TerCommissionPlansWindow *self);

G_END_DECLS
