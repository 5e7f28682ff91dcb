/* ter-import-preset.h: the file layouts the importer recognises, and
 * which column holds what.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ter-types.h"

G_BEGIN_DECLS

typedef enum {
  TER_IMPORT_FIELD_SOURCE,
  TER_IMPORT_FIELD_ORDER_NUMBER,
  TER_IMPORT_FIELD_ORDER_DATE,
  TER_IMPORT_FIELD_STATUS,
  TER_IMPORT_FIELD_CUSTOMER,
  TER_IMPORT_FIELD_CUSTOMER_TYPE,
  TER_IMPORT_FIELD_REGION,
  TER_IMPORT_FIELD_COUNTRY,
  TER_IMPORT_FIELD_CITY,
  TER_IMPORT_FIELD_CHANNEL,
  TER_IMPORT_FIELD_CURRENCY,
  TER_IMPORT_FIELD_SKU,
  TER_IMPORT_FIELD_PRODUCT,
  TER_IMPORT_FIELD_CATEGORY,
  TER_IMPORT_FIELD_QUANTITY,
  TER_IMPORT_FIELD_UNIT_PRICE,
  TER_IMPORT_FIELD_DISCOUNT,       /* an amount off the line */
  TER_IMPORT_FIELD_DISCOUNT_RATE,  /* 0.2 or 20% */
  TER_IMPORT_FIELD_AMOUNT,         /* the line after discount */
  TER_IMPORT_FIELD_PROFIT,
  TER_IMPORT_FIELD_COST,
  TER_IMPORT_N_FIELDS
} TerImportField;

#define TER_IMPORT_MAX_CANDIDATES 4

typedef struct {
  const char      *key;            /* "shopify", "superstore", "territory", "generic" */
  const char      *label;          /* translatable, N_() */
  const char      *source;         /* orders.source; NULL: the file's name */
  const char      *currency;       /* when the file has no currency column */
  const char      *channel;        /* channel code when the file has none */
  TerChannelKind   channel_kind;
  TerCustomerType  customer_type;  /* when the file says nothing */
} TerImportPreset;

/* Which columns hold a field, in order of preference: the first that is
 * not empty on a row wins (Shopify's billing, then shipping address). */
typedef struct {
  int columns[TER_IMPORT_N_FIELDS][TER_IMPORT_MAX_CANDIDATES];
} TerImportMapping;

const TerImportPreset *ter_import_preset_lookup  (const char              *key);
/* The preset whose columns the header has, or NULL; fills `mapping`.
 * With `key` set, only that preset is tried. */
const TerImportPreset *ter_import_preset_detect  (const char * const      *header,
                                                  guint                    n_header,
                                                  const char              *key,
                                                  TerImportMapping        *mapping);
/* Sets every field to no column. */
void                   ter_import_mapping_clear  (TerImportMapping        *mapping);
/* Applies the user's choices, "field=Header" (fields named as in
 * ter_import_field_key ()), over `mapping`. */
gboolean               ter_import_mapping_apply  (TerImportMapping        *mapping,
                                                  const char * const      *header,
                                                  guint                    n_header,
                                                  const char * const      *choices,
                                                  GError                 **error);
/* TRUE when the mapping says which order, when, who, what and how much. */
gboolean               ter_import_mapping_is_usable (const TerImportMapping *mapping);
/* "order-date", "unit-price"…: how options and saved mappings name a field. */
const char            *ter_import_field_key      (TerImportField           field);
/* The header's name for a field's first column, for messages. */
const char            *ter_import_field_name     (TerImportField           field);
/* Reads "Customer type" values in English, Chinese or Territory's keys. */
TerCustomerType        ter_import_customer_type  (const char              *text,
                                                  TerCustomerType          fallback);
/* Reads status values: Shopify's financial status, Territory's keys,
 * Chinese words; -1 when unknown. */
int                    ter_import_order_status   (const char              *text);

G_END_DECLS
