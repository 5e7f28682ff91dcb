/* ter-chart-format.h - turning values into label text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TerChartFormatFunc:
 * @value: the value to print (major units for money)
 * @user_data: closure data
 *
 * Formats axis, value, tooltip and description labels. The app passes a
 * locale-aware one (万/亿 in Chinese, K/M in English).
 *
 * Returns: (transfer full): a newly allocated string
 */
typedef char *(*TerChartFormatFunc) (double   value,
                                     gpointer user_data);

char *ter_chart_format_default (double   value,
                                gpointer user_data);
char *ter_chart_format_percent (double   fraction);

G_END_DECLS
