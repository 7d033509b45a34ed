// Store::ScanIndex and IndexCursor: range scans over the (topic, actor, date),
// (actor, topic, date) and said indexes. A date-bounded scan steps over a few
// entries outside [from, to] before it seeks past them: a seek searches every
// table file of the range, dearer than several steps.
#include <rocksdb/db.h>

#include "kb/index_cursor.h"
#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/internal/rocks_status.h"

namespace stancekb {
namespace {

// Entries outside a scan's dates stepped over before seeking past them.
constexpr int kStepsBeforeSeek = 8;

bool TopicFirst(const IndexQuery& query) { return query.topic.has_value() || !query.actor.has_value(); }

}  // namespace

IndexCursor::IndexCursor(bool topic_first, bool said, std::string lower, std::string upper, const std::string& db_path)
    : topic_first_(topic_first), said_(said), lower_(std::move(lower)), upper_(std::move(upper)), db_path_(db_path) {}

IndexCursor::~IndexCursor() = default;

void IndexCursor::Load() {
  valid_ = !damaged_ && it_->Valid();  // A damaged entry ends the scan.
  if (!valid_) return;
  keys::IndexKey key;
  const rocksdb::Slice k = it_->key(), v = it_->value();
  const std::string_view value(v.data(), v.size());
  const bool decoded = said_ ? keys::DecodeSaidValue(value, &entry_.value, &entry_.precision, &entry_.quote)
                             : keys::DecodeIndexValue(value, &entry_.value);
  if (!keys::DecodePairIndexKey(std::string_view(k.data(), k.size()), &key) || !decoded) {
    valid_ = false;
    damaged_ = true;
    return;
  }
  entry_.topic = topic_first_ ? key.first : key.second;
  entry_.actor = topic_first_ ? key.second : key.first;
  entry_.day = key.day;
  entry_.assertion = key.assertion;
}

std::string IndexCursor::Key(TopicId topic, ActorId actor, int32_t day, AssertionId id) const {
  return topic_first_ ? keys::PairIndexKey(topic, actor, day, id) : keys::PairIndexKey(actor, topic, day, id);
}

void IndexCursor::SeekToFirst() {
  it_->Seek(lower_);
  Load();
}

void IndexCursor::Next() {
  it_->Next();
  Load();
}

void IndexCursor::Prev() {
  it_->Prev();
  Load();
}

void IndexCursor::Seek(TopicId topic, ActorId actor, int32_t day, AssertionId id) {
  it_->Seek(Key(topic, actor, day, id));
  Load();
}

void IndexCursor::SeekForPrev(TopicId topic, ActorId actor, int32_t day, AssertionId id) {
  it_->SeekForPrev(Key(topic, actor, day, id));
  Load();
}

void IndexCursor::SeekPastGroup(const IndexEntry& e) {
  const uint32_t first = topic_first_ ? e.topic : e.actor;
  const uint32_t second = topic_first_ ? e.actor : e.topic;
  const std::string next = keys::PrefixSuccessor(keys::Id32(first) + keys::Id32(second));
  if (next.empty()) {
    valid_ = false;
    return;
  }
  it_->Seek(next);
  Load();
}

Status IndexCursor::status() const {
  if (damaged_) return Status::Corruption("damaged index entry in " + db_path_);
  return FromRocks(it_->status(), "cannot scan index of " + db_path_);
}

Status Store::NewIndexCursor(const IndexQuery& query, std::unique_ptr<IndexCursor>* out) const {
  if (query.said && (!query.topic || !HasSaidIndex())) {
    return Status::InvalidInput("the said index needs a topic and a database of format 2 or later");
  }
  const bool topic_first = TopicFirst(query);
  const std::optional<uint32_t> first = topic_first ? query.topic : query.actor;
  const std::optional<uint32_t> second = topic_first ? query.actor : query.topic;
  std::string lower = first ? keys::Id32(*first) : std::string();
  if (first && second) lower += keys::Id32(*second);
  std::string upper = keys::PrefixSuccessor(lower);
  std::unique_ptr<IndexCursor> cursor(
      new IndexCursor(topic_first, query.said, std::move(lower), std::move(upper), path_));
  cursor->lower_slice_ = std::make_unique<rocksdb::Slice>(cursor->lower_);
  cursor->upper_slice_ = std::make_unique<rocksdb::Slice>(cursor->upper_);
  rocksdb::ReadOptions options;
  options.iterate_lower_bound = cursor->lower_slice_.get();
  if (!cursor->upper_.empty()) options.iterate_upper_bound = cursor->upper_slice_.get();
  const ColumnFamily family = query.said ? kSaidIndex : topic_first ? kTopicActorIndex : kActorTopicIndex;
  cursor->it_.reset(db_->NewIterator(options, handles_[family]));
  *out = std::move(cursor);
  return Status::Ok();
}

Status Store::ScanIndex(const IndexQuery& query, const IndexVisitor& visit) const {
  std::unique_ptr<IndexCursor> cursor;
  Status s = NewIndexCursor(query, &cursor);
  if (!s.ok()) return s;
  int outside = 0;  // Entries stepped over since the last one visited.
  for (cursor->SeekToFirst(); cursor->Valid();) {
    const IndexEntry& e = cursor->entry();
    const bool before = query.from.valid() && e.day < query.from.day_number();
    const bool after = query.to.valid() && e.day > query.to.day_number();
    if (!before && !after) {
      outside = 0;
      if (!visit(e)) return Status::Ok();
      cursor->Next();
    } else if (++outside <= kStepsBeforeSeek) {
      cursor->Next();
    } else if (before) {
      cursor->Seek(e.topic, e.actor, query.from.day_number(), 0);
    } else {
      cursor->SeekPastGroup(e);
    }
  }
  return cursor->status();
}

}  // namespace stancekb
