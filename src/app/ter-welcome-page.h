/* ter-welcome-page.h: first start on an empty database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_WELCOME_PAGE (ter_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (TerWelcomePage, ter_welcome_page, TER, WELCOME_PAGE, GtkWidget)

void ter_welcome_page_set_context (TerWelcomePage *self,
                                   TerContext     *context);
/* Starts the demo company, as the button does. */
void ter_welcome_page_create_demo (TerWelcomePage *self);
/* Remembers the choice of an empty start, as the button does. */
void ter_welcome_page_start_empty (TerWelcomePage *self);

G_END_DECLS
