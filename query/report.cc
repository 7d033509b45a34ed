#include "query/report.h"

namespace stancekb {
namespace {

const std::string kEmpty;

template <typename Map>
const std::string& Lookup(const Map& map, uint32_t id) {
  auto it = map.find(id);
  return it == map.end() ? kEmpty : it->second;
}

}  // namespace

void Report::NeedEvidence(const Decision& decision) {
  for (AssertionId id : decision.ids) evidence_.emplace(id, Quoted());
}

Status Report::Load() {
  std::vector<ActorId> actor_ids;
  for (const auto& [id, name] : actors_) actor_ids.push_back(id);
  Status s = names_.LoadActorNames(actor_ids);
  for (auto it = actors_.begin(); s.ok() && it != actors_.end(); ++it) s = names_.ActorName(it->first, &it->second);
  for (auto it = topics_.begin(); s.ok() && it != topics_.end(); ++it) s = names_.TopicKey(it->first, &it->second);
  std::vector<AssertionId> ids;
  for (const auto& [id, quoted] : evidence_) ids.push_back(id);
  std::vector<Assertion> assertions;
  if (s.ok()) s = store_.GetAssertions(ids, &assertions);
  for (size_t i = 0; s.ok() && i < assertions.size(); ++i) {
    Quoted& quoted = evidence_[assertions[i].id];
    quoted.quote = std::move(assertions[i].evidence.quote);
    s = names_.SourceName(assertions[i].source_id, &quoted.source);
  }
  return s;
}

const std::string& Report::Actor(ActorId id) const { return Lookup(actors_, id); }

const std::string& Report::Topic(TopicId id) const { return Lookup(topics_, id); }

template <typename Field>
nlohmann::json Report::EvidenceList(const Decision& decision, Field field) const {
  nlohmann::json list = nlohmann::json::array();
  for (AssertionId id : decision.ids) {
    auto it = evidence_.find(id);
    list.push_back(it == evidence_.end() ? kEmpty : field(it->second));
  }
  return list;
}

nlohmann::json Report::Sources(const Decision& decision) const {
  return EvidenceList(decision, [](const Quoted& q) { return q.source; });
}

nlohmann::json Report::Quotes(const Decision& decision) const {
  return EvidenceList(decision, [](const Quoted& q) { return q.quote; });
}

nlohmann::json PositionCell(const Decision& decision) { return std::string(PositionName(decision.position)); }

nlohmann::json DayCell(const Decision& decision) { return decision.day.ToString(); }

nlohmann::json IdsCell(const Decision& decision) { return decision.ids; }

Status DecisionTable(const Store& store, std::vector<PairDecision> rows, RowOrder order, ResultTable* out) {
  Report report(store);
  for (const PairDecision& row : rows) {
    report.NeedPair(row.actor, row.topic);
    report.NeedEvidence(row.decision);
  }
  Status s = report.Load();
  if (!s.ok()) return s;
  SortByActorAndTopic(report, &rows);
  if (order == RowOrder::kByDate) {
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PairDecision& a, const PairDecision& b) { return a.decision.day < b.decision.day; });
  }
  *out = ResultTable({"actor", "topic", "stance", "date", "ids", "sources", "quotes"});
  for (const PairDecision& row : rows) {
    const Decision& d = row.decision;
    out->AddRow({report.Actor(row.actor), report.Topic(row.topic), PositionCell(d), DayCell(d), IdsCell(d),
                 report.Sources(d), report.Quotes(d)});
  }
  return Status::Ok();
}

}  // namespace stancekb
