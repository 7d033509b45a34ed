// Polarization by month: the share of actor pairs in conflict among the
// pairs that both take a side, stances as of each month's end.
#include "query/polarization.h"

#include <gtest/gtest.h>

#include "tests/query/query_test_util.h"

namespace stancekb {
namespace {

class PolarizationTest : public testing::QueryTest {
 protected:
  std::vector<MonthPolarization> Months(const std::string& first, const std::string& to, Date from = Date()) {
    std::vector<MonthPolarization> months;
    EXPECT_TRUE(Polarization(*store_, {TopicOf("ceasefire"), from, D(first), D(to)}, &months).ok());
    return months;
  }
};

TEST_F(PolarizationTest, SharesOfSidedDyadsInConflictByMonth) {
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-01-10");
  Add("Trump", "ceasefire", Stance::kSupport, "2025-01-20");
  Add("Rubio", "ceasefire", Stance::kNeutral, "2025-01-20");  // Takes no side: in no pair.
  Add("Putin", "ceasefire", Stance::kOppose, "2025-02-03");
  Add("Trump", "ceasefire", Stance::kOppose, "2025-03-31");
  Add("Putin", "sanctions", Stance::kSupport, "2025-02-03");  // Another topic.

  const std::vector<MonthPolarization> months = Months("2025-01-15", "2025-04-10");
  ASSERT_EQ(months.size(), 4u);
  EXPECT_EQ(months[0].month.ToString(), "2025-01");
  EXPECT_EQ(months[0].as_of.ToString(), "2025-01-31");
  EXPECT_EQ(months[0].support, 2);
  EXPECT_EQ(months[0].oppose, 0);
  EXPECT_EQ(months[0].SidedDyads(), 1);
  EXPECT_EQ(*months[0].Share(), 0.0);
  // February: two support, one opposes: two of three pairs in conflict.
  EXPECT_EQ(months[1].ConflictDyads(), 2);
  EXPECT_EQ(months[1].SidedDyads(), 3);
  EXPECT_NEAR(*months[1].Share(), 2.0 / 3.0, 1e-12);
  // Trump turned on the month's last day: one supports, two oppose.
  EXPECT_EQ(months[2].support, 1);
  EXPECT_EQ(months[2].oppose, 2);
  EXPECT_EQ(months[3].as_of.ToString(), "2025-04-10");
  EXPECT_NEAR(*months[3].Share(), 2.0 / 3.0, 1e-12);
}

TEST_F(PolarizationTest, NoShareWhileFewerThanTwoTakeASide) {
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-01-10");
  Add("Putin", "ceasefire", Stance::kOppose, "2025-03-02");
  const std::vector<MonthPolarization> months = Months("2024-12-01", "2025-03-31");
  ASSERT_EQ(months.size(), 4u);
  EXPECT_FALSE(months[0].Share().has_value());  // Nobody yet.
  EXPECT_FALSE(months[1].Share().has_value());  // One side alone.
  EXPECT_FALSE(months[2].Share().has_value());
  EXPECT_EQ(*months[3].Share(), 1.0);
}

TEST_F(PolarizationTest, CountsOnlyFromTheFirstDayAndIgnoresRetracted) {
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-01-10");
  Add("Trump", "ceasefire", Stance::kOppose, "2025-02-10");
  Retract(Add("Putin", "ceasefire", Stance::kOppose, "2025-02-11"));
  Add("Rubio", "ceasefire", Stance::kSupport, "2025-02-12");
  // From February on, Zelensky's January support does not count.
  const std::vector<MonthPolarization> months = Months("2025-02-01", "2025-02-28", D("2025-02-01"));
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].support, 1);
  EXPECT_EQ(months[0].oppose, 1);
  EXPECT_EQ(*months[0].Share(), 1.0);
}

TEST_F(PolarizationTest, RejectsAnInvertedRange) {
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-01-10");
  std::vector<MonthPolarization> months;
  EXPECT_TRUE(Polarization(*store_, {TopicOf("ceasefire"), Date(), D("2025-03-01"), D("2025-02-01")}, &months)
                  .IsInvalidInput());
  EXPECT_TRUE(months.empty());
}

}  // namespace
}  // namespace stancekb
