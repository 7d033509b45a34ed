// CueLexicon: the word lists the attribution and stance rules use —
// reporting verbs, stance cues with polarity, negators, hedges, conditions,
// and the function words that shape a speaker's noun phrase — compiled from
// a lexicon pack's cues (cue_pack.h) into hash sets and phrase matchers.
// Built once and shared (read-only after construction, so thread-safe).
#pragma once

#include <cstdint>
#include <span>
#include <unordered_set>

#include "importers/article/phrase_matcher.h"
#include "importers/lexicon/cue_pack.h"

namespace stancekb {

enum class CueKind : uint8_t {
  kSpeech,         // said, told, wrote, insisted, "made it clear", …
  kInternalState,  // believes, thinks, hopes, …
  kStance,         // welcomed, backed, opposed: a stance taken on the object, not speech.
};

// A reporting cue found at a token.
struct ReportingCue {
  size_t length = 0;  // Tokens covered ("made it clear" = 3).
  CueKind kind = CueKind::kSpeech;
  bool participle = false;    // "saying", "adding": subject is the clause's.
  bool takes_object = false;  // "told X that …", "urged X to …".
  bool accusation = false;    // "accused X of …": the content characterises X.
  bool demand = false;        // "urged X to …": the content is a demand on X.
};

class CueLexicon {
 public:
  explicit CueLexicon(const CuePack& pack);

  // A reporting cue starting at tokens[i], or length 0.
  ReportingCue ReportingCueAt(std::span<const Token> tokens, size_t i) const;
  // A stance cue starting at tokens[i]: returns its length (0: none) and
  // sets *polarity to +1 (supports, calls for, …), -1 (rejects, opposes, …)
  // or 0 (a neutral cue: discuss, consider).
  size_t StanceCueAt(std::span<const Token> tokens, size_t i, int* polarity) const;
  // Lengths (0: none) of a demand on another party ("must", "has to") and
  // of a decision or readiness reported of one ("was ready to", "agreed")
  // starting at tokens[i].
  size_t DemandAt(std::span<const Token> tokens, size_t i) const;
  size_t DecisionAt(std::span<const Token> tokens, size_t i) const;
  // Length (0: none) of an agreement reported of another party ("had agreed to").
  size_t AgreementAt(std::span<const Token> tokens, size_t i) const;
  // Length (0: none) of progress reported of another party ("were close to").
  size_t ProgressAt(std::span<const Token> tokens, size_t i) const;
  // Length (0: none) of a verb of contents ("must include", "would involve").
  size_t ContentsAt(std::span<const Token> tokens, size_t i) const;
  // Length (0: none) of words opening a background clause ("after",
  // "despite", "once a"): narration inside a statement.
  size_t BackgroundAt(std::span<const Token> tokens, size_t i) const;

  bool IsNegator(const Token& t) const;          // not, n't, never, no
  bool IsHedge(const Token& t) const;            // may, might, could, perhaps
  bool IsCondition(const Token& t) const;        // if, unless
  bool IsPrerequisite(const Token& t) const;     // until, without: "no deal until …" names a condition
  bool IsOpenQuestion(const Token& t) const;     // whether
  bool IsContrast(const Token& t) const;         // but, while, although: resets stance scope
  bool IsSubjectGap(const Token& t) const;       // also, has, had, repeatedly: between subject and verb
  bool IsHeadNoun(const Token& t) const;         // officials, spokesman, campaign: common-noun speakers
  bool IsGroupHeadNoun(const Token& t) const;    // plural heads: officials, leaders, sources
  bool IsTitleWord(const Token& t) const;        // Sen., President, Retired: not part of a name
  bool IsFunctionWord(const Token& t) const;     // The, However, In: capitalized but not a name
  bool IsDeterminer(const Token& t) const;       // the, a, an, his, her, their
  bool IsPersonalPronoun(const Token& t) const;  // he, she
  bool IsPluralPronoun(const Token& t) const;    // they
  bool IsFirstPerson(const Token& t) const;      // I, me, we, our: the speaker's own words
  bool IsNameConnector(const Token& t) const;    // of, von, der, de, al: inside names
  bool IsPreposition(const Token& t) const;      // with, of, to, from, by: a mention after one is no subject
  bool IsAnaphor(const Token& t) const;          // this, these, such, them: content pointing back
  bool IsTimeNoun(const Token& t) const;         // week, year: "this week" points to a time, not back
  bool IsMatterNoun(const Token& t) const;       // question, issue: "the question of X" names X as a matter
  bool IsThat(const Token& t) const;             // "that" opening reported content
  bool IsRelative(const Token& t) const;         // which, who: a relative clause about the noun before
  bool IsAnd(const Token& t) const { return t.lower_hash == and_; }
  bool IsOrganizationWord(const Token& t) const;  // News, Party, Ministry: ends an organisation's name
  bool IsAdjunct(const Token& t) const;           // yesterday, when, Monday: a time adjunct after a speaker
  bool IsBe(const Token& t) const;                // is, was, been: before a passive
  bool IsModal(const Token& t) const;             // will, would, must, won't
  bool IsPerfect(const Token& t) const;           // has, have: "has agreed" recaps what was done
  bool IsFuture(const Token& t) const;            // will, would, going: a predicate announcing what comes
  bool IsCircumstance(const Token& t) const;      // in, during, of: a mention after it is a setting
  bool IsMessageNoun(const Token& t) const;       // message, view: "X's message was …"
  bool IsPositionNoun(const Token& t) const;      // demand, refusal: "X's demand that …"
  bool IsOfficeNoun(const Token& t) const;        // spokesperson, office, officials: speak for their owner
  // True when a role title names a spokesperson ("Kremlin spokesman",
  // "White House press secretary").
  bool IsSpokespersonTitle(std::string_view title) const;
  bool IsNonActorTitle(const Token& t) const;    // analyst, expert: introduce someone who is no actor
  bool IsAnonymousSource(const Token& t) const;  // source, insider: "a source at the Élysée" is no actor
  // True when a news outlet's name ends at tokens[end - 1] and starts in [begin, end).
  bool NamesOutlet(std::span<const Token> tokens, size_t begin, size_t end) const;

 private:
  void AddReportingCues(const CuePack& pack, std::string_view list, CueKind kind);

  uint64_t and_ = HashLower("and");
  PhraseMatcher reporting_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher stance_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher demands_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher decisions_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher agreements_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher progress_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher contents_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher background_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher outlets_{PhraseMatcher::Case::kInsensitive};
  std::vector<ReportingCue> reporting_cues_;
  std::unordered_set<uint64_t> negators_, hedges_, conditions_, prerequisites_, contrasts_, subject_gaps_, head_nouns_,
      group_head_nouns_, titles_, function_words_, determiners_, personal_pronouns_, plural_pronouns_, first_person_,
      name_connectors_, prepositions_, anaphors_, time_nouns_, matter_nouns_, that_, relatives_, organization_words_,
      adjuncts_, be_, message_nouns_, position_nouns_, open_questions_, modals_, perfect_, office_nouns_,
      spokesperson_words_, non_actor_titles_, anonymous_sources_, future_, circumstance_;
};

}  // namespace stancekb
