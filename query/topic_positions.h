// TopicPositions: every actor's stance as of a date on each topic, grouped by
// topic: the input of agree/disagree, network and blocs. Holds one entry per
// (actor, topic) pair with a stance, never the assertions themselves.
#pragma once

#include <optional>
#include <vector>

#include "kb/progress.h"
#include "kb/store.h"
#include "query/position.h"

namespace stancekb {

struct PositionQuery {
  std::optional<TopicId> topic;  // Unset: every topic.
  Date from;                     // Count only assertions dated >= from; invalid = no bound.
  Date at;                       // Stance as of this day; must be valid.
  // Count each pair's assertions (ActorPosition::statements): reads every
  // index entry in [from, at] instead of seeking to the deciding days.
  bool count_statements = false;
  // Non-empty: only these actors (ascending ids), as if nobody else had a
  // stance. With a topic set, each actor's range is read on its own, so a few
  // actors of a large topic cost a few short scans.
  std::vector<ActorId> actors = {};
  // Hears "positions read" while the index is scanned, and what the query
  // built on the positions counts after that.
  ProgressFunction progress = {};
};

struct ActorPosition {
  ActorId actor = 0;
  Decision decision;   // Never kNone.
  int statements = 0;  // Assertions in [from, at] on this topic; 0 unless count_statements.
};

struct TopicPositions {
  TopicId topic = 0;
  std::vector<ActorPosition> actors;  // In actor id order.
};

// Topics in id order; topics where nobody has a stance are left out.
Status CollectPositions(const Store& store, const PositionQuery& query, std::vector<TopicPositions>* out);

}  // namespace stancekb
