// libFuzzer target: everything that decodes stored bytes: index keys and
// values (kb/internal/keys.h) and the record codec (kb/internal/codec.h). Decoding must never
// crash; a key that decodes encodes back to the same bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kb/internal/codec.h"
#include "kb/internal/keys.h"

namespace {

void DecodeKeys(std::string_view bytes) {
  using namespace stancekb::keys;
  IndexKey pair;
  if (DecodePairIndexKey(bytes, &pair) && PairIndexKey(pair.first, pair.second, pair.day, pair.assertion) != bytes) {
    std::abort();
  }
  int32_t day = 0;
  stancekb::AssertionId id = 0;
  if (DecodeDateIndexKey(bytes, &day, &id) && DateIndexKey(day, id) != bytes) std::abort();
  stancekb::IndexValue value;
  if (DecodeIndexValue(bytes, &value) && EncodeIndexValue(value).size() != kIndexValueSize) std::abort();
}

template <typename Record, typename Decode, typename Encode>
void RoundTrip(std::string_view bytes, Decode decode, Encode encode) {
  Record record;
  if (!decode(bytes, &record).ok()) return;
  Record again;
  if (!decode(encode(record), &again).ok()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace codec = stancekb::codec;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DecodeKeys(bytes);
  RoundTrip<stancekb::Actor>(bytes, codec::DecodeActor, codec::EncodeActor);
  RoundTrip<stancekb::Topic>(bytes, codec::DecodeTopic, codec::EncodeTopic);
  RoundTrip<stancekb::Source>(bytes, codec::DecodeSource, codec::EncodeSource);
  RoundTrip<stancekb::Document>(bytes, codec::DecodeDocument, codec::EncodeDocument);
  RoundTrip<stancekb::Assertion>(bytes, codec::DecodeAssertion, codec::EncodeAssertion);
  return 0;
}
