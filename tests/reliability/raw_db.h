// RawDb: a stancekb database opened directly with RocksDB, so that tests can
// damage it in ways the Store never would. The Store must be closed first.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "kb/internal/column_families.h"

namespace stancekb::testing {

class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : kColumnFamilyNames) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* db = nullptr;
    status_ = rocksdb::DB::Open(rocksdb::DBOptions(), path, families, &handles_, &db);
    db_.reset(db);
  }
  ~RawDb() {
    for (auto* handle : handles_) db_->DestroyColumnFamilyHandle(handle);
  }

  const rocksdb::Status& status() const { return status_; }
  rocksdb::Status Put(ColumnFamily family, const std::string& key, const std::string& value) {
    return db_->Put(rocksdb::WriteOptions(), handles_[family], key, value);
  }
  rocksdb::Status Delete(ColumnFamily family, const std::string& key) {
    return db_->Delete(rocksdb::WriteOptions(), handles_[family], key);
  }
  // Removes a whole column family, as a database of an older format lacks it.
  rocksdb::Status DropFamily(ColumnFamily family) { return db_->DropColumnFamily(handles_[family]); }

 private:
  rocksdb::Status status_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::unique_ptr<rocksdb::DB> db_;
};

}  // namespace stancekb::testing
