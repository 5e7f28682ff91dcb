/* territory-cli-import.h: `territory-cli import`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

int territory_cli_import (TerStore  *store,
                          int        argc,
                          char     **argv);
