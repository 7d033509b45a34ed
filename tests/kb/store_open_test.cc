#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/store.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

// Creates a database at `path` holding one assertion: Someone supports a
// ceasefire, reported by Some Paper.
void WriteOneAssertion(const std::string& path) {
  std::unique_ptr<Store> writer;
  ASSERT_OK(Store::Open(path, StoreOptions(), &writer));
  WriteSet set;
  NewAssertion assertion;
  assertion.actor = "Someone";
  assertion.actor_kind = ActorKind::kPerson;
  assertion.topic = "ceasefire";
  assertion.stance = Stance::kSupport;
  assertion.date = Date::FromCivil(2025, 3, 1);
  assertion.source = "Some Paper";
  set.assertions.push_back(assertion);
  WriteResult result;
  ASSERT_OK(writer->Apply(set, &result));
}

TEST(StoreOpenTest, ASecondWriterIsBusyAndReadersStillOpen) {
  TempDir dir;
  std::unique_ptr<Store> writer, second, reader;
  ASSERT_OK(Store::Open(dir.Sub("db"), StoreOptions(), &writer));
  Status s = Store::Open(dir.Sub("db"), StoreOptions(), &second);
  EXPECT_TRUE(s.IsBusy()) << s.ToString();
  EXPECT_NE(s.message().find("in use"), std::string::npos) << s.message();
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_OK(Store::Open(dir.Sub("db"), read_only, &reader));
}

TEST(StoreOpenTest, ReadersLeaveOutTheWritersFamiliesUnlessAskedForAll) {
  TempDir dir;
  ASSERT_NO_FATAL_FAILURE(WriteOneAssertion(dir.Sub("db")));
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> reader;
  ASSERT_OK(Store::Open(dir.Sub("db"), options, &reader));
  size_t fingerprints = 0;
  auto count = [&](std::string_view, std::string_view) { return ++fingerprints > 0; };
  Status s = reader->ScanFamily(kFingerprints, count);
  EXPECT_TRUE(s.IsInvalidInput()) << s.ToString();
  Assertion a;
  EXPECT_OK(reader->GetAssertion(1, &a));  // Everything queries read is there.
  options.all_families = true;
  ASSERT_OK(Store::Open(dir.Sub("db"), options, &reader));
  ASSERT_OK(reader->ScanFamily(kFingerprints, count));
  EXPECT_EQ(fingerprints, 1u);
}

TEST(StoreOpenTest, ASaidReaderOpensTheNamesAndTheSaidIndexOnly) {
  TempDir dir;
  ASSERT_NO_FATAL_FAILURE(WriteOneAssertion(dir.Sub("db")));
  StoreOptions options;
  options.read_only = true;
  options.said_only = true;
  std::unique_ptr<Store> reader;
  ASSERT_OK(Store::Open(dir.Sub("db"), options, &reader));
  size_t entries = 0;
  auto count = [&](std::string_view, std::string_view) { return ++entries > 0; };
  ASSERT_OK(reader->ScanFamily(kSaidIndex, count));
  EXPECT_EQ(entries, 1u);
  Actor actor;
  ASSERT_OK(reader->FindActor("someone", &actor));
  Topic topic;
  ASSERT_OK(reader->FindTopic("ceasefire", &topic));
  Source source;
  ASSERT_OK(reader->FindSource("some paper", &source));
  for (size_t family : {kAssertions, kDocuments, kTopicActorIndex, kActorTopicIndex, kDateIndex, kFingerprints}) {
    Status s = reader->ScanFamily(family, count);
    EXPECT_TRUE(s.IsInvalidInput()) << kColumnFamilyNames[family] << ": " << s.ToString();
  }
}

TEST(StoreOpenTest, ReadingAMissingDatabaseSaysSo) {
  TempDir dir;
  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(dir.Sub("nothing"), read_only, &store);
  EXPECT_TRUE(s.IsNotFound());
  EXPECT_NE(s.message().find("no database"), std::string::npos);
}

TEST(StoreOpenTest, ADatabaseFromANewerFormatIsRefused) {
  TempDir dir;
  {
    std::unique_ptr<Store> store;
    ASSERT_OK(Store::Open(dir.Sub("db"), StoreOptions(), &store));
  }
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : kColumnFamilyNames) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_OK(rocksdb::DB::Open(rocksdb::DBOptions(), dir.Sub("db"), families, &handles, &db));
    ASSERT_OK(
        db->Put(rocksdb::WriteOptions(), handles[kMeta], kFormatVersionKey, keys::Id32(Store::kFormatVersion + 1)));
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(dir.Sub("db"), StoreOptions(), &store);
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_NE(s.message().find("newer stancekb"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace stancekb
