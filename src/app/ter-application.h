/* ter-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_APPLICATION (ter_application_get_type ())
G_DECLARE_FINAL_TYPE (TerApplication, ter_application, TER, APPLICATION, AdwApplication)

TerApplication *ter_application_new           (void);
GSettings      *ter_application_get_settings  (TerApplication *self);
/* Opens the database at `path` (NULL: the preference, else the default)
 * in a new window; on failure explains why and offers another file. */
void            ter_application_open_database (TerApplication *self,
                                               const char     *path);

G_END_DECLS
