#include "importers/events/event_row.h"

#include <charconv>

#include "importers/common/line_reader.h"
#include "importers/common/name_check.h"

namespace stancekb {
namespace {

std::string Field(const std::vector<std::string_view>& fields, int index) {
  return index == EventLayout::kNone ? "" : std::string(fields[index]);
}

// YYYYMMDD (GDELT SQLDATE) or YYYY-MM-DD (ICEWS).
bool ParseEventDate(std::string_view text, Date* out) {
  if (text.size() == 10) return Date::Parse(text, out).ok();
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.size() != 8 || error != std::errc() || end != text.data() + text.size()) return false;
  *out = Date::FromCivil(value / 10000, value / 100 % 100, value % 100);
  return out->valid();
}

EventActor MakeActor(const std::vector<std::string_view>& fields, int name, int code, int country) {
  EventActor actor;
  actor.name = Field(fields, name);
  const std::string actor_code = Field(fields, code);
  if (actor.name.empty()) actor.name = actor_code;
  const std::string country_name = Field(fields, country);
  const bool is_country = actor_code.empty() ? actor.name == country_name : actor_code == country_name;
  if (!actor.name.empty() && is_country) actor.kind = ActorKind::kState;
  return actor;
}

// The names the row would store, where it has them.
Status CheckNames(const EventRecord& record) {
  const std::pair<const char*, const std::string*> names[] = {
      {"source actor", &record.source.name}, {"target actor", &record.target.name}, {"publisher", &record.publisher}};
  for (const auto& [field, name] : names) {
    Status s = name->empty() ? Status::Ok() : CheckName(field, *name);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status ParseEventRow(const EventLayout& layout, const std::vector<std::string_view>& fields, EventRecord* out) {
  if (fields.size() != layout.columns) {
    return Status::InvalidInput("expected " + std::to_string(layout.columns) + " columns, found " +
                                std::to_string(fields.size()));
  }
  for (const std::string_view field : fields) {
    size_t bad = 0;
    if (!IsValidUtf8(field, &bad))
      return Status::InvalidInput("invalid UTF-8 in '" + std::string(field.substr(0, bad)) + "…'");
  }
  EventRecord record;
  record.event_id = Field(fields, layout.event_id);
  if (record.event_id.empty()) return Status::InvalidInput("no event id");
  if (!ParseEventDate(fields[layout.date], &record.date))
    return Status::InvalidInput("bad date '" + std::string(fields[layout.date]) + "'");
  record.code = Field(fields, layout.code);
  record.event_text = Field(fields, layout.event_text);
  record.source = MakeActor(fields, layout.source_name, layout.source_code, layout.source_country);
  record.target = MakeActor(fields, layout.target_name, layout.target_code, layout.target_country);
  record.publisher = Field(fields, layout.publisher);
  record.url = Field(fields, layout.url);
  Status s = CheckNames(record);
  if (s.ok()) *out = std::move(record);
  return s;
}

}  // namespace stancekb
