/* ter-store.h: the one interface between Territory and its database engine.
 *
 * Views, tools and tests talk to a TerStore; all SQL lives in the engine that
 * implements it (TerSqliteStore today). A second engine, such as a shared
 * PostgreSQL server for teams, implements the same interface.
 *
 * Every call may be made from any thread; an engine serialises access
 * itself. ter_store_begin() holds the store for the calling thread until
 * ter_store_commit() succeeds or ter_store_rollback() is called; a commit
 * that fails leaves the transaction open for the caller to roll back. Keep
 * long transactions (demo data, imports) off the main thread, and keep the
 * main thread from calling the store meanwhile. Lists come out as GListModels of GObjects, aggregates as plain
 * structs in GArrays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ter-types.h"

G_BEGIN_DECLS

#define TER_STORE_ERROR (ter_store_error_quark ())

typedef enum {
  TER_STORE_ERROR_NOT_DATABASE,
  TER_STORE_ERROR_NOT_TERRITORY,
  TER_STORE_ERROR_CORRUPT,
  TER_STORE_ERROR_READ_ONLY,
  TER_STORE_ERROR_NEWER_SCHEMA,
  TER_STORE_ERROR_CANNOT_OPEN,
  TER_STORE_ERROR_CONSTRAINT,
  TER_STORE_ERROR_NOT_FOUND,
  TER_STORE_ERROR_INVALID,
  TER_STORE_ERROR_FAILED,
} TerStoreError;

GQuark ter_store_error_quark (void);

/* Input records for writes. Strings are borrowed for the call. */
typedef struct {
  const char *name;
  const char *name_zh;      /* optional Chinese name */
  gint64      parent_id;    /* 0 for the root */
  gint64      manager_id;   /* 0 for none */
  const char *currency;
} TerTerritoryRecord;

typedef struct {
  const char *name;
  const char *email;
  const char *phone;
  TerRepRole  role;
  gint64      manager_id;   /* 0 for none */
  gint64      territory_id; /* 0 for none */
  const char *hire_date;    /* YYYY-MM-DD */
} TerRepRecord;

typedef struct {
  const char      *name;
  TerCustomerType  type;
  gint64           region_id;
  const char      *city;
  gint64           owner_rep_id;
  gint64           credit_limit;   /* minor units of currency */
  const char      *currency;
  const char      *contact;
  const char      *phone;
  const char      *created_on;     /* YYYY-MM-DD */
} TerCustomerRecord;

typedef struct {
  const char *code;
  const char *name_en;
  const char *name_zh;
  gint64      parent_id;
} TerCategoryRecord;

typedef struct {
  const char *sku;
  const char *name_en;
  const char *name_zh;
  gint64      category_id;
} TerProductRecord;

typedef struct {
  const char     *code;
  const char     *name_en;
  const char     *name_zh;
  TerChannelKind  kind;
} TerChannelRecord;

typedef struct {
  const char     *source;       /* "territory", "shopify", a file name … */
  const char     *number;
  const char     *order_date;   /* YYYY-MM-DD */
  gint64          customer_id;
  gint64          channel_id;
  gint64          region_id;
  gint64          territory_id; /* 0: attribute from the region's assignment */
  gint64          rep_id;       /* 0: the customer's owner, else the region's */
  TerOrderStatus  status;
  const char     *currency;
  gint64          return_of;    /* 0, or the order this one returns */
} TerOrderRecord;

typedef struct {
  gint64 product_id;
  gint64 quantity;     /* negative on returns */
  gint64 unit_price;   /* minor units, >= 0 */
  gint64 discount;     /* minor units taken off the line, same sign as quantity */
  gint64 cost;         /* minor units, cost of the whole line */
} TerOrderLineRecord;

typedef struct {
  gint64      territory_id; /* exactly one of territory_id and rep_id */
  gint64      rep_id;
  const char *month;        /* YYYY-MM */
  TerMetric   metric;
  gint64      value;        /* minor units for revenue */
  const char *currency;     /* for revenue */
} TerTargetRecord;

/* Aggregates. */
typedef struct {
  gint64 territory_id;
  char   currency[4];
  gint64 revenue;        /* minor units, net of returns */
  gint64 cost;
  gint64 orders;
  gint64 lines;
} TerTerritorySales;

typedef struct {
  gint64 territory_id;
  char   currency[4];
  gint64 value;          /* minor units */
} TerTerritoryTarget;

typedef struct {
  char   currency[4];
  gint64 per_usd_micros; /* units of currency per US dollar, ×10⁶ */
} TerExchangeRate;

typedef struct {
  gint64 regions;
  gint64 territories;
  gint64 reps;
  gint64 customers;
  gint64 products;
  gint64 channels;
  gint64 orders;
  gint64 order_lines;
  gint64 targets;
  char   first_order[11];
  char   last_order[11];
} TerStoreCounts;

#define TER_TYPE_STORE (ter_store_get_type ())
G_DECLARE_INTERFACE (TerStore, ter_store, TER, STORE, GObject)

struct _TerStoreInterface
{
  GTypeInterface parent_iface;

  const char *(*get_location)        (TerStore                 *self);
  gboolean    (*begin)               (TerStore                 *self,
                                      GError                  **error);
  gboolean    (*commit)              (TerStore                 *self,
                                      GError                  **error);
  void        (*rollback)            (TerStore                 *self);

  char       *(*get_setting)         (TerStore                 *self,
                                      const char               *key);
  gboolean    (*set_setting)         (TerStore                 *self,
                                      const char               *key,
                                      const char               *value,
                                      GError                  **error);
  gboolean    (*count)               (TerStore                 *self,
                                      TerStoreCounts           *counts,
                                      GError                  **error);

  GListModel *(*list_regions)        (TerStore                 *self,
                                      const char               *parent_code,
                                      GError                  **error);
  GListModel *(*list_territories)    (TerStore                 *self,
                                      GError                  **error);
  GListModel *(*list_reps)           (TerStore                 *self,
                                      GError                  **error);
  GListModel *(*list_channels)       (TerStore                 *self,
                                      GError                  **error);
  GArray     *(*list_exchange_rates) (TerStore                 *self,
                                      GError                  **error);

  gint64      (*add_territory)       (TerStore                 *self,
                                      const TerTerritoryRecord *record,
                                      GError                  **error);
  gboolean    (*set_territory_manager)(TerStore                *self,
                                      gint64                    territory_id,
                                      gint64                    manager_id,
                                      GError                  **error);
  gint64      (*add_rep)             (TerStore                 *self,
                                      const TerRepRecord       *record,
                                      GError                  **error);
  gboolean    (*assign_region)       (TerStore                 *self,
                                      gint64                    region_id,
                                      gint64                    territory_id,
                                      gint64                    rep_id,
                                      const char               *valid_from,
                                      GError                  **error);
  gint64      (*add_customer)        (TerStore                 *self,
                                      const TerCustomerRecord  *record,
                                      GError                  **error);
  gint64      (*add_category)        (TerStore                 *self,
                                      const TerCategoryRecord  *record,
                                      GError                  **error);
  gint64      (*add_product)         (TerStore                 *self,
                                      const TerProductRecord   *record,
                                      GError                  **error);
  gboolean    (*set_product_price)   (TerStore                 *self,
                                      gint64                    product_id,
                                      const char               *currency,
                                      gint64                    list_price,
                                      gint64                    cost,
                                      GError                  **error);
  gint64      (*add_channel)         (TerStore                 *self,
                                      const TerChannelRecord   *record,
                                      GError                  **error);
  gint64      (*add_order)           (TerStore                 *self,
                                      const TerOrderRecord     *order,
                                      const TerOrderLineRecord *lines,
                                      guint                     n_lines,
                                      GError                  **error);
  gboolean    (*set_target)          (TerStore                 *self,
                                      const TerTargetRecord    *record,
                                      GError                  **error);

  GArray     *(*territory_sales)     (TerStore                 *self,
                                      const char               *first_day,
                                      const char               *last_day,
                                      GError                  **error);
  GArray     *(*territory_targets)   (TerStore                 *self,
                                      const char               *first_month,
                                      const char               *last_month,
                                      GError                  **error);
};

const char *ter_store_get_location        (TerStore                 *self);
gboolean    ter_store_begin               (TerStore                 *self,
                                           GError                  **error);
gboolean    ter_store_commit              (TerStore                 *self,
                                           GError                  **error);
void        ter_store_rollback            (TerStore                 *self);
char       *ter_store_get_setting         (TerStore                 *self,
                                           const char               *key);
gboolean    ter_store_set_setting         (TerStore                 *self,
                                           const char               *key,
                                           const char               *value,
                                           GError                  **error);
gboolean    ter_store_count               (TerStore                 *self,
                                           TerStoreCounts           *counts,
                                           GError                  **error);
GListModel *ter_store_list_regions        (TerStore                 *self,
                                           const char               *parent_code,
                                           GError                  **error);
GListModel *ter_store_list_territories    (TerStore                 *self,
                                           GError                  **error);
GListModel *ter_store_list_reps           (TerStore                 *self,
                                           GError                  **error);
GListModel *ter_store_list_channels       (TerStore                 *self,
                                           GError                  **error);
GArray     *ter_store_list_exchange_rates (TerStore                 *self,
                                           GError                  **error);
gint64      ter_store_add_territory       (TerStore                 *self,
                                           const TerTerritoryRecord *record,
                                           GError                  **error);
gboolean    ter_store_set_territory_manager (TerStore               *self,
                                           gint64                    territory_id,
                                           gint64                    manager_id,
                                           GError                  **error);
gint64      ter_store_add_rep             (TerStore                 *self,
                                           const TerRepRecord       *record,
                                           GError                  **error);
gboolean    ter_store_assign_region       (TerStore                 *self,
                                           gint64                    region_id,
                                           gint64                    territory_id,
                                           gint64                    rep_id,
                                           const char               *valid_from,
                                           GError                  **error);
gint64      ter_store_add_customer        (TerStore                 *self,
                                           const TerCustomerRecord  *record,
                                           GError                  **error);
gint64      ter_store_add_category        (TerStore                 *self,
                                           const TerCategoryRecord  *record,
                                           GError                  **error);
gint64      ter_store_add_product         (TerStore                 *self,
                                           const TerProductRecord   *record,
                                           GError                  **error);
gboolean    ter_store_set_product_price   (TerStore                 *self,
                                           gint64                    product_id,
                                           const char               *currency,
                                           gint64                    list_price,
                                           gint64                    cost,
                                           GError                  **error);
gint64      ter_store_add_channel         (TerStore                 *self,
                                           const TerChannelRecord   *record,
                                           GError                  **error);
gint64      ter_store_add_order           (TerStore                 *self,
                                           const TerOrderRecord     *order,
                                           const TerOrderLineRecord *lines,
                                           guint                     n_lines,
                                           GError                  **error);
gboolean    ter_store_set_target          (TerStore                 *self,
                                           const TerTargetRecord    *record,
                                           GError                  **error);
GArray     *ter_store_territory_sales     (TerStore                 *self,
                                           const char               *first_day,
                                           const char               *last_day,
                                           GError                  **error);
GArray     *ter_store_territory_targets   (TerStore                 *self,
                                           const char               *first_month,
                                           const char               *last_month,
                                           GError                  **error);

G_END_DECLS
