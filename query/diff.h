// Diff: how stances differ between two dates (doc/query-semantics.md "diff D1 D2"). For
// every (actor, topic) with a stance as of `from` or as of `to`: before,
// after and the change: `new` (no stance before), `dropped` (none after;
// only with a window), `changed` or `same`. Streams the index one pair at a
// time: memory grows with the rows returned, not with the assertions read.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kb/store.h"
#include "query/position.h"
#include "query/result_table.h"

namespace stancekb {

enum class Change { kSame, kChanged, kNew, kDropped };

// "same", "changed", "new", "dropped".
std::string_view ChangeName(Change change);

struct DiffQuery {
  std::optional<ActorId> actor;  // Unset actor and topic: the whole database.
  std::optional<TopicId> topic;
  Date from;                  // D1; must be valid and not after `to`.
  Date to;                    // D2; must be valid.
  int window_days = 0;        // 0: no window.
  bool include_same = false;  // Report `same` rows too.
};

struct DiffRow {
  ActorId actor = 0;
  TopicId topic = 0;
  Decision before;
  Decision after;
  Change change = Change::kSame;
};

Status Diff(const Store& store, const DiffQuery& query, std::vector<DiffRow>* out);

// Columns: actor topic before after change, then before_date before_ids
// before_sources before_quotes and the same for after; by actor and topic.
Status DiffTable(const Store& store, std::vector<DiffRow> rows, ResultTable* out);

}  // namespace stancekb
