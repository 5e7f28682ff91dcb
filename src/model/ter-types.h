/* ter-types.h: enumerations shared by the model, the app and the tools.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TER_REGION_LEVEL_COUNTRY,
  TER_REGION_LEVEL_PROVINCE,
  TER_REGION_LEVEL_CITY,
} TerRegionLevel;

typedef enum {
  TER_REP_ROLE_REGIONAL_MANAGER,
  TER_REP_ROLE_PROVINCIAL_MANAGER,
  TER_REP_ROLE_SALES_REP,
} TerRepRole;

typedef enum {
  TER_CUSTOMER_KEY_ACCOUNT,
  TER_CUSTOMER_DISTRIBUTOR,
  TER_CUSTOMER_DEALER,
  TER_CUSTOMER_RETAILER,
  TER_CUSTOMER_ONLINE,
} TerCustomerType;

typedef enum {
  TER_CHANNEL_WEB_SHOP,
  TER_CHANNEL_MARKETPLACE,
  TER_CHANNEL_DISTRIBUTOR,
  TER_CHANNEL_DIRECT,
} TerChannelKind;

typedef enum {
  TER_ORDER_OPEN,
  TER_ORDER_SHIPPED,
  TER_ORDER_COMPLETED,
  TER_ORDER_CANCELLED,
  TER_ORDER_RETURN,
} TerOrderStatus;

typedef enum {
  TER_METRIC_REVENUE,
  TER_METRIC_UNITS,
  TER_METRIC_NEW_CUSTOMERS,
} TerMetric;

/* Each enum has a stable key stored in the database and a translated label
 * for people. The key functions return NULL / -1 for unknown values. */
const char *ter_region_level_to_key   (TerRegionLevel  level);
int         ter_region_level_from_key (const char     *key);
const char *ter_rep_role_to_key       (TerRepRole      role);
int         ter_rep_role_from_key     (const char     *key);
const char *ter_rep_role_to_label     (TerRepRole      role);
const char *ter_customer_type_to_key  (TerCustomerType type);
int         ter_customer_type_from_key(const char     *key);
const char *ter_customer_type_to_label(TerCustomerType type);
const char *ter_channel_kind_to_key   (TerChannelKind  kind);
int         ter_channel_kind_from_key (const char     *key);
const char *ter_order_status_to_key   (TerOrderStatus  status);
int         ter_order_status_from_key (const char     *key);
const char *ter_metric_to_key         (TerMetric       metric);
int         ter_metric_from_key       (const char     *key);

G_END_DECLS
