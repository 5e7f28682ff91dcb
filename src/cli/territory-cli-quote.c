/* territory-cli-quote.c: lists quotes and writes a quote or bid document
 * as PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "territory-cli-quote"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-quote-pdf.h"
#include "territory-cli-quote.h"

#define SCHEMA_ID "io.github.territory.Territory"

/* The company's letterhead comes from the preferences when the schema is
 * installed; options override it. */
static char *
company_setting (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  settings = g_settings_new (SCHEMA_ID);
  return g_settings_get_string (settings, key);
}

static void
list_quotes (TerQuoteStore *quotes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = ter_quote_store_list (quotes, NULL, &error);

  if (rows == NULL)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const TerQuoteSummary *s = &g_array_index (rows, TerQuoteSummary, i);
      g_autofree char *total = ter_format_money (s->total, s->currency);

      g_print ("%6" G_GINT64_FORMAT "  %-14s  %-16s  v%-2d  %16s  %s\n", s->id, s->number,
               ter_quote_status_to_label (s->status), s->version, total, s->customer_name);
    }
}

static int
rep_stats (TerQuoteStore *quotes,
           const char    *first,
           const char    *last)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = ter_quote_store_rep_stats (quotes, first, last, &error);

  if (rows == NULL)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  /* Translators: column headings of `territory-cli quote --reps`. */
  g_print ("%-24s %8s %6s %6s %9s %12s\n", _("Rep"), _("Quotes"), _("Won"), _("Lost"),
           _("Win rate"), _("Avg. discount"));
  for (guint i = 0; i < rows->len; i++)
    {
      const TerQuoteRepStats *s = &g_array_index (rows, TerQuoteRepStats, i);
      g_autofree char *rate = ter_quote_format_rate (s->win_rate_bp);
      g_autofree char *discount = ter_quote_format_rate (s->avg_discount_bp);

      g_print ("%-24s %8" G_GINT64_FORMAT " %6" G_GINT64_FORMAT " %6" G_GINT64_FORMAT " %9s %12s\n",
               s->rep_name, s->quotes, s->won, s->lost, rate, discount);
    }
  return 0;
}

static int
group_stats (TerQuoteStore *quotes,
             const char    *by,
             const char    *currency)
{
  static const char *names[] = { "territory", "rep", "month" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  TerQuoteFilter filter = { .status = -1 };
  int group = -1;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (by, names[i]) == 0)
      group = (int) i;
  if (group < 0)
    {
      g_printerr ("territory-cli: %s\n", _("--stats takes territory, rep or month"));
      return 2;
    }
  rows = ter_quote_store_stats_by (quotes, &filter, group, currency, &error);
  if (rows == NULL)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  /* Translators: column headings of `territory-cli quote --stats`. */
  g_print ("%-24s %7s %5s %5s %9s %9s %16s %16s\n", _("Group"), _("Quotes"), _("Won"), _("Lost"),
           _("Win rate"), _("Discount"), C_("quote stats", "Open"), _("Won value"));
  for (guint i = 0; i < rows->len; i++)
    {
      const TerQuoteStatsRow *r = &g_array_index (rows, TerQuoteStatsRow, i);
      /* No rate before any quote of the group is won or lost. */
      g_autofree char *rate = r->stats.won + r->stats.lost > 0 ? ter_quote_format_rate (r->stats.win_rate_bp)
                                                               : g_strdup ("—");
      g_autofree char *discount = ter_quote_format_rate (r->stats.avg_discount_bp);
      g_autofree char *open = ter_format_money (r->stats.pipeline_value, currency);
      g_autofree char *won = ter_format_money (r->stats.won_value, currency);

      g_print ("%-24s %7" G_GINT64_FORMAT " %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT " %9s %9s %16s %16s\n",
               r->label, r->stats.quotes, r->stats.won, r->stats.lost, rate, discount, open, won);
    }
  return 0;
}

int
territory_cli_quote_command (TerStore  *store,
                             int        argc,
                             char     **argv)
{
  gint64 id = 0;
  int version = 0;
  gboolean bid = FALSE;
  gboolean list = FALSE;
  gboolean reps = FALSE;
  g_autofree char *out = NULL;
  g_autofree char *name = NULL;
  g_autofree char *letterhead = NULL;
  g_autofree char *logo = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *tax_id = company_setting ("company-tax-id");
  g_autofree char *bank = company_setting ("company-bank");
  g_autofree char *terms = company_setting ("company-terms");
  g_autofree char *stats = NULL;
  g_autofree char *currency = NULL;
  GOptionEntry entries[] = {
    { "stats", 0, 0, G_OPTION_ARG_STRING, &stats,
      N_("Win rate, average discount and pipeline per territory, rep or month"), N_("BY") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency of the --stats amounts, default CNY"), N_("CODE") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("List the quotes"), NULL },
    { "reps", 0, 0, G_OPTION_ARG_NONE, &reps, N_("Win rate and average discount per rep, all time"), NULL },
    { "id", 0, 0, G_OPTION_ARG_INT64, &id, N_("The quote to write"), "N" },
    { "version", 0, 0, G_OPTION_ARG_INT, &version, N_("The version to write; default the latest"), "V" },
    { "bid", 0, 0, G_OPTION_ARG_NONE, &bid, N_("Write a bid document instead of a quote"), NULL },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("The PDF file to write"), N_("FILE") },
    { "company", 0, 0, G_OPTION_ARG_STRING, &name, N_("Company name for the letterhead"), N_("NAME") },
    { "letterhead", 0, 0, G_OPTION_ARG_STRING, &letterhead, N_("Address and phone under the name"), N_("TEXT") },
    { "logo", 0, 0, G_OPTION_ARG_FILENAME, &logo, N_("Company logo (PNG)"), N_("FILE") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile, N_("Company profile for bid documents"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("");
  g_autoptr(GError) error = NULL;
  g_autoptr(TerQuoteDoc) doc = NULL;
  TerQuoteCompany company = { 0 };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 2;
    }
  if (stats != NULL)
    return group_stats (TER_QUOTE_STORE (store), stats, currency != NULL ? currency : "CNY");
  if (list)
    {
      list_quotes (TER_QUOTE_STORE (store));
      return 0;
    }
  if (reps)
    return rep_stats (TER_QUOTE_STORE (store), "0000-01-01", "9999-12-31");
  if (id <= 0 || out == NULL)
    {
      g_printerr ("territory-cli: %s\n", _("quote needs --id N and --out FILE (or --list or --reps)"));
      return 2;
    }

  doc = ter_quote_store_load (TER_QUOTE_STORE (store), id, version, &error);
  if (doc == NULL)
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }

  company.name = name != NULL ? name : (name = company_setting ("company-name"));
  company.letterhead = letterhead != NULL ? letterhead : (letterhead = company_setting ("company-letterhead"));
  company.logo_path = logo != NULL ? logo : (logo = company_setting ("company-logo"));
  company.profile = profile != NULL ? profile : (profile = company_setting ("company-profile"));
  company.tax_id = tax_id;
  company.bank = bank;
  company.terms = terms;

  if (!ter_quote_pdf_write (doc, bid ? TER_QUOTE_DOCUMENT_BID : TER_QUOTE_DOCUMENT_QUOTE,
                            &company, out, &error))
    {
      g_printerr ("territory-cli: %s\n", error->message);
      return 1;
    }
  return 0;
}
