// Store::ScanIndex: range scans over the (topic, actor, date) and
// (actor, topic, date) indexes. Dates outside [from, to] are skipped by
// seeking to the next (first, second) group, so a date-bounded scan reads
// about one key per group beyond the ones it returns.
#include <rocksdb/db.h>

#include "kb/column_families.h"
#include "kb/rocks_status.h"
#include "kb/store.h"

namespace stancekb {
namespace {

std::string GroupPrefix(uint32_t first, uint32_t second) { return keys::Id32(first) + keys::Id32(second); }

}  // namespace

Status Store::ScanIndex(const IndexQuery& query, const IndexVisitor& visit) const {
  const bool topic_first = query.topic.has_value() || !query.actor.has_value();
  const std::optional<uint32_t> first = topic_first ? query.topic : query.actor;
  const std::optional<uint32_t> second = topic_first ? query.actor : query.topic;
  std::string start = first ? keys::Id32(*first) : std::string();
  if (first && second) start += keys::Id32(*second);
  const std::string upper = keys::PrefixSuccessor(start);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions options;
  if (!upper.empty()) options.iterate_upper_bound = &upper_slice;
  rocksdb::ColumnFamilyHandle* family = handles_[topic_first ? kTopicActorIndex : kActorTopicIndex];
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family));
  it->Seek(start);
  while (it->Valid()) {
    keys::IndexKey key;
    if (!keys::DecodePairIndexKey(std::string_view(it->key().data(), it->key().size()), &key)) {
      return Status::Corruption("damaged index key in " + path_);
    }
    if (query.from.valid() && key.day < query.from.day_number()) {
      it->Seek(keys::PairIndexKey(key.first, key.second, query.from.day_number(), 0));
      continue;
    }
    if (query.to.valid() && key.day > query.to.day_number()) {
      const std::string next_group = keys::PrefixSuccessor(GroupPrefix(key.first, key.second));
      if (next_group.empty()) break;
      it->Seek(next_group);
      continue;
    }
    IndexEntry entry;
    entry.topic = topic_first ? key.first : key.second;
    entry.actor = topic_first ? key.second : key.first;
    entry.day = key.day;
    entry.assertion = key.assertion;
    if (!keys::DecodeIndexValue(std::string_view(it->value().data(), it->value().size()), &entry.value)) {
      return Status::Corruption("damaged index value in " + path_);
    }
    if (!visit(entry)) return Status::Ok();
    it->Next();
  }
  return FromRocks(it->status(), "cannot scan index of " + path_);
}

}  // namespace stancekb
