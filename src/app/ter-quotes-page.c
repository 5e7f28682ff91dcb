/* ter-quotes-page.c: the quote pipeline (filters, status, totals) and the
 * selected quote: lines and totals, credit warning, approval actions,
 * history, versions, PDF export and printing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quotes-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-application.h"
#include "ter-page.h"
#include "ter-quote-editor.h"
#include "ter-quote-list.h"
#include "ter-quote-win-dialog.h"
#include "ter-quotes-page.h"
#include "ter-quotes-page-private.h"
#include "ter-rep.h"

struct _TerQuotesPage
{
  GtkWidget      parent_instance;

  TerContext    *context;
  GCancellable  *cancellable;
  GArray        *quotes;       /* TerQuoteSummary */
  TerQuoteDoc   *doc;          /* the selected quote */

  AdwLeaflet    *leaflet;
  GtkSearchEntry *search;
  GtkDropDown   *status_filter;
  GtkLabel      *summary;
  TerQuoteList  *list;
  GtkBox        *detail;
};

static void page_iface_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerQuotesPage, ter_quotes_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, page_iface_init))

static TerQuoteStore *
quote_store (TerQuotesPage *self)
{
  return TER_QUOTE_STORE (ter_context_get_store (self->context));
}

static GtkWidget *
label_new (const char *text,
           const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  /* Amounts never break across lines. */
  if (g_strcmp0 (css_class, "numeric") == 0)
    gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  return label;
}

static const char *
status_css (TerQuoteStatus status)
{
  switch (status)
    {
    case TER_QUOTE_WON:
      return "success";
    case TER_QUOTE_LOST:
      return "error";
    case TER_QUOTE_PENDING_APPROVAL:
      return "warning";
    case TER_QUOTE_DRAFT:
    case TER_QUOTE_APPROVED:
    case TER_QUOTE_SENT:
    default:
      return "accent";
    }
}

/* The pipeline list */

typedef struct {
  TerStore       *store;
  TerQuoteFilter  filter;
  char           *search;
  char            first_day[11];
  char            last_day[11];
  char           *currency;
  GArray         *rows;
  TerQuoteStats   stats;
} ListData;

static void
list_data_free (ListData *data)
{
  g_clear_object (&data->store);
  g_free (data->search);
  g_free (data->currency);
  g_clear_pointer (&data->rows, g_array_unref);
  g_free (data);
}

/* The list follows the status and search above it; the figures in the
 * summary cover every quote of the header's period and territory. */
static void
list_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ListData *data = task_data;
  GError *error = NULL;

  data->filter.search = data->search;
  data->filter.first_day = data->first_day;
  data->filter.last_day = data->last_day;
  data->rows = ter_quote_store_list (TER_QUOTE_STORE (data->store), &data->filter, &error);
  if (data->rows != NULL)
    ter_quote_store_stats (TER_QUOTE_STORE (data->store), &data->filter, data->currency,
                           &data->stats, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_summary (TerQuotesPage       *self,
              const TerQuoteStats *stats,
              const char          *currency)
{
  g_autofree char *text = ter_quote_stats_summary (stats, currency);

  gtk_label_set_text (self->summary, text);
}

static void
list_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  TerQuotesPage *self = user_data;
  ListData *data = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  g_clear_pointer (&self->quotes, g_array_unref);
  self->quotes = g_steal_pointer (&data->rows);
  ter_quote_list_set_quotes (self->list, self->quotes);
  show_summary (self, &data->stats, data->currency);
}

/* The header's territory, or 0 when it is the whole company (the root). */
static gint64
filter_territory (TerQuotesPage *self)
{
  gint64 id = ter_context_get_territory_id (self->context);
  TerTerritory *territory = id > 0 ? ter_context_find_territory (self->context, id) : NULL;

  return territory != NULL && ter_territory_get_parent_id (territory) != 0 ? id : 0;
}

static void
reload_list (TerQuotesPage *self)
{
  g_autoptr(GTask) task = NULL;
  ListData *data;
  guint status;

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  data = g_new0 (ListData, 1);
  data->store = g_object_ref (ter_context_get_store (self->context));
  status = gtk_drop_down_get_selected (self->status_filter);
  data->filter.status = status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1;
  data->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search)));
  data->currency = g_strdup (ter_context_get_currency (self->context));
  data->filter.territory_id = filter_territory (self);
  {
    TerPeriod period;

    ter_context_get_period (self->context, &period);
    ter_period_format_bounds (&period, data->first_day, data->last_day);
  }

  /* The callback holds the page weakly: a cancelled query finds it gone. */
  task = g_task_new (NULL, self->cancellable, list_done_cb, self);
  g_task_set_task_data (task, data, (GDestroyNotify) list_data_free);
  g_task_run_in_thread (task, list_thread);
}

static void
filter_changed_cb (TerQuotesPage *self)
{
  reload_list (self);
}

/* The selected quote */

static void show_quote (TerQuotesPage *self, gint64 quote_id);

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
add_pair (GtkGrid    *grid,
          int         row,
          const char *label,
          const char *value,
          const char *css_class)
{
  GtkWidget *amount = label_new (value, css_class != NULL ? css_class : "numeric", 1);

  gtk_label_set_wrap (GTK_LABEL (amount), FALSE);
  gtk_grid_attach (grid, label_new (label, css_class, 0), 0, row, 1, 1);
  gtk_grid_attach (grid, amount, 1, row, 1, 1);
}

static GtkWidget *
lines_grid (TerQuotesPage *self)
{
  const TerQuoteDoc *doc = self->doc;
  GtkWidget *grid = gtk_grid_new ();
  gboolean zh = ter_locale_is_chinese ();
  const char *heads[] = {
    C_("quote column", "Product"), C_("quote column", "Qty"),
    C_("quote column", "Unit price"), C_("quote column", "Discount"), C_("quote column", "Amount"),
  };

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    gtk_grid_attach (GTK_GRID (grid), label_new (heads[c], "dim-label", c == 0 ? 0 : 1), c, 0, 1, 1);

  for (guint i = 0; i < doc->lines->len; i++)
    {
      const TerQuoteLine *l = &g_array_index (doc->lines, TerQuoteLine, i);
      g_autofree char *markup = NULL;
      g_autofree char *qty = ter_format_integer (l->quantity);
      g_autofree char *unit = ter_format_money (l->unit_price, doc->currency);
      g_autofree char *disc = ter_quote_format_rate (l->discount_bp);
      g_autofree char *amount = ter_format_money (l->gross - l->line_discount, doc->currency);
      GtkWidget *product = label_new (NULL, NULL, 0);
      gtk_label_set_width_chars (GTK_LABEL (product), 6);

      markup = g_markup_printf_escaped ("%s\n<small>%s</small>", zh ? l->name_zh : l->name_en, l->sku);
      gtk_label_set_markup (GTK_LABEL (product), markup);
      gtk_widget_set_hexpand (product, TRUE);
      gtk_grid_attach (GTK_GRID (grid), product, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (qty, "numeric", 1), 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (unit, "numeric", 1), 2, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (disc, "numeric", 1), 3, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (amount, "numeric", 1), 4, i + 1, 1, 1);
    }
  return grid;
}

static GtkWidget *
totals_grid (TerQuotesPage *self)
{
  const TerQuoteDoc *doc = self->doc;
  const TerQuoteTotals *t = &doc->totals;
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *subtotal = ter_format_money (t->gross - t->line_discounts, doc->currency);
  g_autofree char *order = ter_format_money (-t->order_discount, doc->currency);
  g_autofree char *net = ter_format_money (t->net, doc->currency);
  g_autofree char *tax = ter_format_money (t->tax, doc->currency);
  g_autofree char *total = ter_format_money (t->total, doc->currency);
  g_autofree char *order_rate = ter_quote_format_rate (doc->order_discount_bp);
  g_autofree char *tax_rate = ter_quote_format_rate (doc->tax_bp);
  g_autofree char *order_label = g_strdup_printf (_("Order discount (%s)"), order_rate);
  g_autofree char *tax_label = g_strdup_printf (_("Tax (%s)"), tax_rate);
  g_autofree char *off_list = ter_quote_format_rate (t->discount_bp);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_halign (grid, GTK_ALIGN_END);
  add_pair (GTK_GRID (grid), 0, _("Subtotal"), subtotal, NULL);
  if (t->order_discount != 0)
    add_pair (GTK_GRID (grid), 1, order_label, order, NULL);
  add_pair (GTK_GRID (grid), 2, _("Net amount"), net, NULL);
  add_pair (GTK_GRID (grid), 3, tax_label, tax, NULL);
  add_pair (GTK_GRID (grid), 4, _("Total"), total, "title-4");
  add_pair (GTK_GRID (grid), 5, _("Discount off list"), off_list, "dim-label");
  return grid;
}

static GtkWidget *
credit_banner (TerQuotesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *open = NULL;
  TerQuoteCredit credit;

  if (self->doc->status == TER_QUOTE_WON || self->doc->status == TER_QUOTE_LOST
      || !ter_quote_store_credit_check (quote_store (self), self->doc->id, &credit, &error)
      || !credit.exceeded)
    return NULL;

  if (credit.credit_limit == 0)
    return label_new (_("Credit warning: this customer has no credit line and pays in advance."),
                      "warning", 0);

  limit = ter_format_money (credit.credit_limit, credit.currency);
  open = ter_format_money (credit.open_balance, credit.currency);
  /* Translators: credit limit, then the open orders' balance. */
  text = g_strdup_printf (_("Credit warning: open orders of %s plus this quote exceed the customer’s credit limit of %s."),
                          open, limit);
  return label_new (text, "warning", 0);
}

/* Who acts: the person chosen under Work As in Preferences, whose role
 * the approval rules then follow. Without one, approvals go in the name
 * of the nearest manager whose authority covers the discount and the rest
 * in the rep's, as a single-user install expects. */
static gint64
acting_user (TerQuotesPage *self)
{
  gint64 actor = ter_context_get_acting_rep_id (self->context);
  TerQuoteStatus status = self->doc->status;

  if (actor > 0)
    return actor;
  if (status == TER_QUOTE_PENDING_APPROVAL)
    return ter_quote_store_find_approver (quote_store (self), self->doc->rep_id,
                                          self->doc->totals.discount_bp);
  return self->doc->rep_id;
}

static void
perform (TerQuotesPage  *self,
         TerQuoteAction  action,
         const char     *note)
{
  g_autoptr(GError) error = NULL;
  gint64 actor = acting_user (self);
  gint64 id = self->doc->id;

  if (!ter_quote_store_perform (quote_store (self), id, action, actor, note, &error))
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  if (action == TER_QUOTE_ACTION_WIN && !ter_context_reload (self->context, &error))
    ter_page_add_toast (TER_PAGE (self), error->message);
  reload_list (self);
  show_quote (self, id);
}

static void
reason_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TerQuotesPage    *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  TerQuoteAction action = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "action"));

  if (g_str_equal (response, "confirm") && self->doc != NULL)
    perform (self, action, *gtk_editable_get_text (entry) ? gtk_editable_get_text (entry) : NULL);
}

/* Rejecting and losing ask why: the reason stays in the history, where
 * the rep and the manager look for it later. */
static void
ask_reason (TerQuotesPage  *self,
            TerQuoteAction  action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       ter_quote_action_to_label (action),
                                                       _("Why? The reason is kept in the quote’s history.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, e.g. price too high"));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm",
                                    ter_quote_action_to_label (action), NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data (G_OBJECT (dialog), "action", GINT_TO_POINTER (action));
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
win_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 TerQuotesPage    *self)
{
  g_autofree char *day = NULL;
  g_autoptr(GError) error = NULL;
  gint64 channel, id;

  if (!g_str_equal (response, "win") || self->doc == NULL
      || !ter_quote_win_dialog_get (dialog, &channel, &day))
    return;
  id = self->doc->id;
  if (!ter_quote_store_win (quote_store (self), id, acting_user (self), channel, day, NULL, &error))
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  ter_page_add_toast (TER_PAGE (self), _("Quote won; its order was created"));
  if (!ter_context_reload (self->context, &error))
    ter_page_add_toast (TER_PAGE (self), error->message);
  reload_list (self);
  show_quote (self, id);
}

static AdwMessageDialog *
ask_win (TerQuotesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ter_quote_win_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       ter_context_get_store (self->context));

  g_signal_connect_object (dialog, "response", G_CALLBACK (win_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
action_clicked_cb (GtkButton     *button,
                   TerQuotesPage *self)
{
  TerQuoteAction action = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "action"));

  if (action == TER_QUOTE_ACTION_REJECT || action == TER_QUOTE_ACTION_LOSE)
    ask_reason (self, action);
  else if (action == TER_QUOTE_ACTION_WIN)
    ask_win (self);
  else
    perform (self, action, NULL);
}

static GtkWidget *
add_action (TerQuotesPage  *self,
            GtkBox         *box,
            TerQuoteAction  action,
            const char     *css_class)
{
  GtkWidget *button = gtk_button_new_with_label (ter_quote_action_to_label (action));

  g_object_set_data (G_OBJECT (button), "action", GINT_TO_POINTER (action));
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  g_signal_connect (button, "clicked", G_CALLBACK (action_clicked_cb), self);
  gtk_box_append (box, button);
  return button;
}

/* Approving is offered to whom the store lets approve: with a Work As
 * user chosen, a manager above the rep with enough authority. */
static void
add_approval_actions (TerQuotesPage *self,
                      GtkBox        *box)
{
  gint64 actor = ter_context_get_acting_rep_id (self->context);
  gboolean allowed = actor == 0 || ter_quote_store_can_approve (quote_store (self), self->doc->rep_id,
                                                                 self->doc->totals.discount_bp, actor);
  GtkWidget *approve = add_action (self, box, TER_QUOTE_ACTION_APPROVE, "suggested-action");
  GtkWidget *reject = add_action (self, box, TER_QUOTE_ACTION_REJECT, NULL);

  if (!allowed)
    {
      const char *why = _("The person you work as (Preferences, Work As) has no authority over this "
                          "quote’s rep for this discount.");

      gtk_widget_set_sensitive (approve, FALSE);
      gtk_widget_set_sensitive (reject, FALSE);
      gtk_widget_set_tooltip_text (approve, why);
      gtk_widget_set_tooltip_text (reject, why);
    }
}

static char *
rep_name (TerQuotesPage *self,
          gint64         rep_id)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (ter_context_get_store (self->context), NULL);

  for (guint i = 0; reps != NULL && i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_id (rep) == rep_id)
        return g_strdup (ter_rep_get_name (rep));
    }
  return NULL;
}

/* "Waiting for Zhang Wei": who has to act on a pending quote. */
static GtkWidget *
approver_label (TerQuotesPage *self)
{
  gint64 approver = ter_quote_store_find_approver (quote_store (self), self->doc->rep_id,
                                                   self->doc->totals.discount_bp);
  g_autofree char *name = approver > 0 ? rep_name (self, approver) : NULL;
  g_autofree char *text = NULL;

  if (name != NULL)
    /* Translators: the manager whose approval a quote needs. */
    text = g_strdup_printf (_("Waiting for approval by %s or a manager above"), name);
  else
    text = g_strdup (_("No manager above the rep has the authority for this discount; revise the quote."));
  return label_new (text, "warning", 0);
}

static void
add_actions (TerQuotesPage *self,
             GtkBox        *box)
{
  switch (self->doc->status)
    {
    case TER_QUOTE_DRAFT:
      add_action (self, box, TER_QUOTE_ACTION_SUBMIT, "suggested-action");
      break;
    case TER_QUOTE_PENDING_APPROVAL:
      add_approval_actions (self, box);
      break;
    case TER_QUOTE_APPROVED:
      add_action (self, box, TER_QUOTE_ACTION_SEND, "suggested-action");
      break;
    case TER_QUOTE_SENT:
      add_action (self, box, TER_QUOTE_ACTION_WIN, "suggested-action");
      add_action (self, box, TER_QUOTE_ACTION_LOSE, "destructive-action");
      break;
    case TER_QUOTE_WON:
    case TER_QUOTE_LOST:
    default:
      break;
    }
}

static GtkWidget *
history_box (TerQuotesPage *self)
{
  g_autoptr(GArray) events = ter_quote_store_events (quote_store (self), self->doc->id, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const TerQuoteEvent *e = &g_array_index (events, TerQuoteEvent, i);
      g_autofree char *text = NULL;

      /* Translators: time, new status, version, person, optional note. */
      text = g_strdup_printf (_("%s — %s (v%d) by %s%s%s"), e->at, ter_quote_status_to_label (e->to_status),
                              e->version, e->actor_name != NULL ? e->actor_name : "—",
                              e->note != NULL ? ": " : "", e->note != NULL ? e->note : "");
      gtk_box_append (GTK_BOX (box), label_new (text, NULL, 0));
    }
  return box;
}

static void
version_clicked_cb (GtkButton     *button,
                    TerQuotesPage *self)
{
  int version = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "version"));
  g_autoptr(GError) error = NULL;
  TerQuoteDoc *doc = ter_quote_store_load (quote_store (self), self->doc->id, version, &error);

  if (doc == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->doc, ter_quote_doc_free);
  self->doc = doc;
  show_quote (self, 0);
}

static GtkWidget *
versions_box (TerQuotesPage *self)
{
  g_autoptr(GArray) versions = ter_quote_store_versions (quote_store (self), self->doc->id, NULL);
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      const TerQuoteVersionInfo *v = &g_array_index (versions, TerQuoteVersionInfo, i);
      g_autofree char *total = ter_format_money (v->total, self->doc->currency);
      g_autofree char *text = g_strdup_printf ("v%d · %s · %s", v->version, v->created_at, total);
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), v->version == self->doc->version);
      if (v->note != NULL)
        gtk_widget_set_tooltip_text (button, v->note);
      g_object_set_data (G_OBJECT (button), "version", GINT_TO_POINTER (v->version));
      g_signal_connect (button, "clicked", G_CALLBACK (version_clicked_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (box), button);
    }
  return box;
}

static void
editor_saved_cb (TerQuoteEditor *editor,
                 gint64          quote_id,
                 TerQuotesPage  *self)
{
  reload_list (self);
  show_quote (self, quote_id);
  ter_page_add_toast (TER_PAGE (self), _("Quote saved"));
}

/* `doc` NULL: a new quote; else a new version of it. */
static void
open_editor (TerQuotesPage     *self,
             const TerQuoteDoc *doc)
{
  TerQuoteEditor *editor = ter_quote_editor_new (quote_store (self), doc);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  ter_quote_editor_set_author (editor, ter_context_get_acting_rep_id (self->context));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (editor), TRUE);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_quote_clicked_cb (TerQuotesPage *self)
{
  open_editor (self, NULL);
}

static void
revise_clicked_cb (TerQuotesPage *self)
{
  open_editor (self, self->doc);
}

static GtkWidget *
section (GtkBox     *box,
         const char *title)
{
  GtkWidget *heading = label_new (title, "heading", 0);

  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (box, heading);
  return heading;
}

static void
back_clicked_cb (TerQuotesPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Shows quote `quote_id` at its latest version, or with 0 the version
 * already loaded in self->doc. */
static void
show_quote (TerQuotesPage *self,
            gint64         quote_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *info = NULL;
  GtkWidget *back, *header, *actions, *credit;

  if (quote_id > 0)
    {
      TerQuoteDoc *doc = ter_quote_store_load (quote_store (self), quote_id, 0, &error);

      if (doc == NULL)
        {
          ter_page_add_toast (TER_PAGE (self), error->message);
          return;
        }
      g_clear_pointer (&self->doc, ter_quote_doc_free);
      self->doc = doc;
    }

  clear_box (self->detail);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (back, _("Back to the quotes"));
  g_object_bind_property (self->leaflet, "folded", back, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (back_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), back);
  title = g_strdup_printf ("%s · %s", self->doc->number, self->doc->customer_name);
  gtk_box_append (GTK_BOX (header), label_new (title, "title-2", 0));
  gtk_box_append (self->detail, header);

  gtk_box_append (self->detail, label_new (ter_quote_status_to_label (self->doc->status),
                                           status_css (self->doc->status), 0));
  /* Translators: version shown and latest, contact, rep, validity. */
  info = g_strdup_printf (_("Version %d of %d · contact %s · rep %s · valid until %s"),
                          self->doc->version, self->doc->latest_version,
                          self->doc->contact != NULL ? self->doc->contact : "—",
                          self->doc->rep_name, self->doc->valid_until);
  gtk_box_append (self->detail, label_new (info, "dim-label", 0));

  if ((credit = credit_banner (self)) != NULL)
    gtk_box_append (self->detail, credit);
  if (self->doc->status == TER_QUOTE_PENDING_APPROVAL)
    gtk_box_append (self->detail, approver_label (self));

  actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  if (self->doc->version == self->doc->latest_version)
    add_actions (self, GTK_BOX (actions));
  if (self->doc->status != TER_QUOTE_WON && self->doc->status != TER_QUOTE_LOST)
    {
      GtkWidget *revise = gtk_button_new_with_label (_("New version…"));

      g_signal_connect_swapped (revise, "clicked", G_CALLBACK (revise_clicked_cb), self);
      gtk_box_append (GTK_BOX (actions), revise);
    }
  gtk_box_append (self->detail, actions);

  section (self->detail, _("Lines"));
  gtk_box_append (self->detail, lines_grid (self));
  gtk_box_append (self->detail, totals_grid (self));
  gtk_box_append (self->detail, label_new (ter_quote_rounding_rule (), "caption", 0));

  section (self->detail, _("Terms"));
  if (self->doc->delivery_terms != NULL)
    gtk_box_append (self->detail, label_new (self->doc->delivery_terms, NULL, 0));
  if (self->doc->payment_terms != NULL)
    gtk_box_append (self->detail, label_new (self->doc->payment_terms, NULL, 0));

  section (self->detail, _("Documents"));
  gtk_box_append (self->detail, ter_quotes_page_document_buttons (self));
  section (self->detail, _("Versions"));
  gtk_box_append (self->detail, versions_box (self));
  section (self->detail, _("History"));
  gtk_box_append (self->detail, history_box (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
quote_activated_cb (TerQuotesPage *self,
                    gint64         quote_id)
{
  show_quote (self, quote_id);
}

/* Building the page */

static GtkWidget *
build_list_pane (TerQuotesPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *new_quote = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_string_list_append (statuses, _("All states"));
  for (int s = TER_QUOTE_DRAFT; s <= TER_QUOTE_LOST; s++)
    gtk_string_list_append (statuses, ter_quote_status_to_label (s));

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Quote number or customer"), NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->search), 6);
  self->status_filter = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL));
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->status_filter));
  gtk_widget_set_tooltip_text (new_quote, _("New quote"));
  gtk_widget_add_css_class (new_quote, "suggested-action");
  g_signal_connect_swapped (new_quote, "clicked", G_CALLBACK (new_quote_clicked_cb), self);
  gtk_box_append (GTK_BOX (filters), new_quote);

  self->summary = GTK_LABEL (label_new ("", "dim-label", 0));
  self->list = TER_QUOTE_LIST (ter_quote_list_new ());
  g_signal_connect_swapped (self->list, "activated", G_CALLBACK (quote_activated_cb), self);
  gtk_widget_set_vexpand (GTK_WIDGET (self->list), TRUE);

  gtk_box_append (GTK_BOX (box), filters);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_set_size_request (box, 300, -1);
  return box;
}

static GtkWidget *
build_detail_pane (TerQuotesPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->detail = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  g_object_set (self->detail, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (self->detail, label_new (_("Select a quote to see its lines, approvals and history."),
                                           "dim-label", 0.5));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->detail));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (scroller, TRUE);
  return scroller;
}

static void
context_changed_cb (TerQuotesPage *self)
{
  reload_list (self);
}

static void
ter_quotes_page_set_context (TerQuotesPage *self,
                             TerContext    *context)
{
  g_set_object (&self->context, context);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  reload_list (self);
}

static void
page_iface_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_quotes_page_set_context;
}

static void
ter_quotes_page_dispose (GObject *object)
{
  TerQuotesPage *self = TER_QUOTES_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  g_clear_pointer (&self->quotes, g_array_unref);
  g_clear_pointer (&self->doc, ter_quote_doc_free);

  G_OBJECT_CLASS (ter_quotes_page_parent_class)->dispose (object);
}

static void
ter_quotes_page_class_init (TerQuotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_quotes_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ter_quotes_page_init (TerQuotesPage *self)
{
  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  adw_leaflet_append (self->leaflet, build_list_pane (self));
  adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet,
                                                        gtk_separator_new (GTK_ORIENTATION_VERTICAL)),
                                    FALSE);
  adw_leaflet_append (self->leaflet, build_detail_pane (self));
  gtk_widget_set_parent (GTK_WIDGET (self->leaflet), GTK_WIDGET (self));
}

const TerQuoteDoc *
ter_quotes_page_get_doc (TerQuotesPage *self)
{
  return self->doc;
}

TerQuoteStore *
ter_quotes_page_get_store (TerQuotesPage *self)
{
  return quote_store (self);
}

void
ter_quotes_page_reshow (TerQuotesPage *self)
{
  if (self->doc != NULL)
    show_quote (self, self->doc->id);
}

guint
ter_quotes_page_get_n_quotes (TerQuotesPage *self)
{
  return ter_quote_list_get_n_quotes (self->list);
}

AdwMessageDialog *
ter_quotes_page_ask_win (TerQuotesPage *self)
{
  g_return_val_if_fail (TER_IS_QUOTES_PAGE (self), NULL);
  return self->doc != NULL && self->doc->status == TER_QUOTE_SENT ? ask_win (self) : NULL;
}

TerQuoteList *
ter_quotes_page_get_list (TerQuotesPage *self)
{
  g_return_val_if_fail (TER_IS_QUOTES_PAGE (self), NULL);
  return self->list;
}

void
ter_quotes_page_select (TerQuotesPage *self,
                        guint          row)
{
  gint64 id = ter_quote_list_get_id (self->list, row);

  if (id > 0)
    show_quote (self, id);
}
