// Said: what actors said about a topic: the assertions matching
// the filters, grouped by actor (actors in name order), each actor's in date
// order. Retracted assertions are left out. Reads only index ranges: the
// said index holds each row (format 2), so no assertion is read; by topic
// it is one range, by actor alone one per topic the actor spoke on (found
// in the actor-topic index). A format-1 database's rows are read by id.
//
// Each view's assertion holds the fields `said` prints (id, actor, topic,
// stance, date, source, quote) and its status; read it by id
// (Store::GetAssertion) for the rest.
#pragma once

#include <optional>
#include <vector>

#include "kb/store.h"
#include "query/assertion_view.h"

namespace stancekb {

struct SaidQuery {
  std::optional<TopicId> topic;  // At least one of topic and actor must be set.
  std::optional<ActorId> actor;
  Date from;  // Inclusive; invalid = open.
  Date to;    // Inclusive; invalid = open.
  std::optional<SourceId> source;
};

Status Said(const Store& store, const SaidQuery& query, std::vector<AssertionView>* out);

}  // namespace stancekb
