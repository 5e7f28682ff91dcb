/* ter-period.h: reporting periods (this month, last quarter, fiscal year…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TER_PERIOD_THIS_MONTH,
  TER_PERIOD_LAST_MONTH,
  TER_PERIOD_THIS_QUARTER,
  TER_PERIOD_LAST_QUARTER,
  TER_PERIOD_YEAR_TO_DATE,
  TER_PERIOD_THIS_FISCAL_YEAR,
  TER_PERIOD_LAST_FISCAL_YEAR,
  TER_PERIOD_LAST_12_MONTHS,
  TER_PERIOD_N_PRESETS
} TerPeriodPreset;

typedef struct {
  GDate first;   /* inclusive */
  GDate last;    /* inclusive */
} TerPeriod;

/* Whole calendar months are the unit of targets, so every preset covers
 * whole months; `today` decides which ones. */
void      ter_period_init_preset     (TerPeriod       *period,
                                      TerPeriodPreset  preset,
                                      const GDate     *today,
                                      guint            fiscal_start_month);
/* The same days one year earlier (29 February becomes the 28th). */
void      ter_period_previous_year   (const TerPeriod *period,
                                      TerPeriod       *out);
/* "2026-11-01" style bounds for queries. */
void      ter_period_format_bounds   (const TerPeriod *period,
                                      char             first[11],
                                      char             last[11]);
void      ter_period_format_months   (const TerPeriod *period,
                                      char             first[8],
                                      char             last[8]);
/* A label for people, such as "Q4 2026" or "2026年第4季度". */
char     *ter_period_describe        (const TerPeriod *period,
                                      TerPeriodPreset  preset,
                                      guint            fiscal_start_month);
const char *ter_period_preset_label  (TerPeriodPreset  preset);
gboolean  ter_period_parse_date      (const char      *text,
                                      GDate           *out);

G_END_DECLS
