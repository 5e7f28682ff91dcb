/* bench-okr.c: times one refresh of the OKRs page on an existing database.
 *
 * A refresh is what the page's worker thread does when the quarter, the
 * filters or the data change: list the quarter's objectives (for the whole
 * company, then for one territory) and read every key result, which
 * computes each linked one from the orders up to `as_of`. Prints the
 * median and slowest wall-clock time, the processor time per refresh in
 * milliseconds, and how many key results one refresh reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <time.h>

#include "ter-okr-store.h"
#include "ter-sqlite-store.h"

static guint
refresh (TerOkrStore *store,
         const char  *quarter,
         gint64       territory_id,
         const char  *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objectives = ter_okr_store_list_objectives_in (store, quarter, territory_id, &error);
  guint n = 0;

  if (objectives == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < objectives->len; i++)
    {
      g_autoptr(GPtrArray) krs = ter_okr_store_list_key_results (store,
          ((TerOkrObjective *) g_ptr_array_index (objectives, i))->id, as_of, &error);

      if (krs == NULL)
        g_error ("%s", error->message);
      n += krs->len;
    }
  return n;
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
  g_autoptr(GError) error = NULL;
  g_autoptr(TerSqliteStore) store = NULL;
  double times[10];
  guint n = 0, key_results = 0;
  clock_t cpu;

  if (argc != 4)
    {
      g_printerr ("Usage: %s DATABASE QUARTER AS-OF\n", argv[0]);
      return EXIT_FAILURE;
    }
  if ((store = ter_sqlite_store_open (argv[1], &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  refresh (TER_OKR_STORE (store), argv[2], 0, argv[3]);  /* warms the page cache */
  cpu = clock ();
  for (guint run = 0; run < 5; run++)
    for (gint64 territory = 0; territory <= 2; territory += 2)
      {
        gint64 start = g_get_monotonic_time ();
        guint read = refresh (TER_OKR_STORE (store), argv[2], territory, argv[3]);

        if (territory == 0)
          key_results = read;
        times[n++] = (g_get_monotonic_time () - start) / 1000.0;
      }
  cpu = clock () - cpu;

  qsort (times, n, sizeof times[0], compare_doubles);
  g_print ("%.2f %.2f %.2f %u\n", times[n / 2], times[n - 1], cpu * 1000.0 / CLOCKS_PER_SEC / n, key_results);
  return EXIT_SUCCESS;
}
