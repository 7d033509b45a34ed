// PolarizationChart: a topic's polarization by month as an SVG line chart
// on the timelines' time axis: 0% at the bottom, 100% at the top, a point
// at each month's as-of day, the line broken where fewer than two actors
// take a side. Pure functions: data in, SVG text out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/html_report/geometry.h"
#include "query/html_report/time_axis.h"
#include "query/polarization.h"

namespace stancekb {

struct PolarizationLayout {
  double width = 0;
  double height = 0;
  Box plot;                                  // Where 0–100% and the axis's days map to.
  std::vector<std::optional<Point>> points;  // One per month; none where Share() is none.
};

PolarizationLayout LayOutPolarization(const std::vector<MonthPolarization>& months, const TimeAxis& axis);

std::string PolarizationSvg(const std::vector<MonthPolarization>& months, const TimeAxis& axis,
                            const PolarizationLayout& layout);

}  // namespace stancekb
