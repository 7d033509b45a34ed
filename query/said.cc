#include "query/said.h"

#include <algorithm>
#include <unordered_map>

namespace stancekb {
namespace {

// A matching index entry; `rank` is its actor's place in name order. From
// the said index, `row` is where its row is in the rows read.
struct Match {
  uint32_t rank = 0;
  int32_t day = 0;
  AssertionId id = 0;
  ActorId actor = 0;
  size_t row = 0;
};

// The row a said index entry holds: the fields `said` prints.
AssertionView RowOf(const IndexEntry& e) {
  AssertionView row;
  Assertion& a = row.assertion;
  a.id = e.assertion;
  a.actor_id = e.actor;
  a.topic_id = e.topic;
  a.stance = e.value.stance;
  a.status = e.value.status;
  a.source_id = e.value.source;
  a.date = Date::FromDayNumber(e.day, e.precision);
  a.evidence.quote = e.quote;
  return row;
}

// Appends the rows read from the said index in the order of `matches`,
// with their names.
Status NameRows(NameCache* names, const std::vector<Match>& matches, std::vector<AssertionView>* rows,
                std::vector<AssertionView>* out) {
  Status s;
  out->reserve(out->size() + matches.size());
  for (size_t i = 0; s.ok() && i < matches.size(); ++i) {
    AssertionView& row = (*rows)[matches[i].row];
    s = names->ActorName(row.assertion.actor_id, &row.actor);
    if (s.ok()) s = names->TopicKey(row.assertion.topic_id, &row.topic);
    if (s.ok()) s = names->SourceName(row.assertion.source_id, &row.source);
    out->push_back(std::move(row));
  }
  return s;
}

// Sets each match's rank: actors in name order, equal names ranked equal.
Status RankActors(NameCache* names, std::vector<Match>* matches) {
  std::vector<ActorId> actors;
  for (const Match& m : *matches) actors.push_back(m.actor);
  std::sort(actors.begin(), actors.end());
  actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
  Status s = names->LoadActorNames(actors);
  std::vector<std::pair<std::string, ActorId>> named(actors.size());
  for (size_t i = 0; s.ok() && i < actors.size(); ++i) {
    named[i].second = actors[i];
    s = names->ActorName(actors[i], &named[i].first);
  }
  if (!s.ok()) return s;
  std::sort(named.begin(), named.end());
  std::unordered_map<ActorId, uint32_t> rank;
  for (size_t i = 0; i < named.size(); ++i) {
    rank[named[i].second] = i > 0 && named[i].first == named[i - 1].first ? rank[named[i - 1].second] : i;
  }
  for (Match& m : *matches) m.rank = rank[m.actor];
  return Status::Ok();
}

}  // namespace

Status Said(const Store& store, const SaidQuery& query, std::vector<AssertionView>* out) {
  if (!query.topic && !query.actor) return Status::InvalidInput("said needs --topic or --actor");
  // By topic the said index holds the rows; by actor alone they are read by id.
  IndexQuery scan{query.topic, query.actor, query.from, query.to, query.topic && store.HasSaidIndex()};
  std::vector<Match> matches;
  std::vector<AssertionView> rows;
  Status s = store.ScanIndex(scan, [&](const IndexEntry& e) {
    const bool wanted = e.value.status != AssertionStatus::kRetracted && (!query.source || e.value.source == *query.source);
    if (!wanted) return true;
    matches.push_back({0, e.day, e.assertion, e.actor, rows.size()});
    if (scan.said) rows.push_back(RowOf(e));
    return true;
  });
  NameCache names(store);
  if (s.ok()) s = RankActors(&names, &matches);
  if (!s.ok()) return s;
  // Ordered before reading: assertions are read straight into their rows.
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return std::tie(a.rank, a.day, a.id) < std::tie(b.rank, b.day, b.id);
  });
  if (scan.said) return NameRows(&names, matches, &rows, out);
  std::vector<AssertionId> ids;
  ids.reserve(matches.size());
  for (const Match& m : matches) ids.push_back(m.id);
  return LoadAssertionViews(store, &names, ids, out);
}

}  // namespace stancekb
