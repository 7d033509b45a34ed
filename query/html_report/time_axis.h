// TimeAxis: the horizontal scale the timelines and the polarization chart
// share, so that a month sits at the same x in both. Each day is a band of
// equal width; day `first` starts at `left`, day `last` ends at left + width.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kb/date.h"

namespace stancekb {

class TimeAxis {
 public:
  // `last` must not be before `first`; width > 0.
  TimeAxis(Date first, Date last, double left, double width);

  double left() const { return left_; }
  double right() const { return left_ + width_; }
  double day_width() const { return width_ / days_; }
  // The left edge and the centre of a day's band.
  double Start(Date day) const;
  double Center(Date day) const { return Start(day) + day_width() / 2; }

  struct Tick {
    Date day;  // The first day of a month.
    std::string label;
  };
  // The first day of every k-th month inside the axis (months counted from
  // January, so k = 3 gives quarters), with k the smallest of 1, 2, 3, 6,
  // 12, 24, … that keeps ticks at least `min_spacing` apart; labelled
  // "YYYY-MM", or "YYYY" when k is a whole number of years.
  std::vector<Tick> MonthTicks(double min_spacing) const;

 private:
  Date first_;
  Date last_;
  double left_;
  double width_;
  int32_t days_;
};

}  // namespace stancekb
