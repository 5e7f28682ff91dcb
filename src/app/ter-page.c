/* ter-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-dashboard-page.h"
#include "ter-okr-page.h"
#include "ter-map-page.h"
#include "ter-overview-page.h"
#include "ter-quotes-page.h"
#include "ter-page.h"
#include "ter-reps-page.h"
#include "ter-targets-page.h"

G_DEFINE_INTERFACE (TerPage, ter_page, GTK_TYPE_WIDGET)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One line per page. A new page implements TerPage and adds itself here;
 * the window builds its sidebar and stack from this table. */
static const TerPageInfo pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", ter_overview_page_get_type },
  { "dashboard", N_("Dashboard"), "power-profile-performance-symbolic", ter_dashboard_page_get_type },
  { "map", N_("Map"), "mark-location-symbolic", ter_map_page_get_type },
  { "reps", N_("Reps"), "system-users-symbolic", ter_reps_page_get_type },
  { "targets", N_("Targets"), "object-select-symbolic", ter_targets_page_get_type },
  { "okr", N_("OKRs"), "emblem-default-symbolic", ter_okr_page_get_type },
  { "quotes", N_("Quotes"), "document-edit-symbolic", ter_quotes_page_get_type },
};

static void
ter_page_default_init (TerPageInterface *iface)
{
  signals[ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

void
ter_page_set_context (TerPage    *self,
                      TerContext *context)
{
  g_return_if_fail (TER_IS_PAGE (self));
  g_return_if_fail (TER_IS_CONTEXT (context));

  TER_PAGE_GET_IFACE (self)->set_context (self, context);
}

void
ter_page_add_toast (TerPage    *self,
                    const char *message)
{
  g_return_if_fail (TER_IS_PAGE (self));
  g_signal_emit (self, signals[ADD_TOAST], 0, message);
}

const TerPageInfo *
ter_page_registry (guint *n_pages)
{
  *n_pages = G_N_ELEMENTS (pages);
  return pages;
}
