// SignedPartition: splits a signed graph into groups so that positive
// (agreement) edges fall inside groups and negative (conflict) edges between
// them, as far as possible: the partition minimising frustration, i.e. the
// total weight of positive edges between groups plus |weight| of negative
// edges within groups (structural balance; Doreian & Mrvar, "A partitioning
// approach to structural balance", 1996; the same objective as correlation
// clustering).
//
// Finding the minimum is NP-hard, so this is their relocation heuristic made
// deterministic: start from singletons; move each node (in id order) to the
// group, or a new group, that lowers frustration most; when no move helps,
// merge the two groups whose edges between them weigh most (if positive);
// repeat until neither helps. Every step lowers the (integer) frustration,
// so it terminates; each sweep costs O(edges).
#pragma once

#include <cstdint>
#include <vector>

namespace stancekb {

struct SignedEdge {
  uint32_t a = 0;
  uint32_t b = 0;
  int weight = 0;  // > 0 agreement, < 0 conflict; at most one edge per pair.
};

// Groups of `nodes` (each group in id order; groups ordered by their first
// id). Edges must name listed nodes.
std::vector<std::vector<uint32_t>> PartitionSignedGraph(const std::vector<uint32_t>& nodes,
                                                        const std::vector<SignedEdge>& edges);

// The frustration of `groups` (which must cover every node of `edges`).
int Frustration(const std::vector<std::vector<uint32_t>>& groups, const std::vector<SignedEdge>& edges);

}  // namespace stancekb
