#include "query/html_report/time_axis.h"

#include <cstdio>

namespace stancekb {
namespace {

// Months since year 0 of a date's month.
int MonthIndex(Date day) { return day.year() * 12 + day.month() - 1; }

Date MonthStart(int index) { return Date::FromCivil(index / 12, index % 12 + 1, 1); }

int MonthStep(int index_step) {
  for (int step : {1, 2, 3, 6}) {
    if (index_step <= step) return step;
  }
  return (index_step + 11) / 12 * 12;
}

}  // namespace

TimeAxis::TimeAxis(Date first, Date last, double left, double width)
    : first_(first), last_(last), left_(left), width_(width), days_(last.day_number() - first.day_number() + 1) {}

double TimeAxis::Start(Date day) const { return left_ + (day.day_number() - first_.day_number()) * day_width(); }

std::vector<TimeAxis::Tick> TimeAxis::MonthTicks(double min_spacing) const {
  // The shortest month spans 28 days.
  const double month_width = 28 * day_width();
  const int needed = month_width >= min_spacing ? 1 : static_cast<int>(min_spacing / month_width) + 1;
  const int step = MonthStep(needed);
  std::vector<Tick> ticks;
  int index = MonthIndex(first_);
  if (MonthStart(index) < first_) ++index;
  index = (index + step - 1) / step * step;  // Quarters start in January, April, …
  for (; MonthStart(index) <= last_; index += step) {
    const Date day = MonthStart(index);
    char label[16];
    if (step % 12 == 0) {
      std::snprintf(label, sizeof label, "%04d", day.year());
    } else {
      std::snprintf(label, sizeof label, "%04d-%02d", day.year(), day.month());
    }
    ticks.push_back({day, label});
  }
  return ticks;
}

}  // namespace stancekb
