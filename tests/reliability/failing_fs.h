// FailingFileSystem: the local file system with a write budget, for tests of
// writes under failure. Once `budget` bytes have been appended to files it
// behaves like a full disk (or a failing one): the append that crosses the
// budget writes what fits and fails, and every later append fails.
#pragma once

#include <rocksdb/env.h>
#include <rocksdb/file_system.h>

#include <atomic>
#include <memory>
#include <string>

namespace stancekb::testing {

class FailingFileSystem : public rocksdb::FileSystemWrapper {
 public:
  FailingFileSystem() : FileSystemWrapper(rocksdb::FileSystem::Default()) {}

  static const char* kClassName() { return "StancekbFailingFileSystem"; }
  const char* Name() const override { return kClassName(); }

  // Bytes that may still be appended; negative: no limit. `no_space`
  // chooses the error: disk full, or a plain I/O error.
  void SetBudget(int64_t bytes, bool no_space = true) {
    budget_ = bytes;
    no_space_ = no_space;
  }

  // How many of `wanted` bytes may be written now (all when there is no limit).
  size_t Take(size_t wanted) {
    int64_t left = budget_.load();
    if (left < 0) return wanted;
    const int64_t granted = std::min<int64_t>(left, static_cast<int64_t>(wanted));
    budget_ -= granted;
    return static_cast<size_t>(granted);
  }

  rocksdb::IOStatus Failure() const {
    return no_space_ ? rocksdb::IOStatus::NoSpace("injected: the disk is full")
                     : rocksdb::IOStatus::IOError("injected: the disk failed a write");
  }

  rocksdb::IOStatus NewWritableFile(const std::string& name, const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* out,
                                    rocksdb::IODebugContext* dbg) override;

 private:
  std::atomic<int64_t> budget_{-1};
  bool no_space_ = true;
};

class BudgetedFile : public rocksdb::FSWritableFileOwnerWrapper {
 public:
  BudgetedFile(std::unique_ptr<rocksdb::FSWritableFile> file, FailingFileSystem* fs)
      : FSWritableFileOwnerWrapper(std::move(file)), fs_(fs) {}

  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
    const size_t granted = fs_->Take(data.size());
    rocksdb::IOStatus s = target()->Append(rocksdb::Slice(data.data(), granted), options, dbg);
    return s.ok() && granted < data.size() ? fs_->Failure() : s;
  }
  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           const rocksdb::DataVerificationInfo&, rocksdb::IODebugContext* dbg) override {
    return Append(data, options, dbg);
  }

 private:
  FailingFileSystem* fs_;
};

inline rocksdb::IOStatus FailingFileSystem::NewWritableFile(const std::string& name,
                                                            const rocksdb::FileOptions& options,
                                                            std::unique_ptr<rocksdb::FSWritableFile>* out,
                                                            rocksdb::IODebugContext* dbg) {
  std::unique_ptr<rocksdb::FSWritableFile> file;
  rocksdb::IOStatus s = target()->NewWritableFile(name, options, &file, dbg);
  if (s.ok()) *out = std::make_unique<BudgetedFile>(std::move(file), this);
  return s;
}

}  // namespace stancekb::testing
