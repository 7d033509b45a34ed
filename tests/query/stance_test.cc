// Stance as of a date and the timeline (doc/query-semantics.md "Stance as of a date", "timeline").
#include "query/stance.h"

#include <gtest/gtest.h>

#include "query/report.h"
#include "query/timeline.h"
#include "tests/query/query_test_util.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using testing::QueryTest;

class StanceTest : public QueryTest {
 protected:
  // The stance of (actor, topic) as of `at`; kNone when there is none.
  Decision StanceOf(const std::string& actor, const std::string& topic, const std::string& at, int window = 0) {
    StanceQuery query{ActorOf(actor), TopicOf(topic), D(at), window};
    std::vector<PairDecision> rows;
    EXPECT_OK(StancesAsOf(*store_, query, &rows));
    EXPECT_LE(rows.size(), 1u);
    return rows.empty() ? Decision() : rows.front().decision;
  }
};

TEST(PositionTest, AddStanceFoldsOneDay) {
  EXPECT_EQ(AddStance(Position::kNone, Stance::kNeutral), Position::kNeutral);
  EXPECT_EQ(AddStance(Position::kNeutral, Stance::kOppose), Position::kOppose);
  EXPECT_EQ(AddStance(Position::kSupport, Stance::kNeutral), Position::kSupport);
  EXPECT_EQ(AddStance(Position::kSupport, Stance::kOppose), Position::kMixed);
  EXPECT_EQ(AddStance(Position::kMixed, Stance::kSupport), Position::kMixed);
}

TEST_F(StanceTest, LatestDayDecides) {
  Add("Putin", "ceasefire", Stance::kSupport, "2025-03-01");
  const AssertionId later = Add("Putin", "ceasefire", Stance::kOppose, "2025-03-05");
  EXPECT_EQ(StanceOf("Putin", "ceasefire", "2025-03-04").position, Position::kSupport);
  const Decision d = StanceOf("Putin", "ceasefire", "2025-03-05");
  EXPECT_EQ(d.position, Position::kOppose);
  EXPECT_EQ(d.day, D("2025-03-05"));
  EXPECT_EQ(d.ids, std::vector<AssertionId>{later});
}

TEST_F(StanceTest, TieOnTheSameDayIsMixed) {
  Add("Trump", "ceasefire", Stance::kOppose, "2025-02-01");
  const AssertionId a = Add("Trump", "ceasefire", Stance::kSupport, "2025-03-01");
  const AssertionId b = Add("Trump", "ceasefire", Stance::kOppose, "2025-03-01");
  const AssertionId c = Add("Trump", "ceasefire", Stance::kNeutral, "2025-03-01");
  const Decision d = StanceOf("Trump", "ceasefire", "2025-04-01");
  EXPECT_EQ(d.position, Position::kMixed);
  EXPECT_EQ(d.ids, (std::vector<AssertionId>{a, b, c}));
  // A neutral day after the mixed one leaves it mixed.
  Add("Trump", "ceasefire", Stance::kNeutral, "2025-03-02");
  EXPECT_EQ(StanceOf("Trump", "ceasefire", "2025-04-01").day, D("2025-03-01"));
  EXPECT_EQ(StanceOf("Trump", "ceasefire", "2025-04-01").position, Position::kMixed);
}

TEST_F(StanceTest, NeutralOnlyWhenNoSideIsTaken) {
  Add("Erdogan", "negotiations", Stance::kNeutral, "2025-03-01");
  const AssertionId latest = Add("Erdogan", "negotiations", Stance::kNeutral, "2025-03-04");
  const Decision d = StanceOf("Erdogan", "negotiations", "2025-03-05");
  EXPECT_EQ(d.position, Position::kNeutral);
  EXPECT_EQ(d.day, D("2025-03-04"));  // The latest neutral day is the evidence.
  EXPECT_EQ(d.ids, std::vector<AssertionId>{latest});
  Add("Erdogan", "negotiations", Stance::kSupport, "2025-03-01");
  EXPECT_EQ(StanceOf("Erdogan", "negotiations", "2025-03-01").position, Position::kSupport);
  EXPECT_EQ(StanceOf("Erdogan", "negotiations", "2025-03-05").position, Position::kSupport);
}

// Describing, hedging or reporting others is not a change of position.
TEST_F(StanceTest, NeutralAfterASideDoesNotOverrideIt) {
  const AssertionId side = Add("Putin", "ceasefire", Stance::kOppose, "2025-03-01");
  Add("Putin", "ceasefire", Stance::kNeutral, "2025-03-05");
  Add("Putin", "ceasefire", Stance::kNeutral, "2025-03-09");
  const Decision d = StanceOf("Putin", "ceasefire", "2025-03-10");
  EXPECT_EQ(d.position, Position::kOppose);
  EXPECT_EQ(d.day, D("2025-03-01"));
  EXPECT_EQ(d.ids, std::vector<AssertionId>{side});
  // A side taken later still decides.
  Add("Putin", "ceasefire", Stance::kSupport, "2025-03-09");
  EXPECT_EQ(StanceOf("Putin", "ceasefire", "2025-03-10").position, Position::kSupport);
}

TEST_F(StanceTest, WindowDropsOlderAssertions) {
  Add("Macron", "sanctions", Stance::kSupport, "2025-01-01");
  // A 10-day window as of 2025-01-10 covers 2025-01-01 .. 2025-01-10.
  EXPECT_EQ(StanceOf("Macron", "sanctions", "2025-01-10", 10).position, Position::kSupport);
  EXPECT_EQ(StanceOf("Macron", "sanctions", "2025-01-11", 10).position, Position::kNone);
  EXPECT_EQ(StanceOf("Macron", "sanctions", "2025-01-11").position, Position::kSupport);
}

TEST_F(StanceTest, AWindowHoldingOnlyNeutralIsNeutral) {
  Add("Macron", "sanctions", Stance::kSupport, "2025-01-01");
  const AssertionId neutral = Add("Macron", "sanctions", Stance::kNeutral, "2025-01-20");
  // A 10-day window as of 2025-01-25 covers 2025-01-16 .. 2025-01-25: the
  // side taken before it does not count.
  const Decision d = StanceOf("Macron", "sanctions", "2025-01-25", 10);
  EXPECT_EQ(d.position, Position::kNeutral);
  EXPECT_EQ(d.ids, std::vector<AssertionId>{neutral});
  EXPECT_EQ(StanceOf("Macron", "sanctions", "2025-01-25", 30).position, Position::kSupport);
  EXPECT_EQ(StanceOf("Macron", "sanctions", "2025-01-25").position, Position::kSupport);
}

TEST_F(StanceTest, RetractedAssertionsAreIgnored) {
  Add("Orban", "sanctions", Stance::kOppose, "2025-01-01");
  Retract(Add("Orban", "sanctions", Stance::kSupport, "2025-02-01"));
  EXPECT_EQ(StanceOf("Orban", "sanctions", "2025-03-01").position, Position::kOppose);
  Add("Orban", "military-aid", Stance::kSupport, "2025-02-01");
  Retract(Add("Orban", "military-aid", Stance::kOppose, "2025-02-01"));
  EXPECT_EQ(StanceOf("Orban", "military-aid", "2025-03-01").position, Position::kSupport);
  // A day left with only a neutral statement once its side is retracted
  // does not override the earlier side.
  Add("Orban", "ceasefire", Stance::kOppose, "2025-01-01");
  Retract(Add("Orban", "ceasefire", Stance::kSupport, "2025-02-01"));
  Add("Orban", "ceasefire", Stance::kNeutral, "2025-02-01");
  EXPECT_EQ(StanceOf("Orban", "ceasefire", "2025-03-01").position, Position::kOppose);
}

TEST_F(StanceTest, NoStanceBeforeTheFirstAssertion) {
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-03-11");
  EXPECT_EQ(StanceOf("Zelensky", "ceasefire", "2025-03-10").position, Position::kNone);
}

TEST_F(StanceTest, ActorQueryCoversEachTopic) {
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-03-11");
  Add("Zelensky", "territorial-concessions", Stance::kOppose, "2025-03-12");
  Add("Putin", "ceasefire", Stance::kOppose, "2025-03-12");
  std::vector<PairDecision> rows;
  ASSERT_OK(StancesAsOf(*store_, {ActorOf("Zelensky"), std::nullopt, D("2025-04-01"), 0}, &rows));
  ASSERT_EQ(rows.size(), 2u);
  ResultTable table({});
  ASSERT_OK(DecisionTable(*store_, rows, RowOrder::kByActorAndTopic, &table));
  std::ostringstream out;
  table.Print(OutputFormat::kCsv, out);
  EXPECT_EQ(out.str(),
            "actor,topic,stance,date,ids,sources,quotes\n"
            "Zelensky,ceasefire,support,2025-03-11,1,Test Wire,Zelensky on ceasefire 2025-03-11\n"
            "Zelensky,territorial-concessions,oppose,2025-03-12,2,Test Wire,"
            "Zelensky on territorial-concessions 2025-03-12\n");
}

TEST_F(StanceTest, TimelineHasOneRowPerDayAndTopic) {
  Add("Putin", "ceasefire", Stance::kSupport, "2025-03-13");
  Add("Putin", "ceasefire", Stance::kOppose, "2025-03-13");
  Add("Putin", "ceasefire", Stance::kOppose, "2025-03-20");
  Add("Putin", "negotiations", Stance::kSupport, "2025-03-15");
  Add("Putin", "negotiations", Stance::kSupport, "2025-04-15");
  std::vector<PairDecision> rows;
  ASSERT_OK(Timeline(*store_, {ActorOf("Putin"), std::nullopt, D("2025-03-01"), D("2025-03-31")}, &rows));
  ResultTable table({});
  ASSERT_OK(DecisionTable(*store_, rows, RowOrder::kByDate, &table));
  std::ostringstream out;
  table.Print(OutputFormat::kJsonl, out);
  EXPECT_EQ(
      out.str(),
      R"({"actor":"Putin","topic":"ceasefire","stance":"mixed","date":"2025-03-13","ids":[1,2],)"
      R"("sources":["Test Wire","Test Wire"],"quotes":["Putin on ceasefire 2025-03-13","Putin on ceasefire 2025-03-13"]})"
      "\n"
      R"({"actor":"Putin","topic":"negotiations","stance":"support","date":"2025-03-15","ids":[4],)"
      R"("sources":["Test Wire"],"quotes":["Putin on negotiations 2025-03-15"]})"
      "\n"
      R"({"actor":"Putin","topic":"ceasefire","stance":"oppose","date":"2025-03-20","ids":[3],)"
      R"("sources":["Test Wire"],"quotes":["Putin on ceasefire 2025-03-20"]})"
      "\n");
}

}  // namespace
}  // namespace stancekb
