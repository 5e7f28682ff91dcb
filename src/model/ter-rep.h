/* ter-rep.h: a member of the sales organisation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ter-types.h"

G_BEGIN_DECLS

#define TER_TYPE_REP (ter_rep_get_type ())
G_DECLARE_FINAL_TYPE (TerRep, ter_rep, TER, REP, GObject)

TerRep     *ter_rep_new              (gint64      id,
                                      const char *name,
                                      TerRepRole  role,
                                      gint64      manager_id,
                                      gint64      territory_id,
                                      const char *hire_date,
                                      const char *email);
gint64      ter_rep_get_id           (TerRep     *self);
const char *ter_rep_get_name         (TerRep     *self);
TerRepRole  ter_rep_get_role         (TerRep     *self);
gint64      ter_rep_get_manager_id   (TerRep     *self);
gint64      ter_rep_get_territory_id (TerRep     *self);
const char *ter_rep_get_hire_date    (TerRep     *self);
const char *ter_rep_get_email        (TerRep     *self);

G_END_DECLS
