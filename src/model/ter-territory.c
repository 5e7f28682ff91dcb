/* ter-territory.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-territory"

#include "config.h"

#include "ter-format.h"
#include "ter-territory.h"

struct _TerTerritory
{
  GObject  parent_instance;
  gint64   id;
  char    *name;
  char    *name_zh;
  gint64   parent_id;
  guint    depth;
  gint64   manager_id;
  char    *manager_name;
  char    *currency;
};

G_DEFINE_FINAL_TYPE (TerTerritory, ter_territory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DISPLAY_NAME,
  PROP_MANAGER_NAME,
  PROP_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ter_territory_finalize (GObject *object)
{
  TerTerritory *self = (TerTerritory *) object;

  g_free (self->name);
  g_free (self->name_zh);
  g_free (self->manager_name);
  g_free (self->currency);

  G_OBJECT_CLASS (ter_territory_parent_class)->finalize (object);
}

static void
ter_territory_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TerTerritory *self = TER_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, ter_territory_get_display_name (self));
      break;
    case PROP_MANAGER_NAME:
      g_value_set_string (value, self->manager_name);
      break;
    case PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_territory_class_init (TerTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_territory_finalize;
  object_class->get_property = ter_territory_get_property;

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MANAGER_NAME] =
    g_param_spec_string ("manager-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPTH] =
    g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ter_territory_init (TerTerritory *self)
{
}

TerTerritory *
ter_territory_new (gint64      id,
                   const char *name,
                   const char *name_zh,
                   gint64      parent_id,
                   guint       depth,
                   gint64      manager_id,
                   const char *manager_name,
                   const char *currency)
{
  TerTerritory *self = g_object_new (TER_TYPE_TERRITORY, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->name_zh = g_strdup (name_zh);
  self->parent_id = parent_id;
  self->depth = depth;
  self->manager_id = manager_id;
  self->manager_name = g_strdup (manager_name);
  self->currency = g_strdup (currency);

  return self;
}

gint64
ter_territory_get_id (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), 0);
  return self->id;
}

const char *
ter_territory_get_name (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), NULL);
  return self->name;
}

const char *
ter_territory_get_display_name (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), NULL);

  if (self->name_zh != NULL && *self->name_zh != '\0' && ter_locale_is_chinese ())
    return self->name_zh;
  return self->name;
}

gint64
ter_territory_get_parent_id (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), 0);
  return self->parent_id;
}

guint
ter_territory_get_depth (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), 0);
  return self->depth;
}

gint64
ter_territory_get_manager_id (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), 0);
  return self->manager_id;
}

const char *
ter_territory_get_manager_name (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), NULL);
  return self->manager_name;
}

const char *
ter_territory_get_currency (TerTerritory *self)
{
  g_return_val_if_fail (TER_IS_TERRITORY (self), NULL);
  return self->currency;
}
