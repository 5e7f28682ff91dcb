/* ter-import-preset.c: the layouts of Shopify's "Export orders",
 * Tableau's Superstore (English or Chinese headers), Territory's own
 * order export, and any file whose headers say what they hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-import-preset"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-import-parse.h"
#include "ter-import-preset.h"

typedef struct {
  TerImportField  field;
  const char     *headers;  /* normalised names, '|' between them */
} PresetColumn;

typedef struct {
  TerImportPreset      preset;
  const char          *signature;  /* headers that must all be there */
  const PresetColumn  *columns;
} PresetLayout;

static const PresetColumn shopify_columns[] = {
  { TER_IMPORT_FIELD_ORDER_NUMBER, "name" },
  { TER_IMPORT_FIELD_ORDER_DATE, "createdat|paidat" },
  { TER_IMPORT_FIELD_STATUS, "financialstatus" },
  { TER_IMPORT_FIELD_CUSTOMER, "billingname|shippingname|billingcompany|email" },
  { TER_IMPORT_FIELD_REGION, "billingprovincename|billingprovince|shippingprovincename|shippingprovince" },
  { TER_IMPORT_FIELD_COUNTRY, "billingcountry|shippingcountry" },
  { TER_IMPORT_FIELD_CITY, "billingcity|shippingcity" },
  { TER_IMPORT_FIELD_CURRENCY, "currency" },
  { TER_IMPORT_FIELD_SKU, "lineitemsku" },
  { TER_IMPORT_FIELD_PRODUCT, "lineitemname" },
  { TER_IMPORT_FIELD_QUANTITY, "lineitemquantity" },
  { TER_IMPORT_FIELD_UNIT_PRICE, "lineitemprice" },
  { TER_IMPORT_FIELD_DISCOUNT, "lineitemdiscount" },
  { TER_IMPORT_N_FIELDS, NULL },
};

static const PresetColumn territory_columns[] = {
  { TER_IMPORT_FIELD_SOURCE, "source|来源" },
  { TER_IMPORT_FIELD_ORDER_NUMBER, "ordernumber|订单号" },
  { TER_IMPORT_FIELD_ORDER_DATE, "orderdate|订单日期" },
  { TER_IMPORT_FIELD_STATUS, "status|状态" },
  { TER_IMPORT_FIELD_CUSTOMER, "customer|客户" },
  { TER_IMPORT_FIELD_CUSTOMER_TYPE, "customertype|客户类型" },
  { TER_IMPORT_FIELD_REGION, "regioncode|地区代码" },
  { TER_IMPORT_FIELD_CITY, "city|城市" },
  { TER_IMPORT_FIELD_CHANNEL, "channel|渠道" },
  { TER_IMPORT_FIELD_CURRENCY, "currency|币种" },
  { TER_IMPORT_FIELD_SKU, "sku" },
  { TER_IMPORT_FIELD_PRODUCT, "product|产品" },
  { TER_IMPORT_FIELD_CATEGORY, "category|类别" },
  { TER_IMPORT_FIELD_QUANTITY, "quantity|数量" },
  { TER_IMPORT_FIELD_UNIT_PRICE, "unitprice|单价" },
  { TER_IMPORT_FIELD_DISCOUNT, "discount|折扣金额" },
  { TER_IMPORT_FIELD_AMOUNT, "amount|金额" },
  { TER_IMPORT_FIELD_COST, "cost|成本" },
  { TER_IMPORT_N_FIELDS, NULL },
};

/* Superstore's headers, and the common names any sales sheet uses. */
static const PresetColumn superstore_columns[] = {
  { TER_IMPORT_FIELD_ORDER_NUMBER, "orderid|订单id|ordernumber|orderno|订单号|订单编号" },
  { TER_IMPORT_FIELD_ORDER_DATE, "orderdate|订单日期|date|日期" },
  { TER_IMPORT_FIELD_STATUS, "status|状态" },
  { TER_IMPORT_FIELD_CUSTOMER, "customername|客户名称|customer|客户" },
  { TER_IMPORT_FIELD_CUSTOMER_TYPE, "segment|细分|customertype|客户类型" },
  { TER_IMPORT_FIELD_REGION, "state/province|state|province|省/自治区|省份|省|stateorprovince" },
  { TER_IMPORT_FIELD_COUNTRY, "country/region|country|国家/地区|国家" },
  { TER_IMPORT_FIELD_CITY, "city|城市" },
  { TER_IMPORT_FIELD_CHANNEL, "channel|渠道" },
  { TER_IMPORT_FIELD_CURRENCY, "currency|币种|货币" },
  { TER_IMPORT_FIELD_SKU, "productid|产品id|sku" },
  { TER_IMPORT_FIELD_PRODUCT, "productname|产品名称|product|产品" },
  { TER_IMPORT_FIELD_CATEGORY, "category|类别" },
  { TER_IMPORT_FIELD_QUANTITY, "quantity|数量|qty" },
  { TER_IMPORT_FIELD_UNIT_PRICE, "unitprice|单价" },
  { TER_IMPORT_FIELD_DISCOUNT_RATE, "discount|折扣" },
  { TER_IMPORT_FIELD_AMOUNT, "sales|销售额|amount|金额" },
  { TER_IMPORT_FIELD_PROFIT, "profit|利润" },
  { TER_IMPORT_FIELD_COST, "cost|成本" },
  { TER_IMPORT_N_FIELDS, NULL },
};

static const PresetLayout layouts[] = {
  { { "shopify", N_("Shopify orders"), "shopify", "USD", "shopify",
      TER_CHANNEL_WEB_SHOP, TER_CUSTOMER_ONLINE },
    "name|createdat|lineitemquantity|lineitemname|lineitemprice", shopify_columns },
  { { "territory", N_("Territory order export"), "territory", "USD", "direct",
      TER_CHANNEL_DIRECT, TER_CUSTOMER_RETAILER },
    "ordernumber|orderdate|sku|unitprice|amount|regioncode", territory_columns },
  /* The same export with Chinese headers, as written when running in Chinese. */
  { { "territory", N_("Territory order export"), "territory", "USD", "direct",
      TER_CHANNEL_DIRECT, TER_CUSTOMER_RETAILER },
    "订单号|订单日期|sku|单价|金额|地区代码", territory_columns },
  { { "superstore", N_("Superstore-style sales sheet"), NULL, NULL, "direct",
      TER_CHANNEL_DIRECT, TER_CUSTOMER_RETAILER },
    "orderid|orderdate|customername|productname|sales|quantity", superstore_columns },
  { { "superstore-zh", N_("Superstore-style sales sheet (Chinese)"), NULL, "CNY", "direct",
      TER_CHANNEL_DIRECT, TER_CUSTOMER_RETAILER },
    "订单id|订单日期|客户名称|产品名称|销售额|数量", superstore_columns },
  { { "generic", N_("Orders with named columns"), NULL, NULL, "direct",
      TER_CHANNEL_DIRECT, TER_CUSTOMER_RETAILER },
    NULL, superstore_columns },
};

const TerImportPreset *
ter_import_preset_lookup (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    if (g_str_equal (layouts[i].preset.key, key))
      return &layouts[i].preset;
  return NULL;
}

static int
find_column (GHashTable *names,
             const char *name)
{
  gpointer value;

  return g_hash_table_lookup_extended (names, name, NULL, &value) ? GPOINTER_TO_INT (value) : -1;
}

static gboolean
has_all (GHashTable *names,
         const char *signature)
{
  g_auto(GStrv) parts = g_strsplit (signature, "|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (find_column (names, parts[i]) < 0)
      return FALSE;
  return TRUE;
}

void
ter_import_mapping_clear (TerImportMapping *mapping)
{
  for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
    for (guint c = 0; c < TER_IMPORT_MAX_CANDIDATES; c++)
      mapping->columns[f][c] = -1;
}

static void
fill_mapping (GHashTable         *names,
              const PresetColumn *columns,
              TerImportMapping   *mapping)
{
  ter_import_mapping_clear (mapping);

  for (guint i = 0; columns[i].headers != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (columns[i].headers, "|", -1);
      guint n = 0;

      for (guint p = 0; parts[p] != NULL && n < TER_IMPORT_MAX_CANDIDATES; p++)
        {
          int column = find_column (names, parts[p]);

          if (column >= 0)
            mapping->columns[columns[i].field][n++] = column;
        }
    }
}

/* A generic file must say at least which order, when, what and how much. */
gboolean
ter_import_mapping_is_usable (const TerImportMapping *mapping)
{
  return mapping->columns[TER_IMPORT_FIELD_ORDER_NUMBER][0] >= 0
         && mapping->columns[TER_IMPORT_FIELD_ORDER_DATE][0] >= 0
         && mapping->columns[TER_IMPORT_FIELD_CUSTOMER][0] >= 0
         && (mapping->columns[TER_IMPORT_FIELD_SKU][0] >= 0 || mapping->columns[TER_IMPORT_FIELD_PRODUCT][0] >= 0)
         && mapping->columns[TER_IMPORT_FIELD_QUANTITY][0] >= 0
         && (mapping->columns[TER_IMPORT_FIELD_AMOUNT][0] >= 0 || mapping->columns[TER_IMPORT_FIELD_UNIT_PRICE][0] >= 0);
}

const TerImportPreset *
ter_import_preset_detect (const char * const *header,
                          guint               n_header,
                          const char         *key,
                          TerImportMapping   *mapping)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* The first column of a name wins when a sheet repeats one. */
  for (guint i = n_header; i-- > 0;)
    g_hash_table_insert (names, ter_import_normalize_name (header[i]), GINT_TO_POINTER (i));

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      if (key != NULL && !g_str_equal (key, layouts[i].preset.key))
        continue;
      if (key == NULL && layouts[i].signature != NULL && !has_all (names, layouts[i].signature))
        continue;

      fill_mapping (names, layouts[i].columns, mapping);
      if (ter_import_mapping_is_usable (mapping))
        return &layouts[i].preset;
    }

  return NULL;
}

static const char * const field_keys[] = {
  "source", "order-number", "order-date", "status", "customer", "customer-type", "region",
  "country", "city", "channel", "currency", "sku", "product", "category", "quantity",
  "unit-price", "discount", "discount-rate", "amount", "profit", "cost",
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_keys) == TER_IMPORT_N_FIELDS);

const char *
ter_import_field_key (TerImportField field)
{
  return field_keys[field];
}

static int
find_header (const char * const *header,
             guint               n_header,
             const char         *name)
{
  g_autofree char *wanted = ter_import_normalize_name (name);

  for (guint i = 0; i < n_header; i++)
    {
      g_autofree char *candidate = ter_import_normalize_name (header[i]);

      if (g_str_equal (candidate, wanted))
        return i;
    }
  return -1;
}

gboolean
ter_import_mapping_apply (TerImportMapping    *mapping,
                          const char * const  *header,
                          guint                n_header,
                          const char * const  *choices,
                          GError             **error)
{
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      const char *equals = strchr (choices[i], '=');
      g_autofree char *key = equals ? g_strndup (choices[i], equals - choices[i]) : g_strdup (choices[i]);
      int field = -1, column;

      for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
        if (g_str_equal (key, field_keys[f]))
          field = f;
      if (field < 0 || equals == NULL)
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (guint f = 0; f < TER_IMPORT_N_FIELDS; f++)
            g_string_append_printf (known, f ? ", %s" : "%s", field_keys[f]);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” does not name a field and a column, as in “order-date=下单时间”; the fields are %s."),
                       choices[i], known->str);
          return FALSE;
        }
      column = find_header (header, n_header, equals + 1);
      if (column < 0 && equals[1] != '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The file has no column “%s”."), equals + 1);
          return FALSE;
        }
      /* "field=" with nothing after it leaves the field unmapped. */
      for (guint c = 0; c < TER_IMPORT_MAX_CANDIDATES; c++)
        mapping->columns[field][c] = c == 0 ? column : -1;
    }
  return TRUE;
}

const char *
ter_import_field_name (TerImportField field)
{
  static const char * const names[] = {
    N_("Source"), N_("Order number"), N_("Order date"), N_("Status"), N_("Customer"),
    N_("Customer type"), N_("Province or state"), N_("Country"), N_("City"), N_("Channel"),
    N_("Currency"), N_("SKU"), N_("Product"), N_("Category"), N_("Quantity"), N_("Unit price"),
    N_("Discount"), N_("Discount rate"), N_("Amount"), N_("Profit"), N_("Cost"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == TER_IMPORT_N_FIELDS);
  return _(names[field]);
}

TerCustomerType
ter_import_customer_type (const char      *text,
                          TerCustomerType  fallback)
{
  static const struct { const char *name; TerCustomerType type; } names[] = {
    { "corporate", TER_CUSTOMER_KEY_ACCOUNT }, { "公司", TER_CUSTOMER_KEY_ACCOUNT },
    { "keyaccount", TER_CUSTOMER_KEY_ACCOUNT }, { "大客户", TER_CUSTOMER_KEY_ACCOUNT },
    { "consumer", TER_CUSTOMER_RETAILER }, { "消费者", TER_CUSTOMER_RETAILER },
    { "homeoffice", TER_CUSTOMER_DEALER }, { "小型企业", TER_CUSTOMER_DEALER },
    { "distributor", TER_CUSTOMER_DISTRIBUTOR }, { "经销商", TER_CUSTOMER_DISTRIBUTOR },
    { "dealer", TER_CUSTOMER_DEALER }, { "代理商", TER_CUSTOMER_DEALER },
    { "retailer", TER_CUSTOMER_RETAILER }, { "零售商", TER_CUSTOMER_RETAILER },
    { "online", TER_CUSTOMER_ONLINE }, { "线上", TER_CUSTOMER_ONLINE },
  };
  g_autofree char *name = NULL;
  int type;

  if (text == NULL || *text == '\0')
    return fallback;
  type = ter_customer_type_from_key (text);
  if (type >= 0)
    return type;

  name = ter_import_normalize_name (text);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i].name))
      return names[i].type;
  return fallback;
}

int
ter_import_order_status (const char *text)
{
  static const struct { const char *name; TerOrderStatus status; } names[] = {
    { "paid", TER_ORDER_COMPLETED }, { "partiallyrefunded", TER_ORDER_COMPLETED },
    { "fulfilled", TER_ORDER_COMPLETED }, { "delivered", TER_ORDER_COMPLETED },
    { "已完成", TER_ORDER_COMPLETED }, { "已付款", TER_ORDER_COMPLETED },
    { "pending", TER_ORDER_OPEN }, { "authorized", TER_ORDER_OPEN },
    { "partiallypaid", TER_ORDER_OPEN }, { "unpaid", TER_ORDER_OPEN }, { "待付款", TER_ORDER_OPEN },
    { "已发货", TER_ORDER_SHIPPED },
    { "refunded", TER_ORDER_CANCELLED }, { "voided", TER_ORDER_CANCELLED },
    { "canceled", TER_ORDER_CANCELLED }, { "已取消", TER_ORDER_CANCELLED },
    { "returned", TER_ORDER_RETURN }, { "退货", TER_ORDER_RETURN },
  };
  g_autofree char *name = NULL;
  int status = ter_order_status_from_key (text);

  if (status >= 0)
    return status;
  name = ter_import_normalize_name (text);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i].name))
      return names[i].status;
  return -1;
}
