// Dyads: who agrees and who disagrees with whom as of a date (doc/query-semantics.md
// "agree and disagree"): dyads, two actors whose stances on the same topic are
// support against oppose (disagree), or both support or both oppose (agree).
// Elsewhere in the query layer a pair is one actor on one topic.
#pragma once

#include <vector>

#include "kb/store.h"
#include "query/agreement.h"
#include "query/result_table.h"

namespace stancekb {

// Two related actors on one topic; the positions are those of the
// Dyads that holds the dyad.
struct Dyad {
  TopicId topic = 0;
  const ActorPosition* a = nullptr;
  const ActorPosition* b = nullptr;
};

// Dyads and the positions they point into. Movable, not copyable (a copy's
// dyads would point into the original).
struct Dyads {
  Dyads() = default;
  Dyads(Dyads&&) = default;
  Dyads& operator=(Dyads&&) = default;
  Dyads(const Dyads&) = delete;
  Dyads& operator=(const Dyads&) = delete;

  std::vector<TopicPositions> topics;
  std::vector<Dyad> dyads;  // Topic by topic, a before b in actor id order.
};

// The dyads related by `relation` on the query's topic (or every topic);
// replaces *out.
Status FindDyads(const Store& store, const PositionQuery& query, Relation relation, Dyads* out);

// Columns: actor_a actor_b topic stance_a stance_b, then count (topics the
// dyad shares in this result), date_a date_b ids_a ids_b sources_a
// sources_b quotes_a quotes_b. actor_a sorts before actor_b by name; rows by
// count (descending), then actor_a, actor_b and topic. `out` must have no
// rows; it may stream them (ResultTable::StreamTo): once names and evidence
// are loaded, adding rows cannot fail.
Status DyadsTable(const Store& store, const Dyads& dyads, ResultTable* out);

}  // namespace stancekb
