// Engine: one side of the comparison (the SQLite baseline or stancekb),
// loading the same assertion JSONL and answering the same questions.
// Answers come back as Rows, a normalised form both sides can be compared
// in: one string per result row, fields joined by '|', ids sorted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kb/records.h"
#include "kb/status.h"

namespace stancekb::bench {

using Rows = std::vector<std::string>;

enum class Question {
  kSaidTopic,       // said --topic T
  kSaidTopicActor,  // said --topic T --actor A
  kStanceTopic,     // stance --topic T --at D
  kStanceActor,     // stance --actor A --at D
  kDiffTopic,       // diff --topic T --from D1 --to D2
  kDiffAll,         // diff --from D1 --to D2
  kChangesActor,    // changes --actor A
  kDisagreeTopic,   // disagree --topic T --at D
};
inline constexpr Question kAllQuestions[] = {Question::kSaidTopic,    Question::kSaidTopicActor, Question::kStanceTopic,
                                             Question::kStanceActor,  Question::kDiffTopic,      Question::kDiffAll,
                                             Question::kChangesActor, Question::kDisagreeTopic};

// "said topic", "stance --at actor", … as printed in the table.
std::string_view QuestionName(Question q);

// What the questions are about (by name, as a user types them).
struct QuestionArgs {
  std::string topic;
  std::string actor;
  Date at;    // stance --at, disagree --at
  Date from;  // diff D1
  Date to;    // diff D2
};

class Engine {
 public:
  virtual ~Engine() = default;

  // Creates the database at `path` (which must not exist), loads `jsonl`
  // and closes the database: what a user waits for, with whatever the
  // engine finishes at close (stancekb's compaction of a large import).
  virtual Status Load(const std::string& jsonl, const std::string& path) = 0;
  // Reopens the database Load made and marks these assertions retracted.
  virtual Status Retract(const std::vector<AssertionId>& ids) = 0;
  // Opens the database at `path` (closing the one open) for reading only,
  // as a query would.
  virtual Status OpenForQueries(const std::string& path) = 0;
  // Bytes the database takes on disk (files at `path`).
  virtual uint64_t DiskBytes() const = 0;
  // Answers `q` into *rows in normalised form, names included: what each
  // side does in the timed runs, so that both do the same work.
  virtual Status Ask(Question q, const QuestionArgs& args, Rows* rows) = 0;
};

// Normalised row pieces shared by both engines.
std::string JoinIds(std::vector<AssertionId> ids);  // Sorted, comma-separated.
// "a|b|c".
std::string JoinFields(std::initializer_list<std::string_view> fields);

}  // namespace stancekb::bench
