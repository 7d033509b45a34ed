#include "kb/date.h"

#include <gtest/gtest.h>

#include "tests/status_test_util.h"

namespace stancekb {
namespace {

TEST(DateTest, ParsesDaysMonthsAndYearsWithPrecision) {
  Date d;
  ASSERT_OK(Date::Parse("2025-08-18", &d));
  EXPECT_EQ(d.ToString(), "2025-08-18");
  EXPECT_EQ(d.precision(), DatePrecision::kDay);
  EXPECT_EQ(d.weekday(), 0);  // A Monday.
  ASSERT_OK(Date::Parse("2025-08", &d));
  EXPECT_EQ(d.ToString(), "2025-08");
  EXPECT_EQ(Date::FromDayNumber(d.day_number()).ToString(), "2025-08-01");
  ASSERT_OK(Date::Parse("2022", &d));
  EXPECT_EQ(d.precision(), DatePrecision::kYear);
}

TEST(DateTest, RefusesImpossibleAndMalformedDates) {
  Date d;
  for (const char* bad : {"2025-02-30", "2023-02-29", "2025-13-01", "99999-01-01", "0000-01-01", "2025-8-1",
                          "2025/08/01", "", "yesterday", "2025-08-18T10:00"}) {
    Status s = Date::Parse(bad, &d);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find(std::string("'") + bad + "'"), std::string::npos) << s.message();
  }
  EXPECT_OK(Date::Parse("2024-02-29", &d));
}

TEST(DateTest, DayNumbersRoundTripAcrossTheRange) {
  for (int32_t n : {-719162, -1, 0, 1, 20318, 2932896}) {
    const Date d = Date::FromDayNumber(n);
    Date parsed;
    ASSERT_OK(Date::Parse(d.ToString(), &parsed)) << d.ToString();
    EXPECT_EQ(parsed.day_number(), n);
  }
  EXPECT_EQ(Date::FromCivil(1970, 1, 1).day_number(), 0);
}

}  // namespace
}  // namespace stancekb
