/* ter-okr-editor.c: a new or an existing objective: title, owner (the
 * company, a region, a territory or a rep), the objective it supports, and
 * two to five key results, each measured by check-ins or linked to a live
 * sales metric of the owner. Nothing is written until everything reads; a
 * refusal is shown in the window, which stays open so nothing typed is
 * lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-money.h"
#include "ter-okr.h"
#include "ter-okr-editor.h"
#include "ter-region.h"
#include "ter-rep.h"

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
  char code[4];
} Currency;

typedef struct {
  gint64       id;           /* the key result edited, or 0 */
  char         currency[4];  /* its currency, kept when edited */
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
  gint64        objective_id;   /* 0 for a new objective */
  GArray       *parent_ids;     /* gint64, row 0 = none */
  GArray       *owner_ids;      /* gint64, of the owner kind chosen */
  GArray       *owner_currencies; /* Currency per owner row */
  AdwEntryRow  *title;
  AdwComboRow  *owner_kind;
  AdwComboRow  *owner;
  AdwComboRow  *supports;
  Slot          slots[TER_OKR_MAX_KEY_RESULTS];
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (TerOkrEditor, ter_okr_editor, ADW_TYPE_WINDOW)

enum {
  CREATED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
today_text (char day[11])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

  g_strlcpy (day, text, 11);
}

/* The owner */

static TerOkrOwnerKind
chosen_kind (TerOkrEditor *self)
{
  return (TerOkrOwnerKind) adw_combo_row_get_selected (self->owner_kind);
}

static gint64
chosen_owner (TerOkrEditor *self)
{
  guint row = adw_combo_row_get_selected (self->owner);

  if (chosen_kind (self) == TER_OKR_OWNER_COMPANY || row >= self->owner_ids->len)
    return 0;
  return g_array_index (self->owner_ids, gint64, row);
}

static const char *
territory_currency (TerOkrEditor *self,
                    gint64        territory_id)
{
  TerTerritory *territory = territory_id > 0 ? ter_context_find_territory (self->context, territory_id) : NULL;

  return territory != NULL ? ter_territory_get_currency (territory) : ter_context_get_currency (self->context);
}

static void
add_owner (TerOkrEditor  *self,
           GtkStringList *names,
           const char    *name,
           gint64         id,
           const char    *currency)
{
  Currency code = { { 0 } };

  g_strlcpy (code.code, currency, sizeof code.code);
  gtk_string_list_append (names, name);
  g_array_append_val (self->owner_ids, id);
  g_array_append_val (self->owner_currencies, code);
}

static void
fill_regions (TerOkrEditor  *self,
              GtkStringList *names)
{
  static const char *countries[] = { "CN", "US" };
  TerStore *store = ter_context_get_store (self->context);
  char day[11];

  today_text (day);
  for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
    {
      g_autoptr(GListModel) regions = ter_store_list_regions (store, countries[c], NULL);

      for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
        {
          g_autoptr(TerRegion) region = g_list_model_get_item (regions, i);
          gint64 territory = ter_okr_store_region_territory (TER_OKR_STORE (store),
                                                             ter_region_get_id (region), day);

          add_owner (self, names, ter_region_get_display_name (region), ter_region_get_id (region),
                     territory_currency (self, territory));
        }
    }
}

static void
fill_territories (TerOkrEditor  *self,
                  GtkStringList *names)
{
  GListModel *territories = ter_context_get_territories (self->context);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);
      g_autofree char *indent = g_strnfill (2 * ter_territory_get_depth (t), ' ');
      g_autofree char *name = g_strconcat (indent, ter_territory_get_display_name (t), NULL);

      add_owner (self, names, name, ter_territory_get_id (t), ter_territory_get_currency (t));
    }
}

/* Managers first, as their objectives are the ones others support. */
static void
fill_reps (TerOkrEditor  *self,
           GtkStringList *names)
{
  g_autoptr(GListModel) reps = ter_store_list_reps (ter_context_get_store (self->context), NULL);

  for (int role = TER_REP_ROLE_REGIONAL_MANAGER; role <= TER_REP_ROLE_SALES_REP; role++)
    for (guint i = 0; reps != NULL && i < g_list_model_get_n_items (reps); i++)
      {
        g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
        g_autofree char *label = NULL;

        if ((int) ter_rep_get_role (rep) != role)
          continue;
        /* Translators: an owner in the OKR editor, "Chen Chen (Regional manager)". */
        label = g_strdup_printf (_("%s (%s)"), ter_rep_get_name (rep), ter_rep_role_to_label (role));
        add_owner (self, names, label, ter_rep_get_id (rep),
                   territory_currency (self, ter_rep_get_territory_id (rep)));
      }
}

static void
owner_kind_changed_cb (TerOkrEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  TerOkrOwnerKind kind = chosen_kind (self);

  g_array_set_size (self->owner_ids, 0);
  g_array_set_size (self->owner_currencies, 0);
  if (kind == TER_OKR_OWNER_REGION)
    fill_regions (self, names);
  else if (kind == TER_OKR_OWNER_TERRITORY)
    fill_territories (self, names);
  else if (kind == TER_OKR_OWNER_REP)
    fill_reps (self, names);
  adw_combo_row_set_model (self->owner, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->owner), kind != TER_OKR_OWNER_COMPANY);
}

static const char *
owner_currency (TerOkrEditor *self)
{
  guint row = adw_combo_row_get_selected (self->owner);

  if (chosen_kind (self) == TER_OKR_OWNER_COMPANY || row >= self->owner_currencies->len)
    return ter_context_get_currency (self->context);
  return g_array_index (self->owner_currencies, Currency, row).code;
}

/* Where linked key results are measured: the owner's territory subtree,
 * the rep's own orders, or the territory covering the region today. */
static gboolean
owner_scope (TerOkrEditor  *self,
             gint64        *territory_id,
             gint64        *rep_id,
             GError       **error)
{
  gint64 owner = chosen_owner (self);
  char day[11];

  *territory_id = *rep_id = 0;
  switch (chosen_kind (self))
    {
    case TER_OKR_OWNER_TERRITORY:
      *territory_id = owner;
      return TRUE;
    case TER_OKR_OWNER_REP:
      *rep_id = owner;
      return TRUE;
    case TER_OKR_OWNER_REGION:
      today_text (day);
      *territory_id = ter_okr_store_region_territory (TER_OKR_STORE (ter_context_get_store (self->context)),
                                                      owner, day);
      if (*territory_id == 0)
        g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID,
                     _("The region is in no territory today, so its key results cannot be "
                       "linked to sales data; measure them by check-ins."));
      return *territory_id != 0;
    case TER_OKR_OWNER_COMPANY:
    default:
      break;
    }
  return TRUE;
}

/* Reading the form */

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
  gint64 territory = 0, rep = 0;

  if (measures[measure].metric != TER_OKR_METRIC_NONE && !owner_scope (self, &territory, &rep, &local_error))
    {
      g_set_error (error, TER_STORE_ERROR, TER_STORE_ERROR_INVALID, _("Key result %u: %s"),
                   index + 1, local_error->message);
      return FALSE;
    }
  *record = (TerOkrKeyResultRecord) {
    .title = gtk_editable_get_text (GTK_EDITABLE (slot->title)),
    .kind = measures[measure].kind, .metric = measures[measure].metric,
    .currency = slot->currency[0] != '\0' ? slot->currency : owner_currency (self), .target_value = 1,
    .scope_territory_id = territory, .scope_rep_id = rep,
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

static gint64
write_objective (TerOkrEditor  *self,
                 GError       **error)
{
  TerOkrKeyResultRecord records[TER_OKR_MAX_KEY_RESULTS];
  gint64 ids[TER_OKR_MAX_KEY_RESULTS];
  TerOkrStore *store = TER_OKR_STORE (ter_context_get_store (self->context));
  guint supports = adw_combo_row_get_selected (self->supports);
  TerOkrObjectiveRecord objective = {
    .quarter = self->quarter, .title = gtk_editable_get_text (GTK_EDITABLE (self->title)),
    .owner_kind = chosen_kind (self), .owner_id = chosen_owner (self),
    .parent_id = supports < self->parent_ids->len ? g_array_index (self->parent_ids, gint64, supports) : 0,
  };
  guint n = 0;

  /* Empty slots are left out; the store counts what remains. */
  for (guint i = 0; i < TER_OKR_MAX_KEY_RESULTS; i++)
    if (*gtk_editable_get_text (GTK_EDITABLE (self->slots[i].title)) != '\0')
      {
        if (!read_slot (self, i, &records[n], error))
          return 0;
        ids[n++] = self->slots[i].id;
      }
  if (self->objective_id == 0)
    return ter_okr_store_add_objective (store, &objective, records, n, error);
  if (!ter_okr_store_update_objective (store, self->objective_id, &objective, ids, records, n, error))
    return 0;
  return self->objective_id;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TerOkrEditor *self = TER_OKR_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean is_new = self->objective_id == 0;
  gint64 id = write_objective (self, &error);

  if (id == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[is_new ? CREATED : SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Building the form */

static void
measure_changed_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Slot        *slot)
{
  gboolean milestone = measures[adw_combo_row_get_selected (row)].kind == TER_OKR_KIND_MILESTONE;

  gtk_widget_set_visible (GTK_WIDGET (slot->start), !milestone);
  gtk_widget_set_visible (GTK_WIDGET (slot->target), !milestone);
}

static AdwEntryRow *
entry_row (const char *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static GtkWidget *
make_slot (TerOkrEditor *self,
           guint         index)
{
  g_autofree char *title = g_strdup_printf (_("Key Result %u"), index + 1);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
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
  slot->title = entry_row (_("What will be true at the end of the quarter"));
  slot->measure = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->measure), _("Measured by"));
  adw_combo_row_set_model (slot->measure, G_LIST_MODEL (names));
  slot->start = entry_row (_("Start value"));
  gtk_editable_set_text (GTK_EDITABLE (slot->start), "0");
  slot->target = entry_row (_("Target value (lower than the start for a reduction)"));
  g_signal_connect (slot->measure, "notify::selected", G_CALLBACK (measure_changed_cb), slot);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->title));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->measure));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->start));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (slot->target));
  return group;
}

/* Whether `id` is `ancestor` or supports it, directly or not: such an
 * objective cannot become the edited one's parent. */
static gboolean
is_below (GPtrArray *objectives,
          gint64     id,
          gint64     ancestor)
{
  for (guint depth = 0; id != 0 && depth < 64; depth++)
    {
      gint64 parent = 0;

      if (id == ancestor)
        return TRUE;
      for (guint i = 0; i < objectives->len; i++)
        if (((TerOkrObjective *) g_ptr_array_index (objectives, i))->id == id)
          parent = ((TerOkrObjective *) g_ptr_array_index (objectives, i))->parent_id;
      id = parent;
    }
  return FALSE;
}

static AdwComboRow *
make_supports_row (TerOkrEditor *self,
                   GPtrArray    *objectives)
{
  g_autoptr(GtkStringList) parents = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  gint64 none = 0;

  gtk_string_list_append (parents, _("None (a top objective)"));
  g_array_append_val (self->parent_ids, none);
  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    {
      const TerOkrObjective *o = g_ptr_array_index (objectives, i);

      if (self->objective_id != 0 && is_below (objectives, o->id, self->objective_id))
        continue;
      gtk_string_list_append (parents, o->title);
      g_array_append_val (self->parent_ids, o->id);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Supports"));
  adw_combo_row_set_model (row, G_LIST_MODEL (parents));
  return row;
}

static GtkWidget *
make_objective_group (TerOkrEditor *self,
                      GPtrArray    *objectives)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Objective"));
  self->title = entry_row (_("What do you want to achieve?"));

  gtk_string_list_append (kinds, _("The company"));
  gtk_string_list_append (kinds, _("A region (province or state)"));
  gtk_string_list_append (kinds, _("A territory"));
  gtk_string_list_append (kinds, _("A rep"));
  self->owner_kind = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_kind), _("Owned by"));
  adw_combo_row_set_model (self->owner_kind, G_LIST_MODEL (kinds));
  self->owner = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner), _("Owner"));
  gtk_widget_set_visible (GTK_WIDGET (self->owner), FALSE);
  g_signal_connect_swapped (self->owner_kind, "notify::selected", G_CALLBACK (owner_kind_changed_cb), self);
  self->supports = make_supports_row (self, objectives);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner_kind));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->supports));
  return group;
}

static GtkWidget *
make_header (TerOkrEditor *self,
             const char   *save_label)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (save_label);

  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  return header;
}

static void
build (TerOkrEditor *self,
       GPtrArray    *objectives,
       const char   *save_label)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 8);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 12);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (make_objective_group (self, objectives)));
  for (guint i = 0; i < TER_OKR_MAX_KEY_RESULTS; i++)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (make_slot (self, i)));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), make_header (self, save_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* Filling the form from an objective */

/* A value as a person would type it, so it reads back exactly. */
static char *
value_text (TerOkrKind  kind,
            gint64      value,
            const char *currency)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (kind == TER_OKR_KIND_MONEY)
    return ter_money_to_plain_string (value, currency);
  if (kind == TER_OKR_KIND_PERCENT)
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value / 100.0));
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
fill_slot (Slot                  *slot,
           const TerOkrKeyResult *kr)
{
  g_autofree char *start = value_text (kr->kind, kr->start_value, kr->currency);
  g_autofree char *target = value_text (kr->kind, kr->target_value, kr->currency);

  slot->id = kr->id;
  if (kr->kind == TER_OKR_KIND_MONEY)
    g_strlcpy (slot->currency, kr->currency, sizeof slot->currency);
  gtk_editable_set_text (GTK_EDITABLE (slot->title), kr->title);
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    if (measures[i].kind == kr->kind && measures[i].metric == kr->metric)
      adw_combo_row_set_selected (slot->measure, i);
  gtk_editable_set_text (GTK_EDITABLE (slot->start), start);
  gtk_editable_set_text (GTK_EDITABLE (slot->target), target);
}

static void
select_parent (TerOkrEditor *self,
               gint64        parent_id)
{
  for (guint i = 0; i < self->parent_ids->len; i++)
    if (g_array_index (self->parent_ids, gint64, i) == parent_id)
      adw_combo_row_set_selected (self->supports, i);
}

/* GObject */

static void
ter_okr_editor_finalize (GObject *object)
{
  TerOkrEditor *self = TER_OKR_EDITOR (object);

  g_clear_object (&self->context);
  g_free (self->quarter);
  g_array_unref (self->parent_ids);
  g_array_unref (self->owner_ids);
  g_array_unref (self->owner_currencies);
  G_OBJECT_CLASS (ter_okr_editor_parent_class)->finalize (object);
}

static void
ter_okr_editor_class_init (TerOkrEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ter_okr_editor_finalize;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ter_okr_editor_init (TerOkrEditor *self)
{
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_currencies = g_array_new (FALSE, FALSE, sizeof (Currency));
}

static TerOkrEditor *
editor_new (GtkWindow  *parent,
            TerContext *context,
            const char *quarter,
            const char *title)
{
  TerOkrEditor *self = g_object_new (TER_TYPE_OKR_EDITOR, "transient-for", parent, "modal", TRUE,
                                     "default-width", 560, "default-height", 720, "title", title, NULL);

  self->context = g_object_ref (context);
  self->quarter = g_strdup (quarter);
  return self;
}

TerOkrEditor *
ter_okr_editor_new (GtkWindow  *parent,
                    TerContext *context,
                    const char *quarter,
                    GPtrArray  *objectives)
{
  TerOkrEditor *self;
  g_autofree char *label = ter_okr_quarter_label (quarter);
  g_autofree char *title = g_strdup_printf (_("New Objective for %s"), label);
  gint64 territory;

  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);

  self = editor_new (parent, context, quarter, title);
  build (self, objectives, _("C_reate"));
  /* A manager looking at a territory writes that territory's objectives. */
  territory = ter_context_get_territory_id (context);
  if (territory > 0 && ter_context_find_territory (context, territory) != NULL
      && ter_territory_get_parent_id (ter_context_find_territory (context, territory)) != 0)
    ter_okr_editor_set_owner (self, TER_OKR_OWNER_TERRITORY, territory);
  return self;
}

TerOkrEditor *
ter_okr_editor_new_for_objective (GtkWindow             *parent,
                                  TerContext            *context,
                                  const TerOkrObjective *objective,
                                  GPtrArray             *key_results,
                                  GPtrArray             *objectives)
{
  TerOkrEditor *self;

  g_return_val_if_fail (TER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (objective != NULL, NULL);

  self = editor_new (parent, context, objective->quarter, _("Edit Objective"));
  self->objective_id = objective->id;
  build (self, objectives, _("_Save"));
  gtk_editable_set_text (GTK_EDITABLE (self->title), objective->title);
  ter_okr_editor_set_owner (self, objective->owner_kind, objective->owner_id);
  select_parent (self, objective->parent_id);
  for (guint i = 0; key_results != NULL && i < key_results->len && i < TER_OKR_MAX_KEY_RESULTS; i++)
    fill_slot (&self->slots[i], g_ptr_array_index (key_results, i));
  return self;
}

gboolean
ter_okr_editor_set_owner (TerOkrEditor    *self,
                          TerOkrOwnerKind  kind,
                          gint64           owner_id)
{
  g_return_val_if_fail (TER_IS_OKR_EDITOR (self), FALSE);

  adw_combo_row_set_selected (self->owner_kind, kind);
  owner_kind_changed_cb (self);
  for (guint i = 0; i < self->owner_ids->len; i++)
    if (g_array_index (self->owner_ids, gint64, i) == owner_id)
      {
        adw_combo_row_set_selected (self->owner, i);
        return TRUE;
      }
  return kind == TER_OKR_OWNER_COMPANY;
}

const char *
ter_okr_editor_get_error (TerOkrEditor *self)
{
  g_return_val_if_fail (TER_IS_OKR_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_label (self->error_label) : NULL;
}
