/* ter-overview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-overview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-money.h"
#include "ter-overview.h"
#include "ter-territory.h"

/* Both currencies' rates per US dollar; 0 where a rate is missing. */
static void
find_rates (GArray     *rates,
            const char *from,
            const char *to,
            gint64     *from_per_usd,
            gint64     *to_per_usd)
{
  *from_per_usd = 0;
  *to_per_usd = 0;

  for (guint i = 0; i < rates->len; i++)
    {
      const TerExchangeRate *r = &g_array_index (rates, TerExchangeRate, i);

      if (g_str_equal (r->currency, from))
        *from_per_usd = r->per_usd_micros;
      if (g_str_equal (r->currency, to))
        *to_per_usd = r->per_usd_micros;
    }
}

gint64
ter_exchange_rate_between (GArray     *rates,
                           const char *from,
                           const char *to)
{
  gint64 from_per_usd, to_per_usd;
  gint64 rate = 0;

  find_rates (rates, from, to, &from_per_usd, &to_per_usd);
  if (from_per_usd <= 0 || to_per_usd <= 0
      || !ter_money_scale (to_per_usd, 1000000, from_per_usd, &rate))
    return 0;

  return rate;
}

static gboolean
convert (GArray      *rates,
         gint64       amount,
         const char  *from,
         const char  *to,
         gint64      *out,
         GError     **error)
{
  gint64 from_per_usd, to_per_usd;

  find_rates (rates, from, to, &from_per_usd, &to_per_usd);
  if (!ter_money_convert_via (amount, from, from_per_usd, to, to_per_usd, out))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                   _("There is no exchange rate from %s to %s."), from, to);
      return FALSE;
    }

  return TRUE;
}

typedef struct {
  GArray     *rows;     /* TerOverviewRow, in list order */
  GHashTable *index;    /* territory id → position + 1 */
  GArray     *parents;  /* position of each row's parent, or -1 */
  GArray     *rates;
  const char *currency;
} Builder;

static TerOverviewRow *
row_for (Builder *builder,
         gint64   territory_id)
{
  guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (builder->index, &territory_id));

  return pos > 0 ? &g_array_index (builder->rows, TerOverviewRow, pos - 1) : NULL;
}

static gboolean
add_sales (Builder     *builder,
           GArray      *sales,
           gboolean     previous,
           GError     **error)
{
  for (guint i = 0; i < sales->len; i++)
    {
      const TerTerritorySales *s = &g_array_index (sales, TerTerritorySales, i);
      TerOverviewRow *row = row_for (builder, s->territory_id);
      gint64 revenue, cost;

      if (row == NULL)
        continue;
      if (!convert (builder->rates, s->revenue, s->currency, builder->currency, &revenue, error)
          || !convert (builder->rates, s->cost, s->currency, builder->currency, &cost, error))
        return FALSE;

      if (previous)
        {
          row->previous += revenue;
          row->has_previous = TRUE;
        }
      else
        {
          row->revenue += revenue;
          row->cost += cost;
          row->orders += s->orders;
        }
    }

  return TRUE;
}

static gboolean
add_targets (Builder  *builder,
             GArray   *targets,
             GError  **error)
{
  for (guint i = 0; i < targets->len; i++)
    {
      const TerTerritoryTarget *t = &g_array_index (targets, TerTerritoryTarget, i);
      TerOverviewRow *row = row_for (builder, t->territory_id);
      gint64 value;

      if (row == NULL)
        continue;
      if (!convert (builder->rates, t->value, t->currency, builder->currency, &value, error))
        return FALSE;
      row->target += value;
      row->has_target = TRUE;
    }

  return TRUE;
}

/* Walks the depth-first list backwards, so that every child is complete
 * before it is added into its parent. */
static void
roll_up (Builder *builder)
{
  for (guint i = builder->rows->len; i-- > 0;)
    {
      TerOverviewRow *row = &g_array_index (builder->rows, TerOverviewRow, i);
      int parent_pos = g_array_index (builder->parents, int, i);
      TerOverviewRow *parent;

      if (parent_pos < 0)
        continue;

      parent = &g_array_index (builder->rows, TerOverviewRow, parent_pos);
      parent->revenue += row->revenue;
      parent->previous += row->previous;
      parent->cost += row->cost;
      parent->orders += row->orders;
      parent->has_previous |= row->has_previous;
    }
}

/* A territory without a target of its own is measured against the sum of
 * its children's targets. Children come after parents, so go backwards. */
static void
roll_up_targets (Builder *builder)
{
  g_autofree gint64 *child_targets = g_new0 (gint64, builder->rows->len);
  g_autofree gboolean *child_has = g_new0 (gboolean, builder->rows->len);

  for (guint i = builder->rows->len; i-- > 0;)
    {
      TerOverviewRow *row = &g_array_index (builder->rows, TerOverviewRow, i);
      int parent_pos = g_array_index (builder->parents, int, i);

      if (!row->has_target && child_has[i])
        {
          row->target = child_targets[i];
          row->has_target = TRUE;
        }
      if (parent_pos >= 0 && row->has_target)
        {
          child_targets[parent_pos] += row->target;
          child_has[parent_pos] = TRUE;
        }
    }
}

static void
builder_init (Builder    *builder,
              GListModel *territories)
{
  guint n = g_list_model_get_n_items (territories);

  builder->rows = g_array_sized_new (FALSE, TRUE, sizeof (TerOverviewRow), n);
  builder->parents = g_array_sized_new (FALSE, TRUE, sizeof (int), n);
  builder->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);
      TerOverviewRow row = { 0 };
      gint64 parent_id = ter_territory_get_parent_id (territory);
      guint parent_pos;
      int parent = -1;

      row.territory_id = ter_territory_get_id (territory);
      g_array_append_val (builder->rows, row);
      g_hash_table_insert (builder->index, g_memdup2 (&row.territory_id, sizeof (gint64)),
                           GUINT_TO_POINTER (i + 1));

      parent_pos = GPOINTER_TO_UINT (g_hash_table_lookup (builder->index, &parent_id));
      if (parent_id > 0 && parent_pos > 0)
        parent = (int) parent_pos - 1;
      g_array_append_val (builder->parents, parent);
    }
}

GArray *
ter_overview_compute (TerStore        *store,
                      GListModel      *territories,
                      const TerPeriod *period,
                      const char      *currency,
                      GError         **error)
{
  Builder builder = { 0 };
  g_autoptr(GArray) sales = NULL;
  g_autoptr(GArray) previous_sales = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GArray) rates = NULL;
  TerPeriod previous;
  char first[11], last[11], first_month[8], last_month[8];
  gboolean ok;

  ter_period_format_bounds (period, first, last);
  ter_period_format_months (period, first_month, last_month);
  ter_period_previous_year (period, &previous);

  if (!(rates = ter_store_list_exchange_rates (store, error))
      || !(sales = ter_store_territory_sales (store, first, last, error))
      || !(targets = ter_store_territory_targets (store, first_month, last_month, error)))
    return NULL;

  ter_period_format_bounds (&previous, first, last);
  if (!(previous_sales = ter_store_territory_sales (store, first, last, error)))
    return NULL;

  builder_init (&builder, territories);
  builder.rates = rates;
  builder.currency = currency;

  ok = add_sales (&builder, sales, FALSE, error)
       && add_sales (&builder, previous_sales, TRUE, error)
       && add_targets (&builder, targets, error);
  if (ok)
    {
      roll_up (&builder);
      roll_up_targets (&builder);
    }

  g_hash_table_unref (builder.index);
  g_array_unref (builder.parents);
  if (!ok)
    {
      g_array_unref (builder.rows);
      return NULL;
    }

  return builder.rows;
}

gboolean
ter_overview_row_attainment (const TerOverviewRow *row,
                             double               *out)
{
  if (!row->has_target || row->target <= 0)
    return FALSE;

  *out = (double) row->revenue / (double) row->target;
  return TRUE;
}

gboolean
ter_overview_row_growth (const TerOverviewRow *row,
                         double               *out)
{
  if (!row->has_previous || row->previous <= 0)
    return FALSE;

  *out = (double) (row->revenue - row->previous) / (double) row->previous;
  return TRUE;
}
