// The store's column families, in the order their handles are kept.
// Internal to kb/.
#pragma once

#include <array>
#include <cstddef>

namespace stancekb {

enum ColumnFamily : size_t {
  kMeta = 0,         // "default": format version, id counters, record counts.
  kActors,           // actor id (be32)            -> Actor
  kActorNames,       // folded name or alias        -> actor id (be32)
  kTopics,           // topic id (be32)            -> Topic
  kTopicNames,       // folded key, label, keyword  -> topic id (be32)
  kSources,          // source id (be32)           -> Source
  kSourceNames,      // folded name                 -> source id (be32)
  kDocuments,        // document id (be64)         -> Document
  kAssertions,       // assertion id (be64)        -> Assertion
  kFingerprints,     // assertion fingerprint (be64) -> assertion id (be64)
  kTopicActorIndex,  // topic, actor, day, id       -> IndexValue
  kActorTopicIndex,  // actor, topic, day, id       -> IndexValue
  kDateIndex,        // day, id                     -> actor (be32), topic (be32)
  kDocumentIndex,    // document id, assertion id   -> ""
  kSaidIndex,        // topic, actor, day, id       -> SaidValue (format 2; keys.h)
  kColumnFamilyCount
};

inline constexpr std::array<const char*, kColumnFamilyCount> kColumnFamilyNames = {
    "default",         "actors",          "actor_names", "topics",       "topic_names",
    "sources",         "source_names",    "documents",   "assertions",   "fingerprints",
    "idx_topic_actor", "idx_actor_topic", "idx_date",    "idx_document", "idx_said"};

// Keys in kMeta.
inline constexpr const char* kFormatVersionKey = "format_version";
inline constexpr const char* kCountersKey = "counters";

}  // namespace stancekb
