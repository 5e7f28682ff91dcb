/* ter-quote-item.c: one quote of the pipeline as a list item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-item"

#include "config.h"

#include "ter-quote-item.h"

struct _TerQuoteItem
{
  GObject          parent_instance;

  TerQuoteSummary  summary;
};

G_DEFINE_FINAL_TYPE (TerQuoteItem, ter_quote_item, G_TYPE_OBJECT)

static void
ter_quote_item_finalize (GObject *object)
{
  TerQuoteSummary *s = &TER_QUOTE_ITEM (object)->summary;

  g_free (s->number);
  g_free (s->customer_name);
  g_free (s->rep_name);
  g_free (s->created_on);
  g_free (s->valid_until);
  G_OBJECT_CLASS (ter_quote_item_parent_class)->finalize (object);
}

static void
ter_quote_item_class_init (TerQuoteItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ter_quote_item_finalize;
}

static void
ter_quote_item_init (TerQuoteItem *self)
{
}

TerQuoteItem *
ter_quote_item_new (const TerQuoteSummary *summary)
{
  TerQuoteItem *self = g_object_new (TER_TYPE_QUOTE_ITEM, NULL);

  g_return_val_if_fail (summary != NULL, self);
  self->summary = *summary;
  self->summary.number = g_strdup (summary->number);
  self->summary.customer_name = g_strdup (summary->customer_name);
  self->summary.rep_name = g_strdup (summary->rep_name);
  self->summary.created_on = g_strdup (summary->created_on);
  self->summary.valid_until = g_strdup (summary->valid_until);
  return self;
}

const TerQuoteSummary *
ter_quote_item_get_summary (TerQuoteItem *self)
{
  g_return_val_if_fail (TER_IS_QUOTE_ITEM (self), NULL);
  return &self->summary;
}
