#include "importers/article/text_check.h"

#include <string>

namespace stancekb {

namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

Status Bad(std::string_view name, size_t line, size_t byte, std::string_view what) {
  return Status::InvalidInput(std::string(name) + ": line " + std::to_string(line) + " (byte " +
                              std::to_string(byte) + "): " + std::string(what));
}

}  // namespace

// Hand-written because ICU's converters report a failure but not where it is.
size_t Utf8SequenceLength(std::string_view bytes, size_t i) {
  const auto c = static_cast<unsigned char>(bytes[i]);
  if (c < 0x80) return 1;
  size_t n;
  uint32_t min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > bytes.size()) return 0;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(bytes[i + k]);
    if (!IsContinuation(d)) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
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
