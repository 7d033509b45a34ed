#include "kb/internal/sst_stager.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <queue>

#include "kb/internal/keys.h"
#include "kb/internal/rocks_status.h"

namespace stancekb {
namespace {

// Key bytes [at, at + 8) as a big-endian number, zero-padded past the end.
uint64_t BigEndianAt(std::string_view key, size_t at) {
  if (at + 8 <= key.size()) return keys::GetBigEndian64(key.data() + at);
  char padded[8] = {};
  if (at < key.size()) std::memcpy(padded, key.data() + at, key.size() - at);
  return keys::GetBigEndian64(padded);
}

// How many entries ahead WriteFile prefetches.
constexpr size_t kPrefetchDistance = 16;

// How far ahead MergeFiles reads each file it merges.
constexpr size_t kMergeReadaheadBytes = 1 << 20;

// How much of a run of records WriteRecords gathers before writing it.
constexpr size_t kRecordsChunkBytes = 1 << 20;

// How much of a run of records MergeFiles reads before it hands the pages
// read back to the kernel.
constexpr size_t kRecordsReleaseBytes = 8 << 20;

}  // namespace

// Blocks are aligned to (and, but for a large entry's, the size of) a huge
// page, and the kernel is asked to back them so: one page fault instead of
// 512 for each block filled.
SstStager::Block SstStager::NewBlock(size_t size) {
  const size_t rounded = (size + kBlockBytes - 1) / kBlockBytes * kBlockBytes;
  Block block(static_cast<char*>(std::aligned_alloc(kBlockBytes, rounded)));
  if (block == nullptr) throw std::bad_alloc();
  ::madvise(block.get(), rounded, MADV_HUGEPAGE);
  return block;
}

SstStager::SstStager(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles, std::string dir,
                     size_t buffer_bytes)
    : db_(db), handles_(handles), dir_(std::move(dir)), buffer_bytes_(std::min<size_t>(buffer_bytes, 1u << 31)) {
  worker_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stopping_) {
      RunJobs(&lock);
      changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    }
  });
}

SstStager::~SstStager() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  worker_.join();  // After the job it may be running.
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

char* SstStager::Allocate(Buffer* buffer, size_t size) {
  if (static_cast<size_t>(buffer->end - buffer->next) < size) {
    const size_t capacity = std::max(size, kBlockBytes);
    Block block;
    if (size <= kBlockBytes) {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_blocks_.empty()) {
        block = std::move(free_blocks_.back());
        free_blocks_.pop_back();
      }
    }
    buffer->blocks.push_back(block != nullptr ? std::move(block) : NewBlock(capacity));
    buffer->next = buffer->blocks.back().get();
    buffer->end = buffer->next + capacity;
  }
  char* at = buffer->next;
  buffer->next += size;
  return at;
}

void SstStager::Put(ColumnFamily family, std::string_view key, std::string_view value) {
  Buffer& buffer = buffers_[family];
  char* data = Allocate(&buffer, key.size() + value.size());
  std::memcpy(data, key.data(), key.size());
  std::memcpy(data + key.size(), value.data(), value.size());
  if (buffer.sorted && !buffer.entries.empty()) buffer.sorted = buffer.entries.back().key() < key;
  buffer.entries.push_back({{BigEndianAt(key, 0), BigEndianAt(key, 8)},
                            data,
                            static_cast<uint32_t>(key.size()),
                            static_cast<uint32_t>(value.size())});
  const size_t footprint = key.size() + value.size() + sizeof(Entry);
  buffer.bytes += footprint;
  buffered_ += footprint;
  if (buffered_ < buffer_bytes_ / 2) return;
  {
    std::unique_lock<std::mutex> lock(mu_);
    WaitIdle(&lock);  // One buffer in flight at most: memory stays within buffer_bytes.
  }
  auto largest = std::max_element(buffers_.begin(), buffers_.end(),
                                  [](const Buffer& a, const Buffer& b) { return a.bytes < b.bytes; });
  Submit(largest - buffers_.begin(), false);
}

void SstStager::Submit(size_t family, bool last) {
  Buffer& buffer = buffers_[family];
  if (buffer.entries.empty()) return;
  Status s = dir_made_ ? Status::Ok() : MakeDirectory();
  buffered_ -= buffer.bytes;
  std::lock_guard<std::mutex> lock(mu_);
  Job job{std::move(buffer), family, files_[family].size(), {}};
  buffer = Buffer();
  // The family will likely fill as many entries again: reserved (address
  // space only, until filled), they are not copied each time the vector
  // would have grown.
  buffer.entries.reserve(job.buffer.entries.size());
  // Entries in no order that are not the last will overlap the family's
  // later files and be merged with them (MergeFiles): building a table of
  // them, its blocks, index and filter, compressed, would only be undone
  // there.
  job.file.table = last || job.buffer.sorted;
  job.file.path =
      dir_ + "/" + std::to_string(family) + "-" + std::to_string(job.index) + (job.file.table ? ".sst" : ".run");
  job.file.bytes = job.buffer.bytes;
  files_[family].push_back(job.file);
  if (!s.ok()) {
    if (status_.ok()) status_ = s;
    return;
  }
  queue_.push_back(std::move(job));
  changed_.notify_all();
}

void SstStager::RunJobs(std::unique_lock<std::mutex>* lock) {
  while (!queue_.empty() && !stopping_) {
    Job job = std::move(queue_.front());
    queue_.pop_front();
    ++running_;
    const bool failed = !status_.ok();
    lock->unlock();
    Status s = failed ? Status::Ok() : WriteFile(&job);
    lock->lock();
    if (status_.ok()) status_ = s;
    files_[job.family][job.index] = std::move(job.file);
    --running_;
    for (Block& block : job.buffer.blocks) {
      if (free_blocks_.size() * kBlockBytes < buffer_bytes_) free_blocks_.push_back(std::move(block));
    }
    changed_.notify_all();
  }
}

void SstStager::WaitIdle(std::unique_lock<std::mutex>* lock) {
  changed_.wait(*lock, [this] { return queue_.empty() && running_ == 0; });
}

Status SstStager::MakeDirectory() {
  std::error_code error;
  std::filesystem::remove_all(dir_, error);
  if (!error) std::filesystem::create_directories(dir_, error);
  if (error) return Status::IoError("cannot make the staging directory " + dir_ + ": " + error.message());
  dir_made_ = true;
  return Status::Ok();
}

// The family's options, but compressed as a flush would (LZ4): a staging
// file otherwise takes the bottommost level's ZSTD, several times slower to
// write. Compaction recompresses what reaches the bottom.
rocksdb::Options SstStager::FileOptions(rocksdb::ColumnFamilyHandle* family) const {
  rocksdb::Options options = db_->GetOptions(family);
  options.bottommost_compression = rocksdb::kDisableCompressionOption;
  return options;
}

bool SstStager::EntryLess(const Entry& a, const Entry& b) {
  if (a.prefix[0] != b.prefix[0]) return a.prefix[0] < b.prefix[0];
  if (a.prefix[1] != b.prefix[1]) return a.prefix[1] < b.prefix[1];
  return a.key_size <= 16 && b.key_size <= 16 ? a.key_size < b.key_size : a.key() < b.key();
}

// A stable sort by key. Hand-written because a least-significant-digit radix
// sort over only the prefix bytes that differ between entries (index keys of
// one family share their leading bytes) does far fewer passes than a
// comparison sort over millions of entries (bench/README.md "Why the store is
// tuned as it is").
void SstStager::SortEntries(std::vector<Entry>* entries) {
  uint64_t all_ones[2] = {~0ull, ~0ull}, any_one[2] = {0, 0};
  for (const Entry& e : *entries) {
    for (int word = 0; word < 2; ++word) {
      all_ones[word] &= e.prefix[word];
      any_one[word] |= e.prefix[word];
    }
  }
  std::vector<Entry> scratch(entries->size());
  for (int word = 1; word >= 0; --word) {
    for (int shift = 0; shift < 64; shift += 8) {
      if (((all_ones[word] ^ any_one[word]) >> shift & 0xff) != 0) SortByPrefixByte(word, shift, entries, &scratch);
    }
  }
  SortEqualPrefixesByKey(entries);
}

// One stable counting-sort pass on byte `shift` / 8 of prefix[word].
void SstStager::SortByPrefixByte(int word, int shift, std::vector<Entry>* entries, std::vector<Entry>* scratch) {
  size_t start[257] = {};
  for (const Entry& e : *entries) ++start[(e.prefix[word] >> shift & 0xff) + 1];
  for (int digit = 0; digit < 256; ++digit) start[digit + 1] += start[digit];
  for (const Entry& e : *entries) (*scratch)[start[e.prefix[word] >> shift & 0xff]++] = e;
  entries->swap(*scratch);
}

// Entries sorted by prefix, put in order by their whole keys where their
// 16-byte prefixes are equal, stably.
void SstStager::SortEqualPrefixesByKey(std::vector<Entry>* entries) {
  for (auto run = entries->begin(); run != entries->end();) {
    auto end = run + 1;
    while (end != entries->end() && end->prefix[0] == run->prefix[0] && end->prefix[1] == run->prefix[1]) ++end;
    if (end - run > 1) std::stable_sort(run, end, EntryLess);
    run = end;
  }
}

// Visits the entries in order but the earlier of equal keys (the last put
// wins) while `visit` returns true.
template <typename Visit>
void SstStager::ForEachLastPut(const std::vector<Entry>& entries, Visit visit) {
  for (size_t i = 0; i < entries.size(); ++i) {
    // Sorted entries point all over the blocks: fetch a later one's bytes
    // while this one is written, or each key read waits for memory (a tenth
    // of a bulk import's time went there).
    if (i + kPrefetchDistance < entries.size()) __builtin_prefetch(entries[i + kPrefetchDistance].data);
    if (i + 1 < entries.size() && SameKey(entries[i + 1], entries[i])) continue;
    if (!visit(entries[i])) return;
  }
}

// Sorts a buffer and writes it to the job's file.
Status SstStager::WriteFile(Job* job) {
  std::vector<Entry>& entries = job->buffer.entries;
  if (!job->buffer.sorted) SortEntries(&entries);
  job->file.first_key = entries.front().key();
  job->file.last_key = entries.back().key();
  return job->file.table ? WriteTable(entries, job) : WriteRecords(entries, job);
}

Status SstStager::WriteTable(const std::vector<Entry>& entries, Job* job) {
  rocksdb::ColumnFamilyHandle* family = handles_[job->family];
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), FileOptions(family), family);
  rocksdb::Status s = writer.Open(job->file.path);
  if (s.ok()) {
    ForEachLastPut(entries, [&](const Entry& e) {
      s = writer.Put(e.key(), e.value());
      return s.ok();
    });
  }
  if (s.ok()) s = writer.Finish();
  return FromRocks(s, "cannot write to " + job->file.path);
}

// A run of records: each the key's and the value's sizes (two native
// uint32_t), then the key's and the value's bytes, in key order. Read back
// by the same process only (MergeInput). Records are gathered into chunks
// rather than handed to stdio one field at a time: a run holds millions of
// small records, and each stdio call takes the stream's lock.
Status SstStager::WriteRecords(const std::vector<Entry>& entries, Job* job) {
  std::FILE* out = std::fopen(job->file.path.c_str(), "wb");
  bool written = out != nullptr;
  if (written) {
    std::string chunk;
    chunk.reserve(kRecordsChunkBytes);
    ForEachLastPut(entries, [&](const Entry& e) {
      const uint32_t sizes[2] = {e.key_size, e.value_size};
      chunk.append(reinterpret_cast<const char*>(sizes), sizeof sizes);
      chunk.append(e.data, e.key_size + e.value_size);
      if (chunk.size() < kRecordsChunkBytes) return true;
      written = std::fwrite(chunk.data(), chunk.size(), 1, out) == 1;
      chunk.clear();
      return written;
    });
    if (written && !chunk.empty()) written = std::fwrite(chunk.data(), chunk.size(), 1, out) == 1;
  }
  if (out != nullptr && std::fclose(out) != 0) written = false;
  if (written) return Status::Ok();
  return Status::IoError("cannot write to " + job->file.path + ": " + std::strerror(errno));
}

Status SstStager::Ingest() {
  for (size_t family = 0; family < kColumnFamilyCount; ++family) {
    if (!MergesInMemory(family)) Submit(family, true);
  }
  {
    std::unique_lock<std::mutex> lock(mu_);
    RunJobs(&lock);  // Beside the worker.
    WaitIdle(&lock);
    if (!status_.ok()) return status_;
  }
  Status merged = MergeOverlappingFiles();
  if (!merged.ok()) return merged;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (size_t family = 0; family < kColumnFamilyCount; ++family) {
    if (files_[family].empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[family];
    for (const File& file : files_[family]) arg.external_files.push_back(file.path);
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (args.empty()) return Status::Ok();
  return FromRocks(db_->IngestExternalFiles(args), "cannot add the staged files to " + db_->GetName());
}

bool SstStager::FilesOverlap(size_t family) const {
  std::vector<const File*> files;
  for (const File& file : files_[family]) files.push_back(&file);
  std::sort(files.begin(), files.end(), [](const File* a, const File* b) { return a->first_key < b->first_key; });
  for (size_t i = 1; i < files.size(); ++i) {
    if (files[i]->first_key <= files[i - 1]->last_key) return true;
  }
  return false;
}

// A buffer in no order that follows files of its family will overlap them:
// merged from memory, it is neither written to a file nor read back.
bool SstStager::MergesInMemory(size_t family) const {
  const Buffer& buffer = buffers_[family];
  return !files_[family].empty() && !buffer.entries.empty() && !buffer.sorted;
}

bool SstStager::NeedsMerge(size_t family) const {
  const std::vector<File>& files = files_[family];
  const bool records = std::any_of(files.begin(), files.end(), [](const File& file) { return !file.table; });
  return MergesInMemory(family) || records || (files.size() > 1 && FilesOverlap(family));
}

// Overlapping files ingested as they are would all go to level 0, where
// RocksDB compacts them once enough have come: the next writer, however
// small its own write, would start that compaction of the whole family
// (and a large write's compaction recompresses its output for the bottom
// level). Merging them here costs one sequential read and write of the
// family's new entries, and a family that held nothing before then takes
// its merged file at the bottom level, where later writes' level-0 files
// compact into a level above it without rewriting it.
Status SstStager::MergeOverlappingFiles() {
  std::vector<size_t> families;
  for (size_t family = 0; family < kColumnFamilyCount; ++family) {
    if (NeedsMerge(family)) families.push_back(family);
  }
  // The largest first: started last, the largest merge would end alone on
  // one core while the others wait.
  auto bytes = [this](size_t family) {
    size_t total = buffers_[family].bytes;
    for (const File& file : files_[family]) total += file.bytes;
    return total;
  };
  std::sort(families.begin(), families.end(), [&bytes](size_t a, size_t b) { return bytes(a) > bytes(b); });
  std::atomic<size_t> next{0};
  auto merge = [this, &families, &next] {
    for (size_t i; (i = next++) < families.size();) {
      Status s = MergeFiles(families[i]);
      std::lock_guard<std::mutex> lock(mu_);
      if (status_.ok()) status_ = s;
    }
  };
  const size_t helpers = std::min<size_t>(families.size(), std::max(1u, std::thread::hardware_concurrency()) - 1);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < helpers; ++i) threads.emplace_back(merge);
  merge();
  for (std::thread& thread : threads) thread.join();
  std::lock_guard<std::mutex> lock(mu_);
  return status_;
}

// One sorted input of MergeFiles, positioned on an entry (key, value) until
// it is no longer valid: a table file, a run of records (mapped into memory,
// read once, in order) or the family's sorted buffer, there on the last of
// each run of equal keys (the last put wins).
struct SstStager::MergeInput {
  std::string_view key, value;
  uint64_t prefix[2] = {};  // As Entry's: most comparisons of the merge end here.
  bool valid = false;
  rocksdb::Status status;

  std::unique_ptr<rocksdb::SstFileReader> reader;
  std::unique_ptr<rocksdb::Iterator> table;
  const char* records = nullptr;
  size_t records_size = 0, at = 0, released = 0;
  const std::vector<Entry>* entries = nullptr;
  size_t next = 0;

  MergeInput() = default;
  MergeInput(const MergeInput&) = delete;
  MergeInput& operator=(const MergeInput&) = delete;
  ~MergeInput() {
    if (records != nullptr) ::munmap(const_cast<char*>(records), records_size);
  }

  // Whether this input's entry comes before `other`'s.
  bool Before(const MergeInput& other) const {
    if (prefix[0] != other.prefix[0]) return prefix[0] < other.prefix[0];
    if (prefix[1] != other.prefix[1]) return prefix[1] < other.prefix[1];
    return key < other.key;
  }

  bool SameKeyAs(const MergeInput& other) const {
    return prefix[0] == other.prefix[0] && prefix[1] == other.prefix[1] && key == other.key;
  }

  rocksdb::Status OpenRecords(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
      if (fd >= 0) ::close(fd);
      return rocksdb::Status::IOError(path, std::strerror(errno));
    }
    void* mapped = ::mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (mapped == MAP_FAILED) return rocksdb::Status::IOError(path, std::strerror(errno));
    ::madvise(mapped, st.st_size, MADV_SEQUENTIAL);
    records = static_cast<const char*>(mapped);
    records_size = st.st_size;
    return rocksdb::Status::OK();
  }

  // Positions on the first entry (Next on the following ones).
  void Load() {
    if (table != nullptr) {
      valid = table->Valid();
      if (valid) Set(table->key().ToStringView(), table->value().ToStringView());
      if (!valid) status = table->status();
    } else if (records != nullptr) {
      uint32_t sizes[2];
      valid = at + sizeof sizes <= records_size;
      if (!valid) return;
      std::memcpy(sizes, records + at, sizeof sizes);
      const size_t end = at + sizeof sizes + sizes[0] + sizes[1];
      if (end > records_size) {
        valid = false;
        status = rocksdb::Status::Corruption("a staged run of records ends inside a record");
        return;
      }
      Set({records + at + sizeof sizes, sizes[0]}, {records + at + sizeof sizes + sizes[0], sizes[1]});
      at = end;
      ReleaseRead();
    } else {
      while (next + 1 < entries->size() && SameKey((*entries)[next], (*entries)[next + 1])) ++next;
      // As in ForEachLastPut: sorted entries point all over the blocks.
      if (next + kPrefetchDistance < entries->size()) __builtin_prefetch((*entries)[next + kPrefetchDistance].data);
      valid = next < entries->size();
      if (valid) {
        const Entry& e = (*entries)[next];
        key = e.key(), value = e.value();
        prefix[0] = e.prefix[0], prefix[1] = e.prefix[1];
      }
    }
  }

  void Set(std::string_view k, std::string_view v) {
    key = k, value = v;
    prefix[0] = BigEndianAt(k, 0), prefix[1] = BigEndianAt(k, 8);
  }

  // The pages read stay mapped until the run is unmapped, and count in the
  // process's resident memory meanwhile: those read are dropped as the merge
  // goes, so that all the runs of a family are not resident at once.
  void ReleaseRead() {
    if (at - released < kRecordsReleaseBytes) return;
    const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    const size_t read_pages = at / page * page;
    ::madvise(const_cast<char*>(records) + released, read_pages - released, MADV_DONTNEED);
    released = read_pages;
  }

  void Next() {
    if (table != nullptr) table->Next();
    if (entries != nullptr) ++next;
    Load();
  }
};

// Merges the family's files, then its buffer when it MergesInMemory, in key
// order into one table file; of equal keys the latest input's entry is
// kept, as ingesting them in order would have kept it.
Status SstStager::MergeFiles(size_t family) {
  const rocksdb::Options options = FileOptions(handles_[family]);
  rocksdb::ReadOptions read;
  read.fill_cache = false;  // The database's block cache is for what queries read.
  read.readahead_size = kMergeReadaheadBytes;
  std::vector<std::unique_ptr<MergeInput>> inputs;
  for (const File& file : files_[family]) {
    auto& input = inputs.emplace_back(std::make_unique<MergeInput>());
    rocksdb::Status s;
    if (file.table) {
      input->reader = std::make_unique<rocksdb::SstFileReader>(options);
      s = input->reader->Open(file.path);
      if (s.ok()) input->table.reset(input->reader->NewIterator(read));
      if (s.ok()) input->table->SeekToFirst();
    } else {
      s = input->OpenRecords(file.path);
    }
    if (!s.ok()) return FromRocks(s, "cannot read " + file.path);
    input->Load();
  }
  Buffer& buffer = buffers_[family];
  if (MergesInMemory(family)) {
    SortEntries(&buffer.entries);
    inputs.emplace_back(std::make_unique<MergeInput>())->entries = &buffer.entries;
    inputs.back()->Load();
  }
  // The smallest key on top; of equal keys the latest input's.
  auto after = [&inputs](size_t a, size_t b) {
    if (inputs[b]->Before(*inputs[a])) return true;
    return !inputs[a]->Before(*inputs[b]) && a < b;
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(after)> heap(after);
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i]->valid) heap.push(i);
  }
  // Moves an input past the entry it is on, back into the heap unless it
  // has no more.
  rocksdb::Status s;
  auto advance = [&inputs, &heap, &s](size_t index) {
    MergeInput& input = *inputs[index];
    input.Next();
    if (input.valid) {
      heap.push(index);
    } else if (s.ok()) {
      s = input.status;
    }
  };
  File merged{dir_ + "/" + std::to_string(family) + "-merged.sst", {}, {}};
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, handles_[family]);
  s = writer.Open(merged.path);
  while (s.ok() && !heap.empty()) {
    const size_t index = heap.top();
    heap.pop();
    const MergeInput& input = *inputs[index];
    s = writer.Put(input.key, input.value);
    // Earlier inputs' entries of an equal key are below it in the heap.
    while (!heap.empty() && inputs[heap.top()]->SameKeyAs(input)) {
      const size_t earlier = heap.top();
      heap.pop();
      advance(earlier);
    }
    advance(index);
  }
  rocksdb::ExternalSstFileInfo info;
  if (s.ok()) s = writer.Finish(&info);
  if (!s.ok()) return FromRocks(s, "cannot merge the staged files of family " + std::to_string(family));
  merged.first_key = std::move(info.smallest_key);
  merged.last_key = std::move(info.largest_key);
  std::error_code ignored;
  for (const File& file : files_[family]) std::filesystem::remove(file.path, ignored);
  files_[family] = {std::move(merged)};
  buffer = Buffer();
  return Status::Ok();
}

}  // namespace stancekb
