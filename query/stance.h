// Stance as of a date (doc/query-semantics.md "Stance as of a date"): of one actor's
// assertions on one topic dated in [from, at], the latest day on which the
// actor took a side decides: both support and oppose that day give `mixed`,
// else the side taken. A neutral statement never overrides a side taken
// earlier: the stance is `neutral` only when no assertion in the range takes
// a side, and no assertion gives `none`. A window of N days sets from to
// at − N + 1 (the assertions dated after at − N).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "query/pair_history.h"
#include "query/position.h"

namespace stancekb {

// The first day a window of `days` days ending on `at` covers; an invalid
// date (no lower bound) when days <= 0.
Date WindowStart(Date at, int days);

// The decision of one day's entries (all dated the same day; not empty).
Decision DecideDay(std::span<const HistoryEntry> day);

// The stance as of `at` counting only entries dated >= from (when valid).
// Its ids are the deciding day's entries; for a neutral stance, those of the
// range's latest day.
Decision StanceAsOf(const PairHistory& history, Date from, Date at);

// One decision per day with entries in [from, to] (either end may be
// invalid, meaning open), in date order.
std::vector<Decision> DailyDecisions(const PairHistory& history, Date from, Date to);

struct StanceQuery {
  std::optional<ActorId> actor;  // Unset actor and topic: every pair.
  std::optional<TopicId> topic;
  Date at;              // Must be valid.
  int window_days = 0;  // 0: no window.
};

// The stance of every (actor, topic) pair the query names that has one.
Status StancesAsOf(const Store& store, const StanceQuery& query, std::vector<PairDecision>* out);

}  // namespace stancekb
