// SpeakerResolver: per-article resolution of the noun phrases that name a
// speaker — lexicon actors (gazetteer), unknown names ("Retired Lt. Gen.
// Michael Flynn" becomes the new person "Michael Flynn"), common-noun
// speakers and pronouns. A surname met later ("Flynn said") resolves to the
// full name met earlier; he/she to the most recent person subject, they to
// the most recent group. An office speaks for whom it names ("Kremlin
// officials", "a Downing Street spokesperson", "Meloni's office": the
// person's country); a bare title ("the president") names the latest
// subject when it held a matching role on the article's day, else the actor
// last mentioned who did. What names no actor — a generic noun ("officials", "sources"), a news outlet, a person
// introduced as an analyst, a lone capitalised word never introduced — is
// kept as an unresolved speaker: its statement counts as an attribution but
// carries no stance. One resolver per article; not thread-safe.
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
  std::string affiliation;    // The lexicon's; "" for actors found in text.
  bool spokesperson = false;  // Held a spokesperson's role on the article's day.
  bool resolved = true;       // False when the phrase names no actor (see above).
  int lexicon = -1;           // Index into the lexicon's actors; -1 for actors found in text.
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
  // Records the lexicon actors named in tokens[begin, end), most recent
  // last, for the bare titles of later sentences; with `pronoun_target`,
  // the last person among them also becomes the latest subject.
  void NoteMentions(size_t begin, size_t end, bool pronoun_target);

  // True when `speaker` speaks for `other`: the same actor, the country or
  // organisation it is affiliated with (Zelensky for Ukraine), or one of
  // that country's or organisation's own people (the White House for Trump),
  // or, for a spokesperson, a principal of the same country (Peskov for Putin).
  bool SpeaksFor(int speaker, int other) const;

  const std::vector<DocumentActor>& actors() const { return actors_; }

 private:
  std::optional<SpeakerMention> ResolvePronoun(size_t i);
  std::optional<SpeakerMention> ResolveGazetteer(size_t limit, size_t end);
  SpeakerMention FromAnonymousSource(size_t limit, const SpeakerMention& m);
  std::optional<SpeakerMention> ResolveName(size_t begin, size_t end);
  bool IntroducedAsNonActor(size_t begin, size_t title_end, size_t end) const;
  std::optional<SpeakerMention> ResolveCommonNoun(size_t limit, size_t end);
  int OwnerIn(size_t begin, size_t end);
  int BodyOf(int actor);
  int ActorForTitle(size_t begin, size_t end);
  bool HoldsTitle(int lexicon_index, const std::vector<std::string>& words) const;
  int Unresolved(const std::string& text, ActorKind kind);
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
  std::vector<int> mentioned_;                          // Lexicon indices, most recent last.
  int last_person_ = -1;
  int last_group_ = -1;
};

}  // namespace stancekb
