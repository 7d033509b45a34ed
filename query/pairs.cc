#include "query/pairs.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "query/name_ranks.h"
#include "query/report.h"

namespace stancekb {

namespace {

// The number of pairs of `topic` that stand in `relation`.
size_t CountRelated(const TopicPositions& topic, Relation relation) {
  size_t support = 0, oppose = 0;
  for (const ActorPosition& p : topic.actors) {
    support += p.decision.position == Position::kSupport;
    oppose += p.decision.position == Position::kOppose;
  }
  if (relation == Relation::kDisagree) return support * oppose;
  return support * (support - 1) / 2 + oppose * (oppose - 1) / 2;
}

// A pair with its sort key: the topics its two actors share in the result
// (negated: most first), then both actors' and the topic's name ranks.
struct OrderedPair {
  int minus_count;
  uint32_t a, b, topic;
  StancePair pair;
};

// The pairs, actor_a before actor_b by name, in PairsTable's row order. The
// keys are computed once: comparing names and looking counts up inside the
// sort took 40% of a 1.5-million-row `disagree`.
std::vector<OrderedPair> OrderPairs(const Report& report, const StancePairs& found) {
  // From the positions, not the pairs: a few ids each instead of millions.
  std::vector<ActorId> actors;
  std::vector<TopicId> topics;
  for (const TopicPositions& topic : found.topics) {
    topics.push_back(topic.topic);
    for (const ActorPosition& p : topic.actors) actors.push_back(p.actor);
  }
  const auto actor_rank =
      NameRanks(std::move(actors), [&](ActorId id) -> const std::string& { return report.Actor(id); });
  const auto topic_rank =
      NameRanks(std::move(topics), [&](TopicId id) -> const std::string& { return report.Topic(id); });
  std::vector<OrderedPair> rows;
  rows.reserve(found.pairs.size());
  std::unordered_map<uint64_t, int> counts;
  for (StancePair p : found.pairs) {
    if (actor_rank.at(p.b->actor) < actor_rank.at(p.a->actor)) std::swap(p.a, p.b);
    ++counts[uint64_t{p.a->actor} << 32 | p.b->actor];
    rows.push_back({0, actor_rank.at(p.a->actor), actor_rank.at(p.b->actor), topic_rank.at(p.topic), p});
  }
  for (OrderedPair& row : rows) row.minus_count = -counts[uint64_t{row.pair.a->actor} << 32 | row.pair.b->actor];
  std::sort(rows.begin(), rows.end(), [](const OrderedPair& x, const OrderedPair& y) {
    return std::tie(x.minus_count, x.a, x.b, x.topic) < std::tie(y.minus_count, y.a, y.b, y.topic);
  });
  return rows;
}

}  // namespace

Status FindPairs(const Store& store, const PositionQuery& query, Relation relation, StancePairs* out) {
  *out = StancePairs();
  Status s = CollectPositions(store, query, &out->topics);
  size_t count = 0;
  for (const TopicPositions& topic : out->topics) count += CountRelated(topic, relation);
  out->pairs.reserve(count);
  for (const TopicPositions& topic : out->topics) {
    ForEachRelation(topic, [&](const ActorPosition& a, const ActorPosition& b, Relation found) {
      if (found == relation) out->pairs.push_back({topic.topic, &a, &b});
    });
  }
  return s;
}

Status PairsTable(const Store& store, const StancePairs& found, ResultTable* out) {
  Report report(store);
  for (const TopicPositions& topic : found.topics) {
    report.NeedTopic(topic.topic);
    for (const ActorPosition& p : topic.actors) {
      if (!TakesSide(p.decision.position)) continue;
      report.NeedActor(p.actor);
      report.NeedEvidence(p.decision);
    }
  }
  Status s = report.Load();
  if (!s.ok()) return s;
  out->SetColumns({"actor_a", "actor_b", "topic", "stance_a", "stance_b", "count", "date_a", "date_b", "ids_a", "ids_b",
                   "sources_a", "sources_b", "quotes_a", "quotes_b"});
  for (const OrderedPair& row : OrderPairs(report, found)) {
    const Decision& a = row.pair.a->decision;
    const Decision& b = row.pair.b->decision;
    out->AddRow({report.Actor(row.pair.a->actor), report.Actor(row.pair.b->actor), report.Topic(row.pair.topic),
                 PositionCell(a), PositionCell(b), -row.minus_count, DayCell(a), DayCell(b), IdsCell(a), IdsCell(b),
                 report.Sources(a), report.Sources(b), report.Quotes(a), report.Quotes(b)});
  }
  return Status::Ok();
}

}  // namespace stancekb
