/* ter-okr-store.h: objectives and key results (OKRs) per quarter.
 *
 * An objective belongs to a quarter ("2026-Q4") and an owner (the company,
 * a region, a territory or a rep), may support a parent objective of the
 * same quarter, and has two to five key results. A key result is either
 * linked to a live metric of the sales data, computed when read so that it
 * moves as orders arrive, or moved by check-ins.
 *
 * Values are integers: counts for numbers, hundredths of a percent for
 * percentages (8% = 800), minor units for money and 0/1 for milestones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-store.h"

G_BEGIN_DECLS

typedef enum {
  TER_OKR_OWNER_COMPANY,
  TER_OKR_OWNER_REGION,
  TER_OKR_OWNER_TERRITORY,
  TER_OKR_OWNER_REP,
} TerOkrOwnerKind;

typedef enum {
  TER_OKR_KIND_NUMBER,
  TER_OKR_KIND_PERCENT,
  TER_OKR_KIND_MONEY,
  TER_OKR_KIND_MILESTONE,
} TerOkrKind;

typedef enum {
  TER_OKR_METRIC_NONE,           /* moved by check-ins */
  TER_OKR_METRIC_REVENUE,        /* money, net of returns */
  TER_OKR_METRIC_NEW_DISTRIBUTORS,
  TER_OKR_METRIC_AVG_ORDER_VALUE,
  TER_OKR_METRIC_RETURN_RATE,    /* percent of sales returned */
} TerOkrMetric;

typedef enum {
  TER_OKR_CONFIDENCE_NONE,
  TER_OKR_CONFIDENCE_ON_TRACK,
  TER_OKR_CONFIDENCE_AT_RISK,
  TER_OKR_CONFIDENCE_OFF_TRACK,
} TerOkrConfidence;

#define TER_OKR_MIN_KEY_RESULTS 2
#define TER_OKR_MAX_KEY_RESULTS 5
#define TER_OKR_UNGRADED (-1.0)

typedef struct {
  const char      *quarter;      /* "2026-Q4" */
  const char      *title;
  TerOkrOwnerKind  owner_kind;
  gint64           owner_id;     /* 0 for the company */
  gint64           parent_id;    /* 0 for a top objective */
  gint64           carried_from; /* 0, or the objective this continues */
} TerOkrObjectiveRecord;

typedef struct {
  const char   *title;
  TerOkrKind    kind;
  gint64        start_value;
  gint64        target_value;
  const char   *currency;           /* money only */
  TerOkrMetric  metric;
  gint64        scope_territory_id; /* linked: 0 and no rep = the company */
  gint64        scope_rep_id;
  gint64        carried_from;       /* 0, or the key result this continues */
} TerOkrKeyResultRecord;

typedef struct {
  gint64           id;
  char             quarter[8];
  char            *title;
  TerOkrOwnerKind  owner_kind;
  gint64           owner_id;
  char            *owner_name;   /* resolved; NULL for the company */
  gint64           parent_id;
  gint64           carried_from;
  double           grade;        /* TER_OKR_UNGRADED until graded */
} TerOkrObjective;

typedef struct {
  gint64            id;
  gint64            objective_id;
  char             *title;
  TerOkrKind        kind;
  gint64            start_value;
  gint64            target_value;
  gint64            current_value; /* live for linked key results */
  char              currency[4];
  TerOkrMetric      metric;
  gint64            scope_territory_id;
  gint64            scope_rep_id;
  gint64            carried_from;
  double            grade;
  TerOkrConfidence  confidence;    /* of the latest check-in */
  char             *note;          /* of the latest check-in */
} TerOkrKeyResult;

typedef struct {
  gint64            id;
  char              day[11];
  gint64            value;
  TerOkrConfidence  confidence;
  char             *note;
} TerOkrCheckIn;

#define TER_TYPE_OKR_STORE (ter_okr_store_get_type ())
G_DECLARE_INTERFACE (TerOkrStore, ter_okr_store, TER, OKR_STORE, TerStore)

struct _TerOkrStoreInterface
{
  GTypeInterface parent_iface;

  gint64     (*add_objective)    (TerOkrStore                 *self,
                                  const TerOkrObjectiveRecord *objective,
                                  const TerOkrKeyResultRecord *key_results,
                                  guint                        n_key_results,
                                  GError                     **error);
  gboolean   (*set_parent)       (TerOkrStore                 *self,
                                  gint64                       objective_id,
                                  gint64                       parent_id,
                                  GError                     **error);
  gboolean   (*delete_objective) (TerOkrStore                 *self,
                                  gint64                       objective_id,
                                  GError                     **error);
  GPtrArray *(*list_objectives)  (TerOkrStore                 *self,
                                  const char                  *quarter,
                                  GError                     **error);
  GPtrArray *(*list_key_results) (TerOkrStore                 *self,
                                  gint64                       objective_id,
                                  const char                  *as_of,
                                  GError                     **error);
  gboolean   (*check_in)         (TerOkrStore                 *self,
                                  gint64                       key_result_id,
                                  const char                  *day,
                                  gint64                       value,
                                  TerOkrConfidence             confidence,
                                  const char                  *note,
                                  GError                     **error);
  GPtrArray *(*list_check_ins)   (TerOkrStore                 *self,
                                  gint64                       key_result_id,
                                  GError                     **error);
  gboolean   (*metric_value)     (TerOkrStore                 *self,
                                  TerOkrMetric                 metric,
                                  gint64                       territory_id,
                                  gint64                       rep_id,
                                  const char                  *first_day,
                                  const char                  *last_day,
                                  const char                  *currency,
                                  gint64                      *value,
                                  GError                     **error);
  gboolean   (*set_grades)       (TerOkrStore                 *self,
                                  gint64                       objective_id,
                                  const gint64                *key_result_ids,
                                  const double                *grades,
                                  guint                        n_grades,
                                  double                       objective_grade,
                                  GError                     **error);
  gboolean   (*update_objective) (TerOkrStore                 *self,
                                  gint64                       objective_id,
                                  const TerOkrObjectiveRecord *objective,
                                  const gint64                *key_result_ids,
                                  const TerOkrKeyResultRecord *key_results,
                                  guint                        n_key_results,
                                  GError                     **error);
  GPtrArray *(*list_objectives_in) (TerOkrStore               *self,
                                  const char                  *quarter,
                                  gint64                       territory_id,
                                  GError                     **error);
  gint64     (*region_territory) (TerOkrStore                 *self,
                                  gint64                       region_id,
                                  const char                  *day);
};

/* Checks the 2–5 rule, titles and values before anything is written; the
 * objective and its key results are written together or not at all. */
gint64     ter_okr_store_add_objective    (TerOkrStore                 *self,
                                           const TerOkrObjectiveRecord *objective,
                                           const TerOkrKeyResultRecord *key_results,
                                           guint                        n_key_results,
                                           GError                     **error);
/* Refuses parents of another quarter, missing parents and cycles. */
gboolean   ter_okr_store_set_parent       (TerOkrStore                 *self,
                                           gint64                       objective_id,
                                           gint64                       parent_id,
                                           GError                     **error);
/* Refuses objectives that others support, so none is left orphaned. */
gboolean   ter_okr_store_delete_objective (TerOkrStore                 *self,
                                           gint64                       objective_id,
                                           GError                     **error);
/* TerOkrObjective, parents before children, by title. */
GPtrArray *ter_okr_store_list_objectives  (TerOkrStore                 *self,
                                           const char                  *quarter,
                                           GError                     **error);
/* TerOkrKeyResult; linked ones computed up to `as_of` (YYYY-MM-DD, or NULL
 * for today) within their quarter. */
GPtrArray *ter_okr_store_list_key_results (TerOkrStore                 *self,
                                           gint64                       objective_id,
                                           const char                  *as_of,
                                           GError                     **error);
gboolean   ter_okr_store_check_in         (TerOkrStore                 *self,
                                           gint64                       key_result_id,
                                           const char                  *day,
                                           gint64                       value,
                                           TerOkrConfidence             confidence,
                                           const char                  *note,
                                           GError                     **error);
/* TerOkrCheckIn, oldest first. */
GPtrArray *ter_okr_store_list_check_ins   (TerOkrStore                 *self,
                                           gint64                       key_result_id,
                                           GError                     **error);
/* A linked metric over [first_day, last_day]; money in `currency`. */
gboolean   ter_okr_store_metric_value     (TerOkrStore                 *self,
                                           TerOkrMetric                 metric,
                                           gint64                       territory_id,
                                           gint64                       rep_id,
                                           const char                  *first_day,
                                           const char                  *last_day,
                                           const char                  *currency,
                                           gint64                      *value,
                                           GError                     **error);
gboolean   ter_okr_store_set_grades       (TerOkrStore                 *self,
                                           gint64                       objective_id,
                                           const gint64                *key_result_ids,
                                           const double                *grades,
                                           guint                        n_grades,
                                           double                       objective_grade,
                                           GError                     **error);

/* Rewrites an objective and its key results in one transaction, with the
 * same checks as ter_okr_store_add_objective(). `key_result_ids[i]` is the
 * key result that record i replaces, or 0 for a new one; key results of
 * the objective that are not named are deleted with their check-ins. The
 * quarter does not change; `objective->quarter` may be NULL. */
gboolean   ter_okr_store_update_objective (TerOkrStore                 *self,
                                           gint64                       objective_id,
                                           const TerOkrObjectiveRecord *objective,
                                           const gint64                *key_result_ids,
                                           const TerOkrKeyResultRecord *key_results,
                                           guint                        n_key_results,
                                           GError                     **error);
/* Like ter_okr_store_list_objectives(), but only the objectives owned
 * inside `territory_id`'s subtree (the territories, their reps and the
 * regions they cover on the quarter's last day), with the objectives they
 * support up to the top, so the outline keeps its shape. 0: all. */
GPtrArray *ter_okr_store_list_objectives_in (TerOkrStore               *self,
                                           const char                  *quarter,
                                           gint64                       territory_id,
                                           GError                     **error);
/* The territory covering `region_id` on `day` (YYYY-MM-DD), or 0: where a
 * region's linked key results are measured. */
gint64     ter_okr_store_region_territory (TerOkrStore                 *self,
                                           gint64                       region_id,
                                           const char                  *day);

void       ter_okr_objective_free         (TerOkrObjective             *objective);
void       ter_okr_key_result_free        (TerOkrKeyResult             *key_result);
void       ter_okr_check_in_free          (TerOkrCheckIn               *check_in);

G_END_DECLS
