// Store's read paths: point reads, name lookups, listings and index scans.
#include <rocksdb/db.h>

#include <algorithm>

#include "kb/internal/codec.h"
#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/internal/rocks_status.h"
#include "kb/name_key.h"
#include "kb/store.h"

namespace stancekb {
namespace {

template <typename Record, typename Decode>
Status GetRecord(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family, const std::string& key, const char* what,
                 Decode decode, Record* out) {
  rocksdb::PinnableSlice value;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), family, key, &value);
  if (s.IsNotFound()) return Status::NotFound(std::string("no ") + what + " with that id");
  if (!s.ok()) return FromRocks(s, std::string("cannot read ") + what);
  return decode(std::string_view(value.data(), value.size()), out);
}

template <typename Record, typename Decode>
Status ListRecords(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family, Decode decode, std::vector<Record>* out) {
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), family));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Record record;
    Status s = decode(std::string_view(it->value().data(), it->value().size()), &record);
    if (!s.ok()) return s;
    out->push_back(std::move(record));
  }
  return FromRocks(it->status(), "cannot list records");
}

// Reads the records of `ids` (keys made by `key(id)`), a batch per MultiGet,
// and hands each value to `use(i, value)`. Fails if any is missing.
template <typename Id, typename KeyFn, typename UseFn>
Status MultiGetValues(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family, const std::vector<Id>& ids, KeyFn key,
                      UseFn use, const char* what) {
  const size_t count = ids.size();
  constexpr size_t kBatch = 256;  // Bounds the memory MultiGet allocates per call.
  std::vector<std::string> keys(std::min(count, kBatch));
  std::vector<rocksdb::Slice> slices(keys.size());
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  for (size_t begin = 0; begin < count; begin += kBatch) {
    const size_t n = std::min(kBatch, count - begin);
    for (size_t j = 0; j < n; ++j) {
      keys[j] = key(ids[begin + j]);
      slices[j] = keys[j];
      values[j].Reset();
    }
    db->MultiGet(rocksdb::ReadOptions(), family, n, slices.data(), values.data(), statuses.data());
    for (size_t j = 0; j < n; ++j) {
      if (!statuses[j].ok()) {
        return FromRocks(statuses[j], std::string("cannot read ") + what + " " + std::to_string(ids[begin + j]));
      }
      Status s = use(begin + j, std::string_view(values[j].data(), values[j].size()));
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status FindId(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* names, std::string_view name, const char* what,
              uint32_t* id) {
  std::string value;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), names, NameKey(name), &value);
  if (s.IsNotFound()) return Status::NotFound(std::string("unknown ") + what + " '" + std::string(name) + "'");
  if (!s.ok()) return FromRocks(s, std::string("cannot look up ") + what);
  if (value.size() != 4) return Status::Corruption(std::string(what) + " dictionary entry is damaged");
  *id = keys::GetBigEndian32(value.data());
  return Status::Ok();
}

}  // namespace

Status Store::GetActor(ActorId id, Actor* out) const {
  return GetRecord(db_.get(), handles_[kActors], keys::Id32(id), "actor", codec::DecodeActor, out);
}

Status Store::GetTopic(TopicId id, Topic* out) const {
  return GetRecord(db_.get(), handles_[kTopics], keys::Id32(id), "topic", codec::DecodeTopic, out);
}

Status Store::GetSource(SourceId id, Source* out) const {
  return GetRecord(db_.get(), handles_[kSources], keys::Id32(id), "source", codec::DecodeSource, out);
}

Status Store::GetDocument(DocumentId id, Document* out) const {
  return GetRecord(db_.get(), handles_[kDocuments], keys::Id64(id), "document", codec::DecodeDocument, out);
}

Status Store::HasDocument(DocumentId id, bool* exists) const {
  rocksdb::PinnableSlice value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[kDocuments], keys::Id64(id), &value);
  *exists = s.ok();
  return s.ok() || s.IsNotFound() ? Status::Ok() : FromRocks(s, "cannot read documents");
}

Status Store::GetAssertion(AssertionId id, Assertion* out) const {
  return GetRecord(db_.get(), handles_[kAssertions], keys::Id64(id), "assertion", codec::DecodeAssertion, out);
}

Status Store::GetAssertions(const std::vector<AssertionId>& ids, std::vector<Assertion>* out) const {
  out->resize(ids.size());
  return MultiGetValues(
      db_.get(), handles_[kAssertions], ids, keys::Id64,
      [&](size_t i, std::string_view value) { return codec::DecodeAssertion(value, &(*out)[i]); }, "assertion");
}

Status Store::GetActorNames(const std::vector<ActorId>& ids, std::vector<std::string>* out) const {
  // One forward pass: steps to near ids (many names are asked for at once,
  // out of a small family), seeks to far ones.
  constexpr int kStepsBeforeSeek = 8;
  out->resize(ids.size());
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[kActors]));
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string key = keys::Id32(ids[i]);
    for (int steps = 0; it->Valid() && it->key().compare(key) < 0 && steps < kStepsBeforeSeek; ++steps) it->Next();
    if (!it->Valid() || it->key().compare(key) < 0) it->Seek(key);
    if (!it->status().ok()) return FromRocks(it->status(), "cannot read actors");
    if (!it->Valid() || it->key() != key) return Status::NotFound("no actor " + std::to_string(ids[i]));
    Status s = codec::DecodeActorName(std::string_view(it->value().data(), it->value().size()), &(*out)[i]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status Store::FindActor(std::string_view name, Actor* out) const {
  ActorId id = 0;
  Status s = FindId(db_.get(), handles_[kActorNames], name, "actor", &id);
  return s.ok() ? GetActor(id, out) : s;
}

Status Store::FindTopic(std::string_view name, Topic* out) const {
  TopicId id = 0;
  Status s = FindId(db_.get(), handles_[kTopicNames], name, "topic", &id);
  return s.ok() ? GetTopic(id, out) : s;
}

Status Store::FindSource(std::string_view name, Source* out) const {
  SourceId id = 0;
  Status s = FindId(db_.get(), handles_[kSourceNames], name, "source", &id);
  return s.ok() ? GetSource(id, out) : s;
}

Status Store::ListActors(std::vector<Actor>* out) const {
  return ListRecords(db_.get(), handles_[kActors], codec::DecodeActor, out);
}

Status Store::ListTopics(std::vector<Topic>* out) const {
  return ListRecords(db_.get(), handles_[kTopics], codec::DecodeTopic, out);
}

Status Store::ListSources(std::vector<Source>* out) const {
  return ListRecords(db_.get(), handles_[kSources], codec::DecodeSource, out);
}

Status Store::DocumentAssertions(DocumentId doc, std::vector<AssertionId>* out) const {
  const std::string prefix = keys::Id64(doc);
  const std::string upper = keys::PrefixSuccessor(prefix);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions options;
  options.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, handles_[kDocumentIndex]));
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    if (it->key().size() != 16) return Status::Corruption("damaged document index key");
    out->push_back(keys::GetBigEndian64(it->key().data() + 8));
  }
  return FromRocks(it->status(), "cannot scan document index");
}

}  // namespace stancekb
