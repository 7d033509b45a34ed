#include "query/timeline.h"

#include "query/pair_history.h"
#include "query/stance.h"

namespace stancekb {

Status Timeline(const Store& store, const TimelineQuery& query, std::vector<PairDecision>* out) {
  const IndexQuery scan{query.topic, query.actor, query.from, query.to};
  return ScanPairHistories(store, scan, [out](const PairHistory& history) {
    for (Decision& day : DailyDecisions(history, Date(), Date())) {
      out->push_back({history.actor, history.topic, std::move(day)});
    }
    return Status::Ok();
  });
}

}  // namespace stancekb
