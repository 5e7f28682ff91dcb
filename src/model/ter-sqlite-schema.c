/* ter-sqlite-schema.c: the database schema, one migration per version.
 *
 * A migration runs in one transaction together with the user_version bump,
 * so a database is always at exactly one version. Never edit a released
 * migration: add a new one.
 *
 * Dates are TEXT in ISO form, checked with date (x, '+0 days') IS x: the
 * modifier makes SQLite normalise impossible days such as 30 February,
 * which plain date (x) passes through unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-sqlite-schema"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-region-data.h"
#include "ter-sqlite-schema.h"
#include "ter-store.h"

static const char migration_1[] =
  "PRAGMA application_id = 1413829202;\n"

  "CREATE TABLE settings (\n"
  "  key   TEXT PRIMARY KEY,\n"
  "  value TEXT NOT NULL\n"
  ");\n"

  /* Units of each currency per US dollar, in millionths. */
  "CREATE TABLE exchange_rates (\n"
  "  currency       TEXT PRIMARY KEY CHECK (length (currency) = 3),\n"
  "  per_usd_micros INTEGER NOT NULL CHECK (per_usd_micros > 0)\n"
  ");\n"
  "INSERT INTO exchange_rates VALUES ('USD', 1000000), ('CNY', 7100000),\n"
  "  ('EUR', 920000), ('HKD', 7800000), ('TWD', 32000000), ('JPY', 150000000);\n"

  "CREATE TABLE regions (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  code      TEXT NOT NULL UNIQUE,\n"
  "  name_en   TEXT NOT NULL,\n"
  "  name_zh   TEXT NOT NULL,\n"
  "  short_zh  TEXT,\n"
  "  abbrev    TEXT,\n"
  "  parent_id INTEGER REFERENCES regions (id),\n"
  "  level     TEXT NOT NULL CHECK (level IN ('country', 'province', 'city'))\n"
  ");\n"
  "CREATE INDEX regions_parent ON regions (parent_id);\n"

  "CREATE TABLE reps (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  name         TEXT NOT NULL CHECK (name <> ''),\n"
  "  email        TEXT,\n"
  "  phone        TEXT,\n"
  "  role         TEXT NOT NULL CHECK (role IN ('regional_manager', 'provincial_manager', 'sales_rep')),\n"
  "  manager_id   INTEGER REFERENCES reps (id) CHECK (manager_id <> id),\n"
  "  territory_id INTEGER REFERENCES territories (id),\n"
  "  hire_date    TEXT NOT NULL CHECK (date (hire_date, '+0 days') IS hire_date),\n"
  "  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))\n"
  ");\n"
  "CREATE INDEX reps_manager ON reps (manager_id);\n"
  "CREATE INDEX reps_territory ON reps (territory_id);\n"

  "CREATE TABLE territories (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  name       TEXT NOT NULL CHECK (name <> ''),\n"
  "  name_zh    TEXT,\n"
  "  parent_id  INTEGER REFERENCES territories (id) CHECK (parent_id <> id),\n"
  "  manager_id INTEGER REFERENCES reps (id),\n"
  "  currency   TEXT NOT NULL REFERENCES exchange_rates (currency)\n"
  ");\n"
  "CREATE INDEX territories_parent ON territories (parent_id);\n"

  /* Hierarchies are trees: refuse any update that would close a loop. */
  "CREATE TRIGGER territories_no_cycle BEFORE UPDATE OF parent_id ON territories\n"
  "WHEN NEW.parent_id IS NOT NULL BEGIN\n"
  "  SELECT RAISE (ABORT, 'the territory hierarchy would contain a cycle')\n"
  "  WHERE EXISTS (WITH RECURSIVE up (id) AS (SELECT NEW.parent_id\n"
  "                  UNION SELECT t.parent_id FROM territories t JOIN up ON t.id = up.id\n"
  "                  WHERE t.parent_id IS NOT NULL)\n"
  "                SELECT 1 FROM up WHERE id = NEW.id);\n"
  "END;\n"
  "CREATE TRIGGER reps_no_cycle BEFORE UPDATE OF manager_id ON reps\n"
  "WHEN NEW.manager_id IS NOT NULL BEGIN\n"
  "  SELECT RAISE (ABORT, 'the reporting line would contain a cycle')\n"
  "  WHERE EXISTS (WITH RECURSIVE up (id) AS (SELECT NEW.manager_id\n"
  "                  UNION SELECT r.manager_id FROM reps r JOIN up ON r.id = up.id\n"
  "                  WHERE r.manager_id IS NOT NULL)\n"
  "                SELECT 1 FROM up WHERE id = NEW.id);\n"
  "END;\n"

  /* Which territory (and rep) covers a region, from valid_from up to but
   * not including valid_to. Orders keep the territory they were attributed
   * to when written, so redrawing territories never rewrites history. */
  "CREATE TABLE territory_regions (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  region_id    INTEGER NOT NULL REFERENCES regions (id),\n"
  "  territory_id INTEGER NOT NULL REFERENCES territories (id),\n"
  "  rep_id       INTEGER REFERENCES reps (id),\n"
  "  valid_from   TEXT NOT NULL CHECK (date (valid_from, '+0 days') IS valid_from),\n"
  "  valid_to     TEXT CHECK (valid_to IS NULL OR (date (valid_to, '+0 days') IS valid_to AND valid_to > valid_from))\n"
  ");\n"
  "CREATE INDEX territory_regions_region ON territory_regions (region_id, valid_from);\n"
  "CREATE INDEX territory_regions_territory ON territory_regions (territory_id);\n"

  "CREATE TABLE customers (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  name         TEXT NOT NULL CHECK (name <> ''),\n"
  "  type         TEXT NOT NULL CHECK (type IN ('key_account', 'distributor', 'dealer', 'retailer', 'online')),\n"
  "  region_id    INTEGER NOT NULL REFERENCES regions (id),\n"
  "  city         TEXT,\n"
  "  owner_rep_id INTEGER REFERENCES reps (id),\n"
  "  credit_limit INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),\n"
  "  currency     TEXT NOT NULL REFERENCES exchange_rates (currency),\n"
  "  contact      TEXT,\n"
  "  phone        TEXT,\n"
  "  created_on   TEXT NOT NULL CHECK (date (created_on, '+0 days') IS created_on)\n"
  ");\n"
  "CREATE INDEX customers_region ON customers (region_id);\n"
  "CREATE INDEX customers_owner ON customers (owner_rep_id);\n"

  "CREATE TABLE product_categories (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  code      TEXT NOT NULL UNIQUE,\n"
  "  name_en   TEXT NOT NULL,\n"
  "  name_zh   TEXT NOT NULL,\n"
  "  parent_id INTEGER REFERENCES product_categories (id)\n"
  ");\n"

  "CREATE TABLE products (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  sku         TEXT NOT NULL UNIQUE CHECK (sku <> ''),\n"
  "  name_en     TEXT NOT NULL,\n"
  "  name_zh     TEXT NOT NULL,\n"
  "  category_id INTEGER NOT NULL REFERENCES product_categories (id),\n"
  "  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))\n"
  ");\n"
  "CREATE INDEX products_category ON products (category_id);\n"

  /* A product has a list price and a unit cost in each market's currency. */
  "CREATE TABLE product_prices (\n"
  "  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,\n"
  "  currency   TEXT NOT NULL REFERENCES exchange_rates (currency),\n"
  "  list_price INTEGER NOT NULL CHECK (list_price >= 0),\n"
  "  cost       INTEGER NOT NULL CHECK (cost >= 0),\n"
  "  PRIMARY KEY (product_id, currency)\n"
  ") WITHOUT ROWID;\n"

  "CREATE TABLE channels (\n"
  "  id      INTEGER PRIMARY KEY,\n"
  "  code    TEXT NOT NULL UNIQUE,\n"
  "  name_en TEXT NOT NULL,\n"
  "  name_zh TEXT NOT NULL,\n"
  "  kind    TEXT NOT NULL CHECK (kind IN ('web_shop', 'marketplace', 'distributor', 'direct'))\n"
  ");\n"

  /* Returns are orders of status 'return' whose lines have negative
   * quantities and amounts; return_of names the original order. */
  "CREATE TABLE orders (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  source       TEXT NOT NULL DEFAULT 'territory',\n"
  "  number       TEXT NOT NULL CHECK (number <> ''),\n"
  "  order_date   TEXT NOT NULL CHECK (date (order_date, '+0 days') IS order_date),\n"
  "  customer_id  INTEGER NOT NULL REFERENCES customers (id),\n"
  "  channel_id   INTEGER NOT NULL REFERENCES channels (id),\n"
  "  region_id    INTEGER NOT NULL REFERENCES regions (id),\n"
  "  territory_id INTEGER REFERENCES territories (id),\n"
  "  rep_id       INTEGER REFERENCES reps (id),\n"
  "  status       TEXT NOT NULL CHECK (status IN ('open', 'shipped', 'completed', 'cancelled', 'return')),\n"
  "  currency     TEXT NOT NULL REFERENCES exchange_rates (currency),\n"
  "  return_of    INTEGER REFERENCES orders (id),\n"
  "  UNIQUE (source, number)\n"
  ");\n"
  "CREATE INDEX orders_date ON orders (order_date);\n"
  "CREATE INDEX orders_customer ON orders (customer_id);\n"
  "CREATE INDEX orders_territory ON orders (territory_id, order_date);\n"
  "CREATE INDEX orders_rep ON orders (rep_id, order_date);\n"
  "CREATE INDEX orders_return_of ON orders (return_of) WHERE return_of IS NOT NULL;\n"

  "CREATE TABLE order_lines (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,\n"
  "  product_id INTEGER NOT NULL REFERENCES products (id),\n"
  "  quantity   INTEGER NOT NULL CHECK (quantity <> 0),\n"
  "  unit_price INTEGER NOT NULL CHECK (unit_price >= 0),\n"
  "  discount   INTEGER NOT NULL DEFAULT 0,\n"
  "  amount     INTEGER NOT NULL,\n"
  "  cost       INTEGER NOT NULL DEFAULT 0,\n"
  "  CHECK (amount = quantity * unit_price - discount)\n"
  ");\n"
  "CREATE INDEX order_lines_order ON order_lines (order_id);\n"
  "CREATE INDEX order_lines_product ON order_lines (product_id);\n"

  /* Monthly targets for one territory or one rep. */
  "CREATE TABLE targets (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  territory_id INTEGER REFERENCES territories (id) ON DELETE CASCADE,\n"
  "  rep_id       INTEGER REFERENCES reps (id) ON DELETE CASCADE,\n"
  "  month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'\n"
  "                                    AND substr (month, 6) BETWEEN '01' AND '12'),\n"
  "  metric       TEXT NOT NULL CHECK (metric IN ('revenue', 'units', 'new_customers')),\n"
  "  value        INTEGER NOT NULL CHECK (value >= 0),\n"
  "  currency     TEXT REFERENCES exchange_rates (currency),\n"
  "  CHECK ((territory_id IS NULL) <> (rep_id IS NULL)),\n"
  "  CHECK ((metric = 'revenue') = (currency IS NOT NULL))\n"
  ");\n"
  "CREATE UNIQUE INDEX targets_territory ON targets (territory_id, month, metric)\n"
  "  WHERE territory_id IS NOT NULL;\n"
  "CREATE UNIQUE INDEX targets_rep ON targets (rep_id, month, metric)\n"
  "  WHERE rep_id IS NOT NULL;\n";

static gboolean
seed_regions (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "INSERT INTO regions (code, name_en, name_zh, short_zh, abbrev, parent_id, level) "
    "VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM regions WHERE code = ?6), ?7)";
  const TerRegionSeed *seeds;
  sqlite3_stmt *stmt = NULL;
  guint n_seeds;
  int rc;

  seeds = ter_region_seeds (&n_seeds);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  for (guint i = 0; rc == SQLITE_OK && i < n_seeds; i++)
    {
      sqlite3_bind_text (stmt, 1, seeds[i].code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, seeds[i].name_en, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, seeds[i].name_zh, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, seeds[i].short_zh, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, seeds[i].abbrev, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, seeds[i].parent, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, seeds[i].parent ? "province" : "country", -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? sqlite3_reset (stmt) : rc;
    }

  if (rc != SQLITE_OK)
    g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_FAILED,
                 _("Could not add the built-in regions: %s"), sqlite3_errmsg (db));

  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

static const TerMigration migrations[] = {
  { 1, migration_1, seed_regions },
  { 2, ter_sqlite_migration_2, NULL },
  { 3, ter_sqlite_migration_3, NULL },
  { 4, ter_sqlite_migration_okr, NULL },
  { 5, ter_sqlite_migration_quotes, NULL },
  { 6, ter_sqlite_migration_6, NULL },
  { 7, ter_sqlite_migration_7, NULL },
  { 8, ter_sqlite_migration_8, NULL },
  { 9, ter_sqlite_migration_9, NULL },
};

const TerMigration *
ter_sqlite_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

int
ter_sqlite_schema_version (void)
{
  return migrations[G_N_ELEMENTS (migrations) - 1].version;
}
