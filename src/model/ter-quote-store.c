/* ter-quote-store.c: the quote store interface and its wrappers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-period.h"
#include "ter-format.h"
#include "ter-quote-store.h"
#include "ter-quote.h"
#include "ter-rep.h"

G_DEFINE_INTERFACE (TerQuoteStore, ter_quote_store, G_TYPE_OBJECT)

static void
ter_quote_store_default_init (TerQuoteStoreInterface *iface)
{
}

#define IFACE(self) TER_QUOTE_STORE_GET_IFACE (self)

gint64
ter_quote_store_create (TerQuoteStore          *self,
                        const TerQuoteHeader   *header,
                        const TerQuoteContent  *content,
                        GError                **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), 0);
  return IFACE (self)->create (self, header, content, error);
}

int
ter_quote_store_revise (TerQuoteStore          *self,
                        gint64                  quote_id,
                        const TerQuoteContent  *content,
                        gint64                  actor_id,
                        GError                **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), 0);
  return IFACE (self)->revise (self, quote_id, content, actor_id, error);
}

TerQuoteDoc *
ter_quote_store_load (TerQuoteStore  *self,
                      gint64          quote_id,
                      int             version,
                      GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->load (self, quote_id, version, error);
}

gboolean
ter_quote_store_perform (TerQuoteStore   *self,
                         gint64           quote_id,
                         TerQuoteAction   action,
                         gint64           actor_id,
                         const char      *note,
                         GError         **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);
  return IFACE (self)->perform (self, quote_id, action, actor_id, note, error);
}

gboolean
ter_quote_store_link_order (TerQuoteStore  *self,
                            gint64          quote_id,
                            gint64          order_id,
                            gint64          actor_id,
                            GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);
  return IFACE (self)->link_order (self, quote_id, order_id, actor_id, error);
}

gint64
ter_quote_store_find_order (TerQuoteStore *self,
                            gint64         quote_id)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), 0);
  return IFACE (self)->find_order (self, quote_id);
}

gboolean
ter_quote_store_set_bid_text (TerQuoteStore  *self,
                              gint64          quote_id,
                              const char     *technical,
                              const char     *commercial,
                              GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);
  return IFACE (self)->set_bid_text (self, quote_id, technical, commercial, error);
}

GArray *
ter_quote_store_list (TerQuoteStore         *self,
                      const TerQuoteFilter  *filter,
                      GError               **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->list (self, filter, error);
}

GArray *
ter_quote_store_versions (TerQuoteStore  *self,
                          gint64          quote_id,
                          GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->versions (self, quote_id, error);
}

GArray *
ter_quote_store_events (TerQuoteStore  *self,
                        gint64          quote_id,
                        GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->events (self, quote_id, error);
}

gboolean
ter_quote_store_credit_check (TerQuoteStore   *self,
                              gint64           quote_id,
                              TerQuoteCredit  *credit,
                              GError         **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);
  return IFACE (self)->credit_check (self, quote_id, credit, error);
}

GArray *
ter_quote_store_rep_stats (TerQuoteStore  *self,
                           const char     *first_day,
                           const char     *last_day,
                           GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->rep_stats (self, first_day, last_day, error);
}

gint32
ter_quote_store_max_discount (TerQuoteStore *self,
                              TerRepRole     role)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), 0);
  return IFACE (self)->max_discount (self, role);
}

GArray *
ter_quote_store_search_customers (TerQuoteStore  *self,
                                  const char     *text,
                                  guint           limit,
                                  GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->search_customers (self, text, limit, error);
}

GArray *
ter_quote_store_search_products (TerQuoteStore  *self,
                                 const char     *text,
                                 const char     *currency,
                                 guint           limit,
                                 GError        **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  return IFACE (self)->search_products (self, text, currency, limit, error);
}

static TerRep *
find_rep (GListModel *reps,
          gint64      id)
{
  for (guint i = 0; id > 0 && i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_id (rep) == id)
        return g_steal_pointer (&rep);
    }
  return NULL;
}

gint64
ter_quote_store_find_approver (TerQuoteStore *self,
                               gint64         rep_id,
                               gint32         discount_bp)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (TER_STORE (self), NULL);
  g_autoptr(TerRep) rep = NULL;

  if (reps == NULL)
    return 0;

  rep = find_rep (reps, rep_id);
  while (rep != NULL)
    {
      g_autoptr(TerRep) manager = find_rep (reps, ter_rep_get_manager_id (rep));

      if (manager != NULL
          && ter_quote_store_max_discount (self, ter_rep_get_role (manager)) >= discount_bp)
        return ter_rep_get_id (manager);
      g_clear_object (&rep);
      rep = g_steal_pointer (&manager);
    }
  return 0;
}

gboolean
ter_quote_store_can_approve (TerQuoteStore *self,
                             gint64         rep_id,
                             gint32         discount_bp,
                             gint64         actor_id)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (TER_STORE (self), NULL);
  g_autoptr(TerRep) rep = NULL;
  guint steps = 0;

  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);
  if (reps == NULL || actor_id <= 0 || actor_id == rep_id)
    return FALSE;

  /* Up the reporting line from the rep; the bound guards a damaged one. */
  rep = find_rep (reps, rep_id);
  while (rep != NULL && steps++ < 64)
    {
      g_autoptr(TerRep) manager = find_rep (reps, ter_rep_get_manager_id (rep));

      if (manager != NULL && ter_rep_get_id (manager) == actor_id)
        return ter_quote_store_max_discount (self, ter_rep_get_role (manager)) >= discount_bp;
      g_clear_object (&rep);
      rep = g_steal_pointer (&manager);
    }
  return FALSE;
}

gboolean
ter_quote_store_win (TerQuoteStore  *self,
                     gint64          quote_id,
                     gint64          actor_id,
                     gint64          channel_id,
                     const char     *order_date,
                     const char     *note,
                     GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GDate day;

  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);

  if (order_date == NULL || !ter_period_parse_date (order_date, &day))
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("The order date “%s” is not a date of the form YYYY-MM-DD."),
                   order_date != NULL ? order_date : "");
      return FALSE;
    }
  if (strcmp (order_date, today) > 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("The order date %s is in the future; a won quote records an order already placed."),
                   order_date);
      return FALSE;
    }
  if (channel_id <= 0)
    {
      g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("Choose the sales channel the order came through."));
      return FALSE;
    }
  return IFACE (self)->win (self, quote_id, actor_id, channel_id, order_date, note, error);
}

gboolean
ter_quote_store_stats (TerQuoteStore         *self,
                       const TerQuoteFilter  *filter,
                       const char            *currency,
                       TerQuoteStats         *stats,
                       GError               **error)
{
  g_autoptr(GArray) rows = NULL;

  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), FALSE);
  g_return_val_if_fail (currency != NULL && stats != NULL, FALSE);

  rows = IFACE (self)->stats (self, filter, -1, currency, error);
  if (rows == NULL)
    return FALSE;
  *stats = rows->len > 0 ? g_array_index (rows, TerQuoteStatsRow, 0).stats : (TerQuoteStats) { 0 };
  return TRUE;
}

GArray *
ter_quote_store_stats_by (TerQuoteStore         *self,
                          const TerQuoteFilter  *filter,
                          TerQuoteStatsGroup     group,
                          const char            *currency,
                          GError               **error)
{
  g_return_val_if_fail (TER_IS_QUOTE_STORE (self), NULL);
  g_return_val_if_fail (currency != NULL, NULL);
  g_return_val_if_fail (group <= TER_QUOTE_STATS_BY_MONTH, NULL);
  return IFACE (self)->stats (self, filter, group, currency, error);
}

void
ter_quote_doc_free (TerQuoteDoc *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->number);
  g_free (doc->customer_name);
  g_free (doc->contact);
  g_free (doc->rep_name);
  g_free (doc->created_on);
  g_free (doc->valid_until);
  g_free (doc->delivery_terms);
  g_free (doc->payment_terms);
  g_free (doc->bid_technical);
  g_free (doc->bid_commercial);
  g_clear_pointer (&doc->lines, g_array_unref);
  g_free (doc);
}

char *
ter_quote_stats_summary (const TerQuoteStats *stats,
                         const char          *currency)
{
  g_autofree char *rate = ter_quote_format_rate (stats->win_rate_bp);
  g_autofree char *discount = ter_quote_format_rate (stats->avg_discount_bp);
  g_autofree char *pipeline = ter_format_money_compact (stats->pipeline_value, currency);
  g_autofree char *won = ter_format_money_compact (stats->won_value, currency);

  if (stats->won + stats->lost > 0)
    /* Translators: win rate, average discount, value of open quotes, value won. */
    return g_strdup_printf (_("Win rate %s · average discount %s · open %s · won %s"),
                            rate, discount, pipeline, won);
  /* Translators: average discount, value of open quotes. */
  return g_strdup_printf (_("No quote decided yet · average discount %s · open %s"), discount, pipeline);
}
