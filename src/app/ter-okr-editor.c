/* ter-okr-editor.c: a new objective: title, owner, the objective it
 * supports, and two to five key results, each measured by check-ins or
 * linked to a live sales metric of the owner's territory. Nothing is
 * written until everything reads; a refusal is shown in the window, which
 * stays open so nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-okr.h"
#include "ter-okr-editor.h"

/* What a key result is measured by, as offered in the form. */
static const struct {
  TerOkrKind   kind;
  TerOkrMetric metric;
} measures[] = {
  { TER_OKR_KIND_NUMBER, TER_OKR_METRIC_NONE },
  { TER_OKR_KIND_PERCENT, TER_OKR_METRIC_NONE },
  { TER_OKR_KIND_MONEY, TER_OKR_METRIC_NONE },
  { TER_OKR_KIND_MILESTONE, TER_OKR_METRIC_NONE },
  { TER_OKR_KIND_MONEY, TER_OKR_METRIC_REVENUE },
  { TER_OKR_KIND_NUMBER, TER_OKR_METRIC_NEW_DISTRIBUTORS },
  { TER_OKR_KIND_MONEY, TER_OKR_METRIC_AVG_ORDER_VALUE },
  { TER_OKR_KIND_PERCENT, TER_OKR_METRIC_RETURN_RATE },
};

typedef struct {
  AdwEntryRow *title;
  AdwComboRow *measure;
  AdwEntryRow *start;
  AdwEntryRow *target;
} Slot;

struct _TerOkrEditor
{
  AdwWindow     parent_instance;

  TerContext   *context;
  char         *quarter;
  GArray       *parent_ids;     /* gint64, row 0 = none */
  GArray       *territory_ids;  /* gint64, row 0 = the company */
  AdwEntryRow  *title;
  AdwComboRow  *owner;
  AdwComboRow  *supports;
  Slot          slots[TER_OKR_MAX_KEY_RESULTS];
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (TerOkrEditor, ter_okr_editor, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
owner_currency (TerOkrEditor *self)
{
  guint row = adw_combo_row_get_selected (self->owner);
  gint64 id = row < self->territory_ids->len ? g_array_index (self->territory_ids, gint64, row) : 0;
  TerTerritory *territory = id > 0 ? ter_context_find_territory (self->context, id) : NULL;

  return territory != NULL ? ter_territory_get_currency (territory) : ter_context_get_currency (self->context);
}

/* Reads one slot; FALSE with a message naming it when it does not read. */
static gboolean
read_slot (TerOkrEditor           *self,
           guint                   index,
           TerOkrKeyResultRecord  *record,
           GError                **error)
{
  Slot *slot = &self->slots[index];
  guint measure = adw_combo_row_get_selected (slot->measure);
  g_autoptr(GError) local_error = NULL;
  gint64 territory = g_array_index (self->territory_ids, gint64, adw_combo_row_get_selected (self->owner));

  *record = (TerOkrKeyResultRecord) {
    .title = gtk_editable_get_text (GTK_EDITABLE (slot->title)),
    .kind = measures[measure].kind, .metric = measures[measure].metric,
    .currency = owner_currency (self), .target_value = 1,
    .scope_territory_id = measures[measure].metric != TER_OKR_METRIC_NONE ? territory : 0,
  };
  if (record->kind == TER_OKR_KIND_MILESTONE)
    return TRUE;
  if (!ter_okr_parse_value (record->kind, gtk_editable_get_text (GTK_EDITABLE (slot->start)),
                            record->currency, &record->start_value, &local_error)
      || !ter_okr_parse_value (record->kind, gtk_editable_get_text (GTK_EDITABLE (slot->target)),
                               record->currency, &record->target_value, &local_error))
    {
      /* Translators: key result number, then what is wrong with a value. */
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID, _("Key result %u: %s"),
                   index + 1, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
create_cb (TerOkrEditor *self)
{
  TerOkrKeyResultRecord records[TER_OKR_MAX_KEY_RESULTS];
  g_autoptr(GError) error = NULL;
  guint owner = adw_combo_row_get_selected (self->owner);
  guint supports = adw_combo_row_get_selected (self->supports);
  TerOkrObjectiveRecord objective = {
    .quarter = self->quarter, .title = gtk_editable_get_text (GTK_EDITABLE (self->title)),
    .owner_kind = owner == 0 ? TER_OKR_OWNER_COMPANY : TER_OKR_OWNER_TERRITORY,
    .owner_id = g_array_index (self->territory_ids, gint64, owner),
    .parent_id = g_array_index (self->parent_ids, gint64, supports),
  };
  guint n = 0;
  gint64 id = 0;

  /* Empty slots are left out; the store counts what remains. */
  for (guint i = 0; i < TER_OKR_MAX_KEY_RESULTS && error == NULL; i++)
    if (*gtk_editable_get_text (GTK_EDITABLE (self->slots[i].title)) != '\0'
        && read_slot (self, i, &records[n], &error))
      n++;
  if (error == NULL)
    id = ter_okr_store_add_objective (TER_OKR_STORE (ter_context_get_store (self->context)),
                                      &objective, records, n, &error);
  if (id == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
measure_changed_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Slot        *slot)
{
  gboolean milestone = measures[adw_combo_row_get_selected (row)].kind == TER_OKR_KIND_MILESTONE;

  gtk_widget_set_visible (GTK_WIDGET (slot->start), !milestone);
  gtk_widget_set_visible (GTK_WIDGET (slot->target), !milestone);
}

static GtkWidget *
make_slot (TerOkrEditor *self,
           guint         index)
{
  g_autofree char *title = g_strdup_printf (_("Key Result %u"), index + 1);
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  Slot *slot = &self->slots[index];

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    gtk_string_list_take (names, measures[i].metric == TER_OKR_METRIC_NONE
                          /* Translators: how a key result is measured, "Check-ins: a percentage". */
                          ? g_strdup_printf (_("Check-ins: %s"), ter_okr_kind_label (measures[i].kind))
                          /* Translators: a key result linked to sales data, "Linked: Return rate". */
                          : g_strdup_printf (_("Linked: %s"), ter_okr_metric_label (measures[i].metric)));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (index >= TER_OKR_MIN_KEY_RESULTS)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Optional"));
  slot->title = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->title), _("What will be true at the end of the quarter"));
  slot->measure = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->measure), _("Measured by"));
  adw_combo_row_set_model (slot->measure, G_LIST_MODEL (names));
  g_object_unref (names);
  slot->start = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->start), _("Start value"));
  gtk_editable_set_text (GTK_EDITABLE (slot->start), "0");
  slot->target = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->target), _("Target value (lower than the start for a reduction)"));
  g_signal_connect (slot->measure, "notify::selected", G_CALLBACK (measure_changed_cb), slot);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->title));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->measure));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->start));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->target));
  return group;
}

static GtkWidget *
make_objective_group (TerOkrEditor *self,
                      GPtrArray    *objectives)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkStringList *owners = gtk_string_list_new (NULL);
  GtkStringList *parents = gtk_string_list_new (NULL);
  GListModel *territories = ter_context_get_territories (self->context);
  gint64 none = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Objective"));
  self->title = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title), _("What do you want to achieve?"));

  gtk_string_list_append (owners, _("Company"));
  g_array_append_val (self->territory_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);
      g_autofree char *indent = g_strnfill (2 * ter_territory_get_depth (t), ' ');
      gint64 id = ter_territory_get_id (t);

      gtk_string_list_take (owners, g_strconcat (indent, ter_territory_get_display_name (t), NULL));
      g_array_append_val (self->territory_ids, id);
    }
  self->owner = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner), _("Owner"));
  adw_combo_row_set_model (self->owner, G_LIST_MODEL (owners));

  gtk_string_list_append (parents, _("None (a top objective)"));
  g_array_append_val (self->parent_ids, none);
  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (objectives, i);

      gtk_string_list_append (parents, o->title);
      g_array_append_val (self->parent_ids, o->id);
    }
  self->supports = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->supports), _("Supports"));
  adw_combo_row_set_model (self->supports, G_LIST_MODEL (parents));
  g_object_unref (owners);
  g_object_unref (parents);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->supports));
  return group;
}

static GtkWidget *
make_header (TerOkrEditor *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *create = gtk_button_new_with_mnemonic (_("C_reate"));

  gtk_widget_add_css_class (create, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (create, "clicked", G_CALLBACK (create_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), create);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  return header;
}

static void
ter_okr_editor_finalize (GObject *object)
{
  TerOkrEditor *self = TER_OKR_EDITOR (object);

  g_clear_object (&self->context);
  g_free (self->quarter);
  g_array_unref (self->parent_ids);
  g_array_unref (self->territory_ids);
  G_OBJECT_CLASS (ter_okr_editor_parent_class)->finalize (object);
}

static void
ter_okr_editor_class_init (TerOkrEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ter_okr_editor_finalize;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ter_okr_editor_init (TerOkrEditor *self)
{
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->territory_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

TerOkrEditor *
ter_okr_editor_new (GtkWindow  *parent,
                    TerContext *context,
                    const char *quarter,
                    GPtrArray  *objectives)
{
  TerOkrEditor *self;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *label = ter_okr_quarter_label (quarter);
  g_autofree char *title = g_strdup_printf (_("New Objective for %s"), label);

  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);

  self = g_object_new (TER_TYPE_OKR_EDITOR, "transient-for", parent, "modal", TRUE,
                       "default-width", 560, "default-height", 720, "title", title, NULL);
  self->context = g_object_ref (context);
  self->quarter = g_strdup (quarter);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 8);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (make_objective_group (self, objectives)));
  for (guint i = 0; i < TER_OKR_MAX_KEY_RESULTS; i++)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (make_slot (self, i)));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), make_header (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  return self;
}
