/* ter-test-ui.h: what the UI tests share: waiting for the main loop,
 * finding a widget by type and saving a widget as PNG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Iterates the main loop until done (data) or a minute passed; asserts. */
void       ter_test_wait_for   (gboolean  (*done) (gpointer),
                                gpointer    data);
/* Lets layout, animations and a few frames happen. */
void       ter_test_settle     (void);
/* The first descendant of `widget` (itself included) of `type`. */
GtkWidget *ter_test_find_child (GtkWidget  *widget,
                                GType       type);
/* Renders `widget` (a window or any widget in one) and saves it as
 * `name` in $G_TEST_BUILDDIR. */
void       ter_test_save_png   (GtkWidget  *widget,
                                const char *name);

G_END_DECLS
