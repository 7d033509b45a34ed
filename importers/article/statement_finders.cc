// The rules that find candidate statements: a reporting cue, a stance verb,
// a passive with its agent, "according to", a possessive message or
// position; and the tests that keep one from being a statement of its own.
#include "importers/article/article_run.h"

namespace stancekb {
namespace article_internal {

namespace {

constexpr size_t kMinContentTokens = 2;
constexpr size_t kMaxAgentDistance = 6;  // "in the White House talks" between a passive cue and its "by".
constexpr float kBeliefConfidence = 0.8f;
constexpr size_t kMaxBackgroundWords = 2;  // "even as", "once a": a background phrase's length.

}  // namespace

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
// inside another statement's content ("Zelensky said Ukraine backs …"),
// unless its subject opens a background clause there ("…, days after Trump
// threatened sanctions").
std::optional<Candidate> ArticleRun::FromStanceVerb(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                                    const std::vector<Candidate>& earlier) {
  if (!IsVerbUse(b, i, cue)) return std::nullopt;
  std::optional<SpeakerMention> speaker = SubjectBefore(b, i, true);
  if (InsideContent(earlier, i) && !(speaker && InBackgroundOfContent(earlier, speaker->begin))) return std::nullopt;
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

// A quote with no cue of its own continues a speaker. One opening a
// sentence continues the previous sentence's quoted speaker ("…,” said
// Caddell. “Yesterday, …”). One opening a paragraph continues whoever spoke
// last in the paragraph before, the news convention for a paragraph of
// someone's words ("… Healey stressed that …" then "“We in the Coalition of
// the Willing …”"), unless a cue after the quote names its speaker ("“…,”
// the researchers concluded.").
std::optional<Candidate> ArticleRun::FromContinuedQuote(size_t b, size_t e) const {
  if (!OpensQuote(b)) return std::nullopt;
  const int q = quotes_.quote_of_token[b];
  if (!tokens_[b].paragraph_before) {
    if (!last_quote_speaker_ || !ClosesWithin(b, e)) return std::nullopt;
    return MakeCandidate(*last_quote_speaker_, b, b, QuoteContent(q), "quote-continued", 0.7f);
  }
  // An unclosed mark opening a paragraph is a typing slip, and a quoted
  // title ("“Legend in the Coal Fields.”") is nobody's words.
  if (!previous_paragraph_speaker_ || !quotes_.quotes[q].closed || IsTitleQuote(q) || AttributedAfter(q)) {
    return std::nullopt;
  }
  return MakeCandidate(*previous_paragraph_speaker_, b, b, QuoteContent(q), "quote-paragraph", 0.6f);
}

// True when quote q reads as a title: every word capitalized but the
// small ones.
bool ArticleRun::IsTitleQuote(int q) const {
  const TokenRange r = QuoteContent(q);
  for (size_t j = r.begin; j < r.end; ++j) {
    if (tokens_[j].kind != TokenKind::kWord || tokens_[j].capitalized) continue;
    if (!m_.cues.IsPreposition(tokens_[j]) && !m_.cues.IsDeterminer(tokens_[j]) && !IsCoordinator(j)) return false;
  }
  return true;
}

// True when a speech cue follows quote q in its paragraph.
bool ArticleRun::AttributedAfter(int q) const {
  for (size_t j = quotes_.quotes[q].close + 1; j < tokens_.size() && !tokens_[j].paragraph_before; ++j) {
    const ReportingCue cue = m_.cues.ReportingCueAt(tokens_, j);
    if (!InQuote(j) && cue.length > 0 && cue.kind != CueKind::kStance) return true;
  }
  return false;
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

// True when the subject at tokens[subject] opens a background clause in an
// earlier statement's content ("Zelensky proposed talks, days after US
// President Donald Trump threatened sanctions"): narration, not part of what
// was said. Only names and determiners may stand between the background
// word and the subject ("since last summer that Trump agrees" is no such
// clause).
bool ArticleRun::InBackgroundOfContent(const std::vector<Candidate>& earlier, size_t subject) const {
  if (!InsideContent(earlier, subject)) return false;
  size_t k = subject;
  while (k > 0 && (tokens_[k - 1].capitalized || m_.cues.IsDeterminer(tokens_[k - 1]))) --k;
  // A background phrase ending at k, whose last words may be the
  // determiners skipped above ("once the").
  for (size_t start = k; start > 0 && k - start < kMaxBackgroundWords; --start) {
    if (m_.cues.BackgroundAt(tokens_, start - 1) >= k - start + 1) return true;
  }
  return false;
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

}  // namespace article_internal
}  // namespace stancekb
