// Pairs: who agrees and who disagrees with whom as of a date (DESIGN.md
// "disagree / agree"): pairs of actors whose stances on the same topic are
// support against oppose (disagree), or both support or both oppose (agree).
#pragma once

#include <vector>

#include "kb/store.h"
#include "query/agreement.h"
#include "query/result_table.h"

namespace stancekb {

// Two related actors on one topic; the positions are those of the
// StancePairs that holds the pair.
struct StancePair {
  TopicId topic = 0;
  const ActorPosition* a = nullptr;
  const ActorPosition* b = nullptr;
};

// Pairs and the positions they point into. Movable, not copyable (a copy's
// pairs would point into the original).
struct StancePairs {
  StancePairs() = default;
  StancePairs(StancePairs&&) = default;
  StancePairs& operator=(StancePairs&&) = default;
  StancePairs(const StancePairs&) = delete;
  StancePairs& operator=(const StancePairs&) = delete;

  std::vector<TopicPositions> topics;
  std::vector<StancePair> pairs;  // Topic by topic, a before b in actor id order.
};

// The pairs related by `relation` on the query's topic (or every topic);
// replaces *out.
Status FindPairs(const Store& store, const PositionQuery& query, Relation relation, StancePairs* out);

// Columns: actor_a actor_b topic stance_a stance_b, then count (topics the
// pair shares in this result), date_a date_b ids_a ids_b sources_a
// sources_b quotes_a quotes_b. actor_a sorts before actor_b by name; rows by
// count (descending), then actor_a, actor_b and topic. `out` must have no
// rows; it may stream them (ResultTable::StreamTo): once names and evidence
// are loaded, adding rows cannot fail.
Status PairsTable(const Store& store, const StancePairs& pairs, ResultTable* out);

}  // namespace stancekb
