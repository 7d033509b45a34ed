// Pairs: who agrees and who disagrees with whom as of a date (DESIGN.md
// "disagree / agree"): pairs of actors whose stances on the same topic are
// support against oppose (disagree), or both support or both oppose (agree).
#pragma once

#include <vector>

#include "kb/store.h"
#include "query/agreement.h"
#include "query/result_table.h"

namespace stancekb {

struct StancePair {
  TopicId topic = 0;
  ActorPosition a;
  ActorPosition b;
};

// The pairs related by `relation` on the query's topic (or every topic).
Status FindPairs(const Store& store, const PositionQuery& query, Relation relation, std::vector<StancePair>* out);

// Columns: actor_a actor_b topic stance_a stance_b, then count (topics the
// pair shares in this result), date_a date_b ids_a ids_b sources_a
// sources_b quotes_a quotes_b. actor_a sorts before actor_b by name; rows by
// count (descending), then actor_a, actor_b and topic.
Status PairsTable(const Store& store, const std::vector<StancePair>& pairs, ResultTable* out);

}  // namespace stancekb
