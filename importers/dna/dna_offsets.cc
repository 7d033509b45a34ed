#include "importers/dna/dna_offsets.h"

#include <unicode/utf8.h>

namespace stancekb {
namespace {

// Walks `text` character by character while `more(byte offset, units)` holds;
// returns the byte offset and *units reached.
template <typename More>
uint32_t Walk(std::string_view text, More more, int64_t* units) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  *units = 0;
  while (i < length && more(i, *units)) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    *units += c > 0xFFFF ? 2 : 1;
  }
  return static_cast<uint32_t>(i);
}

}  // namespace

uint32_t Utf8OffsetOfUtf16(std::string_view text, int64_t units) {
  int64_t reached = 0;
  return Walk(
      text, [units](int32_t, int64_t u) { return u < units; }, &reached);
}

int64_t Utf16OffsetOfUtf8(std::string_view text, uint32_t bytes) {
  int64_t reached = 0;
  Walk(
      text, [bytes](int32_t i, int64_t) { return static_cast<uint32_t>(i) < bytes; }, &reached);
  return reached;
}

}  // namespace stancekb
