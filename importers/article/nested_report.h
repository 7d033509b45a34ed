// Nested reports: whose stance a statement's content carries when its
// clause has a subject of its own that is another actor — one the speaker
// does not speak for (SpeakerResolver::SpeaksFor):
// - a demand on that actor ("Zelensky said Russia must withdraw", "urged
//   Kyiv to accelerate negotiations", "Russia could face sanctions") is the
//   speaker's own stance, as is what is said to an addressed object
//   ("threatened Moscow with sanctions");
// - a decision or readiness reported of it ("Zelensky said Germany was
//   ready to pay for Patriots", "the US had agreed to …") is that actor's;
// - any other side that actor takes in the content ("Zelensky said Putin
//   was preparing to reject the truce") is the speaker's characterisation of
//   another's position: no stance of the speaker's, none of the other's —
//   except a future or an agreement the speaker announces for it ("Trump
//   said Russia and Ukraine would start negotiations", "… that Putin had
//   agreed to pause attacks"), which is the speaker's support, and a future
//   the speaker denies it ("Ukraine was not going to be part of NATO"),
//   which is the speaker's opposition;
// - an accusation's content ("accused Moscow of exploiting the truce")
//   characterises the accused throughout: nobody's stance;
// - progress reported of it ("Trump said Russia and Ukraine were close to a
//   deal") and a topic the content only raises stay the speaker's.
#pragma once

#include <optional>
#include <span>

#include "importers/article/cue_lexicon.h"
#include "importers/article/speakers.h"
#include "importers/article/stance_finder.h"

namespace stancekb {

struct ContentOwner {
  enum class Kind { kSpeaker, kDemand, kDecision, kOther, kAccusation };
  Kind kind = Kind::kSpeaker;
  bool announced = false;  // For kOther: the predicate opens with will, would, agreed to.
  SpeakerMention other;    // The content's subject, unless kind is kSpeaker.
  size_t cue_begin = 0;    // For kDecision: the token range of the decision words.
  size_t cue_end = 0;

  // Whose stance `ts` is: false when nobody's; else true with *to_other
  // telling the other actor's from the speaker's.
  bool Assign(const TopicStance& ts, bool* to_other) const;
};

// Classifies the content [begin, end) of a statement by `speaker` made with
// the reporting cue `cue`.
ContentOwner FindContentOwner(SpeakerResolver* speakers, const CueLexicon& cues, std::span<const Token> tokens,
                              const ReportingCue& cue, int speaker, size_t begin, size_t end);

}  // namespace stancekb
