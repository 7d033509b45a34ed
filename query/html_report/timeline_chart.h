// TimelineChart: one topic's stance timelines as SVG: a row per drawn actor
// (and one for the others), a mark per statement at its date, coloured by
// its stance, days with both sides shaded behind the marks, and position
// changes flagged at the row's top. Pure functions: data in, SVG text out.
//
// Each mark is a <circle class="mark STANCE" id="mID"> carrying its date,
// source, quote, URL (and, in the others row, actor) as data- attributes,
// which the page's script shows on hover and click.
#pragma once

#include <string>
#include <vector>

#include "query/html_report/geometry.h"
#include "query/html_report/report_data.h"
#include "query/html_report/time_axis.h"

namespace stancekb {

struct TimelineLayout {
  double width = 0;
  double height = 0;
  double row_height = 0;
  std::vector<double> row_top;            // One per row.
  std::vector<std::vector<Point>> marks;  // Per row, the centre of each statement's mark.
};

// Marks sit at their day's centre; a row's statements of one day take three
// heights in turn (middle, above, below) so that up to three stay apart.
TimelineLayout LayOutTimeline(const TopicReport& topic, const TimeAxis& axis);

std::string TimelineSvg(const TopicReport& topic, const TimeAxis& axis, const TimelineLayout& layout);

}  // namespace stancekb
