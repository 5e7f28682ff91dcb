/* bench-dashboard.c: times one dashboard refresh on an existing database.
 *
 * A refresh is every query the dashboard makes after a filter change:
 * KPIs for the period and the same period last year, the monthly trend
 * for both, and the breakdowns by channel, category, rep and territory.
 * Prints the median and the slowest wall-clock time over several filters
 * and runs, and the mean processor time, in milliseconds (the machine may
 * be busy with other work, which stretches wall-clock time only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "ter-analytics-store.h"
#include "ter-sqlite-store.h"

static void
refresh (TerAnalyticsStore        *store,
         const TerAnalyticsFilter *filter)
{
  static const TerAnalyticsGroup groups[] = {
    TER_ANALYTICS_GROUP_NONE, TER_ANALYTICS_GROUP_MONTH, TER_ANALYTICS_GROUP_CHANNEL,
    TER_ANALYTICS_GROUP_CATEGORY, TER_ANALYTICS_GROUP_REP, TER_ANALYTICS_GROUP_TERRITORY,
  };
  TerAnalyticsFilter last_year = *filter;

  /* The same days a year earlier (years in the period are whole here). */
  last_year.first_day[3]--;
  last_year.last_day[3]--;
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      for (guint year = 0; year < (i < 2 ? 2 : 1); year++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GArray) points = ter_analytics_store_query (store, year ? &last_year : filter,
                                                                groups[i], "CNY", &error);

          if (points == NULL)
            g_error ("%s", error->message);
        }
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

int
main (int    argc,
      char **argv)
{
  /* Year to date; then with a territory, a channel, a top category and a
   * rep, as a manager clicks through. */
  static const TerAnalyticsFilter filters[] = {
    { "2026-01-01", "2026-10-31", 0, 0, 0, 0 },
    { "2026-01-01", "2026-10-31", 2, 0, 0, 0 },
    { "2026-01-01", "2026-10-31", 0, 3, 0, 0 },
    { "2026-01-01", "2026-10-31", 0, 0, 1, 0 },
    { "2026-01-01", "2026-10-31", 0, 0, 0, 5 },
    { "2026-07-01", "2026-09-30", 2, 1, 0, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  double times[G_N_ELEMENTS (filters) * 5];
  guint n = 0;
  clock_t cpu;

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATABASE\n", argv[0]);
      return EXIT_FAILURE;
    }
  if ((store = ter_sqlite_store_open (argv[1], &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  refresh (TER_ANALYTICS_STORE (store), &filters[0]);  /* warms the page cache */
  cpu = clock ();
  for (guint run = 0; run < 5; run++)
    for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
      {
        gint64 start = g_get_monotonic_time ();

        refresh (TER_ANALYTICS_STORE (store), &filters[i]);
        times[n++] = (g_get_monotonic_time () - start) / 1000.0;
      }

  cpu = clock () - cpu;

  qsort (times, n, sizeof times[0], compare_doubles);
  g_print ("%.2f %.2f %.2f\n", times[n / 2], times[n - 1], cpu * 1000.0 / CLOCKS_PER_SEC / n);
  return EXIT_SUCCESS;
}
