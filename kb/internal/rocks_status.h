// Converts a RocksDB status into a stancekb Status with context. Internal to kb/.
#pragma once

#include <rocksdb/status.h>

#include <string>

#include "kb/status.h"

namespace stancekb {

inline Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::Ok();
  const std::string message = context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(message);
  if (s.IsCorruption()) return Status::Corruption(message);
  if (s.IsBusy() || s.IsTimedOut()) return Status::Busy(message);
  return Status::IoError(message);
}

}  // namespace stancekb
