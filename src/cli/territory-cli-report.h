/* territory-cli-report.h: `territory-cli report`, the monthly summary
 * as PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

int territory_cli_report (TerStore  *store,
                          int        argc,
                          char     **argv);
