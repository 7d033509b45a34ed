#include "kb/date.h"

#include <charconv>
#include <ctime>

namespace stancekb {

int32_t DaysFromCivil(int year, unsigned month, unsigned day) {
  year -= month <= 2;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

void CivilFromDays(int32_t days, int* year, unsigned* month, unsigned* day) {
  days += 719468;
  const int era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = static_cast<int>(yoe) + era * 400 + (*month <= 2);
}

bool IsValidCivil(int year, int month, int day) {
  if (year < Date::kMinYear || year > Date::kMaxYear || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int limit = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

Date Date::FromCivil(int year, int month, int day, DatePrecision precision) {
  if (!IsValidCivil(year, month, day)) return Date();
  return FromDayNumber(DaysFromCivil(year, month, day), precision);
}

Date Date::FromDayNumber(int32_t days, DatePrecision precision) {
  Date d;
  d.days_ = days;
  d.precision_ = precision;
  d.valid_ = true;
  return d;
}

Date Date::Today() {
  const std::time_t now = std::time(nullptr);
  return FromDayNumber(static_cast<int32_t>(now / 86400));
}

namespace {

bool ParseDigits(std::string_view text, size_t width, int* out) {
  if (text.size() != width) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return std::from_chars(text.data(), text.data() + text.size(), *out).ec == std::errc();
}

}  // namespace

Status Date::Parse(std::string_view text, Date* out) {
  int year = 0, month = 1, day = 1;
  DatePrecision precision = DatePrecision::kYear;
  bool shape_ok = ParseDigits(text.substr(0, 4), 4, &year);
  if (shape_ok && text.size() > 4) {
    precision = DatePrecision::kMonth;
    shape_ok = text[4] == '-' && ParseDigits(text.substr(5, 2), 2, &month);
    if (shape_ok && text.size() > 7) {
      precision = DatePrecision::kDay;
      shape_ok = text[7] == '-' && ParseDigits(text.substr(8), 2, &day);
    }
  }
  if (!shape_ok) {
    return Status::InvalidInput("date '" + std::string(text) + "' is not YYYY-MM-DD, YYYY-MM or YYYY");
  }
  Date parsed = FromCivil(year, month, day, precision);
  if (!parsed.valid()) {
    return Status::InvalidInput("date '" + std::string(text) + "' does not exist in the calendar");
  }
  *out = parsed;
  return Status::Ok();
}

int Date::year() const {
  int y;
  unsigned m, d;
  CivilFromDays(days_, &y, &m, &d);
  return y;
}

int Date::month() const {
  int y;
  unsigned m, d;
  CivilFromDays(days_, &y, &m, &d);
  return static_cast<int>(m);
}

int Date::day() const {
  int y;
  unsigned m, d;
  CivilFromDays(days_, &y, &m, &d);
  return static_cast<int>(d);
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int w = (days_ % 7 + 7 + 3) % 7;
  return w;
}

std::string Date::ToString() const {
  if (!valid_) return "";
  int y;
  unsigned m, d;
  CivilFromDays(days_, &y, &m, &d);
  char buf[16];
  switch (precision_) {
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", y);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
      break;
  }
  return buf;
}

std::string_view Date::PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
  }
  return "day";
}

}  // namespace stancekb
