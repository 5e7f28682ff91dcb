/* ter-welcome-page.c: offers the demo company or an empty start, never
 * choosing either silently; the demo is generated in a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-demo.h"
#include "ter-welcome-page.h"

struct _TerWelcomePage
{
  GtkWidget       parent_instance;

  TerContext     *context;
  GCancellable   *cancellable;

  /* Template widgets */
  AdwStatusPage  *status;
  GtkStack       *stack;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
};

G_DEFINE_FINAL_TYPE (TerWelcomePage, ter_welcome_page, GTK_TYPE_WIDGET)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  GWeakRef page;
  double   fraction;
} Progress;

static gboolean
show_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  g_autoptr(TerWelcomePage) self = g_weak_ref_get (&progress->page);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, progress->fraction);

  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_weak_ref_clear (&progress->page);
  g_free (progress);
}

/* Called in the worker: hand the number over to the main thread. */
static void
demo_progress_cb (double   fraction,
                  gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  g_weak_ref_init (&progress->page, user_data);
  progress->fraction = fraction;
  g_idle_add_full (G_PRIORITY_DEFAULT, show_progress_cb, progress, progress_free);
}

static void
generate_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TerStore *store = task_data;
  TerDemoOptions options;
  GError *error = NULL;

  ter_demo_options_init (&options);
  if (ter_demo_generate (store, &options, demo_progress_cb, source, cancellable, &error)
      && ter_store_set_setting (store, "setup", "demo", &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
generate_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TerWelcomePage *self = TER_WELCOME_PAGE (source);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_stack_set_visible_child_name (self->stack, "choice");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_status_page_set_description (self->status, error->message);
      return;
    }

  g_signal_emit (self, signals[FINISHED], 0);
}

static void
demo_clicked_cb (TerWelcomePage *self)
{
  ter_welcome_page_create_demo (self);
}

static void
empty_clicked_cb (TerWelcomePage *self)
{
  ter_welcome_page_start_empty (self);
}

void
ter_welcome_page_start_empty (TerWelcomePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TER_IS_WELCOME_PAGE (self));

  if (!ter_store_set_setting (ter_context_get_store (self->context), "setup", "empty", &error))
    {
      adw_status_page_set_description (self->status, error->message);
      return;
    }

  g_signal_emit (self, signals[FINISHED], 0);
}

static void
cancel_clicked_cb (TerWelcomePage *self)
{
  gtk_label_set_label (self->progress_label, _("Cancelling…"));
  g_cancellable_cancel (self->cancellable);
}

static void
ter_welcome_page_dispose (GObject *object)
{
  TerWelcomePage *self = TER_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TER_TYPE_WELCOME_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ter_welcome_page_parent_class)->dispose (object);
}

static void
ter_welcome_page_class_init (TerWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_welcome_page_dispose;

  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ter-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TerWelcomePage, status);
  gtk_widget_class_bind_template_child (widget_class, TerWelcomePage, stack);
  gtk_widget_class_bind_template_child (widget_class, TerWelcomePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TerWelcomePage, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, demo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcome-page");
}

static void
ter_welcome_page_init (TerWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_status_page_set_icon_name (self->status, APP_ID);
}

void
ter_welcome_page_set_context (TerWelcomePage *self,
                              TerContext     *context)
{
  g_return_if_fail (TER_IS_WELCOME_PAGE (self));
  g_set_object (&self->context, context);
}

void
ter_welcome_page_create_demo (TerWelcomePage *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TER_IS_WELCOME_PAGE (self));
  g_return_if_fail (self->context != NULL);

  if (self->cancellable != NULL)
    return;

  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->progress_label, _("Creating the demo company…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  task = g_task_new (self, self->cancellable, generate_done_cb, NULL);
  g_task_set_source_tag (task, ter_welcome_page_create_demo);
  g_task_set_task_data (task, g_object_ref (ter_context_get_store (self->context)), g_object_unref);
  g_task_run_in_thread (task, generate_thread);
}
