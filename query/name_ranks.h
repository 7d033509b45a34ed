// NameRanks: each id's place in the order of its name, equal names sharing
// one place. Rows ordered by actor or topic name (said, agree/disagree) sort
// on these small integers instead of comparing names again and again.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace stancekb {

// `ids` may repeat; `name_of(id)` returns a const std::string& for each.
template <typename Id, typename NameOf>
std::unordered_map<Id, uint32_t> NameRanks(std::vector<Id> ids, NameOf name_of) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::sort(ids.begin(), ids.end(), [&](Id x, Id y) { return name_of(x) < name_of(y); });
  std::unordered_map<Id, uint32_t> ranks;
  for (size_t i = 0; i < ids.size(); ++i) {
    ranks[ids[i]] = i > 0 && name_of(ids[i]) == name_of(ids[i - 1]) ? ranks[ids[i - 1]] : i;
  }
  return ranks;
}

}  // namespace stancekb
