#include "kb/sst_stager.h"

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <cstring>
#include <filesystem>

#include "kb/rocks_status.h"

namespace stancekb {
namespace {

uint64_t BigEndianAt(std::string_view key, size_t at) {
  uint64_t v = 0;
  for (size_t i = at; i < at + 8; ++i) v = v << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return v;
}

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
    : db_(db), handles_(handles), dir_(std::move(dir)), buffer_bytes_(std::min<size_t>(buffer_bytes, 1u << 31)) {}

SstStager::~SstStager() {
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

char* SstStager::Allocate(Buffer* buffer, size_t size) {
  if (static_cast<size_t>(buffer->end - buffer->next) < size) {
    const size_t capacity = std::max(size, kBlockBytes);
    if (size > kBlockBytes || free_blocks_.empty()) {
      buffer->blocks.push_back(NewBlock(capacity));
    } else {
      buffer->blocks.push_back(std::move(free_blocks_.back()));
      free_blocks_.pop_back();
    }
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
  if (buffered_ < buffer_bytes_) return;
  auto largest = std::max_element(buffers_.begin(), buffers_.end(),
                                  [](const Buffer& a, const Buffer& b) { return a.bytes < b.bytes; });
  Status s = WriteFile(largest - buffers_.begin());
  if (status_.ok()) status_ = s;
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
rocksdb::Options SstStager::FileOptions(size_t family) const {
  rocksdb::Options options = db_->GetOptions(handles_[family]);
  options.bottommost_compression = rocksdb::kDisableCompressionOption;
  return options;
}

// Sorts one family's buffer, writes it to a new file (for equal keys only
// the last put) and empties the buffer.
Status SstStager::WriteFile(size_t family) {
  Buffer& buffer = buffers_[family];
  if (buffer.entries.empty()) return Status::Ok();
  if (!dir_made_) {
    Status s = MakeDirectory();
    if (!s.ok()) return s;
  }
  if (!buffer.sorted) {
    std::stable_sort(buffer.entries.begin(), buffer.entries.end(), [](const Entry& a, const Entry& b) {
      if (a.prefix[0] != b.prefix[0]) return a.prefix[0] < b.prefix[0];
      if (a.prefix[1] != b.prefix[1]) return a.prefix[1] < b.prefix[1];
      return a.key_size <= 16 && b.key_size <= 16 ? a.key_size < b.key_size : a.key() < b.key();
    });
  }
  const std::string path =
      dir_ + "/" + std::to_string(family) + "-" + std::to_string(files_[family].size()) + ".sst";
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), FileOptions(family), handles_[family]);
  rocksdb::Status s = writer.Open(path);
  for (size_t i = 0; s.ok() && i < buffer.entries.size(); ++i) {
    const Entry& e = buffer.entries[i];
    if (i + 1 < buffer.entries.size() && SameKey(buffer.entries[i + 1], e)) continue;
    s = writer.Put(e.key(), rocksdb::Slice(e.data + e.key_size, e.value_size));
  }
  if (s.ok()) s = writer.Finish();
  for (auto& block : buffer.blocks) {
    if (free_blocks_.size() * kBlockBytes < buffer_bytes_) free_blocks_.push_back(std::move(block));
  }
  buffered_ -= buffer.bytes;
  buffer.blocks.clear();
  buffer.next = buffer.end = nullptr;
  buffer.entries.clear();
  buffer.bytes = 0;
  buffer.sorted = true;
  if (!s.ok()) return FromRocks(s, "cannot write to " + path);
  files_[family].push_back(path);
  return Status::Ok();
}

Status SstStager::Ingest() {
  for (size_t family = 0; status_.ok() && family < kColumnFamilyCount; ++family) status_ = WriteFile(family);
  if (!status_.ok()) return status_;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (size_t family = 0; family < kColumnFamilyCount; ++family) {
    if (files_[family].empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[family];
    arg.external_files = files_[family];
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (args.empty()) return Status::Ok();
  return FromRocks(db_->IngestExternalFiles(args), "cannot add the staged files to the database");
}

}  // namespace stancekb
