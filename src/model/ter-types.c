/* ter-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-types.h"

static const char *region_level_keys[] = { "country", "province", "city" };
static const char *rep_role_keys[] = { "regional_manager", "provincial_manager", "sales_rep" };
static const char *customer_type_keys[] = { "key_account", "distributor", "dealer", "retailer", "online" };
static const char *channel_kind_keys[] = { "web_shop", "marketplace", "distributor", "direct" };
static const char *order_status_keys[] = { "open", "shipped", "completed", "cancelled", "return" };
static const char *metric_keys[] = { "revenue", "units", "new_customers" };

static int
find_key (const char  *key,
          const char **keys,
          guint        n_keys)
{
  if (key == NULL)
    return -1;

  for (guint i = 0; i < n_keys; i++)
    if (g_str_equal (key, keys[i]))
      return (int) i;

  return -1;
}

static const char *
get_key (int          value,
         const char **keys,
         guint        n_keys)
{
  if (value < 0 || (guint) value >= n_keys)
    return NULL;
  return keys[value];
}

#define KEY_FUNCS(name, Type, keys) \
  const char * \
  ter_##name##_to_key (Type value) \
  { \
    return get_key ((int) value, keys, G_N_ELEMENTS (keys)); \
  } \
  int \
  ter_##name##_from_key (const char *key) \
  { \
    return find_key (key, keys, G_N_ELEMENTS (keys)); \
  }

KEY_FUNCS (region_level, TerRegionLevel, region_level_keys)
KEY_FUNCS (rep_role, TerRepRole, rep_role_keys)
KEY_FUNCS (customer_type, TerCustomerType, customer_type_keys)
KEY_FUNCS (channel_kind, TerChannelKind, channel_kind_keys)
KEY_FUNCS (order_status, TerOrderStatus, order_status_keys)
KEY_FUNCS (metric, TerMetric, metric_keys)

const char *
ter_rep_role_to_label (TerRepRole role)
{
  switch (role)
    {
    case TER_REP_ROLE_REGIONAL_MANAGER:
      return _("Regional manager");
    case TER_REP_ROLE_PROVINCIAL_MANAGER:
      return _("Provincial manager");
    case TER_REP_ROLE_SALES_REP:
      return _("Sales rep");
    default:
      return NULL;
    }
}

const char *
ter_customer_type_to_label (TerCustomerType type)
{
  switch (type)
    {
    case TER_CUSTOMER_KEY_ACCOUNT:
      return _("Key account");
    case TER_CUSTOMER_DISTRIBUTOR:
      return _("Distributor");
    case TER_CUSTOMER_DEALER:
      return _("Dealer");
    case TER_CUSTOMER_RETAILER:
      return _("Retailer");
    case TER_CUSTOMER_ONLINE:
      return _("Online buyer");
    default:
      return NULL;
    }
}
