// SstStager: the entries of one write too large for a WriteBatch, staged as
// sorted SST files in a directory and added to the database by a single
// IngestExternalFiles call, which RocksDB records in one MANIFEST write: all
// of them become visible at once, or none do.
//
// Entries are buffered in memory per column family. When the buffers hold
// half of `buffer_bytes`, the largest family's entries are handed to a
// background thread that sorts them and writes them to a new file while the
// other half fills, so memory stays bounded however large the write. Files
// of one family written at different times may overlap: before ingesting,
// those are merged into one file (a later file winning over an earlier one
// for an equal key), so that a large write leaves each family one sorted
// run, below level 0 where the family held nothing before. Internal to kb/;
// its methods must be called from one thread.
#pragma once

#include <array>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "kb/internal/column_families.h"
#include "kb/status.h"

namespace rocksdb {
struct Options;
class DB;
class ColumnFamilyHandle;
}  // namespace rocksdb

namespace stancekb {

class SstStager {
 public:
  // `dir` is made by the first file written and removed, with anything left
  // in it (say by an earlier process that was killed), when the stager is
  // destroyed or before its first file.
  SstStager(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles, std::string dir,
            size_t buffer_bytes);
  ~SstStager();
  SstStager(const SstStager&) = delete;
  SstStager& operator=(const SstStager&) = delete;

  // Adds an entry; a later Put of an equal key in the same family wins.
  // Writing a full buffer out may fail: the first error is kept and returned
  // by Ingest.
  void Put(ColumnFamily family, std::string_view key, std::string_view value);

  // Writes out what is buffered and ingests every file. On error nothing is
  // ingested and the database is unchanged.
  Status Ingest();

 private:
  // Keys and values are copied into blocks of this size (larger for a larger
  // entry); a written buffer's blocks are reused, so staging neither moves
  // bytes to grow a buffer nor faults in fresh memory for every file.
  static constexpr size_t kBlockBytes = 2 << 20;
  struct FreeBlock {
    void operator()(char* block) const { std::free(block); }
  };
  using Block = std::unique_ptr<char[], FreeBlock>;
  static Block NewBlock(size_t size);

  struct Entry {
    uint64_t prefix[2];  // The key's first 16 bytes, big-endian: most comparisons end here.
    const char* data;    // The key, followed by the value.
    uint32_t key_size;
    uint32_t value_size;
    std::string_view key() const { return {data, key_size}; }
    std::string_view value() const { return {data + key_size, value_size}; }
  };
  static bool SameKey(const Entry& a, const Entry& b) {
    return a.prefix[0] == b.prefix[0] && a.prefix[1] == b.prefix[1] && a.key() == b.key();
  }
  struct Buffer {
    std::vector<Block> blocks;
    char* next = nullptr;  // The unused end of blocks.back().
    char* end = nullptr;
    std::vector<Entry> entries;
    size_t bytes = 0;
    bool sorted = true;  // Keys were put in increasing order (assertion ids are).
  };

  // A staged file and the keys it starts and ends with: a table file
  // RocksDB can ingest, or a run of sorted records only MergeFiles reads
  // (WriteRecords gives the format).
  struct File {
    std::string path;
    std::string first_key, last_key;
    bool table = true;
    size_t bytes = 0;  // Of the buffer written to it.
  };

  // A buffer on its way to a file.
  struct Job {
    Buffer buffer;
    size_t family;
    size_t index;  // Of its file in files_[family].
    File file;
  };

  static bool EntryLess(const Entry& a, const Entry& b);
  static void SortEntries(std::vector<Entry>* entries);
  static void SortByPrefixByte(int word, int shift, std::vector<Entry>* entries, std::vector<Entry>* scratch);
  static void SortEqualPrefixesByKey(std::vector<Entry>* entries);
  char* Allocate(Buffer* buffer, size_t size);
  rocksdb::Options FileOptions(rocksdb::ColumnFamilyHandle* family) const;
  // Queues the family's buffer for writing, after the job in flight is done;
  // `last` when no more entries will come (Ingest).
  void Submit(size_t family, bool last);
  // Runs queued jobs until none is left (the worker, and Ingest's thread).
  void RunJobs(std::unique_lock<std::mutex>* lock);
  Status WriteFile(Job* job);
  template <typename Visit>
  static void ForEachLastPut(const std::vector<Entry>& entries, Visit visit);
  Status WriteTable(const std::vector<Entry>& entries, Job* job);
  Status WriteRecords(const std::vector<Entry>& entries, Job* job);
  void WaitIdle(std::unique_lock<std::mutex>* lock);
  Status MakeDirectory();
  // Whether the family's buffer, not yet written, will be merged with its
  // files rather than written to a file of its own (Ingest).
  bool MergesInMemory(size_t family) const;
  bool FilesOverlap(size_t family) const;
  bool NeedsMerge(size_t family) const;
  // Merges the files of each family that NeedsMerge, and the buffer when it
  // MergesInMemory, into one file, the families shared among threads.
  Status MergeOverlappingFiles();
  Status MergeFiles(size_t family);
  struct MergeInput;  // One sorted input of MergeFiles.

  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::string dir_;
  size_t buffer_bytes_;
  size_t buffered_ = 0;  // In buffers_, not yet submitted.
  bool dir_made_ = false;
  std::array<Buffer, kColumnFamilyCount> buffers_;
  std::array<std::vector<File>, kColumnFamilyCount> files_;  // Keys guarded by mu_ until written.

  std::mutex mu_;  // Guards what follows.
  std::condition_variable changed_;
  std::deque<Job> queue_;
  size_t running_ = 0;
  bool stopping_ = false;
  Status status_;  // The first error of any job.
  std::vector<Block> free_blocks_;
  std::thread worker_;
};

}  // namespace stancekb
