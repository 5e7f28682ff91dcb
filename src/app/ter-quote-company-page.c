/* ter-quote-company-page.c: the Company page of Preferences. Every field
 * is written to GSettings as it is typed, so the next quote or bid PDF
 * (and print) uses it; nothing needs saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-quote-company-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-quote-company-page.h"

struct _TerQuoteCompanyPage
{
  AdwPreferencesPage  parent_instance;

  GSettings          *settings;
  AdwActionRow       *logo_row;
  GtkWidget          *clear_logo;
};

G_DEFINE_FINAL_TYPE (TerQuoteCompanyPage, ter_quote_company_page, ADW_TYPE_PREFERENCES_PAGE)

/* The keys in TerQuoteCompany's order. */
static const char *keys[] = {
  "company-name", "company-letterhead", "company-logo", "company-profile",
  "company-tax-id", "company-bank", "company-terms",
};

static GtkWidget *
entry_row (TerQuoteCompanyPage *self,
           const char          *key,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_settings_bind (self->settings, key, row, "text", G_SETTINGS_BIND_DEFAULT);
  return row;
}

static void
text_changed_cb (GtkTextBuffer *buffer,
                 GSettings     *settings)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_settings_set_string (settings, g_object_get_data (G_OBJECT (buffer), "key"), text);
}

/* Several lines (an address, terms) in a framed text view under a title. */
static GtkWidget *
text_group (TerQuoteCompanyPage *self,
            const char          *key,
            const char          *title,
            const char          *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *text = g_settings_get_string (self->settings, key);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  g_object_set (view, "top-margin", 8, "bottom-margin", 8, "left-margin", 8, "right-margin", 8, NULL);
  gtk_widget_set_size_request (view, -1, 80);
  gtk_text_buffer_set_text (buffer, text, -1);
  g_object_set_data_full (G_OBJECT (buffer), "key", g_strdup (key), g_free);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (text_changed_cb), self->settings, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return group;
}

static void
update_logo_row (TerQuoteCompanyPage *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "company-logo");

  adw_action_row_set_subtitle (self->logo_row, *path != '\0' ? path : _("None"));
  gtk_widget_set_visible (self->clear_logo, *path != '\0');
}

static void
logo_response_cb (GtkNativeDialog     *chooser,
                  int                  response,
                  TerQuoteCompanyPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && g_file_peek_path (file) != NULL)
    g_settings_set_string (self->settings, "company-logo", g_file_peek_path (file));
  g_object_unref (chooser);
}

static void
choose_logo_cb (TerQuoteCompanyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose a Logo"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (logo_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
clear_logo_cb (TerQuoteCompanyPage *self)
{
  g_settings_set_string (self->settings, "company-logo", "");
}

static GtkWidget *
logo_row (TerQuoteCompanyPage *self)
{
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose…"));

  self->logo_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->logo_row), _("Logo (PNG)"));
  adw_action_row_set_subtitle_lines (self->logo_row, 1);
  self->clear_logo = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (self->clear_logo, _("Remove the Logo"));
  gtk_widget_set_valign (self->clear_logo, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (choose_logo_cb), self);
  g_signal_connect_swapped (self->clear_logo, "clicked", G_CALLBACK (clear_logo_cb), self);
  adw_action_row_add_suffix (self->logo_row, self->clear_logo);
  adw_action_row_add_suffix (self->logo_row, choose);
  g_signal_connect_object (self->settings, "changed::company-logo", G_CALLBACK (update_logo_row),
                           self, G_CONNECT_SWAPPED);
  update_logo_row (self);
  return GTK_WIDGET (self->logo_row);
}

static void
build (TerQuoteCompanyPage *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (self);
  GtkWidget *letterhead = adw_preferences_group_new ();
  GtkWidget *payment = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (letterhead), _("Letterhead"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (letterhead),
                                         _("Printed at the top of every quote and bid document"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (letterhead), entry_row (self, "company-name", _("Company name")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (letterhead), entry_row (self, "company-tax-id", _("Tax ID")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (letterhead), logo_row (self));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (letterhead));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (text_group (self, "company-letterhead", _("Address"),
                                                                     _("Address, phone and web site, one per line"))));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (payment), _("Payment"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (payment),
                             entry_row (self, "company-bank", _("Bank, account name and number")));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (payment));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (text_group (self, "company-terms", _("General Terms"),
                                                                     _("Printed after each quote’s own delivery and payment terms"))));
}

static void
ter_quote_company_page_dispose (GObject *object)
{
  g_clear_object (&TER_QUOTE_COMPANY_PAGE (object)->settings);
  G_OBJECT_CLASS (ter_quote_company_page_parent_class)->dispose (object);
}

static void
ter_quote_company_page_class_init (TerQuoteCompanyPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_quote_company_page_dispose;
}

static void
ter_quote_company_page_init (TerQuoteCompanyPage *self)
{
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Company"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "x-office-document-symbolic");
}

AdwPreferencesPage *
ter_quote_company_page_new (GSettings *settings)
{
  TerQuoteCompanyPage *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (TER_TYPE_QUOTE_COMPANY_PAGE, NULL);
  self->settings = g_object_ref (settings);
  build (self);
  return ADW_PREFERENCES_PAGE (self);
}

TerQuoteCompanyInfo *
ter_quote_company_info_new (GSettings *settings)
{
  TerQuoteCompanyInfo *info = g_new0 (TerQuoteCompanyInfo, 1);

  g_return_val_if_fail (G_IS_SETTINGS (settings), info);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    info->strings[i] = g_settings_get_string (settings, keys[i]);
  info->company = (TerQuoteCompany) {
    .name = info->strings[0], .letterhead = info->strings[1], .logo_path = info->strings[2],
    .profile = info->strings[3], .tax_id = info->strings[4], .bank = info->strings[5],
    .terms = info->strings[6],
  };
  return info;
}

void
ter_quote_company_info_free (TerQuoteCompanyInfo *info)
{
  if (info == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (info->strings); i++)
    g_free (info->strings[i]);
  g_free (info);
}
