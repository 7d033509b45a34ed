// Event assertions: what one GDELT or ICEWS event becomes under the CAMEO
// rules for its code.
//
// A topic rule gives the source actor's stance on that topic. An "@target"
// rule gives the source actor's stance toward the target actor, stored as an
// assertion on the topic "toward-<target>" (TowardTopic below), so that two
// actors who both criticise Russia agree on "toward-russia" and the
// disagreement network pairs them like any other topic. Each assertion
// keeps the event as evidence: quote "GDELT event 410412347: A — Praise or
// endorse (051) — B", cue = the code's name, extractor "gdelt/051#410412347".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "importers/events/cameo_map.h"
#include "importers/events/event_row.h"
#include "kb/write_set.h"

namespace stancekb {

struct EventAssertions {
  std::vector<NewAssertion> assertions;
  std::vector<Topic> topics;            // The toward-<target> topics used.
  std::optional<NewDocument> document;  // GDELT: the article at SOURCEURL (without text).
};

// The topic for stances toward `target` (a canonical actor name):
// key "toward-" + TopicKeyFor(target), label "Toward <target>".
Topic TowardTopic(const std::string& target);

// Applies `rules` to `event`. Rules that need an actor the event lacks
// (any rule without a source actor; "@target" without a target, or with the
// source as target) give nothing. `code_name` is the CAMEO name of the code.
EventAssertions BuildEventAssertions(const std::string& format, const EventRecord& event,
                                     const std::vector<CameoRule>& rules, const std::string& code_name);

// The publisher an event is credited to: the host of its URL without
// "www." (GDELT), its Publisher (ICEWS), else the format name in capitals.
std::string EventSource(const std::string& format, const EventRecord& event);

}  // namespace stancekb
