/* ter-map-export.c - maps as PNG, SVG and PDF through the same renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-map-export"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ter-chart-render.h"
#include "ter-map-render-private.h"

static cairo_surface_t *
create_surface (const char      *path,
                TerChartFormat   format,
                int              width,
                int              height)
{
  switch (format)
    {
    case TER_CHART_FORMAT_SVG:
      return cairo_svg_surface_create (path, width, height);
    case TER_CHART_FORMAT_PDF:
      return cairo_pdf_surface_create (path, width, height);
    case TER_CHART_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

static cairo_status_t
draw_and_write (TerMapRenderer  *self,
                cairo_surface_t *surface,
                const char      *path,
                TerChartFormat   format)
{
  cairo_status_t status = cairo_surface_status (surface);
  cairo_t *cr;

  if (status != CAIRO_STATUS_SUCCESS)
    return status;
  cr = cairo_create (surface);
  ter_map_renderer_render (self, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    return status;
  if (format == TER_CHART_FORMAT_PNG)
    return cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  return cairo_surface_status (surface);
}

/**
 * ter_map_renderer_export:
 * @self: a renderer
 * @path: the file to write
 * @format: PNG (size in pixels), SVG or PDF (size in points)
 * @width: width of the picture
 * @height: height
 * @error: where to put an error naming the file
 *
 * Writes the map with its current data, colours, selection and legend,
 * fitted to the size, on an opaque background. The view on screen is
 * left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
ter_map_renderer_export (TerMapRenderer  *self,
                         const char      *path,
                         TerChartFormat   format,
                         int              width,
                         int              height,
                         GError         **error)
{
  TerMapRenderer saved;
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (TER_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (width < 64 || height < 64 || width > 32767 || height > 32767)
    {
      g_set_error (error, TER_CHART_ERROR, TER_CHART_ERROR_INVALID_SIZE,
                   _("Cannot export a map of %d × %d; use 64 to 32767 on each side"), width, height);
      return FALSE;
    }
  saved = *self;
  self->hover = -1;
  self->style.fill_background = TRUE;
  ter_map_renderer_set_size (self, width, height);
  surface = create_surface (path, format, width, height);
  status = draw_and_write (self, surface, path, format);
  cairo_surface_destroy (surface);

  self->style = saved.style;
  self->hover = saved.hover;
  ter_map_renderer_set_size (self, saved.width, saved.height);
  self->zoom = saved.zoom;
  self->pan_x = saved.pan_x;
  self->pan_y = saved.pan_y;
  /* Clicks on the screen's legend must not hit the file's. */
  memcpy (self->legend_box, saved.legend_box, sizeof self->legend_box);
  ter_map_renderer_update_view (self);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TER_CHART_ERROR,
                   status == CAIRO_STATUS_WRITE_ERROR || status == CAIRO_STATUS_FILE_NOT_FOUND
                     ? TER_CHART_ERROR_WRITE : TER_CHART_ERROR_FAILED,
                   _("Could not export the map to “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
