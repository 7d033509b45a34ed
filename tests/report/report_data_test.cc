// CollectReport: the report's facts are the query layer's answers (said,
// timeline, changes, disagree, network, blocs, polarization) for the same
// filters, with the least active actors folded into one row.
#include "query/html_report/report_data.h"

#include <gtest/gtest.h>

#include "query/said.h"
#include "tests/report/report_test_util.h"

namespace stancekb {
namespace {

using ReportDataTest = testing::ReportTest;

TEST_F(ReportDataTest, EveryStatementSaidIsInARowAndEveryActorDrawn) {
  AddTalks();
  const ReportData data = Collect({});
  ASSERT_EQ(data.topics.size(), 1u);
  const TopicReport& topic = data.topics[0];
  std::vector<AssertionView> said;
  ASSERT_TRUE(Said(*store_, {TopicOf("ceasefire"), std::nullopt, Date(), Date(), std::nullopt}, &said).ok());
  EXPECT_EQ(topic.statements.size(), said.size());
  EXPECT_EQ(Labels(topic), (std::vector<std::string>{"Putin", "Rubio", "Trump", "Zelensky"}));
  EXPECT_FALSE(topic.folded);
  size_t in_rows = 0;
  for (const TimelineRowData& row : topic.rows) in_rows += row.statements.size();
  EXPECT_EQ(in_rows, said.size());
  // Putin's mixed day; the changes are those `changes` finds.
  const TimelineRowData& putin = topic.rows[0];
  ASSERT_EQ(putin.mixed_days.size(), 1u);
  EXPECT_EQ(putin.mixed_days[0].ToString(), "2025-03-13");
  ChangesResult changes;
  ASSERT_TRUE(Changes(*store_, {std::nullopt, TopicOf("ceasefire"), Date(), Date()}, &changes).ok());
  EXPECT_GE(changes.changes.size(), 1u);  // Zelensky turned.
  EXPECT_EQ(topic.changes.rows().size(), changes.changes.size());
  size_t putin_changes = 0;
  for (const ChangeRow& change : changes.changes) putin_changes += change.actor == ActorOf("Putin");
  EXPECT_EQ(putin.changes.size(), putin_changes);
  // As of the last day asked for: Zelensky and Putin oppose, Trump supports.
  EXPECT_EQ(data.at.ToString(), "2025-06-30");
  EXPECT_EQ(topic.disagreements.rows().size(), 2u);
  EXPECT_EQ(boost::num_vertices(topic.network), 4u);  // Rubio too: neutral is a stance, with no edge.
  EXPECT_EQ(topic.blocs.rows().size(), 1u);
  // The charts span whole months from the first statement to the last.
  EXPECT_EQ(data.first.ToString(), "2025-03-01");
  EXPECT_EQ(data.last.ToString(), "2025-04-30");
  ASSERT_EQ(topic.polarization.size(), 2u);
  EXPECT_EQ(topic.polarization[1].ConflictDyads(), 2);
}

TEST_F(ReportDataTest, TheLeastActiveFoldIntoOthers) {
  AddTalks();
  ReportQuery query;
  query.top = 2;
  const ReportData data = Collect(query);
  const TopicReport& topic = data.topics[0];
  EXPECT_TRUE(topic.folded);
  EXPECT_EQ(topic.actor_count, 4u);
  // Trump and Putin said three things each; Zelensky and Rubio share a row.
  EXPECT_EQ(Labels(topic), (std::vector<std::string>{"Putin", "Trump", "others"}));
  const TimelineRowData& others = topic.rows.back();
  EXPECT_EQ(others.actors, 2u);
  ASSERT_EQ(others.statements.size(), 3u);
  for (size_t i = 1; i < others.statements.size(); ++i) {
    EXPECT_LE(topic.statements[others.statements[i - 1]].assertion.date,
              topic.statements[others.statements[i]].assertion.date);
  }
  EXPECT_TRUE(others.changes.empty());
  // Relations cover the drawn actors only.
  EXPECT_EQ(boost::num_vertices(topic.network), 2u);
  EXPECT_EQ(topic.disagreements.rows().size(), 1u);
  // Polarization counts every actor of the topic.
  EXPECT_EQ(topic.polarization.back().support + topic.polarization.back().oppose, 3);
}

TEST_F(ReportDataTest, NamedActorsAndDatesNarrowEveryPart) {
  AddTalks();
  ReportQuery query;
  query.actors = {ActorOf("Zelensky"), ActorOf("Putin")};
  query.from = D("2025-04-01");
  query.to = D("2025-04-30");
  const ReportData data = Collect(query);
  const TopicReport& topic = data.topics[0];
  EXPECT_EQ(Labels(topic), (std::vector<std::string>{"Putin", "Zelensky"}));
  EXPECT_EQ(topic.statements.size(), 2u);
  EXPECT_EQ(data.at.ToString(), "2025-04-30");
  EXPECT_EQ(data.first.ToString(), "2025-04-01");
  EXPECT_EQ(boost::num_vertices(topic.network), 2u);
  EXPECT_TRUE(topic.disagreements.rows().empty());  // Both oppose.
  ASSERT_EQ(topic.polarization.size(), 1u);
}

TEST_F(ReportDataTest, WithoutTopicsEveryTopicWithStatementsMostFirst) {
  AddTalks();
  ReportQuery query;
  query.today = D("2025-06-30");
  ReportData data;
  ASSERT_TRUE(CollectReport(*store_, query, &data).ok());
  ASSERT_EQ(data.topics.size(), 2u);
  EXPECT_EQ(data.topics[0].topic.key, "ceasefire");
  EXPECT_EQ(data.topics[1].topic.key, "sanctions");
}

}  // namespace
}  // namespace stancekb
