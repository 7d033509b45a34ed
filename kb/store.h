// Store: the RocksDB-backed knowledge base of actors, topics, sources,
// documents and assertions (doc/storage.md). One column family per
// record kind and per index; values are Cap'n Proto messages (kb/internal/codec.h);
// keys are ordered so that every filtered query is a range scan (kb/internal/keys.h).
//
// Concurrency: one writer process at a time (RocksDB's lock; a second writer
// gets Status::Busy naming the holder's pid). Any number of read-only opens
// (RocksDB secondary instances) may run beside the writer; each sees the
// state as of its open, never older than what an earlier open saw.
// A Store object is not safe for concurrent use by several threads.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kb/index_entry.h"
#include "kb/records.h"
#include "kb/status.h"
#include "kb/write_set.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
class Env;
class Statistics;
}  // namespace rocksdb

namespace stancekb {

class IndexCursor;  // kb/index_cursor.h

struct StoreOptions {
  bool read_only = false;
  bool create_if_missing = true;  // Ignored when read_only.
  // Read-only opens leave out the families only writers read (the
  // fingerprints of the duplicate check), for a reader opens every table file
  // of each family it opens; set this to open them too (`check`).
  bool all_families = false;
  // Read-only opens for `said --topic` on a database with the said index
  // open only what it reads: the actors, topics and sources, their names and
  // the said index. REQUIRES: no other read through this Store (the handles
  // of the other families are not opened). Ignored with all_families.
  bool said_only = false;
  // Collect RocksDB statistics (keys read, …) for tests and benchmarks.
  bool collect_statistics = false;
  // Skip the write-ahead log (bulk loads). Batches stay atomic because the
  // column families are flushed atomically; a crash may lose recent batches.
  bool disable_wal = false;
  // Tests: the Env RocksDB does its I/O through (e.g. one that injects disk
  // errors); nullptr is the default Env. Must outlive the Store.
  rocksdb::Env* env = nullptr;
};

// How ApplyAll stages its write.
struct BulkOptions {
  // Memory for entries not yet written to a staging file. Larger buffers
  // make fewer, non-overlapping files per family (cheaper to read later).
  size_t buffer_bytes = 256 << 20;
};

// Fills an empty WriteSet with the next part of a bulk write; leaving it
// empty ends the write, an error abandons it.
using WriteSetSource = std::function<Status(WriteSet*)>;

struct StoreCounts {
  uint64_t actors = 0, topics = 0, sources = 0, documents = 0, assertions = 0;
};

class Store {
 public:
  // The on-disk format this build writes and the newest it reads. Format 2
  // added the said index (kb/internal/column_families.h); a writer's open upgrades an
  // older database in place, readers read it as it is.
  static constexpr uint32_t kFormatVersion = 2;

  // The version of the RocksDB library the store runs on ("7.8.3").
  static std::string EngineVersion();

  // Opens (or creates) the database at `path`. *created tells whether it was
  // made by this call. Errors: Busy (another writer), Unsupported (newer
  // format), NotFound (read-only and missing), IoError, Corruption (also a
  // directory with table files but no CURRENT file: nothing is created over
  // them, Repair recovers them).
  static Status Open(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>* out,
                     bool* created = nullptr);

  // Rebuilds the metadata of a database that cannot be opened (its CURRENT
  // or MANIFEST file lost or damaged) from the table files and logs it holds
  // (RocksDB's RepairDB); Open refuses to create a database over such files
  // and names this. What a damaged file held is lost; files it cannot use go
  // to PATH/lost. The database must not be open anywhere (Busy otherwise).
  // Verify the result with CheckStore.
  static Status Repair(const std::string& path);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }

  // Writes everything in `set` in one batch (see kb/write_set.h).
  Status Apply(const WriteSet& set, WriteResult* result);

  // Writes every WriteSet that `next` gives as one atomic write of any size:
  // stored whole, or (on any error, including one from `next`, or a crash)
  // not at all. The entries are staged as sorted SST files in
  // PATH/kStagingDirectory and ingested in one step (kb/internal/sst_stager.h); a
  // crash leaves that directory behind and the next ApplyAll clears it. For
  // large loads: it skips the memtable and the write-ahead log.
  static constexpr const char* kStagingDirectory = "bulk-staging";
  Status ApplyAll(const WriteSetSource& next, const BulkOptions& options, WriteResult* result);

  // Sets an assertion's status (confirm, retract) and its index entries.
  Status SetAssertionStatus(AssertionId id, AssertionStatus status);

  // Point reads; NotFound when absent.
  Status GetActor(ActorId id, Actor* out) const;
  Status GetTopic(TopicId id, Topic* out) const;
  Status GetSource(SourceId id, Source* out) const;
  Status GetDocument(DocumentId id, Document* out) const;
  // Sets *exists without reading the document's text.
  Status HasDocument(DocumentId id, bool* exists) const;
  Status GetAssertion(AssertionId id, Assertion* out) const;
  // Reads many assertions at once (MultiGet); fails if any is missing.
  Status GetAssertions(const std::vector<AssertionId>& ids, std::vector<Assertion>* out) const;
  // Canonical names of many actors at once (only the name is decoded), in
  // the order of `ids`, which must be ascending; fails if any is missing.
  Status GetActorNames(const std::vector<ActorId>& ids, std::vector<std::string>* out) const;

  // Name lookups: actors by canonical name or alias, topics by key, label or
  // keyword, sources by name; case-insensitive. NotFound when unknown.
  Status FindActor(std::string_view name, Actor* out) const;
  Status FindTopic(std::string_view name, Topic* out) const;
  Status FindSource(std::string_view name, Source* out) const;

  Status ListActors(std::vector<Actor>* out) const;
  Status ListTopics(std::vector<Topic>* out) const;
  Status ListSources(std::vector<Source>* out) const;

  // Visits index entries in (topic, actor, date, id) order when query.topic is
  // set or neither is set, else in (actor, topic, date, id) order. Reads only
  // the key ranges the query names.
  Status ScanIndex(const IndexQuery& query, const IndexVisitor& visit) const;
  // A cursor over the index range query.topic and query.actor name (in the
  // order ScanIndex uses; the dates are left to the caller), unpositioned.
  Status NewIndexCursor(const IndexQuery& query, std::unique_ptr<IndexCursor>* out) const;

  // Assertion ids of a document, in id order.
  Status DocumentAssertions(DocumentId doc, std::vector<AssertionId>* out) const;

  StoreCounts Counts() const { return counts_; }

  // The database's format: kFormatVersion for a writer, which upgrades at
  // open; a reader's may be older.
  uint32_t format_version() const { return format_version_; }
  // Whether the database has the said index (format 2 on), which
  // IndexQuery::said scans.
  bool HasSaidIndex() const { return format_version_ >= 2; }

  // Raw access for the consistency check (kb/store_check.h): visits every
  // key and value of one column family (a kb/internal/column_families.h ColumnFamily)
  // in key order until `visit` returns false, or reads one value (NotFound
  // when absent). Nothing is decoded.
  using RawVisitor = std::function<bool(std::string_view key, std::string_view value)>;
  Status ScanFamily(size_t family, const RawVisitor& visit) const;
  Status GetRaw(size_t family, std::string_view key, std::string* value) const;

  // RocksDB statistics ticker "number of keys read by iterators and gets";
  // 0 unless options.collect_statistics.
  uint64_t KeysRead() const;

 private:
  class Writer;
  friend class Writer;

  Store() = default;
  Status Initialize(bool created);
  Status LoadCounters();
  // Brings a writer's database of an older format to kFormatVersion.
  Status Upgrade(uint32_t stored);
  std::string StagingPath() const { return path_ + "/" + kStagingDirectory; }

  std::string path_;
  std::string reader_scratch_;  // A read-only open's scratch directory (OpenReader in kb/store.cc).
  StoreOptions options_;
  std::unique_ptr<rocksdb::Env> reader_env_;  // A read-only open's Env (ReaderEnv in kb/store.cc); outlives db_.
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::shared_ptr<rocksdb::Statistics> statistics_;
  StoreCounts counts_;
  uint32_t format_version_ = kFormatVersion;
  // Resolved names (as given, not folded) -> ids, per dictionary (actors,
  // topics, sources); filled by successful writes to speed up bulk loads.
  std::unordered_map<std::string, uint32_t> name_cache_[3];
  uint64_t next_assertion_id_ = 1;
  uint32_t next_actor_id_ = 1, next_topic_id_ = 1, next_source_id_ = 1;
};

}  // namespace stancekb
