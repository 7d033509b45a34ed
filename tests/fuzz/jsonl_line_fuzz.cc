// libFuzzer target: one line of assertion JSONL (ParseAssertionLine). A line
// that parses must give a valid date and a stance that names itself.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "importers/assertions/jsonl_line.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  stancekb::JsonlRecord record;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  if (stancekb::ParseAssertionLine(line, &record).ok()) {
    if (!record.assertion.date.valid() || record.assertion.actor.empty()) std::abort();
    if (stancekb::StanceName(record.assertion.stance).empty()) std::abort();
  }
  return 0;
}
