// Format evolution: tests/data/fixtures/format-vN.db was written by
// format version N (scripts/make-fixture.sh: the example articles, three
// assertion lines, assertion 2 retracted). Every later build must open them,
// read it exactly as written, and keep writing to it. If this test fails, the
// change broke existing databases: migrate them, don't regenerate the fixture.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/reliability/reliability_util.h"
#include "tests/reliability/said_answers.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using namespace stancekb::testing;

class FormatFixtureTest : public ::testing::Test {
 protected:
  // A copy, so that opening it never changes the fixture in the tree.
  void SetUp() override {
    std::filesystem::copy(TestData("fixtures/format-v1.db"), db_, std::filesystem::copy_options::recursive);
  }

  TempDir dir_;
  std::string db_ = dir_.Sub("db");
};

TEST_F(FormatFixtureTest, Version1OpensWithItsCountsAndChecksClean) {
  std::unique_ptr<Store> store = OpenOrFail(db_, true);
  ASSERT_NE(store, nullptr);
  const StoreCounts c = store->Counts();
  EXPECT_EQ(c.assertions, 44u);
  EXPECT_EQ(c.documents, 4u);
  EXPECT_EQ(c.actors, 30u);
  EXPECT_EQ(c.topics, 8u);
  EXPECT_EQ(c.sources, 3u);
  EXPECT_EQ(CheckViolations(*store), "");
}

TEST_F(FormatFixtureTest, Version1AssertionsReadWithAllTheirFields) {
  std::unique_ptr<Store> store = OpenOrFail(db_, true);
  ASSERT_NE(store, nullptr);
  Assertion a;
  ASSERT_OK(store->GetAssertion(42, &a));
  Actor actor;
  Topic topic;
  Source source;
  Document doc;
  ASSERT_OK(store->GetActor(a.actor_id, &actor));
  ASSERT_OK(store->GetTopic(a.topic_id, &topic));
  ASSERT_OK(store->GetSource(a.source_id, &source));
  ASSERT_OK(store->GetDocument(a.document_id, &doc));
  EXPECT_EQ(actor.name, "Kaja Kallas");
  EXPECT_EQ(actor.kind, ActorKind::kPerson);
  EXPECT_EQ(topic.key, "sanctions");
  EXPECT_EQ(source.name, "Fixture Wire");
  EXPECT_EQ(doc.title, "Fixture document");
  EXPECT_EQ(doc.url, "https://example.org/fixture");
  EXPECT_EQ(a.stance, Stance::kSupport);
  EXPECT_EQ(a.date.ToString(), "2025-03-14");
  EXPECT_EQ(a.evidence.quote, "keep the pressure on Russia");
  EXPECT_EQ(a.cue, "said");
  EXPECT_FLOAT_EQ(a.confidence, 0.75f);
  EXPECT_EQ(a.extractor, "jsonl");
  EXPECT_EQ(a.status, AssertionStatus::kMachine);
  ASSERT_OK(store->GetAssertion(43, &a));
  EXPECT_EQ(a.date.ToString(), "2025-03");
  EXPECT_EQ(a.date.precision(), DatePrecision::kMonth);
  ASSERT_OK(store->GetAssertion(2, &a));
  EXPECT_EQ(a.status, AssertionStatus::kRetracted);
  EXPECT_EQ(a.extractor, "article/reported-speech");
  EXPECT_EQ(a.evidence.content_span.begin, 13u);
  EXPECT_EQ(a.evidence.content_span.end, 140u);
  ASSERT_OK(store->FindActor("Zelenskyy", &actor));
  EXPECT_EQ(actor.name, "Volodymyr Zelensky");
}

TEST_F(FormatFixtureTest, AWritersOpenUpgradesToTheSaidIndexWithTheSameAnswers) {
  std::string before;
  {
    std::unique_ptr<Store> reader = OpenOrFail(db_, true);
    ASSERT_NE(reader, nullptr);
    EXPECT_EQ(reader->format_version(), 1u);
    EXPECT_FALSE(reader->HasSaidIndex());
    before = SaidAnswers(*reader);  // Assertions read by id.
  }
  EXPECT_NE(before.find("\"quote\":\"keep the pressure on Russia\""), std::string::npos) << before;
  EXPECT_NE(before.find("\"date\":\"2025-03\""), std::string::npos) << before;  // Month precision.
  const CliResult upgrade = RunCli(dir_, "--db '" + db_ + "' --format csv upgrade");
  ASSERT_EQ(upgrade.exit_code, 0) << upgrade.err;
  EXPECT_EQ(upgrade.out, "database,format_before,format_after\n" + db_ + ",1,2\n");
  const CliResult said = RunCli(dir_, "--db '" + db_ + "' said --topic sanctions");
  ASSERT_EQ(said.exit_code, 0) << said.err;
  EXPECT_EQ(said.err.find("`stancekb upgrade`"), std::string::npos) << "no hint once upgraded: " << said.err;
  std::unique_ptr<Store> store = OpenOrFail(db_, true);
  ASSERT_NE(store, nullptr);
  EXPECT_TRUE(store->HasSaidIndex());
  EXPECT_EQ(CheckViolations(*store), "");
  EXPECT_EQ(SaidAnswers(*store), before);  // Rows from the said index.
  std::string version;
  ASSERT_OK(store->GetRaw(0, "format_version", &version));
  EXPECT_EQ(version, std::string("\0\0\0\2", 4));
}

TEST_F(FormatFixtureTest, Version2AnswersFromTheSaidIndexAsVersion1DoesById) {
  const std::string v2 = dir_.Sub("v2");
  std::filesystem::copy(TestData("fixtures/format-v2.db"), v2, std::filesystem::copy_options::recursive);
  std::unique_ptr<Store> store = OpenOrFail(v2, true);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->format_version(), 2u);
  EXPECT_EQ(CheckViolations(*store), "");
  std::unique_ptr<Store> v1 = OpenOrFail(db_, true);  // Made from the same input.
  ASSERT_NE(v1, nullptr);
  EXPECT_EQ(SaidAnswers(*store), SaidAnswers(*v1));
}

TEST_F(FormatFixtureTest, Version1AnswersQueriesAndTakesNewWrites) {
  const CliResult said = RunCli(dir_, "--db '" + db_ + "' said --topic sanctions --actor 'Kaja Kallas' --format jsonl");
  ASSERT_EQ(said.exit_code, 0) << said.err;
  EXPECT_NE(said.err.find("`stancekb upgrade`"), std::string::npos) << said.err;
  EXPECT_EQ(said.out, R"({"id":42,"actor":"Kaja Kallas","topic":"sanctions","stance":"support","date":"2025-03-14",)"
                      R"("source":"Fixture Wire","quote":"keep the pressure on Russia"})"
                      "\n");
  const CliResult by_actor = RunCli(dir_, "--db '" + db_ + "' said --actor 'Kaja Kallas'");
  ASSERT_EQ(by_actor.exit_code, 0) << by_actor.err;
  EXPECT_NE(by_actor.err.find("`stancekb upgrade`"), std::string::npos) << "by actor too: " << by_actor.err;
  const std::string line = dir_.Write("new.jsonl", R"({"actor": "Kaja Kallas", "topic": "sanctions", )"
                                                   R"("stance": "oppose", "date": "2025-09-01", "source": "New Wire"})"
                                                   "\n");
  const CliResult import = RunCli(dir_, "--db '" + db_ + "' import assertions '" + line + "'");
  ASSERT_EQ(import.exit_code, 0) << import.err;
  std::unique_ptr<Store> store = OpenOrFail(db_, true);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Counts().assertions, 45u);
  EXPECT_EQ(CheckViolations(*store), "");
}

}  // namespace
}  // namespace stancekb
