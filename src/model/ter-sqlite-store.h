/* ter-sqlite-store.h: the embedded SQLite engine behind TerStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

#define TER_TYPE_SQLITE_STORE (ter_sqlite_store_get_type ())
G_DECLARE_FINAL_TYPE (TerSqliteStore, ter_sqlite_store, TER, SQLITE_STORE, GObject)

/* Opens the database at `path`, creating it and its folder if missing, and
 * migrates it to the current schema. A file that is not SQLite, is damaged,
 * is read-only, belongs to another program or carries a newer schema is
 * refused with a TER_STORE_ERROR naming the file and the problem, and is
 * left exactly as it was. ":memory:" opens a private in-memory database. */
TerSqliteStore *ter_sqlite_store_open            (const char      *path,
                                                  GError         **error);
int             ter_sqlite_store_get_user_version (TerSqliteStore *self);
/* The default location, $XDG_DATA_HOME/territory/territory.db. */
char           *ter_sqlite_store_default_path    (void);

G_END_DECLS
