/* ter-import-parse.h: dates, numbers and names as people type them in
 * spreadsheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TER_DATE_ORDER_AUTO,   /* decided from the file's values */
  TER_DATE_ORDER_YMD,    /* 2025-10-31, 2025/10/31 */
  TER_DATE_ORDER_MDY,    /* 10/31/2025 */
  TER_DATE_ORDER_DMY,    /* 31/10/2025, 31-10-25, 31.10.2025 */
} TerDateOrder;

/* Parses a date with an optional time ("14:05", "14:05:09") and UTC
 * offset ("-0400", "+08:00", "Z") into YYYY-MM-DD. The date is the one
 * written, the local business day where the order was taken. */
gboolean     ter_import_parse_date       (const char    *text,
                                          TerDateOrder   order,
                                          char           iso[11]);
/* What a value says about the day/month order: MDY or DMY when one of
 * the first two numbers is above 12, YMD for ISO dates, else AUTO. */
TerDateOrder ter_import_date_order_hint  (const char    *text);
TerDateOrder ter_import_date_order_from_string (const char *text);

/* Parses "1,234.56", "1.234,56" (with `decimal_comma`), "-3", "(3.5)",
 * "$12", "¥1 200", "20%" (0.2) into value × 10^scale, rounded half away
 * from zero. */
gboolean     ter_import_parse_decimal    (const char    *text,
                                          gboolean       decimal_comma,
                                          int            scale,
                                          gint64        *value);
/* TRUE when a number is written with a decimal comma ("12,50",
 * "1.234,56"); FALSE when it says nothing or uses a point. */
gboolean     ter_import_looks_decimal_comma (const char *text);

/* A name reduced for matching: NFKC, case-folded, without spaces,
 * hyphens, dots, underscores and the no-break space. */
char        *ter_import_normalize_name   (const char    *text);

G_END_DECLS
