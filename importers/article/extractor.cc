#include "importers/article/extractor.h"

#include <algorithm>
#include <optional>

#include "importers/article/cue_lexicon.h"
#include "importers/article/gazetteer.h"
#include "importers/article/nested_report.h"
#include "importers/article/quote_finder.h"
#include "importers/article/relative_date.h"
#include "importers/article/sentence_splitter.h"
#include "importers/article/speakers.h"
#include "importers/article/stance_finder.h"
#include "importers/article/tokenizer.h"

namespace stancekb {

namespace article_internal {

struct ExtractorMatchers {
  explicit ExtractorMatchers(const Lexicon& lexicon) : cues(lexicon.cues), gazetteer(lexicon), stance(lexicon, cues) {}
  CueLexicon cues;
  ActorGazetteer gazetteer;
  StanceFinder stance;
  SentenceSplitter splitter;
};

}  // namespace article_internal

namespace {

constexpr size_t kMaxAppositiveTokens = 30;
constexpr size_t kMinClauseTokens = 3;
constexpr size_t kMinContentTokens = 2;
constexpr size_t kMaxRelativeTokens = 4;  // "which", "something", "a proposal", "an outcome" before the subject.
constexpr size_t kMaxObjectTokens = 6;    // "reporters", "the BBC", "Fox News in an interview" before "that".
constexpr size_t kMaxAgentDistance = 6;   // "in the White House talks" between a passive cue and its "by".
constexpr float kPronounConfidence = 0.9f;
constexpr float kBeliefConfidence = 0.8f;

struct Candidate {
  SpeakerMention speaker;
  size_t cue_begin = 0, cue_end = 0;  // Token range; empty for a continued quote.
  size_t content_begin = 0, content_end = 0;
  std::string rule;
  float confidence = 0.0f;
  bool quoted = false;                      // The content is a direct quote.
  ContentOwner owner;                       // Whose stance the content carries (nested_report.h).
  int trailing_polarity = 0;                // See StanceInput.
  std::vector<SpeakerMention> co_speakers;  // "Merz and Macron said": Merz, who says the same.
  bool nested = false;                      // The cue stands in an earlier statement's content: that speaker's report.
};

// True when tokens[i] lies in the content of a statement found before it.
bool InsideContent(const std::vector<Candidate>& earlier, size_t i) {
  return std::any_of(earlier.begin(), earlier.end(),
                     [&](const Candidate& c) { return c.content_begin <= i && i < c.content_end; });
}

struct TokenRange {
  size_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
};

// A candidate with the cue tokens [cue_begin, cue_end) and `content`; the
// rest (quoted, owner) is filled in when it is accepted.
Candidate MakeCandidate(const SpeakerMention& speaker, size_t cue_begin, size_t cue_end, TokenRange content,
                        std::string rule, float confidence) {
  Candidate c;
  c.speaker = speaker;
  c.cue_begin = cue_begin, c.cue_end = cue_end;
  c.content_begin = content.begin, c.content_end = content.end;
  c.rule = std::move(rule);
  c.confidence = confidence;
  return c;
}

// Extraction state for one article.
class ArticleRun {
 public:
  ArticleRun(const article_internal::ExtractorMatchers& m, const Article& article)
      : m_(m),
        article_(article),
        tokens_(Tokenize(article.text)),
        quotes_(FindQuotes(tokens_, article.text)),
        speakers_(m.gazetteer, m.cues, tokens_, article.published) {}

  std::vector<ExtractedStatement> Run();

 private:
  void ProcessSentence(size_t b, size_t e);
  std::optional<Candidate> FromReportingCue(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                            const std::vector<Candidate>& earlier);
  std::optional<Candidate> FromStanceVerb(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                          const std::vector<Candidate>& earlier);
  std::optional<Candidate> FromAccordingTo(size_t b, size_t e, size_t i);
  std::optional<Candidate> FromPassive(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                       const std::vector<Candidate>& earlier);
  void Accept(Candidate c, std::vector<Candidate>* found);
  std::vector<SpeakerMention> CoordinatedSpeakers(size_t b, const SpeakerMention& speaker);
  bool OpensClauseWithSubject(size_t k, size_t e);
  bool ReportedByAnother(const std::vector<Candidate>& earlier, const Candidate& c) const;
  bool UnassertedAgreement(size_t b, const SpeakerMention& subject, size_t i) const;
  std::optional<Candidate> FromPossessiveMessage(size_t b, size_t e, size_t i);
  std::optional<Candidate> FromPossessivePosition(size_t b, size_t e, size_t i, const std::vector<Candidate>& earlier);
  std::optional<SpeakerMention> SubjectBefore(size_t b, size_t i, bool allow_appositive);
  TokenRange ContentAfter(size_t start, size_t e) const;
  TokenRange ContentBefore(size_t b, size_t x) const;
  TokenRange QuoteBefore(size_t b, size_t x) const;
  bool QuoteFollows(size_t i, size_t e) const;
  size_t TitledBegin(size_t b, size_t x) const;
  TokenRange AntecedentClause(size_t b, size_t x) const;
  bool IsClauseBoundary(size_t j) const;
  bool EndsClause(size_t i, size_t e) const;
  bool IsPassive(size_t b, size_t i) const;
  bool IsGap(size_t j) const;
  bool IsProgressive(size_t b, size_t i) const;
  bool IsCoordinator(size_t j) const;
  bool Coordinated(size_t b, size_t i) const;
  bool IsVerbUse(size_t b, size_t i, const ReportingCue& cue) const;
  bool Predicted(size_t b, size_t i, const std::vector<Candidate>& earlier) const;
  size_t AfterObject(TokenRange content) const;
  size_t SkipParenthesisBefore(size_t b, size_t end) const;
  TokenRange QuoteContent(int q) const;
  bool ClosesWithin(size_t b, size_t e) const {
    const Quote& q = quotes_.quotes[quotes_.quote_of_token[b]];
    return q.closed && q.close < e;
  }
  bool InQuote(size_t i) const { return quotes_.quote_of_token[i] >= 0; }
  bool OpensQuote(size_t i) const { return InQuote(i) && quotes_.quotes[quotes_.quote_of_token[i]].open == i; }
  bool Is(size_t i, std::string_view lower) const { return tokens_[i].lower_hash == HashLower(lower); }
  void Emit(const Candidate& c, size_t b, size_t e);
  void EmitForCoSpeakers(const Candidate& c, const ExtractedStatement& statement, Date date);
  std::string StanceQuote(const Candidate& c, size_t mention, size_t b, size_t e) const;
  ExtractedStatement Statement(const SpeakerMention& speaker, size_t cue_begin, size_t cue_end, const Candidate& c,
                               Date date) const;

  const article_internal::ExtractorMatchers& m_;
  const Article& article_;
  std::vector<Token> tokens_;
  QuoteMap quotes_;
  SpeakerResolver speakers_;
  std::vector<int> previous_topics_;    // For content pointing back ("these terms").
  std::vector<int> previous_mentions_;  // The previous sentence's topics, for "the idea".
  std::vector<int> stance_topics_;      // Topics given a stance in the current sentence.
  std::optional<SpeakerMention> last_quote_speaker_;
  std::vector<ExtractedStatement> out_;
};

TokenRange ArticleRun::QuoteContent(int q) const {
  const Quote& quote = quotes_.quotes[q];
  return TokenRange{quote.open + 1, quote.closed ? quote.close : quote.close + 1};
}

// The reported clause after a cue: a quote opening there, or the tokens up
// to the next attribution in the sentence or its end.
TokenRange ArticleRun::ContentAfter(size_t start, size_t e) const {
  size_t s = start;
  const bool colon = s < e && tokens_[s].kind == TokenKind::kColon;
  while (s < e &&
         (tokens_[s].kind == TokenKind::kComma || tokens_[s].kind == TokenKind::kColon || m_.cues.IsThat(tokens_[s]))) {
    ++s;
  }
  if (s == e && colon && e < tokens_.size() && OpensQuote(e)) return QuoteContent(quotes_.quote_of_token[e]);
  if (s < e && OpensQuote(s)) return QuoteContent(quotes_.quote_of_token[s]);
  size_t end = s;
  while (end < e) {
    const bool clause_break = tokens_[end - 1].kind == TokenKind::kComma || Is(end - 1, "and");
    if (end > s && clause_break && !InQuote(end) &&
        (m_.cues.ReportingCueAt(tokens_, end).participle || Is(end, "according"))) {
      break;
    }
    if (end > s && !InQuote(end) && m_.cues.ReportingCueAt(tokens_, end).length > 0 && Coordinated(s, end)) {
      while (end > s && (IsGap(end - 1) || IsCoordinator(end - 1))) --end;  // "…, but has previously warned"
      break;
    }
    ++end;
  }
  while (end > s && (tokens_[end - 1].kind == TokenKind::kEndPunct || tokens_[end - 1].kind == TokenKind::kComma))
    --end;
  if (end > s && InQuote(end - 1)) {
    const TokenRange quote = QuoteContent(quotes_.quote_of_token[end - 1]);
    end = std::max(end, quote.end);
  }
  return TokenRange{s, end};
}

// "… giving up territory, an outcome Zelensky has rejected": the clause
// before the comma or dash that opens the relative clause whose subject
// starts at x, or nothing when no such boundary is near.
TokenRange ArticleRun::AntecedentClause(size_t b, size_t x) const {
  size_t p = x;
  while (p > b && x - p < kMaxRelativeTokens && !IsClauseBoundary(p - 1)) --p;
  if (p == b || !IsClauseBoundary(p - 1)) return {};
  size_t q = p - 1;
  while (q > b && !IsClauseBoundary(q - 1)) --q;
  return TokenRange{q, p - 1};
}

bool ArticleRun::IsClauseBoundary(size_t j) const {
  return tokens_[j].kind == TokenKind::kComma || tokens_[j].kind == TokenKind::kDash ||
         tokens_[j].kind == TokenKind::kColon;
}

// Where the mention starting at x begins with its titles and determiner
// ("Mr Lavrov", "the Russian foreign minister, Sergei Lavrov").
size_t ArticleRun::TitledBegin(size_t b, size_t x) const {
  while (x > b && (m_.cues.IsTitleWord(tokens_[x - 1]) || m_.cues.IsDeterminer(tokens_[x - 1]))) --x;
  return x;
}

// The quote closing just before token x ("“…,” x"), if any.
TokenRange ArticleRun::QuoteBefore(size_t b, size_t x) const {
  if (x == 0 || x <= b) return {};
  size_t p = x - 1;
  if (tokens_[p].kind == TokenKind::kComma && p > b) --p;
  if (!InQuote(p) || quotes_.quotes[quotes_.quote_of_token[p]].close != p) return {};
  // A quoted fragment that ends a clause of the sentence ("Coordinating
  // sanctions would make a "material difference", the prime minister
  // said"): the whole clause was said, not only the quoted words.
  const Quote& quote = quotes_.quotes[quotes_.quote_of_token[p]];
  if (quote.open > b) return TokenRange{b, p + 1};
  return QuoteContent(quotes_.quote_of_token[p]);
}

// True when a quote opens at tokens[i], or after a comma or colon there.
bool ArticleRun::QuoteFollows(size_t i, size_t e) const {
  if (i < e && (tokens_[i].kind == TokenKind::kComma || tokens_[i].kind == TokenKind::kColon)) ++i;
  return i < e && OpensQuote(i);
}

// True when a form of "be" stands just before tokens[i] (one adverb allowed).
bool ArticleRun::IsPassive(size_t b, size_t i) const {
  for (size_t k = i; k > b && i - k < 2; --k) {
    if (m_.cues.IsBe(tokens_[k - 1])) return true;
  }
  return false;
}

// "told the BBC that Russia had …": the reported clause starts after the
// addressee and its "that", so that its own subject is found.
size_t ArticleRun::AfterObject(TokenRange content) const {
  const size_t reach = std::min(content.end, content.begin + kMaxObjectTokens);
  for (size_t k = content.begin; k < reach && !IsClauseBoundary(k); ++k) {
    if (m_.cues.IsThat(tokens_[k])) return k + 1;
  }
  return content.begin;
}

// "Zelensky said Putin would reject the truce": a cue after a modal
// (negated or not) inside another statement's content is that speaker's
// prediction of what its subject will do, not a statement of the subject's.
bool ArticleRun::Predicted(size_t b, size_t i, const std::vector<Candidate>& earlier) const {
  size_t k = i;
  if (k > b && m_.cues.IsNegator(tokens_[k - 1])) --k;
  return k > b && m_.cues.IsModal(tokens_[k - 1]) && InsideContent(earlier, i);
}

// False when the cue word at tokens[i] is no verb here: "a report", "to
// say", "the United States", or a passive ("was asked", "was called for").
bool ArticleRun::IsVerbUse(size_t b, size_t i, const ReportingCue& cue) const {
  if (tokens_[i].capitalized) return false;
  if (i > b && (m_.cues.IsDeterminer(tokens_[i - 1]) || Is(i - 1, "to"))) return false;
  return cue.participle || !IsPassive(b, i);
}

// True when tokens[i] cannot continue a clause after a speaker: the
// sentence or clause ends, or a time or place adjunct follows.
bool ArticleRun::EndsClause(size_t i, size_t e) const {
  if (i >= e || tokens_[i].kind != TokenKind::kWord) return true;
  return m_.cues.IsPreposition(tokens_[i]) || m_.cues.IsAdjunct(tokens_[i]);
}

// `end` moved before a parenthesis closing at end-1 ("Sanders (I-Vt.)").
size_t ArticleRun::SkipParenthesisBefore(size_t b, size_t end) const {
  if (end <= b || tokens_[end - 1].kind != TokenKind::kCloseParen) return end;
  for (size_t k = end - 1; k > b; --k) {
    if (tokens_[k - 1].kind == TokenKind::kOpenParen) return k - 1;
  }
  return end;
}

// The quote or clause before an attribution starting at token x.
TokenRange ArticleRun::ContentBefore(size_t b, size_t x) const {
  const TokenRange quote = QuoteBefore(b, x);
  if (!quote.empty() || x <= b) return quote;
  const size_t p = tokens_[x - 1].kind == TokenKind::kComma && x - 1 > b ? x - 2 : x - 1;
  if (tokens_[x - 1].kind != TokenKind::kComma && tokens_[x - 1].kind != TokenKind::kDash) return {};
  size_t begin = b;
  while (begin < p && tokens_[begin].kind == TokenKind::kQuote) ++begin;
  if (p + 1 < begin + kMinClauseTokens) return {};
  return TokenRange{begin, p + 1};
}

// True when tokens[j] may stand between a subject and its verb: an
// auxiliary or adverb the pack lists, or any adverb in -ly ("optimistically").
bool ArticleRun::IsGap(size_t j) const {
  const Token& t = tokens_[j];
  return m_.cues.IsSubjectGap(t) || (t.kind == TokenKind::kWord && !t.capitalized && t.text.ends_with("ly"));
}

bool ArticleRun::IsCoordinator(size_t j) const {
  return Is(j, "and") || Is(j, "but") || tokens_[j].kind == TokenKind::kComma;
}

// True when the verb at tokens[i] follows "and" or "but" (past gaps) and
// so shares the subject of the verb before it.
bool ArticleRun::Coordinated(size_t b, size_t i) const {
  size_t k = i;
  while (k > b && IsGap(k - 1)) --k;
  return k > b && (Is(k - 1, "and") || Is(k - 1, "but"));
}

// True when a participle at tokens[i] is a finite progressive ("is still
// refusing", "has been calling on"): a form of be before it, past gaps.
bool ArticleRun::IsProgressive(size_t b, size_t i) const {
  for (size_t k = i; k > b && IsGap(k - 1); --k) {
    if (m_.cues.IsBe(tokens_[k - 1])) return true;
  }
  return false;
}

std::optional<SpeakerMention> ArticleRun::SubjectBefore(size_t b, size_t i, bool allow_appositive) {
  size_t j = i;
  while (j > b && IsGap(j - 1)) --j;
  j = SkipParenthesisBefore(b, j);
  if (j == b) return std::nullopt;
  if (tokens_[j - 1].kind != TokenKind::kComma) return speakers_.PhraseEndingAt(b, j);
  if (!allow_appositive) return std::nullopt;
  // "Steve Witkoff, Trump's peace envoy, emphasized": skip the appositive;
  // one with commas of its own ("X, who lives outside the capital,
  // Sacramento, said") ends at the nearest comma after a speaker.
  for (size_t k = j - 1; k > b && j - k <= kMaxAppositiveTokens; --k) {
    if (InQuote(k - 1)) return std::nullopt;
    if (tokens_[k - 1].kind != TokenKind::kComma) continue;
    if (auto speaker = speakers_.PhraseEndingAt(b, SkipParenthesisBefore(b, k - 1))) return speaker;
  }
  return std::nullopt;
}

std::optional<Candidate> ArticleRun::FromReportingCue(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                                      const std::vector<Candidate>& earlier) {
  if (!IsVerbUse(b, i, cue) || Predicted(b, i, earlier)) return std::nullopt;
  const size_t after = i + cue.length;
  Candidate c;
  c.cue_begin = i, c.cue_end = after;
  TokenRange content;
  std::optional<SpeakerMention> speaker = SubjectBefore(b, i, !cue.participle);
  const bool after_break = i > b && (tokens_[i - 1].kind == TokenKind::kComma || Is(i - 1, "and") || Is(i - 1, "by"));
  if (speaker) {
    // “…,” Caddell told reporters: the quote, not what follows, was said.
    content = QuoteBefore(b, TitledBegin(b, speaker->begin));
    c.rule = "quote-before", c.confidence = 0.9f;
    // A clause that only ends in a quoted name ("Speaking after a meeting of
    // the "coalition of the willing", the prime minister said "we …"") is no
    // content when a quote follows the cue.
    if (content.begin == b && !OpensQuote(b) && QuoteFollows(after, e)) content = {};
    // "The plan had not arrived, Lavrov said, accusing Europe …", "…, the
    // White House said, as the war intensified": a speaker set off by
    // commas and followed by a participle or a background clause reports
    // the clause before it ("A number of countries, he said, were …" goes on).
    const bool set_off =
        after + 1 < e && tokens_[after].kind == TokenKind::kComma &&
        (m_.cues.ReportingCueAt(tokens_, after + 1).participle || m_.cues.BackgroundAt(tokens_, after + 1) > 0);
    if (content.empty() && set_off) {
      content = ContentBefore(b, TitledBegin(b, speaker->begin));
      c.rule = "inverted", c.confidence = 0.9f;
    } else if (content.empty()) {
      content = ContentAfter(after, e);
      if (cue.takes_object) content.begin = AfterObject(content);
      c.rule = "reported-speech", c.confidence = 0.8f;
    }
    if (content.end < content.begin + kMinContentTokens) {
      content = AntecedentClause(b, TitledBegin(b, speaker->begin));
      c.rule = "relative", c.confidence = 0.7f;
      int polarity = 0;
      m_.cues.StanceCueAt(std::span<const Token>(tokens_).first(after), i, &polarity);
      c.trailing_polarity = polarity;
    }
  } else if (cue.participle && after_break) {
    speaker = earlier.empty() ? speakers_.ClauseSubject(b, i) : std::optional(earlier.back().speaker);
    c.rule = "participle", c.confidence = 0.7f;
    content = ContentAfter(after, e);
  } else if (!cue.participle && Coordinated(b, i)) {
    // "Zelensky welcomed the plan and said …"
    speaker = earlier.empty() ? speakers_.ClauseSubject(b, i) : std::optional(earlier.back().speaker);
    c.rule = "coordinated", c.confidence = 0.7f;
    content = ContentAfter(after, e);
  } else if (i > b && (tokens_[i - 1].kind == TokenKind::kComma || tokens_[i - 1].kind == TokenKind::kQuote)) {
    speaker = speakers_.PhraseStartingAt(after, e);
    if (speaker && !EndsClause(speaker->end, e)) speaker.reset();  // "…, said Clinton didn't …"
    c.rule = "inverted", c.confidence = 0.9f;
    content = ContentBefore(b, i);
  }
  if (!speaker || content.end < content.begin + kMinContentTokens) return std::nullopt;
  if (cue.kind == CueKind::kInternalState) c.rule += "-belief", c.confidence *= kBeliefConfidence;
  c.speaker = *speaker;
  c.content_begin = content.begin, c.content_end = content.end;
  return c;
}

// "X welcomed the ceasefire proposal": a stance verb with an actor subject
// is itself a statement about its object, when that touches a topic. Not
// inside another statement's content ("Zelensky said Ukraine backs …").
std::optional<Candidate> ArticleRun::FromStanceVerb(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                                    const std::vector<Candidate>& earlier) {
  const bool reported = InsideContent(earlier, i);
  if (reported || !IsVerbUse(b, i, cue)) return std::nullopt;
  std::optional<SpeakerMention> speaker = SubjectBefore(b, i, true);
  // A participle takes a side when it is finite ("is refusing") or the
  // predicate of an absolute clause ("with Kyiv refusing to cede land").
  const bool absolute = speaker && speaker->begin > b && Is(speaker->begin - 1, "with");
  if (cue.participle && !IsProgressive(b, i) && !absolute) return std::nullopt;
  if (!speaker && !earlier.empty() && Coordinated(b, i)) speaker = earlier.back().speaker;
  TokenRange content = ContentAfter(i + cue.length, e);
  // The verb's object ends where a contrast or another subject opens
  // another clause ("agreed to a truce but Putin has only said …", "opposes
  // this and Trump has also ruled out …").
  for (size_t k = content.begin; k < content.end; ++k) {
    if (m_.cues.IsContrast(tokens_[k]) || OpensClauseWithSubject(k, e)) content.end = k;
  }
  if (!speaker || content.end < content.begin + kMinContentTokens) return std::nullopt;
  if (UnassertedAgreement(b, *speaker, i)) return std::nullopt;
  const StanceInput input{i, content.begin, content.end, previous_topics_, previous_mentions_};
  if (m_.stance.Find(tokens_, input).empty()) return std::nullopt;
  return MakeCandidate(*speaker, i, i + cue.length, content, "stance-verb", 0.8f);
}

// True when the narration gives an actor an agreement that it does not
// report as done ("the EU agreed to freeze the assets" is the EU's
// statement): in the perfect it recaps background ("Ukraine has publicly
// agreed to a ceasefire"), after a modal it is the writer's forecast
// ("Russia will only agree to a pause if …"), and after "whether" it is
// asked, not asserted ("asked whether Putin had agreed to a summit").
bool ArticleRun::UnassertedAgreement(size_t b, const SpeakerMention& subject, size_t i) const {
  if (m_.cues.AgreementAt(tokens_, i) == 0) return false;
  for (size_t k = b; k < subject.begin; ++k) {
    if (m_.cues.IsOpenQuestion(tokens_[k])) return true;
  }
  for (size_t k = subject.end; k < i; ++k) {
    if (m_.cues.IsModal(tokens_[k]) || m_.cues.IsPerfect(tokens_[k])) return true;
  }
  return false;
}

// "The need for a ceasefire was mentioned in the talks by Merz and
// Macron", "the plan was rejected by Kyiv": a cue after a form of be with
// "by" and its agent later in the clause. The content is the subject
// before the be, and the cue's own polarity carries over to its topics.
std::optional<Candidate> ArticleRun::FromPassive(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                                 const std::vector<Candidate>& earlier) {
  size_t be = i;
  while (be > b && IsGap(be - 1) && !m_.cues.IsBe(tokens_[be - 1])) --be;
  if (be == b || !m_.cues.IsBe(tokens_[be - 1]) || InsideContent(earlier, i)) return std::nullopt;
  size_t by = i + cue.length;
  while (by < e && by < i + cue.length + kMaxAgentDistance && !Is(by, "by") && !IsClauseBoundary(by)) ++by;
  if (by >= e || !Is(by, "by")) return std::nullopt;
  // The agent is an actor named right after "by" ("by Christmas", "by
  // Western allies of Kyiv" name none).
  const std::optional<SpeakerMention> speaker = speakers_.PhraseStartingAt(by + 1, e);
  if (!speaker || speaker->pronoun || !speakers_.actors()[speaker->actor].resolved) return std::nullopt;
  if (TitledBegin(by + 1, speaker->begin) != by + 1 || (speaker->end < e && Is(speaker->end, "of"))) {
    return std::nullopt;
  }
  size_t begin = be - 1;
  while (begin > b && !IsClauseBoundary(begin - 1)) --begin;
  if (be - 1 < begin + kMinContentTokens) return std::nullopt;
  Candidate c = MakeCandidate(*speaker, i, i + cue.length, TokenRange{begin, be - 1}, "passive", 0.7f);
  for (size_t k = speaker->end; k + 1 < e && Is(k, "and");) {  // "by Merz and Macron"
    const std::optional<SpeakerMention> other = speakers_.PhraseStartingAt(k + 1, e);
    if (!other || other->pronoun || !speakers_.actors()[other->actor].resolved) break;
    c.co_speakers.push_back(*other);
    k = other->end;
  }
  int polarity = 0;
  m_.cues.StanceCueAt(std::span<const Token>(tokens_).first(i + cue.length), i, &polarity);
  c.trailing_polarity = polarity;
  return c;
}

// "according to X, …" and "…, according to X."
std::optional<Candidate> ArticleRun::FromAccordingTo(size_t b, size_t e, size_t i) {
  if (!(Is(i, "according") && i + 2 < e && Is(i + 1, "to"))) return std::nullopt;
  std::optional<SpeakerMention> speaker = speakers_.PhraseStartingAt(i + 2, e);
  if (!speaker) return std::nullopt;
  TokenRange content = ContentBefore(b, i);
  if (content.empty()) content = ContentAfter(speaker->end, e);
  if (content.empty()) return std::nullopt;
  return MakeCandidate(*speaker, i, i + 2, content, "according-to", 0.8f);
}

// "X's message was …", "X's view is that …".
std::optional<Candidate> ArticleRun::FromPossessiveMessage(size_t b, size_t e, size_t i) {
  if (tokens_[i].kind != TokenKind::kPossessive || i + 3 >= e) return std::nullopt;
  if (!m_.cues.IsMessageNoun(tokens_[i + 1]) || !(Is(i + 2, "was") || Is(i + 2, "is"))) return std::nullopt;
  std::optional<SpeakerMention> speaker = speakers_.PhraseEndingAt(b, i);
  const TokenRange content = ContentAfter(i + 3, e);
  if (!speaker || content.empty()) return std::nullopt;
  return MakeCandidate(*speaker, i + 1, i + 3, content, "possessive-message", 0.7f);
}

// "Russia's demand that Ukraine withdraw from the Donbas", "Kyiv's refusal to
// cede land": a position noun after a possessor states the possessor's
// position on the first topic after the noun: the content runs from the
// noun, so that its polarity counts, to that topic ("Kyiv's refusal to cede
// land stalled the talks" says nothing about talks).
// Inside another statement's content the possessor's position is that
// speaker's characterisation, and gives the possessor nothing.
std::optional<Candidate> ArticleRun::FromPossessivePosition(size_t b, size_t e, size_t i,
                                                            const std::vector<Candidate>& earlier) {
  // The noun needs a complement ("demand that …", "refusal to …"): "Moscow's
  // demands, it also …" names a position without stating it.
  if (tokens_[i].kind != TokenKind::kPossessive || i + 2 >= e || !m_.cues.IsPositionNoun(tokens_[i + 1]) ||
      tokens_[i + 2].kind != TokenKind::kWord) {
    return std::nullopt;
  }
  const bool reported = InsideContent(earlier, i);
  std::optional<SpeakerMention> speaker = reported ? std::nullopt : speakers_.PhraseEndingAt(b, i);
  TokenRange content = ContentAfter(i + 1, e);
  content.end = m_.stance.FirstMentionEnd(tokens_, content.begin, content.end);
  if (!speaker || content.end < content.begin + kMinContentTokens) return std::nullopt;
  const StanceInput input{i + 1, content.begin, content.end, previous_topics_, previous_mentions_};
  if (m_.stance.Find(tokens_, input).empty()) return std::nullopt;
  return MakeCandidate(*speaker, i + 1, i + 2, content, "possessive-position", 0.7f);
}

void ArticleRun::ProcessSentence(size_t b, size_t e) {
  // A pronoun prefers the subject of its own sentence ("Trump said …,
  // although he added …"), then the most recent one.
  const std::optional<SpeakerMention> subject = speakers_.ClauseSubject(b, e);
  if (subject && !subject->pronoun) speakers_.NoteSubject(*subject);
  std::vector<Candidate> found;
  for (size_t i = b; i < e; ++i) {
    if (InQuote(i)) continue;
    std::optional<Candidate> c;
    const ReportingCue cue = m_.cues.ReportingCueAt(std::span<const Token>(tokens_).first(e), i);
    if (cue.length > 0) c = FromPassive(b, e, i, cue, found);
    if (cue.length > 0 && !c) {
      c = cue.kind == CueKind::kStance ? FromStanceVerb(b, e, i, cue, found) : FromReportingCue(b, e, i, cue, found);
    }
    if (!c) c = FromAccordingTo(b, e, i);
    if (!c) c = FromPossessiveMessage(b, e, i);
    if (!c) c = FromPossessivePosition(b, e, i, found);
    if (!c) continue;
    if (c->speaker.end <= c->cue_begin && !c->speaker.pronoun) c->co_speakers = CoordinatedSpeakers(b, c->speaker);
    c->nested = c->rule.starts_with("reported-speech") && ReportedByAnother(found, *c);
    Accept(*c, &found);
    i = std::max(i, found.back().cue_end - 1);
  }
  // A quote opening the sentence with no cue of its own continues the
  // previous sentence's speaker ("…,” said Caddell. “Yesterday, …”).
  if (found.empty() && last_quote_speaker_ && OpensQuote(b) && ClosesWithin(b, e) && !tokens_[b].paragraph_before) {
    const TokenRange q = QuoteContent(quotes_.quote_of_token[b]);
    Accept(MakeCandidate(*last_quote_speaker_, b, b, q, "quote-continued", 0.7f), &found);
  }
  // "Zelensky and Putin had agreed to such a summit, Trump said": a stance
  // verb in the content of a statement found after it is reported, and no
  // statement of its own.
  std::vector<bool> reported(found.size());
  for (size_t k = 0; k < found.size(); ++k) {
    reported[k] = found[k].rule == "stance-verb" && ReportedByAnother(found, found[k]);
  }
  for (size_t k = 0; k < found.size(); ++k) {
    if (!reported[k]) Emit(found[k], b, e);
  }
  last_quote_speaker_.reset();
  if (!found.empty() && found.back().quoted) last_quote_speaker_ = found.back().speaker;
  // Content pointing back refers to what the previous sentence took a
  // stance on, or else to whatever topics it named: those are read only
  // when there is no stance to fall back on (StanceFinder::Find).
  previous_topics_ = stance_topics_;
  previous_mentions_.clear();
  if (stance_topics_.empty()) previous_mentions_ = m_.stance.TopicsIn(tokens_, b, e);
  stance_topics_.clear();
  // A sentence with neither a named subject nor a statement ("That prospect
  // has Zelensky concerned.") hands a later pronoun to the person it names.
  // One opening with a name the rules could not take as subject ("Carney—
  // who … —has outlined …") does not.
  const bool opens_with_name = tokens_[b].capitalized && !m_.cues.IsFunctionWord(tokens_[b]);
  speakers_.NoteMentions(b, e, !subject && found.empty() && !opens_with_name);
}

// True when "and" at tokens[k] joins a clause with a subject of its own: an
// actor followed by an auxiliary, adverb or reporting verb ("and Trump has
// also ruled out"), not a second object ("backs Ukraine and Moldova joining").
bool ArticleRun::OpensClauseWithSubject(size_t k, size_t e) {
  if (!Is(k, "and") || k + 2 >= e || !tokens_[k + 1].capitalized) return false;
  const std::optional<SpeakerMention> subject = speakers_.PhraseStartingAt(k + 1, e);
  if (!subject || subject->pronoun || subject->end >= e) return false;
  return IsGap(subject->end) || m_.cues.ReportingCueAt(tokens_, subject->end).length > 0;
}

// True when c's cue stands in the content of a statement found before it
// whose speaker is another actor ("Zelensky said Putin told Trump …"; not
// "Rubio said he had urged …"), outside a background clause of that content
// ("…, after Russia rejected a truce" is narration of Russia's act).
bool ArticleRun::ReportedByAnother(const std::vector<Candidate>& earlier, const Candidate& c) const {
  return std::any_of(earlier.begin(), earlier.end(), [&](const Candidate& outer) {
    if (outer.content_begin > c.cue_begin || c.cue_begin >= outer.content_end) return false;
    for (size_t k = outer.content_begin; k < c.speaker.begin; ++k) {
      if (m_.cues.BackgroundAt(tokens_, k) > 0) return false;
    }
    return outer.speaker.actor != c.speaker.actor;
  });
}

// The actors joined to a subject by "and" ("Merz and Macron said", "Kyiv
// and European allies said"), each a speaker of the same statement. The
// first of them must open its clause, so that an object before the subject
// ("Trump met Putin and Zelensky said …") is not taken for one.
std::vector<SpeakerMention> ArticleRun::CoordinatedSpeakers(size_t b, const SpeakerMention& speaker) {
  std::vector<SpeakerMention> co_speakers;
  size_t j = speaker.begin;
  while (j > b + 1 && Is(j - 1, "and")) {
    const std::optional<SpeakerMention> other = speakers_.PhraseEndingAt(b, j - 1);
    if (!other || other->pronoun || other->actor == speaker.actor) break;
    co_speakers.push_back(*other);
    j = other->begin;
  }
  while (j > b && (Is(j - 1, "both") || Is(j - 1, "but"))) --j;
  const bool opens_clause = j == b || tokens_[j - 1].kind == TokenKind::kComma;
  if (!opens_clause) co_speakers.clear();
  std::erase_if(co_speakers, [&](const SpeakerMention& m) { return !speakers_.actors()[m.actor].resolved; });
  return co_speakers;
}

// Adds `c` to `found`: its speaker becomes the latest subject for the
// pronouns after it, and its content's own subject is checked.
void ArticleRun::Accept(Candidate c, std::vector<Candidate>* found) {
  c.quoted = c.content_begin > 0 && InQuote(c.content_begin - 1);
  speakers_.NoteSubject(c.speaker);
  const ReportingCue cue = c.cue_end > c.cue_begin ? m_.cues.ReportingCueAt(tokens_, c.cue_begin) : ReportingCue();
  // A relative clause's antecedent is what the speaker takes a side on,
  // whoever its own subject is.
  if (c.trailing_polarity == 0) {
    c.owner = FindContentOwner(&speakers_, m_.cues, tokens_, cue, c.speaker.actor, c.content_begin, c.content_end);
  }
  found->push_back(std::move(c));
}

// The statement of `speaker` with the cue [cue_begin, cue_end) and c's
// content, on no topic yet.
ExtractedStatement ArticleRun::Statement(const SpeakerMention& speaker, size_t cue_begin, size_t cue_end,
                                         const Candidate& c, Date date) const {
  const DocumentActor& actor = speakers_.actors()[speaker.actor];
  ExtractedStatement s;
  s.actor = actor.name;
  s.actor_kind = actor.kind;
  s.resolved = actor.resolved;
  s.actor_span = Span{tokens_[speaker.begin].span.begin, tokens_[speaker.end - 1].span.end};
  if (cue_end > cue_begin) {
    s.cue_span = Span{tokens_[cue_begin].span.begin, tokens_[cue_end - 1].span.end};
    s.cue = article_.text.substr(s.cue_span.begin, s.cue_span.end - s.cue_span.begin);
  }
  s.content_span = Span{tokens_[c.content_begin].span.begin, tokens_[c.content_end - 1].span.end};
  s.quote = article_.text.substr(s.content_span.begin, s.content_span.end - s.content_span.begin);
  s.rule = c.rule;
  s.date = date;
  s.confidence = c.confidence * (speaker.pronoun ? kPronounConfidence : 1.0f);
  return s;
}

// The words that carry a stance: the clause of the content around the
// mention that decided it, or the whole sentence when the content only
// points back ("rejected these terms").
std::string ArticleRun::StanceQuote(const Candidate& c, size_t mention, size_t b, size_t e) const {
  size_t begin = b, end = e;
  if (mention < c.content_end) {
    begin = mention, end = mention + 1;
    while (begin > c.content_begin && !IsClauseBoundary(begin - 1) && !m_.cues.IsContrast(tokens_[begin - 1])) --begin;
    while (end < c.content_end && !IsClauseBoundary(end) && tokens_[end].kind != TokenKind::kEndPunct) ++end;
  }
  while (end - 1 > mention && (tokens_[end - 1].kind == TokenKind::kEndPunct || IsCoordinator(end - 1))) --end;
  while (begin < mention && IsCoordinator(begin)) ++begin;
  const size_t from = tokens_[begin].span.begin, to = tokens_[end - 1].span.end;
  return article_.text.substr(from, to - from);
}

void ArticleRun::Emit(const Candidate& c, size_t b, size_t e) {
  const Date said = FindStatementDate(tokens_, b, e, article_.published, [&](size_t i) { return !InQuote(i); });
  const Date date = said.valid() ? said : article_.published;
  const ExtractedStatement own = Statement(c.speaker, c.cue_begin, c.cue_end, c, date);
  ExtractedStatement reported;
  if (c.owner.kind == ContentOwner::Kind::kDecision) {
    reported = Statement(c.owner.other, c.owner.cue_begin, c.owner.cue_end, c, date);
    reported.rule = "reported-decision";
  }
  // A statement reported inside another's ("…, adding that the French
  // president urged a ceasefire") is the outer speaker's characterisation:
  // an attribution, but nobody's stance of its own.
  if (!own.resolved || c.nested) {
    out_.push_back(own);  // An attribution, but nobody's stance.
    return;
  }
  const StanceInput input{c.cue_begin,      c.content_begin,    c.content_end,
                          previous_topics_, previous_mentions_, c.trailing_polarity};
  bool spoke = false;
  for (const TopicStance& ts : m_.stance.Find(tokens_, input)) {
    bool to_other = false;
    if (!c.owner.Assign(ts, &to_other)) continue;
    ExtractedStatement per_topic = to_other ? reported : own;
    per_topic.topic = m_.gazetteer.lexicon().topics[ts.topic].key;
    per_topic.stance = ts.stance;
    per_topic.quote = StanceQuote(c, ts.mention, b, e);
    per_topic.confidence *= ts.confidence;
    if (ts.stance != Stance::kNeutral) stance_topics_.push_back(ts.topic);
    spoke |= !to_other;
    if (!to_other) EmitForCoSpeakers(c, per_topic, date);
    out_.push_back(std::move(per_topic));
  }
  if (!spoke) {
    EmitForCoSpeakers(c, own, date);
    out_.push_back(own);  // The speaker said something, on no topic of the lexicon.
  }
}

// The same statement, once for each of c's co-speakers.
void ArticleRun::EmitForCoSpeakers(const Candidate& c, const ExtractedStatement& statement, Date date) {
  for (const SpeakerMention& co_speaker : c.co_speakers) {
    ExtractedStatement same = Statement(co_speaker, c.cue_begin, c.cue_end, c, date);
    same.topic = statement.topic;
    same.stance = statement.stance;
    same.quote = statement.quote;
    same.confidence = statement.confidence;
    out_.push_back(std::move(same));
  }
}

std::vector<ExtractedStatement> ArticleRun::Run() {
  const std::vector<Span> sentences = m_.splitter.Split(article_.text);
  size_t t = 0;
  for (const Span& sentence : sentences) {
    while (t < tokens_.size() && tokens_[t].span.begin < sentence.begin) ++t;
    size_t e = t;
    while (e < tokens_.size() && tokens_[e].span.begin < sentence.end) ++e;
    if (e > t) ProcessSentence(t, e);
    t = e;
  }
  return std::move(out_);
}

}  // namespace

Extractor::Extractor(const Lexicon& lexicon)
    : matchers_(std::make_unique<article_internal::ExtractorMatchers>(lexicon)) {}
Extractor::~Extractor() = default;

Status Extractor::status() const {
  if (matchers_->gazetteer.lexicon().cues.empty()) {
    return Status::InvalidInput("the lexicon has no cues: its pack needs a cues.yaml (lexicon/README.md)");
  }
  return matchers_->splitter.status();
}

std::vector<ExtractedStatement> Extractor::Extract(const Article& article) const {
  if (!status().ok() || article.text.empty()) return {};
  return ArticleRun(*matchers_, article).Run();
}

}  // namespace stancekb
