/* ter-map-page.c: the map of regions coloured by a metric or territory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-map-assign.h"
#include "ter-map-balance.h"
#include "ter-map-metrics.h"
#include "ter-map-page-private.h"
#include "ter-page.h"
#include "ter-region.h"
#include "ter-rep.h"
#include "ter-territory.h"

/* The metric list of the chooser ends with the territory colouring. */
#define CHOICE_TERRITORY TER_MAP_N_METRICS


enum {
  PROP_0,
  PROP_CLASS_METHOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Keys of the class-method property, in the order the legend cycles. */
static const char *method_keys[] = { "quantile", "equal", "jenks" };
static const TerMapClassMethod method_order[] = {
  TER_MAP_CLASSES_QUANTILE, TER_MAP_CLASSES_EQUAL, TER_MAP_CLASSES_JENKS,
};

static void ter_map_page_page_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerMapPage, ter_map_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, ter_map_page_page_init))

typedef struct {
  TerStore   *store;
  TerPeriod   period;
  char       *currency;
  GHashTable *rep_names;  /* filled by the worker */
} ComputeData;

static void
compute_data_free (ComputeData *data)
{
  g_object_unref (data->store);
  g_free (data->currency);
  g_clear_pointer (&data->rep_names, g_hash_table_unref);
  g_free (data);
}

static GHashTable *
read_rep_names (TerStore  *store,
                GError   **error)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (store, error);
  GHashTable *names;

  if (reps == NULL)
    return NULL;
  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      gint64 id = ter_rep_get_id (rep);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup (ter_rep_get_name (rep)));
    }
  return names;
}

static guint
current_choice (TerMapPage *self)
{
  return gtk_drop_down_get_selected (self->metric_choice);
}

static char *
format_value_cb (double   value,
                 gpointer user_data)
{
  TerMapPage *self = user_data;

  switch (current_choice (self))
    {
    case TER_MAP_METRIC_REVENUE:
    case TER_MAP_METRIC_REVENUE_PER_CUSTOMER:
      return ter_format_money_compact ((gint64) value, self->currency);
    case TER_MAP_METRIC_ATTAINMENT:
      return ter_format_percent (value);
    case TER_MAP_METRIC_GROWTH:
      return ter_format_change (value);
    default:
      return ter_format_integer ((gint64) value);
    }
}

static const TerRegionMetrics *
metrics_of (TerMapPage *self,
            const char *code)
{
  for (guint i = 0; self->metrics != NULL && i < self->metrics->len; i++)
    if (g_str_equal (g_array_index (self->metrics, TerRegionMetrics, i).code, code))
      return &g_array_index (self->metrics, TerRegionMetrics, i);
  return NULL;
}

void
ter_map_page_setup_renderer (TerMapPage     *self,
                             TerMapRenderer *renderer)
{
  ter_map_renderer_set_chinese (renderer, ter_locale_is_chinese ());
  ter_map_renderer_set_format (renderer, format_value_cb, self, NULL);
}


static TerMapRenderer *
current_renderer (TerMapPage *self)
{
  guint map = gtk_drop_down_get_selected (self->map_choice);
  g_autoptr(GError) error = NULL;

  if (map >= N_SHIPPED_MAPS && map - N_SHIPPED_MAPS < self->layers->len)
    return ter_map_page_layer_renderer (self, map - N_SHIPPED_MAPS);
  map = MIN (map, N_SHIPPED_MAPS - 1);
  if (self->renderers[map] == NULL)
    {
      self->renderers[map] = ter_map_renderer_new ((TerGeoMap) map, &error);
      if (self->renderers[map] == NULL)
        {
          ter_page_add_toast (TER_PAGE (self), error->message);
          return NULL;
        }
      ter_map_page_setup_renderer (self, self->renderers[map]);
    }
  return self->renderers[map];
}

/* The region code a shape of the current map stands for, or NULL. */
static const char *
code_of (TerMapPage     *self,
         TerMapRenderer *renderer,
         guint           region)
{
  const char *key = ter_geo_layer_get_region (ter_map_renderer_get_layer (renderer), region)->key;

  for (guint i = 0; i < self->layers->len; i++)
    if (g_ptr_array_index (self->layer_renderers, i) == renderer)
      return g_hash_table_lookup (g_ptr_array_index (self->layer_matches, i), key);
  return key;
}

static void
apply_territories (TerMapPage     *self,
                   TerMapRenderer *renderer)
{
  g_autoptr(GHashTable) categories = g_hash_table_new (g_int64_hash, g_int64_equal);
  TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);

  ter_map_renderer_set_mode (renderer, TER_MAP_MODE_CATEGORIES);
  for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
    {
      const char *key = ter_geo_layer_get_region (layer, i)->key;
      const char *code = code_of (self, renderer, i);
      const TerRegionMetrics *m = code ? metrics_of (self, code) : NULL;
      gpointer category;

      if (m == NULL || m->territory_id == 0)
        {
          ter_map_renderer_set_category (renderer, key, -1);
          continue;
        }
      category = g_hash_table_lookup (categories, &m->territory_id);
      if (category == NULL)
        {
          TerTerritory *territory = ter_context_find_territory (self->context, m->territory_id);
          guint n = g_hash_table_size (categories);

          category = GUINT_TO_POINTER (n + 1);
          g_hash_table_insert (categories, (gpointer) &m->territory_id, category);
          ter_map_renderer_set_category_name (renderer, n, territory ? ter_territory_get_name (territory) : "");
        }
      ter_map_renderer_set_category (renderer, key, GPOINTER_TO_INT (category) - 1);
    }
  ter_map_renderer_set_title (renderer, _("Territories"));
}

static void
apply_metric (TerMapPage     *self,
              TerMapRenderer *renderer,
              TerMapMetric    metric)
{
  TerMapScale scale = TER_MAP_SCALE_SEQUENTIAL;
  double center = 0.0;

  TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);

  ter_map_renderer_set_mode (renderer, TER_MAP_MODE_VALUES);
  ter_map_renderer_clear_values (renderer);
  for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
    {
      const char *code = code_of (self, renderer, i);
      const TerRegionMetrics *m = code ? metrics_of (self, code) : NULL;
      double value;

      if (m != NULL && ter_map_metric_value (m, metric, &value))
        ter_map_renderer_set_value (renderer, ter_geo_layer_get_region (layer, i)->key, value);
    }
  if (metric == TER_MAP_METRIC_ATTAINMENT || metric == TER_MAP_METRIC_GROWTH)
    {
      scale = TER_MAP_SCALE_DIVERGING;
      center = metric == TER_MAP_METRIC_ATTAINMENT ? 1.0 : 0.0;
    }
  ter_map_renderer_set_scale (renderer, scale, center, self->method, 5);
  ter_map_renderer_set_title (renderer, ter_map_metric_label (metric));
}

/* The balance of the territories on the map on show: China's sales
 * regions beside each other, not beside US districts. A map where no
 * region is assigned (the world) shows every territory. */
static GArray *
metrics_on_map (TerMapPage     *self,
                TerMapRenderer *renderer)
{
  TerGeoLayer *layer = ter_map_renderer_get_layer (renderer);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *shown = g_array_new (FALSE, FALSE, sizeof (TerRegionMetrics));
  gboolean any_assigned = FALSE;

  for (guint i = 0; i < ter_geo_layer_get_n_regions (layer); i++)
    {
      const char *code = code_of (self, renderer, i);

      if (code != NULL)
        g_hash_table_add (codes, (gpointer) code);
    }
  for (guint i = 0; self->metrics != NULL && i < self->metrics->len; i++)
    {
      const TerRegionMetrics *m = &g_array_index (self->metrics, TerRegionMetrics, i);

      if (!g_hash_table_contains (codes, m->code))
        continue;
      g_array_append_val (shown, *m);
      any_assigned |= m->territory_id != 0;
    }
  if (!any_assigned && self->metrics != NULL)
    {
      g_array_set_size (shown, 0);
      g_array_append_vals (shown, self->metrics->data, self->metrics->len);
    }
  return shown;
}

static void
update_map (TerMapPage *self)
{
  g_autoptr(GArray) shown = NULL;
  TerMapRenderer *renderer = current_renderer (self);
  guint choice = current_choice (self);

  if (renderer == NULL)
    return;
  if (choice == CHOICE_TERRITORY)
    apply_territories (self, renderer);
  else
    apply_metric (self, renderer, (TerMapMetric) choice);
  ter_map_view_set_renderer (self->view, renderer);
  ter_map_view_invalidate (self->view);
  shown = metrics_on_map (self, renderer);
  ter_map_balance_update (self->balance, shown, self->currency);
}

static char *
tooltip_cb (guint    region,
            gpointer user_data)
{
  TerMapPage *self = user_data;
  TerMapRenderer *renderer = ter_map_view_get_renderer (self->view);
  const char *code = code_of (self, renderer, region);
  const TerRegionMetrics *m = code ? metrics_of (self, code) : NULL;
  TerTerritory *territory = m && m->territory_id ? ter_context_find_territory (self->context, m->territory_id) : NULL;
  guint choice = MIN (current_choice (self), TER_MAP_METRIC_REVENUE_PER_CUSTOMER);
  const char *rep = m && m->rep_id && self->rep_names ? g_hash_table_lookup (self->rep_names, &m->rep_id) : NULL;
  g_autofree char *value = NULL;
  double number;

  if (m != NULL && ter_map_metric_value (m, choice, &number))
    value = format_value_cb (number, self);
  return g_markup_printf_escaped ("<b>%s</b>\n%s: %s\n%s: %s\n%s: %s",
                                  ter_map_renderer_get_label (renderer, region, FALSE),
                                  ter_map_metric_label (choice), value ? value : _("No data"),
                                  _("Territory"), territory ? ter_territory_get_name (territory) : _("Unassigned"),
                                  _("Rep"), rep ? rep : _("No rep assigned"));
}

static void
selection_changed_cb (TerMapPage *self)
{
  g_autoptr(GArray) selection = ter_map_view_get_selection (self->view);
  g_autofree char *text = NULL;
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_auto(GStrv) selected = NULL;

  for (guint i = 0; i < selection->len; i++)
    {
      const char *code = code_of (self, ter_map_view_get_renderer (self->view), g_array_index (selection, guint, i));

      if (code != NULL)
        g_strv_builder_add (codes, code);
    }
  selected = g_strv_builder_end (codes);
  ter_map_assign_set_selection (self->assign, (const char * const *) selected);
  if (selection->len > 0)
    text = g_strdup_printf (_("Regions selected: %u"), selection->len);
  gtk_label_set_label (self->selection_label, text ? text : "");
}

static void
paint_finished_cb (TerMapPage *self)
{
  g_autoptr(GArray) selection = ter_map_view_get_selection (self->view);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_auto(GStrv) painted = NULL;

  for (guint i = 0; i < selection->len; i++)
    {
      const char *code = code_of (self, ter_map_view_get_renderer (self->view), g_array_index (selection, guint, i));

      if (code != NULL)
        g_strv_builder_add (codes, code);
    }
  painted = g_strv_builder_end (codes);
  if (painted[0] != NULL)
    ter_map_assign_apply (self->assign, (const char * const *) painted);
}

static void
paint_toggled_cb (TerMapPage *self)
{
  gboolean paint = gtk_toggle_button_get_active (self->paint);
  TerTerritory *territory = NULL;
  g_autofree char *hint = NULL;

  ter_map_view_set_paint_mode (self->view, paint);
  /* Painting assigns: show the panel that says to whom, unless it would
   * cover the map on a narrow window (the hint below names the territory). */
  if (paint && !adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
  if (paint && self->context != NULL)
    territory = ter_context_find_territory (self->context, ter_map_assign_get_territory (self->assign));
  if (territory != NULL)
    /* TRANSLATORS: shown while the paint tool is on; %s is a territory. */
    hint = g_strdup_printf (_("Drag across regions to give them to %s"), ter_territory_get_display_name (territory));
  gtk_label_set_label (self->selection_label, hint ? hint : "");
}

static void
history_changed_cb (TerMapPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.undo", ter_map_assign_can_undo (self->assign));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.redo", ter_map_assign_can_redo (self->assign));
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  ter_map_assign_undo (TER_MAP_PAGE (widget)->assign);
}

static void
redo_action_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  ter_map_assign_redo (TER_MAP_PAGE (widget)->assign);
}



static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *data = task_data;
  GError *error = NULL;
  GArray *rows = ter_map_metrics_compute (TER_MAP_STORE (data->store), &data->period, data->currency, &error);

  if (rows != NULL && (data->rep_names = read_rep_names (data->store, &error)) == NULL)
    g_clear_pointer (&rows, g_array_unref);
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_array_unref);
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TerMapPage *self = user_data;
  ComputeData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GArray *rows = g_task_propagate_pointer (G_TASK (result), &error);

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->metrics, g_array_unref);
  self->metrics = rows;
  g_clear_pointer (&self->rep_names, g_hash_table_unref);
  self->rep_names = g_steal_pointer (&data->rep_names);
  g_free (self->currency);
  self->currency = g_strdup (data->currency);
  self->loaded = TRUE;
  update_map (self);
}

static void
refresh (TerMapPage *self)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *data;

  if (self->context == NULL || !TER_IS_MAP_STORE (ter_context_get_store (self->context)))
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  data = g_new0 (ComputeData, 1);
  data->store = g_object_ref (ter_context_get_store (self->context));
  data->currency = g_strdup (ter_context_get_currency (self->context));
  ter_context_get_period (self->context, &data->period);
  task = g_task_new (self, self->cancellable, compute_done_cb, self);
  g_task_set_source_tag (task, refresh);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

static void
context_changed_cb (TerMapPage *self)
{
  refresh (self);
}

static void
choice_changed_cb (TerMapPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.remove-layer", ter_map_page_current_layer (self) != NULL);
  if (self->loaded)
    update_map (self);
}

static void
ter_map_page_set_context (TerMapPage *self,
                          TerContext *context)
{
  g_set_object (&self->context, context);
  ter_map_balance_set_context (self->balance, context);
  ter_map_assign_set_context (self->assign, context);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
ter_map_page_page_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_map_page_set_context;
}

static void
ter_map_page_dispose (GObject *object)
{
  TerMapPage *self = TER_MAP_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < G_N_ELEMENTS (self->renderers); i++)
    g_clear_object (&self->renderers[i]);
  g_clear_pointer (&self->layer_renderers, g_ptr_array_unref);
  g_clear_pointer (&self->layer_matches, g_ptr_array_unref);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  g_clear_pointer (&self->layer_dir, g_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->metrics, g_array_unref);
  g_clear_pointer (&self->rep_names, g_hash_table_unref);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (ter_map_page_parent_class)->dispose (object);
}

static guint
method_position (TerMapClassMethod method)
{
  for (guint i = 0; i < G_N_ELEMENTS (method_order); i++)
    if (method_order[i] == method)
      return i;
  return 0;
}

/**
 * ter_map_page_set_class_method:
 * @self: a page
 * @method: how choropleth values are grouped into classes
 */
void
ter_map_page_set_class_method (TerMapPage        *self,
                               TerMapClassMethod  method)
{
  g_return_if_fail (TER_IS_MAP_PAGE (self));
  if (self->method == method)
    return;
  self->method = method;
  if (self->loaded)
    update_map (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_METHOD]);
}

TerMapClassMethod
ter_map_page_get_class_method (TerMapPage *self)
{
  g_return_val_if_fail (TER_IS_MAP_PAGE (self), TER_MAP_CLASSES_QUANTILE);
  return self->method;
}

/* A click on the legend moves on to the next way of grouping values. */
static void
legend_activated_cb (TerMapPage *self)
{
  guint next = (method_position (self->method) + 1) % G_N_ELEMENTS (method_order);

  if (current_choice (self) == CHOICE_TERRITORY)
    return;
  ter_map_page_set_class_method (self, method_order[next]);
}

static void
ter_map_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TerMapPage *self = TER_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLASS_METHOD:
      g_value_set_string (value, method_keys[method_position (self->method)]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_map_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TerMapPage *self = TER_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLASS_METHOD:
      for (guint i = 0; i < G_N_ELEMENTS (method_keys); i++)
        if (g_strcmp0 (g_value_get_string (value), method_keys[i]) == 0)
          ter_map_page_set_class_method (self, method_order[i]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_map_page_class_init (TerMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_map_page_dispose;
  object_class->get_property = ter_map_page_get_property;
  object_class->set_property = ter_map_page_set_property;

  /**
   * TerMapPage:class-method:
   *
   * How values are grouped into the legend's classes: "quantile",
   * "equal" or "jenks".
   */
  properties[PROP_CLASS_METHOD] =
    g_param_spec_string ("class-method", NULL, NULL, "quantile",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "map.class-method", "class-method");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "map.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "map.export", NULL, ter_map_page_export_action);
  gtk_widget_class_install_action (widget_class, "map.add-layer", NULL, ter_map_page_add_layer_action);
  gtk_widget_class_install_action (widget_class, "map.remove-layer", NULL, ter_map_page_remove_layer_action);
  gtk_widget_class_install_action (widget_class, "map.redo", NULL, redo_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "map.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "map.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "map.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "map.redo", NULL);
}

static GtkDropDown *
make_choice (const char * const *items)
{
  GtkDropDown *choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (items));

  gtk_widget_set_valign (GTK_WIDGET (choice), GTK_ALIGN_CENTER);
  return choice;
}

static GtkWidget *
make_menu (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_autoptr(GMenu) classes = g_menu_new ();
  g_autoptr(GMenu) layers = g_menu_new ();

  g_menu_append (classes, _("_Quantiles"), "map.class-method::quantile");
  g_menu_append (classes, _("E_qual Intervals"), "map.class-method::equal");
  g_menu_append (classes, _("_Natural Breaks"), "map.class-method::jenks");
  g_menu_append_section (menu, _("Group Values By"), G_MENU_MODEL (classes));
  g_menu_append (layers, _("_Export Map…"), "map.export");
  g_menu_append (layers, _("Add Map _Layer…"), "map.add-layer");
  g_menu_append (layers, _("_Remove This Layer"), "map.remove-layer");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (layers));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Classes, export and map layers"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
ter_map_page_init (TerMapPage *self)
{
  const char *maps[] = { _("China"), _("United States"), _("World"), NULL };
  const char *choices[CHOICE_TERRITORY + 2] = { NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *flap = adw_flap_new ();
  GtkWidget *panel_toggle = gtk_toggle_button_new ();
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < TER_MAP_N_METRICS; i++)
    choices[i] = ter_map_metric_label (i);
  choices[CHOICE_TERRITORY] = _("Territories");
  self->map_names = gtk_string_list_new (maps);
  self->map_choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->map_names),
                                                       gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string")));
  gtk_widget_set_valign (GTK_WIDGET (self->map_choice), GTK_ALIGN_CENTER);
  self->layer_dir = ter_map_layer_default_dir ();
  self->layers = g_ptr_array_new_with_free_func ((GDestroyNotify) ter_map_layer_info_free);
  self->layer_renderers = g_ptr_array_new_with_free_func (g_object_unref);
  self->layer_matches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  self->metric_choice = make_choice (choices);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->map_choice), _("Map"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->metric_choice), _("Colour regions by"));
  self->selection_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->selection_label), "dim-label");
  gtk_label_set_ellipsize (self->selection_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->map_choice));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->metric_choice));
  gtk_widget_set_hexpand (GTK_WIDGET (self->selection_label), TRUE);
  gtk_label_set_xalign (self->selection_label, 0.0);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->selection_label));
  self->view = TER_MAP_VIEW (ter_map_view_new ());
  ter_map_view_set_tooltip_func (self->view, tooltip_cb, self);
  self->balance = TER_MAP_BALANCE (ter_map_balance_new ());
  self->assign = TER_MAP_ASSIGN (ter_map_assign_new ());
  g_object_set (self->assign, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  gtk_widget_set_vexpand (GTK_WIDGET (self->balance), TRUE);
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->assign));
  gtk_box_append (GTK_BOX (side), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->balance));
  gtk_widget_set_size_request (side, 300, -1);
  adw_flap_set_content (ADW_FLAP (flap), GTK_WIDGET (self->view));
  adw_flap_set_flap (ADW_FLAP (flap), side);
  adw_flap_set_flap_position (ADW_FLAP (flap), GTK_PACK_END);
  adw_flap_set_swipe_to_open (ADW_FLAP (flap), FALSE);
  gtk_widget_add_css_class (side, "background");
  gtk_button_set_icon_name (GTK_BUTTON (panel_toggle), "sidebar-show-right-symbolic");
  gtk_widget_set_tooltip_text (panel_toggle, _("Territory balance and assignment"));
  gtk_widget_set_valign (panel_toggle, GTK_ALIGN_CENTER);
  g_object_bind_property (flap, "reveal-flap", panel_toggle, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->paint = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->paint), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->paint),
                               _("Paint to assign: drag across regions to give them to the territory chosen in the side panel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->paint), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Paint to assign"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->paint), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->paint));
  gtk_box_append (GTK_BOX (bar), make_menu ());
  gtk_box_append (GTK_BOX (bar), panel_toggle);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), flap);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_signal_connect_swapped (self->map_choice, "notify::selected", G_CALLBACK (choice_changed_cb), self);
  g_signal_connect_swapped (self->metric_choice, "notify::selected", G_CALLBACK (choice_changed_cb), self);
  g_signal_connect_swapped (self->view, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->view, "paint-finished", G_CALLBACK (paint_finished_cb), self);
  g_signal_connect_swapped (self->view, "legend-activated", G_CALLBACK (legend_activated_cb), self);
  g_signal_connect_swapped (self->paint, "toggled", G_CALLBACK (paint_toggled_cb), self);
  g_signal_connect_swapped (self->assign, "history-changed", G_CALLBACK (history_changed_cb), self);
  self->flap = ADW_FLAP (flap);
  history_changed_cb (self);
  ter_map_page_load_layers (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.remove-layer", FALSE);
}

TerMapView *
ter_map_page_get_view (TerMapPage *self)
{
  g_return_val_if_fail (TER_IS_MAP_PAGE (self), NULL);
  return self->view;
}

gboolean
ter_map_page_is_loaded (TerMapPage *self)
{
  g_return_val_if_fail (TER_IS_MAP_PAGE (self), FALSE);
  return self->loaded;
}
