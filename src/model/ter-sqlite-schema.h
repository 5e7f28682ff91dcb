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

extern const char ter_sqlite_migration_6[];

const TerMigration *ter_sqlite_migrations (guint *n_migrations);
int                 ter_sqlite_schema_version (void);

G_END_DECLS
