/* ter-chart-format.c - turning values into label text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ter-chart-format"

#include <math.h>
#include <string.h>

#include "ter-chart-format.h"

/**
 * ter_chart_format_default:
 *
 * A #TerChartFormatFunc printing like "%g" but without its pitfalls: up
 * to 6 significant digits, no exponent between 1e-4 and 1e15, no trailing
 * zeros, no "-0", and rounding noise (0.30000000000000004) removed.
 *
 * Returns: (transfer full): the text
 */
char *
ter_chart_format_default (double   value,
                          gpointer user_data G_GNUC_UNUSED)
{
  char buf[64];
  double mag;
  int decimals;
  char *end;

  if (isnan (value))
    return g_strdup ("–");
  if (isinf (value))
    return g_strdup (value > 0 ? "∞" : "−∞");

  mag = fabs (value);
  if (mag != 0.0 && (mag >= 1e15 || mag < 1e-4))
    return g_strdup_printf ("%.3g", value);

  /* 6 significant digits, but never more than 6 decimals. */
  decimals = mag < 1.0 ? 6 : CLAMP (5 - (int) floor (log10 (mag)), 0, 6);
  g_snprintf (buf, sizeof buf, "%.*f", decimals, value);

  /* Strip trailing zeros and a dangling decimal separator (which may be
   * a locale's comma). */
  end = buf + strlen (buf);
  if (decimals > 0)
    {
      while (end > buf && end[-1] == '0')
        *--end = '\0';
      if (end > buf && (end[-1] == '.' || end[-1] == ','))
        *--end = '\0';
    }

  if (g_str_equal (buf, "-0"))
    return g_strdup ("0");

  return g_strdup (buf);
}

/**
 * ter_chart_format_percent:
 * @fraction: share, 0.25 for 25%
 *
 * Returns: (transfer full): "25%", "7.5%" or "<0.1%"
 */
char *
ter_chart_format_percent (double fraction)
{
  double pct = fraction * 100.0;

  if (!isfinite (pct))
    return g_strdup ("–");
  if (pct > 0 && pct < 0.1)
    return g_strdup ("<0.1%");
  if (fabs (pct) < 9.95 && fabs (pct - nearbyint (pct)) >= 0.05)
    return g_strdup_printf ("%.1f%%", pct);

  return g_strdup_printf ("%.0f%%", pct);
}
