/* territory-cli-import.h: `territory-cli import`, `export`, `backup`
 * and `restore`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

int territory_cli_import (TerStore  *store,
                          int        argc,
                          char     **argv);
int territory_cli_export (TerStore  *store,
                          int        argc,
                          char     **argv);
int territory_cli_backup (TerStore  *store,
                          int        argc,
                          char     **argv);
int territory_cli_restore (TerStore  *store,
                           int        argc,
                           char     **argv);
