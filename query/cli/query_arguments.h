// QueryArguments: turns the actor, topic, source and date strings of a
// command line into ids and dates; empty strings leave the filter unset.
#pragma once

#include <optional>
#include <string>

#include "kb/store.h"

namespace stancekb {

class QueryArguments {
 public:
  explicit QueryArguments(const Store& store, Date today = Date::Today()) : store_(store), today_(today) {}

  Status Actor(const std::string& name, std::optional<ActorId>* out) const;
  Status Topic(const std::string& name, std::optional<TopicId>* out) const;
  Status Source(const std::string& name, std::optional<SourceId>* out) const;
  // Parses --from/--to (either may be empty); an inverted range is an error.
  Status Range(const std::string& from, const std::string& to, Date* from_out, Date* to_out) const;
  // One date (e.g. --at); empty means today.
  Status At(const std::string& text, Date* out) const;

 private:
  const Store& store_;
  Date today_;
};

}  // namespace stancekb
