/* ter-chart-style.h - colours, fonts and sizes of charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TerChartColor:
 *
 * A non-premultiplied sRGB colour, components in 0..1.
 */
typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} TerChartColor;

#define TER_CHART_PALETTE_SIZE 8
#define TER_CHART_RAMP_SIZE    5

/**
 * TerChartStyle:
 * @palette: categorical colours, chosen to read on light and dark
 *   backgrounds and to be told apart in order
 * @sequential: ramp stops from low to high values (heat tables)
 * @diverging: ramp stops from negative through neutral (middle stop) to
 *   positive values
 * @foreground: strong text: titles, values, tooltip values
 * @foreground_dim: axis labels, legends, secondary text
 * @grid: grid lines
 * @axis: the zero/base line
 * @background: what the chart is drawn on; used for gaps and rings
 * @surface: tooltip bubble background
 * @target: target lines and markers
 * @comparison: comparison series (last year) without their own colour
 * @font_family: Pango family list, e.g. "Cantarell, Noto Sans CJK SC"
 * @font_size: base label size in pixels at @scale 1
 * @scale: multiplies every size; 1 on screen, about 1.5 for presentation
 *   mode
 * @fill_background: paint @background before drawing (exports)
 *
 * A plain struct: copy it by value, compare with ter_chart_style_equal().
 */
typedef struct {
  TerChartColor palette[TER_CHART_PALETTE_SIZE];
  TerChartColor sequential[TER_CHART_RAMP_SIZE];
  TerChartColor diverging[TER_CHART_RAMP_SIZE];
  TerChartColor foreground;
  TerChartColor foreground_dim;
  TerChartColor grid;
  TerChartColor axis;
  TerChartColor background;
  TerChartColor surface;
  TerChartColor target;
  TerChartColor comparison;
  char          font_family[128];
  double        font_size;
  double        scale;
  gboolean      fill_background;
} TerChartStyle;

void     ter_chart_style_init_light      (TerChartStyle       *style);
void     ter_chart_style_init_dark       (TerChartStyle       *style);
void     ter_chart_style_set_font        (TerChartStyle       *style,
                                          const char          *family,
                                          double               size);
void     ter_chart_style_set_foreground  (TerChartStyle       *style,
                                          const TerChartColor *color);
gboolean ter_chart_style_equal           (const TerChartStyle *a,
                                          const TerChartStyle *b);
void     ter_chart_style_get_palette_color (const TerChartStyle *style,
                                            guint                index,
                                            TerChartColor       *color);
void     ter_chart_style_sample_sequential (const TerChartStyle *style,
                                            double               t,
                                            TerChartColor       *color);
void     ter_chart_style_sample_diverging  (const TerChartStyle *style,
                                            double               t,
                                            TerChartColor       *color);

gboolean ter_chart_color_parse     (TerChartColor       *color,
                                    const char          *spec);
double   ter_chart_color_luminance (const TerChartColor *color);
void     ter_chart_color_mix       (const TerChartColor *a,
                                    const TerChartColor *b,
                                    double               t,
                                    TerChartColor       *result);

G_END_DECLS
