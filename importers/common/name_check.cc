#include "importers/common/name_check.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <string>

namespace stancekb {
namespace {

std::string AtByte(int32_t offset) { return " at byte " + std::to_string(offset + 1); }

std::string CodePoint(UChar32 c) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(c));
  return text;
}

// Nothing a reader would see: white space and default-ignorable code points
// such as U+200B ZERO WIDTH SPACE.
bool IsInvisible(UChar32 c) { return u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT); }

}  // namespace

Status CheckName(std::string_view field, std::string_view name) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(name.data());
  const auto length = static_cast<int32_t>(name.size());
  bool visible = false;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return Status::InvalidInput(std::string(field) + " is not valid UTF-8" + AtByte(start));
    // Cc covers C0, DEL and C1; XML 1.0 has no U+FFFE and U+FFFF either.
    if (u_charType(c) == U_CONTROL_CHAR || c == 0xFFFE || c == 0xFFFF) {
      return Status::InvalidInput(std::string(field) + " contains the control character " + CodePoint(c) +
                                  AtByte(start));
    }
    visible = visible || !IsInvisible(c);
  }
  if (!visible) return Status::InvalidInput(std::string(field) + " '" + std::string(name) + "' is blank");
  return Status::Ok();
}

}  // namespace stancekb
