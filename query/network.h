// Network: the actor congruence and conflict network (DESIGN.md "network",
// after the Discourse Network Analyzer): actors with a stance are nodes; two
// actors get a congruence edge weighted by the number of topics they both
// support or both oppose, and a conflict edge weighted by the number they
// disagree on. Exported as GraphML (Gephi, visone), DOT and a CSV edge list.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <ostream>
#include <string>

#include "kb/store.h"
#include "query/positions.h"
#include "query/result_table.h"

namespace stancekb {

struct ActorNode {
  std::string label;   // Canonical name.
  std::string kind;    // person, organization, state, group, unknown.
  int statements = 0;  // Assertions counted for the stances.
  int topics = 0;      // Topics the actor has a stance on.
};

struct RelationEdge {
  std::string kind;    // "congruence" or "conflict".
  int weight = 0;      // Number of topics.
  std::string topics;  // Their keys, space-separated.
  std::string ids;     // The deciding assertions of both actors, space-separated.
};

// Undirected multigraph: two actors may have both a congruence and a
// conflict edge. Vertices are in actor-name order.
using ActorNetwork = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, ActorNode, RelationEdge>;

Status BuildNetwork(const Store& store, const PositionQuery& query, ActorNetwork* out);

// GraphML with node keys label, kind, statements, topics and edge keys kind,
// weight, topics, ids; node ids are n0, n1, ….
void WriteGraphml(const ActorNetwork& network, std::ostream& out);
// Graphviz DOT: node labels, edge kind, weight and colour (green congruence,
// red conflict).
void WriteDot(const ActorNetwork& network, std::ostream& out);
// Columns: source target kind weight topics ids.
ResultTable EdgeTable(const ActorNetwork& network);

}  // namespace stancekb
