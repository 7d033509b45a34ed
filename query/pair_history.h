// PairHistory: what one actor said on one topic, in date order, read from
// the index (stance, day, id; no assertion is read). Every stance query
// walks histories one (actor, topic) pair at a time, so memory stays bounded
// by one pair's assertions plus what the query keeps per pair.
#pragma once

#include <functional>
#include <vector>

#include "kb/store.h"

namespace stancekb {

struct HistoryEntry {
  int32_t day = 0;
  AssertionId id = 0;
  Stance stance = Stance::kNeutral;
};

struct PairHistory {
  ActorId actor = 0;
  TopicId topic = 0;
  std::vector<HistoryEntry> entries;  // Ordered by (day, id); never empty.
};

// Called once per pair; a non-ok Status stops the scan and is returned.
using PairHistoryVisitor = std::function<Status(const PairHistory&)>;

// Visits the pairs of the index range `query` names, in the index order
// Store::ScanIndex uses, each with its entries dated in [query.from,
// query.to]. Retracted assertions and assertions with no topic are left
// out; pairs left with nothing are not visited.
Status ScanPairHistories(const Store& store, const IndexQuery& query, const PairHistoryVisitor& visit);

// As ScanPairHistories, but each pair's history holds only its deciding
// days: for each date D of `as_of`, the entries of the latest day <= D that
// has any and of the latest day <= D on which the actor took a side (both
// >= query.from). StanceAsOf(history, F, D) then decides as on the full
// history for any F >= query.from. `as_of` must be ascending and end with
// query.to. Long histories are not read entry by entry: a seek finds each
// as-of date, and only the neutral-only days after the deciding day are
// stepped over.
Status ScanDecidingDays(const Store& store, const IndexQuery& query, const std::vector<Date>& as_of,
                        const PairHistoryVisitor& visit);

}  // namespace stancekb
