// SpeakerResolver: per-article resolution of the noun phrases that name a
// speaker — lexicon actors (gazetteer), unknown names ("Retired Lt. Gen.
// Michael Flynn" becomes the new person "Michael Flynn"), common-noun
// speakers ("U.S. officials", "a campaign spokesman") and pronouns. A
// surname met later ("Flynn said") resolves to the full name met earlier;
// he/she to the most recent person subject, they to the most recent group.
// One resolver per article; not thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "importers/article/cue_lexicon.h"
#include "importers/article/gazetteer.h"

namespace stancekb {

struct DocumentActor {
  std::string name;
  ActorKind kind = ActorKind::kUnknown;
  std::string affiliation;  // The lexicon's; "" for actors found in text.
};

struct SpeakerMention {
  size_t begin = 0;  // Token range of the mention.
  size_t end = 0;
  int actor = -1;  // Index into SpeakerResolver::actors().
  bool pronoun = false;
};

class SpeakerResolver {
 public:
  SpeakerResolver(const ActorGazetteer& gazetteer, const CueLexicon& cues, std::span<const Token> tokens,
                  Date published);

  // The speaker noun phrase whose last token is tokens[end - 1], starting
  // no earlier than `limit`.
  std::optional<SpeakerMention> PhraseEndingAt(size_t limit, size_t end);
  // The speaker noun phrase starting at tokens[begin], ending before `limit`.
  std::optional<SpeakerMention> PhraseStartingAt(size_t begin, size_t limit);
  // The first actor mention in [begin, end) that can be a clause subject
  // (not after a preposition, not a possessive).
  std::optional<SpeakerMention> ClauseSubject(size_t begin, size_t end);

  // Records `mention` as the latest subject for pronoun resolution.
  void NoteSubject(const SpeakerMention& mention);

  // True when `speaker` speaks for `other`: the same actor, or the country
  // or organisation it is affiliated with (Zelensky for Ukraine).
  bool SpeaksFor(int speaker, int other) const;

  const std::vector<DocumentActor>& actors() const { return actors_; }

 private:
  std::optional<SpeakerMention> ResolvePronoun(size_t i);
  std::optional<SpeakerMention> ResolveGazetteer(size_t limit, size_t end);
  std::optional<SpeakerMention> ResolveName(size_t begin, size_t end);
  std::optional<SpeakerMention> ResolveCommonNoun(size_t limit, size_t end);
  size_t NameRunStart(size_t limit, size_t end) const;
  int ActorForLexicon(int lexicon_index);
  int ActorForName(const std::string& name, ActorKind kind);
  bool IsNameToken(size_t i) const;

  const ActorGazetteer& gazetteer_;
  const CueLexicon& cues_;
  std::span<const Token> tokens_;
  Date published_;
  std::vector<DocumentActor> actors_;
  std::unordered_map<int, int> actor_of_lexicon_;
  std::unordered_map<std::string, int> actor_of_name_;  // Full names and surnames.
  int last_person_ = -1;
  int last_group_ = -1;
};

}  // namespace stancekb
