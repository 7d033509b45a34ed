// Store::Upgrade: brings a database of an older format to the current one
// when a writer opens it. Each step only adds entries derived from the
// records, in batches, and the new format version is written last: a crash
// midway leaves the old version, readers keep reading the old way, and the
// next writer's open redoes the step (its writes are idempotent).
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>
#include <spdlog/spdlog.h>

#include "kb/internal/assertion_entries.h"
#include "kb/internal/codec.h"
#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/internal/rocks_status.h"
#include "kb/store.h"

namespace stancekb {
namespace {

// Bytes of entries written per batch while upgrading.
constexpr size_t kUpgradeBatchBytes = 16 << 20;

}  // namespace

Status Store::Upgrade(uint32_t stored) {
  spdlog::info("upgrading database {} from format {} to {} ({} assertions)", path_, stored, kFormatVersion,
               counts_.assertions);
  // Format 1 -> 2: the said index of every assertion.
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[kAssertions]));
  rocksdb::WriteBatch batch;
  Status s;
  for (it->SeekToFirst(); s.ok() && it->Valid(); it->Next()) {
    Assertion a;
    // A damaged record has no entries to derive; `stancekb check` names it.
    if (!codec::DecodeAssertion(std::string_view(it->value().data(), it->value().size()), &a).ok() || !a.date.valid()) {
      spdlog::warn("upgrading {}: a damaged assertion record is left without a said entry", path_);
      continue;
    }
    const FamilyEntry entry = SaidIndexEntry(a);
    batch.Put(handles_[kSaidIndex], entry.key, entry.value);
    if (batch.GetDataSize() >= kUpgradeBatchBytes) {
      s = FromRocks(db_->Write(rocksdb::WriteOptions(), &batch), "cannot upgrade " + path_);
      batch.Clear();
    }
  }
  if (s.ok()) s = FromRocks(it->status(), "cannot read assertions of " + path_);
  batch.Put(handles_[kMeta], kFormatVersionKey, keys::Id32(kFormatVersion));
  if (s.ok()) s = FromRocks(db_->Write(rocksdb::WriteOptions(), &batch), "cannot upgrade " + path_);
  if (s.ok()) format_version_ = kFormatVersion;
  return s;
}

}  // namespace stancekb
