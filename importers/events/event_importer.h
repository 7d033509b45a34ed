// Imports GDELT 2.0 event files and ICEWS event files: every row
// whose CAMEO code has rules in the CAMEO map becomes assertions
// (event_assertions.h).
//
// Rows are counted in exactly one of:
//   mapped    the code has rules and at least one assertion was made;
//   unmapped  a known CAMEO code without rules (e.g. 042 "Make a visit"):
//             not an error, the event says nothing about a stance;
//   no_actor  the code has rules but the row lacks the actor they need;
//   bad       wrong column count, no event id, bad date, invalid UTF-8, or a
//             CAMEO code the map does not list: reported as "FILE:LINE: reason".
// Bad rows do not stop the import: the other rows are stored, in batches.
// An ICEWS file whose header lacks a needed column is refused as a whole.
// Re-importing a file adds nothing (the store skips stored assertions).
#pragma once

#include <string>
#include <vector>

#include "importers/events/cameo_map.h"
#include "kb/progress.h"
#include "kb/status.h"
#include "kb/store.h"

namespace stancekb {

enum class EventFormat { kGdelt, kIcews };

struct EventImportOptions {
  size_t batch_rows = 5000;   // Rows per WriteBatch.
  ProgressFunction progress;  // "rows read", after each batch.
};

struct EventImportReport {
  size_t rows = 0;  // Data rows (not the header, not blank lines).
  size_t mapped = 0, unmapped = 0, no_actor = 0;
  std::vector<std::string> bad_rows;  // "FILE:LINE: reason", in file order.
  WriteResult written;
};

// `path` "-" reads standard input.
Status ImportEvents(Store* store, const std::string& path, EventFormat format, const CameoMap& map,
                    const EventImportOptions& options, EventImportReport* report);

}  // namespace stancekb
