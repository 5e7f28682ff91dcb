/* territory-cli-chart.h: `territory-cli chart`, one dashboard chart to a
 * file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

int ter_cli_chart_command (TerStore  *store,
                           int        argc,
                           char     **argv);

G_END_DECLS
