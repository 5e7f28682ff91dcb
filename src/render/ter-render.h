/* ter-render.h - the chart library in one include
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ter-chart-data.h"
#include "ter-chart-format.h"
#include "ter-chart-style.h"
#include "ter-chart-ticks.h"
#include "ter-chart.h"
#include "ter-chart-render.h"
#include "ter-geo.h"
#include "ter-projection.h"
#include "ter-map-classes.h"
#include "ter-map-render.h"
#include "ter-map-layer.h"
