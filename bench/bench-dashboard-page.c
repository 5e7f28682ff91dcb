/* bench-dashboard-page.c: times everything the Dashboard page reads after
 * a filter change (ter_dashboard_compute: KPIs, trend and last year,
 * forecast, breakdowns, rankings with top customers and distributors,
 * heat table) on an existing database.
 *
 * Prints the median and the slowest wall-clock time over several filters
 * and runs, and the mean processor time, in milliseconds; then the same
 * three for the top customers and distributors alone. With BENCH_VERBOSE
 * set, each refresh's wall-clock and processor time goes to stderr, to
 * see which filter is slow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <time.h>

#include "ter-context.h"
#include "ter-dashboard.h"
#include "ter-dashboard-store.h"
#include "ter-sqlite-store.h"

#define RUNS 3

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static void
report (double *times,
        guint   n,
        clock_t cpu)
{
  qsort (times, n, sizeof times[0], compare_doubles);
  g_print ("%.2f %.2f %.2f\n", times[n / 2], times[n - 1], cpu * 1000.0 / CLOCKS_PER_SEC / n);
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
  g_autoptr(TerContext) context = NULL;
  TerDashboardQuery query = { .currency = "CNY" };
  double times[G_N_ELEMENTS (filters) * RUNS];
  guint n = 0;
  clock_t cpu;

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATABASE\n", argv[0]);
      return EXIT_FAILURE;
    }
  if ((store = ter_sqlite_store_open (argv[1], &error)) == NULL
      || !ter_context_reload ((context = ter_context_new (TER_STORE (store))), &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  query.territories = ter_context_get_territories (context);
  g_date_clear (&query.today, 1);
  g_date_set_dmy (&query.today, 31, 10, 2026);

  for (int part = 0; part < 2; part++)
    {
      n = 0;
      cpu = clock ();
      for (guint run = 0; run < RUNS; run++)
        for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
          {
            gint64 start = g_get_monotonic_time ();
            clock_t one = clock ();

            query.filter = filters[i];
            if (part == 0)
              ter_dashboard_unref (ter_dashboard_compute (TER_STORE (store), &query, &error));
            else
              g_array_unref (ter_dashboard_store_sum_customers (TER_DASHBOARD_STORE (store),
                                                                &filters[i], &error));
            if (error != NULL)
              g_error ("%s", error->message);
            times[n++] = (g_get_monotonic_time () - start) / 1000.0;
            if (g_getenv ("BENCH_VERBOSE"))
              g_printerr ("part %d filter %u: %.2f ms, %.2f ms processor time\n", part, i, times[n - 1],
                          (clock () - one) * 1000.0 / CLOCKS_PER_SEC);
          }
      report (times, n, clock () - cpu);
    }
  return EXIT_SUCCESS;
}
