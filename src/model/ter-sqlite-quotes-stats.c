/* ter-sqlite-quotes-stats.c: win rate, average discount and pipeline of
 * quotes for the SQLite engine, in total or per territory, rep or month.
 *
 * SQLite sums per group and quote currency; the groups' currencies are
 * then converted and added here, each amount once, so the figures are
 * exact in minor units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-quotes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-format.h"
#include "ter-money.h"
#include "ter-sqlite-quotes-private.h"
#include "ter-sqlite-store-private.h"

typedef struct {
  TerQuoteStatsRow row;
  gint64           discount_sum;   /* over quotes past draft */
  gint64           discounted;     /* quotes past draft */
} Group;

static void
stats_row_clear (TerQuoteStatsRow *row)
{
  g_free (row->label);
}

static gint32
ratio_bp (gint64 part,
          gint64 whole)
{
  return whole > 0 ? (gint32) ((part * 10000 + whole / 2) / whole) : 0;
}

/* Adds one (group, currency) row of the query to its group. */
static gboolean
add_row (TerSqliteStore  *self,
         sqlite3_stmt    *stmt,
         const char      *currency,
         Group           *group,
         GError         **error)
{
  const char *from = ter_sqlite_column_text (stmt, 2);
  TerQuoteStats *s = &group->row.stats;
  gint64 pipeline, won;

  if (!ter_sqlite_quotes_convert (self, sqlite3_column_int64 (stmt, 9), from, currency, &pipeline, error)
      || !ter_sqlite_quotes_convert (self, sqlite3_column_int64 (stmt, 10), from, currency, &won, error))
    return FALSE;
  if (!ter_money_add (s->pipeline_value, pipeline, &s->pipeline_value)
      || !ter_money_add (s->won_value, won, &s->won_value))
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_OVERFLOW,
                   _("The quotes’ total is too large to add up."));
      return FALSE;
    }
  s->quotes += sqlite3_column_int64 (stmt, 3);
  s->open += sqlite3_column_int64 (stmt, 4);
  s->won += sqlite3_column_int64 (stmt, 5);
  s->lost += sqlite3_column_int64 (stmt, 6);
  group->discount_sum += sqlite3_column_int64 (stmt, 7);
  group->discounted += sqlite3_column_int64 (stmt, 8);
  return TRUE;
}

static const char *
group_label (sqlite3_stmt *stmt,
             int           group)
{
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    return ter_sqlite_column_text (stmt, 1);
  return group == TER_QUOTE_STATS_BY_TERRITORY ? _("No territory") : "";
}

static GArray *
collect (TerSqliteStore  *self,
         sqlite3_stmt    *stmt,
         int              group,
         const char      *currency,
         GError         **error)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Group));
  GArray *rows;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *label = group_label (stmt, group);
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Group *last = groups->len > 0 ? &g_array_index (groups, Group, groups->len - 1) : NULL;

      /* Rows come ordered by group, so a group's currencies are adjacent. */
      if (last == NULL || last->row.id != id || g_strcmp0 (last->row.label, label) != 0)
        {
          Group fresh = { .row = { .id = id, .label = g_strdup (label) } };

          g_array_append_val (groups, fresh);
          last = &g_array_index (groups, Group, groups->len - 1);
        }
      if (!add_row (self, stmt, currency, last, error))
        {
          rc = SQLITE_DONE + 1000;
          break;
        }
    }
  sqlite3_reset (stmt);

  rows = g_array_sized_new (FALSE, TRUE, sizeof (TerQuoteStatsRow), groups->len);
  g_array_set_clear_func (rows, (GDestroyNotify) stats_row_clear);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = &g_array_index (groups, Group, i);

      g->row.stats.win_rate_bp = ratio_bp (g->row.stats.won, g->row.stats.won + g->row.stats.lost);
      g->row.stats.avg_discount_bp = g->discounted > 0
                                     ? (gint32) ((g->discount_sum + g->discounted / 2) / g->discounted) : 0;
      g_array_append_val (rows, g->row);
    }
  if (rc != SQLITE_DONE)
    {
      if (rc != SQLITE_DONE + 1000)
        ter_sqlite_store_set_error (self, error, rc, _("Adding up quotes"));
      g_array_unref (rows);
      return NULL;
    }
  return rows;
}

GArray *
ter_sqlite_quotes_stats (TerQuoteStore         *store,
                         const TerQuoteFilter  *filter,
                         int                    group,
                         const char            *currency,
                         GError               **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  TerQuoteFilter all = { .status = -1 };
  sqlite3_stmt *stmt;

  if (filter == NULL)
    filter = &all;
  stmt = ter_sqlite_store_prepare (self,
      "WITH RECURSIVE scope (id) AS (SELECT ?3"
      "  UNION SELECT t.id FROM territories t JOIN scope ON t.parent_id = scope.id) "
      "SELECT CASE ?5 WHEN 0 THEN r.territory_id WHEN 1 THEN q.rep_id ELSE 0 END AS gid,"
      " CASE ?5 WHEN 0 THEN (SELECT CASE WHEN ?6 THEN coalesce (t.name_zh, t.name) ELSE t.name END"
      "                       FROM territories t WHERE t.id = r.territory_id)"
      "  WHEN 1 THEN r.name WHEN 2 THEN substr (q.created_on, 1, 7) ELSE '' END AS label,"
      " q.currency, count (*),"
      " count (*) FILTER (WHERE q.status IN ('draft', 'pending_approval', 'approved', 'sent')),"
      " count (*) FILTER (WHERE q.status = 'won'), count (*) FILTER (WHERE q.status = 'lost'),"
      " coalesce (sum (v.discount_bp) FILTER (WHERE q.status <> 'draft'), 0),"
      " count (*) FILTER (WHERE q.status <> 'draft'),"
      " coalesce (sum (v.total) FILTER (WHERE q.status IN ('draft', 'pending_approval', 'approved', 'sent')), 0),"
      " coalesce (sum (v.total) FILTER (WHERE q.status = 'won'), 0) "
      "FROM quotes q JOIN reps r ON r.id = q.rep_id"
      " JOIN quote_versions v ON v.quote_id = q.id AND v.version = q.version "
      "WHERE (?1 IS NULL OR q.created_on >= ?1) AND (?2 IS NULL OR q.created_on <= ?2)"
      " AND (?3 IS NULL OR r.territory_id IN (SELECT id FROM scope)) AND (?4 IS NULL OR q.rep_id = ?4) "
      "GROUP BY gid, label, q.currency ORDER BY label, gid, q.currency", error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_bind_text_or_null (stmt, 1, filter->first_day);
  ter_sqlite_bind_text_or_null (stmt, 2, filter->last_day);
  ter_sqlite_bind_id_or_null (stmt, 3, filter->territory_id);
  ter_sqlite_bind_id_or_null (stmt, 4, filter->rep_id);
  sqlite3_bind_int (stmt, 5, group);
  sqlite3_bind_int (stmt, 6, ter_locale_is_chinese ());
  return collect (self, stmt, group, currency, error);
}
