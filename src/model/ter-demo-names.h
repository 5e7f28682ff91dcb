/* ter-demo-names.h: the tables behind the demo company (places, people,
 * company names, the product catalogue, the sales calendar) and the
 * random number generator they are drawn with.
 *
 * Private to ter-demo.c. Everything here is data, not user interface, so
 * nothing is translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ter-store.h"

G_BEGIN_DECLS

typedef enum {
  TER_DEMO_CN,
  TER_DEMO_US,
  TER_DEMO_N_MARKETS,
} TerDemoMarket;

/* xoshiro256**, seeded through splitmix64: fast, and the same sequence on
 * every platform and GLib version, so a seed always gives the same data. */
typedef struct {
  guint64 s[4];
} TerDemoRng;

void ter_demo_rng_init (TerDemoRng *rng,
                        guint64     seed);

static inline guint64
ter_demo_rng_next (TerDemoRng *rng)
{
  guint64 *s = rng->s;
  guint64 x = s[1] * 5;
  guint64 result = ((x << 7) | (x >> 57)) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = (s[3] << 45) | (s[3] >> 19);

  return result;
}

/* A number in [0, n). */
static inline guint
ter_demo_rng_below (TerDemoRng *rng,
                    guint       n)
{
  return (guint) (((ter_demo_rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* A number in [0, 1). */
static inline double
ter_demo_rng_double (TerDemoRng *rng)
{
  return (double) (ter_demo_rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

/* A number in [lo, hi], both included. */
static inline int
ter_demo_rng_range (TerDemoRng *rng,
                    int         lo,
                    int         hi)
{
  return lo + (int) ter_demo_rng_below (rng, (guint) (hi - lo + 1));
}

/* Geography and the sales organisation. */

typedef struct {
  const char    *name;
  const char    *name_zh;
  TerDemoMarket  market;
  int            growth;     /* percentage points a year above its market */
  int            last_year;  /* further points in the span's last year */
} TerDemoGroup;

/* A province-level territory: one province in China, a district of one or
 * more states in the US. */
typedef struct {
  const char *name;
  const char *name_zh;
  guint       group;
} TerDemoLeaf;

typedef struct {
  const char *code;       /* the built-in region: CN-GD, US-TX */
  guint       leaf;       /* the territory that covers it at first */
  guint       weight;     /* size of its economy, comparable within a market */
  const char *area_code;  /* for telephone numbers */
  const char *cities[6];  /* NULL-terminated, the biggest first */
} TerDemoArea;

/* A region that changes territory halfway through the span. */
typedef struct {
  const char *code;
  guint       leaf;
} TerDemoMove;

const TerDemoGroup *ter_demo_groups (guint *n_groups);
const TerDemoLeaf  *ter_demo_leaves (guint *n_leaves);
const TerDemoArea  *ter_demo_areas  (guint *n_areas);
const TerDemoMove  *ter_demo_moves  (guint *n_moves);

/* Channels, in this order. */
typedef enum {
  TER_DEMO_CHANNEL_WEB,
  TER_DEMO_CHANNEL_TMALL,
  TER_DEMO_CHANNEL_JD,
  TER_DEMO_CHANNEL_AMAZON,
  TER_DEMO_CHANNEL_DISTRIBUTORS,
  TER_DEMO_CHANNEL_DIRECT,
  TER_DEMO_N_CHANNELS,
} TerDemoChannel;

const TerChannelRecord *ter_demo_channels (guint *n_channels);

/* The product catalogue. */

typedef enum {
  TER_DEMO_SEASON_NONE,
  TER_DEMO_SEASON_SUMMER,
  TER_DEMO_SEASON_WINTER,
  TER_DEMO_SEASON_RAINY,
} TerDemoSeason;

typedef struct {
  const char *code;
  const char *name_en;
  const char *name_zh;
} TerDemoCategory;

typedef struct {
  guint          category;      /* index of the top-level category */
  const char    *code;
  const char    *name_en;
  const char    *name_zh;
  const char    *noun_en;       /* one product: "Air Fryer" */
  const char    *noun_zh;
  guint          usd_price;     /* typical list price of the plain model */
  guint          popularity[TER_DEMO_N_MARKETS];
  TerDemoSeason  season;
  const char    *variants_en[4]; /* NULL-terminated, at least two */
  const char    *variants_zh[4];
} TerDemoSubcategory;

typedef struct {
  const char *name;
  double      price_factor;
} TerDemoSeries;

const TerDemoCategory    *ter_demo_categories    (guint *n_categories);
const TerDemoSubcategory *ter_demo_subcategories (guint *n_subcategories);
const TerDemoSeries      *ter_demo_series        (guint *n_series);
/* How much more (or less) of a season's products sell in `month` (1-12). */
double                    ter_demo_season_factor (TerDemoSeason season,
                                                  int           month);

/* The calendar. */

typedef enum {
  TER_DEMO_EVENT_NONE,
  TER_DEMO_EVENT_MEMORIAL,
  TER_DEMO_EVENT_JULY_4,
  TER_DEMO_EVENT_PRIME,
  TER_DEMO_EVENT_LABOR,
} TerDemoEvent;

/* Sales festivals with promotions and their own channel mix. */
typedef enum {
  TER_DEMO_PEAK_NONE,
  TER_DEMO_PEAK_618,
  TER_DEMO_PEAK_1111,
  TER_DEMO_PEAK_BFCM,
  TER_DEMO_PEAK_PRIME,
} TerDemoPeak;

typedef struct {
  int           year;
  int           month;
  int           mday;
  GDateWeekday  weekday;
  guint         month_index;  /* months since the start of the span; set by the caller */
  int           cny_offset;   /* days since the nearest Chinese New Year */
  int           tg_offset;    /* days since this year's Thanksgiving */
  TerDemoEvent  us_event;
  char          text[11];     /* YYYY-MM-DD */
} TerDemoDay;

/* The first day of the Chinese New Year in `year`; FALSE outside the
 * years the table covers (2015-2035). */
gboolean    ter_demo_spring_festival (int              year,
                                      GDate           *out);
void        ter_demo_day_init        (TerDemoDay      *day,
                                      const GDate     *date);
/* How busy the day is for one kind of customer, relative to an ordinary
 * weekday: the week, the holidays, the shopping festivals. */
double      ter_demo_day_factor      (const TerDemoDay *day,
                                      TerDemoMarket     market,
                                      TerCustomerType   type);
TerDemoPeak ter_demo_day_peak        (const TerDemoDay *day,
                                      TerDemoMarket     market);

/* People and companies. */

/* A person's name, and a login for e-mail addresses: pinyin ("wangwei")
 * in China, "first.last" in the US. */
void ter_demo_person_name  (TerDemoRng      *rng,
                            TerDemoMarket    market,
                            GString         *name,
                            GString         *login);
void ter_demo_company_name (TerDemoRng      *rng,
                            TerDemoMarket    market,
                            TerCustomerType  type,
                            const char      *city,
                            GString         *out);
/* A landline in the area, or a mobile number. US numbers use the 555-01xx
 * range, which is reserved for fiction. */
void ter_demo_phone        (TerDemoRng      *rng,
                            TerDemoMarket    market,
                            const char      *area_code,
                            gboolean         mobile,
                            GString         *out);

G_END_DECLS
