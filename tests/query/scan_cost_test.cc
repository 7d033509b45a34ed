// Filtered queries are range scans: on a database with
// many unrelated assertions, a query filtered by actor or topic reads about
// as many keys as it has matching index entries, counted with RocksDB's
// statistics (Store::KeysRead).
#include <gtest/gtest.h>

#include <functional>

#include "query/blocs.h"
#include "query/changes.h"
#include "query/diff.h"
#include "query/dyads.h"
#include "query/network.h"
#include "query/report.h"
#include "query/stance.h"
#include "query/timeline.h"
#include "tests/query/query_test_util.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using testing::MakeAssertion;
using testing::QueryTest;

constexpr int kActors = 60, kTopics = 30, kDays = 4;  // 7,200 unrelated assertions.
// The target topic has 3 actors with 2 assertions each; the target actor
// also speaks on 2 other topics (2 assertions each): at most 12 matching
// index entries per query.
constexpr uint64_t kMaxKeysRead = 60;

class ScanCostTest : public QueryTest {
 protected:
  void SetUp() override {
    QueryTest::SetUp();
    WriteSet noise;
    for (int a = 0; a < kActors; ++a) {
      for (int t = 0; t < kTopics; ++t) {
        for (int d = 1; d <= kDays; ++d) {
          const Stance stance = (a + t + d) % 3 == 0 ? Stance::kOppose : Stance::kSupport;
          noise.assertions.push_back(MakeAssertion("actor-" + std::to_string(a), "topic-" + std::to_string(t), stance,
                                                   "2025-01-0" + std::to_string(d)));
        }
      }
    }
    WriteResult result;
    ASSERT_OK(store_->Apply(noise, &result));
    for (const char* actor : {"Target", "Ally", "Rival"}) {
      Add(actor, "target-topic", std::string(actor) == "Rival" ? Stance::kOppose : Stance::kSupport, "2025-02-01");
      Add(actor, "target-topic", Stance::kSupport, "2025-03-01");
    }
    for (const char* topic : {"side-topic-1", "side-topic-2"}) {
      Add("Target", topic, Stance::kSupport, "2025-02-01");
      Add("Target", topic, Stance::kOppose, "2025-03-01");
    }
  }

  // Keys read by `query`.
  uint64_t KeysReadBy(const std::function<void()>& query) {
    const uint64_t before = store_->KeysRead();
    query();
    return store_->KeysRead() - before;
  }
};

TEST_F(ScanCostTest, FilteredQueriesReadOnlyTheirRange) {
  const std::optional<ActorId> target = ActorOf("Target");
  const std::optional<TopicId> topic = TopicOf("target-topic");
  const Date at = D("2025-04-01");
  std::map<std::string, uint64_t> reads;
  reads["stance --actor"] = KeysReadBy([&] {
    std::vector<PairDecision> rows;
    ResultTable table({});
    EXPECT_OK(StancesAsOf(*store_, {target, std::nullopt, at, 0}, &rows));
    EXPECT_EQ(rows.size(), 3u);
    EXPECT_OK(DecisionTable(*store_, rows, RowOrder::kByActorAndTopic, &table));
  });
  reads["timeline --actor --topic"] = KeysReadBy([&] {
    std::vector<PairDecision> rows;
    EXPECT_OK(Timeline(*store_, {target, topic, Date(), Date()}, &rows));
    EXPECT_EQ(rows.size(), 2u);
  });
  reads["diff --topic"] = KeysReadBy([&] {
    std::vector<DiffRow> rows;
    ResultTable table({});
    EXPECT_OK(Diff(*store_, {std::nullopt, topic, D("2025-02-15"), at, 0, false}, &rows));
    EXPECT_EQ(rows.size(), 1u);  // Rival: oppose -> support.
    EXPECT_OK(DiffTable(*store_, rows, &table));
  });
  reads["changes --actor"] = KeysReadBy([&] {
    ChangesResult result;
    EXPECT_OK(Changes(*store_, {target, std::nullopt, Date(), Date()}, &result));
    EXPECT_EQ(result.changes.size(), 2u);
  });
  reads["disagree --topic"] = KeysReadBy([&] {
    Dyads dyads;
    EXPECT_OK(FindDyads(*store_, {topic, Date(), D("2025-02-15")}, Relation::kDisagree, &dyads));
    size_t found = 0;
    ForEachDyad(dyads, [&found](const Dyad&) { ++found; });
    EXPECT_EQ(found, 2u);
  });
  reads["network --topic"] = KeysReadBy([&] {
    ActorNetwork network;
    EXPECT_OK(BuildNetwork(*store_, {topic, Date(), at}, &network));
    EXPECT_EQ(boost::num_vertices(network), 3u);
  });
  reads["blocs --topic"] = KeysReadBy([&] {
    std::vector<Bloc> blocs;
    EXPECT_OK(FindBlocs(*store_, {topic, Date(), at}, &blocs));
  });
  for (const auto& [query, keys] : reads) {
    std::cout << query << ": " << keys << " keys read\n";
    EXPECT_LE(keys, kMaxKeysRead) << query;
  }
}

TEST_F(ScanCostTest, WholeDatabaseDiffReadsTheIndexOnce) {
  const uint64_t keys = KeysReadBy([&] {
    std::vector<DiffRow> rows;
    EXPECT_OK(Diff(*store_, {std::nullopt, std::nullopt, D("2025-01-02"), D("2025-04-01"), 0, false}, &rows));
  });
  std::cout << "whole-database diff: " << keys << " keys read\n";
  const uint64_t entries = kActors * kTopics * kDays + 10;
  EXPECT_GE(keys, entries);
  EXPECT_LE(keys, entries + 10);
}

}  // namespace
}  // namespace stancekb
