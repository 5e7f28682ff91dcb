/* ter-dashboard-store.c: dispatch to the engine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-dashboard-store"

#include "config.h"

#include "ter-dashboard-store.h"

G_DEFINE_INTERFACE (TerDashboardStore, ter_dashboard_store, G_TYPE_OBJECT)

static void
ter_dashboard_store_default_init (TerDashboardStoreInterface *iface)
{
}

GArray *
ter_dashboard_store_sum_customers (TerDashboardStore         *self,
                                   const TerAnalyticsFilter  *filter,
                                   GError                   **error)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  return TER_DASHBOARD_STORE_GET_IFACE (self)->sum_customers (self, filter, error);
}

GArray *
ter_dashboard_store_list_categories (TerDashboardStore  *self,
                                     GError            **error)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_STORE (self), NULL);

  return TER_DASHBOARD_STORE_GET_IFACE (self)->list_categories (self, error);
}

GArray *
ter_dashboard_store_sum_rep_targets (TerDashboardStore         *self,
                                     const TerAnalyticsFilter  *filter,
                                     GError                   **error)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  return TER_DASHBOARD_STORE_GET_IFACE (self)->sum_rep_targets (self, filter, error);
}

static void
row_clear (gpointer data)
{
  TerDashboardRow *row = data;

  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->name_zh, g_free);
}

GArray *
ter_dashboard_rows_new (void)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (TerDashboardRow));

  g_array_set_clear_func (rows, row_clear);
  return rows;
}
