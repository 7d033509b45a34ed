// Timeline: what an actor said day by day: one decision per day
// and topic with assertions in [from, to], its stance computed from that day
// alone (doc/query-semantics.md "timeline"). Reads only the index range of the filters.
#pragma once

#include <optional>
#include <vector>

#include "kb/store.h"
#include "query/position.h"

namespace stancekb {

struct TimelineQuery {
  std::optional<ActorId> actor;  // Unset actor and topic: every pair.
  std::optional<TopicId> topic;
  Date from;  // Inclusive; invalid = open.
  Date to;    // Inclusive; invalid = open.
};

// Appends one PairDecision per (actor, topic, day), in index order; print
// with DecisionTable(…, RowOrder::kByDate, …).
Status Timeline(const Store& store, const TimelineQuery& query, std::vector<PairDecision>* out);

}  // namespace stancekb
