#include "query/dyads.h"

#include <algorithm>
#include <unordered_map>

#include "query/report.h"

namespace stancekb {

namespace {

// The actors that take a side, in name order (equal names by id), so that
// ForEachDyadTally visits the dyads in DyadsTable's actor_a, actor_b order.
struct ActorRanks {
  std::vector<ActorId> by_rank;
  std::unordered_map<ActorId, uint32_t> rank;
};

ActorRanks RankActors(const Report& report, const std::vector<TopicPositions>& topics) {
  ActorRanks ranks;
  for (const TopicPositions& topic : topics) {
    for (const ActorPosition& p : topic.actors) {
      if (TakesSide(p.decision.position)) ranks.by_rank.push_back(p.actor);
    }
  }
  std::vector<ActorId>& ids = ranks.by_rank;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::stable_sort(ids.begin(), ids.end(), [&](ActorId x, ActorId y) { return report.Actor(x) < report.Actor(y); });
  for (uint32_t i = 0; i < ids.size(); ++i) ranks.rank.emplace(ids[i], i);
  return ranks;
}

// Each topic's place in topic key order, by index into the positions.
std::vector<uint32_t> RankTopics(const Report& report, const std::vector<TopicPositions>& topics) {
  std::vector<uint32_t> order(topics.size()), rank(topics.size());
  for (uint32_t t = 0; t < order.size(); ++t) order[t] = t;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return report.Topic(topics[x].topic) < report.Topic(topics[y].topic);
  });
  for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  return rank;
}

// The related dyads grouped by the number of topics they share, each group
// in the order the dyads were added. A dyad is stored as its two actor
// ranks and its topics' indices: four bytes a row and eight a dyad instead
// of the rows, which a whole database has millions of.
class DyadsByCount {
 public:
  void Add(uint32_t a, uint32_t b, const std::vector<SharedTopic>& shared) {
    const size_t count = shared.size();
    if (count == 0) return;
    if (groups_.size() <= count) groups_.resize(count + 1);
    std::vector<uint32_t>& group = groups_[count];
    group.push_back(a);
    group.push_back(b);
    for (const SharedTopic& s : shared) group.push_back(s.topic);
  }

  // Visits (count, a, b, topics) by count, most first.
  template <typename Visit>
  void ForEach(Visit visit) const {
    for (size_t count = groups_.size(); count-- > 1;) {
      const std::vector<uint32_t>& group = groups_[count];
      for (size_t i = 0; i < group.size(); i += 2 + count) visit(count, group[i], group[i + 1], &group[i + 2]);
    }
  }

 private:
  std::vector<std::vector<uint32_t>> groups_;  // By count.
};

// The position of `actor` on a topic (held: the dyad came from it).
const ActorPosition& PositionOf(const TopicPositions& topic, ActorId actor) {
  return *std::lower_bound(topic.actors.begin(), topic.actors.end(), actor,
                           [](const ActorPosition& p, ActorId id) { return p.actor < id; });
}

}  // namespace

Status FindDyads(const Store& store, const PositionQuery& query, Relation relation, Dyads* out) {
  *out = Dyads();
  out->relation = relation;
  return CollectPositions(store, query, &out->topics);
}

void ForEachDyad(const Dyads& dyads, const std::function<void(const Dyad&)>& visit) {
  for (const TopicPositions& topic : dyads.topics) {
    ForEachRelation(topic, [&](const ActorPosition& a, const ActorPosition& b, Relation found) {
      if (found == dyads.relation) visit({topic.topic, &a, &b});
    });
  }
}

Status DyadsTable(const Store& store, const Dyads& found, ResultTable* out, const ProgressFunction& progress) {
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
  const ActorRanks actors = RankActors(report, found.topics);
  const std::vector<uint32_t> topic_rank = RankTopics(report, found.topics);
  DyadsByCount dyads;
  ForEachDyadTally(
      found.topics, actors.rank, actors.by_rank.size(),
      [&](const DyadTally& t) { dyads.Add(t.a, t.b, found.relation == Relation::kAgree ? t.agree : t.disagree); },
      progress);
  out->SetColumns({"actor_a", "actor_b", "topic", "stance_a", "stance_b", "count", "date_a", "date_b", "ids_a", "ids_b",
                   "sources_a", "sources_b", "quotes_a", "quotes_b"});
  std::vector<uint32_t> topics;
  uint64_t written = 0;
  dyads.ForEach([&](size_t count, uint32_t a_rank, uint32_t b_rank, const uint32_t* shared) {
    topics.assign(shared, shared + count);
    std::sort(topics.begin(), topics.end(), [&](uint32_t x, uint32_t y) { return topic_rank[x] < topic_rank[y]; });
    const ActorId a_id = actors.by_rank[a_rank], b_id = actors.by_rank[b_rank];
    for (uint32_t t : topics) {
      const Decision& a = PositionOf(found.topics[t], a_id).decision;
      const Decision& b = PositionOf(found.topics[t], b_id).decision;
      out->AddRow({report.Actor(a_id), report.Actor(b_id), report.Topic(found.topics[t].topic), PositionCell(a),
                   PositionCell(b), count, DayCell(a), DayCell(b), IdsCell(a), IdsCell(b), report.Sources(a),
                   report.Sources(b), report.Quotes(a), report.Quotes(b)});
      if (++written % 65536 == 0) ReportProgress(progress, "rows written", written);
    }
  });
  return Status::Ok();
}

}  // namespace stancekb
