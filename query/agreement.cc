#include "query/agreement.h"

#include <algorithm>

namespace stancekb {
namespace {

// Walks the actors in rank order and, for each, the actors after it that
// take a side on one of its topics.
class DyadSweep {
 public:
  DyadSweep(const std::vector<TopicPositions>& topics, const std::unordered_map<ActorId, uint32_t>& rank, size_t ranks)
      : sides_(topics.size()), taken_(ranks), tallies_(ranks) {
    for (uint32_t t = 0; t < topics.size(); ++t) {
      for (const ActorPosition& p : topics[t].actors) {
        if (TakesSide(p.decision.position)) sides_[t].push_back({rank.at(p.actor), &p});
      }
      std::sort(sides_[t].begin(), sides_[t].end(), [](const Side& a, const Side& b) { return a.rank < b.rank; });
      for (uint32_t k = 0; k < sides_[t].size(); ++k) taken_[sides_[t][k].rank].push_back({t, k});
    }
  }

  void Run(const std::function<void(const DyadTally&)>& visit, const ProgressFunction& progress) {
    for (uint32_t a = 0; a < taken_.size(); ++a) {
      ReportProgress(progress, "actors related", a);
      Relate(a);
      std::sort(partners_.begin(), partners_.end());
      for (uint32_t b : partners_) {
        visit(tallies_[b]);
        tallies_[b].agree.clear();
        tallies_[b].disagree.clear();
      }
      partners_.clear();
    }
  }

 private:
  struct Side {
    uint32_t rank;
    const ActorPosition* held;
  };

  // Tallies, per actor after a, the topics it shares with a.
  void Relate(uint32_t a) {
    for (const auto& [t, k] : taken_[a]) {
      const std::vector<Side>& sides = sides_[t];
      const Side& mine = sides[k];
      for (uint32_t j = k + 1; j < sides.size(); ++j) {
        DyadTally& tally = tallies_[sides[j].rank];
        if (tally.agree.empty() && tally.disagree.empty()) {
          partners_.push_back(sides[j].rank);
          tally.a = a;
          tally.b = sides[j].rank;
        }
        const bool same = sides[j].held->decision.position == mine.held->decision.position;
        (same ? tally.agree : tally.disagree).push_back({t, mine.held, sides[j].held});
      }
    }
  }

  std::vector<std::vector<Side>> sides_;                           // Per topic, by rank.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> taken_;  // Per rank: (topic, index in sides_).
  std::vector<DyadTally> tallies_;                                 // Per rank after the current one.
  std::vector<uint32_t> partners_;                                 // Ranks whose tally is not empty.
};

}  // namespace

void ForEachRelation(const TopicPositions& topic, const RelationVisitor& visit) {
  const std::vector<ActorPosition>& actors = topic.actors;
  for (size_t i = 0; i < actors.size(); ++i) {
    const Position a = actors[i].decision.position;
    if (!TakesSide(a)) continue;
    for (size_t j = i + 1; j < actors.size(); ++j) {
      const Position b = actors[j].decision.position;
      if (TakesSide(b)) visit(actors[i], actors[j], a == b ? Relation::kAgree : Relation::kDisagree);
    }
  }
}

void ForEachDyadTally(const std::vector<TopicPositions>& topics, const std::unordered_map<ActorId, uint32_t>& rank,
                      size_t ranks, const std::function<void(const DyadTally&)>& visit,
                      const ProgressFunction& progress) {
  DyadSweep(topics, rank, ranks).Run(visit, progress);
}

}  // namespace stancekb
