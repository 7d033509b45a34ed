// KbEngine: stancekb's side of the comparison. Loads through the real
// importer path (ImportAssertionsJsonl, as `stancekb import assertions`
// does: a validating pass, then WriteBatches of 20,000 lines) into a fresh
// store, and answers through the query layer (Said, StancesAsOf, Diff,
// Changes, FindDyads), names resolved as the CLI resolves them.
#pragma once

#include <memory>
#include <optional>

#include "bench/engine.h"
#include "kb/store.h"

namespace stancekb::bench {

class KbEngine : public Engine {
 public:
  Status Load(const std::string& jsonl, const std::string& path) override;
  Status Retract(const std::vector<AssertionId>& ids) override;
  Status OpenForQueries(const std::string& path) override;
  uint64_t DiskBytes() const override;
  Status Ask(Question q, const QuestionArgs& args, Rows* rows) override;

 private:
  // Resolves the topic (by_topic) or else the actor the question names.
  Status Scope(const QuestionArgs& args, bool by_topic, std::optional<TopicId>* topic,
               std::optional<ActorId>* actor) const;
  Status Said(const QuestionArgs& args, bool with_actor, Rows* rows);
  Status Stance(const QuestionArgs& args, bool by_topic, Rows* rows);
  Status Diff(const QuestionArgs& args, bool by_topic, Rows* rows);
  Status Changes(const QuestionArgs& args, Rows* rows);
  Status Disagree(const QuestionArgs& args, Rows* rows);

  std::string path_;
  std::unique_ptr<Store> store_;
};

// Total size of the regular files under `path` (a file or a directory).
uint64_t PathBytes(const std::string& path);

}  // namespace stancekb::bench
