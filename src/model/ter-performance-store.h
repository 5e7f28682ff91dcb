/* ter-performance-store.h: targets, reviews, monthly reports and pay.
 *
 * Every write takes the acting user (a rep id) and is refused with
 * TER_STORE_ERROR_INVALID, naming who and why, unless the acting user
 * stands above the person concerned in the reporting line: authority
 * lives here, not only in what the views choose to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ter-performance-math.h"
#include "ter-store.h"
#include "ter-types.h"

G_BEGIN_DECLS

typedef enum {
  TER_REVIEW_DRAFT,
  TER_REVIEW_SUBMITTED,
  TER_REVIEW_ACKNOWLEDGED,
} TerReviewStatus;

typedef enum {
  TER_REVIEW_PERIOD_MONTH,
  TER_REVIEW_PERIOD_QUARTER,
  TER_REVIEW_PERIOD_YEAR,
} TerReviewPeriod;

/* One month's value for a rep or a territory. */
typedef struct {
  gint64 owner_id;
  char   month[8];       /* YYYY-MM */
  gint64 value;          /* minor units for revenue */
  char   currency[4];    /* revenue only */
} TerMonthValue;

/* A territory whose own target differs from its reps' targets added up. */
typedef struct {
  gint64 territory_id;
  char   month[8];
  gint64 territory_value;
  gint64 reps_value;
  gint64 n_reps;
} TerRollupGap;

typedef struct {
  char   currency[4];
  gint64 month_revenue, month_target;
  gint64 quarter_revenue, quarter_target;
  gint64 year_revenue, year_target;   /* year to date, through the month */
  char   quarter_start[8];            /* first month of the (fiscal) quarter */
  char   year_start[8];               /* first month of the (fiscal) year */
  gint64 trend[12];                   /* revenue, the 12 months to `month` */
  gint64 rank, peers;                 /* by year-to-date attainment */
  gint64 customers;                   /* distinct buyers, year to date */
  gint64 orders;
  gint64 average_order;               /* minor units */
  gint64 return_rate_bp;              /* returned / sold, basis points */
} TerScorecard;

typedef struct {
  gint64  id;
  char   *code;
  char   *name_en;
  char   *name_zh;
  gint64  weight;        /* percent; the active criteria add up to 100 */
  char   *measure;       /* NULL, or what pre-fills the score */
  gboolean active;       /* FALSE: retired, kept for past reviews */
} TerReviewCriterion;

typedef struct {
  gint64  criterion_id;
  gint64  score;         /* 1–5, 0 not yet scored */
  gboolean measured;     /* pre-filled from the data */
  gint64  weight;        /* the criterion's weight when the review began */
} TerReviewScore;

typedef struct {
  gint64           id;
  gint64           rep_id;
  gint64           reviewer_id;
  TerReviewPeriod  period;
  char             period_start[8];  /* first month, YYYY-MM */
  TerReviewStatus  status;
  char            *strengths;
  char            *improvements;
  char            *goals;
  GArray          *scores;           /* TerReviewScore */
  gint64           overall_centi;    /* weighted score × 100 */
} TerReview;

typedef struct {
  gint64           review_id;
  gint64           actor_id;
  TerReviewStatus  status;
  char            *at;               /* YYYY-MM-DD HH:MM:SS UTC */
} TerReviewEvent;

typedef struct {
  gint64  id;
  gint64  rep_id;
  char    month[8];
  gboolean submitted;
  char    submitted_on[11];
  gboolean on_time;                  /* submitted by the 5th of next month */
  char   *reasons;
  char   *work_done;
  char   *next_goals;
  char   *competitors;
} TerRepReport;

/* One line of a report's pre-filled figures: a customer or a product. */
typedef struct {
  gboolean product;                  /* else a customer (distributor) */
  gint64   id;
  char    *name;
  gint64   amount;                   /* net, minor units */
  gint64   share_bp;                 /* of the rep's month */
} TerReportFigure;

typedef struct {
  gint64  id;
  char   *name;
  char    currency[4];
  gint64  base_rate_bp;
  gint64  cap;
  GArray *tiers;                     /* TerCommissionTier */
  GArray *rates;                     /* TerCategoryRate */
} TerCommissionPlan;

/* A return booked this period against an order of an earlier period. */
typedef struct {
  gint64 order_id;
  char   original_month[8];
  gint64 amount;                     /* negative, plan currency */
  gint64 clawback;                   /* negative, at the original rate */
} TerClawback;

/* Who a plan pays, from which month on: one rep, or everyone of a role.
 * A rep's own assignment wins over their role's; among several, the one
 * that started latest. */
typedef struct {
  gint64     id;
  gint64     plan_id;
  gint64     rep_id;                 /* 0: everyone of `role` */
  TerRepRole role;
  char       valid_from[8];          /* YYYY-MM */
  char       valid_to[8];            /* YYYY-MM, or "" open-ended */
} TerPlanAssignment;

/* A product category a plan may pay its own rate on. */
typedef struct {
  gint64  id;
  gint64  parent_id;                 /* 0 at the top */
  guint   depth;                     /* 0 at the top */
  char   *name;                      /* in the user's language */
} TerCategoryInfo;

typedef struct {
  gint64              rep_id;
  gint64              plan_id;
  char               *rep_name;
  char               *plan_name;
  char                month[8];
  char                currency[4];
  gint64              quota;
  TerCommissionResult result;        /* on the period's own orders */
  GArray             *clawbacks;     /* TerClawback */
  gint64              payout;        /* commission + clawbacks */
} TerCommissionStatement;

void ter_review_free                (TerReview              *review);
void ter_rep_report_free            (TerRepReport           *report);
void ter_commission_plan_free       (TerCommissionPlan      *plan);
void ter_commission_statement_free  (TerCommissionStatement *statement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerReview, ter_review_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerRepReport, ter_rep_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerCommissionPlan, ter_commission_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TerCommissionStatement, ter_commission_statement_free)

const char *ter_review_status_to_key (TerReviewStatus status);
const char *ter_review_period_to_key (TerReviewPeriod period);

#define TER_TYPE_PERFORMANCE_STORE (ter_performance_store_get_type ())
G_DECLARE_INTERFACE (TerPerformanceStore, ter_performance_store, TER, PERFORMANCE_STORE, GObject)

struct _TerPerformanceStoreInterface
{
  GTypeInterface parent_iface;

  gboolean  (*check_rep_authority)       (TerPerformanceStore *self, gint64 actor_id, gint64 rep_id, GError **error);
  gboolean  (*check_territory_authority) (TerPerformanceStore *self, gint64 actor_id, gint64 territory_id, GError **error);
  gboolean  (*set_targets)     (TerPerformanceStore *self, gint64 actor_id, const TerTargetRecord *records, guint n, GError **error);
  GArray   *(*list_targets)    (TerPerformanceStore *self, gboolean reps, const char *first_month, const char *last_month, TerMetric metric, GError **error);
  GArray   *(*list_actuals)    (TerPerformanceStore *self, gboolean reps, gint64 owner_id, const char *first_month, const char *last_month, TerMetric metric, GError **error);
  GArray   *(*rollup_gaps)     (TerPerformanceStore *self, const char *first_month, const char *last_month, TerMetric metric, GError **error);
  gboolean  (*scorecard)       (TerPerformanceStore *self, gint64 rep_id, const char *month, guint fiscal_start_month, TerScorecard *card, GError **error);

  GArray   *(*list_criteria)   (TerPerformanceStore *self, GError **error);
  gint64    (*create_review)   (TerPerformanceStore *self, gint64 actor_id, gint64 rep_id, TerReviewPeriod period, const char *period_start, GError **error);
  TerReview *(*get_review)     (TerPerformanceStore *self, gint64 review_id, GError **error);
  gboolean  (*save_review)     (TerPerformanceStore *self, gint64 actor_id, const TerReview *review, GError **error);
  gboolean  (*set_review_status) (TerPerformanceStore *self, gint64 actor_id, gint64 review_id, TerReviewStatus status, GError **error);
  GArray   *(*list_reviews)    (TerPerformanceStore *self, gint64 rep_id, GError **error);
  GArray   *(*review_history)  (TerPerformanceStore *self, gint64 review_id, GError **error);

  TerRepReport *(*get_report)  (TerPerformanceStore *self, gint64 rep_id, const char *month, GError **error);
  gboolean  (*save_report)     (TerPerformanceStore *self, gint64 actor_id, const TerRepReport *report, gboolean submit, const char *today, GError **error);
  GArray   *(*report_figures)  (TerPerformanceStore *self, gint64 rep_id, const char *month, GError **error);
  GArray   *(*report_status)   (TerPerformanceStore *self, gint64 actor_id, const char *month, GError **error);

  gint64    (*add_plan)        (TerPerformanceStore *self, gint64 actor_id, const TerCommissionPlan *plan, GError **error);
  gboolean  (*assign_plan)     (TerPerformanceStore *self, gint64 actor_id, gint64 rep_id, gint64 plan_id, GError **error);
  TerCommissionPlan *(*get_plan) (TerPerformanceStore *self, gint64 plan_id, GError **error);
  TerCommissionStatement *(*statement) (TerPerformanceStore *self, gint64 rep_id, const char *month, GError **error);

  GPtrArray *(*list_plans)     (TerPerformanceStore *self, GError **error);
  gboolean  (*update_plan)     (TerPerformanceStore *self, gint64 actor_id, const TerCommissionPlan *plan, GError **error);
  gboolean  (*delete_plan)     (TerPerformanceStore *self, gint64 actor_id, gint64 plan_id, GError **error);
  GArray   *(*list_assignments) (TerPerformanceStore *self, gint64 plan_id, GError **error);
  gint64    (*add_assignment)  (TerPerformanceStore *self, gint64 actor_id, const TerPlanAssignment *assignment, GError **error);
  gboolean  (*remove_assignment) (TerPerformanceStore *self, gint64 actor_id, gint64 assignment_id, GError **error);
  GArray   *(*list_categories) (TerPerformanceStore *self, GError **error);
  gboolean  (*save_criteria)   (TerPerformanceStore *self, gint64 actor_id, GArray *criteria, GError **error);
};

gboolean  ter_performance_store_check_rep_authority       (TerPerformanceStore *self, gint64 actor_id, gint64 rep_id, GError **error);
gboolean  ter_performance_store_check_territory_authority (TerPerformanceStore *self, gint64 actor_id, gint64 territory_id, GError **error);
/* All or nothing: one refused record leaves every target as it was. */
gboolean  ter_performance_store_set_targets     (TerPerformanceStore *self, gint64 actor_id, const TerTargetRecord *records, guint n, GError **error);
GArray   *ter_performance_store_list_targets    (TerPerformanceStore *self, gboolean reps, const char *first_month, const char *last_month, TerMetric metric, GError **error);
/* Actual revenue, units or new customers per month; owner_id 0 for all. */
GArray   *ter_performance_store_list_actuals    (TerPerformanceStore *self, gboolean reps, gint64 owner_id, const char *first_month, const char *last_month, TerMetric metric, GError **error);
GArray   *ter_performance_store_rollup_gaps     (TerPerformanceStore *self, const char *first_month, const char *last_month, TerMetric metric, GError **error);
/* Quarter and year to date count from the fiscal year's first month
 * (1–12; 1 for calendar quarters and years). */
gboolean  ter_performance_store_scorecard       (TerPerformanceStore *self, gint64 rep_id, const char *month, guint fiscal_start_month, TerScorecard *card, GError **error);
/* Spreads `total` over the months first_month… (n months) by the owner's
 * actuals a year earlier, or evenly when `seasonal` is FALSE or last year
 * sold nothing; fills `parts`. */
gboolean  ter_performance_store_spread          (TerPerformanceStore *self, gboolean reps, gint64 owner_id, const char *first_month, guint n, TerMetric metric, gint64 total, gboolean seasonal, gint64 *parts, GError **error);

/* TerReviewCriterion: the active ones in order, then retired ones. */
GArray   *ter_performance_store_list_criteria   (TerPerformanceStore *self, GError **error);
/* Refuses, naming the criterion, a list without names or whose weights
 * do not add up to exactly 100 %. */
gboolean  ter_review_criteria_validate          (GArray *criteria, GError **error);
/* Makes `criteria` (TerReviewCriterion, id 0 for a new one) the active
 * criteria in that order; criteria left out are retired, so past reviews
 * keep them. Reviews already begun keep the weights they began with.
 * Only the head of a reporting line may do this. */
gboolean  ter_performance_store_save_criteria   (TerPerformanceStore *self, gint64 actor_id, GArray *criteria, GError **error);
gint64    ter_performance_store_create_review   (TerPerformanceStore *self, gint64 actor_id, gint64 rep_id, TerReviewPeriod period, const char *period_start, GError **error);
TerReview *ter_performance_store_get_review     (TerPerformanceStore *self, gint64 review_id, GError **error);
gboolean  ter_performance_store_save_review     (TerPerformanceStore *self, gint64 actor_id, const TerReview *review, GError **error);
gboolean  ter_performance_store_set_review_status (TerPerformanceStore *self, gint64 actor_id, gint64 review_id, TerReviewStatus status, GError **error);
GArray   *ter_performance_store_list_reviews    (TerPerformanceStore *self, gint64 rep_id, GError **error);
GArray   *ter_performance_store_review_history  (TerPerformanceStore *self, gint64 review_id, GError **error);

TerRepReport *ter_performance_store_get_report  (TerPerformanceStore *self, gint64 rep_id, const char *month, GError **error);
/* Only the rep writes their own report; a submitted report is final. */
gboolean  ter_performance_store_save_report     (TerPerformanceStore *self, gint64 actor_id, const TerRepReport *report, gboolean submit, const char *today, GError **error);
/* TerReportFigure: the month's sales by customer, then by product. */
GArray   *ter_performance_store_report_figures  (TerPerformanceStore *self, gint64 rep_id, const char *month, GError **error);
/* TerRepReport (texts NULL) for everyone below the actor, submitted or not. */
GArray   *ter_performance_store_report_status   (TerPerformanceStore *self, gint64 actor_id, const char *month, GError **error);

gint64    ter_performance_store_add_plan        (TerPerformanceStore *self, gint64 actor_id, const TerCommissionPlan *plan, GError **error);
gboolean  ter_performance_store_assign_plan     (TerPerformanceStore *self, gint64 actor_id, gint64 rep_id, gint64 plan_id, GError **error);
TerCommissionPlan *ter_performance_store_get_plan (TerPerformanceStore *self, gint64 plan_id, GError **error);
/* The statement of the plan in effect for the rep in `month`. */
TerCommissionStatement *ter_performance_store_statement (TerPerformanceStore *self, gint64 rep_id, const char *month, GError **error);

/* Refuses, naming the part and the figure, a plan that could not pay
 * anyone sensibly: no name, rates outside 0–100 %, tiers out of order. */
gboolean  ter_commission_plan_validate          (const TerCommissionPlan *plan, GError **error);
/* TerCommissionPlan *, by name. */
GPtrArray *ter_performance_store_list_plans     (TerPerformanceStore *self, GError **error);
/* Replaces the plan's name, currency, rates, tiers and cap in one go. */
gboolean  ter_performance_store_update_plan     (TerPerformanceStore *self, gint64 actor_id, const TerCommissionPlan *plan, GError **error);
/* Removes the plan and who it was assigned to. */
gboolean  ter_performance_store_delete_plan     (TerPerformanceStore *self, gint64 actor_id, gint64 plan_id, GError **error);
/* TerPlanAssignment of one plan, or of all with plan_id 0. */
GArray   *ter_performance_store_list_assignments (TerPerformanceStore *self, gint64 plan_id, GError **error);
/* A rep's plan is set by their managers; a role's only by a manager with
 * no one above them, since it applies across the company. */
gint64    ter_performance_store_add_assignment  (TerPerformanceStore *self, gint64 actor_id, const TerPlanAssignment *assignment, GError **error);
gboolean  ter_performance_store_remove_assignment (TerPerformanceStore *self, gint64 actor_id, gint64 assignment_id, GError **error);
/* TerCategoryInfo, parents before their children. */
GArray   *ter_performance_store_list_categories (TerPerformanceStore *self, GError **error);

G_END_DECLS
