/* ter-context.c
 *
 * One TerContext is shared by the window and all its pages. A filter change
 * emits ::filters-changed once; new data (demo, import) emits
 * ::data-changed. Views listen and re-query, so no view reaches into another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-context"

#include "config.h"

#include "ter-context.h"
#include "ter-money.h"

struct _TerContext
{
  GObject          parent_instance;

  TerStore        *store;
  GListStore      *territories;
  TerPeriodPreset  preset;
  GDate            today;
  gint64           territory_id;
  char            *currency;
  guint            fiscal_start_month;
  gint64           drill[3];  /* channel, category, rep (TerContextDrill) */
  gint64           acting_rep_id;
};

G_DEFINE_FINAL_TYPE (TerContext, ter_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERIOD_PRESET,
  PROP_TERRITORY_ID,
  PROP_CURRENCY,
  PROP_FISCAL_START_MONTH,
  PROP_CHANNEL_ID,
  PROP_CATEGORY_ID,
  PROP_REP_ID,
  PROP_ACTING_REP_ID,
  N_PROPS
};

enum {
  FILTERS_CHANGED,
  DATA_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
filters_changed (TerContext *self,
                 GParamSpec *pspec)
{
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_signal_emit (self, signals[FILTERS_CHANGED], 0);
}

static void
ter_context_dispose (GObject *object)
{
  TerContext *self = (TerContext *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->territories);

  G_OBJECT_CLASS (ter_context_parent_class)->dispose (object);
}

static void
ter_context_finalize (GObject *object)
{
  TerContext *self = (TerContext *) object;

  g_free (self->currency);

  G_OBJECT_CLASS (ter_context_parent_class)->finalize (object);
}

static void
ter_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TerContext *self = TER_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERIOD_PRESET:
      g_value_set_int (value, self->preset);
      break;
    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, self->territory_id);
      break;
    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;
    case PROP_FISCAL_START_MONTH:
      g_value_set_uint (value, self->fiscal_start_month);
      break;
    case PROP_CHANNEL_ID:
    case PROP_CATEGORY_ID:
    case PROP_REP_ID:
      g_value_set_int64 (value, self->drill[prop_id - PROP_CHANNEL_ID]);
      break;
    case PROP_ACTING_REP_ID:
      g_value_set_int64 (value, self->acting_rep_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TerContext *self = TER_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERIOD_PRESET:
      ter_context_set_period_preset (self, g_value_get_int (value));
      break;
    case PROP_TERRITORY_ID:
      ter_context_set_territory_id (self, g_value_get_int64 (value));
      break;
    case PROP_CURRENCY:
      ter_context_set_currency (self, g_value_get_string (value));
      break;
    case PROP_FISCAL_START_MONTH:
      ter_context_set_fiscal_start_month (self, g_value_get_uint (value));
      break;
    case PROP_CHANNEL_ID:
    case PROP_CATEGORY_ID:
    case PROP_REP_ID:
      ter_context_set_drill (self, prop_id - PROP_CHANNEL_ID, g_value_get_int64 (value));
      break;
    case PROP_ACTING_REP_ID:
      ter_context_set_acting_rep_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ter_context_class_init (TerContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ter_context_dispose;
  object_class->finalize = ter_context_finalize;
  object_class->get_property = ter_context_get_property;
  object_class->set_property = ter_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_PRESET] =
    g_param_spec_int ("period-preset", NULL, NULL, 0, TER_PERIOD_N_PRESETS - 1,
                      TER_PERIOD_YEAR_TO_DATE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TERRITORY_ID] =
    g_param_spec_int64 ("territory-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, "CNY",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FISCAL_START_MONTH] =
    g_param_spec_uint ("fiscal-start-month", NULL, NULL, 1, 12, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The person the user works as ("Work As" in Preferences): approvals
   * and authorship are recorded in their name. Not a filter. */
  properties[PROP_ACTING_REP_ID] =
    g_param_spec_int64 ("acting-rep-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Drill-down filters: 0 for all. Views that cannot narrow by them
   * (the map, targets) ignore them. */
  properties[PROP_CHANNEL_ID] =
    g_param_spec_int64 ("channel-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY_ID] =
    g_param_spec_int64 ("category-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REP_ID] =
    g_param_spec_int64 ("rep-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FILTERS_CHANGED] =
    g_signal_new ("filters-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DATA_CHANGED] =
    g_signal_new ("data-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ter_context_init (TerContext *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->territories = g_list_store_new (TER_TYPE_TERRITORY);
  self->preset = TER_PERIOD_YEAR_TO_DATE;
  self->currency = g_strdup ("CNY");
  self->fiscal_start_month = 1;
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

TerContext *
ter_context_new (TerStore *store)
{
  g_return_val_if_fail (TER_IS_STORE (store), NULL);

  return g_object_new (TER_TYPE_CONTEXT, "store", store, NULL);
}

TerStore *
ter_context_get_store (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), NULL);
  return self->store;
}

TerPeriodPreset
ter_context_get_period_preset (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), TER_PERIOD_YEAR_TO_DATE);
  return self->preset;
}

void
ter_context_set_period_preset (TerContext      *self,
                               TerPeriodPreset  preset)
{
  g_return_if_fail (TER_IS_CONTEXT (self));
  g_return_if_fail (preset < TER_PERIOD_N_PRESETS);

  if (self->preset == preset)
    return;

  self->preset = preset;
  filters_changed (self, properties[PROP_PERIOD_PRESET]);
}

void
ter_context_get_period (TerContext *self,
                        TerPeriod  *period)
{
  g_return_if_fail (TER_IS_CONTEXT (self));
  ter_period_init_preset (period, self->preset, &self->today, self->fiscal_start_month);
}

char *
ter_context_describe_period (TerContext *self)
{
  TerPeriod period;

  g_return_val_if_fail (TER_IS_CONTEXT (self), NULL);

  ter_context_get_period (self, &period);
  return ter_period_describe (&period, self->preset, self->fiscal_start_month);
}

void
ter_context_set_today (TerContext  *self,
                       const GDate *today)
{
  g_return_if_fail (TER_IS_CONTEXT (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  if (g_date_compare (&self->today, today) == 0)
    return;

  self->today = *today;
  g_signal_emit (self, signals[FILTERS_CHANGED], 0);
}

gint64
ter_context_get_territory_id (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), 0);
  return self->territory_id;
}

void
ter_context_set_territory_id (TerContext *self,
                              gint64      territory_id)
{
  g_return_if_fail (TER_IS_CONTEXT (self));

  if (self->territory_id == territory_id)
    return;

  self->territory_id = territory_id;
  filters_changed (self, properties[PROP_TERRITORY_ID]);
}

void
ter_context_get_today (TerContext *self,
                       GDate      *today)
{
  g_return_if_fail (TER_IS_CONTEXT (self));
  *today = self->today;
}

gint64
ter_context_get_drill (TerContext      *self,
                       TerContextDrill  drill)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), 0);
  g_return_val_if_fail (drill < TER_CONTEXT_N_DRILLS, 0);
  return self->drill[drill];
}

void
ter_context_set_drill (TerContext      *self,
                       TerContextDrill  drill,
                       gint64           id)
{
  g_return_if_fail (TER_IS_CONTEXT (self));
  g_return_if_fail (drill < TER_CONTEXT_N_DRILLS);

  if (self->drill[drill] == id)
    return;

  /* Only a notification: views that do not narrow by these filters have
   * nothing to re-read. */
  self->drill[drill] = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL_ID + drill]);
}

const char *
ter_context_get_currency (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), NULL);
  return self->currency;
}

void
ter_context_set_currency (TerContext *self,
                          const char *currency)
{
  g_return_if_fail (TER_IS_CONTEXT (self));

  if (currency == NULL || !ter_currency_is_known (currency)
      || g_strcmp0 (self->currency, currency) == 0)
    return;

  g_free (self->currency);
  self->currency = g_strdup (currency);
  filters_changed (self, properties[PROP_CURRENCY]);
}

guint
ter_context_get_fiscal_start_month (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), 1);
  return self->fiscal_start_month;
}

void
ter_context_set_fiscal_start_month (TerContext *self,
                                    guint       month)
{
  g_return_if_fail (TER_IS_CONTEXT (self));

  month = CLAMP (month, 1, 12);
  if (self->fiscal_start_month == month)
    return;

  self->fiscal_start_month = month;
  filters_changed (self, properties[PROP_FISCAL_START_MONTH]);
}

GListModel *
ter_context_get_territories (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), NULL);
  return G_LIST_MODEL (self->territories);
}

TerTerritory *
ter_context_find_territory (TerContext *self,
                            gint64      territory_id)
{
  guint n;

  g_return_val_if_fail (TER_IS_CONTEXT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->territories));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TerTerritory) territory = g_list_model_get_item (G_LIST_MODEL (self->territories), i);

      if (ter_territory_get_id (territory) == territory_id)
        return territory;
    }

  return NULL;
}

gboolean
ter_context_reload (TerContext  *self,
                    GError     **error)
{
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (TER_IS_CONTEXT (self), FALSE);

  territories = ter_store_list_territories (self->store, error);
  if (territories == NULL)
    return FALSE;

  n = g_list_model_get_n_items (territories);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (territories, i));
  g_list_store_splice (self->territories, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->territories)),
                       items->pdata, items->len);

  if (self->territory_id != 0 && ter_context_find_territory (self, self->territory_id) == NULL)
    ter_context_set_territory_id (self, 0);

  g_signal_emit (self, signals[DATA_CHANGED], 0);
  return TRUE;
}

gint64
ter_context_get_acting_rep_id (TerContext *self)
{
  g_return_val_if_fail (TER_IS_CONTEXT (self), 0);
  return self->acting_rep_id;
}

void
ter_context_set_acting_rep_id (TerContext *self,
                               gint64      rep_id)
{
  g_return_if_fail (TER_IS_CONTEXT (self));

  if (self->acting_rep_id == rep_id)
    return;
  self->acting_rep_id = rep_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTING_REP_ID]);
}
