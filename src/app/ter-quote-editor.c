/* ter-quote-editor.c: writing a quote or a revision.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-money.h"
#include "ter-period.h"
#include "ter-quote-editor.h"

#define N_HITS 8

typedef struct {
  gint64     product_id;
  gint64     list_price;
  GtkWidget *row;
  GtkWidget *quantity;
  GtkWidget *price;
  GtkWidget *discount;
  GtkWidget *amount;
} EditLine;

struct _TerQuoteEditor
{
  AdwWindow      parent_instance;

  TerQuoteStore *store;
  gint64         quote_id;      /* 0 for a new quote */
  gint64         customer_id;
  gint64         rep_id;
  gint64         author_id;     /* the acting user, or 0 for the rep */
  char           currency[4];
  GPtrArray     *lines;         /* EditLine */
  GArray        *customer_hits;
  GArray        *product_hits;

  GtkWidget     *customer_search;
  GtkWidget     *customer_list;
  GtkWidget     *customer_label;
  GtkWidget     *contact;
  GtkWidget     *valid_until;
  GtkWidget     *order_discount;
  GtkWidget     *tax;
  GtkWidget     *delivery;
  GtkWidget     *payment;
  GtkWidget     *note;
  GtkWidget     *product_search;
  GtkWidget     *product_list;
  GtkWidget     *line_box;
  GtkWidget     *totals;
  GtkWidget     *message;
  GtkWidget     *save;
};

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TerQuoteEditor, ter_quote_editor, ADW_TYPE_WINDOW)

static GtkWidget *
entry_new (const char *placeholder,
           const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  return entry;
}

static const char *
text_of (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Reads the form into lines; FALSE with a message naming the field. */
static gboolean
read_lines (TerQuoteEditor  *self,
            TerQuoteLine    *out,
            GError         **error)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      EditLine *e = g_ptr_array_index (self->lines, i);
      g_autoptr(GError) local = NULL;
      gint64 price;
      gint32 bp;

      if (!ter_money_parse (text_of (e->price), self->currency, &price, &local))
        {
          g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                       _("Line %u, unit price: %s"), i + 1, local->message);
          return FALSE;
        }
      if (!ter_quote_parse_rate (*text_of (e->discount) ? text_of (e->discount) : "0", &bp, &local))
        {
          g_set_error (error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                       _("Line %u, discount: %s"), i + 1, local->message);
          return FALSE;
        }
      out[i] = (TerQuoteLine) { .product_id = e->product_id, .list_price = MAX (e->list_price, 0),
                                .unit_price = price, .discount_bp = bp,
                                .quantity = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (e->quantity)) };
    }
  return TRUE;
}

static gboolean
read_rates (TerQuoteEditor  *self,
            gint32          *order_bp,
            gint32          *tax_bp,
            GError         **error)
{
  const char *order = *text_of (self->order_discount) ? text_of (self->order_discount) : "0";
  const char *tax = *text_of (self->tax) ? text_of (self->tax) : "0";

  return ter_quote_parse_rate (order, order_bp, error) && ter_quote_parse_rate (tax, tax_bp, error);
}

static void
recompute (TerQuoteEditor *self)
{
  g_autofree TerQuoteLine *lines = g_new0 (TerQuoteLine, MAX (self->lines->len, 1));
  g_autoptr(GError) error = NULL;
  g_autofree char *total = NULL;
  g_autofree char *net = NULL;
  g_autofree char *tax = NULL;
  g_autofree char *off = NULL;
  g_autofree char *text = NULL;
  TerQuoteTotals t;
  gint32 order_bp = 0, tax_bp = 0;

  if (!read_lines (self, lines, &error) || !read_rates (self, &order_bp, &tax_bp, &error)
      || !ter_quote_compute_totals (lines, self->lines->len, order_bp, tax_bp, &t, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      gtk_widget_set_sensitive (self->save, FALSE);
      return;
    }

  for (guint i = 0; i < self->lines->len; i++)
    {
      EditLine *e = g_ptr_array_index (self->lines, i);
      g_autofree char *amount = ter_format_money (lines[i].gross - lines[i].line_discount, self->currency);

      gtk_label_set_text (GTK_LABEL (e->amount), amount);
    }

  net = ter_format_money (t.net, self->currency);
  tax = ter_format_money (t.tax, self->currency);
  total = ter_format_money (t.total, self->currency);
  off = ter_quote_format_rate (t.discount_bp);
  /* Translators: net amount, tax, total, discount off the list prices. */
  text = g_strdup_printf (_("Net %s · tax %s · total %s · %s off list"), net, tax, total, off);
  gtk_label_set_text (GTK_LABEL (self->totals), text);
  gtk_label_set_text (GTK_LABEL (self->message), "");
  gtk_widget_set_sensitive (self->save, self->customer_id > 0 && self->lines->len > 0);
}

static void
remove_line_cb (GtkButton      *button,
                TerQuoteEditor *self)
{
  EditLine *line = g_object_get_data (G_OBJECT (button), "line");

  gtk_box_remove (GTK_BOX (self->line_box), line->row);
  g_ptr_array_remove (self->lines, line);
  recompute (self);
}

static void
add_line (TerQuoteEditor *self,
          gint64          product_id,
          const char     *name,
          const char     *sku,
          gint64          list_price,
          gint64          quantity,
          gint64          unit_price,
          gint32          discount_bp)
{
  EditLine *e = g_new0 (EditLine, 1);
  g_autofree char *price = ter_money_to_plain_string (unit_price, self->currency);
  g_autofree char *disc = g_strdup_printf ("%.2f", discount_bp / 100.0);
  g_autofree char *label = g_markup_printf_escaped ("%s\n<small>%s</small>", name, sku);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  e->product_id = product_id;
  e->list_price = list_price;
  e->row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  e->quantity = gtk_spin_button_new_with_range (1, 1e9, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (e->quantity), (double) quantity);
  e->price = entry_new (_("Unit price"), price);
  e->discount = entry_new (_("Discount %"), disc);
  e->amount = gtk_label_new ("");
  gtk_widget_add_css_class (e->amount, "numeric");
  gtk_label_set_xalign (GTK_LABEL (e->amount), 1);
  gtk_label_set_markup (GTK_LABEL (title), label);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_tooltip_text (remove, _("Remove the line"));
  gtk_widget_set_tooltip_text (e->quantity, _("Quantity"));
  gtk_widget_set_tooltip_text (e->price, _("Unit price"));
  gtk_widget_set_tooltip_text (e->discount, _("Discount %"));

  g_signal_connect_swapped (e->quantity, "value-changed", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (e->price, "changed", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (e->discount, "changed", G_CALLBACK (recompute), self);
  g_object_set_data (G_OBJECT (remove), "line", e);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_line_cb), self);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (e->quantity), 3);
  gtk_box_set_homogeneous (GTK_BOX (fields), TRUE);
  gtk_box_append (GTK_BOX (fields), e->quantity);
  gtk_box_append (GTK_BOX (fields), e->price);
  gtk_box_append (GTK_BOX (fields), e->discount);
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading), e->amount);
  gtk_box_append (GTK_BOX (heading), remove);
  gtk_box_append (GTK_BOX (e->row), heading);
  gtk_box_append (GTK_BOX (e->row), fields);
  gtk_box_append (GTK_BOX (self->line_box), e->row);
  g_ptr_array_add (self->lines, e);
  recompute (self);
}

/* Empties a list of search hits; an empty boxed list is hidden, or it
 * would show as a stray line. */
static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  gtk_widget_set_visible (list, FALSE);
}

static void
hit_row (GtkWidget  *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_widget_set_visible (list, TRUE);
}

static void
customer_search_cb (TerQuoteEditor *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = text_of (self->customer_search);

  clear_list (self->customer_list);
  g_clear_pointer (&self->customer_hits, g_array_unref);
  if (*text == '\0')
    return;

  self->customer_hits = ter_quote_store_search_customers (self->store, text, N_HITS, &error);
  if (self->customer_hits == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      return;
    }
  for (guint i = 0; i < self->customer_hits->len; i++)
    {
      const TerQuoteCustomerHit *c = &g_array_index (self->customer_hits, TerQuoteCustomerHit, i);
      g_autofree char *sub = g_strdup_printf ("%s · %s", c->city != NULL ? c->city : "", c->currency);

      hit_row (self->customer_list, c->name, sub);
    }
}

static void
customer_activated_cb (GtkListBox     *list,
                       GtkListBoxRow  *row,
                       TerQuoteEditor *self)
{
  const TerQuoteCustomerHit *c;
  int index = gtk_list_box_row_get_index (row);

  if (self->customer_hits == NULL || index < 0 || (guint) index >= self->customer_hits->len)
    return;

  c = &g_array_index (self->customer_hits, TerQuoteCustomerHit, index);
  if (self->lines->len > 0 && !g_str_equal (c->currency, self->currency))
    {
      gtk_label_set_text (GTK_LABEL (self->message),
                          _("This customer buys in another currency; remove the lines first."));
      return;
    }

  self->customer_id = c->id;
  self->rep_id = c->owner_rep_id;
  g_strlcpy (self->currency, c->currency, sizeof self->currency);
  gtk_label_set_text (GTK_LABEL (self->customer_label), c->name);
  gtk_editable_set_text (GTK_EDITABLE (self->contact), c->contact != NULL ? c->contact : "");
  if (*text_of (self->tax) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->tax), g_str_equal (c->currency, "CNY") ? "13" : "0");
  gtk_widget_set_sensitive (self->product_search, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->customer_search), "");
  recompute (self);
}

static void
product_search_cb (TerQuoteEditor *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = text_of (self->product_search);
  gboolean zh = ter_locale_is_chinese ();

  clear_list (self->product_list);
  g_clear_pointer (&self->product_hits, g_array_unref);
  if (*text == '\0')
    return;

  self->product_hits = ter_quote_store_search_products (self->store, text, self->currency, N_HITS, &error);
  if (self->product_hits == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      return;
    }
  for (guint i = 0; i < self->product_hits->len; i++)
    {
      const TerQuoteProductHit *p = &g_array_index (self->product_hits, TerQuoteProductHit, i);
      g_autofree char *price = p->list_price >= 0 ? ter_format_money (p->list_price, self->currency)
                                                  : g_strdup (_("no list price"));
      g_autofree char *sub = g_strdup_printf ("%s · %s", p->sku, price);

      hit_row (self->product_list, zh ? p->name_zh : p->name_en, sub);
    }
}

static void
product_activated_cb (GtkListBox     *list,
                      GtkListBoxRow  *row,
                      TerQuoteEditor *self)
{
  const TerQuoteProductHit *p;
  int index = gtk_list_box_row_get_index (row);

  if (self->product_hits == NULL || index < 0 || (guint) index >= self->product_hits->len)
    return;

  p = &g_array_index (self->product_hits, TerQuoteProductHit, index);
  add_line (self, p->id, ter_locale_is_chinese () ? p->name_zh : p->name_en, p->sku,
            p->list_price, 1, MAX (p->list_price, 0), 0);
  gtk_editable_set_text (GTK_EDITABLE (self->product_search), "");
}

static void
save_clicked_cb (TerQuoteEditor *self)
{
  g_autofree TerQuoteLine *lines = g_new0 (TerQuoteLine, MAX (self->lines->len, 1));
  g_autofree TerQuoteLineRecord *records = g_new0 (TerQuoteLineRecord, MAX (self->lines->len, 1));
  g_autoptr(GError) error = NULL;
  TerQuoteContent content = { 0 };
  gint64 id = self->quote_id;
  GDate date;

  if (!read_lines (self, lines, &error)
      || !read_rates (self, &content.order_discount_bp, &content.tax_bp, &error))
    goto fail;
  if (!ter_period_parse_date (text_of (self->valid_until), &date))
    {
      g_set_error (&error, TER_QUOTE_ERROR, TER_QUOTE_ERROR_INVALID,
                   _("Valid until: “%s” is not a date such as 2026-12-31."), text_of (self->valid_until));
      goto fail;
    }

  for (guint i = 0; i < self->lines->len; i++)
    records[i] = (TerQuoteLineRecord) { lines[i].product_id, lines[i].quantity,
                                        lines[i].unit_price, lines[i].discount_bp };
  content = (TerQuoteContent) { text_of (self->valid_until), content.order_discount_bp, content.tax_bp,
                                text_of (self->delivery), text_of (self->payment), text_of (self->note),
                                records, self->lines->len };

  if (id == 0)
    {
      TerQuoteHeader header = { self->customer_id, text_of (self->contact), self->rep_id, self->currency, NULL,
                                self->author_id };

      id = ter_quote_store_create (self->store, &header, &content, &error);
    }
  else if (ter_quote_store_revise (self->store, id, &content,
                                   self->author_id > 0 ? self->author_id : self->rep_id, &error) == 0)
    id = 0;

  if (id > 0)
    {
      g_signal_emit (self, signals[SAVED], 0, id);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

fail:
  gtk_label_set_text (GTK_LABEL (self->message), error->message);
}

static GtkWidget *
labelled (const char *label,
          GtkWidget  *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), field);
  return box;
}

static GtkWidget *
pair (GtkWidget *a,
      GtkWidget *b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_box_append (GTK_BOX (box), a);
  gtk_box_append (GTK_BOX (box), b);
  return box;
}

static GtkWidget *
hit_list (GCallback  callback,
          gpointer   self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_visible (list, FALSE);
  g_signal_connect (list, "row-activated", callback, self);
  return list;
}

static void
build (TerQuoteEditor *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  g_autofree char *valid = g_date_time_format (later, "%Y-%m-%d");

  self->save = gtk_button_new_with_label (_("Save"));
  gtk_widget_add_css_class (self->save, "suggested-action");
  g_signal_connect_swapped (self->save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save);

  self->customer_label = gtk_label_new (_("No customer chosen"));
  gtk_label_set_xalign (GTK_LABEL (self->customer_label), 0);
  gtk_widget_add_css_class (self->customer_label, "title-4");
  self->customer_search = gtk_search_entry_new ();
  g_object_set (self->customer_search, "placeholder-text", _("Search customers by name, city or contact"), NULL);
  g_signal_connect_swapped (self->customer_search, "search-changed", G_CALLBACK (customer_search_cb), self);
  self->customer_list = hit_list (G_CALLBACK (customer_activated_cb), self);

  self->contact = entry_new (_("Contact person"), NULL);
  self->valid_until = entry_new ("YYYY-MM-DD", valid);
  self->order_discount = entry_new ("0", NULL);
  self->tax = entry_new ("13", NULL);
  self->delivery = entry_new (_("e.g. delivered within 15 days"), NULL);
  self->payment = entry_new (_("e.g. 30 days net"), NULL);
  self->note = entry_new (_("Why this version, e.g. new volume"), NULL);
  g_signal_connect_swapped (self->order_discount, "changed", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->tax, "changed", G_CALLBACK (recompute), self);

  self->product_search = gtk_search_entry_new ();
  g_object_set (self->product_search, "placeholder-text", _("Add a product: type its name or SKU"), NULL);
  gtk_widget_set_sensitive (self->product_search, FALSE);
  g_signal_connect_swapped (self->product_search, "search-changed", G_CALLBACK (product_search_cb), self);
  self->product_list = hit_list (G_CALLBACK (product_activated_cb), self);
  self->line_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  self->totals = gtk_label_new ("");
  gtk_label_set_wrap (GTK_LABEL (self->totals), TRUE);
  gtk_widget_add_css_class (self->totals, "heading");
  self->message = gtk_label_new ("");
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "error");

  gtk_box_append (GTK_BOX (box), self->customer_label);
  gtk_box_append (GTK_BOX (box), self->customer_search);
  gtk_box_append (GTK_BOX (box), self->customer_list);
  gtk_box_append (GTK_BOX (box), pair (labelled (_("Contact"), self->contact),
                                       labelled (_("Valid until"), self->valid_until)));
  gtk_box_append (GTK_BOX (box), pair (labelled (_("Order discount %"), self->order_discount),
                                       labelled (_("Tax rate %"), self->tax)));
  gtk_box_append (GTK_BOX (box), labelled (_("Delivery terms"), self->delivery));
  gtk_box_append (GTK_BOX (box), labelled (_("Payment terms"), self->payment));
  gtk_box_append (GTK_BOX (box), self->product_search);
  gtk_box_append (GTK_BOX (box), self->product_list);
  gtk_box_append (GTK_BOX (box), self->line_box);
  gtk_box_append (GTK_BOX (box), self->totals);
  gtk_box_append (GTK_BOX (box), labelled (_("Version note"), self->note));
  gtk_box_append (GTK_BOX (box), self->message);
  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (outer), header);
  gtk_box_append (GTK_BOX (outer), scroller);
  adw_window_set_content (ADW_WINDOW (self), outer);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 760);
}

static void
fill_from (TerQuoteEditor    *self,
           const TerQuoteDoc *doc)
{
  g_autofree char *order = g_strdup_printf ("%.2f", doc->order_discount_bp / 100.0);
  g_autofree char *tax = g_strdup_printf ("%.2f", doc->tax_bp / 100.0);
  g_autofree char *title = g_strdup_printf (_("%s: new version"), doc->number);
  gboolean zh = ter_locale_is_chinese ();

  self->quote_id = doc->id;
  self->customer_id = doc->customer_id;
  self->rep_id = doc->rep_id;
  g_strlcpy (self->currency, doc->currency, sizeof self->currency);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (GTK_LABEL (self->customer_label), doc->customer_name);
  gtk_widget_set_visible (self->customer_search, FALSE);
  gtk_widget_set_sensitive (self->product_search, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->contact), doc->contact != NULL ? doc->contact : "");
  gtk_widget_set_sensitive (self->contact, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->valid_until), doc->valid_until);
  gtk_editable_set_text (GTK_EDITABLE (self->order_discount), order);
  gtk_editable_set_text (GTK_EDITABLE (self->tax), tax);
  gtk_editable_set_text (GTK_EDITABLE (self->delivery), doc->delivery_terms != NULL ? doc->delivery_terms : "");
  gtk_editable_set_text (GTK_EDITABLE (self->payment), doc->payment_terms != NULL ? doc->payment_terms : "");

  for (guint i = 0; i < doc->lines->len; i++)
    {
      const TerQuoteLine *l = &g_array_index (doc->lines, TerQuoteLine, i);

      add_line (self, l->product_id, zh ? l->name_zh : l->name_en, l->sku, l->list_price,
                l->quantity, l->unit_price, l->discount_bp);
    }
}

TerQuoteEditor *
ter_quote_editor_new (TerQuoteStore     *store,
                      const TerQuoteDoc *doc)
{
  TerQuoteEditor *self = g_object_new (TER_TYPE_QUOTE_EDITOR, NULL);

  self->store = g_object_ref (store);
  gtk_window_set_title (GTK_WINDOW (self), _("New quote"));
  if (doc != NULL)
    fill_from (self, doc);
  recompute (self);
  return self;
}

static void
ter_quote_editor_dispose (GObject *object)
{
  TerQuoteEditor *self = TER_QUOTE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->customer_hits, g_array_unref);
  g_clear_pointer (&self->product_hits, g_array_unref);

  G_OBJECT_CLASS (ter_quote_editor_parent_class)->dispose (object);
}

static void
ter_quote_editor_class_init (TerQuoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ter_quote_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ter_quote_editor_init (TerQuoteEditor *self)
{
  self->lines = g_ptr_array_new_with_free_func (g_free);
  build (self);
}

void
ter_quote_editor_set_author (TerQuoteEditor *self,
                             gint64          author_id)
{
  g_return_if_fail (TER_IS_QUOTE_EDITOR (self));
  self->author_id = author_id;
}
