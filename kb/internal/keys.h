// Key encoding for the store's column families (doc/storage.md "Families").
// Integers are big-endian and dates are biased day numbers so that the byte
// order of keys is the numeric order: (topic, actor, date, assertion) and
// (actor, topic, date, assertion) prefixes are contiguous ranges, and
// (date, assertion) keys sort chronologically.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kb/index_entry.h"
#include "kb/records.h"

namespace stancekb::keys {

void PutBigEndian32(std::string* dst, uint32_t v);
void PutBigEndian64(std::string* dst, uint64_t v);
// Reads a big-endian integer at `data` (which must hold 4 or 8 bytes).
uint32_t GetBigEndian32(const char* data);
uint64_t GetBigEndian64(const char* data);

// Day numbers are signed; flipping the sign bit makes them sort as unsigned.
uint32_t EncodeDay(int32_t day_number);
int32_t DecodeDay(uint32_t encoded);

std::string Id32(uint32_t id);
std::string Id64(uint64_t id);

// Index keys. `date` must be valid.
struct IndexKey {
  uint32_t first = 0;   // topic for the topic index, actor for the actor index
  uint32_t second = 0;  // actor for the topic index, topic for the actor index
  int32_t day = 0;
  AssertionId assertion = 0;
};
constexpr size_t kPairIndexKeySize = 4 + 4 + 4 + 8;
constexpr size_t kDateIndexKeySize = 4 + 8;

std::string PairIndexKey(uint32_t first, uint32_t second, int32_t day, AssertionId id);
// Decodes a key of kPairIndexKeySize bytes; false when the size is wrong.
bool DecodePairIndexKey(std::string_view key, IndexKey* out);
std::string DateIndexKey(int32_t day, AssertionId id);
bool DecodeDateIndexKey(std::string_view key, int32_t* day, AssertionId* id);
std::string DocumentIndexKey(DocumentId doc, AssertionId id);

constexpr size_t kIndexValueSize = 1 + 1 + 4;
std::string EncodeIndexValue(const IndexValue& v);
bool DecodeIndexValue(std::string_view data, IndexValue* out);

// The value of the said index (format 2): the index value, then the date's
// precision and the quote, so that `said` by topic is answered by one range
// scan without reading the assertions. *quote points into `data`.
std::string EncodeSaidValue(const IndexValue& v, DatePrecision precision, std::string_view quote);
bool DecodeSaidValue(std::string_view data, IndexValue* out, DatePrecision* precision, std::string_view* quote);

// The smallest key strictly greater than every key starting with `prefix`
// (used as an iterate_upper_bound); "" when no such key exists (all 0xff).
std::string PrefixSuccessor(std::string prefix);

}  // namespace stancekb::keys
