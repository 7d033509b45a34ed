// NameKey: the form under which names are looked up in the dictionaries:
// Unicode case-folded (ICU), surrounding white space trimmed and inner runs
// of white space collapsed to one space. "  The  KREMLIN " -> "the kremlin".
#pragma once

#include <string>
#include <string_view>

namespace stancekb {

std::string NameKey(std::string_view name);

}  // namespace stancekb
