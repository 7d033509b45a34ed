// Position: an actor's stance on a topic as queries report it (doc/query-semantics.md
// "The stance of a day"): the three stored stances plus `mixed` (support and
// oppose on the deciding day) and `none` (no assertion to decide from).
#pragma once

#include <string_view>
#include <vector>

#include "kb/records.h"

namespace stancekb {

enum class Position : uint8_t { kNone, kSupport, kOppose, kNeutral, kMixed };

// A position and the assertions of the day that decide it.
struct Decision {
  Position position = Position::kNone;
  Date day;                      // Invalid when position is kNone.
  std::vector<AssertionId> ids;  // The deciding day's assertions, in id order.
};

// One (actor, topic) pair's decision.
struct PairDecision {
  ActorId actor = 0;
  TopicId topic = 0;
  Decision decision;
};

// "none", "support", "oppose", "neutral", "mixed".
std::string_view PositionName(Position p);

// Folds the stances of one day: support and oppose together give mixed,
// else support or oppose, else neutral. Start from kNone.
Position AddStance(Position day, Stance stance);

// True for support and oppose: the positions that agree or disagree.
inline bool TakesSide(Position p) { return p == Position::kSupport || p == Position::kOppose; }

// True for support and oppose: the statements that take a side.
inline bool TakesSide(Stance s) { return s != Stance::kNeutral; }

// Support against oppose.
inline bool Opposite(Position a, Position b) { return TakesSide(a) && TakesSide(b) && a != b; }

}  // namespace stancekb
