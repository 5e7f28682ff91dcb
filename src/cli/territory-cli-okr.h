/* territory-cli-okr.h: `territory-cli okr`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

int territory_cli_okr_command (TerStore  *store,
                               int        argc,
                               char     **argv);

G_END_DECLS
