/* ter-import-write.c: finds or creates the customers, products,
 * categories and channels an imported order names, and writes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ter-import-private.h"

static gint64
cached_id (Importer       *self,
           TerImportKind   kind,
           const char     *key,
           GError        **error)
{
  gpointer value;
  gint64 id;

  if (g_hash_table_lookup_extended (self->ids[kind], key, NULL, &value))
    return (gint64) GPOINTER_TO_SIZE (value);

  id = ter_import_store_find (self->istore, kind, key, error);
  if (id > 0)
    g_hash_table_insert (self->ids[kind], g_strdup (key), GSIZE_TO_POINTER ((gsize) id));
  return id;
}

static void
remember_id (Importer      *self,
             TerImportKind  kind,
             const char    *key,
             gint64         id)
{
  g_hash_table_insert (self->ids[kind], g_strdup (key), GSIZE_TO_POINTER ((gsize) id));
}

static gint64
resolve_customer (Importer  *self,
                  GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  TerCustomerRecord record = { 0 };
  gint64 id = cached_id (self, TER_IMPORT_KIND_CUSTOMER, self->customer, &local_error);

  if (id > 0 || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return id;
    }

  record.name = self->customer;
  record.type = self->customer_type;
  record.region_id = self->region_id;
  record.city = *self->city != '\0' ? self->city : NULL;
  record.currency = self->currency;
  record.created_on = self->date;
  id = ter_store_add_customer (self->store, &record, error);
  if (id > 0)
    {
      remember_id (self, TER_IMPORT_KIND_CUSTOMER, self->customer, id);
      self->report->customers_added++;
    }
  return id;
}

static gint64
resolve_category (Importer    *self,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *code = NULL;
  TerCategoryRecord record = { 0 };
  gint64 id;

  /* Products without a category go to one named for both languages. */
  code = *name != '\0' ? g_strconcat ("import:", name, NULL) : g_strdup ("imported");
  id = cached_id (self, TER_IMPORT_KIND_CATEGORY, code, &local_error);
  if (id > 0 || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return id;
    }

  record.code = code;
  record.name_en = *name != '\0' ? name : "Imported";
  record.name_zh = *name != '\0' ? name : "导入的产品";
  id = ter_store_add_category (self->store, &record, error);
  if (id > 0)
    remember_id (self, TER_IMPORT_KIND_CATEGORY, code, id);
  return id;
}

static gint64
resolve_product (Importer    *self,
                 ProductKey  *key,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  TerProductRecord record = { 0 };
  gint64 id = cached_id (self, TER_IMPORT_KIND_PRODUCT, key->sku, &local_error);

  if (id > 0 || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return id;
    }

  record.sku = key->sku;
  record.name_en = key->name;
  record.name_zh = key->name;
  record.category_id = resolve_category (self, key->category, error);
  if (record.category_id == 0)
    return 0;
  id = ter_store_add_product (self->store, &record, error);
  if (id > 0)
    {
      remember_id (self, TER_IMPORT_KIND_PRODUCT, key->sku, id);
      self->report->products_added++;
    }
  return id;
}

static gint64
resolve_channel (Importer  *self,
                 GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  const TerImportPreset *preset = self->report->preset;
  TerChannelRecord record = { 0 };
  gint64 id = cached_id (self, TER_IMPORT_KIND_CHANNEL, self->channel, &local_error);

  if (id > 0 || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return id;
    }

  record.code = self->channel;
  record.kind = preset->channel_kind;
  if (g_str_equal (self->channel, "direct"))
    record.name_en = "Direct sales", record.name_zh = "直销";
  else if (g_str_equal (self->channel, "shopify"))
    record.name_en = "Shopify", record.name_zh = "Shopify 网店";
  else
    record.name_en = record.name_zh = self->channel;
  id = ter_store_add_channel (self->store, &record, error);
  if (id > 0)
    {
      remember_id (self, TER_IMPORT_KIND_CHANNEL, self->channel, id);
      self->report->channels_added++;
    }
  return id;
}

gboolean
ter_import_write_order (Importer  *self,
             GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  TerOrderRecord record = { 0 };
  gint64 existing;

  /* A source with no orders before this import needs no lookups:
   * repeats within the file are caught by seen_orders. */
  existing = 0;
  if (!self->source_is_new || !g_str_equal (self->source, self->report->source))
    existing = ter_import_store_find_order (self->istore, self->source, self->number, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing != 0)
    {
      self->report->orders_skipped += existing != 0;
      return existing != 0;
    }

  record.source = self->source;
  record.number = self->number;
  record.order_date = self->date;
  record.region_id = self->region_id;
  record.status = self->status;
  record.currency = self->currency;
  record.customer_id = resolve_customer (self, &local_error);
  if (record.customer_id > 0)
    record.channel_id = resolve_channel (self, &local_error);
  for (guint i = 0; local_error == NULL && i < self->lines->len; i++)
    g_array_index (self->lines, TerOrderLineRecord, i).product_id =
      resolve_product (self, g_ptr_array_index (self->products, i), &local_error);
  if (local_error == NULL
      && ter_store_add_order (self->store, &record, (TerOrderLineRecord *) (gpointer) self->lines->data,
                              self->lines->len, &local_error) > 0)
    {
      self->report->orders_added++;
      self->report->lines_added += self->lines->len;
      return TRUE;
    }

  if (!g_error_matches (local_error, TER_STORE_ERROR, TER_STORE_ERROR_CONSTRAINT)
      && !g_error_matches (local_error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  ter_import_reject_order_rows (self, local_error->message);
  return TRUE;
}

