// IndexCursor: an iterator over one range of the (topic, actor, date, id),
// (actor, topic, date, id) or said index (Store::NewIndexCursor), for scans that
// skip: a stance query needs only the few days that decide each pair's stance
// up to a date, which seeks find without reading the days before them.
//
// Positions are named by (topic, actor, day, id) whatever the index order.
// A group is the entries of one (first, second) prefix: one (topic, actor)
// pair. Seeks are much dearer than steps (every table file of the range is
// searched), so callers step a few entries before they seek.
#pragma once

#include <memory>
#include <string>

#include "kb/status.h"
#include "kb/store.h"

namespace rocksdb {
class Iterator;
class Slice;
}  // namespace rocksdb

namespace stancekb {

class IndexCursor {
 public:
  ~IndexCursor();
  IndexCursor(const IndexCursor&) = delete;
  IndexCursor& operator=(const IndexCursor&) = delete;

  // True when positioned at an entry of the range; false at either end or
  // after an error (see status()).
  bool Valid() const { return valid_; }
  // The current entry; Valid() must be true.
  const IndexEntry& entry() const { return entry_; }
  // True when the current entry is in the same (topic, actor) pair as `e`.
  bool SameGroup(const IndexEntry& e) const { return entry_.topic == e.topic && entry_.actor == e.actor; }

  void SeekToFirst();
  void Next();
  void Prev();
  // The first entry at or after (topic, actor, day, id), in index order.
  void Seek(TopicId topic, ActorId actor, int32_t day, AssertionId id);
  // The last entry at or before (topic, actor, day, id), in index order.
  void SeekForPrev(TopicId topic, ActorId actor, int32_t day, AssertionId id);
  // The first entry of the group after the one `e` is in.
  void SeekPastGroup(const IndexEntry& e);

  // Ok unless the scan failed (I/O error, damaged key or value).
  Status status() const;

 private:
  friend class Store;
  IndexCursor(bool topic_first, bool said, std::string lower, std::string upper, const std::string& db_path);
  // Reads the iterator's key and value into entry_ (valid_ false at the end
  // or when they are damaged).
  void Load();
  std::string Key(TopicId topic, ActorId actor, int32_t day, AssertionId id) const;

  const bool topic_first_;
  const bool said_;                                            // Over the said index (IndexQuery::said).
  const std::string lower_, upper_;                            // Range bounds ("" upper: none).
  std::unique_ptr<rocksdb::Slice> lower_slice_, upper_slice_;  // The iterator points at these.
  const std::string db_path_;
  std::unique_ptr<rocksdb::Iterator> it_;
  IndexEntry entry_;
  bool valid_ = false;
  bool damaged_ = false;
};

}  // namespace stancekb
