#include "query/agreement.h"

#include <map>

namespace stancekb {

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

std::vector<PairTally> TallyRelations(const std::vector<TopicPositions>& topics) {
  std::map<std::pair<ActorId, ActorId>, PairTally> tallies;
  for (const TopicPositions& topic : topics) {
    ForEachRelation(topic, [&](const ActorPosition& a, const ActorPosition& b, Relation relation) {
      PairTally& tally = tallies[{a.actor, b.actor}];
      tally.a = a.actor;
      tally.b = b.actor;
      (relation == Relation::kAgree ? tally.agree : tally.disagree).push_back(topic.topic);
    });
  }
  std::vector<PairTally> out;
  for (auto& [key, tally] : tallies) out.push_back(std::move(tally));
  return out;
}

}  // namespace stancekb
