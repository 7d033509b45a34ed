#include "query/topic_positions.h"

#include <algorithm>

#include "query/pair_history.h"
#include "query/stance.h"

namespace stancekb {

namespace {

// One scan of the index range `scan` names.
Status ScanPositions(const Store& store, const PositionQuery& query, const IndexQuery& scan,
                     const PairHistoryVisitor& visit) {
  return query.count_statements ? ScanPairHistories(store, scan, visit)
                                : ScanDecidingDays(store, scan, {query.at}, visit);
}

}  // namespace

Status CollectPositions(const Store& store, const PositionQuery& query, std::vector<TopicPositions>* out) {
  const std::vector<ActorId>& only = query.actors;
  uint64_t read = 0;
  auto add = [&](const PairHistory& history) {
    if (++read % 4096 == 0) ReportProgress(query.progress, "positions read", read);
    if (!only.empty() && !std::binary_search(only.begin(), only.end(), history.actor)) return Status::Ok();
    Decision decision = StanceAsOf(history, query.from, query.at);
    if (decision.position == Position::kNone) return Status::Ok();
    if (out->empty() || out->back().topic != history.topic) out->push_back({history.topic, {}});
    const int statements = query.count_statements ? static_cast<int>(history.entries.size()) : 0;
    out->back().actors.push_back({history.actor, std::move(decision), statements});
    return Status::Ok();
  };
  // Each scan runs in (topic, actor) order, as `add` needs: the whole topic
  // (or index), or one actor's range of the topic at a time.
  if (only.empty() || !query.topic)
    return ScanPositions(store, query, {query.topic, std::nullopt, query.from, query.at}, add);
  for (ActorId actor : only) {
    Status s = ScanPositions(store, query, {query.topic, actor, query.from, query.at}, add);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace stancekb
