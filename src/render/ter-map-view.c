/* ter-map-view.c - interactive map widget drawing through TerMapRenderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-map-view"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-map-view.h"

/**
 * TerMapView:
 *
 * Shows a #TerMapRenderer with pan (drag, arrow keys), zoom (scroll,
 * pinch, +/−, 0 to reset), hover with a tooltip, and selection (click,
 * shift-click). The static picture is kept as a render node and replayed
 * while only the hover or selection changes; hover is drawn on top. While
 * the view moves, the picture is replayed moved and scaled along, and
 * drawn afresh once the movement pauses.
 */

/* How long the view must rest before the picture is drawn afresh. */
#define REDRAW_DELAY_MS 120
struct _TerMapView
{
  GtkWidget          parent_instance;

  TerMapRenderer    *renderer;
  GskRenderNode     *base;
  TerMapTooltipFunc  tooltip_func;
  gpointer           tooltip_data;
  double             drag_x, drag_y;
  double             pinch_scale;
  int                last_width, last_height;
  gboolean           last_dark;
  double             base_scale, base_x, base_y;
  guint              redraw_id;
  gboolean           paint_mode;
  double             paint_x, paint_y;
};

G_DEFINE_FINAL_TYPE (TerMapView, ter_map_view, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  PAINT_FINISHED,
  LEGEND_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_dark (TerMapView *self)
{
  if (!adw_is_initialized ())
    return FALSE;
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

void
ter_map_view_invalidate (TerMapView *self)
{
  g_return_if_fail (TER_IS_MAP_VIEW (self));
  g_clear_pointer (&self->base, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
redraw_cb (gpointer data)
{
  TerMapView *self = data;

  self->redraw_id = 0;
  ter_map_view_invalidate (self);
  return G_SOURCE_REMOVE;
}

/* Pan and zoom keep the cached picture, moved along, until they pause. */
static void
view_moved (TerMapView *self)
{
  g_clear_handle_id (&self->redraw_id, g_source_remove);
  self->redraw_id = g_timeout_add (REDRAW_DELAY_MS, redraw_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
append_base (TerMapView  *self,
             GtkSnapshot *snapshot)
{
  double scale, x, y, k;

  ter_map_renderer_get_transform (self->renderer, &scale, &x, &y);
  k = scale / self->base_scale;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - k * self->base_x, y - k * self->base_y));
  gtk_snapshot_scale (snapshot, k, k);
  gtk_snapshot_append_node (snapshot, self->base);
  gtk_snapshot_restore (snapshot);
}

static void
ensure_style (TerMapView *self)
{
  gboolean dark = is_dark (self);
  TerChartStyle style;

  if (dark == self->last_dark && self->base != NULL)
    return;
  if (dark)
    ter_chart_style_init_dark (&style);
  else
    ter_chart_style_init_light (&style);
  ter_map_renderer_set_style (self->renderer, &style);
  self->last_dark = dark;
  g_clear_pointer (&self->base, gsk_render_node_unref);
}

static void
ter_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TerMapView *self = TER_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  graphene_rect_t clip;
  double overlay[4];
  cairo_t *cr;

  if (self->renderer == NULL || width <= 0 || height <= 0)
    return;
  if (width != self->last_width || height != self->last_height)
    {
      ter_map_renderer_set_size (self->renderer, width, height);
      self->last_width = width;
      self->last_height = height;
      g_clear_pointer (&self->base, gsk_render_node_unref);
    }
  ensure_style (self);
  if (self->base == NULL)
    {
      GtkSnapshot *inner = gtk_snapshot_new ();

      cr = gtk_snapshot_append_cairo (inner, &bounds);
      ter_map_renderer_render_base (self->renderer, cr);
      cairo_destroy (cr);
      self->base = gtk_snapshot_free_to_node (inner);
      ter_map_renderer_get_transform (self->renderer, &self->base_scale, &self->base_x, &self->base_y);
    }
  if (self->base != NULL)
    append_base (self, snapshot);
  /* The overlay's node covers only the regions it draws, so moving the
   * pointer from one region to the next repaints those two alone. */
  ter_map_renderer_get_overlay_bounds (self->renderer, overlay);
  if (overlay[2] <= 0 || !graphene_rect_intersection (&bounds, &GRAPHENE_RECT_INIT (overlay[0], overlay[1], overlay[2], overlay[3]), &clip))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &clip);
  ter_map_renderer_render_overlay (self->renderer, cr);
  cairo_destroy (cr);
}

static void
motion_cb (TerMapView *self,
           double      x,
           double      y)
{
  int region;

  if (self->renderer == NULL)
    return;
  if (!self->paint_mode)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                     ter_map_renderer_get_mode (self->renderer) == TER_MAP_MODE_VALUES
                                     && ter_map_renderer_legend_contains (self->renderer, x, y) ? "pointer" : NULL);
  region = ter_map_renderer_hit_test (self->renderer, x, y);
  if (region == ter_map_renderer_get_hover (self->renderer))
    return;
  ter_map_renderer_set_hover (self->renderer, region);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (TerMapView *self)
{
  if (self->renderer == NULL)
    return;
  ter_map_renderer_set_hover (self->renderer, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            TerMapView      *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  int region;
  gboolean was;

  if (self->renderer == NULL || self->paint_mode)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (ter_map_renderer_legend_contains (self->renderer, x, y))
    {
      if (ter_map_renderer_get_mode (self->renderer) == TER_MAP_MODE_VALUES)
        g_signal_emit (self, signals[LEGEND_ACTIVATED], 0);
      return;
    }
  region = ter_map_renderer_hit_test (self->renderer, x, y);
  was = region >= 0 && ter_map_renderer_get_selected (self->renderer, region);
  if (!(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    ter_map_renderer_clear_selection (self->renderer);
  if (region >= 0)
    ter_map_renderer_set_selected (self->renderer, region, (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) ? !was : TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TerMapView               *self)
{
  double x, y;

  if (self->renderer == NULL)
    return FALSE;
  if (!gdk_event_get_position (gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller)), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  ter_map_renderer_zoom_at (self->renderer, dy < 0 ? 1.25 : 0.8, x, y);
  view_moved (self);
  return TRUE;
}

/* With the paint tool, every region the pointer crosses joins the stroke,
 * shown as the selection. */
static void
paint_at (TerMapView *self,
          double      x,
          double      y)
{
  int region = ter_map_renderer_hit_test (self->renderer, x, y);

  if (region < 0 || ter_map_renderer_get_selected (self->renderer, region))
    return;
  ter_map_renderer_set_selected (self->renderer, region, TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               TerMapView     *self)
{
  self->drag_x = self->drag_y = 0.0;
  if (self->renderer == NULL || !self->paint_mode)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->paint_x = x;
  self->paint_y = y;
  ter_map_renderer_clear_selection (self->renderer);
  paint_at (self, x, y);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             TerMapView     *self)
{
  if (self->renderer == NULL || !self->paint_mode)
    return;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
  g_signal_emit (self, signals[PAINT_FINISHED], 0);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                TerMapView     *self)
{
  if (self->renderer == NULL)
    return;
  if (self->paint_mode)
    {
      paint_at (self, self->paint_x + dx, self->paint_y + dy);
      return;
    }
  ter_map_renderer_pan (self->renderer, dx - self->drag_x, dy - self->drag_y);
  self->drag_x = dx;
  self->drag_y = dy;
  view_moved (self);
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               TerMapView       *self)
{
  self->pinch_scale = 1.0;
}

static void
scale_changed_cb (GtkGestureZoom *gesture,
                  double          scale,
                  TerMapView     *self)
{
  double x, y;

  if (self->renderer == NULL || scale <= 0.0)
    return;
  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  ter_map_renderer_zoom_at (self->renderer, scale / self->pinch_scale, x, y);
  self->pinch_scale = scale;
  view_moved (self);
}

/* The label point of a region in device coordinates. */
static gboolean
region_point (TerMapView *self,
              guint       region,
              double     *x,
              double     *y)
{
  const TerGeoRegion *r = ter_geo_layer_get_region (ter_map_renderer_get_layer (self->renderer), region);

  return ter_map_renderer_project (self->renderer, r->label_x, r->label_y, x, y);
}

/* Screen readers hear the region the keyboard is on, as the tooltip
 * describes it, and whether it is selected. */
static void
announce (TerMapView *self)
{
  int focus = ter_map_renderer_get_focus (self->renderer);
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  if (focus < 0)
    return;
  if (self->tooltip_func != NULL)
    markup = self->tooltip_func (focus, self->tooltip_data);
  if (markup == NULL || !pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    text = g_strdup (ter_map_renderer_get_label (self->renderer, focus, FALSE));
  g_strdelimit (text, "\n", ',');
  label = ter_map_renderer_get_selected (self->renderer, focus)
    /* TRANSLATORS: read by screen readers for the map region the keyboard is on. */
    ? g_strdup_printf (_("%s, selected"), text) : g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Pans just enough to bring the region's label point into the view. */
static void
reveal_region (TerMapView *self,
               guint       region)
{
  double x, y, w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  double margin = MIN (60.0, MIN (w, h) / 4);

  if (!region_point (self, region, &x, &y) || w <= 0 || h <= 0)
    return;
  if (x >= margin && x <= w - margin && y >= margin && y <= h - margin)
    return;
  ter_map_renderer_pan (self->renderer, w / 2 - x, h / 2 - y);
  view_moved (self);
}

static void
move_focus (TerMapView *self,
            int         region,
            gboolean    extend)
{
  if (region < 0)
    return;
  ter_map_renderer_set_focus (self->renderer, region);
  if (extend && !ter_map_renderer_get_selected (self->renderer, region))
    {
      ter_map_renderer_set_selected (self->renderer, region, TRUE);
      g_signal_emit (self, signals[SELECTION_CHANGED], 0);
    }
  reveal_region (self, region);
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The nearest region whose label lies in the direction (dx, dy), within
 * a cone of about 63° either side; off-axis distance counts double. */
static int
neighbour (TerMapView *self,
           int         from,
           double      dx,
           double      dy)
{
  guint n = ter_geo_layer_get_n_regions (ter_map_renderer_get_layer (self->renderer));
  double x0, y0, best_score = G_MAXDOUBLE;
  int best = -1;

  if (!region_point (self, from, &x0, &y0))
    return -1;
  for (guint i = 0; i < n; i++)
    {
      double x, y, along, across, score;

      if ((int) i == from || !region_point (self, i, &x, &y))
        continue;
      along = (x - x0) * dx + (y - y0) * dy;
      across = fabs ((x - x0) * dy - (y - y0) * dx);
      if (along <= 0.0 || across > 2.0 * along)
        continue;
      score = along + 2.0 * across;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }
  return best;
}

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  TerMapView *self = user_data;
  const char *x = ter_map_renderer_get_label (self->renderer, *(const guint *) a, FALSE);
  const char *y = ter_map_renderer_get_label (self->renderer, *(const guint *) b, FALSE);

  return g_utf8_collate (x, y);
}

/* Tab goes through the regions by name; past the last one the focus
 * leaves the map (returns -1). */
static int
next_by_name (TerMapView *self,
              int         from,
              gboolean    backwards)
{
  guint n = ter_geo_layer_get_n_regions (ter_map_renderer_get_layer (self->renderer));
  g_autofree guint *order = g_new (guint, n);
  guint position = 0;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_names_cb, self);
  if (from < 0)
    return n > 0 ? (int) order[backwards ? n - 1 : 0] : -1;
  while (position < n && order[position] != (guint) from)
    position++;
  if (backwards)
    return position > 0 && position < n ? (int) order[position - 1] : -1;
  return position + 1 < n ? (int) order[position + 1] : -1;
}

/* Space or Enter selects the region alone; with Shift or Ctrl it joins
 * or leaves the selection. */
static void
select_focus (TerMapView      *self,
              GdkModifierType  state)
{
  int focus = ter_map_renderer_get_focus (self->renderer);
  gboolean was;

  if (focus < 0)
    return;
  was = ter_map_renderer_get_selected (self->renderer, focus);
  if (!(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    ter_map_renderer_clear_selection (self->renderer);
  ter_map_renderer_set_selected (self->renderer, focus, (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) ? !was : TRUE);
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static gboolean
navigate (TerMapView      *self,
          guint            keyval,
          GdkModifierType  state)
{
  int focus = ter_map_renderer_get_focus (self->renderer);
  gboolean extend = (state & GDK_SHIFT_MASK) != 0;
  int next;

  switch (keyval)
    {
    case GDK_KEY_Tab: case GDK_KEY_KP_Tab: case GDK_KEY_ISO_Left_Tab:
      next = next_by_name (self, focus, keyval == GDK_KEY_ISO_Left_Tab || extend);
      if (next < 0)
        {
          ter_map_renderer_set_focus (self->renderer, -1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"), -1);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return FALSE;
        }
      move_focus (self, next, FALSE);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_Right: case GDK_KEY_Up: case GDK_KEY_Down:
      if (focus < 0)
        next = next_by_name (self, -1, FALSE);
      else
        next = neighbour (self, focus, keyval == GDK_KEY_Left ? -1 : keyval == GDK_KEY_Right ? 1 : 0,
                          keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0);
      if (extend && focus >= 0 && !ter_map_renderer_get_selected (self->renderer, focus))
        {
          ter_map_renderer_set_selected (self->renderer, focus, TRUE);
          g_signal_emit (self, signals[SELECTION_CHANGED], 0);
        }
      move_focus (self, next, extend);
      return TRUE;
    case GDK_KEY_space: case GDK_KEY_KP_Space: case GDK_KEY_Return: case GDK_KEY_KP_Enter:
      select_focus (self, state);
      return focus >= 0;
    case GDK_KEY_Escape:
      ter_map_renderer_clear_selection (self->renderer);
      announce (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_signal_emit (self, signals[SELECTION_CHANGED], 0);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Arrows move between regions; with Ctrl they pan. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TerMapView            *self)
{
  double cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;

  if (self->renderer == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
      ter_map_renderer_zoom_at (self->renderer, 1.25, cx, cy); break;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      ter_map_renderer_zoom_at (self->renderer, 0.8, cx, cy); break;
    case GDK_KEY_0: case GDK_KEY_KP_0:
      ter_map_renderer_reset_view (self->renderer); break;
    case GDK_KEY_Left: if (!ctrl) return navigate (self, keyval, state);
      ter_map_renderer_pan (self->renderer, 40, 0); break;
    case GDK_KEY_Right: if (!ctrl) return navigate (self, keyval, state);
      ter_map_renderer_pan (self->renderer, -40, 0); break;
    case GDK_KEY_Up: if (!ctrl) return navigate (self, keyval, state);
      ter_map_renderer_pan (self->renderer, 0, 40); break;
    case GDK_KEY_Down: if (!ctrl) return navigate (self, keyval, state);
      ter_map_renderer_pan (self->renderer, 0, -40); break;
    default:
      return navigate (self, keyval, state);
    }
  view_moved (self);
  return TRUE;
}

static gboolean
query_tooltip_cb (TerMapView *self,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  g_autofree char *markup = NULL;
  int region;

  if (self->renderer == NULL || self->tooltip_func == NULL)
    return FALSE;
  if (ter_map_renderer_legend_contains (self->renderer, x, y))
    {
      if (ter_map_renderer_get_mode (self->renderer) != TER_MAP_MODE_VALUES
          || ter_map_renderer_get_classes (self->renderer)->n_classes == 0)
        return FALSE;
      gtk_tooltip_set_text (tooltip, _("Click to group the values another way: quantiles, equal intervals or natural breaks"));
      return TRUE;
    }
  region = ter_map_renderer_hit_test (self->renderer, x, y);
  if (region < 0 || (markup = self->tooltip_func (region, self->tooltip_data)) == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
ter_map_view_dispose (GObject *object)
{
  TerMapView *self = TER_MAP_VIEW (object);

  g_clear_handle_id (&self->redraw_id, g_source_remove);
  g_clear_pointer (&self->base, gsk_render_node_unref);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (ter_map_view_parent_class)->dispose (object);
}

static void
ter_map_view_class_init (TerMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_map_view_dispose;
  widget_class->snapshot = ter_map_view_snapshot;

  /**
   * TerMapView::selection-changed:
   *
   * Emitted after a click or shift-click changed the selected regions.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * TerMapView::paint-finished:
   *
   * Emitted when a stroke of the paint tool ends; the regions it crossed
   * are the selection.
   */
  signals[PAINT_FINISHED] =
    g_signal_new ("paint-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * TerMapView::legend-activated:
   *
   * Emitted when the legend is clicked.
   */
  signals[LEGEND_ACTIVATED] =
    g_signal_new ("legend-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "termapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
add_controllers (TerMapView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (pressed_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
}

static void
ter_map_view_init (TerMapView *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 160);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Arrow keys and Tab move between regions, Space or Enter selects, Shift adds to the selection, "
                                    "Escape clears it; Ctrl with the arrow keys pans, plus and minus zoom, 0 shows the whole map"),
                                  -1);
  add_controllers (self);
}

GtkWidget *
ter_map_view_new (void)
{
  return g_object_new (TER_TYPE_MAP_VIEW, NULL);
}

void
ter_map_view_set_renderer (TerMapView     *self,
                           TerMapRenderer *renderer)
{
  g_return_if_fail (TER_IS_MAP_VIEW (self));

  if (!g_set_object (&self->renderer, renderer))
    return;
  self->last_width = self->last_height = 0;
  ter_map_view_invalidate (self);
}

/**
 * ter_map_view_get_renderer:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the renderer
 */
TerMapRenderer *
ter_map_view_get_renderer (TerMapView *self)
{
  g_return_val_if_fail (TER_IS_MAP_VIEW (self), NULL);
  return self->renderer;
}

void
ter_map_view_set_tooltip_func (TerMapView        *self,
                               TerMapTooltipFunc  func,
                               gpointer           user_data)
{
  g_return_if_fail (TER_IS_MAP_VIEW (self));
  self->tooltip_func = func;
  self->tooltip_data = user_data;
}

/**
 * ter_map_view_get_selection:
 * @self: a view
 *
 * Returns: (transfer full): indices (guint) of the selected regions
 */
GArray *
ter_map_view_get_selection (TerMapView *self)
{
  GArray *selection = g_array_new (FALSE, FALSE, sizeof (guint));

  if (self->renderer == NULL)
    return selection;
  for (guint i = 0; i < ter_geo_layer_get_n_regions (ter_map_renderer_get_layer (self->renderer)); i++)
    if (ter_map_renderer_get_selected (self->renderer, i))
      g_array_append_val (selection, i);
  return selection;
}

/**
 * ter_map_view_set_paint_mode:
 * @self: a view
 * @paint: %TRUE to paint regions by dragging across them instead of
 *   panning
 */
void
ter_map_view_set_paint_mode (TerMapView *self,
                             gboolean    paint)
{
  g_return_if_fail (TER_IS_MAP_VIEW (self));
  self->paint_mode = !!paint;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), paint ? "crosshair" : NULL);
}

gboolean
ter_map_view_get_paint_mode (TerMapView *self)
{
  g_return_val_if_fail (TER_IS_MAP_VIEW (self), FALSE);
  return self->paint_mode;
}
