/* territory-cli-quote.h: `territory-cli quote`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

int territory_cli_quote_command (TerStore  *store,
                                 int        argc,
                                 char     **argv);
