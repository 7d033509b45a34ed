// The entries an assertion owns besides its record: one in each index
// family and one in the fingerprint family. The writer puts exactly these
// entries (kb/store_write.cc) and the consistency check expects exactly these
// (kb/store_check.cc), so the two cannot drift apart. Internal to kb/.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kb/internal/column_families.h"
#include "kb/records.h"

namespace stancekb {

struct FamilyEntry {
  ColumnFamily family;
  std::string key;
  std::string value;
};

// The stable hash under which a stored assertion is found again so that
// re-importing it adds nothing. Covers what was said, by whom, when and
// where; not the id, status, cue, confidence or extractor.
uint64_t AssertionFingerprint(const Assertion& a);

// The index and fingerprint entries of `a`: topic-actor, actor-topic, date,
// document (only when a.document_id != 0), fingerprint, and said (only when
// `with_said_index`: databases of format 2 on). `a.date` must be valid.
std::vector<FamilyEntry> AssertionEntries(const Assertion& a, bool with_said_index);

// The said index entry alone (what a format upgrade adds). `a.date` must be valid.
FamilyEntry SaidIndexEntry(const Assertion& a);

}  // namespace stancekb
