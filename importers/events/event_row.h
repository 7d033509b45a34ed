// EventRecord: one event row of GDELT or ICEWS, checked and in plain fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/events/event_layout.h"
#include "kb/records.h"
#include "kb/status.h"

namespace stancekb {

struct EventActor {
  std::string name;                      // Name, else code (GDELT); "" when the event has none.
  ActorKind kind = ActorKind::kUnknown;  // kState when the actor is a country itself.
};

struct EventRecord {
  std::string event_id;
  Date date;
  std::string code;        // CAMEO code as written ("0256").
  std::string event_text;  // ICEWS "Event Text"; "" for GDELT.
  EventActor source;
  EventActor target;
  std::string publisher;  // ICEWS Publisher; "" for GDELT.
  std::string url;        // GDELT SOURCEURL; "" for ICEWS.
};

// Parses one row laid out as `layout` says. Errors are the reason only
// ("expected 61 columns, found 58", "bad date '2018-13-01'"): a wrong
// column count, an empty event id, a date that is not YYYYMMDD or
// YYYY-MM-DD, invalid UTF-8, an actor or publisher name CheckName refuses.
// The CAMEO code is not checked here.
Status ParseEventRow(const EventLayout& layout, const std::vector<std::string_view>& fields, EventRecord* out);

}  // namespace stancekb
