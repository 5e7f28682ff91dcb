/* ter-chart-view.c - a widget showing a TerChart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-view"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-chart-view.h"

/**
 * TerChartView:
 *
 * Draws a #TerChart. The static picture is recorded once into a render
 * node and reused until the size, the data or the style change; the hover
 * crosshair and tooltip are drawn on top of it for each frame.
 *
 * The pointer highlights the point under it; the keyboard moves the
 * highlight (Left/Right along the points, Up/Down across series or rows,
 * Home/End) and Enter, Space or a click emits #TerChartView::activated.
 * Light or dark colours follow #AdwStyleManager:dark, the text colour and
 * font follow CSS. The accessible description is ter_chart_describe().
 *
 * CSS name: chart
 */
struct _TerChartView
{
  GtkWidget      parent_instance;

  TerChart      *chart;
  GskRenderNode *cache;
  TerChartStyle  style;
  gboolean       style_valid;
  gboolean       dark;
  double         scale;

  int            hl_series;
  int            hl_point;
  gboolean       hl_from_keyboard;
};

G_DEFINE_FINAL_TYPE (TerChartView, ter_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_SCALE,
  PROP_DARK,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
drop_cache (TerChartView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
}

static gboolean
read_dark (void)
{
  if (!adw_is_initialized ())
    return FALSE;

  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
rgba_to_color (const GdkRGBA *rgba,
               TerChartColor *color)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/* What the chart is drawn on, so that marker rings and gaps match it:
 * Adwaita's card, view or window background, whichever is closest. */
static gboolean
lookup_background (TerChartView *self,
                   GdkRGBA      *rgba)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  const char *name = "window_bg_color";
  GdkRGBA window;

  for (GtkWidget *w = GTK_WIDGET (self); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (gtk_widget_has_css_class (w, "card"))
        {
          name = "card_bg_color";
          break;
        }
      if (gtk_widget_has_css_class (w, "view"))
        {
          name = "view_bg_color";
          break;
        }
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, name, rgba))
    return FALSE;
  /* Cards are translucent: put them on the window colour. */
  if (rgba->alpha < 1.0 && gtk_style_context_lookup_color (context, "window_bg_color", &window))
    {
      rgba->red = rgba->red * rgba->alpha + window.red * (1 - rgba->alpha);
      rgba->green = rgba->green * rgba->alpha + window.green * (1 - rgba->alpha);
      rgba->blue = rgba->blue * rgba->alpha + window.blue * (1 - rgba->alpha);
      rgba->alpha = 1.0;
    }
  G_GNUC_END_IGNORE_DEPRECATIONS

  return TRUE;
}

/* Builds the chart style from the colour scheme, the CSS colour and the
 * widget's font. Returns whether it changed. */
static gboolean
update_style (TerChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const PangoFontDescription *font;
  TerChartStyle style;
  TerChartColor fg;
  GdkRGBA rgba;

  self->dark = read_dark ();
  if (self->dark)
    ter_chart_style_init_dark (&style);
  else
    ter_chart_style_init_light (&style);

  /* GTK 4.8: no gtk_widget_get_color () yet */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* Right after a switch to or from dark the CSS may not be updated yet:
   * keep the defaults until css_changed () brings matching colours. */
  rgba_to_color (&rgba, &fg);
  if (fg.alpha > 0 && (ter_chart_color_luminance (&fg) > 0.4) == self->dark)
    ter_chart_style_set_foreground (&style, &fg);
  if (lookup_background (self, &rgba))
    {
      TerChartColor bg;

      rgba_to_color (&rgba, &bg);
      if ((ter_chart_color_luminance (&bg) < 0.4) == self->dark)
        style.background = bg;
    }

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL)
    {
      double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;
      ter_chart_style_set_font (&style, pango_font_description_get_family (font),
                                size > 0 ? MAX (size * 0.86, 9.0) : 0);
    }

  style.scale = self->scale;
  style.fill_background = FALSE;

  if (self->style_valid && ter_chart_style_equal (&style, &self->style))
    return FALSE;

  self->style = style;
  self->style_valid = TRUE;

  return TRUE;
}

static void
ensure_style (TerChartView *self)
{
  if (!self->style_valid)
    update_style (self);
}

static void
restyle (TerChartView *self)
{
  gboolean was_dark = self->dark;

  if (update_style (self))
    {
      drop_cache (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  if (was_dark != self->dark)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

static void
update_accessible (TerChartView *self)
{
  g_autofree char *description = NULL;
  const char *title = NULL;

  if (self->chart != NULL)
    {
      description = ter_chart_describe (self->chart);
      title = ter_chart_get_title (self->chart);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

static guint
n_points (TerChartView *self)
{
  return self->chart != NULL ? ter_chart_data_get_n_points (ter_chart_get_data (self->chart)) : 0;
}

static guint
n_series (TerChartView *self)
{
  return self->chart != NULL ? ter_chart_data_get_n_series (ter_chart_get_data (self->chart)) : 0;
}

static gboolean
has_value (TerChartView *self,
           int           series,
           int           point)
{
  TerSeries *s = ter_chart_data_get_series (ter_chart_get_data (self->chart), series);

  return s != NULL && isfinite (ter_series_get_value (s, point));
}

/* The series a newly highlighted point should show: @preferred if it has
 * a value there, else the first series with one. */
static int
series_at (TerChartView *self,
           int           point,
           int           preferred)
{
  TerChartData *data = ter_chart_get_data (self->chart);
  guint n = n_series (self);
  TerChartKind kind = ter_chart_get_kind (self->chart);

  if (kind == TER_CHART_HEAT)
    return CLAMP (preferred, 0, (int) n - 1);
  if (preferred >= 0 && has_value (self, preferred, point))
    return preferred;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        TerSeriesRole role = ter_series_get_role (ter_chart_data_get_series (data, i));

        if ((pass == 0) != (role == TER_SERIES_ROLE_DEFAULT))
          continue;
        if (has_value (self, i, point))
          return i;
      }

  return preferred >= 0 ? preferred : (n > 0 ? 0 : -1);
}

static void
update_tooltip (TerChartView *self)
{
  g_autofree char *text = NULL;
  TerChartHit hit;

  /* Sparklines are too small for the drawn bubble. */
  if (self->chart != NULL &&
      ter_chart_get_kind (self->chart) == TER_CHART_SPARKLINE &&
      self->hl_series >= 0 &&
      ter_chart_locate (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)), self->hl_series, self->hl_point, &hit))
    {
      g_autofree char *value = ter_chart_format_value (self->chart, hit.value);

      text = hit.label != NULL ? g_strdup_printf ("%s: %s", hit.label, value) : g_steal_pointer (&value);
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static void
chart_changed_cb (TerChartView *self)
{
  drop_cache (self);

  if ((guint) MAX (self->hl_point, 0) >= n_points (self) || (guint) MAX (self->hl_series, 0) >= n_series (self))
    self->hl_series = self->hl_point = -1;

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
dark_changed_cb (TerChartView *self)
{
  restyle (self);
}

static void
ter_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TerChartView *self = TER_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  ensure_style (self);

  if (self->cache == NULL)
    {
      GtkSnapshot *recorder = gtk_snapshot_new ();

      cr = gtk_snapshot_append_cairo (recorder, &bounds);
      ter_chart_render (self->chart, cr, width, height, &self->style);
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (recorder);
    }

  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);

  /* Hover decoration on top of the cached picture; the tooltip bubble is
   * left out where it does not fit (sparklines use the GTK tooltip). */
  if (self->hl_series >= 0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      ter_chart_render_highlight (self->chart, cr, width, height, &self->style, self->hl_series, self->hl_point);
      cairo_destroy (cr);
    }

  if (gtk_widget_has_visible_focus (widget))
    {
      GskRoundedRect outline;
      GdkRGBA accent = { 0.21, 0.52, 0.89, 0.6 };
      float border[4] = { 2, 2, 2, 2 };
      GdkRGBA colors[4] = { accent, accent, accent, accent };

      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2), 8);
      gtk_snapshot_append_border (snapshot, &outline, border, colors);
    }
}

static void
ter_chart_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  TerChartView *self = TER_CHART_VIEW (widget);

  /* The cached picture has the old size baked in. */
  drop_cache (self);

  GTK_WIDGET_CLASS (ter_chart_view_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
ter_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size G_GNUC_UNUSED,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  TerChartView *self = TER_CHART_VIEW (widget);
  gboolean spark = self->chart != NULL && ter_chart_get_kind (self->chart) == TER_CHART_SPARKLINE;
  double scale = MAX (self->scale, 0.5);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ((spark ? 48 : 160) * scale);
      *natural = (int) ((spark ? 120 : 480) * scale);
    }
  else
    {
      *minimum = (int) ((spark ? 16 : 120) * scale);
      *natural = (int) ((spark ? 32 : 280) * scale);
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
ter_chart_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ter_chart_view_parent_class)->css_changed (widget, change);

  /* Focus changes land here too: only redraw if the colours or the font
   * really changed. */
  restyle (TER_CHART_VIEW (widget));
}

static void
set_highlight (TerChartView *self,
               int           series,
               int           point)
{
  if (series < 0 || point < 0 || self->chart == NULL)
    series = point = -1;

  if (self->hl_series == series && self->hl_point == point)
    return;

  self->hl_series = series;
  self->hl_point = point;
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (TerChartView             *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller G_GNUC_UNUSED)
{
  TerChartHit hit;

  if (self->chart == NULL)
    return;

  ensure_style (self);
  self->hl_from_keyboard = FALSE;

  if (ter_chart_hit_test (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                          gtk_widget_get_height (GTK_WIDGET (self)), x, y, &hit))
    set_highlight (self, hit.series, hit.point);
  else
    set_highlight (self, -1, -1);
}

static void
leave_cb (TerChartView *self)
{
  /* A highlight moved there with the keyboard stays */
  if (!self->hl_from_keyboard)
    set_highlight (self, -1, -1);
}

static void
released_cb (TerChartView    *self,
             int              n_press G_GNUC_UNUSED,
             double           x,
             double           y,
             GtkGestureClick *gesture G_GNUC_UNUSED)
{
  TerChartHit hit;

  if (self->chart == NULL)
    return;

  if (ter_chart_hit_test (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                          gtk_widget_get_height (GTK_WIDGET (self)), x, y, &hit))
    {
      set_highlight (self, hit.series, hit.point);
      g_signal_emit (self, signals[ACTIVATED], 0, hit.series, hit.point);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (TerChartView          *self,
                guint                  keyval,
                guint                  keycode G_GNUC_UNUSED,
                GdkModifierType        state,
                GtkEventControllerKey *controller G_GNUC_UNUSED)
{
  guint n = n_points (self);

  if (self->chart == NULL || n == 0 || n_series (self) == 0)
    return FALSE;
  /* Leave shortcuts to the application */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  self->hl_from_keyboard = TRUE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      ter_chart_view_move_highlight (self, -1, 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      ter_chart_view_move_highlight (self, 1, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      ter_chart_view_move_highlight (self, 0, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      ter_chart_view_move_highlight (self, 0, 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      set_highlight (self, series_at (self, 0, self->hl_series), 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      set_highlight (self, series_at (self, n - 1, self->hl_series), n - 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      return ter_chart_view_activate_highlight (self);
    case GDK_KEY_Escape:
      if (self->hl_series < 0)
        return FALSE;
      set_highlight (self, -1, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
focus_leave_cb (TerChartView *self)
{
  set_highlight (self, -1, -1);
}

static void
ter_chart_view_dispose (GObject *object)
{
  TerChartView *self = TER_CHART_VIEW (object);

  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_func (self->chart, chart_changed_cb, self);
  g_clear_object (&self->chart);
  drop_cache (self);

  G_OBJECT_CLASS (ter_chart_view_parent_class)->dispose (object);
}

static void
ter_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TerChartView *self = TER_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, ter_chart_view_get_dark (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TerChartView *self = TER_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      ter_chart_view_set_chart (self, g_value_get_object (value));
      break;
    case PROP_SCALE:
      ter_chart_view_set_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_chart_view_class_init (TerChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_chart_view_dispose;
  object_class->get_property = ter_chart_view_get_property;
  object_class->set_property = ter_chart_view_set_property;

  widget_class->snapshot = ter_chart_view_snapshot;
  widget_class->size_allocate = ter_chart_view_size_allocate;
  widget_class->measure = ter_chart_view_measure;
  widget_class->css_changed = ter_chart_view_css_changed;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL,
                         TER_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * TerChartView:scale:
   *
   * Multiplies text and line sizes: 1 normally, about 1.5 for
   * presentation mode.
   */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, 0.5, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TerChartView::activated:
   * @self: the view
   * @series: index of the series in the chart data
   * @point: index of the point
   *
   * Emitted on click, Enter or Space on a point: the place to drill down.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ter_chart_view_init (TerChartView *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  self->scale = 1.0;
  self->hl_series = -1;
  self->hl_point = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "default");

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  if (adw_is_initialized ())
    g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                             G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

  update_accessible (self);
}

/**
 * ter_chart_view_new:
 * @chart: (nullable): the chart to show
 */
GtkWidget *
ter_chart_view_new (TerChart *chart)
{
  return g_object_new (TER_TYPE_CHART_VIEW, "chart", chart, NULL);
}

/**
 * ter_chart_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart
 */
TerChart *
ter_chart_view_get_chart (TerChartView *self)
{
  g_return_val_if_fail (TER_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
ter_chart_view_set_chart (TerChartView *self,
                          TerChart     *chart)
{
  g_return_if_fail (TER_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || TER_IS_CHART (chart));

  if (self->chart == chart)
    return;

  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_func (self->chart, chart_changed_cb, self);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    g_signal_connect_swapped (chart, "changed", G_CALLBACK (chart_changed_cb), self);

  self->hl_series = self->hl_point = -1;
  chart_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

double
ter_chart_view_get_scale (TerChartView *self)
{
  g_return_val_if_fail (TER_IS_CHART_VIEW (self), 1.0);

  return self->scale;
}

/**
 * ter_chart_view_set_scale:
 * @scale: 1 normally, about 1.5 for presentation mode
 */
void
ter_chart_view_set_scale (TerChartView *self,
                          double        scale)
{
  g_return_if_fail (TER_IS_CHART_VIEW (self));

  scale = CLAMP (scale, 0.5, 4.0);
  if (self->scale == scale)
    return;

  self->scale = scale;
  self->style_valid = FALSE;
  drop_cache (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/**
 * ter_chart_view_get_dark:
 *
 * Returns: whether the view draws with the dark style
 */
gboolean
ter_chart_view_get_dark (TerChartView *self)
{
  g_return_val_if_fail (TER_IS_CHART_VIEW (self), FALSE);

  ensure_style (self);

  return self->dark;
}

/**
 * ter_chart_view_get_style:
 *
 * The style the view draws with, e.g. to export a chart looking like the
 * screen.
 *
 * Returns: (transfer none): the style
 */
const TerChartStyle *
ter_chart_view_get_style (TerChartView *self)
{
  g_return_val_if_fail (TER_IS_CHART_VIEW (self), NULL);

  ensure_style (self);

  return &self->style;
}

/**
 * ter_chart_view_get_highlight:
 * @series: (out) (optional): the highlighted series, or -1
 * @point: (out) (optional): the highlighted point, or -1
 *
 * Returns: whether a point is highlighted
 */
gboolean
ter_chart_view_get_highlight (TerChartView *self,
                              int          *series,
                              int          *point)
{
  g_return_val_if_fail (TER_IS_CHART_VIEW (self), FALSE);

  if (series != NULL)
    *series = self->hl_series;
  if (point != NULL)
    *point = self->hl_point;

  return self->hl_series >= 0;
}

/**
 * ter_chart_view_set_highlight:
 * @series: a series index, or -1 to clear
 * @point: a point index, or -1 to clear
 */
void
ter_chart_view_set_highlight (TerChartView *self,
                              int           series,
                              int           point)
{
  g_return_if_fail (TER_IS_CHART_VIEW (self));

  if (series >= (int) n_series (self) || point >= (int) n_points (self))
    series = point = -1;

  set_highlight (self, series, point);
}

/**
 * ter_chart_view_move_highlight:
 * @dx: steps along the points (Left/Right)
 * @dy: steps across: rows of heat tables, rows of hbar charts and slices
 *   of donuts; the series at the point for line and bar charts
 *
 * Moves the highlight as the arrow keys do, clamped at the ends. Without
 * a highlight, starts at the first point.
 */
void
ter_chart_view_move_highlight (TerChartView *self,
                               int           dx,
                               int           dy)
{
  TerChartKind kind;
  int n, ns, point, series;

  g_return_if_fail (TER_IS_CHART_VIEW (self));

  n = (int) n_points (self);
  ns = (int) n_series (self);
  if (self->chart == NULL || n == 0 || ns == 0)
    return;

  kind = ter_chart_get_kind (self->chart);
  if (self->hl_series < 0)
    {
      set_highlight (self, series_at (self, 0, kind == TER_CHART_HEAT ? 0 : -1), 0);
      return;
    }

  point = self->hl_point;
  series = self->hl_series;

  if (kind == TER_CHART_HBAR || kind == TER_CHART_DONUT)
    point += dx + dy;
  else
    point += dx;
  point = CLAMP (point, 0, n - 1);

  if (kind == TER_CHART_HEAT)
    series = CLAMP (series + dy, 0, ns - 1);
  else if (dy != 0 && kind != TER_CHART_HBAR && kind != TER_CHART_DONUT)
    {
      /* Next series with a value here, skipping bands */
      TerChartData *data = ter_chart_get_data (self->chart);
      int step = dy > 0 ? 1 : -1;

      for (int i = series + step; i >= 0 && i < ns; i += step)
        {
          TerSeriesRole role = ter_series_get_role (ter_chart_data_get_series (data, i));

          if (role != TER_SERIES_ROLE_BAND_LOWER && role != TER_SERIES_ROLE_BAND_UPPER &&
              has_value (self, i, point))
            {
              series = i;
              break;
            }
        }
    }
  else
    series = series_at (self, point, series);

  set_highlight (self, series, point);
}

/**
 * ter_chart_view_activate_highlight:
 *
 * Emits #TerChartView::activated for the highlighted point, as Enter does.
 *
 * Returns: %FALSE if nothing is highlighted
 */
gboolean
ter_chart_view_activate_highlight (TerChartView *self)
{
  g_return_val_if_fail (TER_IS_CHART_VIEW (self), FALSE);

  if (self->hl_series < 0)
    return FALSE;

  g_signal_emit (self, signals[ACTIVATED], 0, self->hl_series, self->hl_point);

  return TRUE;
}
