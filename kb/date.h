// Date: a calendar day (proleptic Gregorian) with the precision it is known to.
// Stored as a signed day number (days since 1970-01-01) so that dates order
// and subtract as integers; a date known only to the month or year is stored
// as the first day of that month or year with its precision kept.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kb/status.h"

namespace stancekb {

enum class DatePrecision : uint8_t { kDay = 0, kMonth = 1, kYear = 2 };

class Date {
 public:
  // Range accepted by Parse and FromCivil: years 1 to 9999.
  static constexpr int kMinYear = 1;
  static constexpr int kMaxYear = 9999;

  Date() = default;  // An invalid date (valid() is false).

  // Returns an invalid Date if (year, month, day) is not a real calendar day.
  static Date FromCivil(int year, int month, int day, DatePrecision precision = DatePrecision::kDay);
  static Date FromDayNumber(int32_t days, DatePrecision precision = DatePrecision::kDay);
  // Today in UTC.
  static Date Today();

  // Parses "YYYY-MM-DD", "YYYY-MM" (month precision) or "YYYY" (year precision).
  // Impossible dates such as 2025-02-30 or year 99999 are errors naming the text.
  static Status Parse(std::string_view text, Date* out);

  bool valid() const { return valid_; }
  int32_t day_number() const { return days_; }
  DatePrecision precision() const { return precision_; }
  int year() const;
  int month() const;
  int day() const;
  // 0 = Monday … 6 = Sunday.
  int weekday() const;

  Date AddDays(int32_t n) const { return FromDayNumber(days_ + n, DatePrecision::kDay); }

  // "YYYY-MM-DD", "YYYY-MM" or "YYYY" according to precision; "" when invalid.
  std::string ToString() const;
  static std::string_view PrecisionName(DatePrecision p);

  friend bool operator==(const Date& a, const Date& b) { return a.valid_ == b.valid_ && a.days_ == b.days_; }
  friend bool operator<(const Date& a, const Date& b) { return a.days_ < b.days_; }
  friend bool operator<=(const Date& a, const Date& b) { return a.days_ <= b.days_; }

 private:
  int32_t days_ = 0;
  DatePrecision precision_ = DatePrecision::kDay;
  bool valid_ = false;
};

// Civil-date arithmetic (H. Hinnant's public-domain algorithms); written by
// hand because <chrono>'s calendar types in GCC 12 lack parsing we can trust.
int32_t DaysFromCivil(int year, unsigned month, unsigned day);
void CivilFromDays(int32_t days, int* year, unsigned* month, unsigned* day);
bool IsValidCivil(int year, int month, int day);

}  // namespace stancekb
