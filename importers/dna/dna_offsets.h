// Conversions between DNA's span offsets (UTF-16 code units, as Java
// strings count) and stancekb's (UTF-8 bytes).
#pragma once

#include <cstdint>
#include <string_view>

namespace stancekb {

// The UTF-8 byte offset in `text` of UTF-16 unit offset `units`; an offset
// past the end gives text.size(), one inside a character that character's
// end.
uint32_t Utf8OffsetOfUtf16(std::string_view text, int64_t units);

// The UTF-16 unit offset of UTF-8 byte offset `bytes` (the inverse).
int64_t Utf16OffsetOfUtf8(std::string_view text, uint32_t bytes);

}  // namespace stancekb
