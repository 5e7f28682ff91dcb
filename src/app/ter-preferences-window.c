/* ter-preferences-window.c: display currency, fiscal year and database
 * location, stored with GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-preferences-window.h"
#include "ter-quote-company-page.h"
#include "ter-rep.h"
#include "ter-sqlite-store.h"
#include "ter-window.h"

struct _TerPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  TerApplication       *application;
  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *currency_row;
  AdwComboRow          *fiscal_row;
  AdwActionRow         *location_row;
  AdwActionRow         *default_row;
  AdwComboRow          *acting_row;
  GArray               *acting_ids;
};

G_DEFINE_FINAL_TYPE (TerPreferencesWindow, ter_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *currencies[] = { "CNY", "USD", "EUR" };

static const char *
currency_label (guint index)
{
  switch (index)
    {
    case 0:
      return _("Chinese yuan (¥)");
    case 1:
      return _("US dollar ($)");
    case 2:
      return _("Euro (€)");
    default:
      return NULL;
    }
}

static void
currency_selected_cb (TerPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->currency_row);

  if (selected < G_N_ELEMENTS (currencies))
    g_settings_set_string (self->settings, "display-currency", currencies[selected]);
}

static void
fiscal_selected_cb (TerPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->fiscal_row);

  if (selected < 12)
    g_settings_set_uint (self->settings, "fiscal-year-start", selected + 1);
}

static void
acting_selected_cb (TerPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->acting_row);

  if (selected < self->acting_ids->len)
    g_settings_set_int64 (self->settings, "acting-rep-id",
                          g_array_index (self->acting_ids, gint64, selected));
}

/* Managers first, as they are the ones who set targets and review. */
static void
setup_acting_row (TerPreferencesWindow *self,
                  TerStore             *store)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) reps = store != NULL ? ter_store_list_reps (store, NULL) : NULL;
  gint64 acting = g_settings_get_int64 (self->settings, "acting-rep-id");

  for (int role = TER_REP_ROLE_REGIONAL_MANAGER; role <= TER_REP_ROLE_SALES_REP; role++)
    for (guint i = 0; reps != NULL && i < g_list_model_get_n_items (reps); i++)
      {
        g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
        g_autofree char *label = NULL;
        gint64 id = ter_rep_get_id (rep);

        if ((int) ter_rep_get_role (rep) != role)
          continue;
        /* Translators: a person in the Work As list, "Chen Chen (Regional manager)". */
        label = g_strdup_printf (_("%s (%s)"), ter_rep_get_name (rep), ter_rep_role_to_label (role));
        gtk_string_list_append (names, label);
        g_array_append_val (self->acting_ids, id);
      }

  adw_combo_row_set_model (self->acting_row, G_LIST_MODEL (names));
  for (guint i = 0; i < self->acting_ids->len; i++)
    if (g_array_index (self->acting_ids, gint64, i) == acting)
      adw_combo_row_set_selected (self->acting_row, i);
  gtk_widget_set_sensitive (GTK_WIDGET (self->acting_row), self->acting_ids->len > 0);
  g_signal_connect_swapped (self->acting_row, "notify::selected", G_CALLBACK (acting_selected_cb), self);
}

static void
default_activated_cb (TerPreferencesWindow *self)
{
  g_autofree char *path = ter_sqlite_store_default_path ();

  g_settings_set_string (self->settings, "database-path", "");
  ter_application_open_database (self->application, path);
  gtk_window_close (GTK_WINDOW (self));
}

static void
setup_rows (TerPreferencesWindow *self)
{
  g_autoptr(GtkStringList) currency_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) month_list = gtk_string_list_new (NULL);
  g_autofree char *currency = g_settings_get_string (self->settings, "display-currency");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self->application));
  g_autofree char *default_path = ter_sqlite_store_default_path ();
  const char *location = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    gtk_string_list_append (currency_list, currency_label (i));
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (currency_list));
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_str_equal (currency, currencies[i]))
      adw_combo_row_set_selected (self->currency_row, i);

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2026, month, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%B");

      gtk_string_list_append (month_list, name);
    }
  adw_combo_row_set_model (self->fiscal_row, G_LIST_MODEL (month_list));
  adw_combo_row_set_selected (self->fiscal_row, g_settings_get_uint (self->settings, "fiscal-year-start") - 1);

  if (TER_IS_WINDOW (window))
    location = ter_store_get_location (ter_context_get_store (ter_window_get_context (TER_WINDOW (window))));
  adw_action_row_set_subtitle (self->location_row, location ? location : default_path);
  gtk_widget_set_visible (GTK_WIDGET (self->default_row), g_strcmp0 (location, default_path) != 0);
  adw_action_row_set_subtitle (self->default_row, default_path);

  setup_acting_row (self, TER_IS_WINDOW (window)
                          ? ter_context_get_store (ter_window_get_context (TER_WINDOW (window))) : NULL);
  g_signal_connect_swapped (self->currency_row, "notify::selected", G_CALLBACK (currency_selected_cb), self);
  g_signal_connect_swapped (self->fiscal_row, "notify::selected", G_CALLBACK (fiscal_selected_cb), self);
}

static void
ter_preferences_window_dispose (GObject *object)
{
  TerPreferencesWindow *self = TER_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);
  g_clear_pointer (&self->acting_ids, g_array_unref);

  G_OBJECT_CLASS (ter_preferences_window_parent_class)->dispose (object);
}

static void
ter_preferences_window_class_init (TerPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TerPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, TerPreferencesWindow, fiscal_row);
  gtk_widget_class_bind_template_child (widget_class, TerPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, TerPreferencesWindow, default_row);
  gtk_widget_class_bind_template_child (widget_class, TerPreferencesWindow, acting_row);
  gtk_widget_class_bind_template_callback (widget_class, default_activated_cb);
}

static void
ter_preferences_window_init (TerPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->acting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

TerPreferencesWindow *
ter_preferences_window_new (TerApplication *application)
{
  TerPreferencesWindow *self = g_object_new (TER_TYPE_PREFERENCES_WINDOW, NULL);

  self->application = g_object_ref (application);
  self->settings = g_object_ref (ter_application_get_settings (application));
  setup_rows (self);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ter_quote_company_page_new (self->settings));

  return self;
}
