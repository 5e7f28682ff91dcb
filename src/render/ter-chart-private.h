/* ter-chart-private.h - layout shared by rendering and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that places things on the canvas is computed once per
 * (chart, size, style) into a TerChartLayout, cached by the chart. The
 * renderer, the highlight overlay, hit testing and ter_chart_locate() all
 * read the same layout, so what is hit is what was drawn.
 */

#pragma once

#include <pango/pangocairo.h>

#include "ter-chart-render.h"

G_BEGIN_DECLS

typedef enum {
  TER_TEXT_LABEL,   /* axis labels, legend, cells */
  TER_TEXT_SMALL,   /* captions */
  TER_TEXT_STRONG,  /* values, tooltip headers */
  TER_TEXT_TITLE,
  TER_TEXT_HUGE,    /* the donut's total */
} TerTextKind;

typedef enum {
  TER_SWATCH_BOX,
  TER_SWATCH_LINE,
  TER_SWATCH_DASH,
  TER_SWATCH_BAND,
} TerSwatch;

typedef struct {
  PangoLayout   *text;
  TerChartColor  color;
  TerSwatch      swatch;
  double         x;
  double         y;
  double         width;
  double         height;
} TerLegendItem;

typedef struct _TerChartLayout TerChartLayout;

typedef struct {
  /* Fills in the kind specific parts of the layout, including ->plot. */
  void     (*layout)    (TerChartLayout *layout);
  void     (*draw)      (TerChartLayout *layout,
                         cairo_t        *cr);
  gboolean (*pick)      (TerChartLayout *layout,
                         double          x,
                         double          y,
                         int            *series,
                         int            *point);
  gboolean (*anchor)    (TerChartLayout *layout,
                         int             series,
                         int             point,
                         double         *x,
                         double         *y);
  void     (*highlight) (TerChartLayout *layout,
                         cairo_t        *cr,
                         int             series,
                         int             point);
} TerChartPainter;

struct _TerChartLayout
{
  TerChart              *chart;   /* unowned: the chart owns its layout */
  TerChartData          *data;
  TerChartKind           kind;
  const TerChartPainter *painter;
  TerChartStyle          style;
  double                 width;
  double                 height;
  double                 s;       /* style.scale */
  double                 pad;
  PangoContext          *pango;

  guint                  n_points;
  guint                  n_series;
  TerChartColor         *colors;  /* per series */

  PangoLayout           *title;
  GArray                *legend;  /* TerLegendItem */
  TerChartRect           content; /* below title and legend */
  TerChartRect           plot;

  /* Value axis: line, area, bar, stacked bar, hbar */
  gboolean               has_axis;
  TerChartTicks          ticks;
  double                 vmin;
  double                 vmax;
  GPtrArray             *tick_labels;
  PangoLayout           *target_label;

  /* Category axis */
  double                *pos;     /* centre of each point on the axis */
  double                 band;    /* room per category */
  GPtrArray             *cat_labels;
  guint                  label_step;
  gboolean               label_rotated;

  /* Bars */
  int                   *slot;    /* per series: bar slot or -1 */
  guint                  n_slots;
  double                 bar_width;
  double                 slot_width;
  GPtrArray             *value_labels;

  /* hbar, donut, sparkline: the series shown */
  int                    main_series;

  /* Donut */
  double                 cx;
  double                 cy;
  double                 r_outer;
  double                 r_inner;
  double                 total;
  double                *angles;  /* n_points + 1 */
  PangoLayout           *center_value;
  PangoLayout           *center_caption;
  GPtrArray             *slice_labels;   /* percentages in the ring */
  guint                  legend_points;  /* legend rows that are slices */

  /* Heat table */
  double                 cell_w;
  double                 cell_h;
  double                 heat_min;
  double                 heat_max;
  GPtrArray             *row_labels;
  GPtrArray             *cell_labels;
  TerChartRect           scale_bar;
  PangoLayout           *scale_min_label;
  PangoLayout           *scale_max_label;
};

extern const TerChartPainter ter_chart_line_painter;
extern const TerChartPainter ter_chart_spark_painter;
extern const TerChartPainter ter_chart_bar_painter;
extern const TerChartPainter ter_chart_hbar_painter;
extern const TerChartPainter ter_chart_donut_painter;
extern const TerChartPainter ter_chart_heat_painter;

/* ter-chart.c */
TerChartLayout *ter_chart_ensure_layout (TerChart            *self,
                                         double               width,
                                         double               height,
                                         const TerChartStyle *style);
const TerChartStyle *ter_chart_get_last_style (TerChart          *self);
void            ter_chart_set_last_style (TerChart            *self,
                                          const TerChartStyle *style);

/* ter-chart-layout.c */
TerChartLayout *ter_chart_layout_new      (TerChart            *chart,
                                           double               width,
                                           double               height,
                                           const TerChartStyle *style);
void            ter_chart_layout_free     (TerChartLayout      *layout);
PangoLayout    *ter_chart_layout_text     (TerChartLayout      *layout,
                                           TerTextKind          kind,
                                           const char          *text);
PangoLayout    *ter_chart_layout_value_text (TerChartLayout    *layout,
                                             TerTextKind        kind,
                                             double             value);
void            ter_chart_text_size       (PangoLayout         *text,
                                           double              *width,
                                           double              *height);
double          ter_chart_layout_value_y  (TerChartLayout      *layout,
                                           double               value);
double          ter_chart_layout_value_x  (TerChartLayout      *layout,
                                           double               value);
double          ter_chart_layout_value    (TerChartLayout      *layout,
                                           int                  series,
                                           int                  point);
gboolean        ter_chart_series_is_band  (TerChartLayout      *layout,
                                           guint                series);
int             ter_chart_layout_first_series (TerChartLayout  *layout);
void            ter_chart_layout_cartesian (TerChartLayout     *layout,
                                            double              min,
                                            double              max,
                                            TerChartTicksFlags  flags,
                                            gboolean            proportional_x,
                                            gboolean            may_rotate,
                                            double              top_room);
int             ter_chart_layout_nearest_point (TerChartLayout *layout,
                                                double          along);

/* ter-chart-draw.c */
void ter_chart_set_color          (cairo_t             *cr,
                                   const TerChartColor *color,
                                   double               alpha);
void ter_chart_draw_text          (cairo_t             *cr,
                                   PangoLayout         *text,
                                   double               x,
                                   double               y,
                                   double               xalign,
                                   double               yalign,
                                   const TerChartColor *color);
void ter_chart_path_rect          (cairo_t             *cr,
                                   double               x,
                                   double               y,
                                   double               width,
                                   double               height,
                                   double               r_top_left,
                                   double               r_top_right,
                                   double               r_bottom_right,
                                   double               r_bottom_left);
void ter_chart_path_rounded_rect  (cairo_t             *cr,
                                   double               x,
                                   double               y,
                                   double               width,
                                   double               height,
                                   double               radius);
void ter_chart_draw_frame         (TerChartLayout      *layout,
                                   cairo_t             *cr);
void ter_chart_draw_value_grid    (TerChartLayout      *layout,
                                   cairo_t             *cr);
void ter_chart_draw_category_axis (TerChartLayout      *layout,
                                   cairo_t             *cr);
void ter_chart_draw_target        (TerChartLayout      *layout,
                                   cairo_t             *cr);
void ter_chart_draw_marker        (TerChartLayout      *layout,
                                   cairo_t             *cr,
                                   double               x,
                                   double               y,
                                   double               radius,
                                   const TerChartColor *color);
void ter_chart_draw_tooltip       (TerChartLayout      *layout,
                                   cairo_t             *cr,
                                   int                  series,
                                   int                  point,
                                   double               anchor_x,
                                   double               anchor_y);

G_END_DECLS
