// WriteSet: what one atomic write adds to the store. Everything in a WriteSet
// goes into a single RocksDB WriteBatch: it is stored whole or not at all.
// Records refer to actors, topics and sources by name (canonical name, alias,
// topic id, label or keyword); the store resolves names and creates the
// actors, topics and sources it has not seen.
#pragma once

#include <string>
#include <vector>

#include "kb/records.h"

namespace stancekb {

struct NewDocument {
  Document document;   // id must be DocumentIdFor(...) of the content; source_id is ignored.
  std::string source;  // Publisher name; may be empty.
};

struct NewAssertion {
  std::string actor;
  ActorKind actor_kind = ActorKind::kUnknown;  // Used only when the actor is new.
  std::string topic;                           // Empty: touches no known topic.
  Stance stance = Stance::kNeutral;
  Date date;  // Must be valid.
  std::string source;
  DocumentId document = 0;  // 0: not tied to a stored document.
  Evidence evidence;
  std::string cue;
  float confidence = 1.0f;
  std::string extractor;
};

struct WriteSet {
  // Upserted by canonical name (actors) or key (topics): aliases, roles and
  // keywords are merged into what is stored.
  std::vector<Actor> actors;
  std::vector<Topic> topics;
  std::vector<NewDocument> documents;
  std::vector<NewAssertion> assertions;

  bool empty() const { return actors.empty() && topics.empty() && documents.empty() && assertions.empty(); }
};

// What a write added; duplicates of stored records are counted, not added.
struct WriteResult {
  size_t documents_added = 0;
  size_t documents_skipped = 0;  // Already stored (same content hash).
  size_t assertions_added = 0;
  size_t assertions_skipped = 0;  // Already stored, or their document was.
  size_t actors_created = 0;
  size_t topics_created = 0;
  size_t sources_created = 0;
  std::vector<AssertionId> assertion_ids;  // Ids of the assertions added, in order.

  void Add(const WriteResult& other);
};

// A stable 64-bit content hash (XXH3) used as a document's id.
DocumentId DocumentIdFor(std::string_view content);

}  // namespace stancekb
