#include "query/changes.h"

#include "query/pair_history.h"
#include "query/report.h"
#include "query/stance.h"

namespace stancekb {
namespace {

// Adds the changes of one pair's history to *out: only the days on which
// the actor took a side are compared, so a neutral day neither is a change
// nor breaks the comparison of the days around it.
void WalkHistory(const PairHistory& history, Date report_from, ChangesResult* out) {
  const Decision* previous = nullptr;
  Position last_side = Position::kNone;
  const std::vector<Decision> days = DailyDecisions(history, Date(), Date());
  for (const Decision& day : days) {
    if (day.position == Position::kNeutral) continue;
    const bool reported = !report_from.valid() || report_from <= day.day;
    const bool flip = Opposite(last_side, day.position);
    if (TakesSide(day.position)) last_side = day.position;
    const bool changed = previous != nullptr && previous->position != day.position;
    if (changed && reported) {
      out->changes.push_back({history.actor, history.topic, *previous, day});
      ActorChangeCount& count = out->actors[history.actor];
      ++count.changes;
      if (flip) ++count.flip_flops;
    }
    previous = &day;
  }
}

}  // namespace

Status Changes(const Store& store, const ChangesQuery& query, ChangesResult* out) {
  const IndexQuery scan{query.topic, query.actor, Date(), query.to};
  return ScanPairHistories(store, scan, [&](const PairHistory& history) {
    WalkHistory(history, query.from, out);
    return Status::Ok();
  });
}

Status ChangesTable(const Store& store, ChangesResult result, ResultTable* out) {
  Report report(store);
  for (const ChangeRow& row : result.changes) {
    report.NeedPair(row.actor, row.topic);
    report.NeedEvidence(row.from);
    report.NeedEvidence(row.to);
  }
  Status s = report.Load();
  if (!s.ok()) return s;
  std::vector<ChangeRow>& rows = result.changes;
  SortByActorAndTopic(report, &rows);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const ChangeRow& a, const ChangeRow& b) { return a.to.day < b.to.day; });
  *out = ResultTable({"actor", "topic", "from_stance", "to_stance", "from_date", "to_date", "from_ids", "to_ids",
                      "from_sources", "from_quotes", "to_sources", "to_quotes", "changes", "flip_flops"});
  for (const ChangeRow& row : rows) {
    const Decision& f = row.from;
    const Decision& t = row.to;
    const ActorChangeCount& count = result.actors[row.actor];
    out->AddRow({report.Actor(row.actor), report.Topic(row.topic), PositionCell(f), PositionCell(t), DayCell(f),
                 DayCell(t), IdsCell(f), IdsCell(t), report.Sources(f), report.Quotes(f), report.Sources(t),
                 report.Quotes(t), count.changes, count.flip_flops});
  }
  return Status::Ok();
}

Status ChangesSummaryTable(const Store& store, const ChangesResult& result, ResultTable* out) {
  Report report(store);
  for (const auto& [actor, count] : result.actors) report.NeedActor(actor);
  Status s = report.Load();
  if (!s.ok()) return s;
  std::vector<std::pair<std::string, ActorChangeCount>> actors;
  for (const auto& [actor, count] : result.actors) actors.emplace_back(report.Actor(actor), count);
  std::sort(actors.begin(), actors.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  *out = ResultTable({"actor", "changes", "flip_flops"});
  for (const auto& [name, count] : actors) out->AddRow({name, count.changes, count.flip_flops});
  return Status::Ok();
}

}  // namespace stancekb
