// The id counters and record counts kept under one meta key, updated in the
// same batch as the records they count. Internal to kb/.
#pragma once

#include <string>
#include <string_view>

#include "kb/internal/keys.h"
#include "kb/store.h"

namespace stancekb {

struct StoreCounters {
  StoreCounts counts;
  uint64_t next_assertion_id = 1;
  uint32_t next_actor_id = 1, next_topic_id = 1, next_source_id = 1;
};

inline std::string EncodeStoreCounters(const StoreCounters& c) {
  std::string data;
  for (uint64_t v : {c.counts.actors, c.counts.topics, c.counts.sources, c.counts.documents, c.counts.assertions,
                     c.next_assertion_id}) {
    keys::PutBigEndian64(&data, v);
  }
  for (uint32_t v : {c.next_actor_id, c.next_topic_id, c.next_source_id}) keys::PutBigEndian32(&data, v);
  return data;
}

inline bool DecodeStoreCounters(std::string_view data, StoreCounters* c) {
  if (data.size() != 6 * 8 + 3 * 4) return false;
  uint64_t* wide[] = {&c->counts.actors,    &c->counts.topics,     &c->counts.sources,
                      &c->counts.documents, &c->counts.assertions, &c->next_assertion_id};
  for (int i = 0; i < 6; ++i) *wide[i] = keys::GetBigEndian64(data.data() + 8 * i);
  uint32_t* narrow[] = {&c->next_actor_id, &c->next_topic_id, &c->next_source_id};
  for (int i = 0; i < 3; ++i) *narrow[i] = keys::GetBigEndian32(data.data() + 48 + 4 * i);
  return true;
}

}  // namespace stancekb
