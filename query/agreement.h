// Agreement: the relations between actors' positions on a topic (DESIGN.md
// "disagree / agree", "network"): two actors agree when both support or both
// oppose, disagree when one supports and the other opposes; neutral and
// mixed positions relate to nothing.
#pragma once

#include <functional>
#include <vector>

#include "query/positions.h"

namespace stancekb {

enum class Relation { kAgree, kDisagree };

using RelationVisitor = std::function<void(const ActorPosition& a, const ActorPosition& b, Relation relation)>;

// Visits every related pair of actors of one topic once, a before b in the
// topic's order.
void ForEachRelation(const TopicPositions& topic, const RelationVisitor& visit);

// Everything two actors agree and disagree on (a < b by id).
struct PairTally {
  ActorId a = 0;
  ActorId b = 0;
  std::vector<TopicId> agree;     // Congruence: weight agree.size().
  std::vector<TopicId> disagree;  // Conflict: weight disagree.size().
};

// One tally per related pair, ordered by (a, b).
std::vector<PairTally> TallyRelations(const std::vector<TopicPositions>& topics);

}  // namespace stancekb
