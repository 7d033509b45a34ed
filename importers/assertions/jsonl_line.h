// Parses one line of assertion JSONL into a NewAssertion (and the document
// it names, if any). Internal to the JSONL importer; separate so that the
// fuzzer and tests can reach it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kb/status.h"
#include "kb/write_set.h"

namespace stancekb {

struct JsonlRecord {
  NewAssertion assertion;
  std::optional<NewDocument> document;  // From "doc"/"url", without text.
};

// Errors are the reason only ("missing field 'actor'"); the caller adds
// file and line.
Status ParseAssertionLine(std::string_view line, JsonlRecord* out);

}  // namespace stancekb
