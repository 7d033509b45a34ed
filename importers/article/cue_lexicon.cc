#include "importers/article/cue_lexicon.h"

#include <string>
#include <string_view>

namespace stancekb {

namespace {

// Each entry lists a cue's inflected forms separated by '|'.
struct VerbEntry {
  std::string_view forms;
  CueKind kind;
  bool takes_object;
};

constexpr VerbEntry kReportingVerbs[] = {
    {"say|says|said|saying", CueKind::kSpeech, false},
    {"tell|tells|told|telling", CueKind::kSpeech, true},
    {"write|writes|wrote|writing", CueKind::kSpeech, false},
    {"add|adds|added|adding", CueKind::kSpeech, false},
    {"ask|asks|asked|asking", CueKind::kSpeech, true},
    {"note|notes|noted|noting", CueKind::kSpeech, false},
    {"state|states|stated|stating", CueKind::kSpeech, false},
    {"argue|argues|argued|arguing", CueKind::kSpeech, false},
    {"explain|explains|explained|explaining", CueKind::kSpeech, false},
    {"declare|declares|declared|declaring", CueKind::kSpeech, false},
    {"announce|announces|announced|announcing", CueKind::kSpeech, false},
    {"insist|insists|insisted|insisting", CueKind::kSpeech, false},
    {"warn|warns|warned|warning", CueKind::kSpeech, true},
    {"caution|cautions|cautioned|cautioning", CueKind::kSpeech, false},
    {"claim|claims|claimed|claiming", CueKind::kSpeech, false},
    {"emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising", CueKind::kSpeech,
     false},
    {"echo|echoes|echoed|echoing", CueKind::kSpeech, false},
    {"remark|remarks|remarked|remarking", CueKind::kSpeech, false},
    {"underscore|underscores|underscored|underscoring", CueKind::kSpeech, false},
    {"reiterate|reiterates|reiterated|reiterating", CueKind::kSpeech, false},
    {"refute|refutes|refuted|refuting", CueKind::kSpeech, false},
    {"dismiss|dismisses|dismissed|dismissing", CueKind::kSpeech, false},
    {"tweet|tweets|tweeted|tweeting", CueKind::kSpeech, false},
    {"acknowledge|acknowledges|acknowledged|acknowledging", CueKind::kSpeech, false},
    {"suggest|suggests|suggested|suggesting", CueKind::kSpeech, false},
    {"reply|replies|replied|replying", CueKind::kSpeech, false},
    {"respond|responds|responded|responding", CueKind::kSpeech, false},
    {"recall|recalls|recalled|recalling", CueKind::kSpeech, false},
    {"concede|concedes|conceded|conceding", CueKind::kSpeech, false},
    {"predict|predicts|predicted|predicting", CueKind::kSpeech, false},
    {"admit|admits|admitted|admitting", CueKind::kSpeech, false},
    {"complain|complains|complained|complaining", CueKind::kSpeech, false},
    {"testify|testifies|testified|testifying", CueKind::kSpeech, false},
    {"stress|stresses|stressed|stressing", CueKind::kSpeech, false},
    {"urge|urges|urged|urging", CueKind::kSpeech, true},
    {"indicate|indicates|indicated|indicating", CueKind::kSpeech, false},
    {"assert|asserts|asserted|asserting", CueKind::kSpeech, false},
    {"voice|voices|voiced|voicing", CueKind::kSpeech, false},
    {"confirm|confirms|confirmed|confirming", CueKind::kSpeech, false},
    {"deny|denies|denied|denying", CueKind::kSpeech, false},
    {"reject|rejects|rejected|rejecting", CueKind::kSpeech, false},
    {"mention|mentions|mentioned|mentioning", CueKind::kSpeech, false},
    {"inform|informs|informed|informing", CueKind::kSpeech, true},
    {"contend|contends|contended|contending", CueKind::kSpeech, false},
    {"continue:|continues:|continued:", CueKind::kSpeech, false},
    {"point out|points out|pointed out|pointing out", CueKind::kSpeech, false},
    {"make it clear|makes it clear|made it clear|making it clear|make clear|makes clear|made clear", CueKind::kSpeech,
     false},
    {"go on to say|goes on to say|went on to say", CueKind::kSpeech, false},
    {"accuse|accuses|accused|accusing", CueKind::kSpeech, true},
    {"criticize|criticizes|criticized|criticizing|criticise|criticised", CueKind::kSpeech, false},
    {"praise|praises|praised|praising", CueKind::kSpeech, false},
    {"call for|calls for|called for|calling for", CueKind::kSpeech, false},
    {"call on|calls on|called on|calling on", CueKind::kSpeech, true},
    {"propose|proposes|proposed|proposing", CueKind::kSpeech, false},
    {"promise|promises|promised", CueKind::kSpeech, false},
    {"vow|vows|vowed|vowing", CueKind::kSpeech, false},
    {"pledge|pledges|pledged|pledging", CueKind::kSpeech, false},
    {"report|reports|reported|reporting", CueKind::kSpeech, false},
    {"joke|jokes|joked|joking", CueKind::kSpeech, false},
    {"observe|observes|observed|observing", CueKind::kSpeech, false},
    {"conclude|concludes|concluded|concluding", CueKind::kSpeech, false},
    {"believe|believes|believed", CueKind::kInternalState, false},
    {"think|thinks|thought", CueKind::kInternalState, false},
    {"feel|feels|felt", CueKind::kInternalState, false},
    {"fear|fears|feared", CueKind::kInternalState, false},
    // Stance verbs that are not speech verbs: "X welcomed the ceasefire".
    // Finite forms only (a participle is no main verb); reject, dismiss,
    // refute, criticize and praise are speech verbs above.
    {"support|supports|supported|backs|backed|welcome|welcomes|welcomed|endorse|endorses|endorsed", CueKind::kStance,
     false},
    {"oppose|opposes|opposed|condemn|condemns|condemned|refuse|refuses|refused", CueKind::kStance, false},
    {"accept|accepts|accepted|agree to|agrees to|agreed to|agree with|agrees with|agreed with", CueKind::kStance,
     false},
    {"favor|favors|favored|favour|favours|favoured|embrace|embraces|embraced|applaud|applauds|applauded",
     CueKind::kStance, false},
};

struct StanceEntry {
  std::string_view forms;
  int polarity;
};

constexpr StanceEntry kStanceCues[] = {
    {"support|supports|supported|supporting|supportive of|in support of", +1},
    {"back|backs|backed|backing", +1},
    {"welcome|welcomes|welcomed|welcoming", +1},
    {"call for|calls for|called for|calling for", +1},
    {"urge|urges|urged|urging", +1},
    {"insist on|insists on|insisted on|insisting on", +1},
    {"push for|pushes for|pushed for|pushing for|press for|pressed for|pressing for", +1},
    {"favor|favors|favored|favoring|favour|favours|favoured|favouring|in favor of|in favour of", +1},
    {"endorse|endorses|endorsed|endorsing", +1},
    {"demand|demands|demanded|demanding", +1},
    {"need for|needs for|necessity|necessity of|necessary|essential|vital|crucial|priority", +1},
    {"achieve|achieves|achieved|achieving|pursue|pursues|pursued|pursuing", +1},
    {"seek|seeks|sought|seeking|want|wants|wanted|wanting", +1},
    {"committed to|commitment to|advocate|advocates|advocated|advocating|champion|championed", +1},
    {"praise|praises|praised|praising|transformative|breakthrough|progress|promising", +1},
    {"accept|accepts|accepted|accepting|agree to|agrees to|agreed to|agreeing to|agree with|agrees with", +1},
    {"agreed with|agreeing with|open to|embrace|embraces|embraced|applaud|applauds|applauded", +1},
    {"oppose|opposes|opposed|opposing|opposition to|against", -1},
    {"reject|rejects|rejected|rejecting|refute|refutes|refuted|refuting", -1},
    {"dismiss|dismisses|dismissed|dismissing|refuse|refuses|refused|refusing", -1},
    {"rule out|rules out|ruled out|ruling out|deny|denies|denied|denying", -1},
    {"criticize|criticizes|criticized|criticizing|criticise|criticised|condemn|condemns|condemned", -1},
    {"relinquish|relinquishes|relinquished|abandon|abandons|abandoned|give up on|gave up on", -1},
    {"unacceptable|skeptical of|sceptical of|warned against|warns against|warning against", -1},
    {"rather than|instead of", -1},
};

constexpr std::string_view kNegators = "not|n't|never|no|nor|cannot|neither|without";
constexpr std::string_view kHedges =
    "may|might|could|perhaps|possibly|potential|potentially|likely|probably|reportedly|would";
constexpr std::string_view kConditions = "if|unless|whether";
constexpr std::string_view kContrasts = "but|while|whereas|although|though|however|yet";
constexpr std::string_view kSubjectGaps =
    "also|has|have|had|is|was|were|are|will|would|could|did|does|do|then|later|previously|recently|once|again|"
    "repeatedly|publicly|privately|already|further|just|earlier|firmly|strongly|openly|explicitly|clearly|"
    "simply|quickly|flatly|angrily|finally|himself|herself|themselves|itself|in|turn|only|first|often|"
    "frequently|has also|long|since";
constexpr std::string_view kHeadNouns =
    "official|officials|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|advisor|advisors|"
    "campaign|administration|government|ministry|department|office|statement|report|poll|survey|analyst|"
    "analysts|expert|experts|critic|critics|source|sources|leader|leaders|lawmaker|lawmakers|senator|"
    "president|secretary|minister|chancellor|envoy|ambassador|diplomat|diplomats|commission|committee|"
    "police|prosecutors|prosecutor|lawyer|lawyers|attorney|attorneys|researchers|study|group|organization|"
    "party|supporters|opponents|strategist|strategists|pollster|pollsters|economist|economists|spokesmen|"
    "website|newspaper|agency|chairman|chairwoman|director|governor|mayor|candidate|nominee|executive|"
    "founder|manager|host|anchor|correspondent|reporter|author|authors|professor|historian|scientist|"
    "scientists|team|council|court|judge|members|member|voters|residents|users|people|allies|partners|"
    "article|editorial|memo|letter|document|documents|filing|emails|email|data|figures|records|press|"
    "percent|half|majority|respondents|participants|americans|democrats|republicans";
constexpr std::string_view kGroupHeadNouns =
    "officials|aides|advisers|advisors|analysts|experts|critics|sources|leaders|lawmakers|diplomats|"
    "prosecutors|lawyers|attorneys|researchers|supporters|opponents|strategists|pollsters|economists|"
    "spokesmen|scientists|members|voters|residents|users|people|allies|partners|percent|half|majority|"
    "respondents|participants|americans|democrats|republicans";
constexpr std::string_view kTitles =
    "mr.|mrs.|ms.|dr.|sen.|rep.|gov.|gen.|lt.|col.|capt.|maj.|sgt.|adm.|cmdr.|prof.|rev.|sir|dame|lord|lady|"
    "president|vice|secretary|senator|governor|minister|prime|chancellor|retired|former|chief|judge|justice|"
    "ambassador|envoy|speaker|leader|mayor|attorney|general|professor|director|chairman|chairwoman|"
    "commissioner|spokesman|spokeswoman|deputy|assistant|acting|foreign|defense|defence|state|press|"
    "democratic|republican|candidate|nominee|congressman|congresswoman|rep|sen|gen|lt|dr|mr|mrs|ms|pope|"
    "king|queen|prince|princess|special|u.s.|us|uk|u.k.|british|american|russian|ukrainian|"
    "french|german|italian|european|commission|executive|ceo|host|anchor|columnist|pollster|analyst|"
    "economist|strategist|adviser|advisor|aide|campaign|manager|founder|editor|reporter|correspondent|"
    "co-founder|chair|leader|majority|minority|whip|representative|sheriff|officer|agent|colonel|lieutenant|"
    "sergeant|captain|major|admiral|republicans|democrats|gop";
constexpr std::string_view kFunctionWords =
    "the|a|an|this|that|these|those|but|and|or|so|yet|however|in|on|at|for|with|as|if|when|while|after|"
    "before|although|though|because|since|meanwhile|still|also|then|now|here|there|it|he|she|they|we|i|"
    "you|his|her|their|our|my|your|its|by|from|to|of|during|despite|according|asked|said|says|told|"
    "mr|mrs|ms|what|who|why|how|where|which|interestingly|indeed|instead|both|all|some|many|most|one|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    "august|september|october|november|december|jan.|feb.|aug.|sept.|oct.|nov.|dec.|today|yesterday|"
    "tonight|last|next|every|each|no|not|never|only|just|even|perhaps|maybe|"
    "writing|earlier|later|first|second|finally|again|sources|breaking|update|watch|read|related|photo|"
    "having|being|speaking|responding|referring|asked|like|unlike|under|among|through|about|whether";
constexpr std::string_view kDeterminers =
    "the|a|an|his|her|their|its|our|this|that|these|those|another|one|two|three|several|some|many";
constexpr std::string_view kPersonalPronouns = "he|she";
constexpr std::string_view kPluralPronouns = "they";
constexpr std::string_view kNameConnectors = "of|von|van|der|de|da|del|al|bin|la|le|du|ben";
constexpr std::string_view kPrepositions =
    "with|of|to|from|by|for|about|on|in|against|between|at|into|over|under|than|like|toward|towards|"
    "through|without|after|before|including|among|behind|beside|via|upon";
constexpr std::string_view kAnaphors = "this|these|that|those|such|them";

// Calls f(form) for each '|'-separated form.
template <typename F>
void ForEachForm(std::string_view forms, F f) {
  while (!forms.empty()) {
    const size_t bar = forms.find('|');
    f(forms.substr(0, bar));
    if (bar == std::string_view::npos) break;
    forms.remove_prefix(bar + 1);
  }
}

std::unordered_set<uint64_t> WordSet(std::string_view forms) {
  std::unordered_set<uint64_t> set;
  ForEachForm(forms, [&](std::string_view word) { set.insert(HashLower(word)); });
  return set;
}

bool Contains(const std::unordered_set<uint64_t>& set, const Token& t) { return set.count(t.lower_hash) > 0; }

}  // namespace

CueLexicon::CueLexicon()
    : negators_(WordSet(kNegators)),
      hedges_(WordSet(kHedges)),
      conditions_(WordSet(kConditions)),
      contrasts_(WordSet(kContrasts)),
      subject_gaps_(WordSet(kSubjectGaps)),
      head_nouns_(WordSet(kHeadNouns)),
      group_head_nouns_(WordSet(kGroupHeadNouns)),
      titles_(WordSet(kTitles)),
      function_words_(WordSet(kFunctionWords)),
      determiners_(WordSet(kDeterminers)),
      personal_pronouns_(WordSet(kPersonalPronouns)),
      plural_pronouns_(WordSet(kPluralPronouns)),
      name_connectors_(WordSet(kNameConnectors)),
      prepositions_(WordSet(kPrepositions)),
      anaphors_(WordSet(kAnaphors)) {
  for (const VerbEntry& verb : kReportingVerbs) {
    ForEachForm(verb.forms, [&](std::string_view form) {
      ReportingCue cue;
      cue.kind = verb.kind;
      cue.takes_object = verb.takes_object;
      cue.participle = form.find("ing") != std::string_view::npos;
      cue.length = Tokenize(form).size();
      reporting_.Add(form, static_cast<uint32_t>(reporting_cues_.size()));
      reporting_cues_.push_back(cue);
    });
  }
  for (const StanceEntry& entry : kStanceCues) {
    ForEachForm(entry.forms, [&](std::string_view form) { stance_.Add(form, entry.polarity > 0 ? 1 : 0); });
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
  if (n > 0) *polarity = values->front() == 1 ? 1 : -1;
  return n;
}

bool CueLexicon::IsNegator(const Token& t) const {
  return Contains(negators_, t) || t.text.ends_with("n't") || t.text.ends_with("n\xE2\x80\x99t");
}
bool CueLexicon::IsHedge(const Token& t) const { return Contains(hedges_, t); }
bool CueLexicon::IsCondition(const Token& t) const { return Contains(conditions_, t); }
bool CueLexicon::IsContrast(const Token& t) const { return Contains(contrasts_, t); }
bool CueLexicon::IsSubjectGap(const Token& t) const { return Contains(subject_gaps_, t); }
bool CueLexicon::IsHeadNoun(const Token& t) const { return Contains(head_nouns_, t); }
bool CueLexicon::IsGroupHeadNoun(const Token& t) const { return Contains(group_head_nouns_, t); }
bool CueLexicon::IsTitleWord(const Token& t) const { return Contains(titles_, t); }
bool CueLexicon::IsFunctionWord(const Token& t) const { return Contains(function_words_, t); }
bool CueLexicon::IsDeterminer(const Token& t) const { return Contains(determiners_, t); }
bool CueLexicon::IsPersonalPronoun(const Token& t) const { return Contains(personal_pronouns_, t); }
bool CueLexicon::IsPluralPronoun(const Token& t) const { return Contains(plural_pronouns_, t); }
bool CueLexicon::IsNameConnector(const Token& t) const { return Contains(name_connectors_, t); }
bool CueLexicon::IsPreposition(const Token& t) const { return Contains(prepositions_, t); }
bool CueLexicon::IsAnaphor(const Token& t) const { return Contains(anaphors_, t); }
bool CueLexicon::IsThat(const Token& t) const { return t.lower_hash == HashLower("that"); }

}  // namespace stancekb
