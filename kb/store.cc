#include "kb/store.h"

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/statistics.h>
#include <rocksdb/table.h>
#include <rocksdb/version.h>
#include <rocksdb/write_batch.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "kb/internal/assertion_entries.h"
#include "kb/internal/codec.h"
#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/internal/rocks_logger.h"
#include "kb/internal/rocks_status.h"
#include "kb/internal/store_counters.h"

namespace stancekb {
namespace {

constexpr const char* kWriterPidFile = "WRITER.pid";

// One block cache shared by all families (RocksDB otherwise gives each
// family its own 8 MiB, too small for the assertions a `said` reads back).
constexpr size_t kBlockCacheBytes = 64 << 20;

// Data block size of the index families (FamilyOptions).
constexpr size_t kIndexBlockBytes = 16 << 10;

// Size of a filter or index partition (FamilyOptions).
constexpr size_t kMetadataBlockBytes = 4 << 10;

// How often a closing writer asks whether RocksDB's compactions are done
// (AwaitCompactions): RocksDB 7.8 offers no call that waits for them.
constexpr int kCompactionPollMs = 10;

// Bloom filters serve the writer's point reads that nearly always miss:
// duplicate checks (fingerprints, documents) and new names. Queries only scan
// the index families (the said index too; `check` reads them by key only in
// a family that differs from its assertions), and assertion ids are read
// only when known to exist, so a filter there is hashing for nothing. Readers
// use no filter at all: RocksDB reads every table file's filter when a reader
// opens it, which dominated a CLI query's start.
bool IsIndex(size_t family) {
  return family == kTopicActorIndex || family == kActorTopicIndex || family == kDateIndex || family == kDocumentIndex ||
         family == kSaidIndex;
}

// The families with one key per assertion or per document, read by key
// (duplicate checks): their table files and filters grow without bound.
bool GrowsWithAssertions(size_t family) { return family == kFingerprints || family == kDocuments; }

bool WantsFilter(size_t family, bool read_only) { return !read_only && family != kAssertions && !IsIndex(family); }

rocksdb::ColumnFamilyOptions FamilyOptions(size_t family, const std::shared_ptr<rocksdb::Cache>& cache,
                                           bool read_only) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  if (WantsFilter(family, read_only)) table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = true;
  if (GrowsWithAssertions(family)) {
    // One filter block per table file grows with the file, and once it is
    // larger than a shard of the block cache the cache cannot keep it: every
    // duplicate check of an import into a large database then read and
    // checksummed the whole filter again. Filters and indexes cut into small
    // partitions stay cached, and only the partitions' own index is pinned.
    table.partition_filters = true;
    table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
    table.metadata_block_size = kMetadataBlockBytes;
  }
  // Index and filter blocks are read into the cache when first needed, not
  // all at open: a CLI query touches a few files of a few families.
  table.cache_index_and_filter_blocks = true;
  // The index families, which queries only scan, take 16 KiB blocks instead
  // of RocksDB's 4 KiB: a quarter as many blocks to build in a bulk import
  // and its compaction, compressed better, and a scan reads them as fast.
  // Families read one key at a time keep 4 KiB: every read by id
  // decompresses a whole block for one record, so larger blocks make the
  // evidence reads of stance, changes and disagree slower
  // (bench/README.md "Why the store is tuned as it is").
  if (IsIndex(family)) table.block_size = kIndexBlockBytes;
  rocksdb::ColumnFamilyOptions cf;
  cf.compression = rocksdb::kLZ4Compression;
  cf.bottommost_compression = rocksdb::kZSTD;
  if (family == kAssertions) {
    // Assertions are read back by id, scattered (evidence rows): a hash
    // index in each block saves the binary search, and LZ4 at the bottom
    // level too decompresses much faster than ZSTD for a little more disk
    // (bench/README.md "Why the store is tuned as it is").
    table.data_block_index_type = rocksdb::BlockBasedTableOptions::kDataBlockBinaryAndHash;
    cf.bottommost_compression = rocksdb::kLZ4Compression;
  }
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // No memtable bloom filter: RocksDB allocates and zeroes one with the
  // memtable of every family that has one, at every writer's open, a large
  // part of a small write such as `confirm`, while the memtable lookups it
  // would spare do not show in an import (bench/README.md "Why the store is
  // tuned as it is").
  return cf;
}

// A writer's close waits for the compactions that are due (~Store), such
// as those of a large import into a large database. Several families
// compacted at once, each split into a range per core, keep every core busy
// there, so a large import waits less (bench/README.md "Why the store is tuned as it
// is"). Writers only: readers never compact, and the threads would only
// slow their open.
void CompactOnEveryCore(rocksdb::DBOptions* options) {
  const int cores = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
  options->max_background_jobs = 2 * cores;
  options->max_subcompactions = cores;
}

// The descriptors of the families in `wanted` (all when empty), in
// ColumnFamily order.
std::vector<rocksdb::ColumnFamilyDescriptor> FamilyDescriptors(bool read_only,
                                                               const std::vector<std::string>& wanted = {}) {
  const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(kBlockCacheBytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (size_t family = 0; family < kColumnFamilyCount; ++family) {
    const std::string name = kColumnFamilyNames[family];
    if (wanted.empty() || std::find(wanted.begin(), wanted.end(), name) != wanted.end()) {
      families.emplace_back(name, FamilyOptions(family, cache, read_only));
    }
  }
  return families;
}

// The handles of `opened` at their ColumnFamily index; nullptr for the
// families not opened.
std::vector<rocksdb::ColumnFamilyHandle*> ByFamily(const std::vector<rocksdb::ColumnFamilyHandle*>& opened) {
  std::vector<rocksdb::ColumnFamilyHandle*> handles(kColumnFamilyCount, nullptr);
  for (rocksdb::ColumnFamilyHandle* handle : opened) {
    const auto* name = std::find(kColumnFamilyNames.begin(), kColumnFamilyNames.end(), handle->GetName());
    handles[name - kColumnFamilyNames.begin()] = handle;
  }
  return handles;
}

// The families a reader opens. A reader opens every table file of each
// family it opens, so it leaves out the fingerprints, which only writers
// (the duplicate check) and `check` read, unless asked for everything, and
// opens no more than `said` reads when asked for that.
std::vector<std::string> ReaderFamilies(const StoreOptions& options) {
  if (options.said_only && !options.all_families) {
    std::vector<std::string> names;
    for (ColumnFamily family :
         {kMeta, kActors, kActorNames, kTopics, kTopicNames, kSources, kSourceNames, kSaidIndex}) {
      names.push_back(kColumnFamilyNames[family]);
    }
    return names;
  }
  std::vector<std::string> names(kColumnFamilyNames.begin(), kColumnFamilyNames.end());
  if (!options.all_families) names.erase(names.begin() + kFingerprints);
  return names;
}

// The Env of a reader. Every RocksDB open adds a flush thread and a
// compaction thread to the Env's pools, which a reader never uses (a
// secondary instance neither flushes nor compacts); without them a CLI query
// starts no thread, and its exit waits for none.
class ReaderEnv : public rocksdb::EnvWrapper {
 public:
  explicit ReaderEnv(rocksdb::Env* base) : rocksdb::EnvWrapper(base) {}
  const char* Name() const override { return "StancekbReaderEnv"; }
  void IncBackgroundThreadsIfNeeded(int /*threads*/, Priority /*pool*/) override {}
};
std::string WriterPid(const std::string& path) {
  std::ifstream in(std::filesystem::path(path) / kWriterPidFile);
  std::string pid;
  std::getline(in, pid);
  return pid;
}

Status BusyOrError(const rocksdb::Status& s, const std::string& path) {
  const std::string message = s.ToString();
  if (s.IsIOError() && message.find("lock") != std::string::npos) {
    const std::string pid = WriterPid(path);
    return Status::Busy("database " + path + " is in use by another stancekb process" +
                        (pid.empty() ? std::string() : " (pid " + pid + ")") +
                        "; wait for it to finish or use another --db");
  }
  return FromRocks(s, "cannot open database " + path);
}

// Readers open as RocksDB secondary instances: unlike a plain read-only
// open, a secondary copes with the memtables the writer flushes and the WAL
// files it deletes meanwhile, so it never sees an older state than a reader
// opened before it. RocksDB wants a directory of the secondary's own:
// *scratch, a new one that the Store removes when it closes.
// Families an older format lacks (added since) are left out too; their
// handles are nullptr.
rocksdb::Status OpenReader(rocksdb::DBOptions options, const std::string& path, const StoreOptions& store_options,
                           std::string* scratch, std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
  static std::atomic<int> readers{0};
  *scratch = (std::filesystem::temp_directory_path() /
              ("stancekb-reader-" + std::to_string(::getpid()) + "-" + std::to_string(readers++)))
                 .string();
  options.max_open_files = -1;  // Required of secondary instances.
  std::vector<std::string> wanted = ReaderFamilies(store_options);
  std::vector<rocksdb::ColumnFamilyHandle*> opened;
  rocksdb::Status s =
      rocksdb::DB::OpenAsSecondary(options, path, *scratch, FamilyDescriptors(true, wanted), &opened, db);
  if (s.IsInvalidArgument()) {  // A wanted family is missing (an older format): only then list them.
    std::vector<std::string> present;
    s = rocksdb::DB::ListColumnFamilies(options, path, &present);
    std::erase_if(wanted,
                  [&](const std::string& name) { return std::count(present.begin(), present.end(), name) == 0; });
    if (s.ok()) s = rocksdb::DB::OpenAsSecondary(options, path, *scratch, FamilyDescriptors(true, wanted), &opened, db);
  }
  if (!s.ok()) return s;
  *handles = ByFamily(opened);
  return (*db)->TryCatchUpWithPrimary();
}

// A new database is made with the default family alone and then gets the
// others in one CreateColumnFamilies call: RocksDB 7.8's Open creates
// missing families one by one and rewrites and syncs the OPTIONS file for
// each, over a quarter of a small first import. A crash in between leaves families
// missing, which the next writer's Open creates.
rocksdb::Status OpenWriter(const rocksdb::DBOptions& options, const std::string& path, bool exists,
                           std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
  std::vector<rocksdb::ColumnFamilyDescriptor> families = FamilyDescriptors(false);
  if (exists) return rocksdb::DB::Open(options, path, families, handles, db);
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(options, path, {families.front()}, handles, &raw);
  if (!s.ok()) return s;
  std::unique_ptr<rocksdb::DB> opened(raw);
  std::vector<rocksdb::ColumnFamilyHandle*> created;
  s = opened->CreateColumnFamilies({families.begin() + 1, families.end()}, &created);
  handles->insert(handles->end(), created.begin(), created.end());
  if (s.ok()) {
    *db = opened.release();
    return s;
  }
  for (rocksdb::ColumnFamilyHandle* handle : *handles) opened->DestroyColumnFamilyHandle(handle);
  handles->clear();
  return s;
}

// A directory whose CURRENT file is gone but whose table files are still
// there: RocksDB would make a new database over them and delete them as
// obsolete.
bool HoldsTableFiles(const std::string& path) {
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(path, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    if (it->path().extension() == ".sst") return true;
  }
  return false;
}

bool FamilyIsEmpty(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family) {
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), family));
  it->SeekToFirst();
  return !it->Valid() && it->status().ok();
}

// Whether RocksDB runs or wants a compaction (a family whose level 0
// reached its trigger, or a level over its size).
bool CompactionsDue(rocksdb::DB* db) {
  uint64_t pending = 0, running = 0;
  db->GetAggregatedIntProperty(rocksdb::DB::Properties::kCompactionPending, &pending);
  db->GetIntProperty(rocksdb::DB::Properties::kNumRunningCompactions, &running);
  return pending != 0 || running != 0;
}

// Close abandons a running compaction, and the next writer starts it again
// from the beginning: every short write into a database that a large import
// had left unsettled paid for part of the same compaction and kept none of
// it. So a writer waits, before it closes, for the compactions that are due:
// the writer that made a compaction due pays for it, once. A failed
// compaction ends the wait: what was written is stored either way.
void AwaitCompactions(rocksdb::DB* db) {
  uint64_t errors = 0;
  while (CompactionsDue(db) && db->GetIntProperty(rocksdb::DB::Properties::kBackgroundErrors, &errors) && errors == 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(kCompactionPollMs));
  }
}

}  // namespace

Status Store::Open(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>* out, bool* created) {
  const bool exists = std::filesystem::exists(std::filesystem::path(path) / "CURRENT");
  if (!exists && HoldsTableFiles(path)) {
    return Status::Corruption("database " + path +
                              " has table files but no CURRENT file; nothing is created over them: `stancekb repair`" +
                              " recovers what they hold");
  }
  if (!exists && (options.read_only || !options.create_if_missing)) {
    return Status::NotFound("no database at " + path + " (import something first, or give --db)");
  }
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  db_options.atomic_flush = true;  // Batches across families stay atomic without the WAL.
  db_options.info_log = std::make_shared<RocksLogger>();
  db_options.max_file_opening_threads = 1;
  if (!options.read_only) CompactOnEveryCore(&db_options);
  db_options.skip_stats_update_on_db_open = true;
  db_options.skip_checking_sst_file_sizes_on_db_open = true;
  if (options.env != nullptr) db_options.env = options.env;
  std::unique_ptr<Store> store(new Store());
  if (options.read_only) {
    store->reader_env_ = std::make_unique<ReaderEnv>(db_options.env);
    db_options.env = store->reader_env_.get();
  }
  store->path_ = path;
  store->options_ = options;
  if (options.collect_statistics) {
    store->statistics_ = rocksdb::CreateDBStatistics();
    db_options.statistics = store->statistics_;
  }
  rocksdb::DB* raw = nullptr;
  const rocksdb::Status s = options.read_only
                                ? OpenReader(db_options, path, options, &store->reader_scratch_, &store->handles_, &raw)
                                : OpenWriter(db_options, path, exists, &store->handles_, &raw);
  if (!s.ok()) return BusyOrError(s, path);
  store->db_.reset(raw);
  if (!options.read_only) {
    std::ofstream(std::filesystem::path(path) / kWriterPidFile) << ::getpid() << "\n";
    // What a bulk write killed before its ingestion staged (Store::ApplyAll):
    // nothing of it is stored, so it only takes disk space.
    std::error_code ignored;
    std::filesystem::remove_all(store->StagingPath(), ignored);
  }
  Status init = store->Initialize(!exists);
  if (!init.ok()) return init;
  if (created != nullptr) *created = !exists;
  *out = std::move(store);
  return Status::Ok();
}

Status Store::Repair(const std::string& path) {
  if (!std::filesystem::is_directory(path)) return Status::NotFound("no database at " + path);
  rocksdb::DBOptions options;
  options.info_log = std::make_shared<RocksLogger>();
  // Families the repair meets but this build does not know keep RocksDB's defaults.
  const rocksdb::Status s = rocksdb::RepairDB(path, options, FamilyDescriptors(false), rocksdb::ColumnFamilyOptions());
  if (s.ok()) return Status::Ok();
  Status busy = BusyOrError(s, path);
  return busy.IsBusy() ? busy : FromRocks(s, "cannot repair database " + path);
}

Store::~Store() {
  std::error_code ignored;
  if (!reader_scratch_.empty()) std::filesystem::remove_all(reader_scratch_, ignored);
  if (db_ == nullptr) return;
  // A writer leaves no memtable behind: otherwise every later read-only open
  // (each CLI query) replays the write-ahead log, seconds after a large import.
  if (!options_.read_only) {
    if (CompactionsDue(db_.get())) spdlog::info("compacting what was written to {} before closing", path_);
    db_->Flush(rocksdb::FlushOptions(), handles_);
    AwaitCompactions(db_.get());
  }
  for (auto* handle : handles_) {
    if (handle != nullptr) db_->DestroyColumnFamilyHandle(handle);
  }
  db_->Close();
}

Status Store::Initialize(bool created) {
  rocksdb::ColumnFamilyHandle* meta = handles_[kMeta];
  std::string version;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta, kFormatVersionKey, &version);
  // No version and no meta keys at all: new, being created by another process,
  // or a crash cut its creation short before the version was written (nothing
  // is written before it). Readers see an empty database; a writer finishes it.
  const bool empty = s.IsNotFound() && (created || FamilyIsEmpty(db_.get(), meta));
  if (empty && options_.read_only) return Status::Ok();
  if (empty) {
    s = db_->Put(rocksdb::WriteOptions(), meta, kFormatVersionKey, keys::Id32(kFormatVersion));
    if (!s.ok()) return FromRocks(s, "cannot initialise database " + path_);
    return LoadCounters();
  }
  if (s.IsNotFound()) return Status::Corruption(path_ + " is not a stancekb database (no format version)");
  if (!s.ok()) return FromRocks(s, "cannot read database " + path_);
  if (version.size() != 4) return Status::Corruption(path_ + ": format version key is damaged");
  const uint32_t stored = keys::GetBigEndian32(version.data());
  if (stored > kFormatVersion) {
    return Status::Unsupported("database " + path_ + " was written by a newer stancekb (format " +
                               std::to_string(stored) + "); this version reads formats up to " +
                               std::to_string(kFormatVersion));
  }
  format_version_ = stored;
  Status loaded = LoadCounters();
  if (!loaded.ok() || options_.read_only || stored == kFormatVersion) return loaded;
  return Upgrade(stored);
}

Status Store::LoadCounters() {
  std::string data;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[kMeta], kCountersKey, &data);
  if (s.IsNotFound()) return Status::Ok();
  if (!s.ok()) return FromRocks(s, "cannot read counters of " + path_);
  StoreCounters counters;
  if (!DecodeStoreCounters(data, &counters)) return Status::Corruption(path_ + ": counters record is damaged");
  counts_ = counters.counts;
  next_assertion_id_ = counters.next_assertion_id;
  next_actor_id_ = counters.next_actor_id;
  next_topic_id_ = counters.next_topic_id;
  next_source_id_ = counters.next_source_id;
  return Status::Ok();
}

std::string Store::EngineVersion() { return rocksdb::GetRocksVersionAsString(); }

uint64_t Store::KeysRead() const {
  if (statistics_ == nullptr) return 0;
  return statistics_->getTickerCount(rocksdb::NUMBER_DB_NEXT) + statistics_->getTickerCount(rocksdb::NUMBER_DB_SEEK) +
         statistics_->getTickerCount(rocksdb::NUMBER_KEYS_READ);
}

Status Store::SetAssertionStatus(AssertionId id, AssertionStatus status) {
  if (options_.read_only) return Status::InvalidInput("database " + path_ + " is open read-only");
  Assertion a;
  Status s = GetAssertion(id, &a);
  if (!s.ok()) return s.IsNotFound() ? Status::NotFound("no assertion " + std::to_string(id)) : s;
  a.status = status;
  rocksdb::WriteBatch batch;
  batch.Put(handles_[kAssertions], keys::Id64(id), codec::EncodeAssertion(a));
  // Only the pair and said indexes carry the status; the other entries are rewritten unchanged.
  for (const FamilyEntry& entry : AssertionEntries(a, HasSaidIndex())) {
    batch.Put(handles_[entry.family], entry.key, entry.value);
  }
  return FromRocks(db_->Write(rocksdb::WriteOptions(), &batch),
                   "cannot update assertion " + std::to_string(id) + " in " + path_);
}

}  // namespace stancekb
