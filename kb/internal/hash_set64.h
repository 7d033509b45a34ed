// HashSet64: a set of 64-bit hashes (assertion fingerprints, document ids)
// in one flat open-addressing array, for the writer's duplicate checks over
// a whole bulk load: 8 to 16 bytes an element where std::unordered_set takes
// about 40 and a cache miss more per lookup. Internal to kb/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace stancekb {

class HashSet64 {
 public:
  // Adds `v`; false when it was already in the set.
  bool Insert(uint64_t v) {
    if (v == 0) return !std::exchange(has_zero_, true);  // 0 marks an empty slot.
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = Slot(v, mask);; i = (i + 1) & mask) {
      if (slots_[i] == v) return false;
      if (slots_[i] == 0) {
        slots_[i] = v;
        ++size_;
        return true;
      }
    }
  }

 private:
  static size_t Slot(uint64_t v, size_t mask) { return (v ^ (v >> 29)) * 0x9E3779B97F4A7C15ull >> 20 & mask; }

  void Grow() {
    std::vector<uint64_t> old(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (uint64_t v : old) {
      if (v == 0) continue;
      size_t i = Slot(v, mask);
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = v;
    }
  }

  std::vector<uint64_t> slots_;
  size_t size_ = 0;
  bool has_zero_ = false;
};

}  // namespace stancekb
