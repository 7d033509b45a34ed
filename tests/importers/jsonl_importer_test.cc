#include "importers/assertions/jsonl_importer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "kb/internal/column_families.h"
#include "kb/store_check.h"
#include "tests/status_test_util.h"
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
  void SetUp() override { ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_)); }

  Status Import(const std::string& content, bool skip_bad = false, JsonlImportReport* report = nullptr) {
    JsonlImportReport local;
    JsonlImportOptions options;
    options.skip_bad = skip_bad;
    options.batch_lines = 2;              // Several WriteSets even for small files,
    options.bulk.buffer_bytes = 8 << 10;  // and several staged files per column family.
    return ImportAssertionsJsonl(store_.get(), dir_.Write("in.jsonl", content), options, report ? report : &local);
  }

  // `count` distinct good lines, from `first` on.
  static std::string Lines(int first, int count) {
    std::string text;
    for (int i = first; i < first + count; ++i) {
      text += R"({"actor": "Actor )" + std::to_string(i % 13) + R"(", "topic": "ceasefire", "stance": "support", )" +
              R"("date": "2025-03-)" + std::to_string(10 + i % 19) + R"(", "source": "Wire", "doc": "d)" +
              std::to_string(i / 3) + R"(", "quote": "line )" + std::to_string(i) + "\"}\n";
    }
    return text;
  }

  void ExpectClean() {
    CheckReport report;
    ASSERT_OK(CheckStore(*store_, &report));
    for (const CheckViolation& v : report.violations) ADD_FAILURE() << v.ToString();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(JsonlImporterTest, ImportsGoodLinesAndSkipsThemTheSecondTime) {
  JsonlImportReport report;
  ASSERT_OK(Import(std::string(kGoodLine) + "\n\n" + kSecondLine + "\n", false, &report));
  EXPECT_EQ(report.lines, 2u);
  EXPECT_EQ(report.written.assertions_added, 2u);
  EXPECT_EQ(store_->Counts().documents, 1u);
  JsonlImportReport again;
  ASSERT_OK(Import(std::string(kGoodLine) + "\n" + kSecondLine + "\n", false, &again));
  EXPECT_EQ(again.written.assertions_added, 0u);
  EXPECT_EQ(again.written.assertions_skipped, 2u);
  EXPECT_EQ(store_->Counts().assertions, 2u);
}

struct BadLineCase {
  std::string line;
  std::string reason;
};

TEST_F(JsonlImporterTest, ABadLineStopsTheImportNamingFileAndLineAndStoresNothing) {
  ASSERT_OK(Import(std::string(kSecondLine) + "\n"));
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
  Status s = Import(std::string("{oops\n") + kGoodLine + "\n" + R"({"actor": "X"})" + "\n" + kSecondLine + "\n", true,
                    &report);
  ASSERT_OK(s) << s.ToString();
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
  ASSERT_OK(Import(R"({"actor": "A", "topic": "grain-deal", "stance": "support", "date": "2025-07", "source": "S"})"));
  Topic topic;
  ASSERT_OK(store_->FindTopic("grain-deal", &topic));
  Assertion stored;
  ASSERT_OK(store_->GetAssertion(1, &stored));
  EXPECT_EQ(stored.date.ToString(), "2025-07");
  EXPECT_EQ(stored.topic_id, topic.id);
}

TEST_F(JsonlImporterTest, ABadLastLineOfALargeFileStoresNothing) {
  ASSERT_OK(Import(Lines(0, 10)));
  const StoreCounts before = store_->Counts();
  Status s = Import(Lines(10, 300) + R"({"actor": "X", "topic": "ceasefire"})" + "\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("in.jsonl:301: missing field"), std::string::npos) << s.message();
  EXPECT_EQ(store_->Counts().assertions, before.assertions);
  EXPECT_EQ(store_->Counts().documents, before.documents);
  EXPECT_EQ(store_->Counts().actors, before.actors);
  EXPECT_FALSE(std::filesystem::exists(dir_.Sub("db") + "/" + Store::kStagingDirectory));
  ExpectClean();
}

TEST_F(JsonlImporterTest, LinesRepeatedInTheFileAreStoredOnce) {
  JsonlImportReport report;
  ASSERT_OK(Import(Lines(0, 100) + Lines(0, 100) + Lines(50, 100), false, &report));
  EXPECT_EQ(report.written.assertions_added, 150u);
  EXPECT_EQ(report.written.assertions_skipped, 150u);
  EXPECT_EQ(store_->Counts().assertions, 150u);
  EXPECT_EQ(store_->Counts().documents, 50u);
  ExpectClean();
}

TEST_F(JsonlImporterTest, ImportsIntoADatabaseThatHoldsDataAndResumesWhereItStopped) {
  ASSERT_OK(Import(Lines(0, 121)));
  JsonlImportReport report;
  ASSERT_OK(Import(Lines(60, 200), false, &report));
  EXPECT_EQ(report.written.assertions_added, 139u);
  EXPECT_EQ(report.written.assertions_skipped, 61u);
  EXPECT_EQ(report.written.actors_created, 0u);
  EXPECT_EQ(store_->Counts().assertions, 260u);
  std::vector<AssertionId> ids;
  ASSERT_OK(store_->DocumentAssertions(DocumentIdFor("jsonl-document\nd40\n"), &ids));
  EXPECT_EQ(ids.size(), 3u);  // Line 120 from the first import, 121 and 122 from the second.
  ExpectClean();
  // Reopened, the database reads the same and takes ordinary writes.
  store_.reset();
  ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_));
  EXPECT_EQ(store_->Counts().assertions, 260u);
  ASSERT_OK(Import(std::string(kGoodLine) + "\n"));
  EXPECT_EQ(store_->Counts().assertions, 261u);
  ExpectClean();
}

// Every key and value of every column family, in key order.
std::vector<std::string> Contents(const Store& store) {
  std::vector<std::string> contents;
  for (size_t family = 0; family < kColumnFamilyCount; ++family) {
    Status s = store.ScanFamily(family, [&](std::string_view key, std::string_view value) {
      contents.push_back(std::string(kColumnFamilyNames[family]) + ":" + std::string(key) + "=" + std::string(value));
      return true;
    });
    EXPECT_OK(s) << s.message();
  }
  return contents;
}

TEST_F(JsonlImporterTest, AFileImportedInPartsStoresTheSameBytesAsImportedWhole) {
  const std::string whole = Lines(0, 300);
  ASSERT_OK(Import(whole));
  const std::vector<std::string> expected = Contents(*store_);
  EXPECT_EQ(store_->Counts().assertions, 300u);
  store_.reset();
  std::filesystem::remove_all(dir_.Sub("db"));
  ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_));
  // Three parts that overlap, each into the database the one before left,
  // then the whole file once more: what a user re-running an import after
  // a crash or a daily feed with repeats does.
  JsonlImportReport first, second, third, again;
  ASSERT_OK(Import(Lines(0, 120), false, &first));
  ASSERT_OK(Import(Lines(100, 120), false, &second));
  ASSERT_OK(Import(Lines(200, 100), false, &third));
  EXPECT_EQ(second.written.assertions_skipped, 20u);
  EXPECT_EQ(third.written.assertions_skipped, 20u);
  ASSERT_OK(Import(whole, false, &again));
  EXPECT_EQ(again.written.assertions_added, 0u);
  EXPECT_EQ(again.written.documents_added, 0u);
  EXPECT_EQ(Contents(*store_), expected);
  ExpectClean();
}

TEST_F(JsonlImporterTest, AStagingDirectoryLeftByAKilledImportIsCleared) {
  const std::string staging = dir_.Sub("db") + "/" + Store::kStagingDirectory;
  std::filesystem::create_directories(staging);
  dir_.Write(std::string("db/") + Store::kStagingDirectory + "/7-0.sst", "left over");
  ASSERT_OK(Import(Lines(0, 30)));
  EXPECT_FALSE(std::filesystem::exists(staging));
  EXPECT_EQ(store_->Counts().assertions, 30u);
  ExpectClean();
}

}  // namespace
}  // namespace stancekb
