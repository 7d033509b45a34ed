// The deciding-days scan (ScanDecidingDays) that stance, diff and disagree
// use must decide exactly as the full walk of every entry does, also on
// histories long enough that it seeks to the deciding days: windows,
// retracted assertions on and after the deciding day, several assertions
// (and mixed stances) on one day, neutral-only days after the deciding day
// and histories that never take a side.
#include <gtest/gtest.h>

#include <tuple>

#include "query/diff.h"
#include "query/pair_history.h"
#include "query/stance.h"
#include "query/topic_positions.h"
#include "tests/query/query_test_util.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using testing::MakeAssertion;
using testing::QueryTest;

using Row = std::tuple<ActorId, TopicId, Position, int32_t, std::vector<AssertionId>>;

Row ToRow(ActorId actor, TopicId topic, const Decision& d) {
  return {actor, topic, d.position, d.day.valid() ? d.day.day_number() : 0, d.ids};
}

class SkipScanTest : public QueryTest {
 protected:
  // 3 actors x 3 topics; each pair has 40 days with assertions, 1 to 3 a
  // day, stances and retractions from a fixed sequence.
  void SetUp() override {
    QueryTest::SetUp();
    WriteSet set;
    uint32_t seed = 7;
    auto next = [&seed](uint32_t n) { return (seed = seed * 1103515245 + 12345) / 65536 % n; };
    for (const char* actor : {"Ann", "Bob", "Cy"}) {
      for (const char* topic : {"alpha", "beta", "gamma"}) {
        Date day = D("2025-01-01");
        for (int d = 0; d < 40; ++d, day = day.AddDays(1 + next(3))) {
          for (uint32_t k = 0, n = 1 + next(3); k < n; ++k) {
            const std::string quote = std::to_string(set.assertions.size());  // Distinct: none is a duplicate.
            set.assertions.push_back(MakeAssertion(actor, topic, static_cast<Stance>(next(3)), day.ToString(), quote));
          }
        }
      }
    }
    WriteResult result;
    ASSERT_OK(store_->Apply(set, &result));
    ASSERT_EQ(result.assertion_ids.size(), set.assertions.size());
    for (size_t i = 0; i < result.assertion_ids.size(); ++i) {
      if (next(5) == 0) Retract(result.assertion_ids[i]);
    }
  }

  // The reference: every entry walked, the stance decided on it.
  std::vector<Row> FullWalk(const IndexQuery& scope, Date from, Date at) {
    std::vector<Row> rows;
    const IndexQuery scan{scope.topic, scope.actor, from, at};
    EXPECT_OK(ScanPairHistories(*store_, scan, [&](const PairHistory& h) {
      const Decision d = StanceAsOf(h, from, at);
      if (d.position != Position::kNone) rows.push_back(ToRow(h.actor, h.topic, d));
      return Status::Ok();
    }));
    return rows;
  }

  std::vector<Row> Stances(const IndexQuery& scope, Date at, int window) {
    std::vector<PairDecision> decisions;
    EXPECT_OK(StancesAsOf(*store_, {scope.actor, scope.topic, at, window}, &decisions));
    std::vector<Row> rows;
    for (const PairDecision& p : decisions) rows.push_back(ToRow(p.actor, p.topic, p.decision));
    return rows;
  }

  // Diff's before and after stances are those the full walk decides.
  void ExpectDiffMatchesTheFullWalk(const IndexQuery& scope, Date from, Date to, int window) {
    std::vector<DiffRow> rows;
    ASSERT_OK(Diff(*store_, {scope.actor, scope.topic, from, to, window, true}, &rows));
    std::vector<Row> before, after;
    for (const DiffRow& r : rows) {
      if (r.before.position != Position::kNone) before.push_back(ToRow(r.actor, r.topic, r.before));
      if (r.after.position != Position::kNone) after.push_back(ToRow(r.actor, r.topic, r.after));
    }
    EXPECT_EQ(before, FullWalk(scope, WindowStart(from, window), from)) << "window " << window;
    EXPECT_EQ(after, FullWalk(scope, WindowStart(to, window), to)) << "window " << window;
  }

  std::vector<IndexQuery> Scopes() {
    return {IndexQuery{}, IndexQuery{TopicOf("beta"), std::nullopt, Date(), Date()},
            IndexQuery{std::nullopt, ActorOf("Bob"), Date(), Date()},
            IndexQuery{TopicOf("gamma"), ActorOf("Cy"), Date(), Date()}};
  }

  std::vector<Date> Dates() {
    return {D("2024-12-31"), D("2025-01-01"), D("2025-02-10"), D("2025-03-01"), D("2026-01-01")};
  }
};

TEST_F(SkipScanTest, StanceAsOfMatchesTheFullWalk) {
  for (const IndexQuery& scope : Scopes()) {
    for (const Date& at : Dates()) {
      for (int window : {0, 1, 3, 20}) {
        EXPECT_EQ(Stances(scope, at, window), FullWalk(scope, WindowStart(at, window), at))
            << at.ToString() << " window " << window;
      }
    }
  }
}

TEST_F(SkipScanTest, DiffMatchesTheFullWalk) {
  for (const IndexQuery& scope : Scopes()) {
    for (int window : {0, 5}) ExpectDiffMatchesTheFullWalk(scope, D("2025-01-20"), D("2025-02-25"), window);
  }
}

TEST_F(SkipScanTest, PositionsDecideAlikeWithAndWithoutCounts) {
  for (const Date& at : Dates()) {
    std::vector<TopicPositions> counted, seeking;
    ASSERT_OK(CollectPositions(*store_, {std::nullopt, Date(), at, true}, &counted));
    ASSERT_OK(CollectPositions(*store_, {std::nullopt, Date(), at, false}, &seeking));
    ASSERT_EQ(counted.size(), seeking.size());
    for (size_t t = 0; t < counted.size(); ++t) {
      ASSERT_EQ(counted[t].actors.size(), seeking[t].actors.size());
      for (size_t a = 0; a < counted[t].actors.size(); ++a) {
        const ActorPosition &x = counted[t].actors[a], &y = seeking[t].actors[a];
        EXPECT_EQ(ToRow(x.actor, counted[t].topic, x.decision), ToRow(y.actor, seeking[t].topic, y.decision));
        EXPECT_GT(x.statements, 0);
      }
    }
  }
}

// Every assertion of the latest day retracted: the day before decides.
TEST_F(SkipScanTest, RetractedDecidingDayFallsBack) {
  int n = 0;  // Distinct quotes: the same statement twice is stored once.
  auto add = [&](Stance stance, const char* day) { return Add("Dee", "delta", stance, day, std::to_string(++n)); };
  for (int i = 0; i < 30; ++i) add(Stance::kSupport, "2025-01-01");
  const AssertionId kept = add(Stance::kOppose, "2025-01-02");
  for (int i = 0; i < 3; ++i) Retract(add(Stance::kSupport, "2025-01-03"));
  const AssertionId a = add(Stance::kSupport, "2025-01-04");
  const AssertionId b = add(Stance::kOppose, "2025-01-04");
  Retract(add(Stance::kOppose, "2025-01-04"));
  const IndexQuery scope{TopicOf("delta"), ActorOf("Dee"), Date(), Date()};
  std::vector<Row> rows = Stances(scope, D("2025-01-03"), 0);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(std::get<4>(rows[0]), std::vector<AssertionId>{kept});
  rows = Stances(scope, D("2025-01-05"), 0);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(std::get<2>(rows[0]), Position::kMixed);
  EXPECT_EQ(std::get<4>(rows[0]), (std::vector<AssertionId>{a, b}));
  EXPECT_TRUE(Stances(scope, D("2025-01-03"), 1).empty());  // The window holds only retracted ones.
}

// The deciding day lies behind many neutral-only days (Eve), or no side is
// ever taken (Fay): the seeking scan steps back over them and decides as the
// full walk does, with and without windows, for stance and for diff.
TEST_F(SkipScanTest, SeeksBackOverNeutralDays) {
  int n = 0;
  auto add = [&](const char* actor, Stance stance, Date day) {
    return Add(actor, "delta", stance, day.ToString(), std::to_string(++n));
  };
  Date day = D("2025-01-01");
  for (int i = 0; i < 20; ++i, day = day.AddDays(1)) add("Eve", Stance::kSupport, day);
  const Date oppose_day = day;
  const AssertionId oppose = add("Eve", Stance::kOppose, day);
  for (int i = 0; i < 30; ++i) {
    day = day.AddDays(1);
    add("Eve", Stance::kNeutral, day);
    if (i % 3 == 0) Retract(add("Eve", Stance::kSupport, day));
    add("Fay", Stance::kNeutral, day);
    add("Fay", Stance::kNeutral, day);
  }
  const Date last = day;
  const IndexQuery scope{TopicOf("delta"), std::nullopt, Date(), Date()};
  for (const Date& at : {oppose_day, oppose_day.AddDays(10), last, last.AddDays(30)}) {
    for (int window : {0, 5, 15, 40}) {
      EXPECT_EQ(Stances(scope, at, window), FullWalk(scope, WindowStart(at, window), at))
          << at.ToString() << " window " << window;
    }
  }
  const std::vector<Row> rows = Stances(scope, last, 0);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], Row(ActorOf("Eve"), TopicOf("delta"), Position::kOppose, oppose_day.day_number(), {oppose}));
  EXPECT_EQ(std::get<2>(rows[1]), Position::kNeutral);
  EXPECT_EQ(std::get<3>(rows[1]), last.day_number());
  for (int window : {0, 10, 40}) ExpectDiffMatchesTheFullWalk(scope, oppose_day.AddDays(5), last, window);
}

}  // namespace
}  // namespace stancekb
