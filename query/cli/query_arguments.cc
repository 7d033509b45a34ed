#include "query/cli/query_arguments.h"

#include "query/date_argument.h"
#include "query/name_resolver.h"

namespace stancekb {

Status QueryArguments::Actor(const std::string& name, std::optional<ActorId>* out) const {
  if (name.empty()) return Status::Ok();
  stancekb::Actor actor;
  Status s = ResolveActor(store_, name, &actor);
  if (s.ok()) *out = actor.id;
  return s;
}

Status QueryArguments::Topic(const std::string& name, std::optional<TopicId>* out) const {
  if (name.empty()) return Status::Ok();
  stancekb::Topic topic;
  Status s = ResolveTopic(store_, name, &topic);
  if (s.ok()) *out = topic.id;
  return s;
}

Status QueryArguments::Source(const std::string& name, std::optional<SourceId>* out) const {
  if (name.empty()) return Status::Ok();
  stancekb::Source source;
  Status s = ResolveSource(store_, name, &source);
  if (s.ok()) *out = source.id;
  return s;
}

Status QueryArguments::Range(const std::string& from, const std::string& to, Date* from_out, Date* to_out) const {
  Status s = from.empty() ? Status::Ok() : ParseDateArgument(from, today_, RangeEnd::kStart, from_out);
  if (s.ok() && !to.empty()) s = ParseDateArgument(to, today_, RangeEnd::kEnd, to_out);
  if (s.ok() && from_out->valid() && to_out->valid() && *to_out < *from_out) {
    s = Status::InvalidInput("--from " + from + " is after --to " + to);
  }
  return s;
}

Status QueryArguments::At(const std::string& text, Date* out) const {
  if (text.empty()) {
    *out = today_;
    return Status::Ok();
  }
  return ParseDateArgument(text, today_, RangeEnd::kEnd, out);
}

}  // namespace stancekb
