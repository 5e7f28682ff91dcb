/* ter-sqlite-schema.h: numbered schema migrations for the SQLite engine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "TERR": marks a file as Territory's in its header (PRAGMA application_id). */
#define TER_SQLITE_APPLICATION_ID 0x54455252

typedef gboolean (*TerMigrationFunc) (sqlite3  *db,
                                      GError  **error);

typedef struct {
  int               version;
  const char       *sql;
  TerMigrationFunc  after;  /* optional; runs in the same transaction */
} TerMigration;

/* Migration 2 (ter-sqlite-analytics-schema.c): sales roll-up tables. */
extern const char ter_sqlite_migration_2[];

/* Refills the roll-up tables from orders and order_lines (they must be
 * empty). A customer's first order comes with min() over date and id:
 * SQLite takes the other columns from the row holding the minimum. */
#define TER_SQLITE_ROLLUP_REBUILD \
  "INSERT INTO sales_daily SELECT o.order_date, coalesce (o.territory_id, 0),\n" \
  "  coalesce (o.rep_id, 0), o.channel_id, p.category_id, o.currency, o.status = 'return',\n" \
  "  sum (l.amount), sum (l.cost), sum (l.quantity), count (*), count (DISTINCT o.id)\n" \
  "FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id\n" \
  "WHERE o.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6, 7;\n" \
  "INSERT INTO orders_daily SELECT order_date, coalesce (territory_id, 0), coalesce (rep_id, 0),\n" \
  "  channel_id, currency, status = 'return', count (*)\n" \
  "FROM orders WHERE status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6;\n" \
  "INSERT INTO customer_first SELECT customer_id, order_date, id, coalesce (territory_id, 0),\n" \
  "  coalesce (rep_id, 0), channel_id FROM (SELECT customer_id, order_date, id, territory_id,\n" \
  "  rep_id, channel_id, min (order_date || printf ('%012d', id)) FROM orders\n" \
  "  WHERE status NOT IN ('cancelled', 'return') GROUP BY customer_id);\n"

/* The top of category `id`'s tree (catalogues are at most three deep). */
#define TER_SQLITE_TOP_CATEGORY(id) \
  "(SELECT coalesce (g.id, p.id, c.id) FROM product_categories c\n" \
  "   LEFT JOIN product_categories p ON p.id = c.parent_id\n" \
  "   LEFT JOIN product_categories g ON g.id = p.parent_id WHERE c.id = " id ")"

#define TER_SQLITE_SALES_MONTHLY_FILL \
  "INSERT INTO sales_monthly SELECT substr (day, 1, 7), territory_id, channel_id,\n" \
  "  " TER_SQLITE_TOP_CATEGORY ("category_id") ", currency, kind, sum (revenue), sum (cost),\n" \
  "  sum (units), sum (lines), sum (orders) FROM sales_daily GROUP BY 1, 2, 3, 4, 5, 6;\n"

/* One monthly table summed from another over all but one dimension. */
#define TER_SQLITE_DERIVED_FILL(name, source, dim) \
  "INSERT INTO " name " SELECT month, territory_id, " dim ", currency, kind, sum (revenue),\n" \
  "  sum (cost), sum (units), sum (lines), sum (orders) FROM " source " GROUP BY 1, 2, 3, 4, 5;\n"

#define TER_SQLITE_REP_CATEGORY_FILL \
  "INSERT INTO rep_category_monthly SELECT substr (day, 1, 7), territory_id, rep_id,\n" \
  "  " TER_SQLITE_TOP_CATEGORY ("category_id") ", currency, kind, sum (revenue), sum (cost),\n" \
  "  sum (units), sum (lines), sum (orders) FROM sales_daily GROUP BY 1, 2, 3, 4, 5, 6;\n"

/* Refills the monthly tables from the daily ones (they must be empty). */
#define TER_SQLITE_MONTHLY_REBUILD \
  TER_SQLITE_SALES_MONTHLY_FILL \
  TER_SQLITE_REP_CATEGORY_FILL \
  "INSERT INTO team_monthly SELECT substr (day, 1, 7), territory_id, rep_id, channel_id, currency,\n" \
  "  kind, sum (revenue), sum (cost), sum (units), sum (lines), 0 FROM sales_daily\n" \
  "  GROUP BY 1, 2, 3, 4, 5, 6;\n" \
  "INSERT INTO team_monthly (month, territory_id, rep_id, channel_id, currency, kind, orders)\n" \
  "SELECT substr (day, 1, 7), territory_id, rep_id, channel_id, currency, kind, sum (orders)\n" \
  "FROM orders_daily WHERE true GROUP BY 1, 2, 3, 4, 5, 6\n" \
  "ON CONFLICT DO UPDATE SET orders = excluded.orders;\n" \
  "INSERT INTO territory_monthly SELECT month, territory_id, currency, kind, sum (revenue),\n" \
  "  sum (cost), sum (units), sum (lines), sum (orders) FROM team_monthly GROUP BY 1, 2, 3, 4;\n" \
  TER_SQLITE_DERIVED_FILL ("channel_monthly", "team_monthly", "channel_id") \
  TER_SQLITE_DERIVED_FILL ("rep_monthly", "team_monthly", "rep_id") \
  TER_SQLITE_DERIVED_FILL ("category_monthly", "sales_monthly", "category_id")

/* The same refill for a bulk writer, faster on millions of lines: the
 * daily table is summed by month once, at the finest monthly grain, into
 * a scratch table the three monthly tables are then summed from, instead
 * of being sorted three times with a category lookup per row. */
#define TER_SQLITE_MONTHLY_REFILL \
  "CREATE TEMP TABLE rollup_refill AS\n" \
  "WITH top (id, top) AS MATERIALIZED (SELECT c.id, coalesce (g.id, p.id, c.id)\n" \
  "  FROM product_categories c LEFT JOIN product_categories p ON p.id = c.parent_id\n" \
  "  LEFT JOIN product_categories g ON g.id = p.parent_id)\n" \
  "SELECT substr (day, 1, 7) AS month, territory_id, rep_id, channel_id, top.top AS category_id,\n" \
  "  currency, kind, sum (revenue) AS revenue, sum (cost) AS cost, sum (units) AS units,\n" \
  "  sum (lines) AS lines, sum (orders) AS orders\n" \
  "FROM sales_daily JOIN top ON top.id = sales_daily.category_id GROUP BY 1, 2, 3, 4, 5, 6, 7;\n" \
  "INSERT INTO sales_monthly SELECT month, territory_id, channel_id, category_id, currency, kind,\n" \
  "  sum (revenue), sum (cost), sum (units), sum (lines), sum (orders) FROM temp.rollup_refill\n" \
  "  GROUP BY 1, 2, 3, 4, 5, 6;\n" \
  "INSERT INTO rep_category_monthly SELECT month, territory_id, rep_id, category_id, currency,\n" \
  "  kind, sum (revenue), sum (cost), sum (units), sum (lines), sum (orders)\n" \
  "  FROM temp.rollup_refill GROUP BY 1, 2, 3, 4, 5, 6;\n" \
  "INSERT INTO team_monthly SELECT month, territory_id, rep_id, channel_id, currency, kind,\n" \
  "  sum (revenue), sum (cost), sum (units), sum (lines), 0 FROM temp.rollup_refill\n" \
  "  GROUP BY 1, 2, 3, 4, 5, 6;\n" \
  "DROP TABLE temp.rollup_refill;\n" \
  "INSERT INTO team_monthly (month, territory_id, rep_id, channel_id, currency, kind, orders)\n" \
  "SELECT substr (day, 1, 7), territory_id, rep_id, channel_id, currency, kind, sum (orders)\n" \
  "FROM orders_daily WHERE true GROUP BY 1, 2, 3, 4, 5, 6\n" \
  "ON CONFLICT DO UPDATE SET orders = excluded.orders;\n" \
  "INSERT INTO territory_monthly SELECT month, territory_id, currency, kind, sum (revenue),\n" \
  "  sum (cost), sum (units), sum (lines), sum (orders) FROM team_monthly GROUP BY 1, 2, 3, 4;\n" \
  TER_SQLITE_DERIVED_FILL ("channel_monthly", "team_monthly", "channel_id") \
  TER_SQLITE_DERIVED_FILL ("rep_monthly", "team_monthly", "rep_id") \
  TER_SQLITE_DERIVED_FILL ("category_monthly", "sales_monthly", "category_id")

extern const char ter_sqlite_migration_3[];  /* ter-sqlite-performance.c */
/* Feature migrations, defined in their ter-sqlite-FEATURE.c files. */
extern const char ter_sqlite_migration_okr[];
/* Migration 5: quotes (ter-sqlite-quotes.c). */
extern const char ter_sqlite_migration_quotes[];
extern const char ter_sqlite_migration_6[];
/* Migration 7: the customer roll-up (ter-sqlite-dashboard.c), and its
 * refill for bulk writers (the table must be empty). */
extern const char ter_sqlite_migration_7[];
extern const char ter_sqlite_customer_rebuild[];
/* Migration 8: commission plan assignments (ter-sqlite-commission-plans.c). */
extern const char ter_sqlite_migration_8[];
/* Migration 9: the customer roll-up per year (ter-sqlite-dashboard.c),
 * and its refill from the monthly one. */
extern const char ter_sqlite_migration_9[];
extern const char ter_sqlite_customer_yearly_rebuild[];

const TerMigration *ter_sqlite_migrations (guint *n_migrations);
int                 ter_sqlite_schema_version (void);

G_END_DECLS
