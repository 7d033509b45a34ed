#include "importers/article/statement_json.h"

#include <charconv>
#include <cmath>

namespace stancekb {

namespace {

constexpr std::string_view kRulePrefix = "article/";

nlohmann::json SpanToJson(const Span& span) { return nlohmann::json::array({span.begin, span.end}); }

// The shortest decimal that reads back as the same float, as a double: the
// line shows 0.85 rather than 0.8500000238418579 and still round-trips.
double ShortestDouble(float value) {
  char text[32];
  const auto written = std::to_chars(text, text + sizeof text, value);
  double shortest = 0;
  const auto read = std::from_chars(text, written.ptr, shortest);
  const bool exact = written.ec == std::errc() && read.ec == std::errc() && static_cast<float>(shortest) == value;
  return exact ? shortest : static_cast<double>(value);
}

Status Missing(const char* key, const char* what) {
  return Status::InvalidInput(std::string("field '") + key + "' must be " + what);
}

Status ReadString(const nlohmann::json& json, const char* key, std::string* out) {
  auto it = json.find(key);
  if (it == json.end() || !it->is_string()) return Missing(key, "a string");
  *out = it->get<std::string>();
  return Status::Ok();
}

Status ReadSpan(const nlohmann::json& json, const char* key, size_t text_size, Span* out) {
  auto it = json.find(key);
  if (it == json.end() || !it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() ||
      !(*it)[1].is_number_unsigned()) {
    return Missing(key, "[start, end]");
  }
  const uint64_t begin = (*it)[0].get<uint64_t>(), end = (*it)[1].get<uint64_t>();
  if (begin > end || end > text_size) {
    return Status::InvalidInput(std::string("span '") + key + "' [" + std::to_string(begin) + ", " +
                                std::to_string(end) + ") is outside the text (" + std::to_string(text_size) +
                                " bytes)");
  }
  *out = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  return Status::Ok();
}

Status ReadNamed(const nlohmann::json& json, std::string* actor_kind, std::string* stance, std::string* rule,
                 ExtractedStatement* out) {
  Status s = ReadString(json, "actor", &out->actor);
  if (s.ok() && out->actor.empty()) s = Missing("actor", "a name");
  if (s.ok()) s = ReadString(json, "actor_kind", actor_kind);
  if (s.ok()) s = ReadString(json, "cue", &out->cue);
  if (s.ok()) s = ReadString(json, "topic", &out->topic);
  if (s.ok()) s = ReadString(json, "stance", stance);
  if (s.ok()) s = ReadString(json, "quote", &out->quote);
  if (s.ok()) s = ReadString(json, "rule", rule);
  return s;
}

Status ReadEnums(const std::string& actor_kind, const std::string& stance, const std::string& rule,
                 ExtractedStatement* out) {
  if (!ParseActorKind(actor_kind, &out->actor_kind)) return Missing("actor_kind", "an actor kind");
  if (!ParseStance(stance, &out->stance)) return Missing("stance", "support, oppose or neutral");
  if (!rule.starts_with(kRulePrefix)) return Missing("rule", "\"article/RULE\"");
  out->rule = rule.substr(kRulePrefix.size());
  return Status::Ok();
}

Status ReadDateConfidenceAndResolved(const nlohmann::json& json, ExtractedStatement* out) {
  auto resolved = json.find("resolved");
  if (resolved == json.end() || !resolved->is_boolean()) return Missing("resolved", "true or false");
  out->resolved = resolved->get<bool>();
  auto date = json.find("date");
  if (date == json.end() || !(date->is_null() || date->is_string())) return Missing("date", "a date or null");
  if (date->is_string()) {
    Status s = Date::Parse(date->get<std::string>(), &out->date);
    if (!s.ok()) return s.WithPrefix("field 'date'");
  }
  auto confidence = json.find("confidence");
  if (confidence == json.end() || !confidence->is_number()) return Missing("confidence", "a number");
  out->confidence = static_cast<float>(confidence->get<double>());
  return Status::Ok();
}

}  // namespace

nlohmann::json StatementToJson(const ExtractedStatement& s) {
  return nlohmann::json{
      {"actor", s.actor},
      {"actor_kind", std::string(ActorKindName(s.actor_kind))},
      {"actor_span", SpanToJson(s.actor_span)},
      {"cue", s.cue},
      {"cue_span", SpanToJson(s.cue_span)},
      {"content_span", SpanToJson(s.content_span)},
      {"topic", s.topic},
      {"stance", std::string(StanceName(s.stance))},
      {"date", s.date.valid() ? nlohmann::json(s.date.ToString()) : nlohmann::json()},
      {"quote", s.quote},
      {"confidence", ShortestDouble(s.confidence)},
      {"rule", std::string(kRulePrefix) + s.rule},
      {"resolved", s.resolved},
  };
}

Status StatementFromJson(const nlohmann::json& json, size_t text_size, ExtractedStatement* out) {
  if (!json.is_object()) return Status::InvalidInput("a statement must be a JSON object");
  ExtractedStatement statement;
  std::string actor_kind, stance, rule;
  Status s = ReadNamed(json, &actor_kind, &stance, &rule, &statement);
  if (s.ok()) s = ReadEnums(actor_kind, stance, rule, &statement);
  if (s.ok()) s = ReadSpan(json, "actor_span", text_size, &statement.actor_span);
  if (s.ok()) s = ReadSpan(json, "cue_span", text_size, &statement.cue_span);
  if (s.ok()) s = ReadSpan(json, "content_span", text_size, &statement.content_span);
  if (s.ok()) s = ReadDateConfidenceAndResolved(json, &statement);
  if (s.ok()) *out = std::move(statement);
  return s;
}

nlohmann::json ExtractedStatementToJson(const Article& article, const ExtractedStatement& s) {
  nlohmann::json json = StatementToJson(s);
  json["doc"] = article.path;
  json["source"] = article.source;
  json["stance"] = s.topic.empty() ? std::string() : std::string(StanceName(s.stance));
  json["date"] = s.date.ToString();
  json["confidence"] = std::round(s.confidence * 100.0f) / 100.0f;
  return json;
}

}  // namespace stancekb
