#include "query/html_report/report_data.h"

#include <algorithm>
#include <map>
#include <set>

#include "query/dyads.h"
#include "query/said.h"
#include "query/timeline.h"

namespace stancekb {
namespace {

Status CollectStatements(const Store& store, const ReportQuery& query, TopicId topic, std::vector<AssertionView>* out) {
  SaidQuery said{topic, std::nullopt, query.from, query.to, std::nullopt};
  if (query.actors.empty()) return Said(store, said, out);
  for (ActorId actor : query.actors) {
    said.actor = actor;
    Status s = Said(store, said, out);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// The document URL of every statement that has one: the assertions are read
// (one MultiGet) for their document ids, then each document once.
Status CollectUrls(const Store& store, const std::vector<AssertionView>& statements,
                   std::unordered_map<AssertionId, std::string>* out) {
  std::vector<AssertionId> ids;
  ids.reserve(statements.size());
  for (const AssertionView& view : statements) ids.push_back(view.assertion.id);
  std::vector<Assertion> assertions;
  Status s = store.GetAssertions(ids, &assertions);
  std::unordered_map<DocumentId, std::string> urls;
  for (size_t i = 0; s.ok() && i < assertions.size(); ++i) {
    const DocumentId doc = assertions[i].document_id;
    if (doc == 0) continue;
    auto [it, added] = urls.emplace(doc, std::string());
    if (added) {
      Document document;
      s = store.GetDocument(doc, &document);
      it->second = std::move(document.url);
    }
    if (!it->second.empty()) (*out)[assertions[i].id] = it->second;
  }
  return s;
}

// One row per drawn actor (by name), then "others" for the rest.
void BuildRows(const ReportQuery& query, TopicReport* topic) {
  std::map<ActorId, std::vector<size_t>> by_actor;  // Each in date order: said's order within an actor.
  for (size_t i = 0; i < topic->statements.size(); ++i) by_actor[topic->statements[i].assertion.actor_id].push_back(i);
  topic->actor_count = by_actor.size();
  std::vector<std::pair<ActorId, std::vector<size_t>>> actors(by_actor.begin(), by_actor.end());
  auto name = [topic](const std::vector<size_t>& rows) -> const std::string& {
    return topic->statements[rows.front()].actor;
  };
  const size_t top = static_cast<size_t>(std::max(query.top, 1));
  // Folding a single actor would hide a row to save none.
  if (query.actors.empty() && actors.size() > top + 1) {
    std::stable_sort(actors.begin(), actors.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    topic->folded = true;
  }
  const size_t drawn = topic->folded ? top : actors.size();
  TimelineRowData others{0, "others", actors.size() - drawn, {}, {}, {}};
  for (size_t i = 0; i < actors.size(); ++i) {
    if (i < drawn) {
      topic->rows.push_back({actors[i].first, name(actors[i].second), 1, std::move(actors[i].second), {}, {}});
    } else {
      others.statements.insert(others.statements.end(), actors[i].second.begin(), actors[i].second.end());
    }
  }
  std::sort(topic->rows.begin(), topic->rows.end(),
            [](const TimelineRowData& a, const TimelineRowData& b) { return a.label < b.label; });
  if (others.actors == 0) return;
  std::stable_sort(others.statements.begin(), others.statements.end(), [topic](size_t a, size_t b) {
    return topic->statements[a].assertion.date < topic->statements[b].assertion.date;
  });
  topic->rows.push_back(std::move(others));
}

// Mixed days and position changes of each drawn actor.
Status AddHistories(const Store& store, const ReportQuery& query, TopicReport* topic, ChangesResult* changes) {
  for (TimelineRowData& row : topic->rows) {
    if (row.actor == 0) continue;
    std::vector<PairDecision> days;
    Status s = Timeline(store, {row.actor, topic->topic.id, query.from, query.to}, &days);
    for (const PairDecision& day : days) {
      if (day.decision.position == Position::kMixed) row.mixed_days.push_back(day.decision.day);
    }
    ChangesResult found;
    if (s.ok()) s = Changes(store, {row.actor, topic->topic.id, query.from, query.to}, &found);
    if (!s.ok()) return s;
    row.changes = found.changes;
    changes->changes.insert(changes->changes.end(), found.changes.begin(), found.changes.end());
    changes->actors.insert(found.actors.begin(), found.actors.end());
  }
  return Status::Ok();
}

// Disagreements, network and blocs among the drawn actors.
Status AddRelations(const Store& store, const ReportQuery& query, Date at, TopicReport* topic) {
  PositionQuery positions;
  positions.topic = topic->topic.id;
  positions.from = query.from;
  positions.at = at;
  if (!query.actors.empty() || topic->folded) {
    for (const TimelineRowData& row : topic->rows) {
      if (row.actor != 0) positions.actors.push_back(row.actor);
    }
    std::sort(positions.actors.begin(), positions.actors.end());
  }
  Dyads dyads;
  Status s = FindDyads(store, positions, Relation::kDisagree, &dyads);
  if (s.ok()) s = DyadsTable(store, dyads, &topic->disagreements);
  if (s.ok()) s = BuildNetwork(store, positions, &topic->network);
  std::vector<Bloc> blocs;
  if (s.ok()) s = FindBlocs(store, positions, &blocs);
  if (s.ok()) s = BlocsTable(store, blocs, &topic->blocs);
  return s;
}

// The charts span the range asked for; an open end is the first or last
// statement's month, so axes start and end on whole months.
void SetSpan(const ReportQuery& query, ReportData* out) {
  Date first, last;
  for (const TopicReport& topic : out->topics) {
    for (const AssertionView& view : topic.statements) {
      const Date day = view.assertion.date;
      if (!first.valid() || day < first) first = day;
      if (!last.valid() || last < day) last = day;
    }
  }
  if (!first.valid()) first = last = out->at;
  out->first = query.from.valid() ? query.from : Date::FromCivil(first.year(), first.month(), 1);
  const Date next_month = Date::FromCivil(last.year() + last.month() / 12, last.month() % 12 + 1, 1);
  out->last = query.to.valid() ? query.to : next_month.AddDays(-1);
  if (out->last < out->first) out->last = out->first;
}

Status CollectTopic(const Store& store, const ReportData& report, TopicReport* topic) {
  const ReportQuery& query = report.query;
  BuildRows(query, topic);
  ChangesResult changes;
  Status s = CollectUrls(store, topic->statements, &topic->urls);
  if (s.ok()) s = AddHistories(store, query, topic, &changes);
  if (s.ok()) s = ChangesTable(store, std::move(changes), &topic->changes);
  if (s.ok()) s = AddRelations(store, query, report.at, topic);
  PolarizationQuery polarization{topic->topic.id, query.from, report.first, std::min(report.last, report.at)};
  if (polarization.to < polarization.first) polarization.to = polarization.first;
  if (s.ok()) s = Polarization(store, polarization, &topic->polarization);
  return s;
}

}  // namespace

Status CollectReport(const Store& store, const ReportQuery& query, ReportData* out) {
  out->query = query;
  out->at = query.to.valid() ? query.to : query.today;
  std::vector<TopicId> topic_ids = query.topics;
  const bool every_topic = topic_ids.empty();
  if (every_topic) {
    std::vector<Topic> all;
    Status s = store.ListTopics(&all);
    if (!s.ok()) return s;
    for (const Topic& topic : all) topic_ids.push_back(topic.id);
  }
  std::set<TopicId> seen;
  for (TopicId id : topic_ids) {
    if (!seen.insert(id).second) continue;
    TopicReport topic;
    Status s = store.GetTopic(id, &topic.topic);
    if (s.ok()) s = CollectStatements(store, query, id, &topic.statements);
    if (!s.ok()) return s;
    if (every_topic && topic.statements.empty()) continue;
    out->topics.push_back(std::move(topic));
  }
  if (every_topic) {
    std::stable_sort(out->topics.begin(), out->topics.end(), [](const TopicReport& a, const TopicReport& b) {
      return a.statements.size() > b.statements.size();
    });
  }
  SetSpan(query, out);
  for (TopicReport& topic : out->topics) {
    Status s = CollectTopic(store, *out, &topic);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace stancekb
