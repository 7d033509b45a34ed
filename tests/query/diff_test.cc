// diff D1 D2 and changes (doc/query-semantics.md "diff D1 D2", "changes").
#include "query/diff.h"

#include <gtest/gtest.h>

#include "query/changes.h"
#include "tests/query/query_test_util.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using testing::QueryTest;

class DiffTest : public QueryTest {
 protected:
  // "actor topic before after change" per row, by actor and topic.
  std::string DiffText(DiffQuery query) {
    std::vector<DiffRow> rows;
    EXPECT_OK(Diff(*store_, query, &rows));
    ResultTable table({});
    EXPECT_OK(DiffTable(*store_, rows, &table));
    std::ostringstream out;
    table.Print(OutputFormat::kCsv, out);
    return testing::FirstColumns(out.str(), 5);
  }

  void AddHistory() {
    Add("Putin", "ceasefire", Stance::kOppose, "2025-01-10");
    Add("Putin", "ceasefire", Stance::kSupport, "2025-03-10");     // changed
    Add("Zelensky", "ceasefire", Stance::kSupport, "2025-03-11");  // new: no stance at D1
    Add("Trump", "ceasefire", Stance::kSupport, "2025-01-05");     // same
    Add("Trump", "ceasefire", Stance::kSupport, "2025-03-05");
    Add("Macron", "sanctions", Stance::kSupport, "2025-01-20");  // dropped with a window
    Add("Macron", "sanctions", Stance::kOppose, "2025-05-01");   // after D2: not seen
  }
};

TEST_F(DiffTest, ChangedNewAndSameRows) {
  AddHistory();
  DiffQuery query;
  query.from = D("2025-02-01");
  query.to = D("2025-04-01");
  EXPECT_EQ(DiffText(query),
            "actor,topic,before,after,change\n"
            "Putin,ceasefire,oppose,support,changed\n"
            "Zelensky,ceasefire,none,support,new\n");
  query.include_same = true;
  EXPECT_EQ(DiffText(query),
            "actor,topic,before,after,change\n"
            "Macron,sanctions,support,support,same\n"
            "Putin,ceasefire,oppose,support,changed\n"
            "Trump,ceasefire,support,support,same\n"
            "Zelensky,ceasefire,none,support,new\n");
}

TEST_F(DiffTest, WindowDropsStaleStances) {
  AddHistory();
  DiffQuery query;
  query.from = D("2025-02-01");
  query.to = D("2025-04-01");
  query.window_days = 30;  // D1 sees 2025-01-03 .. 2025-02-01, D2 2025-03-03 .. 2025-04-01.
  EXPECT_EQ(DiffText(query),
            "actor,topic,before,after,change\n"
            "Macron,sanctions,support,none,dropped\n"
            "Putin,ceasefire,oppose,support,changed\n"
            "Zelensky,ceasefire,none,support,new\n");
}

TEST_F(DiffTest, FiltersAndEvidence) {
  AddHistory();
  DiffQuery query;
  query.topic = TopicOf("ceasefire");
  query.actor = ActorOf("Putin");
  query.from = D("2025-02-01");
  query.to = D("2025-04-01");
  std::vector<DiffRow> rows;
  ASSERT_OK(Diff(*store_, query, &rows));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].before.ids, std::vector<AssertionId>{1});
  EXPECT_EQ(rows[0].after.ids, std::vector<AssertionId>{2});
  EXPECT_EQ(rows[0].after.day, D("2025-03-10"));
}

// A neutral statement between D1 and D2 leaves the side taken before D1:
// nothing changed. A window after which only the neutral statement is left
// shows the stance turned neutral.
TEST_F(DiffTest, NeutralAfterASideIsNoChange) {
  Add("Putin", "ceasefire", Stance::kOppose, "2025-01-10");
  Add("Putin", "ceasefire", Stance::kNeutral, "2025-03-10");
  DiffQuery query;
  query.from = D("2025-02-01");
  query.to = D("2025-04-01");
  EXPECT_EQ(DiffText(query), "actor,topic,before,after,change\n");
  query.include_same = true;
  EXPECT_EQ(DiffText(query),
            "actor,topic,before,after,change\n"
            "Putin,ceasefire,oppose,oppose,same\n");
  query.include_same = false;
  query.window_days = 30;  // D2 sees 2025-03-03 .. 2025-04-01.
  EXPECT_EQ(DiffText(query),
            "actor,topic,before,after,change\n"
            "Putin,ceasefire,oppose,neutral,changed\n");
}

TEST_F(DiffTest, RejectsInvertedDates) {
  DiffQuery query;
  query.from = D("2025-04-01");
  query.to = D("2025-02-01");
  std::vector<DiffRow> rows;
  EXPECT_TRUE(Diff(*store_, query, &rows).IsInvalidInput());
}

TEST_F(DiffTest, ChangesCountFlipFlops) {
  // support, oppose, oppose, neutral, support, mixed, support: changes on
  // days 2, 5, 6 and 7 (the neutral day is none, and day 5 is compared with
  // day 3); side reversals on days 2 and 5.
  const char* days[] = {"2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06"};
  Add("Trump", "sanctions", Stance::kSupport, days[0]);
  Add("Trump", "sanctions", Stance::kOppose, days[1]);
  Add("Trump", "sanctions", Stance::kOppose, days[2]);
  Add("Trump", "sanctions", Stance::kNeutral, days[3]);
  Add("Trump", "sanctions", Stance::kSupport, days[4]);
  Add("Trump", "sanctions", Stance::kSupport, days[5]);
  Add("Trump", "sanctions", Stance::kOppose, days[5]);
  Add("Trump", "sanctions", Stance::kSupport, "2025-01-07");
  Add("Putin", "sanctions", Stance::kOppose, days[0]);

  ChangesResult result;
  ASSERT_OK(Changes(*store_, {ActorOf("Trump"), std::nullopt, Date(), Date()}, &result));
  ASSERT_EQ(result.changes.size(), 4u);
  EXPECT_EQ(result.actors[ActorOf("Trump")].changes, 4);
  EXPECT_EQ(result.actors[ActorOf("Trump")].flip_flops, 2);
  const ChangeRow& first = result.changes.front();
  EXPECT_EQ(first.from.position, Position::kSupport);
  EXPECT_EQ(first.to.position, Position::kOppose);
  EXPECT_EQ(first.from.ids, std::vector<AssertionId>{1});
  EXPECT_EQ(first.to.ids, std::vector<AssertionId>{2});
  const ChangeRow& back = result.changes[1];
  EXPECT_EQ(back.from.day, D(days[2]));
  EXPECT_EQ(back.to.day, D(days[4]));

  ResultTable table({});
  ASSERT_OK(ChangesTable(*store_, result, &table));
  EXPECT_EQ(std::vector<std::string>(table.columns().begin(), table.columns().begin() + 8),
            (std::vector<std::string>{"actor", "topic", "from_stance", "to_stance", "from_date", "to_date", "from_ids",
                                      "to_ids"}));
  std::ostringstream out;
  table.Print(OutputFormat::kCsv, out);
  EXPECT_NE(out.str().find("Trump,sanctions,mixed,support,2025-01-06,2025-01-07,6; 7,8,"), std::string::npos)
      << out.str();
  EXPECT_EQ(out.str().find(",neutral,"), std::string::npos) << out.str();
}

// support, neutral, oppose is one change, from the support day to the
// oppose day; support, neutral, support and neutral alone are none.
TEST_F(DiffTest, ChangesIgnoreNeutralDays) {
  const AssertionId support = Add("Putin", "ceasefire", Stance::kSupport, "2025-01-01");
  Add("Putin", "ceasefire", Stance::kNeutral, "2025-01-02");
  const AssertionId oppose = Add("Putin", "ceasefire", Stance::kOppose, "2025-01-03");
  Add("Trump", "ceasefire", Stance::kSupport, "2025-01-01");
  Add("Trump", "ceasefire", Stance::kNeutral, "2025-01-02");
  Add("Trump", "ceasefire", Stance::kSupport, "2025-01-03");
  Add("Nell", "ceasefire", Stance::kNeutral, "2025-01-01");
  Add("Nell", "ceasefire", Stance::kNeutral, "2025-01-02");
  ChangesResult result;
  ASSERT_OK(Changes(*store_, {std::nullopt, TopicOf("ceasefire"), Date(), Date()}, &result));
  ASSERT_EQ(result.changes.size(), 1u);
  const ChangeRow& row = result.changes[0];
  EXPECT_EQ(row.actor, ActorOf("Putin"));
  EXPECT_EQ(row.from.position, Position::kSupport);
  EXPECT_EQ(row.from.ids, std::vector<AssertionId>{support});
  EXPECT_EQ(row.to.position, Position::kOppose);
  EXPECT_EQ(row.to.ids, std::vector<AssertionId>{oppose});
  EXPECT_EQ(result.actors.size(), 1u);
  EXPECT_EQ(result.actors[ActorOf("Putin")].flip_flops, 1);
}

TEST_F(DiffTest, ChangesFromKeepsTheEarlierBaseline) {
  Add("Putin", "ceasefire", Stance::kOppose, "2025-01-01");
  Add("Putin", "ceasefire", Stance::kNeutral, "2025-01-15");  // Not the baseline: no side taken.
  Add("Putin", "ceasefire", Stance::kSupport, "2025-02-01");
  Add("Putin", "ceasefire", Stance::kOppose, "2025-03-01");
  ChangesResult result;
  ASSERT_OK(Changes(*store_, {std::nullopt, TopicOf("ceasefire"), D("2025-02-01"), D("2025-02-28")}, &result));
  ASSERT_EQ(result.changes.size(), 1u);
  EXPECT_EQ(result.changes[0].from.day, D("2025-01-01"));
  EXPECT_EQ(result.actors[ActorOf("Putin")].flip_flops, 1);
}

}  // namespace
}  // namespace stancekb
