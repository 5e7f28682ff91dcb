/* ter-page.h: what the window needs of a page in its sidebar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ter-context.h"

G_BEGIN_DECLS

#define TER_TYPE_PAGE (ter_page_get_type ())
G_DECLARE_INTERFACE (TerPage, ter_page, TER, PAGE, GtkWidget)

struct _TerPageInterface
{
  GTypeInterface parent_iface;

  /* Gives the page the shared context; the page listens to its signals. */
  void (*set_context) (TerPage    *self,
                       TerContext *context);
};

void ter_page_set_context (TerPage    *self,
                           TerContext *context);
/* Pages never reach for the window: they emit ::add-toast instead. */
void ter_page_add_toast   (TerPage    *self,
                           const char *message);

/* The pages of the sidebar, in order. */
typedef struct {
  const char *name;          /* stack page name, "overview" */
  const char *title;         /* N_() marked; translated when shown */
  const char *icon_name;
  GType     (*get_type) (void);
} TerPageInfo;

const TerPageInfo *ter_page_registry (guint *n_pages);

G_END_DECLS
