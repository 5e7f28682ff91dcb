/* ter-sqlite-quotes-query.c: reading quotes for lists, histories,
 * statistics, the credit check and the editor’s searches (SQLite engine).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-quotes"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-money.h"
#include "ter-sqlite-quotes-private.h"
#include "ter-sqlite-store-private.h"

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static void
summary_clear (TerQuoteSummary *s)
{
  g_free (s->number);
  g_free (s->customer_name);
  g_free (s->rep_name);
  g_free (s->created_on);
  g_free (s->valid_until);
}

GArray *
ter_sqlite_quotes_list (TerQuoteStore         *store,
                        const TerQuoteFilter  *filter,
                        GError               **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerQuoteSummary));
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) summary_clear);
  stmt = ter_sqlite_store_prepare (self,
      "WITH RECURSIVE scope (id) AS (SELECT ?6"
      "  UNION SELECT t.id FROM territories t JOIN scope ON t.parent_id = scope.id) "
      "SELECT q.id, q.number, q.status, c.name, q.rep_id, r.name, q.currency, q.created_on,"
      " v.valid_until, q.version, v.total, v.discount_bp "
      "FROM quotes q JOIN customers c ON c.id = q.customer_id JOIN reps r ON r.id = q.rep_id "
      "JOIN quote_versions v ON v.quote_id = q.id AND v.version = q.version "
      "WHERE (?1 IS NULL OR q.status = ?1) AND (?2 IS NULL OR q.rep_id = ?2)"
      " AND (?3 IS NULL OR q.number LIKE ?3 OR c.name LIKE ?3)"
      " AND (?4 IS NULL OR q.created_on >= ?4) AND (?5 IS NULL OR q.created_on <= ?5)"
      " AND (?6 IS NULL OR r.territory_id IN (SELECT id FROM scope)) "
      "ORDER BY q.created_on DESC, q.id DESC", error);
  if (stmt == NULL)
    return NULL;

  if (filter != NULL)
    {
      if (filter->status >= 0)
        sqlite3_bind_text (stmt, 1, ter_quote_status_to_key (filter->status), -1, SQLITE_STATIC);
      ter_sqlite_bind_id_or_null (stmt, 2, filter->rep_id);
      if (filter->search != NULL && *filter->search != '\0')
        pattern = g_strdup_printf ("%%%s%%", filter->search);
      ter_sqlite_bind_text_or_null (stmt, 3, pattern);
      ter_sqlite_bind_text_or_null (stmt, 4, filter->first_day);
      ter_sqlite_bind_text_or_null (stmt, 5, filter->last_day);
      ter_sqlite_bind_id_or_null (stmt, 6, filter->territory_id);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteSummary s = { 0 };

      s.id = sqlite3_column_int64 (stmt, 0);
      s.number = dup_column (stmt, 1);
      s.status = ter_quote_status_from_key (ter_sqlite_column_text (stmt, 2));
      s.customer_name = dup_column (stmt, 3);
      s.rep_id = sqlite3_column_int64 (stmt, 4);
      s.rep_name = dup_column (stmt, 5);
      g_strlcpy (s.currency, ter_sqlite_column_text (stmt, 6), sizeof s.currency);
      s.created_on = dup_column (stmt, 7);
      s.valid_until = dup_column (stmt, 8);
      s.version = sqlite3_column_int (stmt, 9);
      s.total = sqlite3_column_int64 (stmt, 10);
      s.discount_bp = sqlite3_column_int (stmt, 11);
      g_array_append_val (rows, s);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Listing quotes"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static void
version_info_clear (TerQuoteVersionInfo *v)
{
  g_free (v->created_at);
  g_free (v->note);
}

GArray *
ter_sqlite_quotes_versions (TerQuoteStore  *store,
                            gint64          quote_id,
                            GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerQuoteVersionInfo));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) version_info_clear);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT version, created_at, note, total, discount_bp FROM quote_versions "
      "WHERE quote_id = ?1 ORDER BY version", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, quote_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteVersionInfo v = { 0 };

      v.version = sqlite3_column_int (stmt, 0);
      v.created_at = dup_column (stmt, 1);
      v.note = dup_column (stmt, 2);
      v.total = sqlite3_column_int64 (stmt, 3);
      v.discount_bp = sqlite3_column_int (stmt, 4);
      g_array_append_val (rows, v);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Listing quote versions"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static void
event_clear (TerQuoteEvent *e)
{
  g_free (e->at);
  g_free (e->actor_name);
  g_free (e->note);
}

GArray *
ter_sqlite_quotes_events (TerQuoteStore  *store,
                          gint64          quote_id,
                          GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerQuoteEvent));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) event_clear);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT e.at, e.from_status, e.to_status, e.actor_id, r.name, e.version, e.note "
      "FROM quote_events e LEFT JOIN reps r ON r.id = e.actor_id "
      "WHERE e.quote_id = ?1 ORDER BY e.id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, quote_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteEvent e = { 0 };

      e.at = dup_column (stmt, 0);
      e.from_status = ter_quote_status_from_key (ter_sqlite_column_text (stmt, 1));
      e.to_status = ter_quote_status_from_key (ter_sqlite_column_text (stmt, 2));
      e.actor_id = sqlite3_column_int64 (stmt, 3);
      e.actor_name = dup_column (stmt, 4);
      e.version = sqlite3_column_int (stmt, 5);
      e.note = dup_column (stmt, 6);
      g_array_append_val (rows, e);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading a quote’s history"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static void
rep_stats_clear (TerQuoteRepStats *s)
{
  g_free (s->rep_name);
}

GArray *
ter_sqlite_quotes_rep_stats (TerQuoteStore  *store,
                             const char     *first_day,
                             const char     *last_day,
                             GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerQuoteRepStats));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) rep_stats_clear);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT q.rep_id, r.name, count (*), count (*) FILTER (WHERE q.status = 'won'),"
      " count (*) FILTER (WHERE q.status = 'lost'),"
      " round (avg (v.discount_bp) FILTER (WHERE q.status <> 'draft')) "
      "FROM quotes q JOIN reps r ON r.id = q.rep_id "
      "JOIN quote_versions v ON v.quote_id = q.id AND v.version = q.version "
      "WHERE q.created_on BETWEEN ?1 AND ?2 GROUP BY q.rep_id ORDER BY r.name", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteRepStats s = { 0 };

      s.rep_id = sqlite3_column_int64 (stmt, 0);
      s.rep_name = dup_column (stmt, 1);
      s.quotes = sqlite3_column_int64 (stmt, 2);
      s.won = sqlite3_column_int64 (stmt, 3);
      s.lost = sqlite3_column_int64 (stmt, 4);
      s.avg_discount_bp = sqlite3_column_int (stmt, 5);
      if (s.won + s.lost > 0)
        {
          gint64 rate = 0;

          ter_money_scale (s.won, TER_QUOTE_MAX_RATE_BP, s.won + s.lost, &rate);
          s.win_rate_bp = (gint32) rate;
        }
      g_array_append_val (rows, s);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up quotes per rep"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static char *
like_pattern (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;
  return g_strdup_printf ("%%%s%%", text);
}

static void
customer_hit_clear (TerQuoteCustomerHit *hit)
{
  g_free (hit->name);
  g_free (hit->city);
  g_free (hit->contact);
}

GArray *
ter_sqlite_quotes_search_customers (TerQuoteStore  *store,
                                    const char     *text,
                                    guint           limit,
                                    GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerQuoteCustomerHit));
  g_autofree char *pattern = like_pattern (text);
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) customer_hit_clear);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT id, name, city, contact, currency, owner_rep_id, credit_limit FROM customers "
      "WHERE ?1 IS NULL OR name LIKE ?1 OR city LIKE ?1 OR contact LIKE ?1 "
      "ORDER BY ?1 IS NULL, name LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_bind_text_or_null (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteCustomerHit hit = { 0 };

      hit.id = sqlite3_column_int64 (stmt, 0);
      hit.name = dup_column (stmt, 1);
      hit.city = dup_column (stmt, 2);
      hit.contact = dup_column (stmt, 3);
      g_strlcpy (hit.currency, ter_sqlite_column_text (stmt, 4), sizeof hit.currency);
      hit.owner_rep_id = sqlite3_column_int64 (stmt, 5);
      hit.credit_limit = sqlite3_column_int64 (stmt, 6);
      g_array_append_val (rows, hit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Searching customers"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static void
product_hit_clear (TerQuoteProductHit *hit)
{
  g_free (hit->sku);
  g_free (hit->name_en);
  g_free (hit->name_zh);
}

GArray *
ter_sqlite_quotes_search_products (TerQuoteStore  *store,
                                   const char     *text,
                                   const char     *currency,
                                   guint           limit,
                                   GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TerQuoteProductHit));
  g_autofree char *pattern = like_pattern (text);
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) product_hit_clear);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT p.id, p.sku, p.name_en, p.name_zh, coalesce (pp.list_price, -1) FROM products p "
      "LEFT JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = ?2 "
      "WHERE p.active AND (?1 IS NULL OR p.sku LIKE ?1 OR p.name_en LIKE ?1 OR p.name_zh LIKE ?1) "
      "ORDER BY p.sku LIMIT ?3", error);
  if (stmt == NULL)
    return NULL;

  ter_sqlite_bind_text_or_null (stmt, 1, pattern);
  ter_sqlite_bind_text_or_null (stmt, 2, currency);
  sqlite3_bind_int64 (stmt, 3, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteProductHit hit = { 0 };

      hit.id = sqlite3_column_int64 (stmt, 0);
      hit.sku = dup_column (stmt, 1);
      hit.name_en = dup_column (stmt, 2);
      hit.name_zh = dup_column (stmt, 3);
      hit.list_price = sqlite3_column_int64 (stmt, 4);
      g_array_append_val (rows, hit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Searching products"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gint64
rate_of (TerSqliteStore *self,
         const char     *currency)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT per_usd_micros FROM exchange_rates WHERE currency = ?1", NULL);
  gint64 rate = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    rate = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rate;
}

/* Converts into the customer's currency with the stored rates. */
gboolean
ter_sqlite_quotes_convert (TerSqliteStore  *self,
         gint64           amount,
         const char      *from,
         const char      *to,
         gint64          *out,
         GError         **error)
{
  gint64 from_rate = rate_of (self, from);
  gint64 to_rate = rate_of (self, to);

  if (g_str_equal (from, to))
    {
      *out = amount;
      return TRUE;
    }
  if (from_rate > 0 && to_rate > 0 && ter_money_convert_via (amount, from, from_rate, to, to_rate, out))
    return TRUE;

  g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
               _("No exchange rate converts %s into %s."), from, to);
  return FALSE;
}

static gboolean
open_balance (TerSqliteStore  *self,
              gint64           customer_id,
              TerQuoteCredit  *credit,
              GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT o.currency, sum (l.amount) FROM orders o JOIN order_lines l ON l.order_id = o.id "
      "WHERE o.customer_id = ?1 AND o.status IN ('open', 'shipped') GROUP BY o.currency", error);
  g_autoptr(GArray) sums = g_array_new (FALSE, TRUE, sizeof (TerExchangeRate));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerExchangeRate sum = { 0 };

      g_strlcpy (sum.currency, ter_sqlite_column_text (stmt, 0), sizeof sum.currency);
      sum.per_usd_micros = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (sums, sum);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Adding up open orders"));
      return FALSE;
    }

  for (guint i = 0; i < sums->len; i++)
    {
      const TerExchangeRate *sum = &g_array_index (sums, TerExchangeRate, i);
      gint64 converted;

      if (!ter_sqlite_quotes_convert (self, sum->per_usd_micros, sum->currency, credit->currency, &converted, error))
        return FALSE;
      credit->open_balance += converted;
    }
  return TRUE;
}

gboolean
ter_sqlite_quotes_credit_check (TerQuoteStore   *store,
                                gint64           quote_id,
                                TerQuoteCredit  *credit,
                                GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerQuoteDoc) doc = ter_sqlite_quotes_load (store, quote_id, 0, error);
  sqlite3_stmt *stmt;

  if (doc == NULL)
    return FALSE;

  memset (credit, 0, sizeof *credit);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT credit_limit, currency FROM customers WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, doc->customer_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      credit->credit_limit = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (credit->currency, ter_sqlite_column_text (stmt, 1), sizeof credit->currency);
    }
  sqlite3_reset (stmt);

  /* A won quote is already among the open orders; count it once. A limit
   * of 0 means the customer pays up front, so any credit exceeds it. */
  if (!open_balance (self, doc->customer_id, credit, error)
      || (doc->status != TER_QUOTE_WON
          && !ter_sqlite_quotes_convert (self, doc->totals.total, doc->currency, credit->currency,
                       &credit->quote_total, error)))
    return FALSE;

  credit->exceeded = credit->open_balance + credit->quote_total > credit->credit_limit;
  return TRUE;
}
