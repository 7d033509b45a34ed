#include "kb/internal/keys.h"

namespace stancekb::keys {

void PutBigEndian32(std::string* dst, uint32_t v) {
  char buf[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                 static_cast<char>(v)};
  dst->append(buf, 4);
}

void PutBigEndian64(std::string* dst, uint64_t v) {
  PutBigEndian32(dst, static_cast<uint32_t>(v >> 32));
  PutBigEndian32(dst, static_cast<uint32_t>(v));
}

uint32_t GetBigEndian32(const char* data) {
  const auto* p = reinterpret_cast<const unsigned char*>(data);
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

uint64_t GetBigEndian64(const char* data) { return (uint64_t{GetBigEndian32(data)} << 32) | GetBigEndian32(data + 4); }

uint32_t EncodeDay(int32_t day_number) { return static_cast<uint32_t>(day_number) ^ 0x80000000u; }

int32_t DecodeDay(uint32_t encoded) { return static_cast<int32_t>(encoded ^ 0x80000000u); }

std::string Id32(uint32_t id) {
  std::string key;
  PutBigEndian32(&key, id);
  return key;
}

std::string Id64(uint64_t id) {
  std::string key;
  PutBigEndian64(&key, id);
  return key;
}

std::string PairIndexKey(uint32_t first, uint32_t second, int32_t day, AssertionId id) {
  std::string key;
  key.reserve(kPairIndexKeySize);
  PutBigEndian32(&key, first);
  PutBigEndian32(&key, second);
  PutBigEndian32(&key, EncodeDay(day));
  PutBigEndian64(&key, id);
  return key;
}

bool DecodePairIndexKey(std::string_view key, IndexKey* out) {
  if (key.size() != kPairIndexKeySize) return false;
  out->first = GetBigEndian32(key.data());
  out->second = GetBigEndian32(key.data() + 4);
  out->day = DecodeDay(GetBigEndian32(key.data() + 8));
  out->assertion = GetBigEndian64(key.data() + 12);
  return true;
}

std::string DateIndexKey(int32_t day, AssertionId id) {
  std::string key;
  key.reserve(kDateIndexKeySize);
  PutBigEndian32(&key, EncodeDay(day));
  PutBigEndian64(&key, id);
  return key;
}

bool DecodeDateIndexKey(std::string_view key, int32_t* day, AssertionId* id) {
  if (key.size() != kDateIndexKeySize) return false;
  *day = DecodeDay(GetBigEndian32(key.data()));
  *id = GetBigEndian64(key.data() + 4);
  return true;
}

std::string DocumentIndexKey(DocumentId doc, AssertionId id) {
  std::string key;
  PutBigEndian64(&key, doc);
  PutBigEndian64(&key, id);
  return key;
}

std::string EncodeIndexValue(const IndexValue& v) {
  std::string data;
  data.push_back(static_cast<char>(v.stance));
  data.push_back(static_cast<char>(v.status));
  PutBigEndian32(&data, v.source);
  return data;
}

bool DecodeIndexValue(std::string_view data, IndexValue* out) {
  if (data.size() != kIndexValueSize) return false;
  const auto stance = static_cast<uint8_t>(data[0]);
  const auto status = static_cast<uint8_t>(data[1]);
  if (stance > static_cast<uint8_t>(Stance::kNeutral) || status > static_cast<uint8_t>(AssertionStatus::kRetracted)) {
    return false;
  }
  out->stance = static_cast<Stance>(stance);
  out->status = static_cast<AssertionStatus>(status);
  out->source = GetBigEndian32(data.data() + 2);
  return true;
}

std::string EncodeSaidValue(const IndexValue& v, DatePrecision precision, std::string_view quote) {
  std::string data = EncodeIndexValue(v);
  data.push_back(static_cast<char>(precision));
  data.append(quote);
  return data;
}

bool DecodeSaidValue(std::string_view data, IndexValue* out, DatePrecision* precision, std::string_view* quote) {
  if (data.size() < kIndexValueSize + 1 || !DecodeIndexValue(data.substr(0, kIndexValueSize), out)) return false;
  const auto stored = static_cast<uint8_t>(data[kIndexValueSize]);
  if (stored > static_cast<uint8_t>(DatePrecision::kYear)) return false;
  *precision = static_cast<DatePrecision>(stored);
  *quote = data.substr(kIndexValueSize + 1);
  return true;
}

std::string PrefixSuccessor(std::string prefix) {
  while (!prefix.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(prefix.back());
    if (last != 0xff) {
      ++last;
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

}  // namespace stancekb::keys
