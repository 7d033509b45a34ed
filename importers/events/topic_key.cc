#include "importers/events/topic_key.h"

#include "kb/name_key.h"

namespace stancekb {

std::string TopicKeyFor(std::string_view text) {
  std::string key;
  bool pending_dash = false;
  for (const char c : NameKey(text)) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (!kept) {
      pending_dash = !key.empty();
      continue;
    }
    if (pending_dash) key.push_back('-');
    pending_dash = false;
    key.push_back(c);
  }
  return key;
}

}  // namespace stancekb
