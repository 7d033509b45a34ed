#include "query/signed_partition.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace stancekb {
namespace {

class Partitioner {
 public:
  Partitioner(const std::vector<uint32_t>& nodes, const std::vector<SignedEdge>& edges)
      : ids_(nodes), neighbours_(nodes.size()), group_(nodes.size()) {
    std::sort(ids_.begin(), ids_.end());
    for (const SignedEdge& e : edges) {
      const size_t a = Index(e.a), b = Index(e.b);
      neighbours_[a].emplace_back(b, e.weight);
      neighbours_[b].emplace_back(a, e.weight);
    }
    for (size_t i = 0; i < group_.size(); ++i) group_[i] = i;
    next_group_ = group_.size();
  }

  std::vector<std::vector<uint32_t>> Run() {
    while (MoveNodes() || MergeGroups()) {
    }
    std::map<size_t, std::vector<uint32_t>> groups;
    for (size_t i = 0; i < ids_.size(); ++i) groups[group_[i]].push_back(ids_[i]);
    std::vector<std::vector<uint32_t>> out;
    for (auto& [group, members] : groups) out.push_back(std::move(members));
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  size_t Index(uint32_t id) const { return std::lower_bound(ids_.begin(), ids_.end(), id) - ids_.begin(); }

  // One sweep of single-node moves; true if any node moved.
  bool MoveNodes() {
    bool moved = false;
    for (size_t i = 0; i < ids_.size(); ++i) {
      // Frustration of i's edges is (its positive weight) − (weight into its
      // group), so the best group is the one i's edges weigh most towards.
      std::map<size_t, int> toward;
      for (const auto& [j, w] : neighbours_[i]) toward[group_[j]] += w;
      const int current = toward[group_[i]];
      size_t best = next_group_;  // A new group of its own: weight 0.
      int best_weight = 0;
      for (const auto& [group, weight] : toward) {
        if (weight > best_weight || (weight == best_weight && group == group_[i])) {
          best = group;
          best_weight = weight;
        }
      }
      if (best_weight > current) {
        group_[i] = best == next_group_ ? next_group_++ : best;
        moved = true;
      }
    }
    return moved;
  }

  // Merges the two groups with the largest positive weight between them.
  bool MergeGroups() {
    std::map<std::pair<size_t, size_t>, int> between;
    for (size_t i = 0; i < ids_.size(); ++i) {
      for (const auto& [j, w] : neighbours_[i]) {
        if (group_[i] < group_[j]) between[{group_[i], group_[j]}] += w;
      }
    }
    auto best = std::max_element(between.begin(), between.end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    if (best == between.end() || best->second <= 0) return false;
    std::replace(group_.begin(), group_.end(), best->first.second, best->first.first);
    return true;
  }

  std::vector<uint32_t> ids_;
  std::vector<std::vector<std::pair<size_t, int>>> neighbours_;
  std::vector<size_t> group_;
  size_t next_group_ = 0;
};

}  // namespace

std::vector<std::vector<uint32_t>> PartitionSignedGraph(const std::vector<uint32_t>& nodes,
                                                        const std::vector<SignedEdge>& edges) {
  return Partitioner(nodes, edges).Run();
}

int Frustration(const std::vector<std::vector<uint32_t>>& groups, const std::vector<SignedEdge>& edges) {
  std::unordered_map<uint32_t, size_t> group_of;
  for (size_t g = 0; g < groups.size(); ++g) {
    for (uint32_t id : groups[g]) group_of[id] = g;
  }
  int frustration = 0;
  for (const SignedEdge& e : edges) {
    const bool together = group_of.at(e.a) == group_of.at(e.b);
    if (together && e.weight < 0) frustration -= e.weight;
    if (!together && e.weight > 0) frustration += e.weight;
  }
  return frustration;
}

}  // namespace stancekb
