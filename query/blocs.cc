#include "query/blocs.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "query/agreement.h"
#include "query/report.h"
#include "query/signed_partition.h"

namespace stancekb {
namespace {

// The nonzero signed weights of the related dyads, (a, b) by actor id with
// a < b, in that order: a flat list instead of a map, since a whole
// database relates millions of dyads.
class SignedWeights {
 public:
  SignedWeights(const std::vector<TopicPositions>& topics, const ProgressFunction& progress) {
    std::vector<ActorId> actors;
    for (const TopicPositions& topic : topics) {
      for (const ActorPosition& p : topic.actors) {
        if (TakesSide(p.decision.position)) actors.push_back(p.actor);
      }
    }
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
    std::unordered_map<ActorId, uint32_t> rank;
    for (uint32_t i = 0; i < actors.size(); ++i) rank[actors[i]] = i;
    ForEachDyadTally(
        topics, rank, actors.size(),
        [&](const DyadTally& t) {
          const int weight = static_cast<int>(t.agree.size()) - static_cast<int>(t.disagree.size());
          if (weight != 0) edges_.push_back({actors[t.a], actors[t.b], weight});
        },
        progress);
  }

  const std::vector<SignedEdge>& edges() const { return edges_; }

  int Of(ActorId x, ActorId y) const {
    const SignedEdge key{std::min(x, y), std::max(x, y), 0};
    auto it = std::lower_bound(edges_.begin(), edges_.end(), key, ByEnds);
    return it != edges_.end() && !ByEnds(key, *it) ? it->weight : 0;
  }

 private:
  static bool ByEnds(const SignedEdge& p, const SignedEdge& q) { return std::tie(p.a, p.b) < std::tie(q.a, q.b); }

  std::vector<SignedEdge> edges_;
};

std::vector<std::vector<ActorId>> Partition(const SignedWeights& weights) {
  std::vector<ActorId> nodes;
  for (const SignedEdge& e : weights.edges()) nodes.insert(nodes.end(), {e.a, e.b});
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  return PartitionSignedGraph(nodes, weights.edges());
}

// Actors of other groups that agree with a majority of groups[g] and
// disagree with none of it.
std::vector<ActorId> Joiners(size_t g, const std::vector<std::vector<ActorId>>& groups, const SignedWeights& weights) {
  const std::vector<ActorId>& group = groups[g];
  std::vector<ActorId> joiners;
  for (size_t other = 0; other < groups.size(); ++other) {
    if (other == g) continue;
    for (ActorId x : groups[other]) {
      size_t agree = 0, disagree = 0;
      for (ActorId member : group) {
        const int w = weights.Of(x, member);
        agree += w > 0;
        disagree += w < 0;
      }
      if (disagree == 0 && 2 * agree > group.size()) joiners.push_back(x);
    }
  }
  return joiners;
}

std::vector<BlocPosition> SharedPositions(const std::vector<ActorId>& members,
                                          const std::vector<TopicPositions>& topics) {
  std::vector<BlocPosition> shared;
  for (const TopicPositions& topic : topics) {
    BlocPosition sides[2] = {{topic.topic, Position::kSupport, {}, {}}, {topic.topic, Position::kOppose, {}, {}}};
    for (const ActorPosition& p : topic.actors) {
      if (!TakesSide(p.decision.position) || !std::binary_search(members.begin(), members.end(), p.actor)) continue;
      BlocPosition& side = sides[p.decision.position == Position::kSupport ? 0 : 1];
      side.holders.push_back(p.actor);
      side.ids.insert(side.ids.end(), p.decision.ids.begin(), p.decision.ids.end());
    }
    for (int i = 0; i < 2; ++i) {
      if (sides[i].holders.size() >= 2 && sides[1 - i].holders.empty()) shared.push_back(std::move(sides[i]));
    }
  }
  return shared;
}

}  // namespace

Status FindBlocs(const Store& store, const PositionQuery& query, std::vector<Bloc>* out) {
  std::vector<TopicPositions> topics;
  Status s = CollectPositions(store, query, &topics);
  if (!s.ok()) return s;
  const SignedWeights weights(topics, query.progress);
  const std::vector<std::vector<ActorId>> groups = Partition(weights);
  std::vector<Bloc> blocs;
  std::set<ActorId> shared;
  for (size_t g = 0; g < groups.size(); ++g) {
    const std::vector<ActorId> joiners = Joiners(g, groups, weights);
    shared.insert(joiners.begin(), joiners.end());
    Bloc bloc;
    bloc.members = groups[g];
    bloc.members.insert(bloc.members.end(), joiners.begin(), joiners.end());
    std::sort(bloc.members.begin(), bloc.members.end());
    if (bloc.members.size() >= 2) blocs.push_back(std::move(bloc));
  }
  for (Bloc& bloc : blocs) {
    std::copy_if(bloc.members.begin(), bloc.members.end(), std::back_inserter(bloc.shared),
                 [&shared](ActorId id) { return shared.count(id) > 0; });
    bloc.positions = SharedPositions(bloc.members, topics);
  }
  std::stable_sort(blocs.begin(), blocs.end(),
                   [](const Bloc& a, const Bloc& b) { return a.members.size() > b.members.size(); });
  out->insert(out->end(), blocs.begin(), blocs.end());
  return Status::Ok();
}

Status BlocsTable(const Store& store, const std::vector<Bloc>& blocs, ResultTable* out) {
  Report report(store);
  for (const Bloc& bloc : blocs) {
    for (ActorId id : bloc.members) report.NeedActor(id);
    for (const BlocPosition& p : bloc.positions) report.NeedTopic(p.topic);
  }
  Status s = report.Load();
  if (!s.ok()) return s;
  auto names = [&report](const std::vector<ActorId>& ids) {
    std::vector<std::string> list;
    for (ActorId id : ids) list.push_back(report.Actor(id));
    std::sort(list.begin(), list.end());
    return list;
  };
  *out = ResultTable({"bloc", "members", "shared_members", "positions", "ids"});
  for (size_t i = 0; i < blocs.size(); ++i) {
    std::vector<std::string> positions;
    std::vector<AssertionId> ids;
    for (const BlocPosition& p : blocs[i].positions) {
      positions.push_back(report.Topic(p.topic) + " " + std::string(PositionName(p.position)) + " (" +
                          std::to_string(p.holders.size()) + ")");
      ids.insert(ids.end(), p.ids.begin(), p.ids.end());
    }
    out->AddRow({i + 1, names(blocs[i].members), names(blocs[i].shared), positions, ids});
  }
  return Status::Ok();
}

}  // namespace stancekb
