// Writes under failure: when RocksDB cannot write (disk full, I/O
// error) the write fails with a message naming the database, nothing of the
// failed batch (or bulk import) is stored, and the database reopens consistent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "importers/assertions/jsonl_importer.h"
#include "tests/kb/store_test_util.h"
#include "tests/reliability/failing_fs.h"
#include "tests/reliability/reliability_util.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using namespace stancekb::testing;

WriteSet Assertions(int first, int count) {
  WriteSet set;
  for (int i = first; i < first + count; ++i) {
    set.assertions.push_back(MakeAssertion("Actor " + std::to_string(i % 7), "ceasefire", Stance::kSupport,
                                           "2025-03-12", "statement " + std::to_string(i)));
  }
  return set;
}

class WriteFailureTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FailingFileSystem>();
    env_ = rocksdb::NewCompositeEnv(fs_);
    StoreOptions options;
    options.env = env_.get();
    ASSERT_OK(Store::Open(path_, options, &store_));
    WriteResult result;
    ASSERT_OK(store_->Apply(Assertions(0, 100), &result));
    before_ = store_->Counts();
  }

  // Closes the failed store and reopens the database with the real file system.
  void ExpectConsistentAfterReopen(const StoreCounts& expected) {
    store_.reset();
    std::unique_ptr<Store> store = OpenOrFail(path_, false);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(CheckViolations(*store), "");
    EXPECT_TRUE(SameCounts(store->Counts(), expected)) << ShowCounts(store->Counts()) << " vs " << ShowCounts(expected);
  }

  bool no_space() const { return GetParam(); }

  TempDir dir_;
  std::string path_ = dir_.Sub("db");
  std::shared_ptr<FailingFileSystem> fs_;
  std::unique_ptr<rocksdb::Env> env_;
  std::unique_ptr<Store> store_;
  StoreCounts before_;
};

TEST_P(WriteFailureTest, AFailedBatchGivesAClearMessageAndStoresNothing) {
  fs_->SetBudget(100, no_space());  // The next batch does not fit.
  WriteResult result;
  Status s = store_->Apply(Assertions(100, 2000), &result);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot write to " + path_), std::string::npos) << s.message();
  EXPECT_NE(s.message().find(no_space() ? "the disk is full" : "the disk failed a write"), std::string::npos)
      << s.message();
  EXPECT_EQ(result.assertions_added, 0u);
  EXPECT_TRUE(SameCounts(store_->Counts(), before_));
  ExpectConsistentAfterReopen(before_);
}

TEST_P(WriteFailureTest, AnImportStoppedByTheDiskStoresNothingFromTheFile) {
  std::ofstream lines(dir_.Sub("big.jsonl"));
  for (int i = 0; i < 20000; ++i) {
    lines << R"({"actor": "Actor )" << i % 50 << R"(", "topic": "sanctions", "stance": "oppose", )"
          << R"("date": "2025-03-14", "source": "Wire", "quote": "line )" << i << "\"}\n";
  }
  lines.close();
  fs_->SetBudget(256 << 10, no_space());  // Room for a few of the staged files.
  JsonlImportOptions options;
  options.batch_lines = 500;
  options.bulk.buffer_bytes = 64 << 10;
  JsonlImportReport report;
  Status s = ImportAssertionsJsonl(store_.get(), dir_.Sub("big.jsonl"), options, &report);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot write to " + path_), std::string::npos) << s.message();
  EXPECT_EQ(report.written.assertions_added, 0u);
  EXPECT_TRUE(SameCounts(store_->Counts(), before_));
  EXPECT_FALSE(std::filesystem::exists(path_ + "/" + Store::kStagingDirectory));
  ExpectConsistentAfterReopen(before_);
}

// A disk that fills while a new database is made (its first family, then
// the others in one call) fails the open with a message naming the database;
// the next writer with room finishes the database.
TEST_P(WriteFailureTest, ADatabaseTheDiskStopsWhileMakingItOpensLater) {
  size_t failures = 0;
  for (int64_t budget = 0; budget <= (1 << 20); budget += 4096) {
    const std::string path = dir_.Sub("new-" + std::to_string(budget));
    fs_->SetBudget(budget, no_space());
    StoreOptions options;
    options.env = env_.get();
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, options, &store);
    if (s.ok()) break;
    ++failures;
    EXPECT_NE(s.message().find("database " + path + ": "), std::string::npos) << s.message();
    fs_->SetBudget(-1);
    std::unique_ptr<Store> reopened = OpenOrFail(path, false);
    ASSERT_NE(reopened, nullptr) << "after a budget of " << budget << " bytes";
    EXPECT_EQ(CheckViolations(*reopened), "");
  }
  EXPECT_GT(failures, 5u);
}

INSTANTIATE_TEST_SUITE_P(DiskFullOrIoError, WriteFailureTest, ::testing::Bool());

}  // namespace
}  // namespace stancekb
