// AssertionView: an assertion with its actor, topic and source names, as
// every query prints it. LoadAssertionViews reads assertions by id (one
// MultiGet) and resolves names through small caches.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "kb/store.h"
#include "query/result_table.h"

namespace stancekb {

struct AssertionView {
  Assertion assertion;
  std::string actor;
  std::string topic;  // Topic key; "" for none.
  std::string source;
};

// Name lookups by id with memoisation; one per query.
class NameCache {
 public:
  explicit NameCache(const Store& store) : store_(store) {}
  // The canonical name, topic key or source name; "" for id 0.
  Status ActorName(ActorId id, std::string* out);
  Status TopicKey(TopicId id, std::string* out);
  Status SourceName(SourceId id, std::string* out);
  // Fills view->actor, topic and source from the ids in view->assertion.
  Status NameView(AssertionView* view);
  // Reads the names of these actors (those not cached yet) in one batch.
  Status LoadActorNames(const std::vector<ActorId>& ids);

 private:
  const Store& store_;
  std::unordered_map<uint32_t, std::string> actors_, topics_, sources_;
};

Status LoadAssertionViews(const Store& store, NameCache* names, const std::vector<AssertionId>& ids,
                          std::vector<AssertionView>* out);

// Columns: id actor topic stance date source quote (doc/DESIGN.md "Output contracts").
ResultTable AssertionTable(std::vector<AssertionView> views);

}  // namespace stancekb
