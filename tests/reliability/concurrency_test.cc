// Concurrency: while an import runs in another process, read-only
// opens see a consistent state (check clean, documents whole) and a second
// writer is refused with an "in use" error naming the writer's pid.
#include <gtest/gtest.h>

#include <thread>

#include "tests/reliability/child_process.h"
#include "tests/reliability/reliability_util.h"

namespace stancekb {
namespace {

using namespace stancekb::testing;

constexpr int kCopies = 400;  // 1,200 articles: a few seconds of import.

class ConcurrencyTest : public ::testing::Test {
 protected:
  void SetUp() override { corpus_ = WriteArticleCorpus(dir_.Sub("corpus"), kCopies); }

  // Starts the import and waits until its database exists.
  std::unique_ptr<ChildProcess> StartImport() {
    auto child = std::make_unique<ChildProcess>(std::vector<std::string>{"--db", db_, "import", "articles", corpus_},
                                                dir_.Sub("import.log"));
    while (child->Running() && !std::filesystem::exists(db_ + "/WRITER.pid")) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return child;
  }

  TempDir dir_;
  std::string db_ = dir_.Sub("db");
  std::string corpus_;
};

TEST_F(ConcurrencyTest, ReadersBesideAnImportSeeAConsistentState) {
  std::unique_ptr<ChildProcess> import = StartImport();
  int reads_during_import = 0;
  uint64_t last_documents = 0;
  while (import->Running()) {
    std::unique_ptr<Store> store = OpenOrFail(db_, true);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(CheckViolations(*store), "");
    const std::map<DocumentId, size_t> documents = AssertionsPerDocument(*store);
    EXPECT_EQ(documents.size(), store->Counts().documents);
    EXPECT_GE(documents.size(), last_documents) << "a later reader saw fewer documents";
    last_documents = documents.size();
    ++reads_during_import;
  }
  EXPECT_EQ(import->Wait(), 0) << ReadFile(dir_.Sub("import.log"));
  EXPECT_GE(reads_during_import, 1);
  EXPECT_EQ(OpenOrFail(db_, true)->Counts().documents, 3u * kCopies);
}

TEST_F(ConcurrencyTest, CliQueriesRunBesideAnImport) {
  std::unique_ptr<ChildProcess> import = StartImport();
  int queries = 0;
  while (import->Running()) {
    const CliResult stats = RunCli(dir_, "--db '" + db_ + "' stats --format csv");
    EXPECT_EQ(stats.exit_code, 0) << stats.err;
    const CliResult check = RunCli(dir_, "--db '" + db_ + "' check");
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    const CliResult said = RunCli(dir_, "--db '" + db_ + "' said --topic ceasefire --format jsonl");
    EXPECT_EQ(said.exit_code, 0) << said.err;
    ++queries;
  }
  EXPECT_EQ(import->Wait(), 0);
  EXPECT_GE(queries, 1);
}

TEST_F(ConcurrencyTest, ASecondWriterIsToldWhichProcessHoldsTheDatabase) {
  std::unique_ptr<ChildProcess> import = StartImport();
  // The import has written its pid once the line is complete. Stopped from
  // then on, it holds the database until it is continued, so the second
  // writer always meets it, however fast the machine.
  while (import->Running() && ReadFile(db_ + "/WRITER.pid").find('\n') == std::string::npos) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ASSERT_TRUE(import->Stop()) << "the import ended before it held the database: " << ReadFile(dir_.Sub("import.log"));
  const std::string article = dir_.Write("one.txt", "Zelensky said Ukraine supports a ceasefire.\n");
  const CliResult second = RunCli(dir_, "--db '" + db_ + "' import articles --date 2025-03-12 '" + article + "'");
  import->Continue();
  EXPECT_EQ(import->Wait(), 0) << ReadFile(dir_.Sub("import.log"));
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("in use by another stancekb process (pid " + std::to_string(import->pid()) + ")"),
            std::string::npos)
      << second.err;
}

}  // namespace
}  // namespace stancekb
