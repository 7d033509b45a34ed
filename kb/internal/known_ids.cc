#include "kb/internal/known_ids.h"

#include <rocksdb/db.h>

#include <algorithm>
#include <memory>

#include "kb/internal/keys.h"
#include "kb/internal/rocks_status.h"

namespace stancekb {

KnownIds::KnownIds(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family, std::string name, uint64_t stored)
    : db_(db), family_(family), name_(std::move(name)), stored_(stored) {}

Status KnownIds::MarkFresh(const std::vector<uint64_t>& ids, std::vector<bool>* fresh) {
  fresh->assign(ids.size(), false);
  std::vector<size_t> unseen;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (met_.Insert(ids[i])) unseen.push_back(i);
  }
  for (size_t i : unseen) (*fresh)[i] = true;
  if (stored_ == 0 || loaded_ || unseen.empty()) return Status::Ok();
  // In key order (big-endian ids: numeric order): the scan merges them, and
  // MultiGet need not sort their keys again.
  std::sort(unseen.begin(), unseen.end(), [&ids](size_t a, size_t b) { return ids[a] < ids[b]; });
  checked_ += unseen.size();
  return checked_ * kScanToLookupRatio >= stored_ ? LoadStored(ids, unseen, fresh) : LookUp(ids, unseen, fresh);
}

Status KnownIds::LoadStored(const std::vector<uint64_t>& ids, const std::vector<size_t>& unseen,
                            std::vector<bool>* fresh) {
  rocksdb::ReadOptions options;
  options.fill_cache = false;  // Each block is read once; the cache keeps what queries and names reread.
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family_));
  size_t next = 0;  // The first of `unseen` not below the key.
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (it->key().size() != 8) return Status::Corruption(name_ + " holds a key that is not a 64-bit id");
    const uint64_t key = keys::GetBigEndian64(it->key().data());
    met_.Insert(key);
    while (next < unseen.size() && ids[unseen[next]] < key) ++next;
    if (next < unseen.size() && ids[unseen[next]] == key) (*fresh)[unseen[next]] = false;
  }
  loaded_ = it->status().ok();
  return FromRocks(it->status(), "cannot read " + name_);
}

Status KnownIds::LookUp(const std::vector<uint64_t>& ids, const std::vector<size_t>& unseen, std::vector<bool>* fresh) {
  std::vector<std::string> keys;
  std::vector<rocksdb::Slice> slices;
  keys.reserve(unseen.size());
  slices.reserve(unseen.size());
  for (size_t i : unseen) slices.emplace_back(keys.emplace_back(keys::Id64(ids[i])));
  std::vector<rocksdb::PinnableSlice> values(unseen.size());
  std::vector<rocksdb::Status> statuses(unseen.size());
  db_->MultiGet(rocksdb::ReadOptions(), family_, slices.size(), slices.data(), values.data(), statuses.data(),
                /*sorted_input=*/true);
  for (size_t j = 0; j < unseen.size(); ++j) {
    if (statuses[j].ok()) {
      (*fresh)[unseen[j]] = false;
    } else if (!statuses[j].IsNotFound()) {
      return FromRocks(statuses[j], "cannot read " + name_);
    }
  }
  return Status::Ok();
}

}  // namespace stancekb
