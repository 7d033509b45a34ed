#include "kb/store.h"

#include <gtest/gtest.h>

#include "tests/kb/store_test_util.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::ArticleSet;
using testing::MakeAssertion;
using testing::TempDir;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_)); }

  std::vector<IndexEntry> Scan(const IndexQuery& query) {
    std::vector<IndexEntry> entries;
    EXPECT_OK(store_->ScanIndex(query, [&](const IndexEntry& e) {
      entries.push_back(e);
      return true;
    }));
    return entries;
  }

  WriteResult ApplyOk(const WriteSet& set) {
    WriteResult result;
    Status s = store_->Apply(set, &result);
    EXPECT_OK(s) << s.ToString();
    return result;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, ReimportingTheSameDocumentAddsNothing) {
  WriteResult first = ApplyOk(ArticleSet());
  EXPECT_EQ(first.documents_added, 1u);
  EXPECT_EQ(first.assertions_added, 2u);
  WriteResult second = ApplyOk(ArticleSet());
  EXPECT_EQ(second.documents_added, 0u);
  EXPECT_EQ(second.documents_skipped, 1u);
  EXPECT_EQ(second.assertions_added, 0u);
  EXPECT_EQ(store_->Counts().assertions, 2u);
  EXPECT_EQ(store_->Counts().documents, 1u);
  EXPECT_EQ(Scan(IndexQuery{}).size(), 2u);
}

TEST_F(StoreTest, AWriteThatFailsHalfWayStoresNothing) {
  ApplyOk(ArticleSet());
  const StoreCounts before = store_->Counts();
  WriteSet set;
  NewDocument doc;
  doc.document.text = "A second article.";
  doc.document.id = DocumentIdFor(doc.document.text);
  set.documents.push_back(doc);
  set.assertions.push_back(MakeAssertion("Brand New Speaker", "new-topic", Stance::kSupport, "2025-08-19"));
  set.assertions.push_back(MakeAssertion("Vladimir Putin", "ceasefire", Stance::kSupport, "2025-08-19"));
  NewAssertion undated = MakeAssertion("Vladimir Putin", "ceasefire", Stance::kSupport, "2025-08-19");
  undated.date = Date();  // Invalid: the store refuses the whole write.
  set.assertions.push_back(undated);
  WriteResult result;
  EXPECT_FALSE(store_->Apply(set, &result).ok());
  EXPECT_EQ(store_->Counts().assertions, before.assertions);
  EXPECT_EQ(store_->Counts().documents, before.documents);
  EXPECT_EQ(store_->Counts().actors, before.actors);
  Document missing;
  EXPECT_TRUE(store_->GetDocument(doc.document.id, &missing).IsNotFound());
  Actor actor;
  EXPECT_TRUE(store_->FindActor("Brand New Speaker", &actor).IsNotFound());
  Topic topic;
  EXPECT_TRUE(store_->FindTopic("new-topic", &topic).IsNotFound());
  EXPECT_EQ(Scan(IndexQuery{}).size(), 2u);
  // The next successful write still gets consistent ids.
  WriteResult ok =
      ApplyOk(WriteSet{{}, {}, {}, {MakeAssertion("Vladimir Putin", "ceasefire", Stance::kSupport, "2025-08-20")}});
  EXPECT_EQ(ok.assertion_ids, std::vector<AssertionId>{3});
}

TEST_F(StoreTest, AliasesResolveToTheCanonicalActor) {
  Actor zelensky;
  zelensky.name = "Volodymyr Zelensky";
  zelensky.kind = ActorKind::kPerson;
  zelensky.aliases = {"Zelenskyy", "Zelensky"};
  Topic ceasefire{0, "ceasefire", "Ceasefire", "truce", {"truce", "cease-fire"}};
  ApplyOk(WriteSet{{zelensky}, {ceasefire}, {}, {}});
  WriteResult r = ApplyOk(WriteSet{{}, {}, {}, {MakeAssertion("ZELENSKYY", "truce", Stance::kSupport, "2025-08-18")}});
  EXPECT_EQ(r.actors_created, 0u);
  EXPECT_EQ(r.topics_created, 0u);
  Actor found;
  ASSERT_OK(store_->FindActor("  zelenskyy ", &found));
  EXPECT_EQ(found.name, "Volodymyr Zelensky");
  Assertion stored;
  ASSERT_OK(store_->GetAssertion(r.assertion_ids.at(0), &stored));
  EXPECT_EQ(stored.actor_id, found.id);
  // Upserting merges aliases instead of creating a second actor.
  Actor more;
  more.name = "Volodymyr Zelensky";
  more.aliases = {"Zelenskiy"};
  EXPECT_EQ(ApplyOk(WriteSet{{more}, {}, {}, {}}).actors_created, 0u);
  ASSERT_OK(store_->FindActor("Zelenskiy", &found));
  EXPECT_EQ(found.aliases.size(), 3u);
}

// The lexicon's wikidata id and demonyms are stored with the actor; a later
// upsert without them (an article naming the actor) keeps them, and one with
// more demonyms adds those.
TEST_F(StoreTest, WikidataAndDemonymsAreStoredAndMerged) {
  Actor russia;
  russia.name = "Russia";
  russia.kind = ActorKind::kState;
  russia.wikidata = "Q159";
  russia.demonyms = {"Russian"};
  ApplyOk(WriteSet{{russia}, {}, {}, {}});
  Actor bare;
  bare.name = "Russia";
  ApplyOk(WriteSet{{bare}, {}, {}, {MakeAssertion("Russia", "truce", Stance::kOppose, "2025-08-18")}});
  Actor more = bare;
  more.wikidata = "Q1";
  more.demonyms = {"Russian", "Russian Federation's"};
  ApplyOk(WriteSet{{more}, {}, {}, {}});
  store_.reset();
  ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_));
  Actor found;
  ASSERT_OK(store_->FindActor("Russia", &found));
  EXPECT_EQ(found.wikidata, "Q159");  // The first id stays, as kind and affiliation do.
  EXPECT_EQ(found.demonyms, (std::vector<std::string>{"Russian", "Russian Federation's"}));
  EXPECT_EQ(found.kind, ActorKind::kState);
}

TEST_F(StoreTest, ScansReadOnlyTheRequestedRange) {
  WriteSet set;
  for (int day = 1; day <= 9; ++day) {
    const std::string date = "2025-03-0" + std::to_string(day);
    set.assertions.push_back(MakeAssertion("A", "ceasefire", Stance::kSupport, date));
    set.assertions.push_back(MakeAssertion("B", "ceasefire", Stance::kOppose, date));
    set.assertions.push_back(MakeAssertion("A", "sanctions", Stance::kOppose, date));
  }
  ApplyOk(set);
  Topic ceasefire;
  Actor a;
  ASSERT_OK(store_->FindTopic("ceasefire", &ceasefire));
  ASSERT_OK(store_->FindActor("A", &a));
  IndexQuery query;
  query.topic = ceasefire.id;
  query.actor = a.id;
  ASSERT_OK(Date::Parse("2025-03-03", &query.from));
  ASSERT_OK(Date::Parse("2025-03-05", &query.to));
  auto entries = Scan(query);
  ASSERT_EQ(entries.size(), 3u);
  for (const auto& e : entries) {
    EXPECT_EQ(e.actor, a.id);
    EXPECT_EQ(e.value.stance, Stance::kSupport);
  }
  EXPECT_LT(entries[0].day, entries[2].day);
  IndexQuery by_actor;
  by_actor.actor = a.id;
  by_actor.from = query.from;
  by_actor.to = query.to;
  EXPECT_EQ(Scan(by_actor).size(), 6u);  // Two topics, three days each.
  IndexQuery by_topic;
  by_topic.topic = ceasefire.id;
  by_topic.from = query.from;
  by_topic.to = query.to;
  EXPECT_EQ(Scan(by_topic).size(), 6u);  // Two actors, three days each.
}

TEST_F(StoreTest, RetractionUpdatesTheIndexValue) {
  WriteResult r = ApplyOk(ArticleSet());
  ASSERT_OK(store_->SetAssertionStatus(r.assertion_ids[0], AssertionStatus::kRetracted));
  size_t retracted = 0;
  for (const auto& e : Scan(IndexQuery{})) retracted += e.value.status == AssertionStatus::kRetracted;
  EXPECT_EQ(retracted, 1u);
  EXPECT_TRUE(store_->SetAssertionStatus(999, AssertionStatus::kRetracted).IsNotFound());
}

TEST_F(StoreTest, TheSaidIndexCarriesEachRowAndFollowsRetraction) {
  WriteSet set;
  set.assertions.push_back(MakeAssertion("A", "ceasefire", Stance::kSupport, "2025-03", "we want a truce"));
  set.assertions.push_back(MakeAssertion("B", "ceasefire", Stance::kOppose, "2025-03-09", "never"));
  set.assertions.push_back(MakeAssertion("A", "sanctions", Stance::kOppose, "2025-03-02", "not now"));
  const WriteResult r = ApplyOk(set);
  ASSERT_TRUE(store_->HasSaidIndex());
  Topic ceasefire;
  ASSERT_OK(store_->FindTopic("ceasefire", &ceasefire));
  IndexQuery query;
  query.topic = ceasefire.id;
  query.said = true;
  std::vector<std::string> rows;
  auto collect = [&] {
    rows.clear();
    EXPECT_OK(store_->ScanIndex(query, [&](const IndexEntry& e) {
      const Date date = Date::FromDayNumber(e.day, e.precision);
      rows.push_back(std::to_string(e.assertion) + " " + date.ToString() + " " +
                     std::string(StanceName(e.value.stance)) + " " + std::to_string(static_cast<int>(e.value.status)) +
                     " " + std::string(e.quote));
      return true;
    }));
  };
  collect();
  EXPECT_EQ(rows, (std::vector<std::string>{"1 2025-03 support 0 we want a truce", "2 2025-03-09 oppose 0 never"}));
  ASSERT_OK(store_->SetAssertionStatus(r.assertion_ids[1], AssertionStatus::kRetracted));
  collect();
  EXPECT_EQ(rows[1], "2 2025-03-09 oppose 2 never");
  IndexQuery without_topic;
  without_topic.said = true;
  EXPECT_FALSE(store_->ScanIndex(without_topic, [](const IndexEntry&) { return true; }).ok());
}

TEST_F(StoreTest, CountsAndNamesSurviveReopening) {
  ApplyOk(ArticleSet());
  store_.reset();
  ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_));
  EXPECT_EQ(store_->Counts().assertions, 2u);
  WriteResult r =
      ApplyOk(WriteSet{{}, {}, {}, {MakeAssertion("Vladimir Putin", "ceasefire", Stance::kSupport, "2025-09-01")}});
  EXPECT_EQ(r.actors_created, 0u);
  EXPECT_EQ(r.assertion_ids, std::vector<AssertionId>{3});
}

}  // namespace
}  // namespace stancekb
