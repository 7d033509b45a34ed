#include "kb/internal/known_ids.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "kb/internal/keys.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

// A bare RocksDB database in `dir`, with its default family only.
std::unique_ptr<rocksdb::DB> OpenBare(const TempDir& dir) {
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* db = nullptr;
  EXPECT_OK(rocksdb::DB::Open(options, dir.Sub("db"), &db));
  return std::unique_ptr<rocksdb::DB>(db);
}

// A bare RocksDB database whose default family holds 64-bit ids as the
// store's fingerprints and documents do. The parameter is the `stored`
// count KnownIds is told, which chooses how it reads the family: far above
// the real count it looks every set up, at 1 it reads the family whole at
// the first set, and in between it switches after a few sets. The answers
// must not depend on it.
class KnownIdsTest : public ::testing::TestWithParam<uint64_t> {
 protected:
  void SetUp() override {
    db_ = OpenBare(dir_);
    ASSERT_NE(db_, nullptr);
  }

  void Store(uint64_t id) {
    ASSERT_TRUE(db_->Put(rocksdb::WriteOptions(), keys::Id64(id), keys::Id64(id)).ok());
    stored_.insert(id);
  }

  // What MarkFresh must answer: neither stored nor met before.
  std::vector<bool> Expected(const std::vector<uint64_t>& ids) {
    std::vector<bool> fresh;
    for (uint64_t id : ids) fresh.push_back(stored_.count(id) == 0 && met_.insert(id).second);
    return fresh;
  }

  TempDir dir_;
  std::unique_ptr<rocksdb::DB> db_;
  std::set<uint64_t> stored_, met_;
};

TEST_P(KnownIdsTest, AnIdIsFreshWhenNeitherStoredNorMetBeforeWhicheverWayTheFamilyIsRead) {
  for (uint64_t id = 1; id < 400; id += 3) Store(id);
  Store(0);
  Store(~uint64_t{0});
  Store(uint64_t{1} << 63);
  KnownIds known(db_.get(), db_->DefaultColumnFamily(), "ids", GetParam());
  // Stored ids, new ones, ids repeated within a set and across sets, the
  // extremes of the key order, and sets that hold only what was met.
  const std::vector<std::vector<uint64_t>> sets = {
      {4, 5, 4, 7, 0, 1000},
      {5, 6, 1000, ~uint64_t{0}, 9, 8},
      {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21},
      {uint64_t{1} << 63, (uint64_t{1} << 63) + 1, 22, 23, 24, 25, 25, 26},
      {4, 5, 6, 7},
      {},
      {397, 398, 399, 400, 401, 1},
  };
  for (size_t i = 0; i < sets.size(); ++i) {
    std::vector<bool> fresh;
    ASSERT_OK(known.MarkFresh(sets[i], &fresh));
    EXPECT_EQ(fresh, Expected(sets[i])) << "set " << i;
  }
}

TEST_P(KnownIdsTest, AnEmptyFamilyHoldsNothing) {
  KnownIds known(db_.get(), db_->DefaultColumnFamily(), "ids", GetParam());
  std::vector<bool> fresh;
  ASSERT_OK(known.MarkFresh({3, 1, 3, 2}, &fresh));
  EXPECT_EQ(fresh, (std::vector<bool>{true, true, false, true}));
}

INSTANTIATE_TEST_SUITE_P(StoredCounts, KnownIdsTest, ::testing::Values(1'000'000'000, 1, 60));

// Told that the family is empty, a write does not read it: the store's
// counters say so for a new database.
TEST(KnownIdsWithoutStoredIds, ANewDatabaseIsNotRead) {
  TempDir dir;
  std::unique_ptr<rocksdb::DB> db = OpenBare(dir);
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), keys::Id64(7), "").ok());
  KnownIds known(db.get(), db->DefaultColumnFamily(), "ids", 0);
  std::vector<bool> fresh;
  ASSERT_OK(known.MarkFresh({7, 7}, &fresh));
  EXPECT_EQ(fresh, (std::vector<bool>{true, false}));
}

// A key that is not an id, met when the family is read whole, is named.
TEST(KnownIdsDamage, AKeyThatIsNotAnIdIsCorruption) {
  TempDir dir;
  std::unique_ptr<rocksdb::DB> db = OpenBare(dir);
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "short", "").ok());
  KnownIds known(db.get(), db->DefaultColumnFamily(), "fingerprints", 1);
  std::vector<bool> fresh;
  Status s = known.MarkFresh({7}, &fresh);
  EXPECT_EQ(s.code(), Status::Code::kCorruption) << s.message();
  EXPECT_NE(s.message().find("fingerprints"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace stancekb
