#include "kb/internal/keys.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace stancekb {
namespace {

TEST(KeysTest, DatesSortChronologicallyAsBytes) {
  const std::vector<int32_t> days = {-800000, -366, -1, 0, 1, 255, 256, 20000, 2932896};
  std::vector<std::string> encoded;
  for (int32_t d : days) encoded.push_back(keys::DateIndexKey(d, 7));
  EXPECT_TRUE(std::is_sorted(encoded.begin(), encoded.end()));
  for (size_t i = 0; i < days.size(); ++i) {
    int32_t day = 0;
    AssertionId id = 0;
    ASSERT_TRUE(keys::DecodeDateIndexKey(encoded[i], &day, &id));
    EXPECT_EQ(day, days[i]);
    EXPECT_EQ(id, 7u);
  }
}

TEST(KeysTest, PairKeysGroupByFirstThenSecondThenDateThenId) {
  // Byte order must equal the numeric order of (first, second, day, id).
  std::vector<std::tuple<uint32_t, uint32_t, int32_t, uint64_t>> tuples = {{1, 2, -5, 1},
                                                                           {1, 2, 3, 0xffffffffffULL},
                                                                           {1, 2, 3, 0x100000000ULL},
                                                                           {1, 256, 0, 1},
                                                                           {2, 1, -100, 1},
                                                                           {256, 0, 0, 0},
                                                                           {0x01000000, 1, 1, 1},
                                                                           {1, 2, 300, 2}};
  std::vector<std::string> encoded;
  for (const auto& [a, b, d, id] : tuples) encoded.push_back(keys::PairIndexKey(a, b, d, id));
  std::vector<size_t> by_bytes(tuples.size()), by_numbers(tuples.size());
  for (size_t i = 0; i < tuples.size(); ++i) by_bytes[i] = by_numbers[i] = i;
  std::sort(by_bytes.begin(), by_bytes.end(), [&](size_t x, size_t y) { return encoded[x] < encoded[y]; });
  std::sort(by_numbers.begin(), by_numbers.end(), [&](size_t x, size_t y) { return tuples[x] < tuples[y]; });
  EXPECT_EQ(by_bytes, by_numbers);
  keys::IndexKey decoded;
  ASSERT_TRUE(keys::DecodePairIndexKey(encoded[1], &decoded));
  EXPECT_EQ(decoded.first, 1u);
  EXPECT_EQ(decoded.second, 2u);
  EXPECT_EQ(decoded.day, 3);
  EXPECT_EQ(decoded.assertion, 0xffffffffffULL);
  EXPECT_FALSE(keys::DecodePairIndexKey("short", &decoded));
}

TEST(KeysTest, PrefixSuccessorBoundsExactlyThePrefix) {
  const std::string prefix = keys::Id32(0x010000ff);
  const std::string upper = keys::PrefixSuccessor(prefix);
  EXPECT_LT(prefix + std::string(16, '\xff'), upper);
  EXPECT_LE(upper, keys::Id32(0x01000100));
  EXPECT_EQ(keys::PrefixSuccessor(std::string(3, '\xff')), "");
}

TEST(KeysTest, IndexValuesRoundTripAndRejectGarbage) {
  IndexValue v{Stance::kOppose, AssertionStatus::kRetracted, 0xabcdef};
  IndexValue back;
  ASSERT_TRUE(keys::DecodeIndexValue(keys::EncodeIndexValue(v), &back));
  EXPECT_EQ(back.stance, Stance::kOppose);
  EXPECT_EQ(back.status, AssertionStatus::kRetracted);
  EXPECT_EQ(back.source, 0xabcdefu);
  EXPECT_FALSE(keys::DecodeIndexValue(std::string("\x07\x00\x00\x00\x00\x00", 6), &back));
  EXPECT_FALSE(keys::DecodeIndexValue("x", &back));
}

}  // namespace
}  // namespace stancekb
