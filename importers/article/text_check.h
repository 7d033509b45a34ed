// Checks that bytes are usable as article text before any parsing.
#pragma once

#include <cstddef>
#include <string_view>

#include "kb/status.h"

namespace stancekb {

// Longest line accepted anywhere (a feed line is one article).
constexpr size_t kMaxLineBytes = 8u << 20;

// Returns OK when `bytes` is non-empty (not only whitespace), valid UTF-8,
// free of NUL bytes and has no line longer than kMaxLineBytes. Otherwise an
// InvalidInput status "NAME: line L (byte B): what is wrong".
Status CheckTextBytes(std::string_view name, std::string_view bytes);

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 when the
// bytes there are not valid UTF-8 (overlong, surrogate, truncated, > U+10FFFF).
size_t Utf8SequenceLength(std::string_view bytes, size_t i);

}  // namespace stancekb
