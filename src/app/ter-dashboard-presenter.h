/* ter-dashboard-presenter.h: presentation mode for training sessions: the
 * dashboard's headline figures and charts one at a time, full screen, in
 * large type, stepped with the keyboard or turning on a timer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-dashboard.h"

G_BEGIN_DECLS

#define TER_TYPE_DASHBOARD_PRESENTER (ter_dashboard_presenter_get_type ())
G_DECLARE_FINAL_TYPE (TerDashboardPresenter, ter_dashboard_presenter, TER, DASHBOARD_PRESENTER, GtkWindow)

/* `subtitle` says whose figures and when ("East China · Q3 2026"). */
GtkWindow *ter_dashboard_presenter_new       (GtkWindow             *parent,
                                              TerDashboard          *dashboard,
                                              const char            *subtitle);
/* Slide 0 holds the KPIs, the others one chart each. */
guint      ter_dashboard_presenter_get_slide (TerDashboardPresenter *self);
guint      ter_dashboard_presenter_get_n_slides (TerDashboardPresenter *self);
/* Moves by `delta` slides, wrapping round. */
void       ter_dashboard_presenter_step      (TerDashboardPresenter *self,
                                              int                    delta);

G_END_DECLS
