// Changes: when positions moved (doc/query-semantics.md "changes"). Per (actor, topic),
// walk the days on which the actor took a side (support, oppose or both) in
// date order, each day's stance computed from that day alone; a day whose
// stance differs from the previous such day's is a change. Days with only
// neutral statements are not changes and are not compared. A flip-flop is a
// reversal of side: a support or oppose day after the opposite side was last
// taken, mixed days between them not counting.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "kb/store.h"
#include "query/position.h"
#include "query/result_table.h"

namespace stancekb {

struct ChangesQuery {
  std::optional<ActorId> actor;  // Unset actor and topic: the whole database.
  std::optional<TopicId> topic;
  Date from;  // Report changes on days >= from (earlier days still set the baseline).
  Date to;    // Inclusive; invalid = open.
};

struct ChangeRow {
  ActorId actor = 0;
  TopicId topic = 0;
  Decision from;  // The previous day on which the actor took a side.
  Decision to;    // The day of the change.
};

struct ActorChangeCount {
  int changes = 0;
  int flip_flops = 0;
};

struct ChangesResult {
  std::vector<ChangeRow> changes;              // In index order.
  std::map<ActorId, ActorChangeCount> actors;  // Actors with at least one change.
};

Status Changes(const Store& store, const ChangesQuery& query, ChangesResult* out);

// Columns: actor topic from_stance to_stance from_date to_date from_ids
// to_ids, then from_sources from_quotes to_sources to_quotes and the actor's
// changes and flip_flops; by date, then actor and topic.
Status ChangesTable(const Store& store, ChangesResult result, ResultTable* out);

// Columns: actor changes flip_flops; by actor name.
Status ChangesSummaryTable(const Store& store, const ChangesResult& result, ResultTable* out);

}  // namespace stancekb
