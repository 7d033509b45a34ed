// Report: the names and evidence that turn stance query results (which
// carry ids) into printed rows. Declare every actor, topic and decision the
// rows mention with Need*(), call Load() once (point reads for names, one
// MultiGet for the deciding assertions), then read the cells.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "kb/store.h"
#include "query/assertion_view.h"
#include "query/position.h"
#include "query/result_table.h"

namespace stancekb {

class Report {
 public:
  explicit Report(const Store& store) : store_(store), names_(store) {}

  void NeedActor(ActorId id) { actors_.emplace(id, std::string()); }
  void NeedTopic(TopicId id) { topics_.emplace(id, std::string()); }
  void NeedPair(ActorId actor, TopicId topic) {
    NeedActor(actor);
    NeedTopic(topic);
  }
  void NeedEvidence(const Decision& decision);

  Status Load();

  // Canonical actor name and topic key; "" for ids not declared.
  const std::string& Actor(ActorId id) const;
  const std::string& Topic(TopicId id) const;

  // One cell per decision: the deciding assertions' source names and quotes
  // (lists in the order of decision.ids).
  nlohmann::json Sources(const Decision& decision) const;
  nlohmann::json Quotes(const Decision& decision) const;

 private:
  struct Quoted {
    std::string source;
    std::string quote;
  };
  template <typename Field>
  nlohmann::json EvidenceList(const Decision& decision, Field field) const;

  const Store& store_;
  NameCache names_;
  std::unordered_map<ActorId, std::string> actors_;
  std::unordered_map<TopicId, std::string> topics_;
  std::unordered_map<AssertionId, Quoted> evidence_;
};

// Orders rows (anything with .actor and .topic ids) by actor name, then
// topic key, as loaded by `report`.
template <typename Row>
void SortByActorAndTopic(const Report& report, std::vector<Row>* rows) {
  std::stable_sort(rows->begin(), rows->end(), [&report](const Row& a, const Row& b) {
    const int by_actor = report.Actor(a.actor).compare(report.Actor(b.actor));
    return by_actor != 0 ? by_actor < 0 : report.Topic(a.topic) < report.Topic(b.topic);
  });
}

enum class RowOrder { kByActorAndTopic, kByDate };

// One row per decision; columns: actor topic stance date ids sources quotes.
// kByDate orders by date, then actor and topic.
Status DecisionTable(const Store& store, std::vector<PairDecision> rows, RowOrder order, ResultTable* out);

// The decision's position name, day ("" for none) and assertion ids.
nlohmann::json PositionCell(const Decision& decision);
nlohmann::json DayCell(const Decision& decision);
nlohmann::json IdsCell(const Decision& decision);

}  // namespace stancekb
