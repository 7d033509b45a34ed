// Dyads: who agrees and who disagrees with whom as of a date (doc/query-semantics.md
// "agree and disagree"): dyads, two actors whose stances on the same topic are
// support against oppose (disagree), or both support or both oppose (agree).
// Elsewhere in the query layer a pair is one actor on one topic.
#pragma once

#include <functional>
#include <vector>

#include "kb/progress.h"
#include "kb/store.h"
#include "query/agreement.h"
#include "query/result_table.h"

namespace stancekb {

// Two related actors on one topic, a before b in actor id order.
struct Dyad {
  TopicId topic = 0;
  const ActorPosition* a = nullptr;
  const ActorPosition* b = nullptr;
};

// The positions a dyads query relates, and which relation it asks for. The
// dyads themselves are not held: a whole database's disagree has millions.
struct Dyads {
  std::vector<TopicPositions> topics;
  Relation relation = Relation::kDisagree;
};

// Collects the positions of the query's topic (or every topic); replaces
// *out.
Status FindDyads(const Store& store, const PositionQuery& query, Relation relation, Dyads* out);

// Visits the related dyads topic by topic, a before b in actor id order.
void ForEachDyad(const Dyads& dyads, const std::function<void(const Dyad&)>& visit);

// Columns: actor_a actor_b topic stance_a stance_b, then count (topics the
// dyad shares in this result), date_a date_b ids_a ids_b sources_a
// sources_b quotes_a quotes_b. actor_a sorts before actor_b by name; rows by
// count (descending), then actor_a, actor_b and topic. `out` must have no
// rows; it may stream them (ResultTable::StreamTo): once names and evidence
// are loaded, adding rows cannot fail. Memory holds the positions, their
// evidence and a few bytes per row, never the rows; `progress` hears
// "actors related", then "rows written".
Status DyadsTable(const Store& store, const Dyads& dyads, ResultTable* out, const ProgressFunction& progress = nullptr);

}  // namespace stancekb
