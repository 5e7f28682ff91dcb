/* ter-okr.h: progress, status, history, grading and carry-over of OKRs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-okr-store.h"

G_BEGIN_DECLS

typedef struct {
  char    day[11];   /* YYYY-MM-DD */
  gint64  value;
  double  ideal;     /* where a straight line from start to target stands */
} TerOkrPoint;

/* "2026-Q4" → 2026-10-01 and 2026-12-31. */
gboolean          ter_okr_quarter_parse     (const char            *quarter,
                                             GDate                 *first,
                                             GDate                 *last);
char             *ter_okr_quarter_of        (const GDate           *day);
char             *ter_okr_quarter_next      (const char            *quarter);
char             *ter_okr_quarter_previous  (const char            *quarter);
/* "Q4 2026" or "2026年第4季度". */
char             *ter_okr_quarter_label     (const char            *quarter);
/* Share of the quarter gone by on `day`, 0 to 1. */
double            ter_okr_quarter_elapsed   (const char            *quarter,
                                             const GDate           *day);

/* 0 at the start value, 1 at the target, for rising and falling targets
 * alike; not clamped, so overshooting gives more than 1. */
double            ter_okr_progress          (TerOkrKind             kind,
                                             gint64                 start_value,
                                             gint64                 target_value,
                                             gint64                 current_value);
double            ter_okr_key_result_progress (const TerOkrKeyResult *key_result);
/* The latest check-in's confidence, else progress against time elapsed. */
TerOkrConfidence  ter_okr_status            (const TerOkrKeyResult *key_result,
                                             double                 elapsed);
/* Progress clamped to 0–1 and rounded to a tenth, as OKR grades are. */
double            ter_okr_grade_for         (double                 progress);
double            ter_okr_objective_progress (GPtrArray            *key_results);

char             *ter_okr_format_value      (TerOkrKind             kind,
                                             gint64                 value,
                                             const char            *currency);
/* Reads a value typed by a person: whole numbers, percent with up to two
 * decimals ("6.5" → 650), money in `currency`, anything for milestones
 * ("yes" / "done" / "1" is done). */
gboolean          ter_okr_parse_value       (TerOkrKind             kind,
                                             const char            *text,
                                             const char            *currency,
                                             gint64                *value,
                                             GError               **error);
const char       *ter_okr_confidence_label  (TerOkrConfidence       confidence);
const char       *ter_okr_metric_label      (TerOkrMetric           metric);
const char       *ter_okr_kind_label        (TerOkrKind             kind);
TerOkrKind        ter_okr_metric_kind       (TerOkrMetric           metric);

/* Linked key results: the metric sampled at the end of every week of the
 * quarter up to `as_of`; check-in key results: the start and each check-in. */
GArray           *ter_okr_history           (TerOkrStore           *store,
                                             const TerOkrKeyResult *key_result,
                                             const char            *quarter,
                                             const GDate           *as_of,
                                             GError               **error);

/* Grades every key result of the objective from its value at quarter end
 * (or `as_of`, if earlier) and the objective as their mean. */
gboolean          ter_okr_grade_objective   (TerOkrStore           *store,
                                             gint64                 objective_id,
                                             const GDate           *as_of,
                                             double                *grade,
                                             GError               **error);

/* Copies the objective into the next quarter with its unfinished key
 * results, each starting where it stood; returns the new objective. */
gint64            ter_okr_carry_over        (TerOkrStore           *store,
                                             gint64                 objective_id,
                                             const GDate           *as_of,
                                             GError               **error);

G_END_DECLS
