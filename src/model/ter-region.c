/* ter-region.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-region"

#include "config.h"

#include "ter-format.h"
#include "ter-region.h"

struct _TerRegion
{
  GObject         parent_instance;
  gint64          id;
  char           *code;
  char           *name_en;
  char           *name_zh;
  gint64          parent_id;
  TerRegionLevel  level;
};

G_DEFINE_FINAL_TYPE (TerRegion, ter_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ter_region_finalize (GObject *object)
{
  TerRegion *self = (TerRegion *) object;

  g_free (self->code);
  g_free (self->name_en);
  g_free (self->name_zh);

  G_OBJECT_CLASS (ter_region_parent_class)->finalize (object);
}

static void
ter_region_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TerRegion *self = TER_REGION (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, ter_region_get_display_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_region_class_init (TerRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_region_finalize;
  object_class->get_property = ter_region_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ter_region_init (TerRegion *self)
{
}

TerRegion *
ter_region_new (gint64          id,
                const char     *code,
                const char     *name_en,
                const char     *name_zh,
                gint64          parent_id,
                TerRegionLevel  level)
{
  TerRegion *self = g_object_new (TER_TYPE_REGION, NULL);

  self->id = id;
  self->code = g_strdup (code);
  self->name_en = g_strdup (name_en);
  self->name_zh = g_strdup (name_zh);
  self->parent_id = parent_id;
  self->level = level;

  return self;
}

gint64
ter_region_get_id (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), 0);
  return self->id;
}

const char *
ter_region_get_code (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), NULL);
  return self->code;
}

const char *
ter_region_get_name_en (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), NULL);
  return self->name_en;
}

const char *
ter_region_get_name_zh (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), NULL);
  return self->name_zh;
}

const char *
ter_region_get_display_name (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), NULL);
  return ter_locale_is_chinese () ? self->name_zh : self->name_en;
}

gint64
ter_region_get_parent_id (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), 0);
  return self->parent_id;
}

TerRegionLevel
ter_region_get_level (TerRegion *self)
{
  g_return_val_if_fail (TER_IS_REGION (self), TER_REGION_LEVEL_COUNTRY);
  return self->level;
}
