/* ter-targets-page.c: the acting user's territories and team × the
 * twelve months of a year, one editable target per cell. Typing a figure
 * into a quarter or year cell spreads it over its months, by last year's
 * seasonality or evenly; each section's sum is compared with the
 * manager's own territory target and the cells where they differ are
 * highlighted. The last edit can be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-targets-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <locale.h>
#include <string.h>

#include "ter-application.h"
#include "ter-format.h"
#include "ter-money.h"
#include "ter-page.h"
#include "ter-performance-store.h"
#include "ter-rep.h"
#include "ter-targets-page.h"
#include "ter-territory.h"

/* Cells of a row: the twelve months, the year, then the four quarters;
 * on screen each quarter follows its months. */
#define YEAR_CELL        12
#define QUARTER_CELL(q)  (13 + (q))
#define N_CELLS          17

typedef struct {
  gboolean   territory;     /* else a rep */
  gint64     owner_id;
  char      *name;
  char       currency[4];
  gint64     values[12];
  gboolean   has_target;    /* any month of the year set in the database */
  gboolean   has_team;      /* without one: the people below carry targets */
  gint64     team_values[12];
  GtkEntry  *entries[N_CELLS];
} Row;

/* A section's total row against the manager's own territory. */
typedef struct {
  GtkLabel  *labels[N_CELLS];
} Totals;

/* What the last edit replaced, to put it back. */
typedef struct {
  gboolean   valid;
  gboolean   territory;
  gint64     owner_id;
  int        year;
  TerMetric  metric;
  char       currency[4];
  gint64     values[12];
  char      *name;
} Undo;

struct _TerTargetsPage
{
  GtkWidget       parent_instance;

  TerContext     *context;
  GPtrArray      *rows;          /* Row: territories, then reps */
  gint64          actor_id;
  gint64          territory_id;  /* the actor's own territory */
  gint64          territory_values[12];
  char            currency[4];   /* of the actor's territory */
  Totals          totals[2];     /* territories, team */
  Undo            undo;
  int             year;
  TerMetric       metric;

  GtkWidget      *box;
  GtkLabel       *heading;
  GtkDropDown    *metric_choice;
  GtkSwitch      *seasonal_switch;
  GtkGrid        *grid;
  GtkGrid        *names;         /* the first column, which stays put */
  GPtrArray      *line_groups;   /* GtkSizeGroup per line while building */
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

/* Grouped as the user's locale groups digits ("1,234,567.00"), without a
 * currency symbol, so that the figure still reads back as typed. */
static char *
format_value (TerTargetsPage *self,
              gint64          value,
              const char     *currency)
{
  int digits = MAX (ter_currency_digits (currency), 0);
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  guint64 scale = 1;
  g_autofree char *grouped = NULL;

  if (self->metric != TER_METRIC_REVENUE)
    return ter_format_integer (value);

  for (int i = 0; i < digits; i++)
    scale *= 10;
  grouped = ter_format_integer ((gint64) (magnitude / scale));
  if (digits == 0)
    return g_strconcat (value < 0 ? "-" : "", grouped, NULL);
  return g_strdup_printf ("%s%s.%0*" G_GUINT64_FORMAT, value < 0 ? "-" : "", grouped,
                          digits, magnitude % scale);
}

/* The figure without digit grouping, the locale's or the comma the grid
 * shows when the locale has none, so "1,234" and "1234" both read. */
static char *
strip_grouping (const char *text)
{
  const struct lconv *conv = localeconv ();
  const char *sep = conv->thousands_sep != NULL && g_strcmp0 (conv->thousands_sep, ".") != 0
                    ? conv->thousands_sep : "";
  gsize sep_len = strlen (sep);
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      if (*p == ',')
        p++;
      else if (sep_len > 0 && strncmp (p, sep, sep_len) == 0)
        p += sep_len;
      else
        g_string_append_c (out, *p++);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

static gboolean
parse_value (TerTargetsPage  *self,
             const char      *text,
             const char      *currency,
             gint64          *value,
             GError         **error)
{
  g_autofree char *copy = strip_grouping (text);

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

/* The value a cell shows: a month, a quarter or the year. */
static gint64
cell_value (const gint64 values[12],
            int          cell)
{
  int first = cell < 12 ? cell : cell == YEAR_CELL ? 0 : (cell - QUARTER_CELL (0)) * 3;
  int n = cell < 12 ? 1 : cell == YEAR_CELL ? 12 : 3;
  gint64 sum = 0;

  for (int m = first; m < first + n; m++)
    sum += values[m];
  return sum;
}

/* Where a cell sits in the grid, after the name column. */
static int
cell_column (int cell)
{
  if (cell < 12)
    return 1 + cell + cell / 3;
  if (cell == YEAR_CELL)
    return 17;
  return 1 + (cell - QUARTER_CELL (0)) * 4 + 3;
}

static void
show_total (TerTargetsPage *self,
            GtkLabel       *label,
            int             cell,
            gint64          total,
            const char     *currency)
{
  gint64 own = cell_value (self->territory_values, cell);
  g_autofree char *text = currency != NULL ? format_value (self, total, currency) : g_strdup ("—");

  gtk_label_set_text (label, text);
  if (currency == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), _("Not added up: the rows are in different currencies"));
    }
  else if (self->territory_id > 0 && self->metric == TER_METRIC_REVENUE && g_strcmp0 (currency, self->currency) != 0)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), _("Not compared: your territory’s target is in another currency"));
    }
  else if (self->territory_id > 0 && own != total)
    {
      g_autofree char *goal = format_value (self, own, currency);
      /* Translators: tooltip of a total that differs from the manager's territory target. */
      g_autofree char *tip = g_strdup_printf (_("Your territory’s own target is %s"), goal);

      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), tip);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), NULL);
    }
}

/* Each section's total against the manager's own territory target; rows
 * in another currency are not added up. */
static void
show_totals (TerTargetsPage *self,
             gboolean        territory)
{
  Totals *totals = &self->totals[territory ? 0 : 1];
  gint64 sums[12] = { 0 };
  const char *currency = NULL;
  gboolean mixed = FALSE, any = FALSE;

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      if (row->territory != territory)
        continue;
      if (!row->has_target)
        continue;
      mixed |= currency != NULL && g_strcmp0 (currency, row->currency) != 0;
      currency = row->currency;
      any = TRUE;
      for (int m = 0; m < 12; m++)
        sums[m] += row->values[m];
    }

  for (int cell = 0; any && totals->labels[0] != NULL && cell < N_CELLS; cell++)
    show_total (self, totals->labels[cell], cell, cell_value (sums, cell), mixed ? NULL : currency);
  /* Nobody in the section has a target: nothing to add up or compare. */
  for (int cell = 0; !any && totals->labels[0] != NULL && cell < N_CELLS; cell++)
    {
      gtk_label_set_text (totals->labels[cell], "—");
      gtk_widget_remove_css_class (GTK_WIDGET (totals->labels[cell]), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (totals->labels[cell]), _("Nobody here has a target of their own yet"));
    }
}

static const char *cell_tooltip (int cell);

static void
show_values (TerTargetsPage *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (int cell = 0; cell < N_CELLS; cell++)
        {
          /* Someone without a target of their own (a manager whose team
           * carries the quota) shows a dash, not a zero to be met. */
          g_autofree char *text = row->has_target ? format_value (self, cell_value (row->values, cell), row->currency)
                                                  : g_strdup ("");
          g_autofree char *team = row->has_team ? format_value (self, cell_value (row->team_values, cell), row->currency)
                                                : g_strdup ("—");

          gtk_editable_set_text (GTK_EDITABLE (row->entries[cell]), text);
          gtk_entry_set_placeholder_text (row->entries[cell], row->has_target ? NULL : team);
          gtk_widget_set_tooltip_text (GTK_WIDGET (row->entries[cell]),
                                       row->has_target ? cell_tooltip (cell)
                                       : row->has_team ? _("No target of their own: shown greyed is what their team’s targets add up to. Type a figure to set one.")
                                       : _("No target set: type one to set it"));
        }
    }

  show_totals (self, TRUE);
  show_totals (self, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "targets.undo",
                                 self->undo.valid && self->undo.year == self->year && self->undo.metric == self->metric);
}

static gboolean
write_values (TerTargetsPage  *self,
              gboolean         territory,
              gint64           owner_id,
              const char      *currency,
              const gint64    *values,
              GError         **error)
{
  TerTargetRecord records[12];
  char months[12][8];

  for (int m = 0; m < 12; m++)
    {
      month_key (self, m, months[m]);
      records[m] = (TerTargetRecord) { .territory_id = territory ? owner_id : 0, .rep_id = territory ? 0 : owner_id,
                                       .month = months[m], .metric = self->metric,
                                       .value = values[m], .currency = currency };
    }

  return ter_performance_store_set_targets (perf (self), self->actor_id, records, 12, error);
}

/* Writes the row's new months, keeping the old ones for Undo. */
static gboolean
write_months (TerTargetsPage  *self,
              Row             *row,
              const gint64    *values,
              GError         **error)
{
  if (memcmp (values, row->values, sizeof row->values) == 0)
    return TRUE;
  if (!write_values (self, row->territory, row->owner_id, row->currency, values, error))
    return FALSE;

  self->undo = (Undo) { TRUE, row->territory, row->owner_id, self->year, self->metric, "", { 0 }, self->undo.name };
  g_strlcpy (self->undo.currency, row->currency, sizeof self->undo.currency);
  memcpy (self->undo.values, row->values, sizeof row->values);
  g_free (self->undo.name);
  self->undo.name = g_strdup (row->name);
  memcpy (row->values, values, sizeof row->values);
  return TRUE;
}

/* A month cell sets that month; a quarter or the year cell spreads the
 * figure over its months. */
static gboolean
apply_cell (TerTargetsPage  *self,
            Row             *row,
            int              cell,
            const char      *text,
            GError         **error)
{
  gint64 value, values[12];
  int first = cell == YEAR_CELL ? 0 : cell > YEAR_CELL ? (cell - QUARTER_CELL (0)) * 3 : cell;
  int n = cell == YEAR_CELL ? 12 : cell > YEAR_CELL ? 3 : 1;
  char first_month[8];

  memcpy (values, row->values, sizeof values);
  if (!parse_value (self, text, row->currency, &value, error))
    return FALSE;

  month_key (self, first, first_month);
  if (n == 1)
    values[cell] = value;
  else if (!ter_performance_store_spread (perf (self), !row->territory, row->owner_id, first_month, n,
                                          self->metric, value,
                                          gtk_switch_get_active (self->seasonal_switch),
                                          values + first, error))
    return FALSE;

  if (!write_months (self, row, values, error))
    return FALSE;
  row->has_target = TRUE;
  return TRUE;
}

static void
entry_activate_cb (GtkEntry       *entry,
                   TerTargetsPage *self)
{
  Row *row = g_object_get_data (G_OBJECT (entry), "row");
  int cell = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  /* An empty cell of someone without a target stays without one. */
  if (!row->has_target && text[0] == '\0')
    return;
  if (!apply_cell (self, row, cell, text, &error))
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
  int cell = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
  g_autofree char *shown = row->has_target ? format_value (self, cell_value (row->values, cell), row->currency)
                                           : g_strdup ("");

  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    entry_activate_cb (GTK_ENTRY (entry), self);
}

static void load (TerTargetsPage *self);

/* Puts back the months the last edit replaced. */
static void
undo_clicked_cb (TerTargetsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!self->undo.valid || self->undo.year != self->year || self->undo.metric != self->metric)
    return;

  if (!write_values (self, self->undo.territory, self->undo.owner_id, self->undo.currency,
                     self->undo.values, &error))
    {
      ter_page_add_toast (TER_PAGE (self), error->message);
      return;
    }

  /* Translators: after Undo, "Targets of Chen Jing put back". */
  done = g_strdup_printf (_("Targets of %s put back"), self->undo.name);
  self->undo.valid = FALSE;
  load (self);
  ter_page_add_toast (TER_PAGE (self), done);
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

static const char *
cell_tooltip (int cell)
{
  if (cell == YEAR_CELL)
    return _("Type a yearly figure to spread it over the months");
  if (cell > YEAR_CELL)
    return _("Type a quarterly figure to spread it over its months");
  return NULL;
}

/* Column 0 goes into the names grid, which does not scroll sideways; the
 * line's name and first cell share a height so that the two grids stay
 * level. */
static void
attach (TerTargetsPage *self,
        GtkWidget      *widget,
        int             column,
        int             line)
{
  while (self->line_groups->len <= (guint) line)
    g_ptr_array_add (self->line_groups, gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL));
  if (column == 0)
    gtk_grid_attach (self->names, widget, 0, line, 1, 1);
  else
    gtk_grid_attach (self->grid, widget, column, line, 1, 1);
  if (column <= 1)
    gtk_size_group_add_widget (g_ptr_array_index (self->line_groups, line), widget);
}

static void
add_row_widgets (TerTargetsPage *self,
                 Row            *row,
                 int             line)
{
  GtkWidget *name = gtk_label_new (row->name);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 14);
  gtk_widget_set_tooltip_text (name, row->name);
  attach (self, name, 0, line);
  for (int cell = 0; cell < N_CELLS; cell++)
    {
      GtkWidget *entry = gtk_entry_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();
      g_autofree char *label = g_strdup_printf ("%s %d", row->name, cell + 1);

      gtk_editable_set_width_chars (GTK_EDITABLE (entry), cell == YEAR_CELL ? 13 : cell > YEAR_CELL ? 11 : 10);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1);
      /* Ctrl+Z undoes the last saved change, not typing in a cell. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      if (cell >= YEAR_CELL)
        gtk_widget_add_css_class (entry, "heading");
      gtk_widget_set_tooltip_text (entry, cell_tooltip (cell));
      g_object_set_data (G_OBJECT (entry), "row", row);
      g_object_set_data (G_OBJECT (entry), "column", GINT_TO_POINTER (cell));
      g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), self);
      g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
      gtk_widget_add_controller (entry, focus);
      row->entries[cell] = GTK_ENTRY (entry);
      attach (self, entry, cell_column (cell), line);
    }
}

static void
add_column_headings (TerTargetsPage *self,
                     const char     *first,
                     int             line)
{
  attach (self, header_label (first, FALSE), 0, line);
  for (int cell = 0; cell < N_CELLS; cell++)
    {
      g_autofree char *text = NULL;

      if (cell < 12)
        {
          g_autoptr(GDateTime) month = g_date_time_new_utc (self->year, cell + 1, 1, 0, 0, 0);

          /* Translators: a month column of the targets grid, "Jan"; Chinese "%-m月". */
          text = g_date_time_format (month, C_("month column", "%b"));
        }
      else if (cell == YEAR_CELL)
        text = g_strdup (_("Year"));
      else
        /* Translators: a quarter column of the targets grid, "Q1". */
        text = g_strdup_printf (_("Q%d"), cell - YEAR_CELL);
      attach (self, header_label (text, TRUE), cell_column (cell), line);
    }
}

/* One section: its heading, its rows and its total; returns the next line. */
static int
add_section (TerTargetsPage *self,
             gboolean        territory,
             int             line)
{
  Totals *totals = &self->totals[territory ? 0 : 1];
  guint n = 0;

  for (guint r = 0; r < self->rows->len; r++)
    n += ((Row *) g_ptr_array_index (self->rows, r))->territory == territory;
  if (n == 0)
    return line;

  add_column_headings (self, territory ? C_("targets grid", "Territory") : _("Team member"), line);
  /* A gap above the second section's headings. */
  for (guint g = 0; line > 0 && g < 2; g++)
    {
      GtkGrid *grid = g == 0 ? self->names : self->grid;

      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child;
           child = gtk_widget_get_next_sibling (child))
        {
          int row;

          gtk_grid_query_child (grid, child, NULL, &row, NULL, NULL);
          if (row == line)
            gtk_widget_set_margin_top (child, 18);
        }
    }
  line++;
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      if (row->territory == territory)
        add_row_widgets (self, row, line++);
    }

  attach (self, header_label (territory ? _("Territories total") : _("Team total"), FALSE), 0, line);
  for (int cell = 0; cell < N_CELLS; cell++)
    {
      totals->labels[cell] = GTK_LABEL (header_label (NULL, TRUE));
      attach (self, GTK_WIDGET (totals->labels[cell]), cell_column (cell), line);
    }

  return line + 1;
}

static void
build_grid (TerTargetsPage *self)
{
  GtkWidget *child;
  int line;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->names))) != NULL)
    gtk_grid_remove (self->names, child);
  g_ptr_array_set_size (self->line_groups, 0);
  memset (self->totals, 0, sizeof self->totals);

  line = add_section (self, TRUE, 0);
  add_section (self, FALSE, line);
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
                    GListModel     *territories,
                    gint64          territory_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);

      if (ter_territory_get_id (t) == territory_id)
        return ter_territory_get_currency (t);
    }

  return ter_context_get_currency (self->context);
}

/* Returns whether the owner has any target in the year. */
static gboolean
fill_values (TerTargetsPage *self,
             GArray         *values,
             gint64          owner_id,
             gint64          out[12],
             char            currency[4])
{
  gboolean found = FALSE;

  for (guint i = 0; i < values->len; i++)
    {
      const TerMonthValue *v = &g_array_index (values, TerMonthValue, i);

      if (v->owner_id != owner_id || atoi (v->month) != self->year)
        continue;
      out[atoi (v->month + 5) - 1] = v->value;
      found = TRUE;
      if (currency != NULL && v->currency[0] != '\0')
        g_strlcpy (currency, v->currency, 4);
    }

  return found;
}

static Row *
new_row (gboolean    territory,
         gint64      owner_id,
         const char *name,
         const char *currency)
{
  Row *row = g_new0 (Row, 1);

  row->territory = territory;
  row->owner_id = owner_id;
  row->name = g_strdup (name);
  g_strlcpy (row->currency, currency, sizeof row->currency);
  return row;
}

/* The territories directly below the manager's own. */
static void
add_territory_rows (TerTargetsPage *self,
                    GListModel     *territories,
                    GArray         *values)
{
  for (guint i = 0; self->territory_id > 0 && i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(TerTerritory) t = g_list_model_get_item (territories, i);
      Row *row;

      if (ter_territory_get_parent_id (t) != self->territory_id)
        continue;
      row = new_row (TRUE, ter_territory_get_id (t), ter_territory_get_display_name (t),
                     ter_territory_get_currency (t));
      row->has_target = fill_values (self, values, row->owner_id, row->values, row->currency);
      g_ptr_array_add (self->rows, row);
    }
}

/* Whether `rep_id` reports to `manager_id`, directly or further down;
 * `managers` maps each rep to their manager. */
static gboolean
reports_to (GHashTable *managers,
            gint64      rep_id,
            gint64      manager_id)
{
  gint64 *up;
  guint depth = 0;

  /* The store refuses cycles; the depth bound only guards the loop. */
  while ((up = g_hash_table_lookup (managers, &rep_id)) != NULL && *up != 0 && depth++ < 64)
    {
      if (*up == manager_id)
        return TRUE;
      rep_id = *up;
    }

  return FALSE;
}

/* What everyone below `row`'s person carries, for a manager without a
 * target of their own: the figure their team has to make. Targets in
 * another currency than the row's are left out of the sum. */
static void
fill_team_values (TerTargetsPage *self,
                  Row            *row,
                  GListModel     *reps,
                  GHashTable     *managers,
                  GArray         *values)
{
  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      gint64 months[12] = { 0 };
      char currency[4] = "";

      if (!reports_to (managers, ter_rep_get_id (rep), row->owner_id)
          || !fill_values (self, values, ter_rep_get_id (rep), months, currency))
        continue;
      if (self->metric == TER_METRIC_REVENUE && g_strcmp0 (currency, row->currency) != 0)
        continue;
      row->has_team = TRUE;
      for (int m = 0; m < 12; m++)
        row->team_values[m] += months[m];
    }
}

/* The people reporting directly to the manager; sets the heading. */
static void
add_rep_rows (TerTargetsPage *self,
              GListModel     *reps,
              GListModel     *territories,
              GArray         *values)
{
  g_autoptr(GHashTable) managers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      gint64 id = ter_rep_get_id (rep);
      gint64 manager = ter_rep_get_manager_id (rep);

      g_hash_table_insert (managers, g_memdup2 (&id, sizeof id), g_memdup2 (&manager, sizeof manager));
    }

  for (guint i = 0; i < g_list_model_get_n_items (reps); i++)
    {
      g_autoptr(TerRep) rep = g_list_model_get_item (reps, i);
      Row *row;

      if (ter_rep_get_manager_id (rep) != self->actor_id || self->actor_id == 0)
        continue;
      row = new_row (FALSE, ter_rep_get_id (rep), ter_rep_get_name (rep),
                     territory_currency (self, territories, ter_rep_get_territory_id (rep)));
      row->has_target = fill_values (self, values, row->owner_id, row->values, row->currency);
      if (!row->has_target)
        fill_team_values (self, row, reps, managers, values);
      g_ptr_array_add (self->rows, row);
    }
}

static void
load (TerTargetsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reps = ter_store_list_reps (ter_context_get_store (self->context), &error);
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GArray) rep_values = NULL;
  g_autoptr(GArray) territory_values = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01", self->year);
  g_autofree char *last = g_strdup_printf ("%04d-12", self->year);
  g_autofree char *heading = NULL;

  self->metric = gtk_drop_down_get_selected (self->metric_choice);
  g_ptr_array_set_size (self->rows, 0);
  memset (self->territory_values, 0, sizeof self->territory_values);
  if (reps == NULL
      || (territories = ter_store_list_territories (ter_context_get_store (self->context), &error)) == NULL
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

      if (ter_rep_get_id (rep) != self->actor_id)
        continue;
      self->territory_id = ter_rep_get_territory_id (rep);
      /* Translators: heading of the Targets page, "Targets 2026 · Chen Chen's team". */
      heading = g_strdup_printf (_("Targets %d · %s’s team"), self->year, ter_rep_get_name (rep));
    }
  g_strlcpy (self->currency, territory_currency (self, territories, self->territory_id), sizeof self->currency);
  add_territory_rows (self, territories, territory_values);
  add_rep_rows (self, reps, territories, rep_values);
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

static GtkWidget *
build_bar (TerTargetsPage *self)
{
  static const char * const metrics[] = { N_("Revenue"), N_("Units"), N_("New customers"), NULL };
  const char *labels[4] = { _(metrics[0]), _(metrics[1]), _(metrics[2]), NULL };
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *season = gtk_label_new (_("Spread quarters and years by last year’s seasonality (off: evenly)"));
  GtkWidget *undo = gtk_button_new_from_icon_name ("edit-undo-symbolic");

  self->metric_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->metric_choice), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Measure"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->metric_choice), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->metric_choice, "notify::selected", G_CALLBACK (load), self);
  self->seasonal_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->seasonal_switch, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->seasonal_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->seasonal_switch), GTK_ACCESSIBLE_RELATION_LABELLED_BY, season, NULL, -1);
  gtk_label_set_wrap (GTK_LABEL (season), TRUE);
  gtk_label_set_xalign (GTK_LABEL (season), 0);
  gtk_widget_set_hexpand (season, TRUE);
  gtk_widget_set_tooltip_text (undo, _("Undo the last change (Ctrl+Z)"));
  gtk_widget_set_valign (undo, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (undo), "targets.undo");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->metric_choice));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->seasonal_switch));
  gtk_box_append (GTK_BOX (bar), season);
  gtk_box_append (GTK_BOX (bar), undo);
  return bar;
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  undo_clicked_cb (TER_TARGETS_PAGE (widget));
}

static void
build (TerTargetsPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *names_scrolled = gtk_scrolled_window_new ();
  GtkWidget *panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *bar;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "title-2");
  gtk_label_set_xalign (self->heading, 0);
  gtk_label_set_wrap (self->heading, TRUE);
  bar = build_bar (self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (self->box), bar);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 4);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->grid));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_hexpand (scrolled, TRUE);
  /* The names scroll up and down with the figures but never sideways. */
  self->names = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->names, 6);
  gtk_widget_set_valign (GTK_WIDGET (self->names), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->grid), GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (names_scrolled), GTK_WIDGET (self->names));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (names_scrolled), GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (names_scrolled), TRUE);
  gtk_scrolled_window_set_vadjustment (GTK_SCROLLED_WINDOW (names_scrolled),
                                       gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  gtk_box_append (GTK_BOX (panes), names_scrolled);
  gtk_box_append (GTK_BOX (panes), scrolled);
  self->line_groups = g_ptr_array_new_with_free_func (g_object_unref);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing to Set Targets For"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Nobody reports to you and no territory lies below yours. Choose a manager under Preferences › User Profile to set their team’s targets."));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, panes, "grid");
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
  g_clear_pointer (&self->line_groups, g_ptr_array_unref);
  g_clear_pointer (&self->undo.name, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ter_targets_page_parent_class)->dispose (object);
}

static void
ter_targets_page_class_init (TerTargetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ter_targets_page_dispose;
  gtk_widget_class_install_action (widget_class, "targets.undo", NULL, undo_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "targets.undo", NULL);
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
