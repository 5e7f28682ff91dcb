/* ter-map-store.c: region assignments with history, undoable moves and
 * territory balance for the map view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-map-store.h"
#include "ter-money.h"

G_DEFINE_INTERFACE (TerMapStore, ter_map_store, TER_TYPE_STORE)

struct _TerMapUndo
{
  GArray    *region_ids;
  GPtrArray *histories;   /* GArray of TerRegionAssignment, per region */
};

static void
ter_map_store_default_init (TerMapStoreInterface *iface)
{
}

GArray *
ter_map_store_list_assignments (TerMapStore  *self,
                                const char   *on_day,
                                GError      **error)
{
  g_return_val_if_fail (TER_IS_MAP_STORE (self), NULL);
  return TER_MAP_STORE_GET_IFACE (self)->list_assignments (self, on_day, error);
}

GArray *
ter_map_store_region_history (TerMapStore  *self,
                              gint64        region_id,
                              GError      **error)
{
  g_return_val_if_fail (TER_IS_MAP_STORE (self), NULL);
  return TER_MAP_STORE_GET_IFACE (self)->region_history (self, region_id, error);
}

gboolean
ter_map_store_replace_history (TerMapStore  *self,
                               gint64        region_id,
                               GArray       *rows,
                               GError      **error)
{
  g_return_val_if_fail (TER_IS_MAP_STORE (self), FALSE);
  return TER_MAP_STORE_GET_IFACE (self)->replace_history (self, region_id, rows, error);
}

GArray *
ter_map_store_region_activity (TerMapStore  *self,
                               const char   *first_day,
                               const char   *last_day,
                               GError      **error)
{
  g_return_val_if_fail (TER_IS_MAP_STORE (self), NULL);
  return TER_MAP_STORE_GET_IFACE (self)->region_activity (self, first_day, last_day, error);
}

GHashTable *
ter_map_store_region_accounts (TerMapStore  *self,
                               GError      **error)
{
  g_return_val_if_fail (TER_IS_MAP_STORE (self), NULL);
  return TER_MAP_STORE_GET_IFACE (self)->region_accounts (self, error);
}

void
ter_map_undo_free (TerMapUndo *undo)
{
  if (undo == NULL)
    return;
  g_array_unref (undo->region_ids);
  g_ptr_array_unref (undo->histories);
  g_free (undo);
}

TerMapUndo *
ter_map_undo_new (TerMapStore   *self,
                  const gint64  *region_ids,
                  guint          n_regions,
                  GError       **error)
{
  g_autoptr(TerMapUndo) undo = g_new0 (TerMapUndo, 1);

  undo->region_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->histories = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n_regions; i++)
    {
      GArray *history = ter_map_store_region_history (self, region_ids[i], error);

      if (history == NULL)
        return NULL;
      g_array_append_val (undo->region_ids, region_ids[i]);
      g_ptr_array_add (undo->histories, history);
    }
  return g_steal_pointer (&undo);
}

const gint64 *
ter_map_undo_get_regions (TerMapUndo *undo,
                          guint      *n_regions)
{
  g_return_val_if_fail (undo != NULL, NULL);
  *n_regions = undo->region_ids->len;
  return (const gint64 *) (void *) undo->region_ids->data;
}

gboolean
ter_map_assign_regions (TerMapStore   *self,
                        const gint64  *region_ids,
                        guint          n_regions,
                        gint64         territory_id,
                        gint64         rep_id,
                        const char    *valid_from,
                        TerMapUndo   **undo,
                        GError       **error)
{
  g_autoptr(TerMapUndo) before = NULL;

  g_return_val_if_fail (TER_IS_MAP_STORE (self), FALSE);
  g_return_val_if_fail (n_regions > 0 && territory_id > 0, FALSE);

  if ((before = ter_map_undo_new (self, region_ids, n_regions, error)) == NULL
      || !ter_store_begin (TER_STORE (self), error))
    return FALSE;
  for (guint i = 0; i < n_regions; i++)
    if (!ter_store_assign_region (TER_STORE (self), region_ids[i], territory_id, rep_id, valid_from, error))
      {
        ter_store_rollback (TER_STORE (self));
        return FALSE;
      }
  if (!ter_store_commit (TER_STORE (self), error))
    return FALSE;
  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

gboolean
ter_map_undo_apply (TerMapStore  *self,
                    TerMapUndo   *undo,
                    GError      **error)
{
  g_return_val_if_fail (TER_IS_MAP_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!ter_store_begin (TER_STORE (self), error))
    return FALSE;
  for (guint i = 0; i < undo->region_ids->len; i++)
    if (!ter_map_store_replace_history (self, g_array_index (undo->region_ids, gint64, i),
                                        g_ptr_array_index (undo->histories, i), error))
      {
        ter_store_rollback (TER_STORE (self));
        return FALSE;
      }
  return ter_store_commit (TER_STORE (self), error);
}

static gboolean
convert (GArray      *rates,
         gint64       amount,
         const char  *from,
         const char  *to,
         gint64      *out,
         GError     **error)
{
  gint64 from_rate = 0, to_rate = 0;

  if (g_str_equal (from, to))
    {
      *out = amount;
      return TRUE;
    }
  for (guint i = 0; rates != NULL && i < rates->len; i++)
    {
      const TerExchangeRate *r = &g_array_index (rates, TerExchangeRate, i);

      if (g_str_equal (r->currency, from))
        from_rate = r->per_usd_micros;
      if (g_str_equal (r->currency, to))
        to_rate = r->per_usd_micros;
    }
  if (ter_money_convert_via (amount, from, from_rate, to, to_rate, out))
    return TRUE;
  g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
               _("There is no exchange rate from %s to %s."), from, to);
  return FALSE;
}

static TerTerritoryBalance *
balance_row (GArray     *rows,
             GHashTable *index,
             gint64      territory_id)
{
  gpointer position = g_hash_table_lookup (index, &territory_id);
  TerTerritoryBalance row = { .territory_id = territory_id };

  if (position != NULL)
    return &g_array_index (rows, TerTerritoryBalance, GPOINTER_TO_UINT (position) - 1);
  g_array_append_val (rows, row);
  g_hash_table_insert (index, g_memdup2 (&territory_id, sizeof territory_id),
                       GUINT_TO_POINTER (rows->len));
  return &g_array_index (rows, TerTerritoryBalance, rows->len - 1);
}

GArray *
ter_map_balance_compute (GArray      *assignments,
                         GArray      *activity,
                         GHashTable  *accounts,
                         GArray      *rates,
                         const char  *currency,
                         GError     **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerTerritoryBalance));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) owner = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 total = 0;

  for (guint i = 0; i < assignments->len; i++)
    {
      TerRegionAssignment *a = &g_array_index (assignments, TerRegionAssignment, i);
      TerTerritoryBalance *row = balance_row (rows, index, a->territory_id);
      gint64 *count = accounts ? g_hash_table_lookup (accounts, &a->region_id) : NULL;

      row->regions++;
      row->customers += count ? *count : 0;
      g_hash_table_insert (owner, &a->region_id, &a->territory_id);
    }
  for (guint i = 0; i < activity->len; i++)
    {
      TerRegionActivity *act = &g_array_index (activity, TerRegionActivity, i);
      gint64 *territory = g_hash_table_lookup (owner, &act->region_id);
      TerTerritoryBalance *row;
      gint64 amount;

      if (territory == NULL)
        continue;
      if (!convert (rates, act->revenue, act->currency, currency, &amount, error))
        return NULL;
      row = balance_row (rows, index, *territory);
      row->revenue += amount;
      row->orders += act->orders;
      row->active += act->customers;
      total += amount;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      TerTerritoryBalance *row = &g_array_index (rows, TerTerritoryBalance, i);

      row->share = total != 0 ? (double) row->revenue / (double) total : 0.0;
    }
  return g_steal_pointer (&rows);
}

double
ter_map_balance_index (GArray *balance)
{
  double mean = 0.0, variance = 0.0;

  if (balance == NULL || balance->len < 2)
    return 0.0;
  for (guint i = 0; i < balance->len; i++)
    mean += (double) g_array_index (balance, TerTerritoryBalance, i).revenue;
  mean /= balance->len;
  if (mean <= 0.0)
    return 0.0;
  for (guint i = 0; i < balance->len; i++)
    {
      double d = (double) g_array_index (balance, TerTerritoryBalance, i).revenue - mean;

      variance += d * d;
    }
  return sqrt (variance / balance->len) / mean;
}
