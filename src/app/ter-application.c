/* ter-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-application.h"
#include "ter-page.h"
#include "ter-preferences-window.h"
#include "ter-sqlite-store.h"
#include "ter-window.h"

struct _TerApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database_arg;
};

G_DEFINE_FINAL_TYPE (TerApplication, ter_application, ADW_TYPE_APPLICATION)

static void show_open_error (TerApplication *self,
                             const char     *path,
                             const GError   *error);

/* Helpers */

static char *
resolve_path (TerApplication *self,
              const char     *path)
{
  g_autofree char *preferred = NULL;

  if (path != NULL && *path != '\0')
    return g_strdup (path);

  preferred = g_settings_get_string (self->settings, "database-path");
  if (*preferred != '\0')
    return g_steal_pointer (&preferred);

  return ter_sqlite_store_default_path ();
}

static TerContext *
create_context (TerApplication  *self,
                TerStore        *store,
                GError         **error)
{
  g_autoptr(TerContext) context = ter_context_new (store);

  g_settings_bind (self->settings, "display-currency", context, "currency", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "fiscal-year-start", context, "fiscal-start-month", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "period-preset", context, "period-preset", G_SETTINGS_BIND_DEFAULT);
  /* "Work As" in Preferences: approvals and authorship read it. */
  g_settings_bind (self->settings, "acting-rep-id", context, "acting-rep-id", G_SETTINGS_BIND_GET);

  if (!ter_context_reload (context, error))
    return NULL;

  /* A remembered territory that is not in this database is forgotten. */
  g_settings_bind (self->settings, "territory-id", context, "territory-id", G_SETTINGS_BIND_DEFAULT);
  if (ter_context_get_territory_id (context) != 0
      && ter_context_find_territory (context, ter_context_get_territory_id (context)) == NULL)
    ter_context_set_territory_id (context, 0);

  return g_steal_pointer (&context);
}

static void
close_other_windows (TerApplication *self,
                     GtkWindow      *keep)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != keep && TER_IS_WINDOW (l->data))
      gtk_window_destroy (GTK_WINDOW (l->data));

  g_list_free (windows);
}

/* Choosing another database after an error */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     TerApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      ter_application_open_database (self, path);
    }

  /* With nothing opened and no window left, releasing quits: the user
   * gave up on choosing a database. */
  g_application_release (G_APPLICATION (self));
  g_object_unref (chooser);
}

static void
choose_database (TerApplication       *self,
                 GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SAVE
                                           ? _("New Database")
                                           : _("Open Database"),
                                         NULL, action,
                                         action == GTK_FILE_CHOOSER_ACTION_SAVE
                                           ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Territory databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "territory.db");

  g_application_hold (G_APPLICATION (self));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TerApplication   *self)
{
  if (g_str_equal (response, "choose"))
    choose_database (self, GTK_FILE_CHOOSER_ACTION_OPEN);
  else if (g_str_equal (response, "new"))
    choose_database (self, GTK_FILE_CHOOSER_ACTION_SAVE);

  g_application_release (G_APPLICATION (self));
}

static void
show_open_error (TerApplication *self,
                 const char     *path,
                 const GError   *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  g_warning ("%s", error->message);

  dialog = adw_message_dialog_new (parent, _("Cannot Open Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nThe file was not changed. Choose another database, or create a new one."),
                                  error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", parent ? _("_Cancel") : _("_Quit"),
                                    "new", _("Create _New…"),
                                    "choose", _("_Choose Another…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (open_error_response_cb), self);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TerApplication *self = user_data;
  static const char *developers[] = { "Territory developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Territory"),
                         "application-icon", APP_ID,
                         "developer-name", _("Territory developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/territory/territory",
                         "issue-url", "https://github.com/territory/territory/issues",
                         "comments", _("Map, analyse and steer your sales territories."),
                         "developers", developers,
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 Territory developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TerApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  TerPreferencesWindow *prefs = ter_preferences_window_new (self);

  gtk_window_set_transient_for (GTK_WINDOW (prefs), parent);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
open_database_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  choose_database (TER_APPLICATION (user_data), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_database_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  choose_database (TER_APPLICATION (user_data), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "open-database", open_database_action },
  { "new-database", new_database_action },
};

/* GApplication */

/* Alt+1, Alt+2 … show the pages in sidebar order. */
static void
add_page_accels (TerApplication *self)
{
  const TerPageInfo *pages;
  guint n_pages;

  pages = ter_page_registry (&n_pages);
  for (guint i = 0; i < n_pages && i < 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-page::%s", pages[i].name);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (self), action, accels);
    }
}

static int
ter_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  TerApplication *self = TER_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      g_free (self->database_arg);
      self->database_arg = g_file_get_path (file);
    }

  return G_APPLICATION_CLASS (ter_application_parent_class)->handle_local_options (app, options);
}

static void
ter_application_startup (GApplication *app)
{
  TerApplication *self = TER_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *refresh_accels[] = { "F5", "<Control>r", NULL };
  static const char *period_accels[] = { "<Control>p", NULL };
  static const char *territory_accels[] = { "<Control>t", NULL };
  static const char *up_accels[] = { "<Alt>Up", NULL };

  G_APPLICATION_CLASS (ter_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open-database", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.refresh", refresh_accels);
  add_page_accels (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.choose-period", period_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.choose-territory", territory_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.territory-up", up_accels);
}

static void
ter_application_activate (GApplication *app)
{
  TerApplication *self = TER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  ter_application_open_database (self, self->database_arg);
}

static void
ter_application_finalize (GObject *object)
{
  TerApplication *self = (TerApplication *) object;

  g_clear_object (&self->settings);
  g_free (self->database_arg);

  G_OBJECT_CLASS (ter_application_parent_class)->finalize (object);
}

static void
ter_application_class_init (TerApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ter_application_finalize;
  app_class->handle_local_options = ter_application_handle_local_options;
  app_class->startup = ter_application_startup;
  app_class->activate = ter_application_activate;
}

static void
ter_application_init (TerApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of the default one"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

TerApplication *
ter_application_new (void)
{
  return g_object_new (TER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
ter_application_get_settings (TerApplication *self)
{
  g_return_val_if_fail (TER_IS_APPLICATION (self), NULL);
  return self->settings;
}

void
ter_application_open_database (TerApplication *self,
                               const char     *path)
{
  g_autoptr(TerSqliteStore) store = NULL;
  g_autoptr(TerContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *resolved = NULL;
  TerWindow *window;

  g_return_if_fail (TER_IS_APPLICATION (self));

  resolved = resolve_path (self, path);
  store = ter_sqlite_store_open (resolved, &error);
  if (store != NULL)
    context = create_context (self, TER_STORE (store), &error);
  if (context == NULL)
    {
      show_open_error (self, resolved, error);
      return;
    }

  /* Remember a database chosen by hand, but not the default location. */
  if (path != NULL && path != self->database_arg)
    g_settings_set_string (self->settings, "database-path", resolved);

  window = ter_window_new (self, context);
  close_other_windows (self, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}
