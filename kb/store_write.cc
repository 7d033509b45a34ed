// Store::Apply and Store::ApplyAll: resolve names, assign ids and write
// WriteSets as one batch, or many through staged SST files.
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>
#include <spdlog/spdlog.h>
#include <xxhash.h>

#include <algorithm>
#include <unordered_map>

#include "kb/internal/assertion_entries.h"
#include "kb/internal/codec.h"
#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/internal/known_ids.h"
#include "kb/internal/rocks_status.h"
#include "kb/internal/sst_stager.h"
#include "kb/internal/store_counters.h"
#include "kb/name_key.h"
#include "kb/store.h"

namespace stancekb {
namespace {

template <typename T>
void AppendMissing(std::vector<T>* into, const std::vector<T>& items) {
  for (const T& item : items) {
    if (std::find(into->begin(), into->end(), item) == into->end()) into->push_back(item);
  }
}

bool SameRole(const Role& a, const Role& b) { return a.title == b.title && a.from == b.from && a.to == b.to; }

void MergeRecord(const Actor& from, Actor* into) {
  AppendMissing(&into->aliases, from.aliases);
  AppendMissing(&into->demonyms, from.demonyms);
  for (const Role& role : from.roles) {
    auto same = [&role](const Role& r) { return SameRole(r, role); };
    if (std::none_of(into->roles.begin(), into->roles.end(), same)) into->roles.push_back(role);
  }
  if (into->kind == ActorKind::kUnknown) into->kind = from.kind;
  if (into->affiliation.empty()) into->affiliation = from.affiliation;
  if (into->wikidata.empty()) into->wikidata = from.wikidata;
}

void MergeRecord(const Topic& from, Topic* into) {
  AppendMissing(&into->keywords, from.keywords);
  if (into->label.empty()) into->label = from.label;
  if (into->support_means.empty()) into->support_means = from.support_means;
}

const std::string& PrimaryName(const Actor& actor) { return actor.name; }
const std::string& PrimaryName(const Topic& topic) { return topic.key; }

}  // namespace

DocumentId DocumentIdFor(std::string_view content) {
  const DocumentId id = XXH3_64bits(content.data(), content.size());
  return id == 0 ? 1 : id;  // 0 means "no document".
}

void WriteResult::Add(const WriteResult& o) {
  documents_added += o.documents_added;
  documents_skipped += o.documents_skipped;
  assertions_added += o.assertions_added;
  assertions_skipped += o.assertions_skipped;
  actors_created += o.actors_created;
  topics_created += o.topics_created;
  sources_created += o.sources_created;
  assertion_ids.insert(assertion_ids.end(), o.assertion_ids.begin(), o.assertion_ids.end());
}

// Builds one write from WriteSets: a WriteBatch, or the files of `stager`
// when given. Name dictionaries are consulted in the write being built first,
// then in the database.
class Store::Writer {
 public:
  Writer(Store* store, SstStager* stager)
      : store_(store),
        stager_(stager),
        known_documents_(store->db_.get(), Family(kDocuments), kColumnFamilyNames[kDocuments],
                         store->counts_.documents),
        known_fingerprints_(store->db_.get(), Family(kFingerprints), kColumnFamilyNames[kFingerprints],
                            store->counts_.assertions) {
    counters_.counts = store->counts_;
    counters_.next_assertion_id = store->next_assertion_id_;
    counters_.next_actor_id = store->next_actor_id_;
    counters_.next_topic_id = store->next_topic_id_;
    counters_.next_source_id = store->next_source_id_;
  }

  Status Add(const WriteSet& set, WriteResult* result) {
    Status s;
    for (const Actor& actor : set.actors) {
      s = Upsert(kActorDict, actor, &counters_.next_actor_id, &counters_.counts.actors, &result->actors_created);
      if (!s.ok()) return s;
    }
    for (const Topic& topic : set.topics) {
      s = Upsert(kTopicDict, topic, &counters_.next_topic_id, &counters_.counts.topics, &result->topics_created);
      if (!s.ok()) return s;
    }
    if (!(s = AddDocuments(set.documents, result)).ok()) return s;
    return AddAssertions(set.assertions, result);
  }

  // Writes everything added; on success the store's counters and name cache
  // take in what was written.
  Status Commit() {
    Emit(kMeta, kCountersKey, EncodeStoreCounters(counters_));
    Status s = stager_ != nullptr ? stager_->Ingest() : WriteBatch();
    if (!s.ok()) return s;
    store_->counts_ = counters_.counts;
    store_->next_assertion_id_ = counters_.next_assertion_id;
    store_->next_actor_id_ = counters_.next_actor_id;
    store_->next_topic_id_ = counters_.next_topic_id;
    store_->next_source_id_ = counters_.next_source_id;
    for (int d = 0; d < 3; ++d) store_->name_cache_[d].insert(cache_additions_[d].begin(), cache_additions_[d].end());
    return Status::Ok();
  }

 private:
  enum Dictionary { kActorDict, kTopicDict, kSourceDict };

  rocksdb::ColumnFamilyHandle* Family(ColumnFamily cf) const { return store_->handles_[cf]; }

  void Emit(ColumnFamily cf, std::string_view key, std::string_view value) {
    if (stager_ != nullptr) {
      stager_->Put(cf, key, value);
    } else {
      batch_.Put(Family(cf), key, value);
    }
  }

  // Finds the id that `name` maps to in a dictionary; 0 when unknown.
  Status LookupName(Dictionary dict, const std::string& folded, uint32_t* id) {
    auto& pending = pending_names_[dict];
    if (auto it = pending.find(folded); it != pending.end()) {
      *id = it->second;
      return Status::Ok();
    }
    static constexpr ColumnFamily kNameFamilies[] = {kActorNames, kTopicNames, kSourceNames};
    std::string value;
    rocksdb::Status s = store_->db_->Get(rocksdb::ReadOptions(), Family(kNameFamilies[dict]), folded, &value);
    if (s.IsNotFound()) {
      *id = 0;
      return Status::Ok();
    }
    if (!s.ok()) return FromRocks(s, "cannot read name dictionary");
    if (value.size() != 4) return Status::Corruption("name '" + folded + "' has a damaged dictionary entry");
    *id = keys::GetBigEndian32(value.data());
    return Status::Ok();
  }

  // Maps `name` to `id` unless it already maps somewhere.
  Status BindName(Dictionary dict, const std::string& name, uint32_t id) {
    static constexpr ColumnFamily kNameFamilies[] = {kActorNames, kTopicNames, kSourceNames};
    const std::string folded = NameKey(name);
    if (folded.empty()) return Status::Ok();
    uint32_t existing = 0;
    Status s = LookupName(dict, folded, &existing);
    if (!s.ok() || existing == id) return s;
    if (existing != 0) {
      spdlog::warn("name '{}' already names another record (id {}); not bound to id {}", name, existing, id);
      return Status::Ok();
    }
    pending_names_[dict][folded] = id;
    Emit(kNameFamilies[dict], folded, keys::Id32(id));
    return Status::Ok();
  }

  Status Load(ActorId id, Actor* actor) {
    if (auto it = pending_actors_.find(id); it != pending_actors_.end()) {
      *actor = it->second;
      return Status::Ok();
    }
    return store_->GetActor(id, actor);
  }

  Status Load(TopicId id, Topic* topic) {
    if (auto it = pending_topics_.find(id); it != pending_topics_.end()) {
      *topic = it->second;
      return Status::Ok();
    }
    return store_->GetTopic(id, topic);
  }

  Status Put(const Actor& actor) {
    pending_actors_[actor.id] = actor;
    Emit(kActors, keys::Id32(actor.id), codec::EncodeActor(actor));
    Status s = BindName(kActorDict, actor.name, actor.id);
    for (const std::string& alias : actor.aliases) {
      if (s.ok()) s = BindName(kActorDict, alias, actor.id);
    }
    return s;
  }

  Status Put(const Topic& topic) {
    pending_topics_[topic.id] = topic;
    Emit(kTopics, keys::Id32(topic.id), codec::EncodeTopic(topic));
    Status s = BindName(kTopicDict, topic.key, topic.id);
    if (s.ok()) s = BindName(kTopicDict, topic.label, topic.id);
    for (const std::string& keyword : topic.keywords) {
      if (s.ok()) s = BindName(kTopicDict, keyword, topic.id);
    }
    return s;
  }

  // Creates the actor or topic, or merges it into the stored one of the same
  // canonical name (actors) or key (topics).
  template <typename Record>
  Status Upsert(Dictionary dict, const Record& incoming, uint32_t* next_id, uint64_t* count, size_t* created) {
    const std::string folded = NameKey(PrimaryName(incoming));
    if (folded.empty()) return Status::InvalidInput(std::string("an actor or topic has an empty name"));
    uint32_t id = 0;
    Status s = LookupName(dict, folded, &id);
    if (!s.ok()) return s;
    Record record;
    if (id == 0) {
      record = incoming;
      record.id = (*next_id)++;
      ++*count;
      ++*created;
    } else if (!(s = Load(id, &record)).ok()) {
      return s;
    } else {
      MergeRecord(incoming, &record);
    }
    return Put(record);
  }

  // Resolves a name through the store's cache, the batch and the database;
  // creates the record when unknown. *id is 0 for an empty name.
  Status Resolve(Dictionary dict, const std::string& name, ActorKind kind, uint32_t* id, WriteResult* result) {
    *id = 0;
    if (name.empty()) return Status::Ok();
    for (const auto* cache : {&store_->name_cache_[dict], &cache_additions_[dict]}) {
      if (auto it = cache->find(name); it != cache->end()) {
        *id = it->second;
        return Status::Ok();
      }
    }
    const std::string folded = NameKey(name);
    if (folded.empty()) return Status::Ok();
    Status s = LookupName(dict, folded, id);
    if (s.ok() && *id == 0) s = Create(dict, name, kind, id, result);
    if (s.ok()) cache_additions_[dict].emplace(name, *id);
    return s;
  }

  Status Create(Dictionary dict, const std::string& name, ActorKind kind, uint32_t* id, WriteResult* result) {
    switch (dict) {
      case kActorDict: {
        Actor actor;
        actor.id = *id = counters_.next_actor_id++;
        actor.name = name;
        actor.kind = kind;
        ++counters_.counts.actors;
        ++result->actors_created;
        return Put(actor);
      }
      case kTopicDict: {
        Topic topic;
        topic.id = *id = counters_.next_topic_id++;
        topic.key = name;
        ++counters_.counts.topics;
        ++result->topics_created;
        return Put(topic);
      }
      case kSourceDict: {
        Source source{counters_.next_source_id++, name};
        *id = source.id;
        ++counters_.counts.sources;
        ++result->sources_created;
        Emit(kSources, keys::Id32(source.id), codec::EncodeSource(source));
        return BindName(kSourceDict, name, source.id);
      }
    }
    return Status::Ok();
  }

  // Stores the documents not stored before, in order. Whether each is
  // stored is asked of the database once for the whole set.
  Status AddDocuments(const std::vector<NewDocument>& documents, WriteResult* result) {
    std::vector<uint64_t> ids;
    for (const NewDocument& incoming : documents) {
      if (incoming.document.id == 0) {
        return Status::InvalidInput("document '" + incoming.document.title + "' has no id");
      }
      ids.push_back(incoming.document.id);
    }
    std::vector<bool> fresh;
    Status s = known_documents_.MarkFresh(ids, &fresh);
    for (size_t i = 0; s.ok() && i < documents.size(); ++i) {
      if (fresh[i]) {
        s = AddDocument(documents[i], result);
      } else {
        ++result->documents_skipped;
      }
    }
    return s;
  }

  Status AddDocument(const NewDocument& incoming, WriteResult* result) {
    Document doc = incoming.document;
    Status s = Resolve(kSourceDict, incoming.source, ActorKind::kUnknown, &doc.source_id, result);
    if (!s.ok()) return s;
    Emit(kDocuments, keys::Id64(doc.id), codec::EncodeDocument(doc));
    ++counters_.counts.documents;
    ++result->documents_added;
    return Status::Ok();
  }

  Status ResolveAssertion(const NewAssertion& in, Assertion* out, WriteResult* result) {
    if (!in.date.valid()) return Status::InvalidInput("an assertion by '" + in.actor + "' has no valid date");
    out->stance = in.stance;
    out->date = in.date;
    out->document_id = in.document;
    out->evidence = in.evidence;
    out->cue = in.cue;
    out->confidence = in.confidence;
    out->extractor = in.extractor;
    Status s = Resolve(kActorDict, in.actor, in.actor_kind, &out->actor_id, result);
    if (s.ok() && out->actor_id == 0) return Status::InvalidInput("an assertion has an empty actor");
    if (s.ok()) s = Resolve(kTopicDict, in.topic, ActorKind::kUnknown, &out->topic_id, result);
    if (s.ok()) s = Resolve(kSourceDict, in.source, ActorKind::kUnknown, &out->source_id, result);
    return s;
  }

  // Stores the assertions whose fingerprint is neither stored nor met
  // earlier in this write, in order, with new ids.
  Status AddAssertions(const std::vector<NewAssertion>& incoming, WriteResult* result) {
    std::vector<Assertion> resolved(incoming.size());
    std::vector<uint64_t> fingerprints;
    fingerprints.reserve(incoming.size());
    for (size_t i = 0; i < incoming.size(); ++i) {
      Status s = ResolveAssertion(incoming[i], &resolved[i], result);
      if (!s.ok()) return s;
      fingerprints.push_back(AssertionFingerprint(resolved[i]));
    }
    std::vector<bool> fresh;
    Status s = known_fingerprints_.MarkFresh(fingerprints, &fresh);
    if (!s.ok()) return s;
    for (size_t i = 0; i < resolved.size(); ++i) {
      if (!fresh[i]) {
        ++result->assertions_skipped;
        continue;
      }
      Assertion& a = resolved[i];
      a.id = counters_.next_assertion_id++;
      ++counters_.counts.assertions;
      ++result->assertions_added;
      result->assertion_ids.push_back(a.id);
      PutAssertionWithEntries(a);
    }
    return Status::Ok();
  }

  void PutAssertionWithEntries(const Assertion& a) {
    Emit(kAssertions, keys::Id64(a.id), codec::EncodeAssertion(a));
    for (const FamilyEntry& entry : AssertionEntries(a, store_->HasSaidIndex())) {
      Emit(entry.family, entry.key, entry.value);
    }
  }

  // batch_ rebuilt with each family's entries in key order. The memtable's
  // skip list inserts a key that follows the previous insert almost for free
  // but searches from the top for a random one; index, date and fingerprint
  // keys come in random order, and inserting them unsorted took a large part
  // of a bulk import's CPU (bench/README.md "Why the store is tuned as it
  // is"). Equal keys keep their order, so the last put still wins.
  Status SortedBatch(rocksdb::WriteBatch* out) const {
    struct Entry {
      uint32_t family;
      rocksdb::Slice key, value;  // Into batch_, which does not change meanwhile.
    };
    struct Collect : rocksdb::WriteBatch::Handler {
      std::vector<Entry> entries;
      rocksdb::Status PutCF(uint32_t family, const rocksdb::Slice& key, const rocksdb::Slice& value) override {
        entries.push_back({family, key, value});
        return rocksdb::Status::OK();
      }
    } collect;
    Status s = FromRocks(batch_.Iterate(&collect), "cannot sort a write batch");
    if (!s.ok()) return s;
    std::stable_sort(collect.entries.begin(), collect.entries.end(), [](const Entry& a, const Entry& b) {
      return a.family != b.family ? a.family < b.family : a.key.compare(b.key) < 0;
    });
    std::unordered_map<uint32_t, rocksdb::ColumnFamilyHandle*> families;
    for (rocksdb::ColumnFamilyHandle* handle : store_->handles_) families[handle->GetID()] = handle;
    for (const Entry& e : collect.entries) out->Put(families[e.family], e.key, e.value);
    return Status::Ok();
  }

  Status WriteBatch() {
    rocksdb::WriteBatch sorted;
    Status s = SortedBatch(&sorted);
    if (!s.ok()) return s;
    rocksdb::WriteOptions options;
    options.disableWAL = store_->options_.disable_wal;
    return FromRocks(store_->db_->Write(options, &sorted), "cannot write to " + store_->path_);
  }

  Store* store_;
  SstStager* stager_;
  StoreCounters counters_;
  rocksdb::WriteBatch batch_;
  std::unordered_map<std::string, uint32_t> pending_names_[3];
  std::unordered_map<std::string, uint32_t> cache_additions_[3];
  std::unordered_map<ActorId, Actor> pending_actors_;
  std::unordered_map<TopicId, Topic> pending_topics_;
  KnownIds known_documents_;     // Documents stored, and met in this write.
  KnownIds known_fingerprints_;  // Assertions' fingerprints, likewise.
};

Status Store::Apply(const WriteSet& set, WriteResult* result) {
  if (options_.read_only) return Status::InvalidInput("database " + path_ + " is open read-only");
  WriteResult local;
  Writer writer(this, nullptr);
  Status s = writer.Add(set, &local);
  if (s.ok()) s = writer.Commit();
  if (s.ok()) result->Add(local);
  return s;
}

Status Store::ApplyAll(const WriteSetSource& next, const BulkOptions& options, WriteResult* result) {
  if (options_.read_only) return Status::InvalidInput("database " + path_ + " is open read-only");
  SstStager stager(db_.get(), handles_, StagingPath(), options.buffer_bytes);
  WriteResult local;
  Writer writer(this, &stager);
  Status s;
  for (WriteSet set; s.ok() && (s = next(&set)).ok() && !set.empty(); set = WriteSet()) {
    s = writer.Add(set, &local);
  }
  if (s.ok()) s = writer.Commit();
  if (s.ok()) result->Add(local);
  return s;
}

}  // namespace stancekb
