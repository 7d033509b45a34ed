#include "importers/events/event_layout.h"

#include <algorithm>

namespace stancekb {

EventLayout GdeltLayout() {
  EventLayout layout;
  layout.format = "gdelt";
  layout.columns = 61;
  layout.event_id = 0;  // GLOBALEVENTID
  layout.date = 1;      // SQLDATE, YYYYMMDD
  layout.source_code = 5;
  layout.source_name = 6;
  layout.source_country = 7;
  layout.target_code = 15;
  layout.target_name = 16;
  layout.target_country = 17;
  layout.code = 26;  // EventCode
  layout.url = 60;   // SOURCEURL
  return layout;
}

Status IcewsLayoutFromHeader(const std::vector<std::string_view>& header, EventLayout* out) {
  EventLayout layout;
  layout.format = "icews";
  layout.columns = header.size();
  layout.has_header = true;
  const std::pair<const char*, int*> wanted[] = {
      {"Event ID", &layout.event_id},       {"Event Date", &layout.date},
      {"Source Name", &layout.source_name}, {"Source Country", &layout.source_country},
      {"Event Text", &layout.event_text},   {"CAMEO Code", &layout.code},
      {"Target Name", &layout.target_name}, {"Target Country", &layout.target_country},
      {"Publisher", &layout.publisher}};
  for (const auto& [name, index] : wanted) {
    auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) return Status::InvalidInput("not an ICEWS header: no column '" + std::string(name) + "'");
    *index = static_cast<int>(it - header.begin());
  }
  *out = std::move(layout);
  return Status::Ok();
}

}  // namespace stancekb
