/* ter-map-assign.c: the Map page's assignment form: territory, rep and
 * effective date for the selected or painted regions, with undo and redo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-map-assign"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-map-assign.h"
#include "ter-map-history.h"
#include "ter-page.h"
#include "ter-region.h"
#include "ter-rep.h"

/* Enough for an afternoon of redrawing without holding every snapshot. */
#define HISTORY_LIMIT 100

struct _TerMapAssign
{
  GtkWidget      parent_instance;

  TerContext    *context;
  GtkDropDown   *territory;
  GtkDropDown   *rep;
  GtkStringList *rep_names;
  GArray        *rep_ids;       /* gint64, parallel to rep_names */
  GListModel    *all_reps;      /* TerRep */
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkButton     *assign;
  GtkButton     *undo_button;
  GtkButton     *redo_button;
  GStrv          selection;
  TerMapHistory *history;
  GDate          date;
  char           day[11];
  gint64         territory_id;  /* kept across reloads of the territory list */
};

G_DEFINE_FINAL_TYPE (TerMapAssign, ter_map_assign, GTK_TYPE_WIDGET)

enum {
  HISTORY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report (TerMapAssign *self,
        const char   *message)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), TER_TYPE_PAGE);

  if (page != NULL)
    ter_page_add_toast (TER_PAGE (page), message);
  else
    g_warning ("%s", message);
}

static void
update_history_buttons (TerMapAssign *self)
{
  const char *undo = ter_map_history_get_undo_label (self->history);
  const char *redo = ter_map_history_get_redo_label (self->history);
  /* TRANSLATORS: tooltip of the Undo button, naming the step it undoes. */
  g_autofree char *undo_tip = undo ? g_strdup_printf (_("Undo: %s"), undo) : g_strdup (_("Nothing to undo"));
  /* TRANSLATORS: tooltip of the Redo button, naming the step it redoes. */
  g_autofree char *redo_tip = redo ? g_strdup_printf (_("Redo: %s"), redo) : g_strdup (_("Nothing to redo"));

  gtk_widget_set_sensitive (GTK_WIDGET (self->undo_button), undo != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->redo_button), redo != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
  g_signal_emit (self, signals[HISTORY_CHANGED], 0);
}

static TerTerritory *
chosen_territory (TerMapAssign *self)
{
  GListModel *territories;
  guint position = gtk_drop_down_get_selected (self->territory);

  if (self->context == NULL)
    return NULL;
  territories = ter_context_get_territories (self->context);
  if (position >= g_list_model_get_n_items (territories))
    return NULL;
  return g_list_model_get_item (territories, position);
}

/* A rep belongs to the territory or to one of its sub-territories. */
static gboolean
rep_is_within (TerMapAssign *self,
               TerRep       *rep,
               gint64        territory_id)
{
  gint64 id = ter_rep_get_territory_id (rep);

  for (guint depth = 0; id != 0 && depth < 64; depth++)
    {
      TerTerritory *territory;

      if (id == territory_id)
        return TRUE;
      territory = ter_context_find_territory (self->context, id);
      id = territory ? ter_territory_get_parent_id (territory) : 0;
    }
  return FALSE;
}

static void
fill_reps (TerMapAssign *self)
{
  g_autoptr(TerTerritory) territory = chosen_territory (self);
  gint64 none = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rep_names));

  g_array_set_size (self->rep_ids, 0);
  g_array_append_val (self->rep_ids, none);
  {
    g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
    g_auto(GStrv) strv = NULL;

    g_strv_builder_add (names, _("No particular rep"));
    for (guint i = 0; territory && self->all_reps && i < g_list_model_get_n_items (self->all_reps); i++)
      {
        g_autoptr(TerRep) rep = g_list_model_get_item (self->all_reps, i);
        gint64 id = ter_rep_get_id (rep);

        if (!rep_is_within (self, rep, ter_territory_get_id (territory)))
          continue;
        g_strv_builder_add (names, ter_rep_get_name (rep));
        g_array_append_val (self->rep_ids, id);
      }
    strv = g_strv_builder_end (names);
    gtk_string_list_splice (self->rep_names, 0, n, (const char * const *) strv);
  }
  gtk_drop_down_set_selected (self->rep, 0);
}

static void
load_reps (TerMapAssign *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->all_reps);
  if (self->context != NULL)
    self->all_reps = ter_store_list_reps (ter_context_get_store (self->context), &error);
  if (error != NULL)
    report (self, error->message);
  fill_reps (self);
}

static void
territory_changed_cb (TerMapAssign *self)
{
  g_autoptr(TerTerritory) territory = chosen_territory (self);

  if (territory != NULL)
    self->territory_id = ter_territory_get_id (territory);
  fill_reps (self);
}

static void
show_date (TerMapAssign *self)
{
  g_autofree char *text = ter_format_date (&self->date);
  g_autoptr(GDateTime) selected = g_date_time_new_local (g_date_get_year (&self->date),
                                                         g_date_get_month (&self->date),
                                                         g_date_get_day (&self->date), 0, 0, 0);

  g_date_strftime (self->day, sizeof self->day, "%Y-%m-%d", &self->date);
  gtk_menu_button_set_label (self->date_button, text);
  gtk_calendar_select_day (self->calendar, selected);
}

static void
day_selected_cb (TerMapAssign *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  g_date_strftime (self->day, sizeof self->day, "%Y-%m-%d", &self->date);
  {
    g_autofree char *text = ter_format_date (&self->date);

    gtk_menu_button_set_label (self->date_button, text);
  }
  gtk_menu_button_popdown (self->date_button);
}

static void
today_clicked_cb (TerMapAssign *self)
{
  g_date_set_time_t (&self->date, time (NULL));
  show_date (self);
  gtk_menu_button_popdown (self->date_button);
}

static gint64
region_id_for (TerStore    *store,
               const char  *code,
               char       **name)
{
  g_autofree char *country = g_strndup (code, 2);
  g_autoptr(GListModel) regions = ter_store_list_regions (store, country, NULL);

  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);

      if (g_str_equal (ter_region_get_code (region), code))
        {
          if (name != NULL && *name == NULL)
            *name = g_strdup (ter_region_get_display_name (region));
          return ter_region_get_id (region);
        }
    }
  return 0;
}

static char *
step_label (TerMapAssign *self,
            GArray       *ids,
            const char   *first_name,
            TerTerritory *territory)
{
  g_autofree char *day = ter_format_date (&self->date);
  const char *name = ter_territory_get_display_name (territory);

  if (ids->len == 1)
    /* TRANSLATORS: an assignment step: a region, a territory, a day. */
    return g_strdup_printf (_("assign %s to %s from %s"), first_name, name, day);
  /* TRANSLATORS: an assignment step: a number of regions, a territory, a day. */
  return g_strdup_printf (_("assign %u regions to %s from %s"), ids->len, name, day);
}

gboolean
ter_map_assign_apply (TerMapAssign       *self,
                      const char * const *codes)
{
  g_autoptr(TerTerritory) territory = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *first_name = NULL;
  TerStore *store;

  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  if (self->context == NULL || codes == NULL || codes[0] == NULL)
    return FALSE;
  store = ter_context_get_store (self->context);
  if ((territory = chosen_territory (self)) == NULL || !TER_IS_MAP_STORE (store))
    {
      report (self, _("Choose a territory to assign the regions to."));
      return FALSE;
    }
  for (guint i = 0; codes[i] != NULL; i++)
    {
      gint64 id = region_id_for (store, codes[i], &first_name);

      if (id > 0)
        g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    {
      report (self, _("These regions are not in the database, so they cannot be assigned."));
      return FALSE;
    }
  label = step_label (self, ids, first_name, territory);
  if (!ter_map_history_assign (self->history, TER_MAP_STORE (store), (gint64 *) (void *) ids->data, ids->len,
                               ter_territory_get_id (territory), ter_map_assign_get_rep (self),
                               self->day, label, &error))
    {
      report (self, error->message);
      return FALSE;
    }
  update_history_buttons (self);
  {
    /* TRANSLATORS: a toast after assigning regions; %s is a step such as
     * "assign Shandong to East China from Nov 1, 2026". */
    g_autofree char *done = g_strdup_printf (_("Done: %s. Ctrl+Z undoes it."), label);

    report (self, done);
  }
  if (!ter_context_reload (self->context, &error))
    report (self, error->message);
  return TRUE;
}

static gboolean
move_in_history (TerMapAssign *self,
                 gboolean      undo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  TerMapStore *store;
  gboolean ok;

  if (self->context == NULL || !(undo ? ter_map_history_can_undo (self->history)
                                      : ter_map_history_can_redo (self->history)))
    return FALSE;
  store = TER_MAP_STORE (ter_context_get_store (self->context));
  label = g_strdup (undo ? ter_map_history_get_undo_label (self->history) : ter_map_history_get_redo_label (self->history));
  ok = undo ? ter_map_history_undo (self->history, store, &error)
            : ter_map_history_redo (self->history, store, &error);
  if (!ok)
    {
      report (self, error->message);
      return FALSE;
    }
  /* TRANSLATORS: toasts after undo and redo, naming the step. */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
  report (self, message);
  update_history_buttons (self);
  if (!ter_context_reload (self->context, &error))
    report (self, error->message);
  return TRUE;
}

gboolean
ter_map_assign_undo (TerMapAssign *self)
{
  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  return move_in_history (self, TRUE);
}

gboolean
ter_map_assign_redo (TerMapAssign *self)
{
  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  return move_in_history (self, FALSE);
}

gboolean
ter_map_assign_can_undo (TerMapAssign *self)
{
  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  return ter_map_history_can_undo (self->history);
}

gboolean
ter_map_assign_can_redo (TerMapAssign *self)
{
  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  return ter_map_history_can_redo (self->history);
}

static void
assign_clicked_cb (TerMapAssign *self)
{
  ter_map_assign_apply (self, (const char * const *) self->selection);
}

void
ter_map_assign_set_selection (TerMapAssign       *self,
                              const char * const *codes)
{
  g_return_if_fail (TER_IS_MAP_ASSIGN (self));
  g_clear_pointer (&self->selection, g_strfreev);
  self->selection = g_strdupv ((char **) codes);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assign), codes != NULL && codes[0] != NULL);
}

static char *
territory_name (TerTerritory *territory)
{
  return g_strdup (ter_territory_get_display_name (territory));
}

/* The territory list is re-read after every change: keep the choice. */
static void
data_changed_cb (TerMapAssign *self)
{
  gint64 territory_id = self->territory_id;

  load_reps (self);
  if (territory_id != 0)
    ter_map_assign_set_territory (self, territory_id);
}

void
ter_map_assign_set_context (TerMapAssign *self,
                            TerContext   *context)
{
  GtkExpression *name;

  g_return_if_fail (TER_IS_MAP_ASSIGN (self));
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  ter_map_history_clear (self->history);
  update_history_buttons (self);
  name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (territory_name), NULL, NULL);
  gtk_drop_down_set_expression (self->territory, name);
  gtk_expression_unref (name);
  gtk_drop_down_set_model (self->territory, ter_context_get_territories (context));
  g_signal_connect_object (context, "data-changed", G_CALLBACK (data_changed_cb), self, G_CONNECT_SWAPPED);
  load_reps (self);
}

const char *
ter_map_assign_get_date (TerMapAssign *self)
{
  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), NULL);
  return self->day;
}

gboolean
ter_map_assign_set_date (TerMapAssign *self,
                         const char   *day)
{
  GDate date;

  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  if (!ter_period_parse_date (day, &date))
    return FALSE;
  self->date = date;
  show_date (self);
  return TRUE;
}

gint64
ter_map_assign_get_territory (TerMapAssign *self)
{
  g_autoptr(TerTerritory) territory = NULL;

  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), 0);
  territory = chosen_territory (self);
  return territory ? ter_territory_get_id (territory) : 0;
}

void
ter_map_assign_set_territory (TerMapAssign *self,
                              gint64        territory_id)
{
  GListModel *territories;

  g_return_if_fail (TER_IS_MAP_ASSIGN (self));
  if (self->context == NULL)
    return;
  territories = ter_context_get_territories (self->context);
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (territory) == territory_id)
        {
          gtk_drop_down_set_selected (self->territory, i);
          self->territory_id = territory_id;
          return;
        }
    }
}

gint64
ter_map_assign_get_rep (TerMapAssign *self)
{
  guint position;

  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), 0);
  position = gtk_drop_down_get_selected (self->rep);
  if (position >= self->rep_ids->len)
    return 0;
  return g_array_index (self->rep_ids, gint64, position);
}

gboolean
ter_map_assign_set_rep (TerMapAssign *self,
                        gint64        rep_id)
{
  g_return_val_if_fail (TER_IS_MAP_ASSIGN (self), FALSE);
  for (guint i = 0; i < self->rep_ids->len; i++)
    if (g_array_index (self->rep_ids, gint64, i) == rep_id)
      {
        gtk_drop_down_set_selected (self->rep, i);
        return TRUE;
      }
  return FALSE;
}

static void
ter_map_assign_dispose (GObject *object)
{
  TerMapAssign *self = TER_MAP_ASSIGN (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  g_clear_object (&self->all_reps);
  g_clear_pointer (&self->selection, g_strfreev);
  g_clear_pointer (&self->history, ter_map_history_free);
  g_clear_pointer (&self->rep_ids, g_array_unref);

  G_OBJECT_CLASS (ter_map_assign_parent_class)->dispose (object);
}

static void
ter_map_assign_class_init (TerMapAssignClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ter_map_assign_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);

  /**
   * TerMapAssign::history-changed:
   *
   * Emitted when what can be undone or redone changed.
   */
  signals[HISTORY_CHANGED] =
    g_signal_new ("history-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static GtkWidget *
make_date_picker (TerMapAssign *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *today = gtk_button_new_with_mnemonic (_("_Today"));

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), today);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  self->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->date_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_button),
                               _("The day the new assignment starts; sales before it stay with the territory they were made in"));
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  g_signal_connect_swapped (today, "clicked", G_CALLBACK (today_clicked_cb), self);
  return GTK_WIDGET (self->date_button);
}

static GtkWidget *
make_buttons (TerMapAssign *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->assign = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Assign Selected")));
  gtk_widget_add_css_class (GTK_WIDGET (self->assign), "suggested-action");
  gtk_widget_set_hexpand (GTK_WIDGET (self->assign), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assign), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->assign), _("Assign the selected regions from the chosen day on"));
  self->undo_button = GTK_BUTTON (gtk_button_new_from_icon_name ("edit-undo-symbolic"));
  self->redo_button = GTK_BUTTON (gtk_button_new_from_icon_name ("edit-redo-symbolic"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Undo"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Redo"), -1);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->assign));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->undo_button));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->redo_button));
  g_signal_connect_swapped (self->assign, "clicked", G_CALLBACK (assign_clicked_cb), self);
  g_signal_connect_swapped (self->undo_button, "clicked", G_CALLBACK (ter_map_assign_undo), self);
  g_signal_connect_swapped (self->redo_button, "clicked", G_CALLBACK (ter_map_assign_redo), self);
  return buttons;
}

static void
ter_map_assign_init (TerMapAssign *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (_("Assign Regions"));

  self->history = ter_map_history_new (HISTORY_LIMIT);
  self->rep_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rep_names = gtk_string_list_new (NULL);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  self->territory = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_drop_down_set_enable_search (self->territory, TRUE);
  self->rep = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->rep_names), NULL));
  gtk_drop_down_set_expression (self->rep, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (self->rep, TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), labelled (_("_Territory"), GTK_WIDGET (self->territory)));
  gtk_box_append (GTK_BOX (box), labelled (_("_Rep"), GTK_WIDGET (self->rep)));
  gtk_box_append (GTK_BOX (box), labelled (_("_From"), make_date_picker (self)));
  gtk_box_append (GTK_BOX (box), make_buttons (self));
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_date_set_time_t (&self->date, time (NULL));
  show_date (self);
  update_history_buttons (self);
  g_signal_connect_swapped (self->territory, "notify::selected", G_CALLBACK (territory_changed_cb), self);
}

GtkWidget *
ter_map_assign_new (void)
{
  return g_object_new (TER_TYPE_MAP_ASSIGN, NULL);
}
