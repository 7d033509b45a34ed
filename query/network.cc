#include "query/network.h"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <map>

#include "query/agreement.h"
#include "query/assertion_view.h"

namespace stancekb {
namespace {

using Vertex = ActorNetwork::vertex_descriptor;
using Edge = ActorNetwork::edge_descriptor;

// Adds one vertex per actor with a stance, in name order.
Status AddActors(const Store& store, const std::vector<TopicPositions>& topics, ActorNetwork* g,
                 std::map<ActorId, Vertex>* vertices) {
  std::map<ActorId, ActorNode> nodes;
  for (const TopicPositions& topic : topics) {
    for (const ActorPosition& p : topic.actors) {
      ActorNode& node = nodes[p.actor];
      node.statements += p.statements;
      ++node.topics;
    }
  }
  std::vector<std::pair<ActorId, ActorNode>> sorted;
  for (auto& [id, node] : nodes) {
    Actor actor;
    Status s = store.GetActor(id, &actor);
    if (!s.ok()) return s;
    node.label = actor.name;
    node.kind = std::string(ActorKindName(actor.kind));
    sorted.emplace_back(id, std::move(node));
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.label < b.second.label; });
  for (auto& [id, node] : sorted) (*vertices)[id] = boost::add_vertex(std::move(node), *g);
  return Status::Ok();
}

// The deciding assertions of every (topic, actor) position.
using DecidingIds = std::map<std::pair<TopicId, ActorId>, const std::vector<AssertionId>*>;

DecidingIds IndexDecisions(const std::vector<TopicPositions>& topics) {
  DecidingIds ids;
  for (const TopicPositions& topic : topics) {
    for (const ActorPosition& p : topic.actors) ids[{topic.topic, p.actor}] = &p.decision.ids;
  }
  return ids;
}

Status AddEdge(const PairTally& tally, const std::vector<TopicId>& topics, const char* kind,
               const DecidingIds& deciding, const std::map<ActorId, Vertex>& vertices, NameCache* names,
               ActorNetwork* g) {
  if (topics.empty()) return Status::Ok();
  // Source before target in vertex (name) order.
  ActorId source = tally.a, target = tally.b;
  if (vertices.at(target) < vertices.at(source)) std::swap(source, target);
  RelationEdge edge{kind, static_cast<int>(topics.size()), "", ""};
  for (TopicId topic : topics) {
    std::string key;
    Status s = names->TopicKey(topic, &key);
    if (!s.ok()) return s;
    edge.topics += (edge.topics.empty() ? "" : " ") + key;
    for (ActorId actor : {source, target}) {
      for (AssertionId id : *deciding.at({topic, actor}))
        edge.ids += (edge.ids.empty() ? "" : " ") + std::to_string(id);
    }
  }
  boost::add_edge(vertices.at(source), vertices.at(target), std::move(edge), *g);
  return Status::Ok();
}

// A read-only property map of one field of the vertex or edge bundles.
template <typename Key, typename Bundle, typename T>
auto FieldMap(const ActorNetwork& g, T Bundle::*field) {
  return boost::make_function_property_map<Key>([&g, field](Key key) { return g[key].*field; });
}

boost::dynamic_properties NetworkProperties(const ActorNetwork& g) {
  boost::dynamic_properties dp;
  dp.property("label", FieldMap<Vertex>(g, &ActorNode::label));
  dp.property("kind", FieldMap<Vertex>(g, &ActorNode::kind));
  dp.property("statements", FieldMap<Vertex>(g, &ActorNode::statements));
  dp.property("topics", FieldMap<Vertex>(g, &ActorNode::topics));
  dp.property("kind", FieldMap<Edge>(g, &RelationEdge::kind));
  dp.property("weight", FieldMap<Edge>(g, &RelationEdge::weight));
  dp.property("topics", FieldMap<Edge>(g, &RelationEdge::topics));
  dp.property("ids", FieldMap<Edge>(g, &RelationEdge::ids));
  return dp;
}

}  // namespace

Status BuildNetwork(const Store& store, const PositionQuery& query, ActorNetwork* out) {
  PositionQuery counted = query;  // Nodes carry their statement counts.
  counted.count_statements = true;
  std::vector<TopicPositions> topics;
  Status s = CollectPositions(store, counted, &topics);
  std::map<ActorId, Vertex> vertices;
  if (s.ok()) s = AddActors(store, topics, out, &vertices);
  if (!s.ok()) return s;
  const DecidingIds deciding = IndexDecisions(topics);
  NameCache names(store);
  std::vector<PairTally> tallies = TallyRelations(topics);
  // Edges in vertex order, so edge lists read in name order.
  auto ends = [&vertices](const PairTally& t) -> std::pair<Vertex, Vertex> {
    return std::minmax(vertices.at(t.a), vertices.at(t.b));
  };
  std::sort(tallies.begin(), tallies.end(), [&](const PairTally& x, const PairTally& y) { return ends(x) < ends(y); });
  for (const PairTally& tally : tallies) {
    if (s.ok()) s = AddEdge(tally, tally.agree, "congruence", deciding, vertices, &names, out);
    if (s.ok()) s = AddEdge(tally, tally.disagree, "conflict", deciding, vertices, &names, out);
  }
  return s;
}

void WriteGraphml(const ActorNetwork& g, std::ostream& out) {
  boost::write_graphml(out, g, NetworkProperties(g), true);
}

void WriteDot(const ActorNetwork& g, std::ostream& out) {
  boost::dynamic_properties dp = NetworkProperties(g);
  dp.property("node_id", boost::get(boost::vertex_index, g));
  dp.property("color", boost::make_function_property_map<Edge>(
                           [&g](Edge e) { return std::string(g[e].kind == "conflict" ? "red" : "darkgreen"); }));
  boost::write_graphviz_dp(out, g, dp, "node_id");
}

ResultTable EdgeTable(const ActorNetwork& g) {
  ResultTable table({"source", "target", "kind", "weight", "topics", "ids"});
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const RelationEdge& e = g[*it];
    table.AddRow({g[boost::source(*it, g)].label, g[boost::target(*it, g)].label, e.kind, e.weight, e.topics, e.ids});
  }
  return table;
}

}  // namespace stancekb
