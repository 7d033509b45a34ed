#include "importers/assertions/jsonl_importer.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

const char* kGoodLine =
    R"({"actor": "Vladimir Putin", "topic": "ukraine-nato-membership", "stance": "oppose", "date": "2025-08-18", "source": "The Sun", "quote": "No NATO", "url": "https://example.org/a", "doc": "a", "confidence": 0.9})";
const char* kSecondLine =
    R"({"actor": "Volodymyr Zelensky", "topic": "ceasefire", "stance": "support", "date": "2025-08-17", "source": "The Sun"})";

class JsonlImporterTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Store::Open(dir_.Sub("db"), StoreOptions(), &store_).ok()); }

  Status Import(const std::string& content, bool skip_bad = false, JsonlImportReport* report = nullptr) {
    JsonlImportReport local;
    JsonlImportOptions options;
    options.skip_bad = skip_bad;
    options.batch_lines = 2;  // Several batches even for small files.
    return ImportAssertionsJsonl(store_.get(), dir_.Write("in.jsonl", content), options, report ? report : &local);
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(JsonlImporterTest, ImportsGoodLinesAndSkipsThemTheSecondTime) {
  JsonlImportReport report;
  ASSERT_TRUE(Import(std::string(kGoodLine) + "\n\n" + kSecondLine + "\n", false, &report).ok());
  EXPECT_EQ(report.lines, 2u);
  EXPECT_EQ(report.written.assertions_added, 2u);
  EXPECT_EQ(store_->Counts().documents, 1u);
  JsonlImportReport again;
  ASSERT_TRUE(Import(std::string(kGoodLine) + "\n" + kSecondLine + "\n", false, &again).ok());
  EXPECT_EQ(again.written.assertions_added, 0u);
  EXPECT_EQ(again.written.assertions_skipped, 2u);
  EXPECT_EQ(store_->Counts().assertions, 2u);
}

struct BadLineCase {
  std::string line;
  std::string reason;
};

TEST_F(JsonlImporterTest, ABadLineStopsTheImportNamingFileAndLineAndStoresNothing) {
  ASSERT_TRUE(Import(std::string(kSecondLine) + "\n").ok());
  const StoreCounts before = store_->Counts();
  const std::vector<BadLineCase> cases = {
      {R"({"actor": "X", "topic": "ceasefire", "stance": "support", "date": "2025-08-18")", "invalid JSON"},
      {R"({"topic": "ceasefire", "stance": "support", "date": "2025-08-18", "source": "S"})", "missing field 'actor'"},
      {R"({"actor": "X", "topic": "ceasefire", "stance": "maybe", "date": "2025-08-18", "source": "S"})",
       "stance 'maybe'"},
      {R"({"actor": "X", "topic": "ceasefire", "stance": "support", "date": "2025-02-30", "source": "S"})",
       "does not exist"},
      {"{\"actor\": \"X\xff\", \"topic\": \"ceasefire\", \"stance\": \"support\", \"date\": \"2025-08-18\", "
       "\"source\": \"S\"}",
       "invalid UTF-8"},
      {R"({"actor": "X", "topic": "Not A Topic", "stance": "support", "date": "2025-08-18", "source": "S"})",
       "unknown topic"},
      {R"({"actor": 5, "topic": "ceasefire", "stance": "support", "date": "2025-08-18", "source": "S"})",
       "must be a string"},
      {R"([1, 2, 3])", "expected a JSON object"},
      {R"({"actor": "X", "topic": "ceasefire", "stance": "support", "date": "2025-08-18", "source": "S"} extra)",
       "invalid JSON"},
  };
  for (const BadLineCase& c : cases) {
    Status s = Import(std::string(kGoodLine) + "\n" + c.line + "\n" + kGoodLine + "\n");
    ASSERT_FALSE(s.ok()) << c.line;
    EXPECT_NE(s.message().find("in.jsonl:2: "), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(c.reason), std::string::npos) << s.message();
    EXPECT_EQ(store_->Counts().assertions, before.assertions) << c.line;
    EXPECT_EQ(store_->Counts().actors, before.actors) << c.line;
    EXPECT_EQ(store_->Counts().documents, before.documents) << c.line;
  }
}

TEST_F(JsonlImporterTest, SkipBadStoresTheGoodLinesAndListsEachBadOne) {
  JsonlImportReport report;
  Status s = Import(std::string("{oops\n") + kGoodLine + "\n" + R"({"actor": "X"})" + "\n" + kSecondLine + "\n",
                    true, &report);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(report.bad_lines.size(), 2u);
  EXPECT_NE(report.bad_lines[0].find("in.jsonl:1: invalid JSON"), std::string::npos) << report.bad_lines[0];
  EXPECT_NE(report.bad_lines[1].find("in.jsonl:3: missing field"), std::string::npos) << report.bad_lines[1];
  EXPECT_EQ(report.written.assertions_added, 2u);
}

TEST_F(JsonlImporterTest, AHugeLineIsRefusedWithoutReadingItWhole) {
  const std::string huge = std::string(R"({"actor": "X", "quote": ")") + std::string(20 << 20, 'a') + "\"}";
  Status s = Import(std::string(kGoodLine) + "\n" + huge + "\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("in.jsonl:2: line longer than"), std::string::npos) << s.message();
  EXPECT_EQ(store_->Counts().assertions, 0u);
}

TEST_F(JsonlImporterTest, NewKebabCaseTopicsAreCreated) {
  ASSERT_TRUE(Import(R"({"actor": "A", "topic": "grain-deal", "stance": "support", "date": "2025-07", "source": "S"})").ok());
  Topic topic;
  ASSERT_TRUE(store_->FindTopic("grain-deal", &topic).ok());
  Assertion stored;
  ASSERT_TRUE(store_->GetAssertion(1, &stored).ok());
  EXPECT_EQ(stored.date.ToString(), "2025-07");
  EXPECT_EQ(stored.topic_id, topic.id);
}

}  // namespace
}  // namespace stancekb
