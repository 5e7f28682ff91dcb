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

/* Refills the roll-up tables from orders and order_lines (they must be empty). */
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
  "  coalesce (rep_id, 0), channel_id FROM (SELECT *, row_number () OVER\n" \
  "  (PARTITION BY customer_id ORDER BY order_date, id) AS n FROM orders\n" \
  "  WHERE status NOT IN ('cancelled', 'return')) WHERE n = 1;\n"
extern const char ter_sqlite_migration_3[];  /* ter-sqlite-performance.c */
/* Feature migrations, defined in their ter-sqlite-FEATURE.c files. */
extern const char ter_sqlite_migration_okr[];
/* Migration 5: quotes (ter-sqlite-quotes.c). */
extern const char ter_sqlite_migration_quotes[];
extern const char ter_sqlite_migration_6[];

const TerMigration *ter_sqlite_migrations (guint *n_migrations);
int                 ter_sqlite_schema_version (void);

G_END_DECLS
