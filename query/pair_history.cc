#include "query/pair_history.h"

namespace stancekb {

Status ScanPairHistories(const Store& store, const IndexQuery& query, const PairHistoryVisitor& visit) {
  PairHistory pair;
  Status visited;
  Status s = store.ScanIndex(query, [&](const IndexEntry& e) {
    if (e.topic == 0 || e.value.status == AssertionStatus::kRetracted) return true;
    if (!pair.entries.empty() && (e.actor != pair.actor || e.topic != pair.topic)) {
      visited = visit(pair);
      pair.entries.clear();
      if (!visited.ok()) return false;
    }
    pair.actor = e.actor;
    pair.topic = e.topic;
    pair.entries.push_back({e.day, e.assertion, e.value.stance});
    return true;
  });
  if (!s.ok()) return s;
  if (!visited.ok()) return visited;
  return pair.entries.empty() ? Status::Ok() : visit(pair);
}

}  // namespace stancekb
