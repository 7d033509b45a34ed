#include "query/assertion_view.h"

#include <algorithm>

namespace stancekb {
namespace {

template <typename Record, typename Get, typename Field>
Status CachedName(std::unordered_map<uint32_t, std::string>* cache, uint32_t id, Get get, Field field,
                  std::string* out) {
  if (id == 0) {
    out->clear();
    return Status::Ok();
  }
  if (auto it = cache->find(id); it != cache->end()) {
    *out = it->second;
    return Status::Ok();
  }
  Record record;
  Status s = get(id, &record);
  if (!s.ok()) return s;
  *out = (*cache)[id] = field(record);
  return Status::Ok();
}

}  // namespace

Status NameCache::ActorName(ActorId id, std::string* out) {
  return CachedName<Actor>(
      &actors_, id, [this](ActorId i, Actor* a) { return store_.GetActor(i, a); },
      [](const Actor& a) { return a.name; }, out);
}

Status NameCache::LoadActorNames(const std::vector<ActorId>& ids) {
  std::vector<ActorId> missing;
  for (ActorId id : ids) {
    if (id != 0 && !actors_.contains(id)) missing.push_back(id);
  }
  std::sort(missing.begin(), missing.end());
  missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
  std::vector<std::string> names;
  Status s = store_.GetActorNames(missing, &names);
  for (size_t i = 0; s.ok() && i < missing.size(); ++i) actors_[missing[i]] = std::move(names[i]);
  return s;
}

Status NameCache::TopicKey(TopicId id, std::string* out) {
  return CachedName<Topic>(
      &topics_, id, [this](TopicId i, Topic* t) { return store_.GetTopic(i, t); }, [](const Topic& t) { return t.key; },
      out);
}

Status NameCache::SourceName(SourceId id, std::string* out) {
  return CachedName<Source>(
      &sources_, id, [this](SourceId i, Source* s) { return store_.GetSource(i, s); },
      [](const Source& s) { return s.name; }, out);
}

Status NameCache::NameView(AssertionView* view) {
  Status s = ActorName(view->assertion.actor_id, &view->actor);
  if (s.ok()) s = TopicKey(view->assertion.topic_id, &view->topic);
  if (s.ok()) s = SourceName(view->assertion.source_id, &view->source);
  return s;
}

Status LoadAssertionViews(const Store& store, NameCache* names, const std::vector<AssertionId>& ids,
                          std::vector<AssertionView>* out) {
  std::vector<Assertion> assertions;
  Status s = store.GetAssertions(ids, &assertions);
  out->reserve(out->size() + assertions.size());
  for (size_t i = 0; s.ok() && i < assertions.size(); ++i) {
    AssertionView view;
    view.assertion = std::move(assertions[i]);
    s = names->NameView(&view);
    out->push_back(std::move(view));
  }
  return s;
}

// Cells are built in place and the strings moved in: a braced row would copy
// every cell once more (an initializer list's elements are const).
ResultTable AssertionTable(std::vector<AssertionView> views) {
  ResultTable table({"id", "actor", "topic", "stance", "date", "source", "quote"});
  for (AssertionView& v : views) {
    std::vector<nlohmann::json> cells;
    cells.reserve(table.columns().size());
    cells.emplace_back(v.assertion.id);
    cells.emplace_back(std::move(v.actor));
    cells.emplace_back(std::move(v.topic));
    cells.emplace_back(StanceName(v.assertion.stance));
    cells.emplace_back(v.assertion.date.ToString());
    cells.emplace_back(std::move(v.source));
    cells.emplace_back(std::move(v.assertion.evidence.quote));
    table.AddRow(std::move(cells));
  }
  return table;
}

}  // namespace stancekb
