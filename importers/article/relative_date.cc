#include "importers/article/relative_date.h"

#include <array>
#include <charconv>
#include <string_view>

namespace stancekb {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};
// Full names and news abbreviations, month = index % 12 + 1.
constexpr std::array<std::string_view, 24> kMonths = {
    "january",   "february", "march",    "april",    "may",   "june", "july", "august",
    "september", "october",  "november", "december", "jan.",  "feb.", "mar.", "apr.",
    "may",       "june",     "july",     "aug.",     "sept.", "oct.", "nov.", "dec."};

bool Is(const Token& t, std::string_view lower_word) { return t.lower_hash == HashLower(lower_word); }

int WeekdayOf(const Token& t) {
  for (size_t k = 0; k < kWeekdays.size(); ++k) {
    if (Is(t, kWeekdays[k])) return static_cast<int>(k);
  }
  return -1;
}

// 1..12 for a month name; "May"/"March" only when capitalized.
int MonthOf(const Token& t) {
  if (!t.capitalized) return 0;
  for (size_t k = 0; k < kMonths.size(); ++k) {
    if (Is(t, kMonths[k])) return static_cast<int>(k % 12) + 1;
  }
  if (Is(t, "sep.")) return 9;
  return 0;
}

int NumberOf(const Token& t) {
  int n = 0;
  const auto [ptr, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), n);
  return ec == std::errc() && ptr == t.text.data() + t.text.size() ? n : -1;
}

bool IsYear(int n) { return n >= 1900 && n <= 2100; }

// The latest `weekday` on or before `day` (strictly before when `strict`).
Date PreviousWeekday(Date day, int weekday, bool strict) {
  int back = (day.weekday() - weekday + 7) % 7;
  if (back == 0 && strict) back = 7;
  return day.AddDays(-back);
}

// A month (and optional day) with no year: the latest such date not after `published`.
Date MonthDayInPast(Date published, int month, int day, int year) {
  const DatePrecision precision = day > 0 ? DatePrecision::kDay : DatePrecision::kMonth;
  const int d = day > 0 ? day : 1;
  if (year > 0) return Date::FromCivil(year, month, d, precision);
  Date date = Date::FromCivil(published.year(), month, d, precision);
  if (date.valid() && published < date) date = Date::FromCivil(published.year() - 1, month, d, precision);
  return date;
}

// "Aug. 15", "Aug. 15, 2024", "August 2024", "15 August".
Date ResolveMonthExpression(std::span<const Token> tokens, size_t i, size_t end, Date published) {
  const int month = MonthOf(tokens[i]);
  if (month > 0) {
    const int day = i + 1 < end ? NumberOf(tokens[i + 1]) : -1;
    if (day >= 1 && day <= 31) {
      const bool year_follows =
          i + 3 < end && tokens[i + 2].kind == TokenKind::kComma && IsYear(NumberOf(tokens[i + 3]));
      return MonthDayInPast(published, month, day, year_follows ? NumberOf(tokens[i + 3]) : 0);
    }
    if (IsYear(day)) return MonthDayInPast(published, month, 0, day);
    if (i > 0 && (Is(tokens[i - 1], "in") || Is(tokens[i - 1], "since") || Is(tokens[i - 1], "early") ||
                  Is(tokens[i - 1], "late"))) {
      return MonthDayInPast(published, month, 0, 0);
    }
    return Date();
  }
  const int day = NumberOf(tokens[i]);
  if (day >= 1 && day <= 31 && i + 1 < end && MonthOf(tokens[i + 1]) > 0) {
    return MonthDayInPast(published, MonthOf(tokens[i + 1]), day, 0);
  }
  return Date();
}

}  // namespace

Date ResolveTimeExpressionAt(std::span<const Token> tokens, size_t i, size_t end, Date published) {
  const Token& t = tokens[i];
  const Token* next = i + 1 < end ? &tokens[i + 1] : nullptr;
  if (Is(t, "yesterday")) return published.AddDays(-1);
  if (Is(t, "today") || Is(t, "tonight")) return published;
  if (Is(t, "this") && next != nullptr && (Is(*next, "morning") || Is(*next, "afternoon") || Is(*next, "evening"))) {
    return published;
  }
  if (Is(t, "last") && next != nullptr) {
    if (Is(*next, "night")) return published.AddDays(-1);
    if (Is(*next, "week")) return published.AddDays(-7);
    if (Is(*next, "month")) {
      const Date month_start = Date::FromCivil(published.year(), published.month(), 1);
      const Date prev = month_start.AddDays(-1);
      return Date::FromCivil(prev.year(), prev.month(), 1, DatePrecision::kMonth);
    }
    if (Is(*next, "year")) return Date::FromCivil(published.year() - 1, 1, 1, DatePrecision::kYear);
    if (WeekdayOf(*next) >= 0) return PreviousWeekday(published, WeekdayOf(*next), true);
    return Date();
  }
  if (WeekdayOf(t) >= 0 && t.capitalized) return PreviousWeekday(published, WeekdayOf(t), false);
  if (Is(t, "in") && next != nullptr && IsYear(NumberOf(*next)) && !(i + 2 < end && MonthOf(tokens[i + 2]) > 0)) {
    return Date::FromCivil(NumberOf(*next), 1, 1, DatePrecision::kYear);
  }
  return ResolveMonthExpression(tokens, i, end, published);
}

}  // namespace stancekb
