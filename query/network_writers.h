// Network writers: NetworkVisitors (query/network.h) that write a network
// as its edges come, so that a whole database's network never sits in
// memory: GraphML (Gephi, visone), Graphviz DOT, or an edge list in a
// table format (columns source target kind weight topics ids source_wikidata
// target_wikidata: the actors' Wikidata ids, so that the list joins with
// Wikidata).
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "query/network.h"
#include "query/result_table.h"

namespace stancekb {

class NetworkWriter : public NetworkVisitor {
 public:
  // Writes what is left (closing tags, the rows a json or table edge list
  // keeps) and flushes.
  virtual void Finish() = 0;
};

// GraphML with node keys label, kind, statements, topics, wikidata and edge
// keys kind, weight, topics, ids; node ids are n0, n1, …; the same text
// Boost.Graph's write_graphml gives. Well-formed XML 1.0 whatever the names
// hold: what XML forbids (control characters, invalid UTF-8) becomes U+FFFD.
std::unique_ptr<NetworkWriter> NewGraphmlWriter(std::ostream* out);
// Graphviz DOT: the same node and edge attributes and a colour (green
// congruence, red conflict); the same text as Boost.Graph's
// write_graphviz_dp, except that backslashes are doubled and names made
// valid as for GraphML.
std::unique_ptr<NetworkWriter> NewDotWriter(std::ostream* out);
// An edge list; csv and jsonl are written row by row.
std::unique_ptr<NetworkWriter> NewEdgeListWriter(OutputFormat format, std::ostream* out);

// A built network, written whole.
void WriteGraphml(const ActorNetwork& network, std::ostream& out);
void WriteDot(const ActorNetwork& network, std::ostream& out);
ResultTable EdgeTable(const ActorNetwork& network);

}  // namespace stancekb
