#include "importers/assertions/jsonl_line.h"

#include <simdjson.h>

#include "importers/common/line_reader.h"
#include "importers/common/name_check.h"

namespace stancekb {
namespace {

using simdjson::ondemand::value;

struct Fields {
  std::string actor, topic, stance, date, source, quote, url, doc, cue, actor_kind, extractor;
  std::optional<double> confidence;
};

Status JsonError(simdjson::error_code error) {
  return Status::InvalidInput(std::string("invalid JSON (") + simdjson::error_message(error) + ")");
}

// Returns the member of Fields a string key fills, or nullptr.
std::string* StringField(Fields* f, std::string_view key) {
  if (key == "actor") return &f->actor;
  if (key == "topic") return &f->topic;
  if (key == "stance") return &f->stance;
  if (key == "date") return &f->date;
  if (key == "source") return &f->source;
  if (key == "quote") return &f->quote;
  if (key == "url") return &f->url;
  if (key == "doc") return &f->doc;
  if (key == "cue") return &f->cue;
  if (key == "actor_kind") return &f->actor_kind;
  if (key == "extractor") return &f->extractor;
  return nullptr;
}

Status ReadField(std::string_view key, value v, Fields* f) {
  if (std::string* target = StringField(f, key)) {
    std::string_view text;
    if (v.get_string().get(text) != simdjson::SUCCESS) {
      return Status::InvalidInput("field '" + std::string(key) + "' must be a string");
    }
    target->assign(text);
    return Status::Ok();
  }
  if (key == "confidence") {
    double number = 0;
    if (v.get_double().get(number) != simdjson::SUCCESS) {
      return Status::InvalidInput("field 'confidence' must be a number");
    }
    f->confidence = number;
  }
  return Status::Ok();  // Unknown fields are ignored (they may come from newer writers).
}

Status ReadFields(std::string_view line, Fields* f) {
  static thread_local simdjson::ondemand::parser parser;
  static thread_local std::string buffer;
  buffer.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  buffer.assign(line);
  simdjson::ondemand::document doc;
  if (auto error = parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc)) return JsonError(error);
  simdjson::ondemand::object object;
  if (auto error = doc.get_object().get(object)) {
    return error == simdjson::INCORRECT_TYPE ? Status::InvalidInput("expected a JSON object") : JsonError(error);
  }
  for (auto field : object) {
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return JsonError(error);
    const std::string key_copy(key);
    Status s = ReadField(key_copy, field.value(), f);
    if (!s.ok()) return s;
  }
  const char* trailing = nullptr;
  if (doc.current_location().get(trailing) == simdjson::SUCCESS) {
    return Status::InvalidInput("invalid JSON (content after the object)");
  }
  return Status::Ok();
}

Status CheckRequired(const Fields& f) {
  const std::pair<const char*, const std::string*> required[] = {
      {"actor", &f.actor}, {"topic", &f.topic}, {"stance", &f.stance}, {"date", &f.date}, {"source", &f.source}};
  for (const auto& [name, value] : required) {
    if (value->empty()) return Status::InvalidInput(std::string("missing field '") + name + "'");
  }
  return Status::Ok();
}

Status CheckNames(const Fields& f) {
  const std::pair<const char*, const std::string*> names[] = {
      {"actor", &f.actor}, {"topic", &f.topic}, {"source", &f.source}};
  for (const auto& [name, value] : names) {
    Status s = CheckName(std::string("field '") + name + "'", *value);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status BuildRecord(const Fields& f, JsonlRecord* out) {
  NewAssertion& a = out->assertion;
  if (!ParseStance(f.stance, &a.stance)) {
    return Status::InvalidInput("stance '" + f.stance + "' is not support, oppose or neutral");
  }
  Status s = Date::Parse(f.date, &a.date);
  if (!s.ok()) return s;
  if (!f.actor_kind.empty() && !ParseActorKind(f.actor_kind, &a.actor_kind)) {
    return Status::InvalidInput("actor_kind '" + f.actor_kind + "' is not person, organization, state or group");
  }
  if (f.confidence && !(*f.confidence >= 0.0 && *f.confidence <= 1.0)) {
    return Status::InvalidInput("confidence must be between 0 and 1");
  }
  a.actor = f.actor;
  a.topic = f.topic;
  a.source = f.source;
  a.evidence.quote = f.quote;
  a.cue = f.cue;
  a.confidence = f.confidence ? static_cast<float>(*f.confidence) : 1.0f;
  a.extractor = f.extractor.empty() ? "jsonl" : f.extractor;
  if (!f.doc.empty() || !f.url.empty()) {
    NewDocument doc;
    doc.document.title = f.doc;
    doc.document.url = f.url;
    doc.document.published = a.date;
    doc.document.id = DocumentIdFor("jsonl-document\n" + f.doc + "\n" + f.url);
    doc.source = f.source;
    a.document = doc.document.id;
    out->document = std::move(doc);
  }
  return Status::Ok();
}

}  // namespace

Status ParseAssertionLine(std::string_view line, JsonlRecord* out) {
  Fields fields;
  Status s = ReadFields(line, &fields);
  // simdjson validates UTF-8 as it parses; only a refused line is scanned
  // again, to name its first bad byte.
  size_t bad_offset = 0;
  if (!s.ok() && !IsValidUtf8(line, &bad_offset)) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bad_offset + 1) + " of the line");
  }
  if (s.ok()) s = CheckRequired(fields);
  if (s.ok()) s = CheckNames(fields);
  if (s.ok()) s = BuildRecord(fields, out);
  return s;
}

}  // namespace stancekb
