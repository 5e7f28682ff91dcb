/* ter-rep.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-rep"

#include "config.h"

#include "ter-rep.h"

struct _TerRep
{
  GObject     parent_instance;
  gint64      id;
  char       *name;
  TerRepRole  role;
  gint64      manager_id;
  gint64      territory_id;
  char       *hire_date;
  char       *email;
};

G_DEFINE_FINAL_TYPE (TerRep, ter_rep, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ter_rep_finalize (GObject *object)
{
  TerRep *self = (TerRep *) object;

  g_free (self->name);
  g_free (self->hire_date);
  g_free (self->email);

  G_OBJECT_CLASS (ter_rep_parent_class)->finalize (object);
}

static void
ter_rep_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TerRep *self = TER_REP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE_LABEL:
      g_value_set_string (value, ter_rep_role_to_label (self->role));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_rep_class_init (TerRepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_rep_finalize;
  object_class->get_property = ter_rep_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE_LABEL] =
    g_param_spec_string ("role-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ter_rep_init (TerRep *self)
{
}

TerRep *
ter_rep_new (gint64      id,
             const char *name,
             TerRepRole  role,
             gint64      manager_id,
             gint64      territory_id,
             const char *hire_date,
             const char *email)
{
  TerRep *self = g_object_new (TER_TYPE_REP, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->role = role;
  self->manager_id = manager_id;
  self->territory_id = territory_id;
  self->hire_date = g_strdup (hire_date);
  self->email = g_strdup (email);

  return self;
}

gint64
ter_rep_get_id (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), 0);
  return self->id;
}

const char *
ter_rep_get_name (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), NULL);
  return self->name;
}

TerRepRole
ter_rep_get_role (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), TER_REP_ROLE_SALES_REP);
  return self->role;
}

gint64
ter_rep_get_manager_id (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), 0);
  return self->manager_id;
}

gint64
ter_rep_get_territory_id (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), 0);
  return self->territory_id;
}

const char *
ter_rep_get_hire_date (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), NULL);
  return self->hire_date;
}

const char *
ter_rep_get_email (TerRep *self)
{
  g_return_val_if_fail (TER_IS_REP (self), NULL);
  return self->email;
}
