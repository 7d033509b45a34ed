// Progress: how a long operation (an import, a whole-database query) tells
// its caller how far it has got, so that a terminal can show it. The
// operation calls the function with what it counts ("lines read") and the
// running count, as often as is cheap; the callee decides whether and when
// to show anything. An empty function means nobody is listening.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace stancekb {

using ProgressFunction = std::function<void(std::string_view what, uint64_t count)>;

// Calls `progress`, if set.
inline void ReportProgress(const ProgressFunction& progress, std::string_view what, uint64_t count) {
  if (progress) progress(what, count);
}

}  // namespace stancekb
