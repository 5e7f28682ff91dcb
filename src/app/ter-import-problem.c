/* ter-import-problem.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-problem"

#include "config.h"

#include "ter-import-problem.h"

struct _TerImportProblem
{
  GObject  parent_instance;

  guint    line;
  char    *column;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (TerImportProblem, ter_import_problem, G_TYPE_OBJECT)

static void
ter_import_problem_finalize (GObject *object)
{
  TerImportProblem *self = TER_IMPORT_PROBLEM (object);

  g_free (self->column);
  g_free (self->reason);

  G_OBJECT_CLASS (ter_import_problem_parent_class)->finalize (object);
}

static void
ter_import_problem_class_init (TerImportProblemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ter_import_problem_finalize;
}

static void
ter_import_problem_init (TerImportProblem *self)
{
}

TerImportProblem *
ter_import_problem_new (guint       line,
                        const char *column,
                        const char *reason)
{
  TerImportProblem *self = g_object_new (TER_TYPE_IMPORT_PROBLEM, NULL);

  self->line = line;
  self->column = g_strdup (column ? column : "");
  self->reason = g_strdup (reason);
  return self;
}

guint
ter_import_problem_get_line (TerImportProblem *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_PROBLEM (self), 0);

  return self->line;
}

const char *
ter_import_problem_get_column (TerImportProblem *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_PROBLEM (self), NULL);

  return self->column;
}

const char *
ter_import_problem_get_reason (TerImportProblem *self)
{
  g_return_val_if_fail (TER_IS_IMPORT_PROBLEM (self), NULL);

  return self->reason;
}
