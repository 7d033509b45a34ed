#include "importers/article/cue_lexicon.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace stancekb {

namespace {

std::unordered_set<uint64_t> WordSet(const CuePack& pack, std::string_view list) {
  std::unordered_set<uint64_t> set;
  for (const std::string& word : pack.List(list)) set.insert(HashLower(word));
  return set;
}

// "say", "made it clear": a participle when its first word ends in -ing.
bool IsParticiple(std::string_view form) {
  const std::string_view first = form.substr(0, form.find(' '));
  return first.size() > 4 && first.ends_with("ing");
}

bool Contains(const std::unordered_set<uint64_t>& set, const Token& t) { return set.count(t.lower_hash) > 0; }

// The length of the phrase of `matcher` starting at tokens[i], or 0.
size_t LengthAt(const PhraseMatcher& matcher, std::span<const Token> tokens, size_t i) {
  size_t n = 0;
  matcher.MatchesAt(tokens, i, &n);
  return n;
}

}  // namespace

CueLexicon::CueLexicon(const CuePack& pack)
    : negators_(WordSet(pack, "stance.negators")),
      hedges_(WordSet(pack, "stance.hedges")),
      conditions_(WordSet(pack, "stance.conditions")),
      prerequisites_(WordSet(pack, "stance.prerequisites")),
      contrasts_(WordSet(pack, "stance.contrasts")),
      subject_gaps_(WordSet(pack, "grammar.subject-gaps")),
      head_nouns_(WordSet(pack, "speakers.head-nouns")),
      group_head_nouns_(WordSet(pack, "speakers.group-nouns")),
      titles_(WordSet(pack, "speakers.titles")),
      function_words_(WordSet(pack, "grammar.function-words")),
      determiners_(WordSet(pack, "grammar.determiners")),
      personal_pronouns_(WordSet(pack, "grammar.he-she")),
      plural_pronouns_(WordSet(pack, "grammar.they")),
      first_person_(WordSet(pack, "grammar.first-person")),
      name_connectors_(WordSet(pack, "grammar.name-connectors")),
      prepositions_(WordSet(pack, "grammar.prepositions")),
      anaphors_(WordSet(pack, "grammar.anaphors")),
      time_nouns_(WordSet(pack, "grammar.time-nouns")),
      matter_nouns_(WordSet(pack, "grammar.matter-nouns")),
      that_(WordSet(pack, "grammar.that")),
      relatives_(WordSet(pack, "grammar.relatives")),
      organization_words_(WordSet(pack, "speakers.organizations")),
      adjuncts_(WordSet(pack, "grammar.adjuncts")),
      be_(WordSet(pack, "grammar.be")),
      message_nouns_(WordSet(pack, "grammar.message-nouns")),
      position_nouns_(WordSet(pack, "reporting.position-nouns")),
      open_questions_(WordSet(pack, "stance.questions")),
      modals_(WordSet(pack, "grammar.modals")),
      perfect_(WordSet(pack, "grammar.perfect")),
      office_nouns_(WordSet(pack, "speakers.offices")),
      spokesperson_words_(WordSet(pack, "speakers.spokespeople")),
      non_actor_titles_(WordSet(pack, "speakers.non-actors")),
      anonymous_sources_(WordSet(pack, "speakers.anonymous")),
      future_(WordSet(pack, "grammar.future")),
      circumstance_(WordSet(pack, "grammar.circumstance")) {
  AddReportingCues(pack, "reporting.speech", CueKind::kSpeech);
  AddReportingCues(pack, "reporting.belief", CueKind::kInternalState);
  AddReportingCues(pack, "reporting.stance", CueKind::kStance);
  for (const std::string& form : pack.List("stance.support")) stance_.Add(form, 1);
  for (const std::string& form : pack.List("stance.oppose")) stance_.Add(form, 0);
  for (const std::string& form : pack.List("stance.neutral")) stance_.Add(form, 2);
  for (const std::string& form : pack.List("stance.demands")) demands_.Add(form, 0);
  for (const std::string& form : pack.List("stance.decisions")) decisions_.Add(form, 0);
  for (const std::string& form : pack.List("stance.agreements")) agreements_.Add(form, 0);
  for (const std::string& form : pack.List("stance.progress")) progress_.Add(form, 0);
  for (const std::string& form : pack.List("grammar.contents")) contents_.Add(form, 0);
  for (const std::string& form : pack.List("grammar.background")) background_.Add(form, 0);
  for (const std::string& name : pack.List("speakers.outlets")) outlets_.Add(name, 0);
}

// A form listed under two kinds keeps the first kind added.
void CueLexicon::AddReportingCues(const CuePack& pack, std::string_view list, CueKind kind) {
  const std::vector<std::string>& takes_object = pack.List("reporting.takes-object");
  const std::vector<std::string>& accusations = pack.List("reporting.accusations");
  const std::vector<std::string>& demands = pack.List("reporting.demands");
  for (const std::string& form : pack.List(list)) {
    ReportingCue cue;
    cue.kind = kind;
    cue.takes_object = std::find(takes_object.begin(), takes_object.end(), form) != takes_object.end();
    cue.accusation = std::find(accusations.begin(), accusations.end(), form) != accusations.end();
    cue.demand = std::find(demands.begin(), demands.end(), form) != demands.end();
    cue.participle = IsParticiple(form);
    cue.length = Tokenize(form).size();
    reporting_.Add(form, static_cast<uint32_t>(reporting_cues_.size()));
    reporting_cues_.push_back(cue);
  }
}

ReportingCue CueLexicon::ReportingCueAt(std::span<const Token> tokens, size_t i) const {
  const std::vector<uint32_t>* values = nullptr;
  const size_t n = reporting_.LongestMatchAt(tokens, i, &values);
  if (n == 0) return ReportingCue();
  ReportingCue cue = reporting_cues_[values->front()];
  cue.length = n;
  return cue;
}

size_t CueLexicon::StanceCueAt(std::span<const Token> tokens, size_t i, int* polarity) const {
  const std::vector<uint32_t>* values = nullptr;
  const size_t n = stance_.LongestMatchAt(tokens, i, &values);
  if (n > 0) *polarity = values->front() == 1 ? 1 : values->front() == 0 ? -1 : 0;
  return n;
}

size_t CueLexicon::DemandAt(std::span<const Token> tokens, size_t i) const { return LengthAt(demands_, tokens, i); }

size_t CueLexicon::AgreementAt(std::span<const Token> tokens, size_t i) const {
  return LengthAt(agreements_, tokens, i);
}

size_t CueLexicon::ProgressAt(std::span<const Token> tokens, size_t i) const { return LengthAt(progress_, tokens, i); }
size_t CueLexicon::ContentsAt(std::span<const Token> tokens, size_t i) const { return LengthAt(contents_, tokens, i); }

size_t CueLexicon::DecisionAt(std::span<const Token> tokens, size_t i) const { return LengthAt(decisions_, tokens, i); }

bool CueLexicon::IsNegator(const Token& t) const {
  return Contains(negators_, t) || t.text.ends_with("n't") || t.text.ends_with("n\xE2\x80\x99t");
}
bool CueLexicon::IsHedge(const Token& t) const { return Contains(hedges_, t); }
bool CueLexicon::IsCondition(const Token& t) const { return Contains(conditions_, t); }
bool CueLexicon::IsPrerequisite(const Token& t) const { return Contains(prerequisites_, t); }
bool CueLexicon::IsContrast(const Token& t) const { return Contains(contrasts_, t); }
bool CueLexicon::IsSubjectGap(const Token& t) const { return Contains(subject_gaps_, t); }
bool CueLexicon::IsHeadNoun(const Token& t) const { return Contains(head_nouns_, t); }
bool CueLexicon::IsGroupHeadNoun(const Token& t) const { return Contains(group_head_nouns_, t); }
bool CueLexicon::IsTitleWord(const Token& t) const { return Contains(titles_, t); }
bool CueLexicon::IsFunctionWord(const Token& t) const { return Contains(function_words_, t); }
bool CueLexicon::IsDeterminer(const Token& t) const { return Contains(determiners_, t); }
bool CueLexicon::IsPersonalPronoun(const Token& t) const { return Contains(personal_pronouns_, t); }
bool CueLexicon::IsPluralPronoun(const Token& t) const { return Contains(plural_pronouns_, t); }
bool CueLexicon::IsFirstPerson(const Token& t) const { return Contains(first_person_, t); }
bool CueLexicon::IsNameConnector(const Token& t) const { return Contains(name_connectors_, t); }
bool CueLexicon::IsPreposition(const Token& t) const { return Contains(prepositions_, t); }
bool CueLexicon::IsAnaphor(const Token& t) const { return Contains(anaphors_, t); }
bool CueLexicon::IsTimeNoun(const Token& t) const { return Contains(time_nouns_, t); }
bool CueLexicon::IsMatterNoun(const Token& t) const { return Contains(matter_nouns_, t); }
bool CueLexicon::IsThat(const Token& t) const { return Contains(that_, t); }
bool CueLexicon::IsRelative(const Token& t) const { return Contains(relatives_, t); }
bool CueLexicon::IsOrganizationWord(const Token& t) const { return Contains(organization_words_, t); }
bool CueLexicon::IsAdjunct(const Token& t) const { return Contains(adjuncts_, t); }
bool CueLexicon::IsBe(const Token& t) const { return Contains(be_, t); }
bool CueLexicon::IsOfficeNoun(const Token& t) const { return Contains(office_nouns_, t); }
bool CueLexicon::IsSpokespersonTitle(std::string_view title) const {
  size_t begin = 0;
  while (begin < title.size()) {
    size_t end = title.find(' ', begin);
    if (end == std::string_view::npos) end = title.size();
    if (spokesperson_words_.count(HashLower(title.substr(begin, end - begin))) > 0) return true;
    begin = end + 1;
  }
  return false;
}

bool CueLexicon::IsAnonymousSource(const Token& t) const { return Contains(anonymous_sources_, t); }

bool CueLexicon::IsNonActorTitle(const Token& t) const { return Contains(non_actor_titles_, t); }

bool CueLexicon::NamesOutlet(std::span<const Token> tokens, size_t begin, size_t end) const {
  for (size_t i = begin; i < end; ++i) {
    size_t n = 0;
    if (outlets_.MatchesAt(tokens.first(end), i, &n) && i + n == end) return true;
  }
  return false;
}

bool CueLexicon::IsModal(const Token& t) const { return Contains(modals_, t); }
bool CueLexicon::IsPerfect(const Token& t) const { return Contains(perfect_, t); }
bool CueLexicon::IsFuture(const Token& t) const { return Contains(future_, t); }
size_t CueLexicon::BackgroundAt(std::span<const Token> tokens, size_t i) const {
  return LengthAt(background_, tokens, i);
}
bool CueLexicon::IsCircumstance(const Token& t) const { return Contains(circumstance_, t); }
bool CueLexicon::IsOpenQuestion(const Token& t) const { return Contains(open_questions_, t); }
bool CueLexicon::IsMessageNoun(const Token& t) const { return Contains(message_nouns_, t); }
bool CueLexicon::IsPositionNoun(const Token& t) const { return Contains(position_nouns_, t); }

}  // namespace stancekb
