#include "importers/article/text_check.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string>

namespace stancekb {

namespace {

Status Bad(std::string_view name, size_t line, size_t byte, std::string_view what) {
  return Status::InvalidInput(std::string(name) + ": line " + std::to_string(line) + " (byte " + std::to_string(byte) +
                              "): " + std::string(what));
}

}  // namespace

size_t Utf8SequenceLength(std::string_view bytes, size_t i) {
  // ICU's U8_NEXT on a window of at most one sequence, so that offsets stay
  // within int32 even for documents over 2 GiB.
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data() + i);
  const int32_t window = static_cast<int32_t>(std::min<size_t>(bytes.size() - i, 4));
  int32_t next = 0;
  UChar32 c;
  U8_NEXT(data, next, window, c);
  return c < 0 ? 0 : static_cast<size_t>(next);
}

Status CheckTextBytes(std::string_view name, std::string_view bytes) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidInput(std::string(name) + ": empty document");
  }
  size_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    if (c == '\0') return Bad(name, line, i, "NUL byte: binary file, not text");
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    } else if (i - line_start >= kMaxLineBytes) {
      return Bad(name, line, i, "line longer than " + std::to_string(kMaxLineBytes) + " bytes");
    }
    const size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) return Bad(name, line, i, "invalid UTF-8");
    i += n;
  }
  return Status::Ok();
}

}  // namespace stancekb
