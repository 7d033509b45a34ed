#include "bench/engine.h"

#include <algorithm>

namespace stancekb::bench {

std::string_view QuestionName(Question q) {
  switch (q) {
    case Question::kSaidTopic:
      return "said --topic";
    case Question::kSaidTopicActor:
      return "said --topic --actor";
    case Question::kStanceTopic:
      return "stance --topic --at";
    case Question::kStanceActor:
      return "stance --actor --at";
    case Question::kDiffTopic:
      return "diff --topic";
    case Question::kDiffAll:
      return "diff (everything)";
    case Question::kChangesActor:
      return "changes --actor";
    case Question::kDisagreeTopic:
      return "disagree --topic --at";
  }
  return "?";
}

std::string JoinIds(std::vector<AssertionId> ids) {
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (AssertionId id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

std::string JoinFields(std::initializer_list<std::string_view> fields) {
  std::string out;
  for (std::string_view field : fields) {
    if (!out.empty()) out += '|';
    out += field;
  }
  return out;
}

}  // namespace stancekb::bench
