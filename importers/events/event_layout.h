// EventLayout: where the fields of an event row are, for the two event data
// formats stancekb reads:
//   GDELT 2.0 events: 61 tab-separated columns, no header (column list in
//     ../shared/data/README.md); actor = Actor1Name, else Actor1Code.
//   ICEWS event files (.tab): 20 tab-separated columns found by the names in
//     their header row ("Event ID", "Event Date", "Source Name", …).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kb/status.h"

namespace stancekb {

struct EventLayout {
  static constexpr int kNone = -1;

  std::string format;  // "gdelt" or "icews": extractor prefix and evidence label.
  size_t columns = 0;  // Fields every row must have.
  bool has_header = false;
  int event_id = kNone, date = kNone, code = kNone, event_text = kNone;
  int source_name = kNone, source_code = kNone, source_country = kNone;
  int target_name = kNone, target_code = kNone, target_country = kNone;
  int publisher = kNone, url = kNone;
};

EventLayout GdeltLayout();

// Finds the ICEWS columns by name in a header row; InvalidInput naming the
// first missing column.
Status IcewsLayoutFromHeader(const std::vector<std::string_view>& header, EventLayout* out);

}  // namespace stancekb
