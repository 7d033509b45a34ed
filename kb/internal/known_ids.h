// KnownIds: a writer's duplicate check against one family keyed by 64-bit
// ids (assertion fingerprints, document ids): which ids of a set are neither
// stored in the family nor met earlier in the same write.
//
// The family is asked in one of two ways, by how much of it the write has
// checked. While that is small against the family (a day's batch into a
// large database), each set's ids are read with one MultiGet, which reads
// only the blocks they fall in. Once it comes near the family's size (a file
// imported again), every set's ids fall in nearly every block, and reading
// them per set would read the whole family again for each set: its keys are
// then read once, in order, into the ids met, and every later check is a
// lookup in memory. Either way the answers are the same.
//
// Internal to kb/; one thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kb/internal/hash_set64.h"
#include "kb/status.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
}  // namespace rocksdb

namespace stancekb {

class KnownIds {
 public:
  // `stored` is how many keys the family held when the write began (the
  // store's counters; a guess is enough, it only chooses the way); 0 means
  // the family is not read at all. `name` names the family in errors.
  KnownIds(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family, std::string name, uint64_t stored);

  // Sets fresh[i] to whether ids[i] is neither stored nor met before (in an
  // earlier call or earlier in `ids`), and counts it as met.
  Status MarkFresh(const std::vector<uint64_t>& ids, std::vector<bool>* fresh);

 private:
  // The family is read whole once the ids checked reach 1/kScanToLookupRatio of
  // its keys: looking them up one by one has by then cost about what one
  // scan of the family costs (measured on this store's families;
  // bench/README.md "Why the store is tuned as it is").
  static constexpr uint64_t kScanToLookupRatio = 8;

  // Both clear fresh[i] for the ids[i], i in `unseen` (in increasing order
  // of ids[i]), that the family holds. LoadStored also adds every key of the
  // family to met_, merging `unseen` with one scan of the family.
  Status LoadStored(const std::vector<uint64_t>& ids, const std::vector<size_t>& unseen, std::vector<bool>* fresh);
  Status LookUp(const std::vector<uint64_t>& ids, const std::vector<size_t>& unseen, std::vector<bool>* fresh);

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* family_;
  std::string name_;
  uint64_t stored_;
  uint64_t checked_ = 0;  // Distinct ids checked against the family so far.
  bool loaded_ = false;   // met_ holds every key of the family.
  HashSet64 met_;
};

}  // namespace stancekb
