// RocksLogger: RocksDB's own messages, sent to stancekb's log (spdlog, on
// stderr at -vv) instead of a LOG file in the database directory. A LOG file
// that meets a full disk makes RocksDB 7.8 abort at its next line (its file
// writer asserts that nothing is written after a failed write), so a
// database on a full disk could not even be opened to report the error.
// Internal to kb/.
#pragma once

#include <rocksdb/env.h>
#include <spdlog/spdlog.h>

#include <cstdarg>
#include <cstdio>

namespace stancekb {

class RocksLogger : public rocksdb::Logger {
 public:
  // Warnings and errors only: RocksDB's info lines (each flush, each
  // compaction) would drown what a user looks for with -vv.
  RocksLogger() : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL) {}

  using rocksdb::Logger::Logv;
  void Logv(const rocksdb::InfoLogLevel level, const char* format, va_list ap) override {
    if (level < GetInfoLogLevel()) return;
    char line[1024];
    std::vsnprintf(line, sizeof line, format, ap);
    // RocksDB is not exception-safe; a logging failure must stay here.
    try {
      spdlog::debug("rocksdb: {}", line);
    } catch (...) {
    }
  }
};

}  // namespace stancekb
