#include "query/diff.h"

#include "query/pair_history.h"
#include "query/report.h"
#include "query/stance.h"

namespace stancekb {
namespace {

Change Compare(Position before, Position after) {
  if (before == after) return Change::kSame;
  if (before == Position::kNone) return Change::kNew;
  return after == Position::kNone ? Change::kDropped : Change::kChanged;
}

}  // namespace

std::string_view ChangeName(Change change) {
  switch (change) {
    case Change::kChanged:
      return "changed";
    case Change::kNew:
      return "new";
    case Change::kDropped:
      return "dropped";
    case Change::kSame:
      break;
  }
  return "same";
}

Status Diff(const Store& store, const DiffQuery& query, std::vector<DiffRow>* out) {
  if (!query.from.valid() || !query.to.valid() || query.to < query.from) {
    return Status::InvalidInput("diff needs --from D1 and --to D2 with D1 <= D2");
  }
  const Date before_start = WindowStart(query.from, query.window_days);
  const Date after_start = WindowStart(query.to, query.window_days);
  const IndexQuery scan{query.topic, query.actor, before_start, query.to};
  std::vector<Date> as_of = {query.from};
  if (query.to != query.from) as_of.push_back(query.to);
  return ScanDecidingDays(store, scan, as_of, [&](const PairHistory& history) {
    DiffRow row{history.actor, history.topic, StanceAsOf(history, before_start, query.from),
                StanceAsOf(history, after_start, query.to), Change::kSame};
    row.change = Compare(row.before.position, row.after.position);
    const bool has_stance = row.before.position != Position::kNone || row.after.position != Position::kNone;
    if (has_stance && (row.change != Change::kSame || query.include_same)) out->push_back(std::move(row));
    return Status::Ok();
  });
}

Status DiffTable(const Store& store, std::vector<DiffRow> rows, ResultTable* out) {
  Report report(store);
  for (const DiffRow& row : rows) {
    report.NeedPair(row.actor, row.topic);
    report.NeedEvidence(row.before);
    report.NeedEvidence(row.after);
  }
  Status s = report.Load();
  if (!s.ok()) return s;
  SortByActorAndTopic(report, &rows);
  *out = ResultTable({"actor", "topic", "before", "after", "change", "before_date", "before_ids", "before_sources",
                      "before_quotes", "after_date", "after_ids", "after_sources", "after_quotes"});
  for (const DiffRow& row : rows) {
    const Decision& b = row.before;
    const Decision& a = row.after;
    out->AddRow({report.Actor(row.actor), report.Topic(row.topic), PositionCell(b), PositionCell(a),
                 std::string(ChangeName(row.change)), DayCell(b), IdsCell(b), report.Sources(b), report.Quotes(b),
                 DayCell(a), IdsCell(a), report.Sources(a), report.Quotes(a)});
  }
  return Status::Ok();
}

}  // namespace stancekb
