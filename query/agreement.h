// Agreement: the relations between actors' positions on a topic (doc/query-semantics.md
// "agree and disagree", "network"): two actors agree when both support or both
// oppose, disagree when one supports and the other opposes; neutral and
// mixed positions relate to nothing.
#pragma once

#include <functional>
#include <unordered_map>
#include <vector>

#include "kb/progress.h"
#include "query/topic_positions.h"

namespace stancekb {

enum class Relation { kAgree, kDisagree };

using RelationVisitor = std::function<void(const ActorPosition& a, const ActorPosition& b, Relation relation)>;

// Visits every related dyad of one topic once, a before b in the
// topic's order.
void ForEachRelation(const TopicPositions& topic, const RelationVisitor& visit);

// A topic two actors relate on, with their positions there.
struct SharedTopic {
  uint32_t topic = 0;  // Index into the TopicPositions the dyads come from.
  const ActorPosition* a = nullptr;
  const ActorPosition* b = nullptr;
};

// Everything two actors agree and disagree on, each in topic order.
struct DyadTally {
  uint32_t a = 0;  // The actors' ranks (ForEachDyadTally), a < b.
  uint32_t b = 0;
  std::vector<SharedTopic> agree;     // Congruence: weight agree.size().
  std::vector<SharedTopic> disagree;  // Conflict: weight disagree.size().
};

// `progress` hears "actors related" after each actor's tallies.
// Visits the tally of every related dyad once, ordered by (a, b), where
// rank.at(actor) orders the actors (0 .. ranks - 1; every actor that takes
// a side needs one). Only one actor's tallies are held at a time, not every
// dyad's: a whole database relates millions of dyads.
void ForEachDyadTally(const std::vector<TopicPositions>& topics, const std::unordered_map<ActorId, uint32_t>& rank,
                      size_t ranks, const std::function<void(const DyadTally&)>& visit,
                      const ProgressFunction& progress = nullptr);

}  // namespace stancekb
