/* ter-import-private.h: what ter-import.c shares with ter-import-write.c,
 * which resolves names to rows and writes orders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-import.h"
#include "ter-import-store.h"

G_BEGIN_DECLS

typedef struct {
  char *sku;
  char *name;
  char *category;
} ProductKey;

typedef struct {
  TerStore               *store;
  TerImportStore         *istore;
  const TerImportOptions *options;
  TerImportReport        *report;
  TerImportMapping        mapping;
  GHashTable             *regions;      /* normalised name → id */
  GHashTable             *ids[4];       /* TerImportKind: key → id */
  GHashTable             *seen_orders;  /* source \x1f number → first line */
  GHashTable             *unmatched;    /* spellings already listed */
  gint64                  default_region_id;
  gboolean                failed;       /* a rejection, and no skipping */
  gboolean                source_is_new;/* no order of report->source yet */
  gint64                  expected_lines;
  GHashTable             *region_cache; /* text as written → id */
  GStrv                   choices;      /* saved, then given column choices */
  TerCsvProgressFunc      progress;
  gpointer                progress_data;

  /* The order being read. */
  char                   *number;
  char                   *source;
  guint                   order_line;
  gboolean                order_bad;
  char                    date[11];
  char                   *customer;
  TerCustomerType         customer_type;
  gint64                  region_id;
  char                   *city;
  char                   *currency;
  char                   *channel;
  TerOrderStatus          status;
  GArray                 *lines;        /* TerOrderLineRecord */
  GPtrArray              *products;     /* ProductKey */
  GPtrArray              *rows;         /* GStrv, the order's rows as read */
  GArray                 *row_lines;    /* guint */
  GArray                 *row_rejected; /* gboolean */
} Importer;

/* FALSE only when the database itself failed; a refused order becomes
 * rejections. */
gboolean ter_import_write_order       (Importer    *self,
                                       GError     **error);
/* Rejects the rows of the current order that have no rejection yet. */
void     ter_import_reject_order_rows (Importer    *self,
                                       const char  *reason);

G_END_DECLS
