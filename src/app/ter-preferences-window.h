/* ter-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-application.h"

G_BEGIN_DECLS

#define TER_TYPE_PREFERENCES_WINDOW (ter_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (TerPreferencesWindow, ter_preferences_window, TER, PREFERENCES_WINDOW, AdwPreferencesWindow)

TerPreferencesWindow *ter_preferences_window_new (TerApplication *application);

G_END_DECLS
