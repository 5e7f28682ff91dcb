/* ter-sqlite-store-private.h: what the SQLite engine's feature files share.
 *
 * Each feature (analytics, reviews, OKRs, quotes, imports…) declares its
 * own store interface next to its code and implements it for SQLite in a
 * ter-sqlite-<feature>.c file with these helpers; ter-sqlite-store.c adds
 * one G_IMPLEMENT_INTERFACE line for it. Callers hold the lock around
 * every use of a statement:
 *
 *   g_autoptr(GRecMutexLocker) locker =
 *     g_rec_mutex_locker_new (ter_sqlite_store_get_lock (self));
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ter-analytics-store.h"
#include "ter-okr-store.h"
#include "ter-quote-store.h"
#include "ter-map-store.h"
#include "ter-sqlite-store.h"
#include "ter-import-store.h"
#include "ter-dashboard-store.h"

G_BEGIN_DECLS

GRecMutex    *ter_sqlite_store_get_lock    (TerSqliteStore  *self);
sqlite3      *ter_sqlite_store_get_db      (TerSqliteStore  *self);

/* The cached statement for `sql` (a string literal: it is cached by its
 * address), reset and with no bindings. */
sqlite3_stmt *ter_sqlite_store_prepare     (TerSqliteStore  *self,
                                            const char      *sql,
                                            GError         **error);
/* Maps an SQLite result code to a TER_STORE_ERROR naming the file;
 * `what` says what was being done ("Adding an order"). */
void          ter_sqlite_store_set_error   (TerSqliteStore  *self,
                                            GError         **error,
                                            int              rc,
                                            const char      *what);
/* Steps a prepared INSERT to completion; the new row id, or 0. */
gint64        ter_sqlite_store_step_insert (TerSqliteStore  *self,
                                            sqlite3_stmt    *stmt,
                                            const char      *what,
                                            GError         **error);
/* Runs a cached statement that returns no rows (SAVEPOINT x, RELEASE x). */
gboolean      ter_sqlite_store_run         (TerSqliteStore  *self,
                                            const char      *sql,
                                            GError         **error);

void          ter_sqlite_bind_text_or_null (sqlite3_stmt    *stmt,
                                            int              index,
                                            const char      *text);
/* Binds NULL for ids <= 0. */
void          ter_sqlite_bind_id_or_null   (sqlite3_stmt    *stmt,
                                            int              index,
                                            gint64           id);
/* Until the caller's transaction ends, add_order () remembers who each
 * region was assigned to on each day, and, when `unguarded` (the caller
 * rolls back everything on any failure), writes without a savepoint. */
void          ter_sqlite_store_begin_bulk_orders (TerSqliteStore *self,
                                                  gboolean        unguarded);
const char   *ter_sqlite_column_text       (sqlite3_stmt    *stmt,
                                            int              column);

/* Feature interfaces implemented by TerSqliteStore, each in its own
 * ter-sqlite-FEATURE.c file. */
#include "ter-performance-store.h"

void ter_sqlite_analytics_iface_init   (TerAnalyticsStoreInterface   *iface);
void ter_sqlite_performance_iface_init (TerPerformanceStoreInterface *iface);
void ter_sqlite_okr_iface_init         (TerOkrStoreInterface         *iface);
void ter_sqlite_quotes_iface_init      (TerQuoteStoreInterface       *iface);
void ter_sqlite_import_iface_init      (TerImportStoreInterface      *iface);
void ter_sqlite_map_iface_init         (TerMapStoreInterface         *iface);
void ter_sqlite_dashboard_iface_init   (TerDashboardStoreInterface   *iface);

G_END_DECLS
