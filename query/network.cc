#include "query/network.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "query/agreement.h"
#include "query/assertion_view.h"

namespace stancekb {
namespace {

// The nodes: every actor with a stance, in name order; *vertex_of maps an
// actor to its node's index.
Status MakeNodes(const Store& store, const std::vector<TopicPositions>& topics, std::vector<ActorNode>* nodes,
                 std::unordered_map<ActorId, uint32_t>* vertex_of) {
  std::map<ActorId, ActorNode> by_id;
  for (const TopicPositions& topic : topics) {
    for (const ActorPosition& p : topic.actors) {
      ActorNode& node = by_id[p.actor];
      node.statements += p.statements;
      ++node.topics;
    }
  }
  std::vector<std::pair<ActorId, ActorNode>> sorted;
  for (auto& [id, node] : by_id) {
    Actor actor;
    Status s = store.GetActor(id, &actor);
    if (!s.ok()) return s;
    node.label = actor.name;
    node.kind = std::string(ActorKindName(actor.kind));
    node.wikidata = actor.wikidata;
    sorted.emplace_back(id, std::move(node));
  }
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.label < b.second.label; });
  for (auto& [id, node] : sorted) {
    (*vertex_of)[id] = static_cast<uint32_t>(nodes->size());
    nodes->push_back(std::move(node));
  }
  return Status::Ok();
}

// Turns dyad tallies into edges, reusing one edge's strings. Each
// position's assertion ids are written out once, not once per edge: a
// position is on an edge to every actor it relates to on its topic.
class EdgeMaker {
 public:
  EdgeMaker(const std::vector<TopicPositions>& topics, const std::vector<std::string>& topic_keys,
            NetworkVisitor* visitor)
      : topics_(topics), keys_(topic_keys), visitor_(visitor), ids_(topics.size()) {
    for (size_t t = 0; t < topics.size(); ++t) {
      for (const ActorPosition& p : topics[t].actors) {
        std::string& text = ids_[t].emplace_back();
        for (AssertionId id : p.decision.ids) text += (text.empty() ? "" : " ") + std::to_string(id);
      }
    }
  }

  void Add(const DyadTally& tally) {
    Emit(tally, "congruence", tally.agree);
    Emit(tally, "conflict", tally.disagree);
  }

 private:
  void Emit(const DyadTally& tally, const char* kind, const std::vector<SharedTopic>& shared) {
    if (shared.empty()) return;
    edge_.kind = kind;
    edge_.weight = static_cast<int>(shared.size());
    edge_.topics.clear();
    edge_.ids.clear();
    for (const SharedTopic& s : shared) {
      if (!edge_.topics.empty()) edge_.topics += ' ';
      edge_.topics += keys_[s.topic];
      for (const ActorPosition* p : {s.a, s.b}) {
        const std::string& ids = ids_[s.topic][p - topics_[s.topic].actors.data()];
        if (ids.empty()) continue;
        if (!edge_.ids.empty()) edge_.ids += ' ';
        edge_.ids += ids;
      }
    }
    visitor_->Edge(tally.a, tally.b, edge_);
  }

  const std::vector<TopicPositions>& topics_;
  const std::vector<std::string>& keys_;
  NetworkVisitor* visitor_;
  std::vector<std::vector<std::string>> ids_;  // Per topic and position, as topics_.
  RelationEdge edge_;
};

// Adds what it visits to a graph.
class GraphBuilder : public NetworkVisitor {
 public:
  explicit GraphBuilder(ActorNetwork* graph) : graph_(graph) {}
  void Nodes(const std::vector<ActorNode>& nodes) override {
    for (const ActorNode& node : nodes) boost::add_vertex(node, *graph_);
  }
  void Edge(size_t source, size_t target, const RelationEdge& edge) override {
    boost::add_edge(source, target, edge, *graph_);
  }

 private:
  ActorNetwork* graph_;
};

}  // namespace

Status VisitNetwork(const Store& store, const PositionQuery& query, NetworkVisitor* visitor) {
  PositionQuery counted = query;  // Nodes carry their statement counts.
  counted.count_statements = true;
  std::vector<TopicPositions> topics;
  Status s = CollectPositions(store, counted, &topics);
  std::vector<ActorNode> nodes;
  std::unordered_map<ActorId, uint32_t> vertex_of;
  if (s.ok()) s = MakeNodes(store, topics, &nodes, &vertex_of);
  std::vector<std::string> keys(topics.size());
  NameCache names(store);
  for (size_t t = 0; s.ok() && t < topics.size(); ++t) s = names.TopicKey(topics[t].topic, &keys[t]);
  if (!s.ok()) return s;
  visitor->Nodes(nodes);
  // Each topic's positions in vertex order too: the sweep meets an actor's
  // partners on a topic, and EdgeMaker their ids, in the order they lie in
  // memory, instead of at random among a whole database's positions.
  for (TopicPositions& topic : topics) {
    std::sort(topic.actors.begin(), topic.actors.end(), [&vertex_of](const ActorPosition& a, const ActorPosition& b) {
      return vertex_of.at(a.actor) < vertex_of.at(b.actor);
    });
  }
  // Ranked by vertex, dyads come in edge order.
  EdgeMaker edges(topics, keys, visitor);
  ForEachDyadTally(
      topics, vertex_of, nodes.size(), [&edges](const DyadTally& tally) { edges.Add(tally); }, query.progress);
  return Status::Ok();
}

Status BuildNetwork(const Store& store, const PositionQuery& query, ActorNetwork* out) {
  GraphBuilder builder(out);
  return VisitNetwork(store, query, &builder);
}

void VisitNetwork(const ActorNetwork& network, NetworkVisitor* visitor) {
  std::vector<ActorNode> nodes;
  for (auto [v, end] = boost::vertices(network); v != end; ++v) nodes.push_back(network[*v]);
  visitor->Nodes(nodes);
  for (auto [e, end] = boost::edges(network); e != end; ++e) {
    visitor->Edge(boost::source(*e, network), boost::target(*e, network), network[*e]);
  }
}

}  // namespace stancekb
