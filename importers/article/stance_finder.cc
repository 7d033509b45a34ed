#include "importers/article/stance_finder.h"

#include <algorithm>

namespace stancekb {

namespace {

constexpr float kHedgeConfidence = 0.7f;
constexpr float kReservationConfidence = 0.8f;
constexpr size_t kNegationReach = 3;     // Tokens before a cue or mention a negator may stand.
constexpr size_t kAnaphorReach = 2;      // "these terms", "this": within the content's first tokens.
constexpr size_t kPredicateReach = 8;    // Tokens between a mention and the be or modal of its predicate.
constexpr size_t kPredicateLength = 12;  // Tokens of the predicate read for cues, so that work stays linear.
constexpr size_t kBackgroundReach = 30;  // Tokens back from a scope that may still open its background clause.
constexpr size_t kModifierReach = 4;     // Tokens between a preposition and its topic: "of the previous week's".
constexpr size_t kNone = static_cast<size_t>(-1);  // No such token.

enum MentionKind : uint32_t { kKeyword = 0, kSupportPhrase = 1, kOpposePhrase = 2, kWeak = 3 };
enum TopicCueKind : uint32_t { kOpposeCue = 0, kSupportCue = 1, kNeutralCue = 2 };

bool EndsClause(const Token& t) {
  return t.kind == TokenKind::kComma || t.kind == TokenKind::kColon || t.kind == TokenKind::kEndPunct ||
         t.kind == TokenKind::kDash;
}

}  // namespace

// The cues read in a mention's scope.
struct StanceFinder::Scope {
  int polarity = 1;
  bool has_cue = false;            // A side-taking cue was read.
  bool neutral = false;            // A neutral cue.
  bool in_question = false;        // The mention sits in an open question ("whether …").
  bool in_condition = false;       // The mention sits in an if/unless clause.
  bool in_background = false;      // The mention sits in a background clause ("after …").
  size_t after_cue = 0;            // Where the last cue ended: a negator before it was the cue's.
  bool opposed = false;            // An oppose cue or phrase was read: a negative side is not negation alone.
  bool own_cue = false;            // One of the topic's own cues or phrases was read.
  bool governed = false;           // A cue before the mention, not the mention itself, was read.
  bool described = false;          // The mention is the subject of a be-predicate without a cue.
  bool neutral_predicate = false;  // The predicate on the mention has a neutral cue and no side.
  bool third_person = false;       // The first side-taking cue has he, she or they for subject.
};

StanceFinder::StanceFinder(const Lexicon& lexicon, const CueLexicon& cues)
    : cues_(cues),
      unmarked_(lexicon.topics.size(), Stance::kNeutral),
      negation_is_neutral_(lexicon.topics.size(), false),
      description_is_silent_(lexicon.topics.size(), false),
      takes_objects_(lexicon.topics.size(), false) {
  for (size_t t = 0; t < lexicon.topics.size(); ++t) {
    const Topic& topic = lexicon.topics[t];
    const uint32_t keyword = static_cast<uint32_t>(t * 4 + kKeyword);
    for (const std::string& word : topic.keywords) topics_.Add(word, keyword);
    if (!topic.label.empty()) topics_.Add(topic.label, keyword);
  }
  for (const TopicCues& rules : lexicon.cues.topics) {
    const auto it = std::find_if(lexicon.topics.begin(), lexicon.topics.end(),
                                 [&](const Topic& t) { return t.key == rules.topic; });
    if (it == lexicon.topics.end()) continue;  // A topic this database does not have.
    const uint32_t t = static_cast<uint32_t>(it - lexicon.topics.begin());
    unmarked_[t] = rules.unmarked;
    negation_is_neutral_[t] = rules.negation_is_neutral;
    description_is_silent_[t] = rules.description_is_silent;
    for (const std::string& phrase : rules.support) topics_.Add(phrase, t * 4 + kSupportPhrase);
    for (const std::string& phrase : rules.oppose) topics_.Add(phrase, t * 4 + kOpposePhrase);
    for (const std::string& word : rules.weak) topics_.Add(word, t * 4 + kWeak);
    for (const std::string& phrase : rules.look_alikes) look_alikes_.Add(phrase, t);
    for (const std::string& cue : rules.support_cues) topic_cues_.Add(cue, t * 3 + kSupportCue);
    for (const std::string& cue : rules.oppose_cues) topic_cues_.Add(cue, t * 3 + kOpposeCue);
    for (const std::string& cue : rules.neutral_cues) topic_cues_.Add(cue, t * 3 + kNeutralCue);
    for (const std::string& word : rules.object_prepositions) object_prepositions_.Add(word, t);
    takes_objects_[t] = !rules.object_prepositions.empty();
  }
}

std::vector<StanceFinder::Mention> StanceFinder::Mentions(std::span<const Token> tokens, size_t begin,
                                                          size_t end) const {
  std::vector<Mention> mentions;
  const std::span<const Token> range = tokens.first(end);
  for (size_t i = begin; i < end; ++i) {
    const std::vector<uint32_t>* values = nullptr;
    const size_t n = topics_.LongestMatchAt(range, i, &values);
    // "missile attacks", "Russian oil refineries": words that look like a
    // topic's but name something else.
    const std::vector<uint32_t>* look_alike_topics = nullptr;
    const size_t look_alike = look_alikes_.LongestMatchAt(range, i, &look_alike_topics);
    if (look_alike > 0 && look_alike >= n) {
      i += look_alike - 1;
      continue;
    }
    if (n == 0) continue;
    for (uint32_t value : *values) {
      const uint32_t kind = value % 4;
      const int polarity = kind == kSupportPhrase ? 1 : kind == kOpposePhrase ? -1 : 0;
      const size_t preposition = CircumstanceAt(tokens, begin, i);
      Mention mention{static_cast<int>(value / 4), i, n, polarity, kind == kWeak, preposition != kNone};
      // "their suggestion of an immediate ceasefire was backed": the
      // predicate on a position is one on its topic.
      mention.of_position = preposition != kNone && preposition > begin && IsPositionNoun(tokens[preposition - 1]);
      if (NamedAsMatter(tokens, begin, i) || HoldsContents(tokens, i + n, end)) mention.object = mention.setting = true;
      mentions.push_back(mention);
    }
    i += n - 1;
  }
  MarkObjects(tokens, &mentions);
  return mentions;
}

// Marks the mentions that are what the mention before them is about: after
// one of its topic's object prepositions ("negotiations toward a ceasefire"),
// or joined by "and" to such an object ("… toward a ceasefire and an end to
// the war"). Each becomes a setting, its own topic only when a cue governs it.
// So does a mention that modifies such a topic's keyword ("ceasefire talks").
void StanceFinder::MarkObjects(std::span<const Token> tokens, std::vector<Mention>* mentions) const {
  const auto joins = [&](const Token& t) {
    return cues_.IsAnd(t) || t.kind == TokenKind::kComma || t.kind == TokenKind::kQuote;
  };
  for (size_t j = 1; j < mentions->size(); ++j) {
    Mention& head = (*mentions)[j - 1];
    Mention& mention = (*mentions)[j];
    size_t i = head.at + head.length;
    if (i == mention.at && takes_objects_[mention.topic]) head.object = head.setting = true;
    if (i >= mention.at) continue;
    bool joined = false;
    if (head.object) {
      for (; i < mention.at && joins(tokens[i]); ++i) joined = true;
    } else {
      // A closing quote may stand between the head and its preposition:
      // "start negotiations" toward a ceasefire.
      while (i < mention.at && tokens[i].kind == TokenKind::kQuote) ++i;
      const std::vector<uint32_t>* topics = nullptr;
      const size_t n = object_prepositions_.LongestMatchAt(tokens.first(mention.at), i, &topics);
      joined = n > 0 && std::find(topics->begin(), topics->end(), static_cast<uint32_t>(head.topic)) != topics->end();
      i += n;
    }
    while (i < mention.at && cues_.IsDeterminer(tokens[i])) ++i;
    if (joined && i == mention.at) mention.object = mention.setting = true;
  }
}

// Where the preposition of circumstance stands whose object is the mention
// at tokens[at] ("ahead of talks in Abu Dhabi", "an element of the peace
// deal"), or kNone: such a mention is a setting of the statement, its topic
// only when a cue governs it.
size_t StanceFinder::CircumstanceAt(std::span<const Token> tokens, size_t begin, size_t at) const {
  // Back over what may stand between the preposition and the topic: "of a
  // potential peace deal", "following Friday's three-hour talks", "during
  // the previous week's talks".
  size_t k = at;
  for (size_t steps = 0; k > begin + 1 && steps < kModifierReach; ++steps) {
    const Token& t = tokens[k - 1];
    const bool possessive = t.kind == TokenKind::kPossessive && k > begin + 2;
    if (!(cues_.IsDeterminer(t) || IsModifier(tokens, k - 1) || possessive)) break;
    k -= possessive ? 2 : 1;
  }
  while (k > begin && cues_.IsDeterminer(tokens[k - 1])) --k;
  return k > begin && cues_.IsCircumstance(tokens[k - 1]) ? k - 1 : kNone;
}

// True when tokens[i] may be an adjective before a topic ("potential",
// "planned"): a lower-case word that is no function word of the grammar and
// no stance cue.
bool StanceFinder::IsModifier(std::span<const Token> tokens, size_t i) const {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kWord || t.capitalized || cues_.IsPreposition(t) || cues_.IsNegator(t) ||
      cues_.IsCircumstance(t) || cues_.IsDeterminer(t) || cues_.IsFunctionWord(t)) {
    return false;
  }
  int polarity = 0;
  return cues_.StanceCueAt(tokens, i, &polarity) == 0;
}

// A noun that names a position or proposal: "demand", "suggestion", "plan".
bool StanceFinder::IsPositionNoun(const Token& t) const { return cues_.IsPositionNoun(t) || cues_.IsAnaphor(t); }

// True when the mention at tokens[at] is what a matter noun is about, with
// at most one modifier between ("questions around frozen Russian assets",
// "the issue of security guarantees"): the clause's predicate is the
// matter's ("… needed to involve Europe"), so the topic needs a cue of its
// own, like a setting.
bool StanceFinder::NamedAsMatter(std::span<const Token> tokens, size_t begin, size_t at) const {
  size_t k = at;
  while (k > begin && cues_.IsDeterminer(tokens[k - 1])) --k;
  if (k > begin + 2 && !cues_.IsPreposition(tokens[k - 1]) && tokens[k - 1].kind == TokenKind::kWord) --k;
  return k >= begin + 2 && cues_.IsPreposition(tokens[k - 1]) && cues_.IsMatterNoun(tokens[k - 2]);
}

// True when the mention ending before tokens[after] is the subject of a verb
// of contents ("any settlement must include Ukraine ceding Donbas"): the
// statement is about what it holds, so its topic needs a cue of its own,
// like a setting.
bool StanceFinder::HoldsContents(std::span<const Token> tokens, size_t after, size_t end) const {
  const std::span<const Token> clause = tokens.first(end);
  size_t k = after;
  while (k < end) {
    const size_t demand = cues_.DemandAt(clause, k);  // "would have to include"
    if (demand == 0 && !cues_.IsModal(tokens[k])) break;
    k += std::max<size_t>(demand, 1);
  }
  return k < end && cues_.ContentsAt(clause, k) > 0;
}

std::vector<int> StanceFinder::TopicsIn(std::span<const Token> tokens, size_t begin, size_t end) const {
  std::vector<int> topics;
  for (const Mention& m : Mentions(tokens, begin, end)) {
    if (std::find(topics.begin(), topics.end(), m.topic) == topics.end()) topics.push_back(m.topic);
  }
  return topics;
}

size_t StanceFinder::FirstMentionEnd(std::span<const Token> tokens, size_t begin, size_t end) const {
  const std::vector<Mention> mentions = Mentions(tokens, begin, end);
  return mentions.empty() ? begin : mentions.front().at + mentions.front().length;
}

// A general stance cue or one of `topic`'s own at tokens[i]: its polarity
// (+1, -1, or 0 for a neutral cue) and *length; *length 0 when none.
int StanceFinder::CueAt(std::span<const Token> tokens, size_t i, int topic, size_t* length, bool* own) const {
  const std::vector<uint32_t>* values = nullptr;
  const size_t own_length = topic_cues_.LongestMatchAt(tokens, i, &values);
  for (size_t v = 0; own_length > 0 && v < values->size(); ++v) {
    if (static_cast<int>((*values)[v] / 3) != topic) continue;
    *length = own_length;
    if (own != nullptr) *own = true;
    const uint32_t kind = (*values)[v] % 3;
    return kind == kSupportCue ? 1 : kind == kOpposeCue ? -1 : 0;
  }
  int polarity = 0;
  *length = cues_.StanceCueAt(tokens, i, &polarity);
  return polarity;
}

// True when a negator stands within a few tokens before `at`, no earlier
// than `from` (the scope's start or the end of the cue before: a negator
// belongs to the first cue after it).
bool StanceFinder::NegatedBefore(std::span<const Token> tokens, size_t from, size_t at) const {
  // "going to be a" does not count towards the reach: "not going to be a
  // part of NATO" negates as closely as "not part of NATO". (Modals do
  // count: "no Russian will for a ceasefire" has a noun "will".)
  static const uint64_t kTo = HashLower("to");
  size_t counted = 0;
  for (size_t k = at; k > from && counted < kNegationReach; --k) {
    const Token& t = tokens[k - 1];
    if (cues_.IsNegator(t)) return true;
    const bool going = cues_.IsFuture(t) && !cues_.IsModal(t);
    if (!(cues_.IsBe(t) || cues_.IsDeterminer(t) || going || t.lower_hash == kTo)) ++counted;
  }
  return false;
}

// Reads the cues in [begin, mention) into *scope. A contrast word or a colon
// starts a new scope; so does a condition, whose own cues count without
// their negation: "if Putin does not agree to a truce" and "unless Putin
// agrees to a truce" both name what the speaker wants. A condition inside a
// background clause is still background ("days after Trump threatened
// sanctions if there was no ceasefire"). A semicolon inside parentheses
// ("€210bn (£185bn; $247) worth of Russian assets") starts no scope.
void StanceFinder::ReadCues(std::span<const Token> tokens, size_t begin, const Mention& mention, Scope* scope) const {
  const std::span<const Token> before = tokens.first(mention.at);
  scope->after_cue = begin;
  int parentheses = 0;
  for (size_t i = begin; i < mention.at; ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kOpenParen) ++parentheses;
    if (t.kind == TokenKind::kCloseParen && parentheses > 0) --parentheses;
    const bool condition = cues_.IsCondition(t);
    const bool colon = t.kind == TokenKind::kColon && parentheses == 0;
    if (cues_.IsContrast(t) || colon || condition) {
      const bool background = condition && scope->in_background;
      *scope = Scope();
      scope->in_condition = condition;
      scope->in_background = background;
      scope->after_cue = i + 1;
      continue;
    }
    if (t.kind == TokenKind::kComma) scope->in_condition = scope->in_question = scope->in_background = false;
    if (cues_.BackgroundAt(tokens, i) > 0) scope->in_background = true;
    if (cues_.IsOpenQuestion(t)) scope->in_question = true;
    size_t length = 0;
    bool own = false;
    const int polarity = CueAt(before, i, mention.topic, &length, &own);
    if (length == 0) continue;
    scope->own_cue |= own;
    if (polarity == 0) {
      scope->neutral = true;
    } else {
      if (!scope->has_cue) scope->third_person = ThirdPersonSubject(tokens, scope->after_cue, i);
      const bool negated = !scope->in_condition && NegatedBefore(tokens, scope->after_cue, i);
      scope->polarity *= negated ? -polarity : polarity;
      scope->has_cue = true;
      scope->opposed |= polarity < 0;
    }
    i += length - 1;
    scope->after_cue = i + 1;
  }
  scope->governed = scope->has_cue || scope->neutral;
  if (mention.polarity != 0) {
    scope->polarity *= mention.polarity;
    scope->has_cue = scope->own_cue = true;
    scope->opposed |= mention.polarity < 0;
  }
  // "no ceasefire", "will not withdraw from the Donbas": a negator before
  // the mention, with no cue after it, denies the topic itself.
  if (!scope->in_condition && NegatedBefore(tokens, scope->after_cue, mention.at)) {
    if (!scope->has_cue) scope->polarity = 1;
    scope->polarity = -scope->polarity;
    scope->has_cue = true;
  }
}

// The polarity of a predicate on the mention ("the truce is unacceptable",
// "the negotiations in Istanbul are just a pretence"): a be or modal later
// in the clause, then cues up to the clause's end; 0 when there is none.
int StanceFinder::PredicatePolarity(std::span<const Token> tokens, const Mention& mention, size_t end,
                                    Scope* scope) const {
  size_t i = mention.at + mention.length;
  const size_t reach = std::min(end, i + kPredicateReach);
  const auto ends = [&](size_t k) {
    const Token& t = tokens[k];
    return EndsClause(t) || cues_.IsCondition(t) || cues_.IsContrast(t) || cues_.BackgroundAt(tokens, k) > 0;
  };
  // A be after "that" is a subordinate clause's ("the talks demonstrate that
  // engagement is delivering"), not a predicate on the mention.
  while (i < reach && !cues_.IsBe(tokens[i]) && !cues_.IsModal(tokens[i]) && !ends(i) && !cues_.IsThat(tokens[i])) {
    ++i;
  }
  if (i >= reach || ends(i) || cues_.IsThat(tokens[i])) return 0;
  const size_t verb = i;
  const size_t stop = std::min(end, verb + kPredicateLength);
  int polarity = 0;
  for (; i < stop && !ends(i); ++i) {
    size_t length = 0;
    bool own = false;
    const int cue = CueAt(tokens.first(stop), i, mention.topic, &length, &own);
    if (length > 0 && cue == 0) {
      // A neutral predicate: "sanctions would depend on the talks", "the
      // territorial issue is the most difficult" (the topic's own cue).
      scope->neutral = scope->neutral_predicate = true;
      scope->own_cue |= own;
      i += length - 1;
      continue;
    }
    if (length == 0 || cue == 0) continue;
    const bool negated = !scope->in_condition && NegatedBefore(tokens, verb, i);
    polarity = (polarity == 0 ? 1 : polarity) * (negated ? -cue : cue);
    scope->opposed |= cue < 0;
    scope->own_cue |= own;
    i += length - 1;
  }
  scope->described = polarity == 0 && cues_.IsBe(tokens[verb]);
  return polarity;
}

std::optional<TopicStance> StanceFinder::Decide(std::span<const Token> tokens, const StanceInput& input,
                                                size_t scope_begin, size_t last_contrast,
                                                const Mention& mention) const {
  Scope scope;
  scope.in_background = InBackgroundAt(tokens, input, scope_begin);
  ReadCues(tokens, scope_begin, mention, &scope);
  const size_t end = std::min(input.content_end, tokens.size());
  // A governed mention followed by a relative clause ("refused to cede land
  // which has been occupied") is an object: that clause's predicate
  // describes it and takes no side. The predicate after another topic's
  // object ("the ceasefire talks must resume") is that topic's.
  const size_t next = mention.at + mention.length;
  const bool relative = scope.has_cue && next < end && cues_.IsRelative(tokens[next]);
  const int predicate =
      mention.at < end && !relative && !mention.object ? PredicatePolarity(tokens, mention, end, &scope) : 0;
  if (predicate != 0) {
    scope.polarity = scope.has_cue ? scope.polarity * predicate : predicate;
    scope.has_cue = true;
  }
  if (input.trailing_polarity != 0 && !scope.in_background) {
    const int inner = scope.has_cue ? scope.polarity : unmarked_[mention.topic] == Stance::kOppose ? -1 : 1;
    scope.polarity = inner * input.trailing_polarity;
    scope.has_cue = true;
    scope.opposed |= input.trailing_polarity < 0;  // "a plan which Kyiv rejected" opposes, it is no pessimism.
  }
  const std::optional<Stance> unmarked = unmarked_[mention.topic];
  if (scope.third_person && InFirstPerson(tokens, input)) return std::nullopt;
  if (scope.in_background || (mention.weak && !scope.own_cue) ||
      (mention.setting && !scope.governed && (predicate == 0 || !mention.of_position)) ||
      (scope.described && !scope.governed && description_is_silent_[mention.topic])) {
    return std::nullopt;
  }
  if (!scope.has_cue && !scope.neutral && !scope.in_question && !unmarked) return std::nullopt;
  TopicStance ts{mention.topic, unmarked.value_or(Stance::kNeutral), 1.0f, mention.at, scope.has_cue};
  // Negative by negation alone: "no hope of a settlement", "a deal could not be reached".
  const bool pessimism = scope.has_cue && scope.polarity < 0 && !scope.opposed;
  ts.by_negation = pessimism && !scope.governed && predicate == 0;
  if (pessimism && HasPrerequisite(tokens, input)) return std::nullopt;
  const bool neutral_predicate = scope.neutral_predicate && predicate == 0;
  if (scope.in_question || neutral_predicate || (pessimism && negation_is_neutral_[mention.topic])) {
    ts.stance = Stance::kNeutral;
    ts.by_cue = true;
  } else if (scope.has_cue) {
    ts.stance = scope.polarity > 0 ? Stance::kSupport : Stance::kOppose;
  } else if (scope.neutral) {
    ts.stance = Stance::kNeutral;
  }
  if (mention.at < last_contrast) ts.confidence = kReservationConfidence;
  return ts;
}

// True when he, she or they is the subject of the cue at tokens[at], past
// negators, auxiliaries and adverbs ("he doesn't want", "they have never
// accepted"), no earlier than `from`.
bool StanceFinder::ThirdPersonSubject(std::span<const Token> tokens, size_t from, size_t at) const {
  size_t k = at;
  while (k > from && (cues_.IsNegator(tokens[k - 1]) || cues_.IsModal(tokens[k - 1]) ||
                      cues_.IsSubjectGap(tokens[k - 1]) || cues_.IsBe(tokens[k - 1]))) {
    --k;
  }
  return k > from && (cues_.IsPersonalPronoun(tokens[k - 1]) || cues_.IsPluralPronoun(tokens[k - 1]));
}

// True when the speaker talks in the first person in the content ("makes me
// think that maybe he doesn't want to stop the war"): he, she and they are
// then others, and a side they take is the speaker's characterisation of
// another's position, no stance of the speaker's (guideline: "X said Putin
// would reject the truce" gives X nothing).
bool StanceFinder::InFirstPerson(std::span<const Token> tokens, const StanceInput& input) const {
  for (size_t i = input.content_begin; i < input.content_end && i < tokens.size(); ++i) {
    if (cues_.IsFirstPerson(tokens[i])) return true;
  }
  return false;
}

// Whether the content sets a condition ("no hope of a settlement unless …",
// "without resolving …, there is no hope"): a topic it is pessimistic
// about is then the frame of the condition, not the speaker's side.
bool StanceFinder::HasPrerequisite(std::span<const Token> tokens, const StanceInput& input) const {
  for (size_t i = input.content_begin; i < input.content_end && i < tokens.size(); ++i) {
    if (cues_.IsPrerequisite(tokens[i])) return true;
  }
  return false;
}

// How the content's first words point back: not at all, with a bare
// pronoun or determiner ("this", "these terms"), or with a noun ("the idea",
// "that move"). "this week" points to a time, not back.
StanceFinder::PointingBack StanceFinder::PointsBack(std::span<const Token> tokens, const StanceInput& input) const {
  const size_t end = std::min(input.content_end, input.content_begin + kAnaphorReach);
  bool points_back = false, with_noun = false;
  for (size_t i = input.content_begin; i < end; ++i) {
    const Token& t = tokens[i];
    if (!cues_.IsAnaphor(t)) continue;
    const bool names_a_time = i + 1 < input.content_end && cues_.IsTimeNoun(tokens[i + 1]);
    points_back = points_back || !names_a_time;
    with_noun = with_noun || (!cues_.IsDeterminer(t) && !cues_.IsFunctionWord(t));
  }
  if (!points_back) return PointingBack::kNone;
  return with_noun ? PointingBack::kWithNoun : PointingBack::kWithPronoun;
}

// Whether a scope starting at `at` continues a background clause opened
// before it ("after Trump threatened sanctions if …"): a background word
// since the last comma, colon or contrast word of the content, within a
// clause's reach so that a sentence with many mentions stays linear.
bool StanceFinder::InBackgroundAt(std::span<const Token> tokens, const StanceInput& input, size_t at) const {
  const size_t floor = std::max(input.content_begin, at > kBackgroundReach ? at - kBackgroundReach : 0);
  for (size_t i = at; i > floor; --i) {
    const Token& t = tokens[i - 1];
    if (t.kind == TokenKind::kComma || t.kind == TokenKind::kColon || cues_.IsContrast(t)) return false;
    if (cues_.BackgroundAt(tokens, i - 1) > 0) return true;
  }
  return false;
}

// Where the last contrast word ("but", "although") of the content stands,
// or 0: a topic before it comes with a reservation.
size_t StanceFinder::LastContrast(std::span<const Token> tokens, const StanceInput& input) const {
  for (size_t i = input.content_end; i > input.content_begin; --i) {
    if (cues_.IsContrast(tokens[i - 1])) return i - 1;
  }
  return 0;
}

std::vector<TopicStance> StanceFinder::Find(std::span<const Token> tokens, const StanceInput& input) const {
  std::vector<Mention> mentions = Mentions(tokens, input.content_begin, input.content_end);
  // A pointing-back content ("refuted these terms") takes the previous
  // sentence's topics, with every cue of the content in scope.
  const PointingBack pointing_back = mentions.empty() ? PointsBack(tokens, input) : PointingBack::kNone;
  if (pointing_back != PointingBack::kNone) {
    const bool named_only = input.previous_topics.empty() && pointing_back == PointingBack::kWithNoun;
    for (int topic : named_only ? input.previous_mentions : input.previous_topics) {
      mentions.push_back(Mention{topic, input.content_end, 0, 0});
    }
  }
  float hedge = 1.0f;
  for (size_t i = input.content_begin; i < input.content_end; ++i) {
    if (cues_.IsHedge(tokens[i])) hedge = kHedgeConfidence;
  }
  // A cue governs the first topic after it: each mention's scope starts
  // after the previous mention. A topic mentioned twice keeps the first
  // mention a cue decides, else its first mention.
  std::vector<TopicStance> result;
  size_t scope_begin = std::min(input.cue, input.content_begin);
  const size_t last_contrast = LastContrast(tokens, input);
  for (const Mention& mention : mentions) {
    const std::optional<TopicStance> decided = Decide(tokens, input, scope_begin, last_contrast, mention);
    if (mention.at < input.content_end) scope_begin = mention.at + mention.length;
    if (!decided) continue;
    TopicStance ts = *decided;
    ts.confidence *= hedge;
    auto same = std::find_if(result.begin(), result.end(), [&](const TopicStance& r) { return r.topic == ts.topic; });
    if (same == result.end()) {
      result.push_back(ts);
    } else if (!same->by_cue && ts.by_cue) {
      *same = ts;
    }
  }
  return result;
}

}  // namespace stancekb
