#include "query/date_argument.h"

#include <charconv>
#include <string>

namespace stancekb {
namespace {

Date LastDayOf(const Date& period) {
  if (period.precision() == DatePrecision::kYear) return Date::FromCivil(period.year(), 12, 31);
  const int next_month = period.month() % 12 + 1;
  const int next_year = period.year() + (period.month() == 12 ? 1 : 0);
  const Date next = Date::FromCivil(next_year, next_month, 1);
  return next.valid() ? next.AddDays(-1) : Date::FromCivil(period.year(), 12, 31);
}

}  // namespace

Status ParseDateArgument(std::string_view text, Date today, RangeEnd end, Date* out) {
  if (text == "today") {
    *out = today;
    return Status::Ok();
  }
  if (text == "yesterday") {
    *out = today.AddDays(-1);
    return Status::Ok();
  }
  if (text.size() >= 3 && text.front() == '-' && text.back() == 'd') {
    int days = 0;
    const char* first = text.data() + 1;
    const char* last = text.data() + text.size() - 1;
    auto [ptr, ec] = std::from_chars(first, last, days);
    if (ec != std::errc() || ptr != last || days < 0 || days > 3660000) {
      return Status::InvalidInput("date '" + std::string(text) + "' is not -Nd (N days ago)");
    }
    *out = today.AddDays(-days);
    return Status::Ok();
  }
  Date parsed;
  Status s = Date::Parse(text, &parsed);
  if (!s.ok()) return Status::InvalidInput(s.message() + " (also accepted: today, yesterday, -30d)");
  const bool period = parsed.precision() != DatePrecision::kDay;
  *out = period && end == RangeEnd::kEnd ? LastDayOf(parsed) : Date::FromDayNumber(parsed.day_number());
  return Status::Ok();
}

}  // namespace stancekb
