// libFuzzer target: Date::Parse. A date that parses prints back to text that
// parses to the same day and precision.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kb/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  stancekb::Date date;
  if (!stancekb::Date::Parse(std::string_view(reinterpret_cast<const char*>(data), size), &date).ok()) return 0;
  if (!date.valid() || date.year() < stancekb::Date::kMinYear || date.year() > stancekb::Date::kMaxYear) std::abort();
  stancekb::Date again;
  if (!stancekb::Date::Parse(date.ToString(), &again).ok()) std::abort();
  if (!(again == date) || again.precision() != date.precision()) std::abort();
  return 0;
}
