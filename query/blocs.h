// Blocs: coalitions of actors who agree with each other and disagree with
// the other blocs. Built on the signed agreement graph: weight
// w(a, b) = topics a and b agree on − topics they disagree on (as of a date,
// doc/query-semantics.md "blocs").
//
// 1. Partition the graph minimising frustration (query/signed_partition.h).
//    Connected components of agreement are not enough: one actor agreeing
//    with two opposed camps would join them into one component.
// 2. A partition puts every actor in one group, but actors can belong to two
//    coalitions. An actor outside a group is also a (shared) member of it
//    when it agrees with a majority of the group's members and disagrees
//    with none of them.
// 3. Blocs of fewer than two members are dropped. A bloc's shared positions
//    are the topics on which at least two members take the same side and no
//    member takes the other.
#pragma once

#include <vector>

#include "kb/store.h"
#include "query/result_table.h"
#include "query/topic_positions.h"

namespace stancekb {

struct BlocPosition {
  TopicId topic = 0;
  Position position = Position::kNone;  // Support or oppose.
  std::vector<ActorId> holders;         // Members who hold it.
  std::vector<AssertionId> ids;         // Their deciding assertions.
};

struct Bloc {
  std::vector<ActorId> members;  // Including shared members, in id order.
  std::vector<ActorId> shared;   // Members that belong to another bloc too.
  std::vector<BlocPosition> positions;
};

// Blocs, largest first.
Status FindBlocs(const Store& store, const PositionQuery& query, std::vector<Bloc>* out);

// Columns: bloc members shared_members positions ids; positions read
// "topic support (holders)".
Status BlocsTable(const Store& store, const std::vector<Bloc>& blocs, ResultTable* out);

}  // namespace stancekb
