// IndexEntry and IndexQuery: the entries a scan of the store's indexes yields
// (Store::ScanIndex, Store::NewIndexCursor) and the query that selects them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

#include "kb/date.h"
#include "kb/records.h"

namespace stancekb {

// The small value every index entry carries so that stance queries need not
// read the assertion: stance, status and source.
struct IndexValue {
  Stance stance = Stance::kNeutral;
  AssertionStatus status = AssertionStatus::kMachine;
  SourceId source = 0;
};

// One entry of the (topic, actor, date) or (actor, topic, date) index.
struct IndexEntry {
  TopicId topic = 0;
  ActorId actor = 0;
  int32_t day = 0;
  AssertionId assertion = 0;
  IndexValue value;
  // Said index only (IndexQuery::said); the quote is valid until the scan
  // moves on.
  DatePrecision precision = DatePrecision::kDay;
  std::string_view quote;
};

// Which entries an index scan visits. Unset actor/topic: all of them.
// Dates are inclusive; an invalid date leaves that end open.
struct IndexQuery {
  std::optional<TopicId> topic;
  std::optional<ActorId> actor;
  Date from;
  Date to;
  // Scan the said index instead, whose entries carry the date's precision
  // and the quote. Needs `topic` and Store::HasSaidIndex().
  bool said = false;
};

// Visitor for scans: return false to stop early.
using IndexVisitor = std::function<bool(const IndexEntry&)>;

}  // namespace stancekb
