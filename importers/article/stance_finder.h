// StanceFinder: which lexicon topics a statement's content touches and the
// stance it takes on each, by the pack's cues (cue_pack.h):
// - A topic is named by a keyword (topics.yaml) or by a phrase that takes a
//   side by itself ("withdraw from the Donbas": territorial-concessions
//   support; cues.yaml, per topic).
// - Stance cues before the mention in the same clause decide ("rejected
//   calls for a ceasefire"): their polarities multiply, a negator just before
//   a cue or a mention flips it ("will not withdraw"), and a contrast word or
//   colon starts a new scope. So do cues of a predicate after the mention
//   ("the truce is unacceptable").
// - A neutral cue ("would discuss") or an open question ("whether") with no
//   side-taking cue makes the stance neutral.
// - A mention inside a condition ("sanctions if a deal is not reached")
//   takes no cue from the condition: a threat or promise wants what the
//   condition names.
// - With no cue, the topic's unmarked stance applies: in news an actor who
//   raises a ceasefire or talks is mostly for them (cues.yaml says per
//   topic; "none" drops a bare mention). A weak keyword ("missiles") names
//   its topic only when one of the topic's own cues governs it ("send
//   missiles"); a topic named as a setting ("ahead of talks") needs any cue.
//   A topic may say that a description of it ("the talks were substantive")
//   takes no side either, and that a topic named as its object ("talks on
//   a ceasefire") or as a modifier of its keyword ("ceasefire talks") is a
//   setting.
// - A mention in a background clause ("after Russia launched drones …",
//   "despite …") is narration inside the statement, not its stance.
// Hedges (may, could) and a reservation after the topic ("…, but …") lower
// the confidence. Who the stance belongs to is the extractor's business.
#pragma once

#include <optional>
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
  float confidence = 1.0f;   // Multiplier from hedges and reservations.
  size_t mention = 0;        // Token index of the mention that decided.
  bool by_cue = false;       // A cue or a side-taking phrase decided, not the unmarked stance.
  bool by_negation = false;  // The side is a negator before the mention alone ("will never join NATO"), no cue.
};

// What the rules know about one statement.
struct StanceInput {
  size_t cue = 0;            // Token index of the reporting cue.
  size_t content_begin = 0;  // Token range of the content.
  size_t content_end = 0;
  // Topics to fall back on when the content points back ("these terms",
  // "this") and names none itself: those the previous sentence's statements
  // took a side on; failing those, the topics it named, when the content
  // points back with a noun ("rejected the idea", not "this is all").
  std::span<const int> previous_topics;
  std::span<const int> previous_mentions;
  // The polarity of a verb that governs the whole content from after it
  // ("… an outcome Zelensky has rejected": -1), or 0 for none.
  int trailing_polarity = 0;
};

class StanceFinder {
 public:
  // Keeps references to both, which must outlive the finder.
  StanceFinder(const Lexicon& lexicon, const CueLexicon& cues);

  // One entry per topic the content touches, in order of first mention.
  std::vector<TopicStance> Find(std::span<const Token> tokens, const StanceInput& input) const;

  // Topic indices mentioned in tokens[begin, end), in order of first mention.
  std::vector<int> TopicsIn(std::span<const Token> tokens, size_t begin, size_t end) const;

  // Where the first topic mention in tokens[begin, end) ends, or begin when
  // there is none.
  size_t FirstMentionEnd(std::span<const Token> tokens, size_t begin, size_t end) const;

 private:
  struct Mention {
    int topic = -1;
    size_t at = 0, length = 0;
    int polarity = 0;          // Of a side-taking phrase; 0 for a keyword.
    bool weak = false;         // Names the topic only when one of the topic's own cues governs it.
    bool setting = false;      // The object of a preposition of circumstance: needs any cue.
    bool object = false;       // What another topic's mention is about ("talks on a ceasefire").
    bool of_position = false;  // A setting after a position noun ("their suggestion of a ceasefire").
  };
  struct Scope;

  std::vector<Mention> Mentions(std::span<const Token> tokens, size_t begin, size_t end) const;
  size_t CircumstanceAt(std::span<const Token> tokens, size_t begin, size_t at) const;
  bool IsPositionNoun(const Token& t) const;
  bool HasPrerequisite(std::span<const Token> tokens, const StanceInput& input) const;
  bool IsModifier(std::span<const Token> tokens, size_t i) const;
  bool NamedAsMatter(std::span<const Token> tokens, size_t begin, size_t at) const;
  bool ThirdPersonSubject(std::span<const Token> tokens, size_t from, size_t at) const;
  bool InFirstPerson(std::span<const Token> tokens, const StanceInput& input) const;
  bool HoldsContents(std::span<const Token> tokens, size_t after, size_t end) const;
  void MarkObjects(std::span<const Token> tokens, std::vector<Mention>* mentions) const;
  std::optional<TopicStance> Decide(std::span<const Token> tokens, const StanceInput& input, size_t scope_begin,
                                    size_t last_contrast, const Mention& mention) const;
  void ReadCues(std::span<const Token> tokens, size_t begin, const Mention& mention, Scope* scope) const;
  int PredicatePolarity(std::span<const Token> tokens, const Mention& mention, size_t end, Scope* scope) const;
  int CueAt(std::span<const Token> tokens, size_t i, int topic, size_t* length, bool* own = nullptr) const;
  bool NegatedBefore(std::span<const Token> tokens, size_t from, size_t at) const;
  enum class PointingBack { kNone, kWithPronoun, kWithNoun };
  PointingBack PointsBack(std::span<const Token> tokens, const StanceInput& input) const;
  size_t LastContrast(std::span<const Token> tokens, const StanceInput& input) const;
  bool InBackgroundAt(std::span<const Token> tokens, const StanceInput& input, size_t at) const;

  const CueLexicon& cues_;
  PhraseMatcher topics_{PhraseMatcher::Case::kInsensitive};               // Value: topic * 4 + kind.
  PhraseMatcher topic_cues_{PhraseMatcher::Case::kInsensitive};           // Value: topic * 3 + TopicCueKind.
  PhraseMatcher object_prepositions_{PhraseMatcher::Case::kInsensitive};  // Value: topic.
  PhraseMatcher look_alikes_{PhraseMatcher::Case::kInsensitive};          // Value: topic.
  std::vector<std::optional<Stance>> unmarked_;                           // Per topic.
  std::vector<bool> negation_is_neutral_;                                 // Per topic.
  std::vector<bool> description_is_silent_;                               // Per topic.
  std::vector<bool> takes_objects_;                                       // Per topic: it has object prepositions.
};

}  // namespace stancekb
