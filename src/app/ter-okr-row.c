/* ter-okr-row.c: the rows of the OKR outline: an objective with its
 * owner and mean progress, a key result with its values; progress bars
 * take the colour of the status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-okr-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ter-format.h"
#include "ter-okr.h"
#include "ter-okr-row.h"

static void
set_bar_status (GtkLevelBar      *bar,
                TerOkrConfidence  status)
{
  static const char *names[] = { "ahead", "ahead", "close", "behind" };

  /* One offset at the maximum: the whole bar takes the status colour. */
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (bar, names[status], 1.0);
}

static GtkWidget *
make_bar (double            progress,
          TerOkrConfidence  status)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 1.0);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (progress, 0.0, 1.0));
  set_bar_status (GTK_LEVEL_BAR (bar), status);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  return bar;
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static TerOkrConfidence
objective_status (double progress,
                  double elapsed)
{
  TerOkrKeyResult mean = { .kind = TER_OKR_KIND_NUMBER, .target_value = 1000,
                           .current_value = (gint64) (progress * 1000) };

  return ter_okr_status (&mean, elapsed);
}

static char *
owner_text (const TerOkrObjective *o)
{
  if (o->owner_kind == TER_OKR_OWNER_COMPANY || o->owner_name == NULL)
    return g_strdup (_("Company"));
  return g_strdup (o->owner_name);
}

GtkWidget *
ter_okr_row_new_objective (const TerOkrObjective *o,
                           GPtrArray             *krs,
                           guint                  depth,
                           double                 elapsed)
{
  double progress = ter_okr_objective_progress (krs);
  TerOkrConfidence status = objective_status (progress, elapsed);
  g_autofree char *owner = owner_text (o);
  g_autofree char *percent = ter_format_percent (progress);
  g_autofree char *subtitle = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *row = gtk_list_box_row_new ();

  if (o->grade != TER_OKR_UNGRADED)
    /* Translators: owner, then the objective's grade, e.g. "East China · graded 0.7". */
    subtitle = g_strdup_printf (_("%s · graded %.2f"), owner, o->grade);
  else
    subtitle = g_strdup_printf ("%s · %s", owner, ter_okr_confidence_label (status));

  gtk_widget_set_margin_start (box, 4 + 18 * (int) depth);
  gtk_widget_set_margin_top (box, depth == 0 ? 10 : 6);
  gtk_box_append (GTK_BOX (box), make_label (o->title, "heading"));
  gtk_box_append (GTK_BOX (box), make_label (subtitle, "caption"));
  gtk_box_append (GTK_BOX (line), make_bar (progress, status));
  gtk_box_append (GTK_BOX (line), make_label (percent, "numeric"));
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "objective", (gpointer) o);
  return row;
}

static char *
values_text (const TerOkrKeyResult *kr)
{
  g_autofree char *current = ter_okr_format_value (kr->kind, kr->current_value, kr->currency);
  g_autofree char *target = ter_okr_format_value (kr->kind, kr->target_value, kr->currency);

  if (kr->kind == TER_OKR_KIND_MILESTONE)
    return g_steal_pointer (&current);
  /* Translators: a key result's current value and its target, "¥1.2M of ¥1.6M". */
  return g_strdup_printf (_("%s of %s"), current, target);
}

GtkWidget *
ter_okr_row_new_key_result (const TerOkrKeyResult *kr,
                            guint                  depth,
                            double                 elapsed)
{
  double progress = ter_okr_key_result_progress (kr);
  TerOkrConfidence status = ter_okr_status (kr, elapsed);
  g_autofree char *values = values_text (kr);
  g_autofree char *detail = g_strdup_printf ("%s · %s", values, ter_okr_confidence_label (status));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *bar = make_bar (progress, status);

  gtk_widget_set_margin_start (box, 22 + 18 * (int) depth);
  gtk_box_append (GTK_BOX (box), make_label (kr->title, NULL));
  gtk_box_append (GTK_BOX (box), make_label (detail, "caption"));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "key-result", (gpointer) kr);
  return row;
}
