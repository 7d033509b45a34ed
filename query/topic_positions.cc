#include "query/topic_positions.h"

#include "query/pair_history.h"
#include "query/stance.h"

namespace stancekb {

Status CollectPositions(const Store& store, const PositionQuery& query, std::vector<TopicPositions>* out) {
  // With a topic or none given, the index is scanned in (topic, actor) order.
  const IndexQuery scan{query.topic, std::nullopt, query.from, query.at};
  auto add = [&](const PairHistory& history) {
    Decision decision = StanceAsOf(history, query.from, query.at);
    if (decision.position == Position::kNone) return Status::Ok();
    if (out->empty() || out->back().topic != history.topic) out->push_back({history.topic, {}});
    const int statements = query.count_statements ? static_cast<int>(history.entries.size()) : 0;
    out->back().actors.push_back({history.actor, std::move(decision), statements});
    return Status::Ok();
  };
  return query.count_statements ? ScanPairHistories(store, scan, add) : ScanDecidingDays(store, scan, {query.at}, add);
}

}  // namespace stancekb
