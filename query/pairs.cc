#include "query/pairs.h"

#include <algorithm>
#include <map>
#include <tuple>

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
  // Name order within each pair, then count the topics of each pair.
  std::vector<StancePair> rows = found.pairs;
  std::map<std::pair<ActorId, ActorId>, int> counts;
  for (StancePair& row : rows) {
    if (report.Actor(row.b->actor) < report.Actor(row.a->actor)) std::swap(row.a, row.b);
    ++counts[{row.a->actor, row.b->actor}];
  }
  auto key = [&](const StancePair& row) {
    return std::make_tuple(-counts[{row.a->actor, row.b->actor}], report.Actor(row.a->actor), report.Actor(row.b->actor),
                           report.Topic(row.topic));
  };
  std::sort(rows.begin(), rows.end(), [&](const StancePair& x, const StancePair& y) { return key(x) < key(y); });
  *out = ResultTable({"actor_a", "actor_b", "topic", "stance_a", "stance_b", "count", "date_a", "date_b", "ids_a",
                      "ids_b", "sources_a", "sources_b", "quotes_a", "quotes_b"});
  for (const StancePair& row : rows) {
    const Decision& a = row.a->decision;
    const Decision& b = row.b->decision;
    out->AddRow({report.Actor(row.a->actor), report.Actor(row.b->actor), report.Topic(row.topic), PositionCell(a),
                 PositionCell(b), counts[{row.a->actor, row.b->actor}], DayCell(a), DayCell(b), IdsCell(a), IdsCell(b),
                 report.Sources(a), report.Sources(b), report.Quotes(a), report.Quotes(b)});
  }
  return Status::Ok();
}

}  // namespace stancekb
