// StanceFinder: which lexicon topics a statement's content touches (topic
// keywords, case-insensitive) and the stance it takes on each. A stance cue
// (cue_lexicon.h) before the topic in the same clause decides: cue
// polarities multiply ("dismissing calls for a ceasefire" = oppose), a
// negator just before a cue flips it, a condition (if, unless) makes the
// stance neutral, hedges (may, could) and a reservation after the topic
// ("…, but insisted …") lower confidence. No cue: neutral. A topic after
// another actor's subject in the content ("X said Putin would reject the
// truce") is that actor's stance as reported, so neutral for the speaker.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "importers/article/cue_lexicon.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb {

struct TopicStance {
  int topic = -1;  // Index into Lexicon::topics.
  Stance stance = Stance::kNeutral;
  float confidence = 1.0f;  // Multiplier from hedges.
};

// What the rules know about one statement.
struct StanceInput {
  size_t cue = 0;            // Token index of the reporting cue.
  size_t content_begin = 0;  // Token range of the content.
  size_t content_end = 0;
  // Topics to fall back on when the content points back ("these terms",
  // "this") and names none itself: those of the previous sentence.
  std::span<const int> previous_topics;
  // Token index of the end of another actor's subject in the content, or
  // kNoOtherSubject: topics from there on are neutral.
  size_t others_from = kNoOtherSubject;
  static constexpr size_t kNoOtherSubject = static_cast<size_t>(-1);
};

class StanceFinder {
 public:
  // Keeps references to both, which must outlive the finder.
  StanceFinder(const Lexicon& lexicon, const CueLexicon& cues);

  std::vector<TopicStance> Find(std::span<const Token> tokens, const StanceInput& input) const;

  // Topic indices mentioned in tokens[begin, end), in order of first mention.
  std::vector<int> TopicsIn(std::span<const Token> tokens, size_t begin, size_t end) const;

 private:
  // (topic, token index) for each topic's first mention in [begin, end).
  std::vector<std::pair<int, size_t>> TopicMentions(std::span<const Token> tokens, size_t begin, size_t end) const;
  int PolarityBefore(std::span<const Token> tokens, size_t scope_begin, size_t topic, bool* has_cue,
                     bool* conditional) const;
  bool StartsWithAnaphor(std::span<const Token> tokens, const StanceInput& input) const;
  bool ContrastAfter(std::span<const Token> tokens, size_t at, size_t end) const;

  const CueLexicon& cues_;
  PhraseMatcher topics_{PhraseMatcher::Case::kInsensitive};
};

}  // namespace stancekb
