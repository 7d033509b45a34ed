// SplitTabs: the fields of one tab-separated line (GDELT, ICEWS and the
// CAMEO map are tab-separated without quoting).
#pragma once

#include <string_view>
#include <vector>

namespace stancekb {

// Splits `line` at every tab; n tabs give n + 1 fields (empty ones kept).
// The views point into `line`.
std::vector<std::string_view> SplitTabs(std::string_view line);

}  // namespace stancekb
