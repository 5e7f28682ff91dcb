/* ter-window.c: the main window: sidebar navigation, the shared filters and
 * the pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-export-dialog.h"
#include "ter-import-assistant.h"
#include "ter-monthly-report-dialog.h"
#include "ter-page.h"
#include "ter-welcome-page.h"
#include "ter-window.h"

struct _TerWindow
{
  AdwApplicationWindow  parent_instance;

  TerContext           *context;
  GSettings            *settings;
  gboolean              updating_filters;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwToast             *toast;          /* weak: the one on show */
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkBox               *content;
  AdwHeaderBar         *content_header;
  AdwWindowTitle       *page_title;
  GtkBox               *filter_bar;
  GtkImage             *period_icon;
  GtkImage             *territory_icon;
  GtkRevealer          *filter_revealer;
  GtkDropDown          *period_dropdown;
  GtkDropDown          *territory_dropdown;
  GtkStack             *stack;
  TerWelcomePage       *welcome_page;
};

G_DEFINE_FINAL_TYPE (TerWindow, ter_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
update_title (TerWindow *self)
{
  g_autofree char *period = ter_context_describe_period (self->context);
  TerTerritory *territory;
  g_autofree char *subtitle = NULL;
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "welcome") == 0)
    {
      adw_window_title_set_title (self->page_title, _("Welcome"));
      adw_window_title_set_subtitle (self->page_title, NULL);
      return;
    }

  territory = ter_context_find_territory (self->context,
                                          ter_context_get_territory_id (self->context));
  if (territory == NULL && g_list_model_get_n_items (ter_context_get_territories (self->context)) > 0)
    {
      g_autoptr(TerTerritory) root = g_list_model_get_item (ter_context_get_territories (self->context), 0);

      territory = root;
      /* Translators: window subtitle: territory name, then the period. */
      subtitle = g_strdup_printf (_("%s · %s"), ter_territory_get_display_name (territory), period);
    }
  else if (territory != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), ter_territory_get_display_name (territory), period);
  else
    subtitle = g_strdup (period);

  adw_window_title_set_title (self->page_title,
                              gtk_stack_page_get_title (gtk_stack_get_page (self->stack,
                                                                            gtk_stack_get_visible_child (self->stack))));
  adw_window_title_set_subtitle (self->page_title, subtitle);
}

static guint
territory_position (TerWindow *self,
                    gint64     territory_id)
{
  GListModel *territories = ter_context_get_territories (self->context);
  guint n = g_list_model_get_n_items (territories);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (territory) == territory_id)
        return i;
    }

  return 0;
}

/* Makes the filter widgets show what the context says. */
static void
sync_filters (TerWindow *self)
{
  gint64 territory_id = ter_context_get_territory_id (self->context);

  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->period_dropdown,
                              ter_context_get_period_preset (self->context));
  gtk_drop_down_set_selected (self->territory_dropdown,
                              territory_id == 0 ? 0 : territory_position (self, territory_id));
  self->updating_filters = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.territory-up",
                                 gtk_drop_down_get_selected (self->territory_dropdown) > 0);
  update_title (self);
}

static gboolean
needs_welcome (TerWindow *self)
{
  TerStore *store = ter_context_get_store (self->context);
  g_autofree char *setup = ter_store_get_setting (store, "setup");

  return setup == NULL && g_list_model_get_n_items (ter_context_get_territories (self->context)) == 0;
}

static void
select_sidebar_row (TerWindow  *self,
                    const char *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
}

static GtkWidget *
make_sidebar_row (const TerPageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);

  return row;
}

/* Wide windows keep the filters in the header bar; a narrow one moves them
 * to a bar of their own below it, where they have room. The breakpoint is
 * the window's width, not the leaflet's folding, which itself depends on
 * where the filters are and would flip back and forth. */
#define FILTERS_IN_HEADER_MIN_WIDTH 920

static void
place_filters (TerWindow *self)
{
  gboolean welcome = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "welcome") == 0;
  GtkWidget *bar = GTK_WIDGET (self->filter_bar);
  gboolean in_header = gtk_widget_get_parent (bar) != GTK_WIDGET (self->filter_revealer);
  gboolean folded;
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  folded = width < FILTERS_IN_HEADER_MIN_WIDTH;

  if (folded == in_header)
    {
      g_object_ref (bar);
      if (in_header)
        {
          adw_header_bar_remove (self->content_header, bar);
          gtk_revealer_set_child (self->filter_revealer, bar);
          gtk_widget_add_css_class (bar, "toolbar");
          gtk_widget_add_css_class (bar, "filter-bar");
        }
      else
        {
          gtk_revealer_set_child (self->filter_revealer, NULL);
          gtk_widget_remove_css_class (bar, "toolbar");
          gtk_widget_remove_css_class (bar, "filter-bar");
          adw_header_bar_pack_start (self->content_header, bar);
        }
      g_object_unref (bar);
    }

  gtk_widget_set_visible (bar, !welcome);
  /* The icons are decoration; a narrow window needs their room. */
  gtk_widget_set_visible (GTK_WIDGET (self->period_icon), !folded);
  gtk_widget_set_visible (GTK_WIDGET (self->territory_icon), !folded);
  gtk_revealer_set_reveal_child (self->filter_revealer, folded && !welcome);
}

static void
show_page (TerWindow  *self,
           const char *name)
{
  gboolean welcome;

  if (needs_welcome (self))
    name = "welcome";

  welcome = g_str_equal (name, "welcome");
  gtk_stack_set_visible_child_name (self->stack, name);
  place_filters (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar_list), !welcome);
  if (!welcome)
    select_sidebar_row (self, name);
  update_title (self);
}

/* Territory drop-down rows: indented by depth in the list, plain on the button. */

static void
territory_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         gpointer                  indent)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* The button shows the whole name; only the long list shortens them. */
  if (indent)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
territory_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  indent)
{
  TerTerritory *territory = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), ter_territory_get_display_name (territory));
  gtk_widget_set_margin_start (label, indent ? 16 * (int) ter_territory_get_depth (territory) : 0);
  if (ter_territory_get_depth (territory) == 0)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static GtkListItemFactory *
territory_factory (gboolean indent)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (territory_item_setup_cb), GINT_TO_POINTER (indent));
  g_signal_connect (factory, "bind", G_CALLBACK (territory_item_bind_cb), GINT_TO_POINTER (indent));
  return factory;
}

static void
setup_filters (TerWindow *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) button_factory = territory_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = territory_factory (TRUE);
  g_autoptr(GtkExpression) name_expression = NULL;

  for (int i = 0; i < TER_PERIOD_N_PRESETS; i++)
    gtk_string_list_append (periods, ter_period_preset_label (i));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));

  name_expression = gtk_property_expression_new (TER_TYPE_TERRITORY, NULL, "display-name");
  gtk_drop_down_set_expression (self->territory_dropdown, name_expression);
  gtk_drop_down_set_factory (self->territory_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->territory_dropdown, list_factory);
  gtk_drop_down_set_model (self->territory_dropdown, ter_context_get_territories (self->context));
}

static void add_toast_cb (TerWindow  *self,
                          const char *message);

/* Builds the sidebar and the stack from the page registry. */
static void
add_pages (TerWindow *self)
{
  const TerPageInfo *pages;
  guint n_pages;

  pages = ter_page_registry (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *page = g_object_new (pages[i].get_type (), NULL);

      g_return_if_fail (TER_IS_PAGE (page));
      gtk_list_box_append (self->sidebar_list, make_sidebar_row (&pages[i]));
      gtk_stack_add_titled (self->stack, page, pages[i].name, _(pages[i].title));
      ter_page_set_context (TER_PAGE (page), self->context);
      g_signal_connect_object (page, "add-toast", G_CALLBACK (add_toast_cb), self, G_CONNECT_SWAPPED);
    }
}

/* Callbacks */

static void
period_selected_cb (TerWindow  *self,
                    GParamSpec *pspec,
                    GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating_filters || selected == GTK_INVALID_LIST_POSITION)
    return;
  ter_context_set_period_preset (self->context, selected);
}

static void
territory_selected_cb (TerWindow   *self,
                       GParamSpec  *pspec,
                       GtkDropDown *dropdown)
{
  TerTerritory *territory = gtk_drop_down_get_selected_item (dropdown);

  if (self->updating_filters || territory == NULL)
    return;

  /* The root is the whole company, which is what "no filter" means. */
  ter_context_set_territory_id (self->context,
                                ter_territory_get_parent_id (territory) == 0
                                  ? 0 : ter_territory_get_id (territory));
}

static void
filters_changed_cb (TerWindow  *self,
                    TerContext *context)
{
  sync_filters (self);
}

static void
data_changed_cb (TerWindow  *self,
                 TerContext *context)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  /* New data (demo, import, an edit on a page) keeps the user where they
   * are; only the welcome page gives way to the overview. */
  sync_filters (self);
  show_page (self, g_strcmp0 (page, "welcome") == 0 ? "overview" : page);
}

static void
sidebar_row_activated_cb (TerWindow     *self,
                          GtkListBoxRow *row)
{
  show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (TerWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
welcome_finished_cb (TerWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!ter_context_reload (self->context, &error))
    ter_window_add_toast (self, error->message);
}

static void
add_toast_cb (TerWindow  *self,
              const char *message)
{
  ter_window_add_toast (self, message);
}

/* Actions */

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TerWindow *self = TER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!ter_context_reload (self->context, &error))
    ter_window_add_toast (self, error->message);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TerWindow *self = TER_WINDOW (widget);

  show_page (self, g_variant_get_string (parameter, NULL));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
choose_period_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_signal_emit_by_name (TER_WINDOW (widget)->period_dropdown, "activate");
}

static void
choose_territory_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_signal_emit_by_name (TER_WINDOW (widget)->territory_dropdown, "activate");
}

static void
territory_up_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TerWindow *self = TER_WINDOW (widget);
  TerTerritory *territory;
  TerTerritory *parent;

  territory = ter_context_find_territory (self->context, ter_context_get_territory_id (self->context));
  if (territory == NULL)
    return;

  parent = ter_context_find_territory (self->context, ter_territory_get_parent_id (territory));
  ter_context_set_territory_id (self->context,
                                parent == NULL || ter_territory_get_parent_id (parent) == 0
                                  ? 0 : ter_territory_get_id (parent));
}

static void
import_orders_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TerWindow *self = TER_WINDOW (widget);

  ter_import_assistant_run (GTK_WINDOW (self), self->context, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TerWindow *self = TER_WINDOW (widget);
  TerExportDialog *dialog = ter_export_dialog_new (GTK_WINDOW (self), self->context);

  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
monthly_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TerWindow *self = TER_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (ter_monthly_report_dialog_new (GTK_WINDOW (self), self->context)));
}

/* A CSV file dropped on the window opens the import assistant. */
static gboolean
file_dropped_cb (TerWindow     *self,
                 const GValue  *value,
                 double         x,
                 double         y)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL || self->context == NULL)
    return FALSE;
  ter_import_assistant_run (GTK_WINDOW (self), self->context, file);
  return TRUE;
}

/* GObject */

static gboolean
ter_window_close_request (GtkWindow *window)
{
  TerWindow *self = TER_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (ter_window_parent_class)->close_request (window);
}

/* Runs once the application and the context are both set: "application"
 * is not a construct property, so constructed() is too early. */
static void
setup_window (TerWindow      *self,
              TerApplication *app)
{
  self->settings = g_object_ref (ter_application_get_settings (app));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  setup_filters (self);
  ter_welcome_page_set_context (self->welcome_page, self->context);
  add_pages (self);

  g_signal_connect_object (self->context, "filters-changed", G_CALLBACK (filters_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (data_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self, "notify::default-width", G_CALLBACK (place_filters), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected",
                            G_CALLBACK (period_selected_cb), self);
  g_signal_connect_swapped (self->territory_dropdown, "notify::selected",
                            G_CALLBACK (territory_selected_cb), self);

  sync_filters (self);
  show_page (self, "overview");

  /* Folded on a narrow screen, open on the figures, not the sidebar. */
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content));
}

static void
ter_window_dispose (GObject *object)
{
  TerWindow *self = TER_WINDOW (object);

  g_clear_weak_pointer (&self->toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ter_window_parent_class)->dispose (object);
}

static void
ter_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TerWindow *self = TER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TerWindow *self = TER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_window_class_init (TerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ter_window_dispose;
  object_class->get_property = ter_window_get_property;
  object_class->set_property = ter_window_set_property;
  window_class->close_request = ter_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, TER_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TER_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, period_icon);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, territory_icon);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, territory_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TerWindow, welcome_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_finished_cb);

  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.choose-period", NULL, choose_period_action);
  gtk_widget_class_install_action (widget_class, "win.choose-territory", NULL, choose_territory_action);
  gtk_widget_class_install_action (widget_class, "win.territory-up", NULL, territory_up_action);
  gtk_widget_class_install_action (widget_class, "win.import-orders", NULL, import_orders_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.monthly-report", NULL, monthly_report_action);
}

static void
ter_window_init (TerWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (file_dropped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

TerWindow *
ter_window_new (TerApplication *application,
                TerContext     *context)
{
  TerWindow *self;

  g_return_val_if_fail (TER_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);

  self = g_object_new (TER_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
  setup_window (self, application);

  return self;
}

TerContext *
ter_window_get_context (TerWindow *self)
{
  g_return_val_if_fail (TER_IS_WINDOW (self), NULL);
  return self->context;
}

static void
toast_dismissed_cb (TerWindow *self)
{
  g_clear_weak_pointer (&self->toast);
}

void
ter_window_add_toast (TerWindow  *self,
                      const char *message)
{
  g_return_if_fail (TER_IS_WINDOW (self));

  /* A new message replaces the one on show in place. Queuing it instead
   * makes libadwaita 1.2 hide the old toast with an animation, and when
   * that animation is cut short (several actions in a row, a busy
   * machine) it frees the toast twice. */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, message);
      return;
    }
  g_set_weak_pointer (&self->toast, adw_toast_new (message));
  g_signal_connect_object (self->toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, self->toast);
}
