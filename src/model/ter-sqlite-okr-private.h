/* ter-sqlite-okr-private.h: what the SQLite OKR files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-okr-store.h"
#include "ter-sqlite-store.h"

G_BEGIN_DECLS

/* Names of the enums as stored, indexed by their value. */
extern const char *const ter_sqlite_okr_owner_names[4];
extern const char *const ter_sqlite_okr_kind_names[4];
extern const char *const ter_sqlite_okr_metric_names[5];

gboolean ter_sqlite_okr_insert_key_result (TerSqliteStore               *self,
                                           gint64                        objective_id,
                                           guint                         position,
                                           const TerOkrKeyResultRecord  *kr,
                                           GError                      **error);
/* The parent must exist and belong to `quarter`. */
gboolean ter_sqlite_okr_check_parent      (TerSqliteStore               *self,
                                           const char                   *quarter,
                                           gint64                        parent_id,
                                           GError                      **error);
void     ter_sqlite_okr_edit_iface_init   (TerOkrStoreInterface         *iface);

G_END_DECLS
