// Network: the actor congruence and conflict network (doc/query-semantics.md "network",
// after the Discourse Network Analyzer): actors with a stance are nodes; two
// actors get a congruence edge weighted by the number of topics they both
// support or both oppose, and a conflict edge weighted by the number they
// disagree on. Exported as GraphML (Gephi, visone), DOT and a CSV edge list
// (query/network_writers.h).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <vector>

#include "kb/store.h"
#include "query/topic_positions.h"

namespace stancekb {

struct ActorNode {
  std::string label;     // Canonical name.
  std::string kind;      // person, organization, state, group, unknown.
  std::string wikidata;  // Wikidata item id; empty when the lexicon has none.
  int statements = 0;    // Assertions counted for the stances.
  int topics = 0;        // Topics the actor has a stance on.
};

struct RelationEdge {
  std::string kind;    // "congruence" or "conflict".
  int weight = 0;      // Number of topics.
  std::string topics;  // Their keys, space-separated.
  std::string ids;     // The deciding assertions of both actors: decimal ids, space-separated.
};

// Receives a network as it is computed: every node first (node i is vertex
// i; in name order), then each edge once, source < target, ordered by
// (source, target), a dyad's congruence edge before its conflict edge.
class NetworkVisitor {
 public:
  virtual ~NetworkVisitor() = default;
  virtual void Nodes(const std::vector<ActorNode>& nodes) = 0;
  virtual void Edge(size_t source, size_t target, const RelationEdge& edge) = 0;
};

// Computes the network edge by edge. Memory holds the positions and one
// actor's edges at a time, never the whole edge list: a whole database's
// network has millions of edges. An error comes before any node is visited,
// so a visitor that writes as it goes writes nothing for a failed query.
Status VisitNetwork(const Store& store, const PositionQuery& query, NetworkVisitor* visitor);

// Undirected multigraph: two actors may have both a congruence and a
// conflict edge. Vertices are in actor-name order.
using ActorNetwork = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, ActorNode, RelationEdge>;

// The whole network in memory, for callers that walk the graph.
Status BuildNetwork(const Store& store, const PositionQuery& query, ActorNetwork* out);

// Hands a built network to `visitor` in VisitNetwork's order.
void VisitNetwork(const ActorNetwork& network, NetworkVisitor* visitor);

}  // namespace stancekb
