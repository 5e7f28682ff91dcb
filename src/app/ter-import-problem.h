/* ter-import-problem.h: one rejected row of an import (line, column and
 * reason) as an item for the result page's list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TER_TYPE_IMPORT_PROBLEM (ter_import_problem_get_type ())
G_DECLARE_FINAL_TYPE (TerImportProblem, ter_import_problem, TER, IMPORT_PROBLEM, GObject)

/* `column` is NULL when the whole row is wrong. */
TerImportProblem *ter_import_problem_new        (guint              line,
                                                 const char        *column,
                                                 const char        *reason);
guint             ter_import_problem_get_line   (TerImportProblem  *self);
/* The column's header, or "" when the whole row is wrong. */
const char       *ter_import_problem_get_column (TerImportProblem  *self);
const char       *ter_import_problem_get_reason (TerImportProblem  *self);

G_END_DECLS
