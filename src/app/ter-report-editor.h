/* ter-report-editor.h: a rep's monthly report: the month's figures,
 * reasons, work done, next goals and competitors, saved or submitted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ter-store.h"

G_BEGIN_DECLS

#define TER_TYPE_REPORT_EDITOR (ter_report_editor_get_type ())
G_DECLARE_FINAL_TYPE (TerReportEditor, ter_report_editor, TER, REPORT_EDITOR, AdwWindow)

TerReportEditor *ter_report_editor_new (TerStore    *store,
                                        gint64       rep_id,
                                        const char  *month,
                                        gint64       actor_id,
                                        const char  *rep_name,
                                        const char  *currency,
                                        GError     **error);

G_END_DECLS
