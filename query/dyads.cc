#include "query/dyads.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "query/name_ranks.h"
#include "query/report.h"

namespace stancekb {

namespace {

// The number of dyads of `topic` that stand in `relation`.
size_t CountRelated(const TopicPositions& topic, Relation relation) {
  size_t support = 0, oppose = 0;
  for (const ActorPosition& p : topic.actors) {
    support += p.decision.position == Position::kSupport;
    oppose += p.decision.position == Position::kOppose;
  }
  if (relation == Relation::kDisagree) return support * oppose;
  return support * (support - 1) / 2 + oppose * (oppose - 1) / 2;
}

// A dyad's place in DyadsTable's row order: the topics its two actors share
// in the result (negated: most first), then both actors' and the topic's
// name ranks; `dyad` indexes Dyads::dyads. Kept to 20 bytes, for a
// whole database's disagree has millions of rows.
struct OrderedDyad {
  int32_t minus_count;
  uint32_t a, b, topic;
  uint32_t dyad;
};

// The dyads, actor_a before actor_b by name, in DyadsTable's row order. The
// keys are computed once instead of comparing names and looking counts up
// inside the sort, which dominated a large `disagree`.
std::vector<OrderedDyad> OrderDyads(const Report& report, const Dyads& found) {
  // From the positions, not the dyads: a few ids each instead of millions.
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
  std::vector<OrderedDyad> rows;
  rows.reserve(found.dyads.size());
  for (uint32_t i = 0; i < found.dyads.size(); ++i) {
    const Dyad& p = found.dyads[i];
    uint32_t a = actor_rank.at(p.a->actor), b = actor_rank.at(p.b->actor);
    if (b < a) std::swap(a, b);
    rows.push_back({0, a, b, topic_rank.at(p.topic), i});
  }
  // By actors first: a dyad's rows are then one run, whose length is the
  // count; a stable sort by count keeps each run's order.
  std::sort(rows.begin(), rows.end(), [](const OrderedDyad& x, const OrderedDyad& y) {
    return std::tie(x.a, x.b, x.topic) < std::tie(y.a, y.b, y.topic);
  });
  for (size_t begin = 0, end = 0; begin < rows.size(); begin = end) {
    while (end < rows.size() && rows[end].a == rows[begin].a && rows[end].b == rows[begin].b) ++end;
    for (size_t i = begin; i < end; ++i) rows[i].minus_count = -static_cast<int32_t>(end - begin);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const OrderedDyad& x, const OrderedDyad& y) { return x.minus_count < y.minus_count; });
  return rows;
}

}  // namespace

Status FindDyads(const Store& store, const PositionQuery& query, Relation relation, Dyads* out) {
  *out = Dyads();
  Status s = CollectPositions(store, query, &out->topics);
  size_t count = 0;
  for (const TopicPositions& topic : out->topics) count += CountRelated(topic, relation);
  out->dyads.reserve(count);
  for (const TopicPositions& topic : out->topics) {
    ForEachRelation(topic, [&](const ActorPosition& a, const ActorPosition& b, Relation found) {
      if (found == relation) out->dyads.push_back({topic.topic, &a, &b});
    });
  }
  return s;
}

Status DyadsTable(const Store& store, const Dyads& found, ResultTable* out) {
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
  for (const OrderedDyad& row : OrderDyads(report, found)) {
    Dyad dyad = found.dyads[row.dyad];
    if (report.Actor(dyad.b->actor) < report.Actor(dyad.a->actor)) std::swap(dyad.a, dyad.b);  // As OrderDyads.
    const Decision& a = dyad.a->decision;
    const Decision& b = dyad.b->decision;
    out->AddRow({report.Actor(dyad.a->actor), report.Actor(dyad.b->actor), report.Topic(dyad.topic), PositionCell(a),
                 PositionCell(b), -row.minus_count, DayCell(a), DayCell(b), IdsCell(a), IdsCell(b), report.Sources(a),
                 report.Sources(b), report.Quotes(a), report.Quotes(b)});
  }
  return Status::Ok();
}

}  // namespace stancekb
