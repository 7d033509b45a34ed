#include "query/said.h"

#include <algorithm>

namespace stancekb {

Status Said(const Store& store, const SaidQuery& query, std::vector<AssertionView>* out) {
  if (!query.topic && !query.actor) return Status::InvalidInput("said needs --topic or --actor");
  IndexQuery scan{query.topic, query.actor, query.from, query.to};
  std::vector<AssertionId> ids;
  Status s = store.ScanIndex(scan, [&](const IndexEntry& e) {
    const bool wanted = e.value.status != AssertionStatus::kRetracted && (!query.source || e.value.source == *query.source);
    if (wanted) ids.push_back(e.assertion);
    return true;
  });
  if (!s.ok()) return s;
  NameCache names(store);
  std::vector<AssertionView> views;
  s = LoadAssertionViews(store, &names, ids, &views);
  if (!s.ok()) return s;
  std::stable_sort(views.begin(), views.end(), [](const AssertionView& a, const AssertionView& b) {
    if (a.actor != b.actor) return a.actor < b.actor;
    if (a.assertion.date.day_number() != b.assertion.date.day_number()) {
      return a.assertion.date.day_number() < b.assertion.date.day_number();
    }
    return a.assertion.id < b.assertion.id;
  });
  out->insert(out->end(), std::make_move_iterator(views.begin()), std::make_move_iterator(views.end()));
  return Status::Ok();
}

}  // namespace stancekb
