#include "kb/store_check.h"

#include <gtest/gtest.h>

#include "kb/internal/assertion_entries.h"
#include "kb/internal/keys.h"
#include "tests/kb/store_test_util.h"
#include "tests/reliability/raw_db.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::ArticleSet;
using testing::MakeAssertion;
using testing::RawDb;
using testing::TempDir;

class StoreCheckTest : public ::testing::Test {
 protected:
  // A store with one document and its two assertions (the second retracted)
  // and one assertion tied to no document; closed again.
  void SetUp() override {
    std::unique_ptr<Store> store;
    ASSERT_OK(Store::Open(path_, StoreOptions(), &store));
    WriteSet set = ArticleSet();
    set.assertions.push_back(MakeAssertion("Donald Trump", "", Stance::kNeutral, "2025-08-19"));
    WriteResult result;
    ASSERT_OK(store->Apply(set, &result));
    ASSERT_OK(store->SetAssertionStatus(2, AssertionStatus::kRetracted));
    ASSERT_OK(store->GetAssertion(1, &first_));
  }

  CheckReport Check() {
    std::unique_ptr<Store> store;
    StoreOptions options;
    options.read_only = true;
    options.all_families = true;
    Status s = Store::Open(path_, options, &store);
    EXPECT_OK(s) << s.ToString();
    CheckReport report;
    s = CheckStore(*store, &report);
    EXPECT_OK(s) << s.ToString();
    return report;
  }

  // True when some violation's text contains `text`.
  static bool Reports(const CheckReport& report, const std::string& text) {
    for (const CheckViolation& v : report.violations) {
      if (v.ToString().find(text) != std::string::npos) return true;
    }
    return false;
  }

  static std::string Listed(const CheckReport& report) {
    std::string text;
    for (const CheckViolation& v : report.violations) text += v.ToString() + "\n";
    return text;
  }

  TempDir dir_;
  std::string path_ = dir_.Sub("db");
  Assertion first_;
};

TEST_F(StoreCheckTest, AStoreWrittenByTheStoreIsClean) {
  const CheckReport report = Check();
  EXPECT_TRUE(report.clean()) << Listed(report);
  EXPECT_EQ(report.records, 3u + 1u + 2u + 1u + 3u);  // Actors, topics, sources, documents, assertions.
  EXPECT_GT(report.entries, 0u);
}

TEST_F(StoreCheckTest, AMissingIndexEntryIsReported) {
  const uint64_t entries = Check().entries;
  {
    RawDb raw(path_);
    ASSERT_OK(raw.Delete(kDateIndex, keys::DateIndexKey(first_.date.day_number(), 1)));
  }
  const CheckReport report = Check();
  EXPECT_EQ(report.violation_count, 1u) << Listed(report);
  EXPECT_TRUE(Reports(report, "assertions 1: has no entry in idx_date")) << Listed(report);
  EXPECT_EQ(report.entries, entries - 1);  // Each entry counted once, though the family is read twice.
}

// The same bytes split differently between key and value are another entry.
TEST_F(StoreCheckTest, AnEntryWithTheSameBytesSplitElsewhereIsReported) {
  const std::string key = keys::DocumentIndexKey(first_.document_id, 1);  // Its value is empty.
  {
    RawDb raw(path_);
    ASSERT_OK(raw.Delete(kDocumentIndex, key));
    ASSERT_OK(raw.Put(kDocumentIndex, key.substr(0, 15), key.substr(15)));
  }
  const CheckReport report = Check();
  EXPECT_EQ(report.violation_count, 2u) << Listed(report);
  EXPECT_TRUE(Reports(report, "assertions 1: has no entry in idx_document")) << Listed(report);
  EXPECT_TRUE(Reports(report, "does not decode")) << Listed(report);
}

TEST_F(StoreCheckTest, AnEntryOfAMissingAssertionIsReported) {
  {
    RawDb raw(path_);
    ASSERT_OK(raw.Put(kDocumentIndex, keys::DocumentIndexKey(first_.document_id, 99), ""));
    ASSERT_OK(raw.Put(kFingerprints, keys::Id64(12345), keys::Id64(98)));
  }
  const CheckReport report = Check();
  EXPECT_EQ(report.violation_count, 2u) << Listed(report);
  EXPECT_TRUE(Reports(report, "belongs to assertion 99, which is missing")) << Listed(report);
  EXPECT_TRUE(Reports(report, "fingerprints 12345: belongs to assertion 98, which is missing")) << Listed(report);
}

TEST_F(StoreCheckTest, AnIndexEntryThatDisagreesWithItsAssertionIsReported) {
  {
    RawDb raw(path_);
    Assertion changed = first_;
    changed.stance = Stance::kSupport;
    const FamilyEntry entry = AssertionEntries(changed, true)[0];  // Same key, other value.
    ASSERT_OK(raw.Put(entry.family, entry.key, entry.value));
  }
  const CheckReport report = Check();
  EXPECT_EQ(report.violation_count, 2u) << Listed(report);
  EXPECT_TRUE(Reports(report, "assertions 1: has a wrong value in idx_topic_actor")) << Listed(report);
  EXPECT_TRUE(Reports(report, "does not match assertion 1")) << Listed(report);
}

TEST_F(StoreCheckTest, AValueThatDoesNotDecodeIsReported) {
  {
    RawDb raw(path_);
    ASSERT_OK(raw.Put(kAssertions, keys::Id64(3), "garbage!"));
  }
  const CheckReport report = Check();
  EXPECT_TRUE(Reports(report, "assertions 3: stored assertion")) << Listed(report);
}

TEST_F(StoreCheckTest, AMissingActorBreaksReferencesNamesAndCounts) {
  {
    RawDb raw(path_);
    ASSERT_OK(raw.Delete(kActors, keys::Id32(first_.actor_id)));
  }
  const CheckReport report = Check();
  EXPECT_TRUE(Reports(report, "assertions 1: names a missing actor")) << Listed(report);
  EXPECT_TRUE(Reports(report, "actor_names 'vladimir putin': does not name an existing record")) << Listed(report);
  EXPECT_TRUE(Reports(report, "counts 3 actors but 2 are stored")) << Listed(report);
}

TEST_F(StoreCheckTest, ARecordUnderAnotherIdOrWithoutItsNameIsReported) {
  {
    RawDb raw(path_);
    ASSERT_OK(raw.Delete(kTopicNames, "ceasefire"));
    ASSERT_OK(raw.Put(kSources, keys::Id32(7), ""));
  }
  const CheckReport report = Check();
  EXPECT_TRUE(Reports(report, "its name 'ceasefire' does not find it")) << Listed(report);
  EXPECT_TRUE(Reports(report, "sources 7: stored source has a truncated value")) << Listed(report);
}

}  // namespace
}  // namespace stancekb
