/* ter-import-assistant.h: the window that imports an orders file: a
 * preview with the recognised layout and encoding, the column choices,
 * what to do with wrong rows, progress with Cancel, and the result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-context.h"
#include "ter-import.h"

G_BEGIN_DECLS

#define TER_TYPE_IMPORT_ASSISTANT (ter_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (TerImportAssistant, ter_import_assistant, TER, IMPORT_ASSISTANT, AdwWindow)

/* Opens an assistant over `parent` for `file`; with no file, asks for
 * one first. */
void                ter_import_assistant_run          (GtkWindow           *parent,
                                                       TerContext          *context,
                                                       GFile               *file);
TerImportAssistant *ter_import_assistant_new          (GtkWindow           *parent,
                                                       TerContext          *context);
/* Reads the start of `file` in a thread and shows the choices. */
void                ter_import_assistant_load         (TerImportAssistant  *self,
                                                       GFile               *file);
/* "loading", "error", "setup", "progress" or "result". */
const char         *ter_import_assistant_get_step     (TerImportAssistant  *self);
/* The last finished import's report, or NULL. */
TerImportReport    *ter_import_assistant_get_report   (TerImportAssistant  *self);
gboolean            ter_import_assistant_save_rejects (TerImportAssistant  *self,
                                                       GFile               *file,
                                                       GError             **error);

G_END_DECLS
