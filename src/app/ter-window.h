/* ter-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-application.h"
#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_WINDOW (ter_window_get_type ())
G_DECLARE_FINAL_TYPE (TerWindow, ter_window, TER, WINDOW, AdwApplicationWindow)

TerWindow  *ter_window_new         (TerApplication *application,
                                    TerContext     *context);
TerContext *ter_window_get_context (TerWindow      *self);
void        ter_window_add_toast   (TerWindow      *self,
                                    const char     *message);

G_END_DECLS
