/* ter-store.c: dispatch from the public API to the engine's vfuncs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-store"

#include "config.h"

#include "ter-store.h"

G_DEFINE_QUARK (ter-store-error-quark, ter_store_error)
G_DEFINE_INTERFACE (TerStore, ter_store, G_TYPE_OBJECT)

static void
ter_store_default_init (TerStoreInterface *iface)
{
}

const char *
ter_store_get_location (TerStore *self)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);

  return TER_STORE_GET_IFACE (self)->get_location (self);
}

gboolean
ter_store_begin (TerStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->begin (self, error);
}

gboolean
ter_store_commit (TerStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->commit (self, error);
}

void
ter_store_rollback (TerStore *self)
{
  g_return_if_fail (TER_IS_STORE (self));

  TER_STORE_GET_IFACE (self)->rollback (self);
}

char *
ter_store_get_setting (TerStore   *self,
                       const char *key)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);

  return TER_STORE_GET_IFACE (self)->get_setting (self, key);
}

gboolean
ter_store_set_setting (TerStore    *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->set_setting (self, key, value, error);
}

gboolean
ter_store_count (TerStore        *self,
                 TerStoreCounts  *counts,
                 GError         **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->count (self, counts, error);
}

GListModel *
ter_store_list_regions (TerStore    *self,
                        const char  *parent_code,
                        GError     **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->list_regions (self, parent_code, error);
}

GListModel *
ter_store_list_territories (TerStore  *self,
                            GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->list_territories (self, error);
}

GListModel *
ter_store_list_reps (TerStore  *self,
                     GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->list_reps (self, error);
}

GListModel *
ter_store_list_channels (TerStore  *self,
                         GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->list_channels (self, error);
}

GArray *
ter_store_list_exchange_rates (TerStore  *self,
                               GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->list_exchange_rates (self, error);
}

gint64
ter_store_add_territory (TerStore                  *self,
                         const TerTerritoryRecord  *record,
                         GError                   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_territory (self, record, error);
}

gboolean
ter_store_set_territory_manager (TerStore  *self,
                                 gint64     territory_id,
                                 gint64     manager_id,
                                 GError   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->set_territory_manager (self, territory_id, manager_id, error);
}

gint64
ter_store_add_rep (TerStore            *self,
                   const TerRepRecord  *record,
                   GError             **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_rep (self, record, error);
}

gboolean
ter_store_assign_region (TerStore    *self,
                         gint64       region_id,
                         gint64       territory_id,
                         gint64       rep_id,
                         const char  *valid_from,
                         GError     **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->assign_region (self, region_id, territory_id, rep_id, valid_from, error);
}

gint64
ter_store_add_customer (TerStore                 *self,
                        const TerCustomerRecord  *record,
                        GError                  **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_customer (self, record, error);
}

gint64
ter_store_add_category (TerStore                 *self,
                        const TerCategoryRecord  *record,
                        GError                  **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_category (self, record, error);
}

gint64
ter_store_add_product (TerStore                *self,
                       const TerProductRecord  *record,
                       GError                 **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_product (self, record, error);
}

gboolean
ter_store_set_product_price (TerStore    *self,
                             gint64       product_id,
                             const char  *currency,
                             gint64       list_price,
                             gint64       cost,
                             GError     **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->set_product_price (self, product_id, currency, list_price, cost, error);
}

gint64
ter_store_add_channel (TerStore                *self,
                       const TerChannelRecord  *record,
                       GError                 **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_channel (self, record, error);
}

gint64
ter_store_add_order (TerStore                  *self,
                     const TerOrderRecord      *order,
                     const TerOrderLineRecord  *lines,
                     guint                      n_lines,
                     GError                   **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return TER_STORE_GET_IFACE (self)->add_order (self, order, lines, n_lines, error);
}

gboolean
ter_store_set_target (TerStore               *self,
                      const TerTargetRecord  *record,
                      GError                **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return TER_STORE_GET_IFACE (self)->set_target (self, record, error);
}

GArray *
ter_store_territory_sales (TerStore    *self,
                           const char  *first_day,
                           const char  *last_day,
                           GError     **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->territory_sales (self, first_day, last_day, error);
}

GArray *
ter_store_territory_targets (TerStore    *self,
                             const char  *first_month,
                             const char  *last_month,
                             GError     **error)
{
  g_return_val_if_fail (TER_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return TER_STORE_GET_IFACE (self)->territory_targets (self, first_month, last_month, error);
}
