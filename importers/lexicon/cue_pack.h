// CuePack: the rules by which the article extractor reads who said what
// and with which stance, as a lexicon pack's cues.yaml states them: general
// English word lists (reporting verbs, stance cues, negators, speaker nouns,
// grammar words) and, per topic, the stance a statement takes when no cue
// decides and the phrases that name the topic with a side. Data, not code,
// so that an analyst extends them for another conflict without a rebuild;
// lexicon/README.md documents every list.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kb/records.h"
#include "kb/status.h"

namespace stancekb {

// What cues.yaml says about one topic. LexiconDigest (lexicon_digest.h)
// hashes every field: a new field belongs there too.
struct TopicCues {
  std::string topic;  // Topic id.
  // The stance of a statement on the topic that no cue decides; nullopt
  // ("none" in cues.yaml) when a bare mention says nothing about the topic.
  std::optional<Stance> unmarked = Stance::kNeutral;
  // True when a bare negation of the topic ("no hope of a settlement") is
  // pessimism, a neutral statement, rather than the opposite side.
  bool negation_is_neutral = false;
  // True when a statement that only describes the topic, the subject of a
  // be-predicate with no cue ("the talks were substantive"), takes no side
  // on it rather than the unmarked stance.
  bool description_is_silent = false;
  // Phrases that name the topic and take a side by themselves ("withdraw
  // from the Donbas" is territorial-concessions support).
  std::vector<std::string> support, oppose;
  // Words that name the topic only when a cue governs them ("send
  // missiles", but not "shooting missiles").
  std::vector<std::string> weak;
  // Phrases with a keyword of the topic that name something else ("missile
  // attacks" are no military aid): no mention there.
  std::vector<std::string> look_alikes;
  // Prepositions after the topic's keyword whose object is what the topic
  // is about, not a topic of its own: "talks on a ceasefire" are about
  // negotiations.
  std::vector<std::string> object_prepositions;
  // Cues with a polarity for this topic only ("lift" before "sanctions"),
  // and cues that address it without a side ("the most difficult" issue).
  std::vector<std::string> support_cues, oppose_cues, neutral_cues;
};

struct CuePack {
  // Expanded phrases of each general list, by its name in cues.yaml
  // ("stance.support", "speakers.outlets"; see kCueListNames).
  std::map<std::string, std::vector<std::string>, std::less<>> lists;
  std::vector<TopicCues> topics;

  // The phrases of list `name`; empty when the pack leaves it out.
  const std::vector<std::string>& List(std::string_view name) const;
  bool empty() const { return lists.empty() && topics.empty(); }
};

// The general lists cues.yaml may hold, as "section.list".
extern const std::vector<std::string_view> kCueListNames;

// Loads a cues.yaml file into *out (replacing it). Errors name the file and
// line: an unknown section or list, a malformed pattern, an unknown stance.
// Topic ids are checked for form only; a topic the database lacks is
// ignored by the extractor.
Status LoadCuePack(const std::string& path, CuePack* out);

}  // namespace stancekb
