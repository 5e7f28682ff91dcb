/* ter-format.h: numbers, money and dates the way the user's locale writes
 * them: ¥, 万 and 亿 in Chinese; $, K and M in English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when the user interface is in Chinese. */
gboolean  ter_locale_is_chinese       (void);

char     *ter_format_integer          (gint64       value);
/* "¥12,345.67", "-$8.00". */
char     *ter_format_money            (gint64       minor,
                                       const char  *currency);
/* Short forms for summaries: "¥1.23亿", "¥45.6万", "$1.2M", "$980K". */
char     *ter_format_money_compact    (gint64       minor,
                                       const char  *currency);
/* Compact form of a plain number in major units ("1.23万", "4.5M"). */
char     *ter_format_number_compact   (double       value);
/* 0.875 → "87.5%". */
char     *ter_format_percent          (double       fraction);
/* 0.123 → "+12.3%", -0.04 → "−4.0%". */
char     *ter_format_change           (double       fraction);
/* "November 2026" / "2026年11月". */
char     *ter_format_month            (int          year,
                                       int          month);
/* "Nov 23, 2026" / "2026年11月23日". */
char     *ter_format_date             (const GDate *date);

G_END_DECLS
