#include "importers/article/speakers.h"

#include <algorithm>

namespace stancekb {

namespace {

constexpr size_t kMaxNameTokens = 4;
constexpr size_t kMaxPhraseTokens = 8;

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return lower;
}

// A name as written, with a typographic apostrophe made plain so that
// "O’Sullivan" and "O'Sullivan" are one actor.
std::string JoinText(std::span<const Token> tokens, size_t begin, size_t end) {
  static constexpr std::string_view kRightQuote = "\u2019";
  std::string text;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && tokens[i].kind != TokenKind::kPossessive) text.push_back(' ');
    text.append(tokens[i].text);
  }
  for (size_t at = text.find(kRightQuote); at != std::string::npos; at = text.find(kRightQuote, at + 1)) {
    text.replace(at, kRightQuote.size(), "'");
  }
  return text;
}

}  // namespace

SpeakerResolver::SpeakerResolver(const ActorGazetteer& gazetteer, const CueLexicon& cues, std::span<const Token> tokens,
                                 Date published)
    : gazetteer_(gazetteer), cues_(cues), tokens_(tokens), published_(published) {}

bool SpeakerResolver::IsNameToken(size_t i) const {
  const Token& t = tokens_[i];
  return t.kind == TokenKind::kWord && t.capitalized && !cues_.IsFunctionWord(t);
}

int SpeakerResolver::ActorForLexicon(int lexicon_index) {
  auto [it, inserted] = actor_of_lexicon_.try_emplace(lexicon_index, static_cast<int>(actors_.size()));
  if (inserted) {
    const Actor& actor = gazetteer_.lexicon().actors[lexicon_index];
    actors_.push_back(DocumentActor{actor.name, actor.kind, actor.affiliation});
    actors_.back().lexicon = lexicon_index;
    for (const Role& role : actor.roles) {
      if (role.HeldOn(published_) && cues_.IsSpokespersonTitle(role.title)) actors_.back().spokesperson = true;
    }
  }
  return it->second;
}

int SpeakerResolver::ActorForName(const std::string& name, ActorKind kind) {
  auto [it, inserted] = actor_of_name_.try_emplace(name, static_cast<int>(actors_.size()));
  if (inserted) actors_.push_back(DocumentActor{name, kind, ""});
  return it->second;
}

std::optional<SpeakerMention> SpeakerResolver::ResolvePronoun(size_t i) {
  const Token& t = tokens_[i];
  int actor = -1;
  if (cues_.IsPersonalPronoun(t)) actor = last_person_;
  if (cues_.IsPluralPronoun(t)) actor = last_group_;
  if (actor < 0) return std::nullopt;
  return SpeakerMention{i, i + 1, actor, true};
}

std::optional<SpeakerMention> SpeakerResolver::ResolveGazetteer(size_t limit, size_t end) {
  const size_t first = end > limit + kMaxPhraseTokens ? end - kMaxPhraseTokens : limit;
  for (size_t k = first; k < end; ++k) {
    const GazetteerMatch m = gazetteer_.MatchAt(tokens_, k, published_);
    if (m.length > 0 && k + m.length == end && m.actor >= 0) {
      return SpeakerMention{k, end, ActorForLexicon(m.actor), false};
    }
  }
  return std::nullopt;
}

size_t SpeakerResolver::NameRunStart(size_t limit, size_t end) const {
  size_t k = end - 1;
  while (k > limit) {
    if (IsNameToken(k - 1)) {
      --k;
    } else if (k - 1 > limit && cues_.IsNameConnector(tokens_[k - 1]) && IsNameToken(k - 2)) {
      k -= 2;
    } else {
      break;
    }
  }
  return k;
}

// A capitalized run ending at end-1; titles before the name are part of the
// mention but not of the name ("Retired Lt. Gen. Michael Flynn"). A lone
// word met for the first time is most often a place or an outlet, not a
// speaker; so is a person introduced as an analyst.
std::optional<SpeakerMention> SpeakerResolver::ResolveName(size_t begin, size_t end) {
  size_t name_begin = end;
  while (name_begin > begin && end - name_begin < kMaxNameTokens && !cues_.IsTitleWord(tokens_[name_begin - 1])) {
    --name_begin;
  }
  while (name_begin < end && cues_.IsNameConnector(tokens_[name_begin])) ++name_begin;
  if (name_begin == end) return std::nullopt;
  const std::string name = JoinText(tokens_, name_begin, end);
  const bool titled = name_begin > begin;
  const bool organization = cues_.IsOrganizationWord(tokens_[end - 1]);
  const size_t words = end - name_begin;
  if (cues_.NamesOutlet(tokens_, name_begin, end)) {
    return SpeakerMention{begin, end, Unresolved(name, ActorKind::kOrganization), false};
  }
  if (words == 1 && !titled) {
    auto it = actor_of_name_.find(name);  // A surname met earlier.
    const int actor = it != actor_of_name_.end() ? it->second : Unresolved(name, ActorKind::kUnknown);
    return SpeakerMention{begin, end, actor, false};
  }
  const ActorKind kind = organization ? ActorKind::kOrganization : ActorKind::kPerson;
  const int actor = ActorForName(name, kind);
  if (IntroducedAsNonActor(begin, organization ? end : name_begin, end)) actors_[actor].resolved = false;
  if (kind == ActorKind::kPerson) actor_of_name_.try_emplace(JoinText(tokens_, end - 1, end), actor);
  return SpeakerMention{begin, end, actor, false};
}

// Whether the name ending at `end` is introduced as someone quoted for
// expertise: "political analyst Maria Petrova" (a title before
// `title_end`, in lower case), "the Kiel Institute" (a research
// organisation names itself so), or an apposition after the name ("Maria
// Petrova, from the Carnegie Centre," or ", a professor at …"; not a
// relative clause: "Erdogan, who will host the talks"). Their findings
// are analysis, not a position.
bool SpeakerResolver::IntroducedAsNonActor(size_t begin, size_t title_end, size_t end) const {
  for (size_t i = begin > kMaxNameTokens ? begin - kMaxNameTokens : 0; i < title_end; ++i) {
    if (cues_.IsNonActorTitle(tokens_[i])) return true;
  }
  if (end >= tokens_.size() || tokens_[end].kind != TokenKind::kComma) return false;
  const size_t limit = std::min(tokens_.size(), end + 1 + kMaxPhraseTokens);
  for (size_t i = end + 1; i < limit && tokens_[i].kind == TokenKind::kWord && !cues_.IsRelative(tokens_[i]); ++i) {
    if (cues_.IsNonActorTitle(tokens_[i])) return true;
  }
  return false;
}

// "a source at the Élysée", "sources close to the Kremlin": an unnamed
// person is no actor, whoever the place names; else `m` as found.
SpeakerMention SpeakerResolver::FromAnonymousSource(size_t limit, const SpeakerMention& m) {
  size_t k = m.begin;
  while (k > limit && cues_.IsDeterminer(tokens_[k - 1])) --k;
  if (k == limit || !cues_.IsPreposition(tokens_[k - 1])) return m;
  --k;
  // One lower-case word may stand between: "sources close to", "familiar with".
  if (k > limit + 1 && !cues_.IsAnonymousSource(tokens_[k - 1]) && !tokens_[k - 1].capitalized) --k;
  if (k == limit || !cues_.IsAnonymousSource(tokens_[k - 1])) return m;
  size_t begin = k - 1;
  while (begin > limit && cues_.IsDeterminer(tokens_[begin - 1])) --begin;
  return SpeakerMention{begin, m.end, Unresolved(JoinText(tokens_, begin, m.end), ActorKind::kUnknown), false};
}

// A generic speaker: kept for attribution, with no stance.
int SpeakerResolver::Unresolved(const std::string& text, ActorKind kind) {
  const int actor = ActorForName(text, kind);
  actors_[actor].resolved = false;
  return actor;
}

// The actor a phrase's modifier names ("Kremlin officials", "Meloni's
// office", "a Downing Street spokesperson"): the first lexicon actor in
// [begin, end), or -1.
int SpeakerResolver::OwnerIn(size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const GazetteerMatch m = gazetteer_.MatchAt(tokens_.first(end), i, published_);
    if (m.actor >= 0) return ActorForLexicon(m.actor);
    if (m.length > 0) i += m.length - 1;
  }
  return -1;
}

// Whom an office of `actor` speaks for: a person's country or organisation
// when the lexicon knows it ("Meloni's office": Italy), else the actor
// itself ("the Kremlin's spokesman": the Kremlin).
int SpeakerResolver::BodyOf(int actor) {
  const std::string& affiliation = actors_[actor].affiliation;
  if (affiliation.empty() || actors_[actor].kind != ActorKind::kPerson) return actor;
  const std::vector<Actor>& lexicon = gazetteer_.lexicon().actors;
  for (size_t i = 0; i < lexicon.size(); ++i) {
    if (lexicon[i].name == affiliation) return ActorForLexicon(static_cast<int>(i));
  }
  return actor;
}

// The actor last mentioned who, on the article's day, held a role whose
// title has every word of tokens[begin, end) ("the prime minister"), or -1.
int SpeakerResolver::ActorForTitle(size_t begin, size_t end) {
  std::vector<std::string> words;
  for (size_t i = begin; i < end; ++i) {
    if (!cues_.IsDeterminer(tokens_[i])) words.push_back(LowerAscii(tokens_[i].text));
  }
  // The latest subject first: "Trump wrote that he would meet presidents
  // Zelensky and Putin. The president later told reporters …" is Trump.
  if (last_person_ >= 0 && actors_[last_person_].lexicon >= 0 && HoldsTitle(actors_[last_person_].lexicon, words)) {
    return last_person_;
  }
  for (auto it = mentioned_.rbegin(); it != mentioned_.rend(); ++it) {
    if (HoldsTitle(*it, words)) return ActorForLexicon(*it);
  }
  return -1;
}

// True when the lexicon's actor held, on the article's day, a role whose
// title has every one of `words` ("president" in "President of Russia").
bool SpeakerResolver::HoldsTitle(int lexicon_index, const std::vector<std::string>& words) const {
  for (const Role& role : gazetteer_.lexicon().actors[lexicon_index].roles) {
    if (!role.HeldOn(published_)) continue;
    const std::string title = " " + LowerAscii(role.title) + " ";
    const bool fits = std::all_of(words.begin(), words.end(),
                                  [&](const std::string& w) { return title.find(" " + w + " ") != std::string::npos; });
    if (fits) return true;
  }
  return false;
}

// "Kremlin officials" (the Kremlin), "the Trump administration" (the United
// States), "the prime minister" (by role), "officials" (unresolved).
std::optional<SpeakerMention> SpeakerResolver::ResolveCommonNoun(size_t limit, size_t end) {
  size_t k = end - 1;
  while (k > limit && end - k < kMaxPhraseTokens) {
    const Token& prev = tokens_[k - 1];
    if (cues_.IsHeadNoun(prev) || IsNameToken(k - 1) || prev.kind == TokenKind::kPossessive) {
      --k;
    } else {
      break;
    }
  }
  const size_t begin = k > limit && cues_.IsDeterminer(tokens_[k - 1]) ? k - 1 : k;
  const Token& head = tokens_[end - 1];
  if (cues_.IsOfficeNoun(head)) {
    if (const int owner = OwnerIn(k, end - 1); owner >= 0) return SpeakerMention{begin, end, BodyOf(owner), false};
  }
  if (cues_.IsTitleWord(head)) {
    if (const int holder = ActorForTitle(k, end); holder >= 0) return SpeakerMention{begin, end, holder, false};
  }
  const ActorKind kind = cues_.IsGroupHeadNoun(head) ? ActorKind::kGroup : ActorKind::kUnknown;
  return SpeakerMention{begin, end, Unresolved(JoinText(tokens_, k, end), kind), false};
}

std::optional<SpeakerMention> SpeakerResolver::PhraseEndingAt(size_t limit, size_t end) {
  if (end <= limit) return std::nullopt;
  const Token& last = tokens_[end - 1];
  if (last.kind != TokenKind::kWord) return std::nullopt;
  if (cues_.IsPersonalPronoun(last) || cues_.IsPluralPronoun(last)) return ResolvePronoun(end - 1);
  if (auto m = ResolveGazetteer(limit, end)) return FromAnonymousSource(limit, *m);
  if (cues_.IsHeadNoun(last)) return ResolveCommonNoun(limit, end);
  if (!IsNameToken(end - 1)) return std::nullopt;
  return ResolveName(NameRunStart(limit, end), end);
}

std::optional<SpeakerMention> SpeakerResolver::PhraseStartingAt(size_t begin, size_t limit) {
  size_t end = begin;
  if (end < limit && cues_.IsDeterminer(tokens_[end])) ++end;
  while (end < limit && end - begin < kMaxPhraseTokens) {
    const Token& t = tokens_[end];
    const bool connector = cues_.IsNameConnector(t) && end + 1 < limit && IsNameToken(end + 1);
    if (!(IsNameToken(end) || cues_.IsHeadNoun(t) || t.kind == TokenKind::kPossessive || connector)) break;
    ++end;
  }
  if (end == begin && begin < limit &&
      (cues_.IsPersonalPronoun(tokens_[begin]) || cues_.IsPluralPronoun(tokens_[begin]))) {
    return ResolvePronoun(begin);
  }
  if (end > begin && tokens_[end - 1].kind == TokenKind::kPossessive) --end;
  return PhraseEndingAt(begin, end);
}

std::optional<SpeakerMention> SpeakerResolver::ClauseSubject(size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::kQuote) return std::nullopt;
    size_t before = i;
    while (before > begin && cues_.IsDeterminer(tokens_[before - 1])) --before;
    if (before > begin && cues_.IsPreposition(tokens_[before - 1])) {
      // "on Russian TV", "with Russia's Vladimir Putin": the whole name, and
      // the one it possesses, is the object.
      while (i + 1 < end && (IsNameToken(i + 1) || tokens_[i + 1].kind == TokenKind::kPossessive)) ++i;
      continue;
    }
    if (cues_.IsPersonalPronoun(t) || cues_.IsPluralPronoun(t)) return ResolvePronoun(i);
    if (i == begin && t.text.ends_with("ing")) continue;  // "Reflecting optimism, Trump …"
    if (i == begin && i + 1 < end && tokens_[i + 1].kind == TokenKind::kDash) continue;  // "WASHINGTON —"
    const GazetteerMatch m = gazetteer_.MatchAt(tokens_, i, published_);
    size_t stop = i + m.length;
    if (m.length == 0) {
      if (!IsNameToken(i)) continue;
      while (stop < end && (IsNameToken(stop) || cues_.IsNameConnector(tokens_[stop]))) ++stop;
    }
    if (stop < end && tokens_[stop].kind == TokenKind::kPossessive) {
      i = stop;
      continue;
    }
    if (auto mention = PhraseEndingAt(i, stop)) return mention;
  }
  return std::nullopt;
}

void SpeakerResolver::NoteSubject(const SpeakerMention& mention) {
  const ActorKind kind = actors_[mention.actor].kind;
  // An actor of unknown kind is a lone surname or a common noun
  // ("Sanders", "a campaign spokesman"): most often a person.
  if (kind == ActorKind::kPerson || kind == ActorKind::kUnknown) last_person_ = mention.actor;
  if (kind == ActorKind::kGroup || kind == ActorKind::kOrganization || kind == ActorKind::kState) {
    last_group_ = mention.actor;
  }
}

void SpeakerResolver::NoteMentions(size_t begin, size_t end, bool pronoun_target) {
  for (size_t i = begin; i < end; ++i) {
    const GazetteerMatch m = gazetteer_.MatchAt(tokens_, i, published_);
    if (m.length == 0) continue;
    if (m.actor >= 0) {
      std::erase(mentioned_, m.actor);
      mentioned_.push_back(m.actor);
      const int actor = ActorForLexicon(m.actor);
      if (pronoun_target && actors_[actor].kind == ActorKind::kPerson) last_person_ = actor;
    }
    i += m.length - 1;
  }
}

bool SpeakerResolver::SpeaksFor(int speaker, int other) const {
  if (speaker == other) return true;
  const std::string& affiliation = actors_[speaker].affiliation;
  const std::string& others = actors_[other].affiliation;
  // A spokesperson, or an office such as the Kremlin, speaks for the
  // principals of its own country (guideline: the spokesperson stays the
  // speaker).
  const bool office = actors_[speaker].spokesperson || actors_[speaker].kind == ActorKind::kOrganization;
  const bool principal = office && !affiliation.empty() && affiliation == others;
  return principal || (!affiliation.empty() && affiliation == actors_[other].name) ||
         (!others.empty() && others == actors_[speaker].name);
}

}  // namespace stancekb
