/* ter-channel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-channel"

#include "config.h"

#include "ter-channel.h"
#include "ter-format.h"

struct _TerChannel
{
  GObject         parent_instance;
  gint64          id;
  char           *code;
  char           *name_en;
  char           *name_zh;
  TerChannelKind  kind;
};

G_DEFINE_FINAL_TYPE (TerChannel, ter_channel, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ter_channel_finalize (GObject *object)
{
  TerChannel *self = (TerChannel *) object;

  g_free (self->code);
  g_free (self->name_en);
  g_free (self->name_zh);

  G_OBJECT_CLASS (ter_channel_parent_class)->finalize (object);
}

static void
ter_channel_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TerChannel *self = TER_CHANNEL (object);

  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, ter_channel_get_display_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_channel_class_init (TerChannelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_channel_finalize;
  object_class->get_property = ter_channel_get_property;

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ter_channel_init (TerChannel *self)
{
}

TerChannel *
ter_channel_new (gint64          id,
                 const char     *code,
                 const char     *name_en,
                 const char     *name_zh,
                 TerChannelKind  kind)
{
  TerChannel *self = g_object_new (TER_TYPE_CHANNEL, NULL);

  self->id = id;
  self->code = g_strdup (code);
  self->name_en = g_strdup (name_en);
  self->name_zh = g_strdup (name_zh);
  self->kind = kind;

  return self;
}

gint64
ter_channel_get_id (TerChannel *self)
{
  g_return_val_if_fail (TER_IS_CHANNEL (self), 0);
  return self->id;
}

const char *
ter_channel_get_code (TerChannel *self)
{
  g_return_val_if_fail (TER_IS_CHANNEL (self), NULL);
  return self->code;
}

const char *
ter_channel_get_display_name (TerChannel *self)
{
  g_return_val_if_fail (TER_IS_CHANNEL (self), NULL);

  if (self->name_zh != NULL && ter_locale_is_chinese ())
    return self->name_zh;
  return self->name_en;
}

TerChannelKind
ter_channel_get_kind (TerChannel *self)
{
  g_return_val_if_fail (TER_IS_CHANNEL (self), TER_CHANNEL_DIRECT);
  return self->kind;
}
