/* ter-targets-page.c: the acting user's team × the twelve months of a
 * year, one editable target per cell. Typing a figure into a year cell
 * spreads it over the months, by last year's seasonality or evenly; the
 * team's sum is compared with the manager's own territory target and the
 * months where they differ are highlighted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-targets-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ter-application.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-page.h"
#include "ter-performance-store.h"
#include "ter-rep.h"
#include "ter-targets-page.h"
#include "ter-territory.h"

typedef struct {
  gint64     rep_id;
  char      *name;
  char       currency[4];
  gint64     values[12];
  GtkEntry  *entries[13];   /* 12 months, then the year */
} Row;

struct _TerTargetsPage
{
  GtkWidget       parent_instance;

  TerContext     *context;
  GPtrArray      *rows;          /* Row */
  gint64          actor_id;
  gint64          territory_id;  /* the actor's own territory */
  gint64          territory_values[12];
  GtkLabel       *total_labels[13];
  int             year;
  TerMetric       metric;

  GtkWidget      *box;
  GtkLabel       *heading;
  GtkDropDown    *metric_choice;
  GtkSwitch      *seasonal_switch;
  GtkGrid        *grid;
  GtkStack       *stack;
};

static void page_iface_init (TerPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TerTargetsPage, ter_targets_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TER_TYPE_PAGE, page_iface_init))

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_free (row);
}

static TerPerformanceStore *
perf (TerTargetsPage *self)
{
  return TER_PERFORMANCE_STORE (ter_context_get_store (self->context));
}

static char *
format_value (TerTargetsPage *self,
              gint64          value,
              const char     *currency)
{
  return self->metric == TER_METRIC_REVENUE
    ? ter_money_to_plain_string (value, currency)
    : g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static gboolean
parse_value (TerTargetsPage  *self,
             const char      *text,
             const char      *currency,
             gint64          *value,
             GError         **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  if (self->metric == TER_METRIC_REVENUE)
    return ter_money_parse (copy, currency, value, error);

  if (!g_ascii_string_to_signed (copy, 10, 0, G_MAXINT32, value, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a whole number of 0 or more."), text);
      return FALSE;
    }

  return TRUE;
}

static void
month_key (TerTargetsPage *self,
           int             month,
           char            out[8])
{
  g_snprintf (out, 8, "%04d-%02d", self->year, month + 1);
}

/* Shows a row's months and year; the team total against the territory. */
static void
show_values (TerTargetsPage *self)
{
  gint64 totals[13] = { 0 };
  const char *currency = "CNY";

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);
      gint64 year = 0;

      currency = row->currency;
      for (int m = 0; m < 13; m++)
        {
          g_autofree char *text = NULL;

          if (m < 12)
            year += row->values[m];
          text = format_value (self, m < 12 ? row->values[m] : year, row->currency);
          gtk_editable_set_text (GTK_EDITABLE (row->entries[m]), text);
          totals[m] += m < 12 ? row->values[m] : year;
        }
    }

  for (int m = 0; m < 13; m++)
    {
      gint64 own = 0;
      g_autofree char *text = format_value (self, totals[m], currency);
      GtkWidget *label = GTK_WIDGET (self->total_labels[m]);

      for (int i = 0; i < 12; i++)
        own += m == 12 || m == i ? self->territory_values[i] : 0;
      gtk_label_set_text (self->total_labels[m], text);
      if (self->territory_id > 0 && own != totals[m])
        {
          g_autofree char *goal = format_value (self, own, currency);
          /* Translators: tooltip of a month where the team's targets do not add up. */
          g_autofree char *tip = g_strdup_printf (_("Your territory’s own target is %s"), goal);

          gtk_widget_add_css_class (label, "warning");
          gtk_widget_set_tooltip_text (label, tip);
        }
      else
        {
          gtk_widget_remove_css_class (label, "warning");
          gtk_widget_set_tooltip_text (label, NULL);
        }
    }
}

static gboolean
write_months (TerTargetsPage  *self,
              Row             *row,
              const gint64    *values,
              GError         **error)
{
  TerTargetRecord records[12];
  char months[12][8];

  for (int m = 0; m < 12; m++)
    {
      month_key (self, m, months[m]);
      records[m] = (TerTargetRecord) { .rep_id = row->rep_id, .month = months[m], .metric = self->metric,
                                       .value = values[m], .currency = row->currency };
    }

  if (!ter_performance_store_set_targets (perf (self), self->actor_id, records, 12, error))
    return FALSE;

  memcpy (row->values, values, sizeof row->values);
  return TRUE;
}

/* A month cell sets that month; the year cell spreads over all twelve. */
static void
entry_activate_cb (GtkEntry       *entry,
                   TerTargetsPage *self)
{
  Row *row = g_object_get_data (G_OBJECT (entry), "row");
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
  g_autoptr(GError) error = NULL;
  gint64 value, values[12];
  char first[8];

  memcpy (values, row->values, sizeof values);
  month_key (self, 0, first);
  if (!parse_value (self, gtk_editable_get_text (GTK_EDITABLE (entry)), row->currency, &value, &error)
      || (column == 12
          ? !ter_performance_store_spread (perf (self), TRUE, row->rep_id, first, 12, self->metric, value,
                                           gtk_switch_get_active (self->seasonal_switch), values, &error)
          : (values[column] = value, FALSE))
      || !write_months (self, row, values, &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s: %s"), row->name, error->message);

      ter_page_add_toast (TER_PAGE (self), message);
    }

  show_values (self);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                TerTargetsPage          *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  Row *row = g_object_get_data (G_OBJECT (entry), "row");
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
  g_autofree char *shown = NULL;
  gint64 year = 0;

  for (int m = 0; m < 12; m++)
    year += row->values[m];
  shown = format_value (self, column < 12 ? row->values[column] : year, row->currency);
  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    entry_activate_cb (GTK_ENTRY (entry), self);
}

static GtkWidget *
header_label (const char *text,
              gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
add_row_widgets (TerTargetsPage *self,
                 Row            *row,
                 int             line)
{
  GtkWidget *name = gtk_label_new (row->name);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_grid_attach (self->grid, name, 0, line, 1, 1);
  for (int m = 0; m < 13; m++)
    {
      GtkWidget *entry = gtk_entry_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();
      g_autofree char *label = g_strdup_printf ("%s %d", row->name, m + 1);

      gtk_editable_set_width_chars (GTK_EDITABLE (entry), m == 12 ? 11 : 9);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      if (m == 12)
        {
          gtk_widget_add_css_class (entry, "heading");
          gtk_widget_set_tooltip_text (entry, _("Type a yearly figure to spread it over the months"));
        }
      g_object_set_data (G_OBJECT (entry), "row", row);
      g_object_set_data (G_OBJECT (entry), "column", GINT_TO_POINTER (m));
      g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), self);
      g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
      gtk_widget_add_controller (entry, focus);
      row->entries[m] = GTK_ENTRY (entry);
      gtk_grid_attach (self->grid, entry, m + 1, line, 1, 1);
    }
}

static void
build_grid (TerTargetsPage *self)
{
  GtkWidget *child;
  int line = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  gtk_grid_attach (self->grid, header_label (_("Team member"), FALSE), 0, 0, 1, 1);
  for (int m = 0; m < 12; m++)
    {
      g_autofree char *month = g_strdup_printf (C_("month column", "%d"), m + 1);

      gtk_grid_attach (self->grid, header_label (month, TRUE), m + 1, 0, 1, 1);
    }
  gtk_grid_attach (self->grid, header_label (_("Year"), TRUE), 13, 0, 1, 1);

  for (guint r = 0; r < self->rows->len; r++)
    add_row_widgets (self, g_ptr_array_index (self->rows, r), line++);

  gtk_grid_attach (self->grid, header_label (_("Team total"), FALSE), 0, line, 1, 1);
  for (int m = 0; m < 13; m++)
    {
      self->total_labels[m] = GTK_LABEL (header_label (NULL, TRUE));
      gtk_grid_attach (self->grid, GTK_WIDGET (self->total_labels[m]), m + 1, line, 1, 1);
    }
}

static gint64
acting_rep (TerTargetsPage *self,
            GListModel     *reps)
{
  GApplication *app = g_application_get_default ();
  gint64 id = 0;

  if (TER_IS_APPLICATION (app))
    id = g_settings_get_int64 (ter_application_get_settings (TER_APPLICATION (app)), "acting-rep-id");

  for (guint i = 0; id == 0 && i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);

      if (ter_rep_get_manager_id (rep) == 0 && ter_rep_get_role (rep) != TER_REP_ROLE_SALES_REP)
        id = ter_rep_get_id (rep);
    }

  return id;
}

static const char *
territory_currency (TerTargetsPage *self,
                    gint64          territory_id)
{
  GListModel *territories = ter_context_get_territories (self->context);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (t) == territory_id)
        return ter_territory_get_currency (t);
    }

  return ter_context_get_currency (self->context);
}

static void
fill_values (TerTargetsPage *self,
             GArray         *values,
             gint64          owner_id,
             gint64          out[12],
             char            currency[4])
{
  for (guint i = 0; i < values->len; i++)
    {
      const TerMonthValue *v = &g_array_index (values, TerMonthValue, i);

      if (v->owner_id != owner_id || atoi (v->month) != self->year)
        continue;
      out[atoi (v->month + 5) - 1] = v->value;
      if (currency != NULL && v->currency[0] != '\0')
        g_strlcpy (currency, v->currency, 4);
    }
}

static void
load (TerTargetsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reps = ter_store_list_reps (ter_context_get_store (self->context), &error);
  g_autoptr(GArray) rep_values = NULL;
  g_autoptr(GArray) territory_values = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01", self->year);
  g_autofree char *last = g_strdup_printf ("%04d-12", self->year);
  g_autofree char *heading = NULL;

  self->metric = gtk_drop_down_get_selected (self->metric_choice);
  g_ptr_array_set_size (self->rows, 0);
  memset (self->territory_values, 0, sizeof self->territory_values);
  if (reps == NULL
      || (rep_values = ter_performance_store_list_targets (perf (self), TRUE, first, last, self->metric, &error)) == NULL
      || (territory_values = ter_performance_store_list_targets (perf (self), FALSE, first, last, self->metric, &error)) == NULL)
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  self->actor_id = acting_rep (self, reps);
  self->territory_id = 0;
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      Row *row;

      if (ter_rep_get_id (rep) == self->actor_id)
        {
          self->territory_id = ter_rep_get_territory_id (rep);
          /* Translators: heading of the Targets page, "Targets 2026 · Chen Chen's team". */
          heading = g_strdup_printf (_("Targets %d · %s’s team"), self->year, ter_rep_get_name (rep));
        }
      if (ter_rep_get_manager_id (rep) != self->actor_id || self->actor_id == 0)
        continue;
      row = g_new0 (Row, 1);
      row->rep_id = ter_rep_get_id (rep);
      row->name = g_strdup (ter_rep_get_name (rep));
      g_strlcpy (row->currency, territory_currency (self, ter_rep_get_territory_id (rep)), sizeof row->currency);
      fill_values (self, rep_values, row->rep_id, row->values, row->currency);
      g_ptr_array_add (self->rows, row);
    }
  fill_values (self, territory_values, self->territory_id, self->territory_values, NULL);

  gtk_label_set_text (self->heading, heading != NULL ? heading : "");
  build_grid (self);
  show_values (self);
  gtk_stack_set_visible_child_name (self->stack, self->rows->len > 0 ? "grid" : "empty");
}

static void
context_changed_cb (TerTargetsPage *self)
{
  TerPeriod period;

  ter_context_get_period (self->context, &period);
  self->year = g_date_get_year (&period.last);
  load (self);
}

static void
build (TerTargetsPage *self)
{
  static const char * const metrics[] = { N_("Revenue"), N_("Units"), N_("New customers"), NULL };
  const char *labels[4] = { _(metrics[0]), _(metrics[1]), _(metrics[2]), NULL };
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *season = gtk_label_new (_("Spread by last year’s seasonality"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "title-2");
  gtk_label_set_xalign (self->heading, 0);
  gtk_label_set_wrap (self->heading, TRUE);
  self->metric_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->metric_choice), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Measure"), -1);
  g_signal_connect_swapped (self->metric_choice, "notify::selected", G_CALLBACK (load), self);
  self->seasonal_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->seasonal_switch, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->seasonal_switch), GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (season), TRUE);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->metric_choice));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->seasonal_switch));
  gtk_box_append (GTK_BOX (bar), season);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (self->box), bar);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->grid));
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nobody Reports to You"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Choose a manager under Preferences › User Profile to set their team’s targets."));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "grid");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 18);
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

static void
ter_targets_page_dispose (GObject *object)
{
  TerTargetsPage *self = TER_TARGETS_PAGE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ter_targets_page_parent_class)->dispose (object);
}

static void
ter_targets_page_class_init (TerTargetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_targets_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "targets-page");
}

static void
page_iface_init (TerPageInterface *iface)
{
  iface->set_context = (gpointer) ter_targets_page_set_context;
}

static void
ter_targets_page_init (TerTargetsPage *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  build (self);
}

void
ter_targets_page_set_context (TerTargetsPage *self,
                              TerContext     *context)
{
  g_return_if_fail (TER_IS_TARGETS_PAGE (self));
  g_return_if_fail (TER_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  /* Working as someone else shows their team. */
  if (TER_IS_APPLICATION (g_application_get_default ()))
    g_signal_connect_object (ter_application_get_settings (TER_APPLICATION (g_application_get_default ())),
                             "changed::acting-rep-id", G_CALLBACK (load), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "filters-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "data-changed", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  context_changed_cb (self);
}

guint
ter_targets_page_get_n_rows (TerTargetsPage *self)
{
  g_return_val_if_fail (TER_IS_TARGETS_PAGE (self), 0);

  return self->rows->len;
}
