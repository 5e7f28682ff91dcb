/* ter-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-period"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ter-format.h"
#include "ter-period.h"

static void
set_months (TerPeriod *period,
            int        first_year,
            int        first_month,
            int        n_months)
{
  int last_index = first_year * 12 + (first_month - 1) + n_months - 1;
  int last_year = last_index / 12;
  int last_month = last_index % 12 + 1;

  g_date_clear (&period->first, 1);
  g_date_clear (&period->last, 1);
  g_date_set_dmy (&period->first, 1, first_month, first_year);
  g_date_set_dmy (&period->last,
                  g_date_get_days_in_month (last_month, last_year),
                  last_month, last_year);
}

/* Moves (year, month) back by `n` months. */
static void
months_back (int *year,
             int *month,
             int  n)
{
  int index = *year * 12 + (*month - 1) - n;

  *year = index / 12;
  *month = index % 12 + 1;
}

static int
fiscal_year_start (int   year,
                   int   month,
                   guint fiscal_start_month)
{
  return month >= (int) fiscal_start_month ? year : year - 1;
}

void
ter_period_init_preset (TerPeriod       *period,
                        TerPeriodPreset  preset,
                        const GDate     *today,
                        guint            fiscal_start_month)
{
  int year = g_date_get_year (today);
  int month = g_date_get_month (today);
  int quarter_month = ((month - 1) / 3) * 3 + 1;
  int y = year;
  int m = month;

  if (fiscal_start_month < 1 || fiscal_start_month > 12)
    fiscal_start_month = 1;

  switch (preset)
    {
    case TER_PERIOD_THIS_MONTH:
      set_months (period, year, month, 1);
      break;
    case TER_PERIOD_LAST_MONTH:
      months_back (&y, &m, 1);
      set_months (period, y, m, 1);
      break;
    case TER_PERIOD_THIS_QUARTER:
      set_months (period, year, quarter_month, 3);
      break;
    case TER_PERIOD_LAST_QUARTER:
      m = quarter_month;
      months_back (&y, &m, 3);
      set_months (period, y, m, 3);
      break;
    case TER_PERIOD_YEAR_TO_DATE:
      set_months (period, year, 1, month);
      break;
    case TER_PERIOD_THIS_FISCAL_YEAR:
      set_months (period, fiscal_year_start (year, month, fiscal_start_month),
                  fiscal_start_month, 12);
      break;
    case TER_PERIOD_LAST_FISCAL_YEAR:
      set_months (period, fiscal_year_start (year, month, fiscal_start_month) - 1,
                  fiscal_start_month, 12);
      break;
    case TER_PERIOD_LAST_12_MONTHS:
      months_back (&y, &m, 11);
      set_months (period, y, m, 12);
      break;
    case TER_PERIOD_N_PRESETS:
    default:
      g_return_if_reached ();
    }
}

static void
shift_year (const GDate *in,
            GDate       *out)
{
  int year = g_date_get_year (in) - 1;
  int month = g_date_get_month (in);
  int day = MIN (g_date_get_day (in), g_date_get_days_in_month (month, year));

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
}

void
ter_period_previous_year (const TerPeriod *period,
                          TerPeriod       *out)
{
  shift_year (&period->first, &out->first);
  shift_year (&period->last, &out->last);
  /* A period that ends on the last day of February keeps doing so. */
  if (g_date_is_last_of_month (&period->last))
    g_date_set_day (&out->last,
                    g_date_get_days_in_month (g_date_get_month (&out->last),
                                              g_date_get_year (&out->last)));
}

static void
format_day (const GDate *date,
            char         out[11])
{
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
}

void
ter_period_format_bounds (const TerPeriod *period,
                          char             first[11],
                          char             last[11])
{
  format_day (&period->first, first);
  format_day (&period->last, last);
}

void
ter_period_format_months (const TerPeriod *period,
                          char             first[8],
                          char             last[8])
{
  g_snprintf (first, 8, "%04d-%02d", g_date_get_year (&period->first),
              g_date_get_month (&period->first));
  g_snprintf (last, 8, "%04d-%02d", g_date_get_year (&period->last),
              g_date_get_month (&period->last));
}

const char *
ter_period_preset_label (TerPeriodPreset preset)
{
  switch (preset)
    {
    case TER_PERIOD_THIS_MONTH:
      return _("This month");
    case TER_PERIOD_LAST_MONTH:
      return _("Last month");
    case TER_PERIOD_THIS_QUARTER:
      return _("This quarter");
    case TER_PERIOD_LAST_QUARTER:
      return _("Last quarter");
    case TER_PERIOD_YEAR_TO_DATE:
      return _("Year to date");
    case TER_PERIOD_THIS_FISCAL_YEAR:
      return _("This fiscal year");
    case TER_PERIOD_LAST_FISCAL_YEAR:
      return _("Last fiscal year");
    case TER_PERIOD_LAST_12_MONTHS:
      return _("Last 12 months");
    case TER_PERIOD_N_PRESETS:
    default:
      return NULL;
    }
}

char *
ter_period_describe (const TerPeriod *period,
                     TerPeriodPreset  preset,
                     guint            fiscal_start_month)
{
  int y1 = g_date_get_year (&period->first);
  int m1 = g_date_get_month (&period->first);
  int y2 = g_date_get_year (&period->last);
  int m2 = g_date_get_month (&period->last);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  switch (preset)
    {
    case TER_PERIOD_THIS_MONTH:
    case TER_PERIOD_LAST_MONTH:
      return ter_format_month (y1, m1);
    case TER_PERIOD_THIS_QUARTER:
    case TER_PERIOD_LAST_QUARTER:
      /* Translators: a calendar quarter: first the quarter number, then the year. */
      return g_strdup_printf (_("Q%d %d"), (m1 - 1) / 3 + 1, y1);
    case TER_PERIOD_THIS_FISCAL_YEAR:
    case TER_PERIOD_LAST_FISCAL_YEAR:
      if (fiscal_start_month <= 1)
        /* Translators: a fiscal year that is a calendar year. */
        return g_strdup_printf (_("FY %d"), y1);
      /* Translators: a fiscal year across two calendar years, as in "FY 2025/26". */
      return g_strdup_printf (_("FY %d/%02d"), y1, y2 % 100);
    case TER_PERIOD_YEAR_TO_DATE:
    case TER_PERIOD_LAST_12_MONTHS:
    case TER_PERIOD_N_PRESETS:
    default:
      break;
    }

  from = ter_format_month (y1, m1);
  to = ter_format_month (y2, m2);
  /* Translators: a range of months, as in "January 2026 – November 2026". */
  return g_strdup_printf (_("%s – %s"), from, to);
}

gboolean
ter_period_parse_date (const char *text,
                       GDate      *out)
{
  int y, m, d;
  char tail;

  g_date_clear (out, 1);
  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (out, d, m, y);
  return TRUE;
}
