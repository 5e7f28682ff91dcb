/* ter-chart.c - description of one chart: kind, data, options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ter-chart-private.h"

/**
 * TerChart:
 *
 * What to draw: a #TerChartKind, a #TerChartData and options. Rendering
 * functions live in ter-chart-render.h. Every change emits
 * #TerChart::changed, which views use to drop their cached pictures.
 *
 * The chart caches the layout of the last size and style it was drawn
 * with; hit testing uses that style (the light style before any drawing).
 */
struct _TerChart
{
  GObject             parent_instance;

  TerChartKind        kind;
  TerChartData       *data;
  char               *title;
  gboolean            show_legend;
  gboolean            show_values;
  gboolean            include_zero;
  double              target;
  char               *target_label;
  TerChartScale       color_scale;
  double              color_center;
  char               *center_label;

  TerChartFormatFunc  format_func;
  gpointer            format_data;
  GDestroyNotify      format_destroy;

  TerChartStyle       style;
  TerChartLayout     *layout;
};

G_DEFINE_FINAL_TYPE (TerChart, ter_chart, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TerChartKind, ter_chart_kind,
  G_DEFINE_ENUM_VALUE (TER_CHART_LINE, "line"),
  G_DEFINE_ENUM_VALUE (TER_CHART_AREA, "area"),
  G_DEFINE_ENUM_VALUE (TER_CHART_BAR, "bar"),
  G_DEFINE_ENUM_VALUE (TER_CHART_STACKED_BAR, "stacked-bar"),
  G_DEFINE_ENUM_VALUE (TER_CHART_HBAR, "hbar"),
  G_DEFINE_ENUM_VALUE (TER_CHART_DONUT, "donut"),
  G_DEFINE_ENUM_VALUE (TER_CHART_SPARKLINE, "sparkline"),
  G_DEFINE_ENUM_VALUE (TER_CHART_HEAT, "heat"))

G_DEFINE_ENUM_TYPE (TerChartScale, ter_chart_scale,
  G_DEFINE_ENUM_VALUE (TER_CHART_SCALE_SEQUENTIAL, "sequential"),
  G_DEFINE_ENUM_VALUE (TER_CHART_SCALE_DIVERGING, "diverging"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATA,
  PROP_TITLE,
  PROP_SHOW_LEGEND,
  PROP_SHOW_VALUES,
  PROP_INCLUDE_ZERO,
  PROP_TARGET,
  PROP_HAS_TARGET,
  PROP_TARGET_LABEL,
  PROP_COLOR_SCALE,
  PROP_COLOR_CENTER,
  PROP_CENTER_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* g_set_str() is GLib 2.76 */
static gboolean
replace_string (char       **dest,
                const char  *src)
{
  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (src);

  return TRUE;
}

static void
drop_layout (TerChart *self)
{
  g_clear_pointer (&self->layout, ter_chart_layout_free);
}

static void
emit_changed (TerChart *self,
              int       prop)
{
  drop_layout (self);
  if (prop > PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
ter_chart_finalize (GObject *object)
{
  TerChart *self = TER_CHART (object);

  drop_layout (self);
  g_clear_pointer (&self->data, ter_chart_data_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->target_label, g_free);
  g_clear_pointer (&self->center_label, g_free);
  if (self->format_destroy != NULL)
    self->format_destroy (self->format_data);

  G_OBJECT_CLASS (ter_chart_parent_class)->finalize (object);
}

static void
ter_chart_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TerChart *self = TER_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;
    case PROP_SHOW_VALUES:
      g_value_set_boolean (value, self->show_values);
      break;
    case PROP_INCLUDE_ZERO:
      g_value_set_boolean (value, self->include_zero);
      break;
    case PROP_TARGET:
      g_value_set_double (value, isfinite (self->target) ? self->target : 0.0);
      break;
    case PROP_HAS_TARGET:
      g_value_set_boolean (value, isfinite (self->target));
      break;
    case PROP_TARGET_LABEL:
      g_value_set_string (value, self->target_label);
      break;
    case PROP_COLOR_SCALE:
      g_value_set_enum (value, self->color_scale);
      break;
    case PROP_COLOR_CENTER:
      g_value_set_double (value, self->color_center);
      break;
    case PROP_CENTER_LABEL:
      g_value_set_string (value, self->center_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_chart_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TerChart *self = TER_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      ter_chart_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DATA:
      ter_chart_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_TITLE:
      ter_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_SHOW_LEGEND:
      ter_chart_set_show_legend (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_VALUES:
      ter_chart_set_show_values (self, g_value_get_boolean (value));
      break;
    case PROP_INCLUDE_ZERO:
      ter_chart_set_include_zero (self, g_value_get_boolean (value));
      break;
    case PROP_TARGET:
      ter_chart_set_target (self, g_value_get_double (value), self->target_label);
      break;
    case PROP_HAS_TARGET:
      if (!g_value_get_boolean (value))
        ter_chart_set_target (self, NAN, self->target_label);
      else if (!isfinite (self->target))
        ter_chart_set_target (self, 0.0, self->target_label);
      break;
    case PROP_TARGET_LABEL:
      ter_chart_set_target (self, self->target, g_value_get_string (value));
      break;
    case PROP_COLOR_SCALE:
      ter_chart_set_color_scale (self, g_value_get_enum (value));
      break;
    case PROP_COLOR_CENTER:
      ter_chart_set_color_center (self, g_value_get_double (value));
      break;
    case PROP_CENTER_LABEL:
      ter_chart_set_center_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_chart_class_init (TerChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ter_chart_finalize;
  object_class->get_property = ter_chart_get_property;
  object_class->set_property = ter_chart_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TER_TYPE_CHART_KIND, TER_CHART_LINE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL,
                        TER_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_VALUES] =
    g_param_spec_boolean ("show-values", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_ZERO] =
    g_param_spec_boolean ("include-zero", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * TerChart:target:
   *
   * A horizontal target line for line, area and bar charts (a vertical one
   * for hbar); only drawn when #TerChart:has-target is set. Setting it
   * sets #TerChart:has-target.
   */
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_TARGET] =
    g_param_spec_boolean ("has-target", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_LABEL] =
    g_param_spec_string ("target-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_SCALE] =
    g_param_spec_enum ("color-scale", NULL, NULL,
                       TER_TYPE_CHART_SCALE, TER_CHART_SCALE_SEQUENTIAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_CENTER] =
    g_param_spec_double ("color-center", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * TerChart:center-label:
   *
   * Caption above the donut's total; %NULL for the default ("Total").
   */
  properties[PROP_CENTER_LABEL] =
    g_param_spec_string ("center-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TerChart::changed:
   *
   * Emitted when anything that affects drawing changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ter_chart_init (TerChart *self)
{
  self->kind = TER_CHART_LINE;
  self->data = ter_chart_data_new ();
  self->show_legend = TRUE;
  self->target = NAN;
  self->color_scale = TER_CHART_SCALE_SEQUENTIAL;
  ter_chart_style_init_light (&self->style);
}

TerChart *
ter_chart_new (TerChartKind kind)
{
  return g_object_new (TER_TYPE_CHART, "kind", kind, NULL);
}

TerChartKind
ter_chart_get_kind (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), TER_CHART_LINE);

  return self->kind;
}

void
ter_chart_set_kind (TerChart     *self,
                    TerChartKind  kind)
{
  g_return_if_fail (TER_IS_CHART (self));
  g_return_if_fail (kind <= TER_CHART_HEAT);

  if (self->kind == kind)
    return;

  self->kind = kind;
  emit_changed (self, PROP_KIND);
}

/**
 * ter_chart_get_data:
 *
 * Returns: (transfer none): the data; never %NULL
 */
TerChartData *
ter_chart_get_data (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), NULL);

  return self->data;
}

/**
 * ter_chart_set_data:
 * @data: (nullable): the new data, or %NULL for empty data
 *
 * Replaces the data. Also call this (or ter_chart_invalidate()) after
 * changing the current data in place.
 */
void
ter_chart_set_data (TerChart     *self,
                    TerChartData *data)
{
  g_return_if_fail (TER_IS_CHART (self));

  if (data != NULL)
    ter_chart_data_ref (data);
  else
    data = ter_chart_data_new ();

  g_clear_pointer (&self->data, ter_chart_data_unref);
  self->data = data;
  emit_changed (self, PROP_DATA);
}

const char *
ter_chart_get_title (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), NULL);

  return self->title;
}

void
ter_chart_set_title (TerChart   *self,
                     const char *title)
{
  g_return_if_fail (TER_IS_CHART (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  if (replace_string (&self->title, title))
    emit_changed (self, PROP_TITLE);
}

gboolean
ter_chart_get_show_legend (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), FALSE);

  return self->show_legend;
}

void
ter_chart_set_show_legend (TerChart *self,
                           gboolean  show_legend)
{
  g_return_if_fail (TER_IS_CHART (self));

  show_legend = !!show_legend;
  if (self->show_legend == show_legend)
    return;

  self->show_legend = show_legend;
  emit_changed (self, PROP_SHOW_LEGEND);
}

gboolean
ter_chart_get_show_values (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), FALSE);

  return self->show_values;
}

/**
 * ter_chart_set_show_values:
 *
 * Writes the values on bars (when they fit). Heat tables, hbar and donut
 * charts always show their values.
 */
void
ter_chart_set_show_values (TerChart *self,
                           gboolean  show_values)
{
  g_return_if_fail (TER_IS_CHART (self));

  show_values = !!show_values;
  if (self->show_values == show_values)
    return;

  self->show_values = show_values;
  emit_changed (self, PROP_SHOW_VALUES);
}

gboolean
ter_chart_get_include_zero (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), FALSE);

  return self->include_zero;
}

/**
 * ter_chart_set_include_zero:
 *
 * Makes line charts start their value axis at zero. Bar and area charts
 * always include zero.
 */
void
ter_chart_set_include_zero (TerChart *self,
                            gboolean  include_zero)
{
  g_return_if_fail (TER_IS_CHART (self));

  include_zero = !!include_zero;
  if (self->include_zero == include_zero)
    return;

  self->include_zero = include_zero;
  emit_changed (self, PROP_INCLUDE_ZERO);
}

/**
 * ter_chart_get_target:
 *
 * Returns: the target value, or NaN if there is none
 */
double
ter_chart_get_target (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), NAN);

  return self->target;
}

const char *
ter_chart_get_target_label (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), NULL);

  return self->target_label;
}

/**
 * ter_chart_set_target:
 * @target: the target, or NaN for none
 * @label: (nullable): caption drawn with the line, e.g. "Target"
 */
void
ter_chart_set_target (TerChart   *self,
                      double      target,
                      const char *label)
{
  gboolean changed = FALSE;

  g_return_if_fail (TER_IS_CHART (self));

  if (!isfinite (target))
    target = NAN;

  if (!(self->target == target || (isnan (self->target) && isnan (target))))
    {
      gboolean had = isfinite (self->target);

      self->target = target;
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
      if (had != isfinite (target))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET]);
    }
  if (replace_string (&self->target_label, label))
    {
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_LABEL]);
    }

  if (changed)
    emit_changed (self, PROP_0);
}

void
ter_chart_clear_target (TerChart *self)
{
  ter_chart_set_target (self, NAN, NULL);
}

TerChartScale
ter_chart_get_color_scale (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), TER_CHART_SCALE_SEQUENTIAL);

  return self->color_scale;
}

void
ter_chart_set_color_scale (TerChart      *self,
                           TerChartScale  scale)
{
  g_return_if_fail (TER_IS_CHART (self));

  if (self->color_scale == scale)
    return;

  self->color_scale = scale;
  emit_changed (self, PROP_COLOR_SCALE);
}

double
ter_chart_get_color_center (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), 0.0);

  return self->color_center;
}

/**
 * ter_chart_set_color_center:
 *
 * The neutral value of the diverging scale (0 for growth rates, 1 for
 * ratios to target).
 */
void
ter_chart_set_color_center (TerChart *self,
                            double    center)
{
  g_return_if_fail (TER_IS_CHART (self));

  if (!isfinite (center) || self->color_center == center)
    return;

  self->color_center = center;
  emit_changed (self, PROP_COLOR_CENTER);
}

const char *
ter_chart_get_center_label (TerChart *self)
{
  g_return_val_if_fail (TER_IS_CHART (self), NULL);

  return self->center_label != NULL ? self->center_label : _("Total");
}

void
ter_chart_set_center_label (TerChart   *self,
                            const char *label)
{
  g_return_if_fail (TER_IS_CHART (self));

  if (replace_string (&self->center_label, label))
    emit_changed (self, PROP_CENTER_LABEL);
}

/**
 * ter_chart_set_formatter:
 * @func: (nullable): the formatter, %NULL for ter_chart_format_default()
 * @user_data: passed to @func
 * @destroy: (nullable): frees @user_data
 *
 * Sets how values are printed on axes, bars, cells, tooltips and in the
 * accessible description.
 */
void
ter_chart_set_formatter (TerChart           *self,
                         TerChartFormatFunc  func,
                         gpointer            user_data,
                         GDestroyNotify      destroy)
{
  g_return_if_fail (TER_IS_CHART (self));

  if (self->format_destroy != NULL)
    self->format_destroy (self->format_data);

  self->format_func = func;
  self->format_data = user_data;
  self->format_destroy = destroy;
  emit_changed (self, PROP_0);
}

/**
 * ter_chart_format_value:
 *
 * Returns: (transfer full): @value printed with the chart's formatter
 */
char *
ter_chart_format_value (TerChart *self,
                        double    value)
{
  char *text;

  g_return_val_if_fail (TER_IS_CHART (self), NULL);

  if (self->format_func == NULL)
    return ter_chart_format_default (value, NULL);

  text = self->format_func (value, self->format_data);

  return text != NULL ? text : g_strdup ("");
}

/**
 * ter_chart_invalidate:
 *
 * Tells the chart its data was changed in place: drops the cached layout
 * and emits #TerChart::changed.
 */
void
ter_chart_invalidate (TerChart *self)
{
  g_return_if_fail (TER_IS_CHART (self));

  emit_changed (self, PROP_0);
}

/* Private */

TerChartLayout *
ter_chart_ensure_layout (TerChart            *self,
                         double               width,
                         double               height,
                         const TerChartStyle *style)
{
  if (style != NULL && !ter_chart_style_equal (style, &self->style))
    {
      self->style = *style;
      drop_layout (self);
    }

  if (self->layout != NULL &&
      self->layout->width == width &&
      self->layout->height == height)
    return self->layout;

  drop_layout (self);
  self->layout = ter_chart_layout_new (self, width, height, &self->style);

  return self->layout;
}

const TerChartStyle *
ter_chart_get_last_style (TerChart *self)
{
  return &self->style;
}

void
ter_chart_set_last_style (TerChart            *self,
                          const TerChartStyle *style)
{
  if (ter_chart_style_equal (style, &self->style))
    return;

  self->style = *style;
  drop_layout (self);
}
