// Parses dates given on the command line: "YYYY-MM-DD", "YYYY-MM", "YYYY",
// "today", "yesterday" and "-30d" (30 days before today). A month or year
// names a period: as the start of a range it means its first day, as the end
// its last day, so "--from 2025-08 --to 2025-08" covers all of August.
#pragma once

#include <string_view>

#include "kb/date.h"
#include "kb/status.h"

namespace stancekb {

enum class RangeEnd { kStart, kEnd };

Status ParseDateArgument(std::string_view text, Date today, RangeEnd end, Date* out);

}  // namespace stancekb
