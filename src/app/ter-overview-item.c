/* ter-overview-item.c
 *
 * Exposes the numbers as properties so that sorters can compare them; the
 * formatted text is made by the page when a cell is bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-overview-item"

#include "config.h"

#include "ter-overview-item.h"

struct _TerOverviewItem
{
  GObject         parent_instance;
  TerTerritory   *territory;
  TerOverviewRow  row;
  char           *currency;
  GListStore     *children;
};

G_DEFINE_FINAL_TYPE (TerOverviewItem, ter_overview_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_MANAGER,
  PROP_REVENUE,
  PROP_TARGET,
  PROP_ATTAINMENT,
  PROP_GROWTH,
  PROP_ORDERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ter_overview_item_dispose (GObject *object)
{
  TerOverviewItem *self = (TerOverviewItem *) object;

  g_clear_object (&self->territory);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (ter_overview_item_parent_class)->dispose (object);
}

static void
ter_overview_item_finalize (GObject *object)
{
  TerOverviewItem *self = (TerOverviewItem *) object;

  g_free (self->currency);

  G_OBJECT_CLASS (ter_overview_item_parent_class)->finalize (object);
}

static void
ter_overview_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TerOverviewItem *self = TER_OVERVIEW_ITEM (object);
  double fraction;

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, ter_territory_get_display_name (self->territory));
      break;
    case PROP_MANAGER:
      g_value_set_string (value, ter_territory_get_manager_name (self->territory));
      break;
    case PROP_REVENUE:
      g_value_set_int64 (value, self->row.revenue);
      break;
    case PROP_TARGET:
      g_value_set_int64 (value, self->row.has_target ? self->row.target : -1);
      break;
    case PROP_ATTAINMENT:
      g_value_set_double (value, ter_overview_row_attainment (&self->row, &fraction) ? fraction : -1.0);
      break;
    case PROP_GROWTH:
      g_value_set_double (value, ter_overview_row_growth (&self->row, &fraction) ? fraction : -G_MAXDOUBLE);
      break;
    case PROP_ORDERS:
      g_value_set_int64 (value, self->row.orders);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_overview_item_class_init (TerOverviewItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ter_overview_item_dispose;
  object_class->finalize = ter_overview_item_finalize;
  object_class->get_property = ter_overview_item_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_MANAGER] = g_param_spec_string ("manager", NULL, NULL, NULL, flags);
  properties[PROP_REVENUE] = g_param_spec_int64 ("revenue", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TARGET] = g_param_spec_int64 ("target", NULL, NULL, -1, G_MAXINT64, 0, flags);
  properties[PROP_ATTAINMENT] = g_param_spec_double ("attainment", NULL, NULL, -1, G_MAXDOUBLE, 0, flags);
  properties[PROP_GROWTH] = g_param_spec_double ("growth", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_ORDERS] = g_param_spec_int64 ("orders", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ter_overview_item_init (TerOverviewItem *self)
{
  self->children = g_list_store_new (TER_TYPE_OVERVIEW_ITEM);
}

TerOverviewItem *
ter_overview_item_new (TerTerritory         *territory,
                       const TerOverviewRow *row,
                       const char           *currency)
{
  TerOverviewItem *self = g_object_new (TER_TYPE_OVERVIEW_ITEM, NULL);

  self->territory = g_object_ref (territory);
  self->row = *row;
  self->currency = g_strdup (currency);

  return self;
}

TerTerritory *
ter_overview_item_get_territory (TerOverviewItem *self)
{
  g_return_val_if_fail (TER_IS_OVERVIEW_ITEM (self), NULL);
  return self->territory;
}

const TerOverviewRow *
ter_overview_item_get_row (TerOverviewItem *self)
{
  g_return_val_if_fail (TER_IS_OVERVIEW_ITEM (self), NULL);
  return &self->row;
}

const char *
ter_overview_item_get_currency (TerOverviewItem *self)
{
  g_return_val_if_fail (TER_IS_OVERVIEW_ITEM (self), NULL);
  return self->currency;
}

GListStore *
ter_overview_item_get_children (TerOverviewItem *self)
{
  g_return_val_if_fail (TER_IS_OVERVIEW_ITEM (self), NULL);
  return self->children;
}
