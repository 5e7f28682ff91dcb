/* ter-sqlite-quotes.c: quotes, versions, approvals and quote → order for
 * the SQLite engine (schema migration 5).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-quotes"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-money.h"
#include "ter-quote-store.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-quotes-private.h"
#include "ter-sqlite-store-private.h"

const char ter_sqlite_migration_quotes[] =
  "CREATE TABLE quotes (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  number         TEXT NOT NULL UNIQUE CHECK (number <> ''),\n"
  "  customer_id    INTEGER NOT NULL REFERENCES customers (id),\n"
  "  contact        TEXT,\n"
  "  rep_id         INTEGER NOT NULL REFERENCES reps (id),\n"
  "  currency       TEXT NOT NULL REFERENCES exchange_rates (currency),\n"
  "  created_on     TEXT NOT NULL CHECK (date (created_on, '+0 days') IS created_on),\n"
  "  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN\n"
  "                   ('draft', 'pending_approval', 'approved', 'sent', 'won', 'lost')),\n"
  "  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),\n"
  "  order_id       INTEGER REFERENCES orders (id),\n"
  "  bid_technical  TEXT,\n"
  "  bid_commercial TEXT,\n"
  "  CHECK ((status = 'won') = (order_id IS NOT NULL))\n"
  ");\n"
  "CREATE INDEX quotes_customer ON quotes (customer_id);\n"
  "CREATE INDEX quotes_rep ON quotes (rep_id, created_on);\n"

  /* Versions are written once and never changed. */
  "CREATE TABLE quote_versions (\n"
  "  id                INTEGER PRIMARY KEY,\n"
  "  quote_id          INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,\n"
  "  version           INTEGER NOT NULL CHECK (version >= 1),\n"
  "  created_at        TEXT NOT NULL,\n"
  "  author_id         INTEGER REFERENCES reps (id),\n"
  "  note              TEXT,\n"
  "  valid_until       TEXT NOT NULL CHECK (date (valid_until, '+0 days') IS valid_until),\n"
  "  order_discount_bp INTEGER NOT NULL CHECK (order_discount_bp BETWEEN 0 AND 10000),\n"
  "  tax_bp            INTEGER NOT NULL CHECK (tax_bp BETWEEN 0 AND 10000),\n"
  "  delivery_terms    TEXT,\n"
  "  payment_terms     TEXT,\n"
  "  total             INTEGER NOT NULL,\n"
  "  discount_bp       INTEGER NOT NULL,\n"
  "  UNIQUE (quote_id, version)\n"
  ");\n"

  "CREATE TABLE quote_lines (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  version_id  INTEGER NOT NULL REFERENCES quote_versions (id) ON DELETE CASCADE,\n"
  "  position    INTEGER NOT NULL,\n"
  "  product_id  INTEGER NOT NULL REFERENCES products (id),\n"
  "  quantity    INTEGER NOT NULL CHECK (quantity >= 1),\n"
  "  unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),\n"
  "  list_price  INTEGER NOT NULL CHECK (list_price >= 0),\n"
  "  discount_bp INTEGER NOT NULL CHECK (discount_bp BETWEEN 0 AND 10000),\n"
  "  UNIQUE (version_id, position)\n"
  ");\n"

  "CREATE TABLE quote_events (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  quote_id    INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,\n"
  "  at          TEXT NOT NULL,\n"
  "  from_status TEXT,\n"
  "  to_status   TEXT NOT NULL,\n"
  "  actor_id    INTEGER REFERENCES reps (id),\n"
  "  version     INTEGER NOT NULL,\n"
  "  note        TEXT\n"
  ");\n"
  "CREATE INDEX quote_events_quote ON quote_events (quote_id);\n";

static const gint32 default_max_discount[] = {
  [TER_REP_ROLE_REGIONAL_MANAGER] = 3500,
  [TER_REP_ROLE_PROVINCIAL_MANAGER] = 2000,
  [TER_REP_ROLE_SALES_REP] = 1000,
};

static gboolean
step_done (TerSqliteStore  *self,
           sqlite3_stmt    *stmt,
           const char      *what,
           GError         **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;

  ter_sqlite_store_set_error (self, error, rc, what);
  return FALSE;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M");
}

static void
not_found (GError **error,
           gint64   quote_id)
{
  g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
               _("Quote %lld does not exist."), (long long) quote_id);
}

static gint32
ter_sqlite_quotes_max_discount (TerQuoteStore *store,
                                TerRepRole     role)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  gint64 bp;

  if ((guint) role >= G_N_ELEMENTS (default_max_discount))
    return 0;

  /* A company sets its own limits in the settings table. */
  key = g_strdup_printf ("quotes.max_discount_bp.%s", ter_rep_role_to_key (role));
  value = ter_store_get_setting (TER_STORE (store), key);
  if (value != NULL && g_ascii_string_to_signed (value, 10, 0, TER_QUOTE_MAX_RATE_BP, &bp, NULL))
    return (gint32) bp;

  return default_max_discount[role];
}

/* Fills catalog names and list prices and computes the totals. */
static GArray *
resolve_lines (TerSqliteStore         *self,
               const char             *currency,
               const TerQuoteContent  *content,
               TerQuoteTotals         *totals,
               GError                **error)
{
  g_autoptr(GArray) lines = g_array_sized_new (FALSE, TRUE, sizeof (TerQuoteLine), content->n_lines);
  sqlite3_stmt *stmt;

  g_array_set_clear_func (lines, (GDestroyNotify) ter_quote_line_clear);
  stmt = ter_sqlite_store_prepare (self,
      "SELECT p.sku, p.name_en, p.name_zh, pp.list_price FROM products p "
      "LEFT JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = ?2 "
      "WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < content->n_lines; i++)
    {
      const TerQuoteLineRecord *r = &content->lines[i];
      TerQuoteLine line = { 0 };
      gboolean has_list;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, r->product_id);
      sqlite3_bind_text (stmt, 2, currency, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                       _("Line %u: product %lld is not in the catalog."),
                       i + 1, (long long) r->product_id);
          return NULL;
        }

      line.product_id = r->product_id;
      line.sku = dup_column (stmt, 0);
      line.name_en = dup_column (stmt, 1);
      line.name_zh = dup_column (stmt, 2);
      has_list = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      line.list_price = has_list ? sqlite3_column_int64 (stmt, 3) : MAX (r->unit_price, 0);
      line.unit_price = r->unit_price < 0 ? line.list_price : r->unit_price;
      line.quantity = r->quantity;
      line.discount_bp = r->discount_bp;
      g_array_append_val (lines, line);

      if (r->unit_price < 0 && !has_list)
        {
          sqlite3_reset (stmt);
          g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                       _("Line %u: %s has no list price in %s; enter a unit price."),
                       i + 1, line.sku, currency);
          return NULL;
        }
    }
  sqlite3_reset (stmt);

  if (!ter_quote_compute_totals ((TerQuoteLine *) lines->data, lines->len,
                                 content->order_discount_bp, content->tax_bp, totals, error))
    return NULL;

  return g_steal_pointer (&lines);
}

static gboolean
insert_version (TerSqliteStore         *self,
                gint64                  quote_id,
                int                     version,
                const char             *currency,
                gint64                  author_id,
                const TerQuoteContent  *content,
                GError                **error)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree char *stamp = now_stamp ();
  TerQuoteTotals totals;
  sqlite3_stmt *stmt;
  gint64 version_id;

  if (content->n_lines == 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("A quote needs at least one line."));
      return FALSE;
    }

  lines = resolve_lines (self, currency, content, &totals, error);
  if (lines == NULL)
    return FALSE;

  stmt = ter_sqlite_store_prepare (self,
      "INSERT INTO quote_versions (quote_id, version, created_at, author_id, note, valid_until,"
      " order_discount_bp, tax_bp, delivery_terms, payment_terms, total, discount_bp) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, quote_id);
  sqlite3_bind_int (stmt, 2, version);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
  ter_sqlite_bind_id_or_null (stmt, 4, author_id);
  ter_sqlite_bind_text_or_null (stmt, 5, content->note);
  ter_sqlite_bind_text_or_null (stmt, 6, content->valid_until);
  sqlite3_bind_int (stmt, 7, content->order_discount_bp);
  sqlite3_bind_int (stmt, 8, content->tax_bp);
  ter_sqlite_bind_text_or_null (stmt, 9, content->delivery_terms);
  ter_sqlite_bind_text_or_null (stmt, 10, content->payment_terms);
  sqlite3_bind_int64 (stmt, 11, totals.total);
  sqlite3_bind_int (stmt, 12, totals.discount_bp);
  version_id = ter_sqlite_store_step_insert (self, stmt, _("Saving a quote version"), error);
  if (version_id == 0)
    return FALSE;

  stmt = ter_sqlite_store_prepare (self,
      "INSERT INTO quote_lines (version_id, position, product_id, quantity, unit_price,"
      " list_price, discount_bp) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const TerQuoteLine *l = &g_array_index (lines, TerQuoteLine, i);

      sqlite3_bind_int64 (stmt, 1, version_id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      sqlite3_bind_int64 (stmt, 3, l->product_id);
      sqlite3_bind_int64 (stmt, 4, l->quantity);
      sqlite3_bind_int64 (stmt, 5, l->unit_price);
      sqlite3_bind_int64 (stmt, 6, l->list_price);
      sqlite3_bind_int (stmt, 7, l->discount_bp);
      if (!step_done (self, stmt, _("Saving a quote line"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_event (TerSqliteStore  *self,
           gint64           quote_id,
           int              from_status,
           TerQuoteStatus   to_status,
           gint64           actor_id,
           int              version,
           const char      *note,
           GError         **error)
{
  g_autofree char *stamp = now_stamp ();
  sqlite3_stmt *stmt;

  stmt = ter_sqlite_store_prepare (self,
      "INSERT INTO quote_events (quote_id, at, from_status, to_status, actor_id, version, note) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, quote_id);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_TRANSIENT);
  ter_sqlite_bind_text_or_null (stmt, 3, from_status < 0 ? NULL : ter_quote_status_to_key (from_status));
  sqlite3_bind_text (stmt, 4, ter_quote_status_to_key (to_status), -1, SQLITE_STATIC);
  ter_sqlite_bind_id_or_null (stmt, 5, actor_id);
  sqlite3_bind_int (stmt, 6, version);
  ter_sqlite_bind_text_or_null (stmt, 7, note);
  return step_done (self, stmt, _("Recording a quote’s history"), error);
}

/* Runs `body` inside a savepoint so that a quote and everything written
 * with it are stored together or not at all. */
static gboolean
finish_savepoint (TerSqliteStore  *self,
                  gboolean         ok,
                  GError         **error)
{
  if (!ok)
    {
      ter_sqlite_store_run (self, "ROLLBACK TO quotes_write", NULL);
      ter_sqlite_store_run (self, "RELEASE quotes_write", NULL);
      return FALSE;
    }

  return ter_sqlite_store_run (self, "RELEASE quotes_write", error);
}

static gint64
insert_quote (TerSqliteStore        *self,
              const TerQuoteHeader  *header,
              GError               **error)
{
  g_autofree char *day = header->created_on != NULL ? g_strdup (header->created_on) : today ();
  g_autofree char *number = NULL;
  sqlite3_stmt *stmt;
  gint64 next = 1;

  stmt = ter_sqlite_store_prepare (self,
      "SELECT count (*) + 1 FROM quotes WHERE substr (created_on, 1, 4) = substr (?1, 1, 4)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  number = g_strdup_printf ("Q-%.4s-%05" G_GINT64_FORMAT, day, next);

  /* The rep and currency default to the customer's owner and currency. */
  stmt = ter_sqlite_store_prepare (self,
      "INSERT INTO quotes (number, customer_id, contact, rep_id, currency, created_on) "
      "SELECT ?1, c.id, coalesce (?2, c.contact), coalesce (?3, c.owner_rep_id),"
      " coalesce (?4, c.currency), ?5 FROM customers c WHERE c.id = ?6", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_STATIC);
  ter_sqlite_bind_text_or_null (stmt, 2, header->contact);
  ter_sqlite_bind_id_or_null (stmt, 3, header->rep_id);
  ter_sqlite_bind_text_or_null (stmt, 4, header->currency);
  sqlite3_bind_text (stmt, 5, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, header->customer_id);
  if (!step_done (self, stmt, _("Creating a quote"), error))
    return 0;

  if (sqlite3_changes (ter_sqlite_store_get_db (self)) == 0)
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Customer %lld does not exist."), (long long) header->customer_id);
      return 0;
    }

  return sqlite3_last_insert_rowid (ter_sqlite_store_get_db (self));
}

static gboolean
quote_currency (TerSqliteStore  *self,
                gint64           quote_id,
                char             currency[4],
                GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT currency FROM quotes WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, quote_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      not_found (error, quote_id);
      return FALSE;
    }
  g_strlcpy (currency, ter_sqlite_column_text (stmt, 0), 4);
  sqlite3_reset (stmt);
  return TRUE;
}

static gint64
ter_sqlite_quotes_create (TerQuoteStore          *store,
                          const TerQuoteHeader   *header,
                          const TerQuoteContent  *content,
                          GError                **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  gint64 author = header->author_id > 0 ? header->author_id : header->rep_id;
  char currency[4];
  gint64 quote_id;
  gboolean ok;

  if (!ter_sqlite_store_run (self, "SAVEPOINT quotes_write", error))
    return 0;

  quote_id = insert_quote (self, header, error);
  ok = quote_id > 0
       && quote_currency (self, quote_id, currency, error)
       && insert_version (self, quote_id, 1, currency, author, content, error)
       && add_event (self, quote_id, -1, TER_QUOTE_DRAFT, author, 1, content->note, error);

  return finish_savepoint (self, ok, error) ? quote_id : 0;
}

typedef struct {
  TerQuoteStatus status;
  int            version;
  gint64         rep_id;
  TerRepRole     rep_role;
  gint32         discount_bp;
  char           valid_until[11];
} QuoteState;

static gboolean
read_state (TerSqliteStore  *self,
            gint64           quote_id,
            QuoteState      *state,
            GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT q.status, q.version, q.rep_id, r.role, v.discount_bp, v.valid_until "
      "FROM quotes q JOIN reps r ON r.id = q.rep_id "
      "JOIN quote_versions v ON v.quote_id = q.id AND v.version = q.version "
      "WHERE q.id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, quote_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      not_found (error, quote_id);
      return FALSE;
    }

  state->status = ter_quote_status_from_key (ter_sqlite_column_text (stmt, 0));
  state->version = sqlite3_column_int (stmt, 1);
  state->rep_id = sqlite3_column_int64 (stmt, 2);
  state->rep_role = ter_rep_role_from_key (ter_sqlite_column_text (stmt, 3));
  state->discount_bp = sqlite3_column_int (stmt, 4);
  g_strlcpy (state->valid_until, ter_sqlite_column_text (stmt, 5), sizeof state->valid_until);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
set_status (TerSqliteStore  *self,
            gint64           quote_id,
            TerQuoteStatus   status,
            int              version,
            gint64           order_id,
            GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "UPDATE quotes SET status = ?2, version = ?3, order_id = ?4 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, quote_id);
  sqlite3_bind_text (stmt, 2, ter_quote_status_to_key (status), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, version);
  ter_sqlite_bind_id_or_null (stmt, 4, order_id);
  return step_done (self, stmt, _("Updating a quote"), error);
}

static int
ter_sqlite_quotes_revise (TerQuoteStore          *store,
                          gint64                  quote_id,
                          const TerQuoteContent  *content,
                          gint64                  actor_id,
                          GError                **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  QuoteState state;
  char currency[4];
  gboolean ok;

  if (!read_state (self, quote_id, &state, error) || !quote_currency (self, quote_id, currency, error))
    return 0;

  if (state.status == TER_QUOTE_WON || state.status == TER_QUOTE_LOST)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION,
                   _("This quote is %s and can no longer be revised; start a new quote instead."),
                   ter_quote_status_to_label (state.status));
      return 0;
    }

  /* A revision has to be approved and sent again: the customer and the
   * manager saw the earlier version, not this one. */
  if (!ter_sqlite_store_run (self, "SAVEPOINT quotes_write", error))
    return 0;
  ok = insert_version (self, quote_id, state.version + 1, currency, actor_id, content, error)
       && set_status (self, quote_id, TER_QUOTE_DRAFT, state.version + 1, 0, error)
       && add_event (self, quote_id, state.status, TER_QUOTE_DRAFT, actor_id,
                     state.version + 1, content->note, error);

  return finish_savepoint (self, ok, error) ? state.version + 1 : 0;
}

/* Whether `actor_id` is above `rep_id` in the reporting line. */
static gboolean
is_manager_of (TerSqliteStore *self,
               gint64          actor_id,
               gint64          rep_id)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "WITH RECURSIVE up (id) AS (SELECT manager_id FROM reps WHERE id = ?2"
      " UNION SELECT r.manager_id FROM reps r JOIN up ON r.id = up.id"
      " WHERE r.manager_id IS NOT NULL) "
      "SELECT 1 FROM up WHERE id = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, actor_id);
  sqlite3_bind_int64 (stmt, 2, rep_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static int
rep_role (TerSqliteStore *self,
          gint64          rep_id)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT role FROM reps WHERE id = ?1", NULL);
  int role = -1;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, rep_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    role = ter_rep_role_from_key (ter_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return role;
}

static gboolean
check_approver (TerSqliteStore    *self,
                const QuoteState  *state,
                gint64             actor_id,
                gboolean           approving,
                GError           **error)
{
  int role = rep_role (self, actor_id);
  gint32 limit;
  g_autofree char *wanted = NULL;
  g_autofree char *allowed = NULL;

  if (role < 0 || !is_manager_of (self, actor_id, state->rep_id))
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_AUTHORITY,
                   _("Only a manager above the quote’s rep can approve or reject it."));
      return FALSE;
    }

  limit = ter_sqlite_quotes_max_discount (TER_QUOTE_STORE (self), role);
  if (approving && state->discount_bp > limit)
    {
      wanted = ter_quote_format_rate (state->discount_bp);
      allowed = ter_quote_format_rate (limit);
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_AUTHORITY,
                   _("The discount of %s is beyond this approver’s authority of %s; "
                     "it needs a more senior manager."), wanted, allowed);
      return FALSE;
    }

  return TRUE;
}

static gint64 create_order (TerSqliteStore *self, gint64 quote_id, gint64 channel_id,
                            const char *order_date, GError **error);

/* A quote submitted by a manager above its rep (the acting user) needs
 * no further approval when the discount is within that manager's
 * authority; otherwise the rep's own authority decides. */
static gboolean
within_authority (TerSqliteStore    *self,
                  const QuoteState  *state,
                  gint64             actor_id)
{
  gint32 limit = ter_sqlite_quotes_max_discount (TER_QUOTE_STORE (self), state->rep_role);
  int role;

  if (actor_id > 0 && actor_id != state->rep_id && is_manager_of (self, actor_id, state->rep_id)
      && (role = rep_role (self, actor_id)) >= 0)
    limit = MAX (limit, ter_sqlite_quotes_max_discount (TER_QUOTE_STORE (self), role));
  return state->discount_bp <= limit;
}

static void
refuse (GError         **error,
        TerQuoteAction   action,
        TerQuoteStatus   status)
{
  g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION,
               /* Translators: “Approve is not possible: the quote is Draft.” */
               _("“%s” is not possible: the quote is %s."),
               ter_quote_action_to_label (action), ter_quote_status_to_label (status));
}

/* Decides the next state of `action`, or refuses it with a reason. */
static gboolean
next_status (TerSqliteStore    *self,
             const QuoteState  *state,
             TerQuoteAction     action,
             gint64             actor_id,
             TerQuoteStatus    *next,
             GError           **error)
{
  static const TerQuoteStatus from[] = {
    [TER_QUOTE_ACTION_SUBMIT] = TER_QUOTE_DRAFT,
    [TER_QUOTE_ACTION_APPROVE] = TER_QUOTE_PENDING_APPROVAL,
    [TER_QUOTE_ACTION_REJECT] = TER_QUOTE_PENDING_APPROVAL,
    [TER_QUOTE_ACTION_SEND] = TER_QUOTE_APPROVED,
    [TER_QUOTE_ACTION_WIN] = TER_QUOTE_SENT,
    [TER_QUOTE_ACTION_LOSE] = TER_QUOTE_SENT,
  };
  g_autofree char *day = today ();

  if ((guint) action >= G_N_ELEMENTS (from) || state->status != from[action])
    {
      refuse (error, action, state->status);
      return FALSE;
    }

  switch (action)
    {
    case TER_QUOTE_ACTION_SUBMIT:
      *next = within_authority (self, state, actor_id) ? TER_QUOTE_APPROVED : TER_QUOTE_PENDING_APPROVAL;
      return TRUE;
    case TER_QUOTE_ACTION_APPROVE:
    case TER_QUOTE_ACTION_REJECT:
      *next = action == TER_QUOTE_ACTION_APPROVE ? TER_QUOTE_APPROVED : TER_QUOTE_DRAFT;
      return check_approver (self, state, actor_id, action == TER_QUOTE_ACTION_APPROVE, error);
    case TER_QUOTE_ACTION_SEND:
      if (g_strcmp0 (state->valid_until, day) < 0)
        {
          g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_TRANSITION,
                       _("The quote expired on %s; revise it with a new validity date before sending."),
                       state->valid_until);
          return FALSE;
        }
      *next = TER_QUOTE_SENT;
      return TRUE;
    case TER_QUOTE_ACTION_WIN:
      *next = TER_QUOTE_WON;
      return TRUE;
    case TER_QUOTE_ACTION_LOSE:
    default:
      *next = TER_QUOTE_LOST;
      return TRUE;
    }
}

static gboolean
ter_sqlite_quotes_perform (TerQuoteStore   *store,
                           gint64           quote_id,
                           TerQuoteAction   action,
                           gint64           actor_id,
                           const char      *note,
                           GError         **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  TerQuoteStatus next;
  QuoteState state;
  gint64 order_id = 0;
  gboolean ok;

  if (!read_state (self, quote_id, &state, error)
      || !next_status (self, &state, action, actor_id, &next, error))
    return FALSE;

  if (!ter_sqlite_store_run (self, "SAVEPOINT quotes_write", error))
    return FALSE;

  if (next == TER_QUOTE_WON)
    order_id = create_order (self, quote_id, 0, NULL, error);

  ok = (next != TER_QUOTE_WON || order_id > 0)
       && set_status (self, quote_id, next, state.version, order_id, error)
       && add_event (self, quote_id, state.status, next, actor_id, state.version, note, error);

  return finish_savepoint (self, ok, error);
}

static gboolean
ter_sqlite_quotes_win (TerQuoteStore  *store,
                       gint64          quote_id,
                       gint64          actor_id,
                       gint64          channel_id,
                       const char     *order_date,
                       const char     *note,
                       GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  TerQuoteStatus next;
  QuoteState state;
  gint64 order_id;
  gboolean ok;

  if (!read_state (self, quote_id, &state, error)
      || !next_status (self, &state, TER_QUOTE_ACTION_WIN, actor_id, &next, error))
    return FALSE;
  if (!ter_sqlite_store_run (self, "SAVEPOINT quotes_write", error))
    return FALSE;

  /* The order and the won state are written together or not at all. */
  order_id = create_order (self, quote_id, channel_id, order_date, error);
  ok = order_id > 0
       && set_status (self, quote_id, next, state.version, order_id, error)
       && add_event (self, quote_id, state.status, next, actor_id, state.version, note, error);
  return finish_savepoint (self, ok, error);
}

static gboolean
load_header (TerSqliteStore  *self,
             TerQuoteDoc     *doc,
             GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT q.number, q.status, q.customer_id, c.name, q.contact, q.rep_id, r.name, r.role,"
      " q.currency, q.created_on, q.order_id, q.version, q.bid_technical, q.bid_commercial "
      "FROM quotes q JOIN customers c ON c.id = q.customer_id JOIN reps r ON r.id = q.rep_id "
      "WHERE q.id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, doc->id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      not_found (error, doc->id);
      return FALSE;
    }

  doc->number = dup_column (stmt, 0);
  doc->status = ter_quote_status_from_key (ter_sqlite_column_text (stmt, 1));
  doc->customer_id = sqlite3_column_int64 (stmt, 2);
  doc->customer_name = dup_column (stmt, 3);
  doc->contact = dup_column (stmt, 4);
  doc->rep_id = sqlite3_column_int64 (stmt, 5);
  doc->rep_name = dup_column (stmt, 6);
  doc->rep_role = ter_rep_role_from_key (ter_sqlite_column_text (stmt, 7));
  g_strlcpy (doc->currency, ter_sqlite_column_text (stmt, 8), sizeof doc->currency);
  doc->created_on = dup_column (stmt, 9);
  doc->order_id = sqlite3_column_int64 (stmt, 10);
  doc->latest_version = sqlite3_column_int (stmt, 11);
  doc->bid_technical = dup_column (stmt, 12);
  doc->bid_commercial = dup_column (stmt, 13);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_lines (TerSqliteStore  *self,
            TerQuoteDoc     *doc,
            gint64           version_id,
            GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT l.product_id, p.sku, p.name_en, p.name_zh, l.quantity, l.unit_price,"
      " l.list_price, l.discount_bp FROM quote_lines l JOIN products p ON p.id = l.product_id "
      "WHERE l.version_id = ?1 ORDER BY l.position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  doc->lines = g_array_new (FALSE, TRUE, sizeof (TerQuoteLine));
  g_array_set_clear_func (doc->lines, (GDestroyNotify) ter_quote_line_clear);
  sqlite3_bind_int64 (stmt, 1, version_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TerQuoteLine line = { 0 };

      line.product_id = sqlite3_column_int64 (stmt, 0);
      line.sku = dup_column (stmt, 1);
      line.name_en = dup_column (stmt, 2);
      line.name_zh = dup_column (stmt, 3);
      line.quantity = sqlite3_column_int64 (stmt, 4);
      line.unit_price = sqlite3_column_int64 (stmt, 5);
      line.list_price = sqlite3_column_int64 (stmt, 6);
      line.discount_bp = sqlite3_column_int (stmt, 7);
      g_array_append_val (doc->lines, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ter_sqlite_store_set_error (self, error, rc, _("Reading a quote"));
      return FALSE;
    }

  return ter_quote_compute_totals ((TerQuoteLine *) doc->lines->data, doc->lines->len,
                                   doc->order_discount_bp, doc->tax_bp, &doc->totals, error);
}

static gboolean
load_version (TerSqliteStore  *self,
              TerQuoteDoc     *doc,
              GError         **error)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "SELECT id, valid_until, order_discount_bp, tax_bp, delivery_terms, payment_terms "
      "FROM quote_versions WHERE quote_id = ?1 AND version = ?2", error);
  gint64 version_id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, doc->id);
  sqlite3_bind_int (stmt, 2, doc->version);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_NOT_FOUND,
                   _("Quote %s has no version %d."), doc->number, doc->version);
      return FALSE;
    }

  version_id = sqlite3_column_int64 (stmt, 0);
  doc->valid_until = dup_column (stmt, 1);
  doc->order_discount_bp = sqlite3_column_int (stmt, 2);
  doc->tax_bp = sqlite3_column_int (stmt, 3);
  doc->delivery_terms = dup_column (stmt, 4);
  doc->payment_terms = dup_column (stmt, 5);
  sqlite3_reset (stmt);

  return load_lines (self, doc, version_id, error);
}

TerQuoteDoc *
ter_sqlite_quotes_load (TerQuoteStore  *store,
                        gint64          quote_id,
                        int             version,
                        GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerQuoteDoc) doc = g_new0 (TerQuoteDoc, 1);

  doc->id = quote_id;
  if (!load_header (self, doc, error))
    return NULL;

  doc->version = version > 0 ? version : doc->latest_version;
  if (!load_version (self, doc, error))
    return NULL;

  return g_steal_pointer (&doc);
}

static gint64
lookup_id (TerSqliteStore *self,
           const char     *sql,
           gint64          key,
           const char     *text)
{
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, key);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Writes the won quote as an open order through the ordinary order path,
 * so territory attribution, analytics and credit see it like any other. */
static gint64
create_order (TerSqliteStore  *self,
              gint64           quote_id,
              gint64           channel_id,
              const char      *order_date,
              GError         **error)
{
  g_autoptr(TerQuoteDoc) doc = ter_sqlite_quotes_load (TER_QUOTE_STORE (self), quote_id, 0, error);
  g_autofree TerOrderLineRecord *lines = NULL;
  g_autofree char *day = today ();
  TerOrderRecord order = { 0 };

  if (doc == NULL)
    return 0;
  if (order_date != NULL && strcmp (order_date, doc->created_on) < 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("The order date %s is before the quote was created (%s)."), order_date, doc->created_on);
      return 0;
    }

  order.source = "quote";
  order.number = doc->number;
  order.order_date = order_date != NULL ? order_date : day;
  order.customer_id = doc->customer_id;
  order.region_id = lookup_id (self, "SELECT region_id FROM customers WHERE id = ?1", doc->customer_id, NULL);
  order.channel_id = channel_id > 0 ? lookup_id (self, "SELECT id FROM channels WHERE id = ?1", channel_id, NULL)
                                    : lookup_id (self,
      "SELECT id FROM channels WHERE kind = 'direct' ORDER BY id LIMIT 1", 0, NULL);
  order.rep_id = doc->rep_id;
  order.status = TER_ORDER_OPEN;
  order.currency = doc->currency;
  if (order.channel_id == 0 && channel_id > 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("Sales channel number %lld does not exist."), (long long) channel_id);
      return 0;
    }
  if (order.channel_id == 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("There is no direct sales channel to record the order in; add one first."));
      return 0;
    }

  lines = g_new0 (TerOrderLineRecord, doc->lines->len);
  for (guint i = 0; i < doc->lines->len; i++)
    {
      const TerQuoteLine *l = &g_array_index (doc->lines, TerQuoteLine, i);
      gint64 unit_cost = lookup_id (self,
          "SELECT cost FROM product_prices WHERE product_id = ?1 AND currency = ?2",
          l->product_id, doc->currency);

      lines[i].product_id = l->product_id;
      lines[i].quantity = l->quantity;
      lines[i].unit_price = l->unit_price;
      /* Revenue is net of both discounts and excludes tax. */
      lines[i].discount = l->line_discount + l->order_discount;
      if (!ter_money_multiply (unit_cost, l->quantity, &lines[i].cost))
        lines[i].cost = 0;
    }

  return ter_store_add_order (TER_STORE (self), &order, lines, doc->lines->len, error);
}

static gboolean
ter_sqlite_quotes_link_order (TerQuoteStore  *store,
                              gint64          quote_id,
                              gint64          order_id,
                              gint64          actor_id,
                              GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  g_autoptr(TerQuoteDoc) doc = ter_sqlite_quotes_load (store, quote_id, 0, error);
  g_autofree char *note = NULL;
  gboolean ok;

  if (doc == NULL)
    return FALSE;
  if (doc->status != TER_QUOTE_SENT)
    {
      refuse (error, TER_QUOTE_ACTION_WIN, doc->status);
      return FALSE;
    }
  if (lookup_id (self, "SELECT customer_id FROM orders WHERE id = ?1", order_id, NULL) != doc->customer_id)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("Order %lld is not an order of %s."), (long long) order_id, doc->customer_name);
      return FALSE;
    }

  /* Translators: %lld is an order's id. */
  note = g_strdup_printf (_("Won with existing order %lld"), (long long) order_id);
  if (!ter_sqlite_store_run (self, "SAVEPOINT quotes_write", error))
    return FALSE;
  ok = set_status (self, quote_id, TER_QUOTE_WON, doc->latest_version, order_id, error)
       && add_event (self, quote_id, TER_QUOTE_SENT, TER_QUOTE_WON, actor_id, doc->latest_version, note, error);
  return finish_savepoint (self, ok, error);
}

static gint64
ter_sqlite_quotes_find_order (TerQuoteStore *store,
                              gint64         quote_id)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));

  return lookup_id (self,
      "SELECT o.id FROM quotes q JOIN orders o ON o.customer_id = q.customer_id"
      " AND o.order_date >= q.created_on AND o.status NOT IN ('return', 'cancelled') "
      "WHERE q.id = ?1 AND NOT EXISTS (SELECT 1 FROM quotes x WHERE x.order_id = o.id) "
      "ORDER BY o.order_date, o.id LIMIT 1", quote_id, NULL);
}

static gboolean
ter_sqlite_quotes_set_bid_text (TerQuoteStore  *store,
                                gint64          quote_id,
                                const char     *technical,
                                const char     *commercial,
                                GError        **error)
{
  TerSqliteStore *self = TER_SQLITE_STORE (store);
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
  sqlite3_stmt *stmt = ter_sqlite_store_prepare (self,
      "UPDATE quotes SET bid_technical = ?2, bid_commercial = ?3 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, quote_id);
  ter_sqlite_bind_text_or_null (stmt, 2, technical);
  ter_sqlite_bind_text_or_null (stmt, 3, commercial);
  if (!step_done (self, stmt, _("Saving the bid text"), error))
    return FALSE;
  if (sqlite3_changes (ter_sqlite_store_get_db (self)) == 0)
    {
      not_found (error, quote_id);
      return FALSE;
    }
  return TRUE;
}

void
ter_sqlite_quotes_iface_init (TerQuoteStoreInterface *iface)
{
  iface->create = ter_sqlite_quotes_create;
  iface->revise = ter_sqlite_quotes_revise;
  iface->load = ter_sqlite_quotes_load;
  iface->perform = ter_sqlite_quotes_perform;
  iface->set_bid_text = ter_sqlite_quotes_set_bid_text;
  iface->link_order = ter_sqlite_quotes_link_order;
  iface->find_order = ter_sqlite_quotes_find_order;
  iface->list = ter_sqlite_quotes_list;
  iface->versions = ter_sqlite_quotes_versions;
  iface->events = ter_sqlite_quotes_events;
  iface->credit_check = ter_sqlite_quotes_credit_check;
  iface->rep_stats = ter_sqlite_quotes_rep_stats;
  iface->max_discount = ter_sqlite_quotes_max_discount;
  iface->search_customers = ter_sqlite_quotes_search_customers;
  iface->search_products = ter_sqlite_quotes_search_products;
  iface->win = ter_sqlite_quotes_win;
  iface->stats = ter_sqlite_quotes_stats;
}
