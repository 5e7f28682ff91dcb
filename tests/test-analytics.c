/* test-analytics.c: the sales roll-up tables and the analytics queries.
 *
 * The roll-ups must equal a brute-force sum over the raw order lines after
 * any write: the demo generator, added orders, and edits and deletions made
 * by plain SQL on a second connection (as an import or a repair would).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ter-analytics-store.h"
#include "ter-demo.h"
#include "ter-money.h"
#include "ter-sqlite-schema.h"
#include "ter-sqlite-store.h"
#include "ter-store.h"

#define N_ORDERS 3000

static char *tmp_dir;

/* A one-dimension monthly table against its source (checked above). */
#define DERIVED_DIFF(name, source, dim) \
  " + (WITH d AS (SELECT * FROM " name " WHERE revenue <> 0 OR cost <> 0 OR units <> 0" \
  "      OR lines <> 0 OR orders <> 0)," \
  "    s AS (SELECT * FROM (SELECT month, territory_id, " dim ", currency, kind, sum (revenue) r," \
  "      sum (cost) c, sum (units) u, sum (lines) n, sum (orders) o FROM " source \
  "      GROUP BY 1, 2, 3, 4, 5) WHERE r <> 0 OR c <> 0 OR u <> 0 OR n <> 0 OR o <> 0)" \
  "   SELECT (SELECT count (*) FROM (SELECT * FROM d EXCEPT SELECT * FROM s))" \
  "        + (SELECT count (*) FROM (SELECT * FROM s EXCEPT SELECT * FROM d)))"

/* Rows of the roll-up that the raw rows do not give, plus the reverse. */
static const char diff_sql[] =
  "WITH rolled AS (SELECT day, territory_id, rep_id, channel_id, category_id, currency, kind,"
  "  sum (revenue) r, sum (cost) c, sum (units) u, sum (lines) n, sum (orders) o FROM sales_daily"
  "  GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING n <> 0 OR r <> 0 OR c <> 0 OR u <> 0 OR o <> 0),"
  " raw AS (SELECT o.order_date, coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,"
  "  p.category_id, o.currency, o.status = 'return', sum (l.amount), sum (l.cost), sum (l.quantity),"
  "  count (*), count (DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id"
  "  JOIN products p ON p.id = l.product_id WHERE o.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6, 7),"
  " orders_rolled AS (SELECT * FROM orders_daily WHERE orders <> 0),"
  " orders_raw AS (SELECT order_date, coalesce (territory_id, 0), coalesce (rep_id, 0), channel_id,"
  "  currency, status = 'return', count (*) FROM orders WHERE status <> 'cancelled'"
  "  GROUP BY 1, 2, 3, 4, 5, 6),"
  " first_raw AS (SELECT customer_id, order_date, id, coalesce (territory_id, 0),"
  "  coalesce (rep_id, 0), channel_id FROM (SELECT *, row_number () OVER"
  "  (PARTITION BY customer_id ORDER BY order_date, id) AS n FROM orders"
  "  WHERE status NOT IN ('cancelled', 'return')) WHERE n = 1),"
  " sm AS (SELECT * FROM sales_monthly WHERE revenue <> 0 OR cost <> 0 OR units <> 0 OR lines <> 0"
  "  OR orders <> 0),"
  " sm_raw AS (SELECT * FROM (SELECT substr (day, 1, 7), territory_id, channel_id,"
  "  (SELECT coalesce (p.id, c.id) FROM product_categories c LEFT JOIN product_categories p"
  "   ON p.id = c.parent_id WHERE c.id = category_id), currency, kind, sum (revenue) r, sum (cost) c,"
  "  sum (units) u, sum (lines) n, sum (orders) o FROM sales_daily GROUP BY 1, 2, 3, 4, 5, 6)"
  "  WHERE r <> 0 OR c <> 0 OR u <> 0 OR n <> 0 OR o <> 0),"
  " tm AS (SELECT * FROM team_monthly WHERE revenue <> 0 OR cost <> 0 OR units <> 0 OR lines <> 0"
  "  OR orders <> 0),"
  " tm_raw AS (SELECT * FROM (SELECT m, t, r, ch, cur, k, sum (rv) rv, sum (c) c, sum (u) u,"
  "  sum (n) n, sum (o) o FROM (SELECT substr (day, 1, 7) m, territory_id t, rep_id r, channel_id ch,"
  "  currency cur, kind k, revenue rv, cost c, units u, lines n, 0 o FROM sales_daily UNION ALL"
  "  SELECT substr (day, 1, 7), territory_id, rep_id, channel_id, currency, kind, 0, 0, 0, 0, orders"
  "  FROM orders_daily) GROUP BY 1, 2, 3, 4, 5, 6)"
  "  WHERE rv <> 0 OR c <> 0 OR u <> 0 OR n <> 0 OR o <> 0),"
  " trm AS (SELECT * FROM territory_monthly WHERE revenue <> 0 OR cost <> 0 OR units <> 0"
  "  OR lines <> 0 OR orders <> 0),"
  " trm_raw AS (SELECT * FROM (SELECT m, t, cur, k, sum (rv) rv, sum (c) c, sum (u) u, sum (n) n,"
  "  sum (o) o FROM tm_raw GROUP BY 1, 2, 3, 4) WHERE rv <> 0 OR c <> 0 OR u <> 0 OR n <> 0 OR o <> 0) "
  "SELECT (SELECT count (*) FROM (SELECT * FROM rolled EXCEPT SELECT * FROM raw))"
  " + (SELECT count (*) FROM (SELECT * FROM raw EXCEPT SELECT * FROM rolled))"
  " + (SELECT count (*) FROM (SELECT * FROM orders_rolled EXCEPT SELECT * FROM orders_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM orders_raw EXCEPT SELECT * FROM orders_rolled))"
  " + (SELECT count (*) FROM (SELECT * FROM customer_first EXCEPT SELECT * FROM first_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM first_raw EXCEPT SELECT * FROM customer_first))"
  " + (SELECT count (*) FROM (SELECT * FROM sm EXCEPT SELECT * FROM sm_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM sm_raw EXCEPT SELECT * FROM sm))"
  " + (SELECT count (*) FROM (SELECT * FROM tm EXCEPT SELECT * FROM tm_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM tm_raw EXCEPT SELECT * FROM tm))"
  " + (SELECT count (*) FROM (SELECT * FROM trm EXCEPT SELECT * FROM trm_raw))"
  " + (SELECT count (*) FROM (SELECT * FROM trm_raw EXCEPT SELECT * FROM trm))"
  DERIVED_DIFF ("channel_monthly", "team_monthly", "channel_id")
  DERIVED_DIFF ("rep_monthly", "team_monthly", "rep_id")
  DERIVED_DIFF ("category_monthly", "sales_monthly", "category_id")
  " + (WITH d AS (SELECT * FROM rep_category_monthly WHERE revenue <> 0 OR cost <> 0 OR units <> 0"
  "      OR lines <> 0 OR orders <> 0),"
  "    s AS (SELECT * FROM (SELECT substr (day, 1, 7), territory_id, rep_id,"
  "      (SELECT coalesce (p.id, c.id) FROM product_categories c LEFT JOIN product_categories p"
  "       ON p.id = c.parent_id WHERE c.id = category_id), currency, kind, sum (revenue) r,"
  "      sum (cost) c, sum (units) u, sum (lines) n, sum (orders) o FROM sales_daily"
  "      GROUP BY 1, 2, 3, 4, 5, 6) WHERE r <> 0 OR c <> 0 OR u <> 0 OR n <> 0 OR o <> 0)"
  "   SELECT (SELECT count (*) FROM (SELECT * FROM d EXCEPT SELECT * FROM s))"
  "        + (SELECT count (*) FROM (SELECT * FROM s EXCEPT SELECT * FROM d)))"
  /* Migration 7: the customer roll-up. */
  " + (WITH d AS (SELECT * FROM customer_monthly WHERE revenue <> 0),"
  "    s AS (SELECT * FROM (SELECT substr (o.order_date, 1, 7), o.customer_id,"
  "      coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id, o.currency,"
  "      o.status = 'return', sum (l.amount) r FROM orders o JOIN order_lines l ON l.order_id = o.id"
  "      WHERE o.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6, 7) WHERE r <> 0)"
  "   SELECT (SELECT count (*) FROM (SELECT * FROM d EXCEPT SELECT * FROM s))"
  "        + (SELECT count (*) FROM (SELECT * FROM s EXCEPT SELECT * FROM d)))"
  /* Migration 9: the same per year, from the raw lines too. */
  " + (WITH d AS (SELECT * FROM customer_yearly WHERE revenue <> 0),"
  "    s AS (SELECT * FROM (SELECT substr (o.order_date, 1, 4), o.customer_id, o.currency,"
  "      coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,"
  "      sum (l.amount) r FROM orders o JOIN order_lines l ON l.order_id = o.id"
  "      WHERE o.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6) WHERE r <> 0)"
  "   SELECT (SELECT count (*) FROM (SELECT * FROM d EXCEPT SELECT * FROM s))"
  "        + (SELECT count (*) FROM (SELECT * FROM s EXCEPT SELECT * FROM d)))";

static sqlite3_int64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
assert_rollups_exact (sqlite3 *db)
{
  g_assert_cmpint (query_int (db, diff_sql), ==, 0);
}

/* Brute force: every raw line and order in memory, and the filters and
 * groupings applied in C, independently of the roll-ups' SQL. */
typedef struct {
  char   day[11];
  gint64 order_id, territory, rep, channel, category, customer;
  char   currency[4];
  char   status[12];
  gint64 amount, cost, quantity;
} RawLine;

typedef struct {
  GArray     *lines;    /* RawLine; order rows have category -1 */
  GHashTable *parents;  /* "t/id", "r/id", "c/id" → parent id */
} Raw;

static gint64
parent_of (Raw        *raw,
           char        kind,
           gint64      id)
{
  g_autofree char *name = g_strdup_printf ("%c/%" G_GINT64_FORMAT, kind, id);

  return GPOINTER_TO_SIZE (g_hash_table_lookup (raw->parents, name));
}

static gboolean
is_under (Raw    *raw,
          char    kind,
          gint64  id,
          gint64  root)
{
  for (guint depth = 0; id != 0 && depth < 100; depth++, id = parent_of (raw, kind, id))
    if (id == root)
      return TRUE;
  return root == 0;
}

static void
load_raw (sqlite3 *db,
          Raw     *raw)
{
  static const char *parents_sql =
    "SELECT 't', id, coalesce (parent_id, 0) FROM territories UNION ALL"
    " SELECT 'r', id, coalesce (manager_id, 0) FROM reps UNION ALL"
    " SELECT 'c', id, coalesce (parent_id, 0) FROM product_categories";
  static const char *lines_sql =
    "SELECT o.order_date, o.id, coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,"
    " p.category_id, o.customer_id, o.currency, o.status, l.amount, l.cost, l.quantity"
    " FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id"
    " UNION ALL SELECT order_date, id, coalesce (territory_id, 0), coalesce (rep_id, 0), channel_id, -1,"
    " customer_id, currency, status, 0, 0, 0 FROM orders ORDER BY 1, 2";
  sqlite3_stmt *stmt = NULL;

  raw->lines = g_array_new (FALSE, TRUE, sizeof (RawLine));
  raw->parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_assert_cmpint (sqlite3_prepare_v2 (db, parents_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (raw->parents,
                         g_strdup_printf ("%s/%lld", sqlite3_column_text (stmt, 0), sqlite3_column_int64 (stmt, 1)),
                         GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 2)));
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, lines_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      RawLine line = { 0 };

      g_strlcpy (line.day, (const char *) sqlite3_column_text (stmt, 0), sizeof line.day);
      line.order_id = sqlite3_column_int64 (stmt, 1);
      line.territory = sqlite3_column_int64 (stmt, 2);
      line.rep = sqlite3_column_int64 (stmt, 3);
      line.channel = sqlite3_column_int64 (stmt, 4);
      line.category = sqlite3_column_int64 (stmt, 5);
      line.customer = sqlite3_column_int64 (stmt, 6);
      g_strlcpy (line.currency, (const char *) sqlite3_column_text (stmt, 7), sizeof line.currency);
      g_strlcpy (line.status, (const char *) sqlite3_column_text (stmt, 8), sizeof line.status);
      line.amount = sqlite3_column_int64 (stmt, 9);
      line.cost = sqlite3_column_int64 (stmt, 10);
      line.quantity = sqlite3_column_int64 (stmt, 11);
      g_array_append_val (raw->lines, line);
    }
  sqlite3_finalize (stmt);
}

static void
raw_clear (Raw *raw)
{
  g_clear_pointer (&raw->lines, g_array_unref);
  g_clear_pointer (&raw->parents, g_hash_table_unref);
}

static gboolean
raw_matches (Raw                      *raw,
             const RawLine            *line,
             const TerAnalyticsFilter *filter,
             gboolean                  use_category)
{
  return strcmp (line->day, filter->first_day) >= 0 && strcmp (line->day, filter->last_day) <= 0
         && (filter->territory_id == 0 || (line->territory != 0 && is_under (raw, 't', line->territory, filter->territory_id)))
         && (filter->rep_id == 0 || (line->rep != 0 && is_under (raw, 'r', line->rep, filter->rep_id)))
         && (filter->channel_id == 0 || line->channel == filter->channel_id)
         && (!use_category || filter->category_id == 0 || is_under (raw, 'c', line->category, filter->category_id));
}

static char *
raw_group_name (Raw               *raw,
                const RawLine     *line,
                TerAnalyticsGroup  group,
                const char        *currency)
{
  gint64 id = 0;
  g_autofree char *key = NULL;

  switch (group)
    {
    case TER_ANALYTICS_GROUP_MONTH: key = g_strndup (line->day, 7); break;
    case TER_ANALYTICS_GROUP_MONTH_TERRITORY: key = g_strndup (line->day, 7); id = line->territory; break;
    case TER_ANALYTICS_GROUP_DAY: key = g_strdup (line->day); break;
    case TER_ANALYTICS_GROUP_CHANNEL: id = line->channel; break;
    case TER_ANALYTICS_GROUP_REP: id = line->rep; break;
    case TER_ANALYTICS_GROUP_TERRITORY: id = line->territory; break;
    case TER_ANALYTICS_GROUP_CATEGORY:
      for (id = line->category; parent_of (raw, 'c', id) != 0;)
        id = parent_of (raw, 'c', id);
      break;
    case TER_ANALYTICS_GROUP_NONE: default: break;
    }
  return g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s", key ? key : "", id, currency);
}

static TerAnalyticsSums *
sums_in (GHashTable *table,
         char       *name)
{
  TerAnalyticsSums *sums = g_hash_table_lookup (table, name);

  if (sums == NULL)
    g_hash_table_insert (table, name, (sums = g_new0 (TerAnalyticsSums, 1)));
  else
    g_free (name);
  return sums;
}

/* "key|id|currency" → TerAnalyticsSums, the way the engine should answer. */
static GHashTable *
brute_force (Raw                      *raw,
             const TerAnalyticsFilter *filter,
             TerAnalyticsGroup         group)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) firsts = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean by_category = filter->category_id != 0 || group == TER_ANALYTICS_GROUP_CATEGORY;

  for (guint i = 0; i < raw->lines->len; i++)
    {
      RawLine *line = &g_array_index (raw->lines, RawLine, i);
      gboolean sale = !g_str_equal (line->status, "return");
      g_autofree char *pair = NULL;
      TerAnalyticsSums *sums;

      if (g_str_equal (line->status, "cancelled"))
        continue;
      /* Lines come in date and id order: the first sale row of a customer
       * is its first order. */
      if (sale && line->category == -1 && !g_hash_table_contains (firsts, &line->customer))
        {
          g_hash_table_add (firsts, &line->customer);
          if (!by_category && raw_matches (raw, line, filter, FALSE))
            sums_in (table, raw_group_name (raw, line, group, ""))->new_customers++;
        }
      if (!raw_matches (raw, line, filter, line->category != -1))
        continue;
      if (line->category == -1)
        {
          if (sale && !by_category)
            sums_in (table, raw_group_name (raw, line, group, ""))->orders++;
          continue;
        }

      sums = sums_in (table, raw_group_name (raw, line, group, line->currency));
      pair = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, line->order_id, line->category);

      if (sale)
        sums->sales += line->amount;
      else
        sums->returns += line->amount;
      sums->cost += line->cost;
      sums->units += line->quantity;
      sums->lines++;
      if (sale && by_category && !g_hash_table_contains (seen, pair))
        {
          g_hash_table_add (seen, g_steal_pointer (&pair));
          sums->orders++;
        }
    }
  return table;
}

/* Adds the engine's rows into `table`, subtracting: all zero means equal. */
static void
subtract_rows (Raw        *raw,
               GHashTable *table,
               GArray     *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TerAnalyticsSums *row = &g_array_index (rows, TerAnalyticsSums, i);
      TerAnalyticsSums *sums = sums_in (table, g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s",
                                                                row->key, row->id, row->currency));

      sums->sales -= row->sales;
      sums->returns -= row->returns;
      sums->cost -= row->cost;
      sums->units -= row->units;
      sums->lines -= row->lines;
      sums->orders -= row->orders;
      sums->new_customers -= row->new_customers;
    }
}

static void
assert_all_zero (GHashTable               *table,
                 const TerAnalyticsFilter *filter,
                 TerAnalyticsGroup         group)
{
  GHashTableIter iter;
  const char *name;
  TerAnalyticsSums *s;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &s))
    if (s->sales != 0 || s->returns != 0 || s->cost != 0 || s->units != 0 || s->lines != 0
        || s->orders != 0 || s->new_customers != 0)
      g_error ("%s..%s territory %" G_GINT64_FORMAT " channel %" G_GINT64_FORMAT " category %"
               G_GINT64_FORMAT " rep %" G_GINT64_FORMAT " group %d: %s off by sales %" G_GINT64_FORMAT
               " returns %" G_GINT64_FORMAT " lines %" G_GINT64_FORMAT " orders %" G_GINT64_FORMAT
               " new %" G_GINT64_FORMAT, filter->first_day, filter->last_day, filter->territory_id,
               filter->channel_id, filter->category_id, filter->rep_id, group, name, s->sales,
               s->returns, s->lines, s->orders, s->new_customers);
}

static gint64
random_id (sqlite3    *db,
           GRand      *rand,
           const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s ORDER BY id LIMIT 1 OFFSET"
                                          " abs (%d) %% (SELECT count (*) FROM %s)",
                                          table, g_rand_int_range (rand, 0, 100000), table);

  return g_rand_boolean (rand) ? 0 : query_int (db, sql);
}

static void
random_filter (sqlite3            *db,
               GRand              *rand,
               TerAnalyticsFilter *filter)
{
  GDate first, last;

  g_date_set_dmy (&first, 1, 11, 2023);
  g_date_add_days (&first, g_rand_int_range (rand, 0, 1000));
  last = first;
  g_date_add_days (&last, g_rand_int_range (rand, 0, 500));
  /* Often whole months, as the period presets give. */
  if (g_rand_boolean (rand))
    {
      g_date_set_day (&first, 1);
      g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&last), g_date_get_year (&last)));
    }
  g_date_strftime (filter->first_day, sizeof filter->first_day, "%Y-%m-%d", &first);
  g_date_strftime (filter->last_day, sizeof filter->last_day, "%Y-%m-%d", &last);
  filter->territory_id = random_id (db, rand, "territories");
  filter->channel_id = random_id (db, rand, "channels");
  filter->category_id = random_id (db, rand, "product_categories");
  filter->rep_id = g_rand_boolean (rand) ? random_id (db, rand, "reps") : 0;
}

static void
check_random_filters (TerSqliteStore *store,
                      sqlite3        *db,
                      GRand          *rand,
                      guint           n)
{
  TerAnalyticsStore *analytics = TER_ANALYTICS_STORE (store);
  Raw raw = { 0 };

  load_raw (db, &raw);
  for (guint i = 0; i < n; i++)
    {
      TerAnalyticsFilter filter = { 0 };
      TerAnalyticsGroup group = g_rand_int_range (rand, 0, TER_ANALYTICS_GROUP_MONTH_TERRITORY + 1);
      gboolean by_category;
      g_autoptr(GHashTable) expected = NULL;
      g_autoptr(GArray) sales = NULL;
      g_autoptr(GArray) orders = NULL;
      g_autoptr(GArray) customers = NULL;
      g_autoptr(GError) error = NULL;

      random_filter (db, rand, &filter);
      by_category = filter.category_id != 0 || group == TER_ANALYTICS_GROUP_CATEGORY;
      expected = brute_force (&raw, &filter, group);
      sales = ter_analytics_store_sum_sales (analytics, &filter, group, &error);
      g_assert_no_error (error);
      if (!by_category)
        {
          for (guint j = 0; j < sales->len; j++)
            g_array_index (sales, TerAnalyticsSums, j).orders = 0;
          orders = ter_analytics_store_count_orders (analytics, &filter, group, &error);
          g_assert_no_error (error);
          customers = ter_analytics_store_count_new_customers (analytics, &filter, group, &error);
          g_assert_no_error (error);
          subtract_rows (&raw, expected, orders);
          subtract_rows (&raw, expected, customers);
        }
      subtract_rows (&raw, expected, sales);
      assert_all_zero (expected, &filter, group);
    }
  raw_clear (&raw);
}

/* A demo database and a second connection to it. */
static TerSqliteStore *
demo_store (const char  *name,
            guint64      seed,
            sqlite3    **db)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  TerSqliteStore *store = ter_sqlite_store_open (path, &error);
  TerDemoOptions options;

  g_assert_no_error (error);
  ter_demo_options_init (&options);
  options.seed = seed;
  options.n_orders = N_ORDERS;
  options.n_customers = 1000;
  options.end_date = "2026-10-31";
  g_assert_true (ter_demo_generate (TER_STORE (store), &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (path, db), ==, SQLITE_OK);
  exec_sql (*db, "PRAGMA foreign_keys = ON");
  return store;
}

static void
test_rollup_after_demo (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("demo.db", 11, &db);

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sales_daily"), >, 1000);
  assert_rollups_exact (db);

  /* The migration's fill gives the same tables as the triggers. */
  exec_sql (db, "BEGIN; INSERT INTO rollup_paused VALUES ('now');"
                " DELETE FROM sales_daily; DELETE FROM orders_daily; DELETE FROM customer_first;"
                " DELETE FROM sales_monthly; DELETE FROM team_monthly; DELETE FROM territory_monthly;"
                " DELETE FROM channel_monthly; DELETE FROM rep_monthly; DELETE FROM category_monthly;"
                " DELETE FROM rep_category_monthly;");
  g_assert_cmpint (query_int (db, diff_sql), >, 0);
  exec_sql (db, TER_SQLITE_ROLLUP_REBUILD TER_SQLITE_MONTHLY_REBUILD
                "DELETE FROM rollup_paused; COMMIT");
  assert_rollups_exact (db);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM rollup_paused"), ==, 0);

  /* Pausing outside a transaction is refused: nothing would resume it. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ter_analytics_store_pause_rollups (TER_ANALYTICS_STORE (store), &error));
    g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
    g_assert_cmpint (query_int (db, "SELECT count (*) FROM rollup_paused"), ==, 0);
  }
  sqlite3_close (db);
}

/* One random edit of the kind an import, a correction or a clean-up makes. */
static void
random_edit (sqlite3 *db,
             GRand   *rand)
{
  static const char *edits[] = {
    "DELETE FROM orders WHERE id = ?1 AND id NOT IN (SELECT return_of FROM orders"
    " WHERE return_of IS NOT NULL)",
    "UPDATE orders SET status = 'cancelled' WHERE id = ?1",
    "UPDATE orders SET status = 'completed' WHERE id = ?1 AND status <> 'return'",
    "UPDATE orders SET territory_id = NULL, rep_id = NULL WHERE id = ?1",
    "UPDATE orders SET territory_id = (SELECT max (id) FROM territories) WHERE id = ?1",
    "UPDATE orders SET order_date = date (order_date, '-40 days') WHERE id = ?1",
    "UPDATE orders SET customer_id = customer_id % 50 + 1 WHERE id = ?1",
    "UPDATE orders SET channel_id = channel_id % 6 + 1, currency = 'USD' WHERE id = ?1",
    "UPDATE order_lines SET quantity = quantity * 3, amount = quantity * 3 * unit_price - discount"
    " WHERE order_id = ?1",
    "UPDATE order_lines SET product_id = product_id % 37 + 1 WHERE id = ?1",
    "UPDATE order_lines SET order_id = order_id + 1 WHERE id = ?1"
    " AND order_id + 1 IN (SELECT id FROM orders)",
    "DELETE FROM order_lines WHERE id = ?1",
    "INSERT INTO order_lines (order_id, product_id, quantity, unit_price, discount, amount, cost)"
    " SELECT id, 7, 2, 1000, 50, 1950, 800 FROM orders WHERE id = ?1",
    "UPDATE product_categories SET parent_id = (SELECT id FROM product_categories"
    " WHERE parent_id IS NULL ORDER BY id LIMIT 1 OFFSET ?1 % 3) WHERE id = (SELECT id"
    " FROM product_categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?1 % 20)",
    "UPDATE products SET category_id = (SELECT id FROM product_categories"
    " ORDER BY id LIMIT 1 OFFSET ?1 % 20) WHERE id = ?1 % 40 + 1",
  };
  guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (edits));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, edits[which], -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, g_rand_int_range (rand, 1, N_ORDERS));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
test_rollup_after_edits (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("edits.db", 12, &db);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);

  check_random_filters (store, db, rand, 150);
  for (guint round = 0; round < 8; round++)
    {
      /* Several edits in one transaction, then a check. */
      exec_sql (db, "BEGIN");
      for (guint i = 0; i < 40; i++)
        random_edit (db, rand);
      exec_sql (db, "COMMIT");
      assert_rollups_exact (db);
      check_random_filters (store, db, rand, 40);
    }

  /* A rolled-back transaction takes its roll-up changes with it. */
  exec_sql (db, "BEGIN; DELETE FROM order_lines WHERE id % 3 = 0;"
                " UPDATE orders SET status = 'cancelled' WHERE id % 5 = 0; ROLLBACK");
  assert_rollups_exact (db);
  sqlite3_close (db);
}

static gint64
to_display (GArray     *rates,
            gint64      amount,
            const char *from,
            const char *to)
{
  gint64 from_rate = 0, to_rate = 0, out = 0;

  for (guint i = 0; i < rates->len; i++)
    {
      TerExchangeRate *rate = &g_array_index (rates, TerExchangeRate, i);

      if (g_str_equal (rate->currency, from))
        from_rate = rate->per_usd_micros;
      if (g_str_equal (rate->currency, to))
        to_rate = rate->per_usd_micros;
    }
  g_assert_true (ter_money_convert_via (amount, from, from_rate, to, to_rate, &out));
  return out;
}

/* The display-currency totals and targets of ter_analytics_store_query(). */
static void
test_query_totals (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("query.db", 13, &db);
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  g_autoptr(GArray) rates = ter_store_list_exchange_rates (TER_STORE (store), NULL);
  Raw raw = { 0 };

  load_raw (db, &raw);
  for (guint i = 0; i < 60; i++)
    {
      TerAnalyticsFilter filter = { 0 };
      const char *currency = i % 2 ? "USD" : "CNY";
      g_autoptr(GHashTable) expected = NULL;
      g_autoptr(GArray) points = NULL;
      g_autoptr(GError) error = NULL;
      gint64 revenue = 0, cost = 0, orders = 0, target = 0;
      GHashTableIter iter;
      const char *name;
      TerAnalyticsSums *s;
      sqlite3_stmt *stmt = NULL;

      random_filter (db, rand, &filter);
      filter.channel_id = filter.category_id = 0;
      expected = brute_force (&raw, &filter, TER_ANALYTICS_GROUP_NONE);
      g_hash_table_iter_init (&iter, expected);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &s))
        if (s->lines != 0)
          {
            const char *from = strrchr (name, '|') + 1;

            revenue += to_display (rates, s->sales, from, currency) + to_display (rates, s->returns, from, currency);
            cost += to_display (rates, s->cost, from, currency);
          }
        else
          orders += s->orders;

      /* Targets of the rep, else of the territory, else of the top ones. */
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT currency, value FROM targets WHERE metric = 'revenue'"
                                           " AND month BETWEEN substr (?1, 1, 7) AND substr (?2, 1, 7) AND"
                                           " (rep_id = ?4 OR (?4 = 0 AND (territory_id = ?3 OR (?3 = 0 AND"
                                           " territory_id IN (SELECT id FROM territories WHERE parent_id IS NULL)))))",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, filter.first_day, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, filter.last_day, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, filter.territory_id);
      sqlite3_bind_int64 (stmt, 4, filter.rep_id);
      /* Summed per currency, then converted once, like the engine. */
      for (guint c = 0; c < rates->len; c++)
        {
          const char *from = g_array_index (rates, TerExchangeRate, c).currency;
          gint64 sum = 0;

          sqlite3_reset (stmt);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), from))
              sum += sqlite3_column_int64 (stmt, 1);
          target += to_display (rates, sum, from, currency);
        }
      sqlite3_finalize (stmt);

      points = ter_analytics_store_query (TER_ANALYTICS_STORE (store), &filter,
                                          TER_ANALYTICS_GROUP_NONE, currency, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (points->len, <=, 1);
      if (points->len == 0)
        {
          g_assert_cmpint (revenue, ==, 0);
          g_assert_cmpint (target, ==, 0);
          continue;
        }
      g_assert_cmpint (g_array_index (points, TerAnalyticsPoint, 0).revenue, ==, revenue);
      g_assert_cmpint (g_array_index (points, TerAnalyticsPoint, 0).cost, ==, cost);
      g_assert_cmpint (g_array_index (points, TerAnalyticsPoint, 0).orders, ==, orders);
      g_assert_cmpint (g_array_index (points, TerAnalyticsPoint, 0).target, ==, target);
      g_assert_true (g_array_index (points, TerAnalyticsPoint, 0).has_target);

      /* By territory, the filter's territory carries its own target. */
      if (filter.rep_id == 0 && filter.territory_id != 0)
        {
          g_autoptr(GArray) by_territory = ter_analytics_store_query (TER_ANALYTICS_STORE (store), &filter,
                                                                      TER_ANALYTICS_GROUP_TERRITORY,
                                                                      currency, &error);
          gboolean found = FALSE;

          g_assert_no_error (error);
          for (guint j = 0; j < by_territory->len; j++)
            if (g_array_index (by_territory, TerAnalyticsPoint, j).id == filter.territory_id)
              {
                g_assert_cmpint (g_array_index (by_territory, TerAnalyticsPoint, j).target, ==, target);
                found = TRUE;
              }
          g_assert_true (found || target == 0);
        }
    }
  raw_clear (&raw);
  sqlite3_close (db);
}

/* The demo company's seasonality is forecast within a sensible error. */
static void
test_forecast_demo (void)
{
  sqlite3 *db = NULL;
  g_autoptr(TerSqliteStore) store = demo_store ("forecast.db", 14, &db);
  TerAnalyticsFilter filter = { "2026-10-01", "2026-10-31", 0, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  TerForecast forecast;

  g_assert_true (ter_analytics_store_forecast (TER_ANALYTICS_STORE (store), &filter, "CNY", 3,
                                               &forecast, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (forecast.horizon, ==, 3);
  g_assert_cmpfloat (forecast.mape, >, 0);
  g_assert_cmpfloat (forecast.mape, <, 0.5);
  for (guint h = 0; h < 3; h++)
    g_assert_cmpfloat (forecast.values[h], >, 0);

  /* Sales start in 2023-11: a year of history is too short. */
  g_strlcpy (filter.last_day, "2024-10-31", sizeof filter.last_day);
  g_assert_false (ter_analytics_store_forecast (TER_ANALYTICS_STORE (store), &filter, "CNY", 3,
                                                &forecast, &error));
  g_assert_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID);
  sqlite3_close (db);
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("territory-analytics-XXXXXX", NULL);

  g_test_add_func ("/analytics/rollup-after-demo", test_rollup_after_demo);
  g_test_add_func ("/analytics/rollup-after-edits", test_rollup_after_edits);
  g_test_add_func ("/analytics/query-totals", test_query_totals);
  g_test_add_func ("/analytics/forecast-demo", test_forecast_demo);

  result = g_test_run ();
  remove_tmp_dir ();
  g_free (tmp_dir);
  return result;
}
