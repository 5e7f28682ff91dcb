/* ter-channel.h: a sales channel (web shop, marketplace, distributors, direct).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ter-types.h"

G_BEGIN_DECLS

#define TER_TYPE_CHANNEL (ter_channel_get_type ())
G_DECLARE_FINAL_TYPE (TerChannel, ter_channel, TER, CHANNEL, GObject)

TerChannel     *ter_channel_new              (gint64          id,
                                              const char     *code,
                                              const char     *name_en,
                                              const char     *name_zh,
                                              TerChannelKind  kind);
gint64          ter_channel_get_id           (TerChannel     *self);
const char     *ter_channel_get_code         (TerChannel     *self);
const char     *ter_channel_get_display_name (TerChannel     *self);
TerChannelKind  ter_channel_get_kind         (TerChannel     *self);

G_END_DECLS
