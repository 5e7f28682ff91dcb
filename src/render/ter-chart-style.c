/* ter-chart-style.c - colours, fonts and sizes of charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-style"

#include <math.h>
#include <string.h>

#include "ter-chart-style.h"

#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans, Noto Sans CJK SC, DejaVu Sans, sans-serif"
#define DEFAULT_FONT_SIZE   12.0

/* Mid-luminance hues that hold up on white and on #1e1e1e; the dark set
 * is lifted a little so thin lines keep their contrast. The order keeps
 * neighbours far apart in hue. */
static const char * const light_palette[TER_CHART_PALETTE_SIZE] = {
  "#3a6fd8", "#f0a202", "#e5533d", "#2fa99a",
  "#8e5bd8", "#e0679e", "#3d9a50", "#7b8799",
};
static const char * const dark_palette[TER_CHART_PALETTE_SIZE] = {
  "#6b9cf5", "#f7b52c", "#f47563", "#48c7b5",
  "#ab83f2", "#f08cbb", "#5cbc6d", "#9aa6b8",
};
static const char * const light_sequential[TER_CHART_RAMP_SIZE] = {
  "#eef4fd", "#c2d8f7", "#85afec", "#4682d9", "#1d4f9f",
};
static const char * const dark_sequential[TER_CHART_RAMP_SIZE] = {
  "#243042", "#254b7c", "#2f6cbd", "#5c9bf0", "#b0d0ff",
};
static const char * const light_diverging[TER_CHART_RAMP_SIZE] = {
  "#c63f35", "#ee9e8f", "#f3f2f1", "#93bde6", "#2b6cb3",
};
static const char * const dark_diverging[TER_CHART_RAMP_SIZE] = {
  "#e3675c", "#8c4841", "#3a3a3d", "#3d648f", "#72aaee",
};

static void
set_color (TerChartColor *color,
           const char    *spec,
           double         alpha)
{
  if (!ter_chart_color_parse (color, spec))
    g_return_if_reached ();
  color->alpha = alpha;
}

static void
init_common (TerChartStyle *style)
{
  memset (style, 0, sizeof *style);
  g_strlcpy (style->font_family, DEFAULT_FONT_FAMILY, sizeof style->font_family);
  style->font_size = DEFAULT_FONT_SIZE;
  style->scale = 1.0;
  style->fill_background = FALSE;
}

/**
 * ter_chart_style_init_light:
 *
 * Fills @style with the light style (Adwaita view colours).
 */
void
ter_chart_style_init_light (TerChartStyle *style)
{
  g_return_if_fail (style != NULL);

  init_common (style);
  for (guint i = 0; i < TER_CHART_PALETTE_SIZE; i++)
    set_color (&style->palette[i], light_palette[i], 1.0);
  for (guint i = 0; i < TER_CHART_RAMP_SIZE; i++)
    {
      set_color (&style->sequential[i], light_sequential[i], 1.0);
      set_color (&style->diverging[i], light_diverging[i], 1.0);
    }
  set_color (&style->foreground, "#1f1f24", 1.0);
  set_color (&style->foreground_dim, "#1f1f24", 0.62);
  set_color (&style->grid, "#000000", 0.075);
  set_color (&style->axis, "#000000", 0.28);
  set_color (&style->background, "#ffffff", 1.0);
  set_color (&style->surface, "#ffffff", 0.97);
  set_color (&style->target, "#d9480f", 1.0);
  set_color (&style->comparison, "#8b93a1", 1.0);
}

/**
 * ter_chart_style_init_dark:
 *
 * Fills @style with the dark style (Adwaita dark view colours).
 */
void
ter_chart_style_init_dark (TerChartStyle *style)
{
  g_return_if_fail (style != NULL);

  init_common (style);
  for (guint i = 0; i < TER_CHART_PALETTE_SIZE; i++)
    set_color (&style->palette[i], dark_palette[i], 1.0);
  for (guint i = 0; i < TER_CHART_RAMP_SIZE; i++)
    {
      set_color (&style->sequential[i], dark_sequential[i], 1.0);
      set_color (&style->diverging[i], dark_diverging[i], 1.0);
    }
  set_color (&style->foreground, "#f4f4f6", 1.0);
  set_color (&style->foreground_dim, "#f4f4f6", 0.62);
  set_color (&style->grid, "#ffffff", 0.085);
  set_color (&style->axis, "#ffffff", 0.32);
  set_color (&style->background, "#1e1e1e", 1.0);
  set_color (&style->surface, "#383838", 0.97);
  set_color (&style->target, "#ff8c4a", 1.0);
  set_color (&style->comparison, "#8d95a3", 1.0);
}

/**
 * ter_chart_style_set_font:
 * @family: (nullable): a Pango family list; %NULL keeps the current one
 * @size: base label size in pixels, or 0 to keep the current one
 */
void
ter_chart_style_set_font (TerChartStyle *style,
                          const char    *family,
                          double         size)
{
  g_return_if_fail (style != NULL);

  if (family != NULL && *family != '\0')
    {
      /* Keep CJK coverage whatever the desktop font is. */
      if (strstr (family, "CJK") == NULL)
        g_snprintf (style->font_family, sizeof style->font_family, "%s, Noto Sans CJK SC, sans-serif", family);
      else
        g_strlcpy (style->font_family, family, sizeof style->font_family);
    }
  if (size > 0)
    style->font_size = size;
}

/**
 * ter_chart_style_set_foreground:
 *
 * Sets the text colour (e.g. the widget's CSS colour) and derives the dim
 * text colour from it.
 */
void
ter_chart_style_set_foreground (TerChartStyle       *style,
                                const TerChartColor *color)
{
  g_return_if_fail (style != NULL);
  g_return_if_fail (color != NULL);

  style->foreground = *color;
  style->foreground_dim = *color;
  style->foreground_dim.alpha = color->alpha * 0.62;
}

static gboolean
color_equal (const TerChartColor *a,
             const TerChartColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}

gboolean
ter_chart_style_equal (const TerChartStyle *a,
                       const TerChartStyle *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  for (guint i = 0; i < TER_CHART_PALETTE_SIZE; i++)
    if (!color_equal (&a->palette[i], &b->palette[i]))
      return FALSE;
  for (guint i = 0; i < TER_CHART_RAMP_SIZE; i++)
    if (!color_equal (&a->sequential[i], &b->sequential[i]) ||
        !color_equal (&a->diverging[i], &b->diverging[i]))
      return FALSE;

  return color_equal (&a->foreground, &b->foreground) &&
         color_equal (&a->foreground_dim, &b->foreground_dim) &&
         color_equal (&a->grid, &b->grid) &&
         color_equal (&a->axis, &b->axis) &&
         color_equal (&a->background, &b->background) &&
         color_equal (&a->surface, &b->surface) &&
         color_equal (&a->target, &b->target) &&
         color_equal (&a->comparison, &b->comparison) &&
         g_strcmp0 (a->font_family, b->font_family) == 0 &&
         a->font_size == b->font_size &&
         a->scale == b->scale &&
         !a->fill_background == !b->fill_background;
}

void
ter_chart_style_get_palette_color (const TerChartStyle *style,
                                   guint                index,
                                   TerChartColor       *color)
{
  g_return_if_fail (style != NULL);
  g_return_if_fail (color != NULL);

  *color = style->palette[index % TER_CHART_PALETTE_SIZE];
}

static void
sample_ramp (const TerChartColor *ramp,
             double               t,
             TerChartColor       *color)
{
  double pos;
  guint i;

  if (isnan (t))
    t = 0.0;
  t = CLAMP (t, 0.0, 1.0);
  pos = t * (TER_CHART_RAMP_SIZE - 1);
  i = MIN ((guint) floor (pos), TER_CHART_RAMP_SIZE - 2);
  ter_chart_color_mix (&ramp[i], &ramp[i + 1], pos - i, color);
}

/**
 * ter_chart_style_sample_sequential:
 * @t: position on the ramp, 0 (low) to 1 (high)
 */
void
ter_chart_style_sample_sequential (const TerChartStyle *style,
                                   double               t,
                                   TerChartColor       *color)
{
  g_return_if_fail (style != NULL);
  g_return_if_fail (color != NULL);

  sample_ramp (style->sequential, t, color);
}

/**
 * ter_chart_style_sample_diverging:
 * @t: position on the ramp, -1 (most negative) through 0 (neutral) to 1
 */
void
ter_chart_style_sample_diverging (const TerChartStyle *style,
                                  double               t,
                                  TerChartColor       *color)
{
  g_return_if_fail (style != NULL);
  g_return_if_fail (color != NULL);

  if (isnan (t))
    t = 0.0;
  sample_ramp (style->diverging, (CLAMP (t, -1.0, 1.0) + 1.0) / 2.0, color);
}

/**
 * ter_chart_color_parse:
 * @spec: "#rgb", "#rrggbb" or "#rrggbbaa"
 *
 * Returns: %FALSE if @spec is not understood (@color is then untouched)
 */
gboolean
ter_chart_color_parse (TerChartColor *color,
                       const char    *spec)
{
  guint v[4] = { 0, 0, 0, 255 };
  gsize len;

  g_return_val_if_fail (color != NULL, FALSE);

  if (spec == NULL || spec[0] != '#')
    return FALSE;
  spec++;
  len = strlen (spec);

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isxdigit (spec[i]))
      return FALSE;

  if (len == 3)
    {
      for (guint i = 0; i < 3; i++)
        v[i] = g_ascii_xdigit_value (spec[i]) * 17;
    }
  else if (len == 6 || len == 8)
    {
      for (guint i = 0; i < len / 2; i++)
        v[i] = g_ascii_xdigit_value (spec[2 * i]) * 16 + g_ascii_xdigit_value (spec[2 * i + 1]);
    }
  else
    return FALSE;

  color->red = v[0] / 255.0;
  color->green = v[1] / 255.0;
  color->blue = v[2] / 255.0;
  color->alpha = v[3] / 255.0;

  return TRUE;
}

static double
linearize (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/**
 * ter_chart_color_luminance:
 *
 * Returns: WCAG relative luminance, 0 (black) to 1 (white), ignoring alpha
 */
double
ter_chart_color_luminance (const TerChartColor *color)
{
  g_return_val_if_fail (color != NULL, 0.0);

  return 0.2126 * linearize (color->red) +
         0.7152 * linearize (color->green) +
         0.0722 * linearize (color->blue);
}

/**
 * ter_chart_color_mix:
 * @t: 0 gives @a, 1 gives @b
 */
void
ter_chart_color_mix (const TerChartColor *a,
                     const TerChartColor *b,
                     double               t,
                     TerChartColor       *result)
{
  TerChartColor r;

  g_return_if_fail (a != NULL && b != NULL && result != NULL);

  r.red = a->red + (b->red - a->red) * t;
  r.green = a->green + (b->green - a->green) * t;
  r.blue = a->blue + (b->blue - a->blue) * t;
  r.alpha = a->alpha + (b->alpha - a->alpha) * t;
  *result = r;
}
