/* ter-sqlite-analytics-schema.c: migration 2, the sales roll-up tables.
 *
 * The dashboard must refresh in milliseconds on millions of order lines, so
 * it reads pre-summed tables instead of order_lines. Those tables are kept
 * exact by triggers inside the same transaction as every write, whoever
 * makes it (the app, an import, the demo generator or a hand-written SQL
 * statement), so they can never drift from the raw rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ter-sqlite-schema.h"

/* Shared pieces of the trigger bodies. An upsert adds signed deltas; rows
 * that reach zero lines stay behind and add nothing to any sum. */
#define SALES_COLUMNS \
  "INSERT INTO sales_daily (day, territory_id, rep_id, channel_id, category_id, currency, kind,\n" \
  "                         revenue, cost, units, lines, orders)\n"
#define SALES_UPSERT \
  "ON CONFLICT DO UPDATE SET revenue = revenue + excluded.revenue, cost = cost + excluded.cost,\n" \
  "  units = units + excluded.units, lines = lines + excluded.lines,\n" \
  "  orders = orders + excluded.orders;\n"
/* Whether order X.order_id has a line other than X in category `cat`: an
 * order counts once in each category bucket it has lines in. */
#define OTHER_LINE_IN(X, cat) \
  "EXISTS (SELECT 1 FROM order_lines l2 JOIN products q ON q.id = l2.product_id\n" \
  "        WHERE l2.order_id = " X ".order_id AND l2.id <> " X ".id AND q.category_id = " cat ")"
#define LINE_DELTA(X, sign) \
  SALES_COLUMNS \
  "SELECT o.order_date, coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,\n" \
  "  p.category_id, o.currency, o.status = 'return', " sign X ".amount, " sign X ".cost,\n" \
  "  " sign X ".quantity, " sign "1, " sign "(NOT " OTHER_LINE_IN (X, "p.category_id") ")\n" \
  "FROM orders o, products p\n" \
  "WHERE o.id = " X ".order_id AND o.status <> 'cancelled' AND p.id = " X ".product_id\n" \
  SALES_UPSERT
/* All lines of order X, one row per category. */
#define ORDER_DELTA(X, sign) \
  SALES_COLUMNS \
  "SELECT " X ".order_date, coalesce (" X ".territory_id, 0), coalesce (" X ".rep_id, 0),\n" \
  "  " X ".channel_id, p.category_id, " X ".currency, " X ".status = 'return',\n" \
  "  " sign "sum (l.amount), " sign "sum (l.cost), " sign "sum (l.quantity), " sign "count (*), " sign "1\n" \
  "FROM order_lines l JOIN products p ON p.id = l.product_id\n" \
  "WHERE l.order_id = " X ".id AND " X ".status <> 'cancelled'\n" \
  "GROUP BY p.category_id\n" \
  SALES_UPSERT
#define ORDER_COUNT(X, sign) \
  "INSERT INTO orders_daily (day, territory_id, rep_id, channel_id, currency, kind, orders)\n" \
  "SELECT " X ".order_date, coalesce (" X ".territory_id, 0), coalesce (" X ".rep_id, 0),\n" \
  "  " X ".channel_id, " X ".currency, " X ".status = 'return', " sign "1\n" \
  "WHERE " X ".status <> 'cancelled'\n" \
  "ON CONFLICT DO UPDATE SET orders = orders + excluded.orders;\n"
/* Recomputes one customer's first order (after an edit or a deletion). */
#define FIRST_ORDER_OF(cust) \
  "DELETE FROM customer_first WHERE customer_id = " cust ";\n" \
  "INSERT INTO customer_first (customer_id, day, order_id, territory_id, rep_id, channel_id)\n" \
  "SELECT customer_id, order_date, id, coalesce (territory_id, 0), coalesce (rep_id, 0), channel_id\n" \
  "FROM orders WHERE customer_id = " cust " AND status NOT IN ('cancelled', 'return')\n" \
  "ORDER BY order_date, id LIMIT 1;\n"
#define SALE_STATUS(X) X ".status NOT IN ('cancelled', 'return')"
/* Bulk writers (the demo generator) pause the triggers and refill the
 * tables once at the end of their transaction, which is faster. */
#define LIVE "NOT EXISTS (SELECT 1 FROM rollup_paused)"

#define MONTHLY_DELTA(revenue, cost, units, lines, orders) \
  "INSERT INTO sales_monthly VALUES (substr (NEW.day, 1, 7), NEW.territory_id, NEW.channel_id,\n" \
  "  " TER_SQLITE_TOP_CATEGORY ("NEW.category_id") ", NEW.currency, NEW.kind,\n" \
  "  " revenue ", " cost ", " units ", " lines ", " orders ")\n" \
  SALES_MONTHLY_UPSERT \
  "INSERT INTO rep_category_monthly VALUES (substr (NEW.day, 1, 7), NEW.territory_id,\n" \
  "  NEW.rep_id, " TER_SQLITE_TOP_CATEGORY ("NEW.category_id") ", NEW.currency, NEW.kind,\n" \
  "  " revenue ", " cost ", " units ", " lines ", " orders ")\n" \
  SALES_MONTHLY_UPSERT \
  "INSERT INTO team_monthly VALUES (substr (NEW.day, 1, 7), NEW.territory_id, NEW.rep_id,\n" \
  "  NEW.channel_id, NEW.currency, NEW.kind, " revenue ", " cost ", " units ", " lines ", 0)\n" \
  SALES_MONTHLY_UPSERT
#define SALES_MONTHLY_UPSERT \
  "ON CONFLICT DO UPDATE SET revenue = revenue + excluded.revenue, cost = cost + excluded.cost,\n" \
  "  units = units + excluded.units, lines = lines + excluded.lines,\n" \
  "  orders = orders + excluded.orders;\n"
#define TERRITORY_DELTA(revenue, cost, units, lines, orders) \
  "INSERT INTO territory_monthly VALUES (NEW.month, NEW.territory_id, NEW.currency, NEW.kind,\n" \
  "  " revenue ", " cost ", " units ", " lines ", " orders ")\n" \
  SALES_MONTHLY_UPSERT
#define DERIVED_TABLE(name, dim) \
  "CREATE TABLE " name " (\n" \
  "  month TEXT NOT NULL, territory_id INTEGER NOT NULL, " dim " INTEGER NOT NULL,\n" \
  "  currency TEXT NOT NULL, kind INTEGER NOT NULL, revenue INTEGER NOT NULL,\n" \
  "  cost INTEGER NOT NULL, units INTEGER NOT NULL, lines INTEGER NOT NULL,\n" \
  "  orders INTEGER NOT NULL,\n" \
  "  PRIMARY KEY (month, territory_id, " dim ", currency, kind)\n" \
  ") WITHOUT ROWID;\n"
#define DERIVED_DELTA(name, dim, revenue, cost, units, lines, orders) \
  "INSERT INTO " name " VALUES (NEW.month, NEW.territory_id, NEW." dim ", NEW.currency,\n" \
  "  NEW.kind, " revenue ", " cost ", " units ", " lines ", " orders ")\n" \
  SALES_MONTHLY_UPSERT
#define DERIVED_TRIGGERS(name, source, dim) \
  "CREATE TRIGGER " name "_insert AFTER INSERT ON " source " WHEN " LIVE " BEGIN\n" \
  DERIVED_DELTA (name, dim, "NEW.revenue", "NEW.cost", "NEW.units", "NEW.lines", "NEW.orders") \
  "END;\n" \
  "CREATE TRIGGER " name "_update AFTER UPDATE ON " source " WHEN " LIVE " BEGIN\n" \
  DERIVED_DELTA (name, dim, "NEW.revenue - OLD.revenue", "NEW.cost - OLD.cost", \
                 "NEW.units - OLD.units", "NEW.lines - OLD.lines", "NEW.orders - OLD.orders") \
  "END;\n"
#define TEAM_ORDERS(orders) \
  "INSERT INTO team_monthly (month, territory_id, rep_id, channel_id, currency, kind, orders)\n" \
  "VALUES (substr (NEW.day, 1, 7), NEW.territory_id, NEW.rep_id, NEW.channel_id, NEW.currency,\n" \
  "  NEW.kind, " orders ")\n" \
  "ON CONFLICT DO UPDATE SET orders = orders + excluded.orders;\n"

const char ter_sqlite_migration_2[] =
  /* Territory and rep 0 mean "not attributed"; kind 1 marks returns, whose
   * amounts are negative. Cancelled orders are left out. Money is in the
   * order's currency, in minor units. */
  "CREATE TABLE sales_daily (\n"
  "  day          TEXT NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  rep_id       INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL,\n"
  "  category_id  INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  kind         INTEGER NOT NULL,\n"
  "  revenue      INTEGER NOT NULL,\n"
  "  cost         INTEGER NOT NULL,\n"
  "  units        INTEGER NOT NULL,\n"
  "  lines        INTEGER NOT NULL,\n"
  "  orders       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (day, territory_id, rep_id, channel_id, category_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"
  /* Orders counted once whatever their categories. */
  "CREATE TABLE orders_daily (\n"
  "  day          TEXT NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  rep_id       INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  kind         INTEGER NOT NULL,\n"
  "  orders       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (day, territory_id, rep_id, channel_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"
  /* Each customer's first sale, for counting new customers. */
  "CREATE TABLE customer_first (\n"
  "  customer_id  INTEGER PRIMARY KEY,\n"
  "  day          TEXT NOT NULL,\n"
  "  order_id     INTEGER NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  rep_id       INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL\n"
  ");\n"
  "CREATE INDEX customer_first_day ON customer_first (day, territory_id, rep_id, channel_id);\n"
  /* A row here (only ever inside a transaction) pauses the triggers. */
  "CREATE TABLE rollup_paused (since TEXT NOT NULL);\n"

  "CREATE TRIGGER order_lines_rollup_insert AFTER INSERT ON order_lines WHEN " LIVE " BEGIN\n"
  LINE_DELTA ("NEW", "")
  "END;\n"
  "CREATE TRIGGER order_lines_rollup_delete AFTER DELETE ON order_lines WHEN " LIVE " BEGIN\n"
  LINE_DELTA ("OLD", "-")
  "END;\n"
  "CREATE TRIGGER order_lines_rollup_update AFTER UPDATE OF order_id, product_id, quantity,\n"
  "  amount, cost ON order_lines WHEN " LIVE " BEGIN\n"
  LINE_DELTA ("OLD", "-")
  LINE_DELTA ("NEW", "")
  "END;\n"

  "CREATE TRIGGER orders_rollup_insert AFTER INSERT ON orders WHEN " LIVE " BEGIN\n"
  ORDER_COUNT ("NEW", "")
  "INSERT INTO customer_first (customer_id, day, order_id, territory_id, rep_id, channel_id)\n"
  "SELECT NEW.customer_id, NEW.order_date, NEW.id, coalesce (NEW.territory_id, 0),\n"
  "  coalesce (NEW.rep_id, 0), NEW.channel_id WHERE " SALE_STATUS ("NEW") "\n"
  "ON CONFLICT (customer_id) DO UPDATE SET day = excluded.day, order_id = excluded.order_id,\n"
  "  territory_id = excluded.territory_id, rep_id = excluded.rep_id, channel_id = excluded.channel_id\n"
  "WHERE (excluded.day, excluded.order_id) < (customer_first.day, customer_first.order_id);\n"
  "END;\n"
  /* Lines are removed from the roll-up with their order, before the order
   * row goes: the cascade that deletes the lines can no longer see it. */
  "CREATE TRIGGER orders_rollup_delete BEFORE DELETE ON orders WHEN " LIVE " BEGIN\n"
  ORDER_DELTA ("OLD", "-")
  ORDER_COUNT ("OLD", "-")
  "END;\n"
  "CREATE TRIGGER orders_rollup_delete_first AFTER DELETE ON orders\n"
  "WHEN " LIVE " AND OLD.id IN (SELECT order_id FROM customer_first\n"
  "                             WHERE customer_id = OLD.customer_id) BEGIN\n"
  FIRST_ORDER_OF ("OLD.customer_id")
  "END;\n"
  "CREATE TRIGGER orders_rollup_update AFTER UPDATE OF order_date, territory_id, rep_id,\n"
  "  channel_id, status, currency ON orders WHEN " LIVE " BEGIN\n"
  ORDER_DELTA ("OLD", "-")
  ORDER_DELTA ("NEW", "")
  ORDER_COUNT ("OLD", "-")
  ORDER_COUNT ("NEW", "")
  "END;\n"
  "CREATE TRIGGER orders_rollup_update_first AFTER UPDATE OF order_date, territory_id, rep_id,\n"
  "  channel_id, status, customer_id ON orders WHEN " LIVE " BEGIN\n"
  FIRST_ORDER_OF ("OLD.customer_id")
  FIRST_ORDER_OF ("NEW.customer_id")
  "END;\n"

  /* Moving a product to another category moves its sales with it. */
  "CREATE TRIGGER products_rollup_category AFTER UPDATE OF category_id ON products\n"
  "WHEN " LIVE " AND OLD.category_id IS NOT NEW.category_id BEGIN\n"
  SALES_COLUMNS
  "SELECT o.order_date, coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,\n"
  "  OLD.category_id, o.currency, o.status = 'return', -sum (l.amount), -sum (l.cost),\n"
  "  -sum (l.quantity), -count (*),\n"
  "  -(NOT EXISTS (SELECT 1 FROM order_lines l2 JOIN products q ON q.id = l2.product_id\n"
  "                WHERE l2.order_id = o.id AND q.category_id = OLD.category_id))\n"
  "FROM order_lines l JOIN orders o ON o.id = l.order_id\n"
  "WHERE l.product_id = NEW.id AND o.status <> 'cancelled'\n"
  "GROUP BY o.id\n"
  SALES_UPSERT
  SALES_COLUMNS
  "SELECT o.order_date, coalesce (o.territory_id, 0), coalesce (o.rep_id, 0), o.channel_id,\n"
  "  NEW.category_id, o.currency, o.status = 'return', sum (l.amount), sum (l.cost),\n"
  "  sum (l.quantity), count (*),\n"
  "  NOT EXISTS (SELECT 1 FROM order_lines l2 JOIN products q ON q.id = l2.product_id\n"
  "              WHERE l2.order_id = o.id AND q.category_id = NEW.category_id\n"
  "                AND l2.product_id <> NEW.id)\n"
  "FROM order_lines l JOIN orders o ON o.id = l.order_id\n"
  "WHERE l.product_id = NEW.id AND o.status <> 'cancelled'\n"
  "GROUP BY o.id\n"
  SALES_UPSERT
  "END;\n"

  /* Monthly summaries of sales_daily, small enough to scan in a few
   * milliseconds: by top-level product category without reps, and by rep
   * without categories (with true order counts from orders_daily). */
  "CREATE TABLE sales_monthly (\n"
  "  month        TEXT NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL,\n"
  "  category_id  INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  kind         INTEGER NOT NULL,\n"
  "  revenue      INTEGER NOT NULL,\n"
  "  cost         INTEGER NOT NULL,\n"
  "  units        INTEGER NOT NULL,\n"
  "  lines        INTEGER NOT NULL,\n"
  "  orders       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (month, territory_id, channel_id, category_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE team_monthly (\n"
  "  month        TEXT NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  rep_id       INTEGER NOT NULL,\n"
  "  channel_id   INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  kind         INTEGER NOT NULL,\n"
  "  revenue      INTEGER NOT NULL DEFAULT 0,\n"
  "  cost         INTEGER NOT NULL DEFAULT 0,\n"
  "  units        INTEGER NOT NULL DEFAULT 0,\n"
  "  lines        INTEGER NOT NULL DEFAULT 0,\n"
  "  orders       INTEGER NOT NULL DEFAULT 0,\n"
  "  PRIMARY KEY (month, territory_id, rep_id, channel_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"

  /* The whole business of each territory, for the headline figures. */
  "CREATE TABLE territory_monthly (\n"
  "  month        TEXT NOT NULL,\n"
  "  territory_id INTEGER NOT NULL,\n"
  "  currency     TEXT NOT NULL,\n"
  "  kind         INTEGER NOT NULL,\n"
  "  revenue      INTEGER NOT NULL,\n"
  "  cost         INTEGER NOT NULL,\n"
  "  units        INTEGER NOT NULL,\n"
  "  lines        INTEGER NOT NULL,\n"
  "  orders       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (month, territory_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"

  /* Reps by top-level category, for a rep's mix or a category's ranking. */
  "CREATE TABLE rep_category_monthly (\n"
  "  month TEXT NOT NULL, territory_id INTEGER NOT NULL, rep_id INTEGER NOT NULL,\n"
  "  category_id INTEGER NOT NULL, currency TEXT NOT NULL, kind INTEGER NOT NULL,\n"
  "  revenue INTEGER NOT NULL, cost INTEGER NOT NULL, units INTEGER NOT NULL,\n"
  "  lines INTEGER NOT NULL, orders INTEGER NOT NULL,\n"
  "  PRIMARY KEY (month, territory_id, rep_id, category_id, currency, kind)\n"
  ") WITHOUT ROWID;\n"
  /* One dimension each, for the breakdowns. */
  DERIVED_TABLE ("channel_monthly", "channel_id")
  DERIVED_TABLE ("rep_monthly", "rep_id")
  DERIVED_TABLE ("category_monthly", "category_id")

  /* Fills the tables from the rows already there, then keeps the monthly
   * ones in step with the daily ones. */
  TER_SQLITE_ROLLUP_REBUILD
  TER_SQLITE_MONTHLY_REBUILD
  "CREATE TRIGGER sales_daily_monthly_insert AFTER INSERT ON sales_daily WHEN " LIVE " BEGIN\n"
  MONTHLY_DELTA ("NEW.revenue", "NEW.cost", "NEW.units", "NEW.lines", "NEW.orders")
  "END;\n"
  "CREATE TRIGGER sales_daily_monthly_update AFTER UPDATE ON sales_daily WHEN " LIVE " BEGIN\n"
  MONTHLY_DELTA ("NEW.revenue - OLD.revenue", "NEW.cost - OLD.cost", "NEW.units - OLD.units",
                 "NEW.lines - OLD.lines", "NEW.orders - OLD.orders")
  "END;\n"
  "CREATE TRIGGER orders_daily_monthly_insert AFTER INSERT ON orders_daily WHEN " LIVE " BEGIN\n"
  TEAM_ORDERS ("NEW.orders")
  "END;\n"
  "CREATE TRIGGER orders_daily_monthly_update AFTER UPDATE ON orders_daily WHEN " LIVE " BEGIN\n"
  TEAM_ORDERS ("NEW.orders - OLD.orders")
  "END;\n"
  "CREATE TRIGGER team_monthly_territory_insert AFTER INSERT ON team_monthly WHEN " LIVE " BEGIN\n"
  TERRITORY_DELTA ("NEW.revenue", "NEW.cost", "NEW.units", "NEW.lines", "NEW.orders")
  "END;\n"
  "CREATE TRIGGER team_monthly_territory_update AFTER UPDATE ON team_monthly WHEN " LIVE " BEGIN\n"
  TERRITORY_DELTA ("NEW.revenue - OLD.revenue", "NEW.cost - OLD.cost", "NEW.units - OLD.units",
                   "NEW.lines - OLD.lines", "NEW.orders - OLD.orders")
  "END;\n"
  DERIVED_TRIGGERS ("channel_monthly", "team_monthly", "channel_id")
  DERIVED_TRIGGERS ("rep_monthly", "team_monthly", "rep_id")
  DERIVED_TRIGGERS ("category_monthly", "sales_monthly", "category_id")
  /* Top-level categories change only when the catalogue is reorganised. */
  "CREATE TRIGGER product_categories_rollup AFTER UPDATE OF parent_id ON product_categories\n"
  "WHEN " LIVE " BEGIN\n"
  "DELETE FROM sales_monthly;\n"
  "DELETE FROM category_monthly;\n"
  "DELETE FROM rep_category_monthly;\n"
  TER_SQLITE_SALES_MONTHLY_FILL
  TER_SQLITE_REP_CATEGORY_FILL
  "END;\n";
