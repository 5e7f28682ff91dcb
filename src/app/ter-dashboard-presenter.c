/* ter-dashboard-presenter.c: presentation mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-dashboard-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-chart-view.h"
#include "ter-dashboard-charts.h"
#include "ter-dashboard-presenter.h"

/* Long enough to talk about a chart, short enough to keep a room awake. */
#define SLIDE_SECONDS 15

struct _TerDashboardPresenter
{
  GtkWindow     parent_instance;

  TerDashboard *dashboard;
  guint         slide;
  guint         timer;
  gboolean      paused;

  char         *subtitle;
  GtkStack     *stack;
  TerChartView *view;
  GtkLabel     *position;
  GtkLabel     *hint;
};

G_DEFINE_FINAL_TYPE (TerDashboardPresenter, ter_dashboard_presenter, GTK_TYPE_WINDOW)

static guint
n_slides (void)
{
  return 1 + TER_DASHBOARD_N_CHARTS;
}

static void
update_hint (TerDashboardPresenter *self)
{
  g_autofree char *position = g_strdup_printf ("%u / %u", self->slide + 1, n_slides ());

  gtk_label_set_label (self->position, position);
  gtk_label_set_label (self->hint, self->paused
                       ? _("Paused · ← → to step · Space to resume · Esc to leave")
                       : _("← → to step · Space to pause · Esc to leave"));
}

static void
show_slide (TerDashboardPresenter *self)
{
  if (self->slide == 0)
    gtk_stack_set_visible_child_name (self->stack, "kpis");
  else
    {
      g_autoptr(TerChart) chart = ter_dashboard_build_chart (self->dashboard, self->slide - 1);

      ter_chart_view_set_chart (self->view, chart);
      gtk_stack_set_visible_child_name (self->stack, "chart");
    }
  update_hint (self);
}

static gboolean
timer_cb (gpointer user_data)
{
  ter_dashboard_presenter_step (user_data, 1);
  return G_SOURCE_CONTINUE;
}

static void
restart_timer (TerDashboardPresenter *self)
{
  g_clear_handle_id (&self->timer, g_source_remove);
  if (!self->paused)
    self->timer = g_timeout_add_seconds (SLIDE_SECONDS, timer_cb, self);
}

void
ter_dashboard_presenter_step (TerDashboardPresenter *self,
                              int                    delta)
{
  g_return_if_fail (TER_IS_DASHBOARD_PRESENTER (self));

  self->slide = (self->slide + n_slides () + delta % (int) n_slides ()) % n_slides ();
  show_slide (self);
}

guint
ter_dashboard_presenter_get_slide (TerDashboardPresenter *self)
{
  g_return_val_if_fail (TER_IS_DASHBOARD_PRESENTER (self), 0);
  return self->slide;
}

guint
ter_dashboard_presenter_get_n_slides (TerDashboardPresenter *self)
{
  return n_slides ();
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TerDashboardPresenter *self)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_Return:
      ter_dashboard_presenter_step (self, 1);
      restart_timer (self);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_BackSpace:
      ter_dashboard_presenter_step (self, -1);
      restart_timer (self);
      return TRUE;
    case GDK_KEY_Home:
      ter_dashboard_presenter_step (self, -(int) self->slide);
      restart_timer (self);
      return TRUE;
    case GDK_KEY_space:
      self->paused = !self->paused;
      restart_timer (self);
      update_hint (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static GtkWidget *
kpi_grid (TerDashboard *dashboard)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 48);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 36);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_widget_set_valign (grid, GTK_ALIGN_CENTER);
  for (guint k = 0; k < TER_DASHBOARD_N_KPIS; k++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *caption = gtk_label_new (ter_dashboard_kpi_title (k));
      g_autofree char *text = ter_dashboard_kpi_text (dashboard, k);
      g_autofree char *detail_text = ter_dashboard_kpi_detail (dashboard, k);
      GtkWidget *value = gtk_label_new (text);
      GtkWidget *detail = gtk_label_new (detail_text);
      int trend = ter_dashboard_kpi_trend (dashboard, k);

      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_add_css_class (value, "presentation-value");
      gtk_widget_add_css_class (value, "numeric");
      gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
      gtk_label_set_justify (GTK_LABEL (detail), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (detail, trend > 0 ? "success" : trend < 0 ? "error" : "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
      gtk_box_append (GTK_BOX (box), value);
      gtk_box_append (GTK_BOX (box), detail);
      gtk_grid_attach (GTK_GRID (grid), box, k % 4, k / 4, 1, 1);
    }
  return grid;
}

static void
build (TerDashboardPresenter *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Headline Figures"));
  GtkWidget *kpis = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *subtitle;

  gtk_widget_set_margin_top (box, 32);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 48);
  gtk_widget_set_margin_end (box, 48);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_add_css_class (title, "presentation-title");
  gtk_box_append (GTK_BOX (kpis), title);
  subtitle = gtk_label_new (self->subtitle);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (kpis), subtitle);
  gtk_box_append (GTK_BOX (kpis), kpi_grid (self->dashboard));
  gtk_widget_set_valign (kpis, GTK_ALIGN_CENTER);
  gtk_stack_add_named (self->stack, kpis, "kpis");

  self->view = TER_CHART_VIEW (ter_chart_view_new (NULL));
  ter_chart_view_set_scale (self->view, 1.8);
  gtk_widget_set_focusable (GTK_WIDGET (self->view), FALSE);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->view), "chart");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  self->hint = GTK_LABEL (gtk_label_new (NULL));
  self->position = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->hint), TRUE);
  gtk_label_set_xalign (self->hint, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->position), "dim-label");
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->hint));
  /* Whose figures, on every slide. */
  subtitle = gtk_label_new (self->subtitle);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (footer), subtitle);
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->position));
  gtk_box_append (GTK_BOX (box), footer);

  gtk_window_set_child (GTK_WINDOW (self), box);
}

static void
ter_dashboard_presenter_dispose (GObject *object)
{
  TerDashboardPresenter *self = TER_DASHBOARD_PRESENTER (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  g_clear_pointer (&self->dashboard, ter_dashboard_unref);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (ter_dashboard_presenter_parent_class)->dispose (object);
}

static void
ter_dashboard_presenter_class_init (TerDashboardPresenterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_dashboard_presenter_dispose;
}

static void
ter_dashboard_presenter_init (TerDashboardPresenter *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  gtk_window_set_title (GTK_WINDOW (self), _("Dashboard Presentation"));
  /* Before the chart, which would take the arrows for its highlight. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWindow *
ter_dashboard_presenter_new (GtkWindow    *parent,
                             TerDashboard *dashboard,
                             const char   *subtitle)
{
  TerDashboardPresenter *self;

  g_return_val_if_fail (dashboard != NULL, NULL);

  self = g_object_new (TER_TYPE_DASHBOARD_PRESENTER, "transient-for", parent, NULL);
  self->dashboard = ter_dashboard_ref (dashboard);
  self->subtitle = g_strdup (subtitle);
  build (self);
  show_slide (self);
  restart_timer (self);
  gtk_window_fullscreen (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
