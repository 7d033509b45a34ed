#include "query/said.h"

#include <algorithm>
#include <unordered_map>

#include "kb/index_cursor.h"
#include "query/name_ranks.h"

namespace stancekb {
namespace {

// A matching index entry; `rank` is its actor's place in name order. From
// the said index it holds the rest of its row too. Kept small: a CLI call
// pays for every page of memory it touches.
struct Match {
  uint32_t rank = 0;
  int32_t day = 0;
  AssertionId id = 0;
  ActorId actor = 0;
  TopicId topic = 0;
  IndexValue value;
  DatePrecision precision = DatePrecision::kDay;
  std::string quote;
};

// Appends the rows the said index gave, in the order of `matches`, with
// their names: the fields `said` prints.
Status AppendRows(NameCache* names, std::vector<Match>* matches, std::vector<AssertionView>* out) {
  Status s;
  out->reserve(out->size() + matches->size());
  for (size_t i = 0; s.ok() && i < matches->size(); ++i) {
    Match& m = (*matches)[i];
    AssertionView& row = out->emplace_back();
    Assertion& a = row.assertion;
    a.id = m.id;
    a.actor_id = m.actor;
    a.topic_id = m.topic;
    a.stance = m.value.stance;
    a.status = m.value.status;
    a.source_id = m.value.source;
    a.date = Date::FromDayNumber(m.day, m.precision);
    a.evidence.quote = std::move(m.quote);
    s = names->NameView(&row);
  }
  return s;
}

// Sets each match's rank: actors in name order, equal names ranked equal.
Status RankActors(NameCache* names, std::vector<Match>* matches) {
  std::vector<ActorId> actors;
  for (const Match& m : *matches) actors.push_back(m.actor);
  Status s = names->LoadActorNames(actors);
  std::unordered_map<ActorId, std::string> name_of;
  for (size_t i = 0; s.ok() && i < actors.size(); ++i) {
    if (!name_of.count(actors[i])) s = names->ActorName(actors[i], &name_of[actors[i]]);
  }
  if (!s.ok()) return s;
  const auto rank = NameRanks(std::move(actors), [&](ActorId id) -> const std::string& { return name_of.at(id); });
  for (Match& m : *matches) m.rank = rank.at(m.actor);
  return Status::Ok();
}

// The topics `actor` spoke on, in id order: one seek per topic in the
// actor's part of the actor-topic index, past each topic's entries.
Status ActorTopics(const Store& store, ActorId actor, std::vector<TopicId>* topics) {
  std::unique_ptr<IndexCursor> cursor;
  IndexQuery query;
  query.actor = actor;
  Status s = store.NewIndexCursor(query, &cursor);
  if (!s.ok()) return s;
  for (cursor->SeekToFirst(); cursor->Valid(); cursor->SeekPastGroup(cursor->entry())) {
    topics->push_back(cursor->entry().topic);
  }
  return cursor->status();
}

// Visits the said index entries the query matches: by topic one range of
// it; by actor alone one range per topic the actor spoke on, so that no
// assertion is read by id: an actor can have said hundreds of thousands of
// things, and reads by id are scattered over the whole assertions family.
Status ScanSaid(const Store& store, const SaidQuery& query, const IndexVisitor& visit) {
  if (query.topic) return store.ScanIndex({query.topic, query.actor, query.from, query.to, true}, visit);
  std::vector<TopicId> topics;
  Status s = ActorTopics(store, *query.actor, &topics);
  for (size_t i = 0; s.ok() && i < topics.size(); ++i) {
    s = store.ScanIndex({topics[i], query.actor, query.from, query.to, true}, visit);
  }
  return s;
}

}  // namespace

Status Said(const Store& store, const SaidQuery& query, std::vector<AssertionView>* out) {
  if (!query.topic && !query.actor) return Status::InvalidInput("said needs --topic or --actor");
  // The said index holds the rows; a database of format 1 has only the
  // topic-actor and actor-topic indexes, and its rows are read by id.
  const bool by_said = store.HasSaidIndex();
  std::vector<Match> matches;
  auto visit = [&](const IndexEntry& e) {
    const bool wanted =
        e.value.status != AssertionStatus::kRetracted && (!query.source || e.value.source == *query.source);
    if (!wanted) return true;
    matches.push_back({0, e.day, e.assertion, e.actor, e.topic, e.value, e.precision, std::string(e.quote)});
    return true;
  };
  Status s = by_said ? ScanSaid(store, query, visit)
                     : store.ScanIndex({query.topic, query.actor, query.from, query.to, false}, visit);
  NameCache names(store);
  if (s.ok()) s = RankActors(&names, &matches);
  if (!s.ok()) return s;
  // Ordered before reading: assertions are read straight into their rows.
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return std::tie(a.rank, a.day, a.id) < std::tie(b.rank, b.day, b.id);
  });
  if (by_said) return AppendRows(&names, &matches, out);
  std::vector<AssertionId> ids;
  ids.reserve(matches.size());
  for (const Match& m : matches) ids.push_back(m.id);
  return LoadAssertionViews(store, &names, ids, out);
}

}  // namespace stancekb
