#include "query/pair_history.h"

#include <algorithm>
#include <limits>
#include <optional>

#include "kb/index_cursor.h"
#include "query/position.h"

namespace stancekb {
namespace {

// Entries of one pair read one by one before the scan seeks instead: a seek
// costs about as much as this many steps.
constexpr int kStepsBeforeSeek = 16;

bool Counted(const IndexEntry& e) { return e.topic != 0 && e.value.status != AssertionStatus::kRetracted; }

HistoryEntry ToHistory(const IndexEntry& e) { return {e.day, e.assertion, e.value.stance}; }

bool EntryBefore(const HistoryEntry& a, const HistoryEntry& b) { return a.day != b.day ? a.day < b.day : a.id < b.id; }

// Reads one pair at a time from a cursor, leaving the cursor at the first
// entry of the next pair.
class PairReader {
 public:
  // `as_of` null: every entry in [from, to]; else the deciding days only.
  PairReader(IndexCursor* cursor, const IndexQuery& query, const std::vector<Date>* as_of)
      : cursor_(*cursor), query_(query), as_of_(as_of) {}

  // Reads the pair at the cursor (which must be valid) into *pair; leaves
  // pair->entries empty when nothing counts.
  void Read(PairHistory* pair) {
    const IndexEntry group = cursor_.entry();
    pair->topic = group.topic;
    pair->actor = group.actor;
    pair->entries.clear();
    if (group.topic == 0) return SkipGroup(group, 0);
    for (int steps = 1; cursor_.Valid() && cursor_.SameGroup(group); ++steps) {
      const IndexEntry& e = cursor_.entry();
      if (query_.to.valid() && e.day > query_.to.day_number()) return SkipGroup(group, steps);
      const bool early = query_.from.valid() && e.day < query_.from.day_number();
      if (steps > kStepsBeforeSeek && early) {
        cursor_.Seek(group.topic, group.actor, query_.from.day_number(), 0);
        continue;
      }
      if (steps > kStepsBeforeSeek && as_of_ != nullptr) return SeekDecidingDays(group, pair);
      if (!early && Counted(e)) pair->entries.push_back(ToHistory(e));
      cursor_.Next();
    }
    if (as_of_ != nullptr) KeepDecidingDays(&pair->entries);
  }

 private:
  // Moves past the group, by steps while `steps` (those taken in it so far)
  // stay few, else by a seek.
  void SkipGroup(const IndexEntry& group, int steps) {
    for (; cursor_.Valid() && cursor_.SameGroup(group); ++steps) {
      if (steps >= kStepsBeforeSeek) return cursor_.SeekPastGroup(group);
      cursor_.Next();
    }
  }

  // Finds each as-of date's deciding days by seeking to the date and reading
  // back.
  void SeekDecidingDays(const IndexEntry& group, PairHistory* pair) {
    pair->entries.clear();
    for (const Date& at : *as_of_) {
      cursor_.SeekForPrev(group.topic, group.actor, at.day_number(), std::numeric_limits<AssertionId>::max());
      ReadDecidingDaysBackwards(group, &pair->entries);
    }
    std::sort(pair->entries.begin(), pair->entries.end(), EntryBefore);
    auto same = [](const HistoryEntry& a, const HistoryEntry& b) { return a.id == b.id; };
    pair->entries.erase(std::unique(pair->entries.begin(), pair->entries.end(), same), pair->entries.end());
    if (cursor_.status().ok()) cursor_.SeekPastGroup(group);
  }

  // Reading backwards from the cursor (and not before query.from), appends
  // the counted entries of the latest day and, when that day takes no side,
  // those of the latest day that does. The neutral-only days between are
  // read but not kept, so memory holds two days at most.
  void ReadDecidingDaysBackwards(const IndexEntry& group, std::vector<HistoryEntry>* out) {
    std::optional<int32_t> day;  // The day being read.
    size_t day_start = out->size();
    bool latest = true;  // Reading the latest day, which is kept whatever its stances.
    bool side = false;   // The day being read has an entry that takes a side.
    for (; cursor_.Valid() && cursor_.SameGroup(group); cursor_.Prev()) {
      const IndexEntry& e = cursor_.entry();
      if (query_.from.valid() && e.day < query_.from.day_number()) break;
      if (!Counted(e)) continue;
      if (day && e.day != *day) {
        if (side) return;
        if (!latest) out->resize(day_start);
        latest = false;
        day_start = out->size();
      }
      day = e.day;
      side = side || TakesSide(e.value.stance);
      out->push_back(ToHistory(e));
    }
    if (!side && !latest) out->resize(day_start);
  }

  // Of a pair's entries in [from, to], keeps those of each as-of date's
  // deciding days: the latest day up to the date and the latest that takes
  // a side.
  void KeepDecidingDays(std::vector<HistoryEntry>* entries) const {
    std::vector<int32_t> days;
    for (const Date& at : *as_of_) {
      auto end = std::upper_bound(entries->begin(), entries->end(), at.day_number(),
                                  [](int32_t day, const HistoryEntry& e) { return day < e.day; });
      if (end == entries->begin()) continue;
      days.push_back(std::prev(end)->day);
      const auto side = std::find_if(std::make_reverse_iterator(end), entries->rend(),
                                     [](const HistoryEntry& e) { return TakesSide(e.stance); });
      if (side != entries->rend()) days.push_back(side->day);
    }
    auto deciding = [&days](const HistoryEntry& e) { return std::find(days.begin(), days.end(), e.day) != days.end(); };
    entries->erase(
        std::remove_if(entries->begin(), entries->end(), [&](const HistoryEntry& e) { return !deciding(e); }),
        entries->end());
  }

  IndexCursor& cursor_;
  const IndexQuery& query_;
  const std::vector<Date>* as_of_;
};

Status Scan(const Store& store, const IndexQuery& query, const std::vector<Date>* as_of,
            const PairHistoryVisitor& visit) {
  std::unique_ptr<IndexCursor> cursor;
  Status s = store.NewIndexCursor(query, &cursor);
  if (!s.ok()) return s;
  PairReader reader(cursor.get(), query, as_of);
  PairHistory pair;
  for (cursor->SeekToFirst(); cursor->Valid();) {
    reader.Read(&pair);
    if (pair.entries.empty()) continue;
    s = visit(pair);
    if (!s.ok()) return s;
  }
  return cursor->status();
}

}  // namespace

Status ScanPairHistories(const Store& store, const IndexQuery& query, const PairHistoryVisitor& visit) {
  return Scan(store, query, nullptr, visit);
}

Status ScanDecidingDays(const Store& store, const IndexQuery& query, const std::vector<Date>& as_of,
                        const PairHistoryVisitor& visit) {
  return Scan(store, query, &as_of, visit);
}

}  // namespace stancekb
