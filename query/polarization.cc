#include "query/polarization.h"

#include <algorithm>

#include "query/pair_history.h"
#include "query/stance.h"

namespace stancekb {
namespace {

Date FirstOfMonth(Date day) { return Date::FromCivil(day.year(), day.month(), 1, DatePrecision::kMonth); }

Date LastOfMonth(Date day) {
  const int year = day.year() + (day.month() == 12 ? 1 : 0);
  const int month = day.month() % 12 + 1;
  return Date::FromCivil(year, month, 1).AddDays(-1);
}

std::vector<MonthPolarization> Months(Date first, Date to) {
  std::vector<MonthPolarization> months;
  for (Date month = FirstOfMonth(first); month <= to; month = FirstOfMonth(LastOfMonth(month).AddDays(1))) {
    months.push_back({month, std::min(LastOfMonth(month), to)});
  }
  return months;
}

}  // namespace

std::optional<double> MonthPolarization::Share() const {
  if (SidedDyads() == 0) return std::nullopt;
  return static_cast<double>(ConflictDyads()) / static_cast<double>(SidedDyads());
}

Status Polarization(const Store& store, const PolarizationQuery& query, std::vector<MonthPolarization>* out) {
  if (!query.first.valid() || !query.to.valid() || query.to < query.first) {
    return Status::InvalidInput("polarization needs a first month on or before its last day");
  }
  std::vector<MonthPolarization> months = Months(query.first, query.to);
  // Every entry is read: one pass serves all the month ends, where seeking to
  // each month's deciding day would cost a seek per pair and month.
  const IndexQuery scan{query.topic, std::nullopt, query.from, query.to};
  Status s = ScanPairHistories(store, scan, [&](const PairHistory& history) {
    for (MonthPolarization& month : months) {
      const Position position = StanceAsOf(history, query.from, month.as_of).position;
      month.support += position == Position::kSupport;
      month.oppose += position == Position::kOppose;
    }
    return Status::Ok();
  });
  if (s.ok()) out->insert(out->end(), months.begin(), months.end());
  return s;
}

}  // namespace stancekb
