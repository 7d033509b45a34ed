// CheckStore: verifies every invariant of a store (doc/storage.md "Families") and
// lists each violation:
//   - the format version and the counters record are present and decode;
//   - every record decodes and is stored under its own id; every actor,
//     topic and source is found by its own name; every name entry points to
//     an existing record;
//   - every document's source, and every assertion's actor, topic, source
//     and document exist;
//   - every assertion has each of its index and fingerprint entries
//     (kb/internal/assertion_entries.h) with the right value, and every index or
//     fingerprint entry belongs to an existing assertion that has exactly
//     that entry;
//   - the counters equal the number of records of each kind and every id is
//     below the next id to assign.
// Reads the whole database once and the assertions a second time only
// where an index or fingerprint family differs from what its assertions
// imply (compared by an order-independent digest of each); there, one point
// read per entry and per expected entry names each difference. Memory grows
// with the number of records named by id (actors, topics, sources,
// documents), not with the assertions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kb/status.h"
#include "kb/store.h"

namespace stancekb {

// One broken invariant: the column family and key where it was found (ids
// in decimal, names as text, other keys in hex) and what is wrong.
struct CheckViolation {
  std::string family;
  std::string key;
  std::string problem;

  std::string ToString() const { return family + " " + key + ": " + problem; }
};

struct CheckReport {
  // At most this many violations are kept as text; all are counted.
  static constexpr size_t kMaxListed = 10000;

  uint64_t records = 0;  // Actors, topics, sources, documents, assertions.
  uint64_t entries = 0;  // Name, index and fingerprint entries.
  uint64_t violation_count = 0;
  std::vector<CheckViolation> violations;  // In check order.

  bool clean() const { return violation_count == 0; }
};

// Checks `store`. Returns non-OK only when the database cannot be read;
// broken invariants are listed in *report, not returned.
Status CheckStore(const Store& store, CheckReport* report);

}  // namespace stancekb
