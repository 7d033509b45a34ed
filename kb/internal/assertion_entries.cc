#include "kb/internal/assertion_entries.h"

#include <xxhash.h>

#include "kb/internal/keys.h"

namespace stancekb {

uint64_t AssertionFingerprint(const Assertion& a) {
  std::string data;
  keys::PutBigEndian32(&data, a.actor_id);
  keys::PutBigEndian32(&data, a.topic_id);
  keys::PutBigEndian32(&data, static_cast<uint32_t>(a.stance));
  keys::PutBigEndian32(&data, keys::EncodeDay(a.date.day_number()));
  keys::PutBigEndian32(&data, a.source_id);
  keys::PutBigEndian64(&data, a.document_id);
  for (const Span& span : {a.evidence.actor_span, a.evidence.cue_span, a.evidence.content_span}) {
    keys::PutBigEndian32(&data, span.begin);
    keys::PutBigEndian32(&data, span.end);
  }
  data += a.evidence.quote;
  return XXH3_64bits(data.data(), data.size());
}

namespace {

std::string SaidIndexValue(const Assertion& a) {
  return keys::EncodeSaidValue({a.stance, a.status, a.source_id}, a.date.precision(), a.evidence.quote);
}

}  // namespace

std::vector<FamilyEntry> AssertionEntries(const Assertion& a, bool with_said_index) {
  const int32_t day = a.date.day_number();
  const std::string value = keys::EncodeIndexValue({a.stance, a.status, a.source_id});
  std::vector<FamilyEntry> entries;
  entries.reserve(6);
  entries.push_back({kTopicActorIndex, keys::PairIndexKey(a.topic_id, a.actor_id, day, a.id), value});
  entries.push_back({kActorTopicIndex, keys::PairIndexKey(a.actor_id, a.topic_id, day, a.id), value});
  entries.push_back({kDateIndex, keys::DateIndexKey(day, a.id), keys::Id32(a.actor_id) + keys::Id32(a.topic_id)});
  if (a.document_id != 0) entries.push_back({kDocumentIndex, keys::DocumentIndexKey(a.document_id, a.id), ""});
  entries.push_back({kFingerprints, keys::Id64(AssertionFingerprint(a)), keys::Id64(a.id)});
  // The said index shares the topic-actor index's key.
  if (with_said_index) entries.push_back({kSaidIndex, entries.front().key, SaidIndexValue(a)});
  return entries;
}

FamilyEntry SaidIndexEntry(const Assertion& a) {
  return {kSaidIndex, keys::PairIndexKey(a.topic_id, a.actor_id, a.date.day_number(), a.id), SaidIndexValue(a)};
}

}  // namespace stancekb
