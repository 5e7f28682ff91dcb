/* ter-map-history.c: multi-level undo and redo of region assignments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-history"

#include "config.h"

#include "ter-map-history.h"

/* One step: the regions' histories as they were on the other side of it,
 * so applying it moves the regions across. */
typedef struct {
  TerMapUndo *state;
  char       *label;
} Step;

struct _TerMapHistory
{
  GPtrArray *undo;   /* Step, oldest first */
  GPtrArray *redo;   /* Step, the next to redo last */
  guint      limit;
};

static void
step_free (Step *step)
{
  ter_map_undo_free (step->state);
  g_free (step->label);
  g_free (step);
}

static Step *
step_new (TerMapUndo *state,
          const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->state = state;
  step->label = g_strdup (label);
  return step;
}

TerMapHistory *
ter_map_history_new (guint limit)
{
  TerMapHistory *self = g_new0 (TerMapHistory, 1);

  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->limit = limit;
  return self;
}

void
ter_map_history_free (TerMapHistory *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self);
}

gboolean
ter_map_history_assign (TerMapHistory  *self,
                        TerMapStore    *store,
                        const gint64   *region_ids,
                        guint           n_regions,
                        gint64          territory_id,
                        gint64          rep_id,
                        const char     *valid_from,
                        const char     *label,
                        GError        **error)
{
  TerMapUndo *before = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  if (!ter_map_assign_regions (store, region_ids, n_regions, territory_id, rep_id, valid_from, &before, error))
    return FALSE;
  g_ptr_array_add (self->undo, step_new (before, label));
  if (self->limit > 0 && self->undo->len > self->limit)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  return TRUE;
}

/* Takes the last step of `from`, records the regions' present state as a
 * step of `to`, and puts the step's state back. Nothing moves on failure. */
static gboolean
cross (TerMapStore  *store,
       GPtrArray    *from,
       GPtrArray    *to,
       GError      **error)
{
  Step *step;
  const gint64 *ids;
  guint n;
  TerMapUndo *present;

  if (from->len == 0)
    return TRUE;
  step = g_ptr_array_index (from, from->len - 1);
  ids = ter_map_undo_get_regions (step->state, &n);
  if ((present = ter_map_undo_new (store, ids, n, error)) == NULL)
    return FALSE;
  if (!ter_map_undo_apply (store, step->state, error))
    {
      ter_map_undo_free (present);
      return FALSE;
    }
  g_ptr_array_add (to, step_new (present, step->label));
  g_ptr_array_remove_index (from, from->len - 1);
  return TRUE;
}

gboolean
ter_map_history_undo (TerMapHistory  *self,
                      TerMapStore    *store,
                      GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return cross (store, self->undo, self->redo, error);
}

gboolean
ter_map_history_redo (TerMapHistory  *self,
                      TerMapStore    *store,
                      GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return cross (store, self->redo, self->undo, error);
}

gboolean
ter_map_history_can_undo (TerMapHistory *self)
{
  return self != NULL && self->undo->len > 0;
}

gboolean
ter_map_history_can_redo (TerMapHistory *self)
{
  return self != NULL && self->redo->len > 0;
}

guint
ter_map_history_get_n_undo (TerMapHistory *self)
{
  return self != NULL ? self->undo->len : 0;
}

guint
ter_map_history_get_n_redo (TerMapHistory *self)
{
  return self != NULL ? self->redo->len : 0;
}

static const char *
last_label (GPtrArray *steps)
{
  if (steps->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (steps, steps->len - 1))->label;
}

const char *
ter_map_history_get_undo_label (TerMapHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return last_label (self->undo);
}

const char *
ter_map_history_get_redo_label (TerMapHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return last_label (self->redo);
}

void
ter_map_history_clear (TerMapHistory *self)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}
