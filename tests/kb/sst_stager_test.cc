#include "kb/internal/sst_stager.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <rocksdb/metadata.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

// A bare RocksDB database with the store's column families, for the stager
// alone; the parameter is the stager's buffer size.
class SstStagerTest : public ::testing::TestWithParam<size_t> {
 protected:
  void SetUp() override {
    rocksdb::Options options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : kColumnFamilyNames) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* db = nullptr;
    ASSERT_OK(rocksdb::DB::Open(options, dir_.Sub("db"), families, &handles_, &db));
    db_.reset(db);
  }

  void TearDown() override {
    for (auto* handle : handles_) db_->DestroyColumnFamilyHandle(handle);
  }

  // Every key and value of a family, in the database's order.
  std::vector<std::pair<std::string, std::string>> Scan(ColumnFamily family) {
    std::vector<std::pair<std::string, std::string>> out;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[family]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) out.emplace_back(it->key().ToString(), it->value().ToString());
    return out;
  }

  TempDir dir_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

// Keys that tie on their first 16 bytes and differ after them, keys that are
// prefixes of others, keys with a zero byte where another ends, and keys put
// again with a new value, all in shuffled order: a reader sees every key
// once, in byte order, with its last value, whether the entries went out in
// one file or in many small overlapping ones.
TEST_P(SstStagerTest, EntriesPutInAnyOrderAreStoredInKeyOrderAndTheLastPutWins) {
  std::vector<std::string> keys = {"a", "ab", std::string("ab\0", 3), "abc", std::string(40, 'z')};
  for (int i = 0; i < 300; ++i) {
    keys.push_back(std::string("sixteen-bytes-of").append(std::to_string(i * 7919 % 1000)));
    keys.push_back(std::string(1, static_cast<char>(i % 256)).append(std::to_string(i)));
  }
  std::shuffle(keys.begin(), keys.end(), std::mt19937(7));
  std::map<std::string, std::string> expected;
  {
    SstStager stager(db_.get(), handles_, dir_.Sub("staging"), GetParam());
    for (int round = 0; round < 3; ++round) {
      for (const std::string& key : keys) {
        const std::string value = key + "#" + std::to_string(round);
        stager.Put(kActorNames, key, value);
        expected[key] = value;
      }
    }
    ASSERT_OK(stager.Ingest());
  }
  const std::vector<std::pair<std::string, std::string>> in_key_order(expected.begin(), expected.end());
  EXPECT_EQ(Scan(kActorNames), in_key_order);
}

// Files of one family written at different times are ingested as one
// sorted run when they overlap, so that the write leaves no level-0 files
// for the next writer to compact; files that do not overlap (ids put in
// increasing order) are ingested as they are.
TEST_P(SstStagerTest, OverlappingFilesOfAFamilyAreIngestedAsOneFile) {
  {
    SstStager stager(db_.get(), handles_, dir_.Sub("staging"), GetParam());
    for (uint32_t round = 0; round < 3; ++round) {
      for (uint32_t i = 0; i < 500; ++i) {
        const std::string key = std::to_string(i * 7919 % 1000);
        stager.Put(kActorNames, key, key + "#" + std::to_string(round));
      }
    }
    for (uint32_t id = 0; id < 1500; ++id) stager.Put(kAssertions, keys::Id32(id), std::string(20, 'a'));
    ASSERT_OK(stager.Ingest());
  }
  rocksdb::ColumnFamilyMetaData names, assertions;
  db_->GetColumnFamilyMetaData(handles_[kActorNames], &names);
  db_->GetColumnFamilyMetaData(handles_[kAssertions], &assertions);
  EXPECT_EQ(names.file_count, 1u);
  EXPECT_TRUE(names.levels[0].files.empty());
  EXPECT_TRUE(assertions.levels[0].files.empty());
  EXPECT_EQ(Scan(kActorNames).size(), 500u);
  EXPECT_EQ(Scan(kAssertions).size(), 1500u);
  if (GetParam() < (1u << 20)) EXPECT_GT(assertions.file_count, 1u);  // Not merged: they do not overlap.
}

// One file; many small files; two files, the buffer merged with the first holding some keys twice.
INSTANTIATE_TEST_SUITE_P(OneFileAndManyFiles, SstStagerTest,
                         ::testing::Values(size_t{1} << 30, size_t{16} << 10, size_t{128} << 10));

}  // namespace
}  // namespace stancekb
