#include "query/pairs.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/report.h"

namespace stancekb {

Status FindPairs(const Store& store, const PositionQuery& query, Relation relation, std::vector<StancePair>* out) {
  std::vector<TopicPositions> topics;
  Status s = CollectPositions(store, query, &topics);
  for (const TopicPositions& topic : topics) {
    ForEachRelation(topic, [&](const ActorPosition& a, const ActorPosition& b, Relation found) {
      if (found == relation) out->push_back({topic.topic, a, b});
    });
  }
  return s;
}

Status PairsTable(const Store& store, const std::vector<StancePair>& pairs, ResultTable* out) {
  Report report(store);
  for (const StancePair& pair : pairs) {
    report.NeedPair(pair.a.actor, pair.topic);
    report.NeedActor(pair.b.actor);
    report.NeedEvidence(pair.a.decision);
    report.NeedEvidence(pair.b.decision);
  }
  Status s = report.Load();
  if (!s.ok()) return s;
  // Name order within each pair, then count the topics of each pair.
  std::vector<StancePair> rows = pairs;
  std::map<std::pair<ActorId, ActorId>, int> counts;
  for (StancePair& row : rows) {
    if (report.Actor(row.b.actor) < report.Actor(row.a.actor)) std::swap(row.a, row.b);
    ++counts[{row.a.actor, row.b.actor}];
  }
  auto key = [&](const StancePair& row) {
    return std::make_tuple(-counts[{row.a.actor, row.b.actor}], report.Actor(row.a.actor), report.Actor(row.b.actor),
                           report.Topic(row.topic));
  };
  std::sort(rows.begin(), rows.end(), [&](const StancePair& x, const StancePair& y) { return key(x) < key(y); });
  *out = ResultTable({"actor_a", "actor_b", "topic", "stance_a", "stance_b", "count", "date_a", "date_b", "ids_a",
                      "ids_b", "sources_a", "sources_b", "quotes_a", "quotes_b"});
  for (const StancePair& row : rows) {
    const Decision& a = row.a.decision;
    const Decision& b = row.b.decision;
    out->AddRow({report.Actor(row.a.actor), report.Actor(row.b.actor), report.Topic(row.topic), PositionCell(a),
                 PositionCell(b), counts[{row.a.actor, row.b.actor}], DayCell(a), DayCell(b), IdsCell(a), IdsCell(b),
                 report.Sources(a), report.Sources(b), report.Quotes(a), report.Quotes(b)});
  }
  return Status::Ok();
}

}  // namespace stancekb
