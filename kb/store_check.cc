#include "kb/store_check.h"

#include <xxhash.h>

#include <array>
#include <unordered_set>

#include "kb/internal/assertion_entries.h"
#include "kb/internal/codec.h"
#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/internal/store_counters.h"
#include "kb/name_key.h"

namespace stancekb {
namespace {

constexpr ColumnFamily kEntryFamilies[] = {kTopicActorIndex, kActorTopicIndex, kDateIndex,
                                           kDocumentIndex,   kFingerprints,    kSaidIndex};

std::string KeyOf(const Actor& r) { return keys::Id32(r.id); }
std::string KeyOf(const Topic& r) { return keys::Id32(r.id); }
std::string KeyOf(const Source& r) { return keys::Id32(r.id); }
std::string KeyOf(const Document& r) { return keys::Id64(r.id); }
std::string KeyOf(const Assertion& r) { return keys::Id64(r.id); }

const std::string& PrimaryName(const Actor& r) { return r.name; }
const std::string& PrimaryName(const Topic& r) { return r.key; }
const std::string& PrimaryName(const Source& r) { return r.name; }

bool HasTextKeys(ColumnFamily family) {
  return family == kActorNames || family == kTopicNames || family == kSourceNames || family == kMeta;
}

// A key as people read it: names as text, 4- and 8-byte ids in decimal,
// anything else in hex.
std::string ShowKey(ColumnFamily family, std::string_view key) {
  if (HasTextKeys(family)) return "'" + std::string(key) + "'";
  if (key.size() == 4) return std::to_string(keys::GetBigEndian32(key.data()));
  if (key.size() == 8) return std::to_string(keys::GetBigEndian64(key.data()));
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex = "0x";
  for (unsigned char c : key) hex += {kDigits[c >> 4], kDigits[c & 15]};
  return hex;
}

// The assertion an index or fingerprint entry belongs to; false when the
// entry does not decode.
bool EntryAssertion(ColumnFamily family, std::string_view key, std::string_view value, AssertionId* id) {
  keys::IndexKey pair;
  int32_t day = 0;
  switch (family) {
    case kTopicActorIndex:
    case kActorTopicIndex:
    case kSaidIndex:
      if (!keys::DecodePairIndexKey(key, &pair)) return false;
      *id = pair.assertion;
      return true;
    case kDateIndex:
      return keys::DecodeDateIndexKey(key, &day, id);
    case kDocumentIndex:
      if (key.size() != 16) return false;
      *id = keys::GetBigEndian64(key.data() + 8);
      return true;
    default:  // kFingerprints
      if (key.size() != 8 || value.size() != 8) return false;
      *id = keys::GetBigEndian64(value.data());
      return true;
  }
}

// An order-independent digest of (key, value) entries: equal multisets give
// equal digests, and two that differ collide with a chance of about 2^-128.
// Lets `check` compare a family with what its assertions imply in one scan
// of each, with no point reads and memory that does not grow with them.
class EntryDigest {
 public:
  void Add(std::string_view key, std::string_view value) {
    bytes_.assign(key);
    bytes_.append(value);
    // Seeded with the key's size, so that where the key ends counts too.
    const XXH128_hash_t hash = XXH3_128bits_withSeed(bytes_.data(), bytes_.size(), key.size());
    ++count_;
    low_ += hash.low64;  // Sums wrap around, so the order of Adds does not matter.
    high_ += hash.high64;
  }
  bool operator==(const EntryDigest& o) const { return count_ == o.count_ && low_ == o.low_ && high_ == o.high_; }

 private:
  std::string bytes_;
  uint64_t count_ = 0, low_ = 0, high_ = 0;
};

class Checker {
 public:
  Checker(const Store& store, CheckReport* report) : store_(store), report_(report) {}

  Status Run() {
    Status s = CheckMeta();
    if (s.ok()) s = CheckDictionary<Actor>(kActors, kActorNames, codec::DecodeActor, &actors_, stored_.next_actor_id);
    if (s.ok()) s = CheckDictionary<Topic>(kTopics, kTopicNames, codec::DecodeTopic, &topics_, stored_.next_topic_id);
    if (s.ok()) {
      s = CheckDictionary<Source>(kSources, kSourceNames, codec::DecodeSource, &sources_, stored_.next_source_id);
    }
    if (s.ok()) s = CheckDocuments();
    if (s.ok()) s = CheckAssertions();
    for (ColumnFamily family : kEntryFamilies) {
      // An older format's said index is unfinished (an upgrade cut short) or absent.
      const bool in_format = family != kSaidIndex || store_.HasSaidIndex();
      if (s.ok() && in_format) s = CompareEntries(family);
    }
    if (s.ok()) CheckCounts();
    return s;
  }

 private:
  void Violation(ColumnFamily family, std::string_view key, const std::string& what) {
    ++report_->violation_count;
    if (report_->violations.size() >= CheckReport::kMaxListed) return;
    report_->violations.push_back({kColumnFamilyNames[family], ShowKey(family, key), what});
  }

  Status CheckMeta() {
    std::string value, counters;
    Status s = store_.GetRaw(kMeta, kFormatVersionKey, &value);
    // A database being created has neither; records without counters show as miscounted.
    const bool being_created = s.IsNotFound() && store_.GetRaw(kMeta, kCountersKey, &counters).IsNotFound();
    if ((s.IsNotFound() && !being_created) || (s.ok() && value.size() != 4)) {
      Violation(kMeta, kFormatVersionKey, "missing or damaged");
    }
    if (s.ok() && value.size() == 4 && keys::GetBigEndian32(value.data()) > Store::kFormatVersion) {
      Violation(kMeta, kFormatVersionKey, "newer than this build reads");
    }
    if (!s.ok() && !s.IsNotFound()) return s;
    s = store_.GetRaw(kMeta, kCountersKey, &value);
    if (s.ok() && !DecodeStoreCounters(value, &stored_)) {
      Violation(kMeta, kCountersKey, "does not decode");
      counters_known_ = false;
    }
    return s.IsNotFound() ? Status::Ok() : s;
  }

  // Decodes each record of `family` and hands it to `check` when it decodes
  // and is stored under its own id.
  template <typename Record, typename Decode, typename Check>
  Status ScanRecords(ColumnFamily family, Decode decode, Check check) {
    Status failed;
    Status s = store_.ScanFamily(family, [&](std::string_view key, std::string_view value) {
      ++report_->records;
      ++stored_records_[family];
      Record record;
      Status decoded = decode(value, &record);
      if (!decoded.ok()) {
        Violation(family, key, decoded.message());
      } else if (KeyOf(record) != key) {
        Violation(family, key, "holds the record of id " + std::to_string(record.id));
      } else {
        failed = check(key, record);
      }
      return failed.ok();
    });
    return s.ok() ? failed : s;
  }

  void CheckId(ColumnFamily family, std::string_view key, uint64_t id, uint64_t next_id) {
    if (id == 0 || (counters_known_ && id >= next_id)) {
      Violation(family, key, "id is 0 or not below the next id to assign (" + std::to_string(next_id) + ")");
    }
  }

  // Actors, topics or sources: records under their ids, each found by its
  // own name; then every name entry names one of them.
  template <typename Record, typename Decode>
  Status CheckDictionary(ColumnFamily family, ColumnFamily names, Decode decode, std::unordered_set<uint32_t>* ids,
                         uint32_t next_id) {
    Status s = ScanRecords<Record>(family, decode, [&](std::string_view key, const Record& record) {
      ids->insert(record.id);
      CheckId(family, key, record.id, next_id);
      return CheckOwnName(family, key, names, PrimaryName(record), record.id);
    });
    if (!s.ok()) return s;
    return store_.ScanFamily(names, [&](std::string_view key, std::string_view value) {
      ++report_->entries;
      if (value.size() != 4 || ids->count(keys::GetBigEndian32(value.data())) == 0) {
        Violation(names, key, "does not name an existing record");
      }
      return true;
    });
  }

  Status CheckOwnName(ColumnFamily family, std::string_view key, ColumnFamily names, const std::string& name,
                      uint32_t id) {
    std::string value;
    Status s = store_.GetRaw(names, NameKey(name), &value);
    if (s.IsNotFound() || (s.ok() && value != keys::Id32(id))) {
      Violation(family, key, "its name '" + name + "' does not find it");
      return Status::Ok();
    }
    return s;
  }

  bool Known(const std::unordered_set<uint32_t>& ids, uint32_t id) const { return id == 0 || ids.count(id) != 0; }

  Status CheckDocuments() {
    return ScanRecords<Document>(kDocuments, codec::DecodeDocument, [&](std::string_view key, const Document& doc) {
      documents_.insert(doc.id);
      if (!Known(sources_, doc.source_id)) Violation(kDocuments, key, "names a missing source");
      return Status::Ok();
    });
  }

  // Checks each assertion's fields and adds the entries it implies to
  // expected_.
  Status CheckAssertions() {
    return ScanRecords<Assertion>(kAssertions, codec::DecodeAssertion, [&](std::string_view key, const Assertion& a) {
      CheckId(kAssertions, key, a.id, stored_.next_assertion_id);
      CheckReferences(key, a);
      if (!a.date.valid()) return Status::Ok();
      for (const FamilyEntry& entry : AssertionEntries(a, store_.HasSaidIndex())) {
        expected_[entry.family].Add(entry.key, entry.value);
      }
      return Status::Ok();
    });
  }

  void CheckReferences(std::string_view key, const Assertion& a) {
    if (a.actor_id == 0 || !Known(actors_, a.actor_id)) Violation(kAssertions, key, "names a missing actor");
    if (!Known(topics_, a.topic_id)) Violation(kAssertions, key, "names a missing topic");
    if (!Known(sources_, a.source_id)) Violation(kAssertions, key, "names a missing source");
    if (a.document_id != 0 && documents_.count(a.document_id) == 0) {
      Violation(kAssertions, key, "names a missing document");
    }
    if (!a.date.valid()) Violation(kAssertions, key, "has no valid date");
    if (a.stance > Stance::kNeutral || a.status > AssertionStatus::kRetracted) {
      Violation(kAssertions, key, "has an unknown stance or status");
    }
  }

  // A family holding exactly the entries its assertions imply passes on one
  // scan. Otherwise every entry it should hold and every entry it holds is
  // looked up, to name each one that differs.
  Status CompareEntries(ColumnFamily family) {
    EntryDigest stored;
    Status s = store_.ScanFamily(family, [&](std::string_view key, std::string_view value) {
      ++report_->entries;
      stored.Add(key, value);
      return true;
    });
    if (!s.ok() || stored == expected_[family]) return s;
    s = CheckOwnEntries(family);
    return s.ok() ? CheckEntries(family) : s;
  }

  // Every assertion that decodes (others were reported) has its entry in
  // `family`, with the right value.
  Status CheckOwnEntries(ColumnFamily family) {
    Status failed;
    Status s = store_.ScanFamily(kAssertions, [&](std::string_view key, std::string_view value) {
      Assertion a;
      if (!codec::DecodeAssertion(value, &a).ok() || KeyOf(a) != key || !a.date.valid()) return true;
      failed = CheckAssertionEntry(family, key, a);
      return failed.ok();
    });
    return s.ok() ? failed : s;
  }

  Status CheckAssertionEntry(ColumnFamily family, std::string_view key, const Assertion& a) {
    for (const FamilyEntry& entry : AssertionEntries(a, store_.HasSaidIndex())) {
      if (entry.family != family) continue;
      std::string value;
      Status s = store_.GetRaw(entry.family, entry.key, &value);
      if (!s.ok() && !s.IsNotFound()) return s;
      if (s.IsNotFound()) {
        Violation(kAssertions, key, std::string("has no entry in ") + kColumnFamilyNames[entry.family]);
      } else if (value != entry.value) {
        Violation(kAssertions, key, std::string("has a wrong value in ") + kColumnFamilyNames[entry.family]);
      }
    }
    return Status::Ok();
  }

  // Every entry of an index or fingerprint family is one its assertion owns.
  Status CheckEntries(ColumnFamily family) {
    Status failed;
    Status s = store_.ScanFamily(family, [&](std::string_view key, std::string_view value) {
      AssertionId id = 0;
      if (!EntryAssertion(family, key, value, &id)) {
        Violation(family, key, "does not decode");
        return true;
      }
      failed = CheckEntryOwner(family, key, value, id);
      return failed.ok();
    });
    return s.ok() ? failed : s;
  }

  Status CheckEntryOwner(ColumnFamily family, std::string_view key, std::string_view value, AssertionId id) {
    std::string record;
    Status s = store_.GetRaw(kAssertions, keys::Id64(id), &record);
    if (s.IsNotFound()) Violation(family, key, "belongs to assertion " + std::to_string(id) + ", which is missing");
    if (!s.ok()) return s.IsNotFound() ? Status::Ok() : s;
    Assertion a;
    if (!codec::DecodeAssertion(record, &a).ok() || !a.date.valid()) return Status::Ok();  // Reported above.
    for (const FamilyEntry& entry : AssertionEntries(a, store_.HasSaidIndex())) {
      if (entry.family == family && entry.key == key && entry.value == value) return Status::Ok();
    }
    Violation(family, key, "does not match assertion " + std::to_string(id));
    return Status::Ok();
  }

  void CheckCount(const char* what, uint64_t stored, uint64_t counted) {
    if (stored == counted) return;
    Violation(kMeta, kCountersKey,
              std::string("counts ") + std::to_string(stored) + " " + what + " but " + std::to_string(counted) +
                  " are stored");
  }

  void CheckCounts() {
    if (!counters_known_) return;
    const StoreCounts& c = stored_.counts;
    CheckCount("actors", c.actors, stored_records_[kActors]);
    CheckCount("topics", c.topics, stored_records_[kTopics]);
    CheckCount("sources", c.sources, stored_records_[kSources]);
    CheckCount("documents", c.documents, stored_records_[kDocuments]);
    CheckCount("assertions", c.assertions, stored_records_[kAssertions]);
  }

  const Store& store_;
  CheckReport* report_;
  StoreCounters stored_;
  bool counters_known_ = true;
  std::unordered_set<uint32_t> actors_, topics_, sources_;
  std::unordered_set<DocumentId> documents_;
  std::array<uint64_t, kColumnFamilyCount> stored_records_{};
  std::array<EntryDigest, kColumnFamilyCount> expected_;  // Entries the assertions imply.
};

}  // namespace

Status CheckStore(const Store& store, CheckReport* report) {
  *report = CheckReport();
  return Checker(store, report).Run();
}

}  // namespace stancekb
