// Imports structured assertions, one JSON object a line:
//   {"actor": "Vladimir Putin", "topic": "ukraine-nato-membership",
//    "stance": "oppose", "date": "2025-08-18", "source": "The Sun",
//    "quote": "…", "url": "…", "doc": "…", "confidence": 0.9}
// actor, topic, stance, date and source are required; quote, url, doc,
// confidence, cue, actor_kind and extractor are optional.
//
// A file is stored whole or not at all, however large: each line is parsed
// once and staged, and the whole file is added in one atomic step at the end
// (Store::ApplyAll). Without skip_bad a bad line stops the import with
// "FILE:LINE: reason" and nothing from the file is stored; with skip_bad the
// good lines are stored and each bad one is listed. A read or write error, or
// a crash, stores nothing from the file; nothing already stored changes.
// Topics are resolved by id, label or keyword; an unknown topic is created
// when it is a kebab-case id and is a bad line otherwise. Lines already
// stored, or repeated in the file, are stored once.
#pragma once

#include <string>
#include <vector>

#include "kb/progress.h"
#include "kb/status.h"
#include "kb/store.h"

namespace stancekb {

struct JsonlImportOptions {
  bool skip_bad = false;
  // Lines per WriteSet handed to the store. The store checks a WriteSet's
  // lines for duplicates with one batched read, which reads each block of a
  // large database's fingerprints once for all the lines that fall in it:
  // the larger the set, the fewer reads per line.
  size_t batch_lines = 1 << 16;
  BulkOptions bulk;           // How the file's entries are staged.
  ProgressFunction progress;  // "lines read" as the file is read.
};

struct JsonlImportReport {
  size_t lines = 0;                    // Non-blank lines read.
  std::vector<std::string> bad_lines;  // "FILE:LINE: reason", in file order.
  WriteResult written;
};

// `path` "-" reads standard input.
Status ImportAssertionsJsonl(Store* store, const std::string& path, const JsonlImportOptions& options,
                             JsonlImportReport* report);

}  // namespace stancekb
