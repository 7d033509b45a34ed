// Store's raw access for the consistency check: undecoded scans and reads.
#include <rocksdb/db.h>

#include "kb/internal/column_families.h"
#include "kb/internal/rocks_status.h"
#include "kb/store.h"

namespace stancekb {
namespace {

Status NotOpened(size_t family) {
  return Status::InvalidInput(std::string(kColumnFamilyNames[family]) +
                              " was not opened: a reader opens it only with StoreOptions::all_families");
}

}  // namespace

Status Store::ScanFamily(size_t family, const RawVisitor& visit) const {
  if (family >= kColumnFamilyCount) return Status::InvalidInput("no column family " + std::to_string(family));
  if (handles_[family] == nullptr) {
    // Left out by a reader asked for less, or a family of a newer format
    // (empty here).
    return options_.read_only && !options_.all_families ? NotOpened(family) : Status::Ok();
  }
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[family]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    if (!visit(key, std::string_view(it->value().data(), it->value().size()))) break;
  }
  return FromRocks(it->status(), std::string("cannot scan ") + kColumnFamilyNames[family] + " of " + path_);
}

Status Store::GetRaw(size_t family, std::string_view key, std::string* value) const {
  if (family >= kColumnFamilyCount) return Status::InvalidInput("no column family " + std::to_string(family));
  if (handles_[family] == nullptr && options_.read_only && !options_.all_families) return NotOpened(family);
  if (handles_[family] == nullptr) return Status::NotFound(std::string(kColumnFamilyNames[family]) + " is absent");
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[family], rocksdb::Slice(key.data(), key.size()), value);
  return FromRocks(s, std::string("cannot read ") + kColumnFamilyNames[family] + " of " + path_);
}

}  // namespace stancekb
