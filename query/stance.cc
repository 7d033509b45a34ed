#include "query/stance.h"

#include <algorithm>

namespace stancekb {
namespace {

bool DayBefore(const HistoryEntry& e, int32_t day) { return e.day < day; }
bool DayAfter(int32_t day, const HistoryEntry& e) { return day < e.day; }

}  // namespace

Date WindowStart(Date at, int days) { return days > 0 ? at.AddDays(1 - days) : Date(); }

Decision DecideDay(std::span<const HistoryEntry> day) {
  Decision decision;
  decision.day = Date::FromDayNumber(day.front().day);
  for (const HistoryEntry& e : day) {
    decision.position = AddStance(decision.position, e.stance);
    decision.ids.push_back(e.id);
  }
  return decision;
}

Decision StanceAsOf(const PairHistory& history, Date from, Date at) {
  const std::vector<HistoryEntry>& entries = history.entries;
  const auto begin =
      from.valid() ? std::lower_bound(entries.begin(), entries.end(), from.day_number(), DayBefore) : entries.begin();
  const auto end = std::upper_bound(begin, entries.end(), at.day_number(), DayAfter);
  if (begin == end) return Decision();
  // The latest entry that takes a side names the deciding day; with none,
  // the range holds only neutral statements and its latest day is cited.
  const auto latest = std::make_reverse_iterator(end), first = std::make_reverse_iterator(begin);
  const auto side = std::find_if(latest, first, [](const HistoryEntry& e) { return TakesSide(e.stance); });
  const int32_t day = side != first ? side->day : std::prev(end)->day;
  const auto day_begin = std::lower_bound(begin, end, day, DayBefore);
  const auto day_end = std::upper_bound(day_begin, end, day, DayAfter);
  return DecideDay(std::span<const HistoryEntry>(day_begin, day_end));
}

std::vector<Decision> DailyDecisions(const PairHistory& history, Date from, Date to) {
  std::vector<Decision> days;
  const std::vector<HistoryEntry>& entries = history.entries;
  auto it =
      from.valid() ? std::lower_bound(entries.begin(), entries.end(), from.day_number(), DayBefore) : entries.begin();
  const auto end = to.valid() ? std::upper_bound(it, entries.end(), to.day_number(), DayAfter) : entries.end();
  while (it != end) {
    const auto day_end = std::upper_bound(it, end, it->day, DayAfter);
    days.push_back(DecideDay(std::span<const HistoryEntry>(it, day_end)));
    it = day_end;
  }
  return days;
}

Status StancesAsOf(const Store& store, const StanceQuery& query, std::vector<PairDecision>* out) {
  const Date from = WindowStart(query.at, query.window_days);
  const IndexQuery scan{query.topic, query.actor, from, query.at};
  return ScanDecidingDays(store, scan, {query.at}, [&](const PairHistory& history) {
    Decision decision = StanceAsOf(history, from, query.at);
    if (decision.position != Position::kNone) out->push_back({history.actor, history.topic, std::move(decision)});
    return Status::Ok();
  });
}

}  // namespace stancekb
