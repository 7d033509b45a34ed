#include "importers/article/stance_finder.h"

#include <algorithm>

namespace stancekb {

namespace {

constexpr float kHedgeConfidence = 0.7f;
constexpr float kReservationConfidence = 0.8f;
constexpr size_t kNegationReach = 3;  // Tokens before a cue a negator may stand.
constexpr size_t kAnaphorReach = 2;   // "these terms", "this": within the content's first tokens.

}  // namespace

StanceFinder::StanceFinder(const Lexicon& lexicon, const CueLexicon& cues) : cues_(cues) {
  for (size_t t = 0; t < lexicon.topics.size(); ++t) {
    const Topic& topic = lexicon.topics[t];
    for (const std::string& keyword : topic.keywords) topics_.Add(keyword, static_cast<uint32_t>(t));
    if (!topic.label.empty()) topics_.Add(topic.label, static_cast<uint32_t>(t));
  }
}

std::vector<std::pair<int, size_t>> StanceFinder::TopicMentions(std::span<const Token> tokens, size_t begin,
                                                                size_t end) const {
  std::vector<std::pair<int, size_t>> mentions;
  const std::span<const Token> range = tokens.first(end);
  for (size_t i = begin; i < end; ++i) {
    const std::vector<uint32_t>* values = nullptr;
    const size_t n = topics_.LongestMatchAt(range, i, &values);
    if (n == 0) continue;
    for (uint32_t topic : *values) {
      const bool seen = std::any_of(mentions.begin(), mentions.end(),
                                    [&](const auto& m) { return m.first == static_cast<int>(topic); });
      if (!seen) mentions.emplace_back(static_cast<int>(topic), i);
    }
    i += n - 1;
  }
  return mentions;
}

std::vector<int> StanceFinder::TopicsIn(std::span<const Token> tokens, size_t begin, size_t end) const {
  std::vector<int> topics;
  for (const auto& mention : TopicMentions(tokens, begin, end)) topics.push_back(mention.first);
  return topics;
}

// Product of the stance cue polarities in [scope_begin, topic), the scope
// restarting after a contrast word or clause break.
int StanceFinder::PolarityBefore(std::span<const Token> tokens, size_t scope_begin, size_t topic, bool* has_cue,
                                 bool* conditional) const {
  int polarity = 1;
  for (size_t i = scope_begin; i < topic; ++i) {
    const Token& t = tokens[i];
    if (cues_.IsContrast(t) || t.kind == TokenKind::kColon) {
      polarity = 1, *has_cue = false, *conditional = false;
      continue;
    }
    if (cues_.IsCondition(t)) *conditional = true;
    int cue_polarity = 0;
    const size_t n = cues_.StanceCueAt(tokens.first(topic), i, &cue_polarity);
    if (n == 0) continue;
    for (size_t k = i > kNegationReach ? i - kNegationReach : 0; k < i; ++k) {
      if (k >= scope_begin && cues_.IsNegator(tokens[k])) cue_polarity = -cue_polarity;
    }
    polarity *= cue_polarity;
    *has_cue = true;
    i += n - 1;
  }
  return polarity;
}

bool StanceFinder::StartsWithAnaphor(std::span<const Token> tokens, const StanceInput& input) const {
  const size_t end = std::min(input.content_end, input.content_begin + kAnaphorReach);
  for (size_t i = input.content_begin; i < end; ++i) {
    if (cues_.IsAnaphor(tokens[i])) return true;
  }
  return false;
}

// True when a contrast word ("but", "although") follows the topic at `at`
// in the content: the stance comes with a reservation.
bool StanceFinder::ContrastAfter(std::span<const Token> tokens, size_t at, size_t end) const {
  for (size_t i = at + 1; i < end; ++i) {
    if (cues_.IsContrast(tokens[i])) return true;
  }
  return false;
}

std::vector<TopicStance> StanceFinder::Find(std::span<const Token> tokens, const StanceInput& input) const {
  std::vector<std::pair<int, size_t>> mentions = TopicMentions(tokens, input.content_begin, input.content_end);
  // A pointing-back content ("refuted these terms") takes the previous
  // sentence's topics, with every cue of the content in scope.
  if (mentions.empty() && StartsWithAnaphor(tokens, input)) {
    for (int topic : input.previous_topics) mentions.emplace_back(topic, input.content_end);
  }
  float confidence = 1.0f;
  for (size_t i = input.content_begin; i < input.content_end; ++i) {
    if (cues_.IsHedge(tokens[i])) confidence = kHedgeConfidence;
  }
  std::vector<TopicStance> result;
  // A cue governs the first topic after it: each topic's scope starts after
  // the previous topic's mention.
  size_t scope_begin = std::min(input.cue, input.content_begin);
  for (const auto& [topic, at] : mentions) {
    bool has_cue = false;
    bool conditional = false;
    const int polarity = PolarityBefore(tokens, scope_begin, at, &has_cue, &conditional);
    if (at < input.content_end) scope_begin = at + 1;
    TopicStance ts{topic, Stance::kNeutral, confidence};
    if (ContrastAfter(tokens, at, input.content_end)) ts.confidence *= kReservationConfidence;
    const bool own = at < input.others_from;
    if (has_cue && !conditional && own) ts.stance = polarity > 0 ? Stance::kSupport : Stance::kOppose;
    result.push_back(ts);
  }
  return result;
}

}  // namespace stancekb
