/* ter-sqlite-performance-private.h: what the SQLite files of the
 * performance feature (targets, reviews and reports, commission) share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-performance-store.h"
#include "ter-sqlite-store-private.h"

G_BEGIN_DECLS

char    *ter_sqlite_performance_rep_name (TerSqliteStore *self, gint64 rep_id);
gboolean ter_sqlite_performance_check_rep (TerSqliteStore *self, gint64 actor_id, gint64 rep_id, GError **error);
/* Steps a statement that returns no rows; FALSE with `what` on failure. */
gboolean ter_sqlite_performance_step_done (TerSqliteStore *self, sqlite3_stmt *stmt, const char *what, GError **error);
/* Bounds of the months first…last as days, for order_date BETWEEN. */
void     ter_sqlite_performance_month_days (const char *first_month, const char *last_month, char first_day[11], char last_day[11]);

void     ter_sqlite_reviews_iface_init    (TerPerformanceStoreInterface *iface);
void     ter_sqlite_reports_iface_init    (TerPerformanceStoreInterface *iface);
void     ter_sqlite_commission_iface_init (TerPerformanceStoreInterface *iface);
void     ter_sqlite_commission_plans_iface_init (TerPerformanceStoreInterface *iface);
void     ter_sqlite_review_criteria_iface_init (TerPerformanceStoreInterface *iface);

/* The plan with its tiers and rates, or NULL with NOT_FOUND. */
TerCommissionPlan *ter_sqlite_commission_read_plan (TerSqliteStore *self, gint64 plan_id, GError **error);
/* The plan paying `rep_id` in `month` (YYYY-MM): 0 for none, -1 on error. */
gint64   ter_sqlite_commission_plan_for   (TerSqliteStore *self, gint64 rep_id, const char *month, GError **error);

G_END_DECLS
