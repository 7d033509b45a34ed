// Builders for store tests: assertions and write sets by name.
#pragma once

#include <string>

#include "kb/store.h"

namespace stancekb::testing {

inline NewAssertion MakeAssertion(const std::string& actor, const std::string& topic, Stance stance,
                                  const std::string& date, const std::string& quote = "",
                                  const std::string& source = "Test Wire") {
  NewAssertion a;
  a.actor = actor;
  a.topic = topic;
  a.stance = stance;
  Date::Parse(date, &a.date);
  a.source = source;
  a.evidence.quote = quote.empty() ? actor + " on " + topic + " " + date : quote;
  a.extractor = "test";
  return a;
}

}  // namespace stancekb::testing
