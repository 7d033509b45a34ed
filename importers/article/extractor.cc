#include "importers/article/extractor.h"

#include "importers/article/article_run.h"
#include "importers/article/relative_date.h"

namespace stancekb {
namespace article_internal {

namespace {

constexpr float kPronounConfidence = 0.9f;

}  // namespace

void ArticleRun::ProcessSentence(size_t b, size_t e) {
  if (tokens_[b].paragraph_before) {
    previous_paragraph_speaker_ = std::move(paragraph_speaker_);
    paragraph_speaker_.reset();
  }
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
  if (found.empty()) {
    if (std::optional<Candidate> c = FromContinuedQuote(b, e)) Accept(*c, &found);
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
  if (!found.empty() && found.back().speech) paragraph_speaker_ = found.back().speaker;
  // Content pointing back refers to what the previous sentence took a
  // stance on, or else to whatever topics it named: those are read only
  // when there is no stance to fall back on (StanceFinder::Find). After a
  // sentence that names no topic ("“It was very nice,” Trump remarked."),
  // the topics before it are left to a noun that points back ("The Kremlin
  // confirmed the arrangement."), not to a bare "this".
  std::vector<int> named;
  if (stance_topics_.empty()) named = m_.stance.TopicsIn(tokens_, b, e);
  if (!stance_topics_.empty() || !named.empty()) {
    previous_topics_ = stance_topics_;
    previous_mentions_ = std::move(named);
  } else if (!previous_topics_.empty()) {
    previous_mentions_ = std::move(previous_topics_);
    previous_topics_.clear();
  }
  stance_topics_.clear();
  // A sentence with neither a named subject nor a statement ("That prospect
  // has Zelensky concerned.") hands a later pronoun to the person it names.
  // One opening with a name the rules could not take as subject ("Carney—
  // who … —has outlined …") does not.
  const bool opens_with_name = tokens_[b].capitalized && !m_.cues.IsFunctionWord(tokens_[b]);
  speakers_.NoteMentions(b, e, !subject && found.empty() && !opens_with_name);
}

// Adds `c` to `found`: its speaker becomes the latest subject for the
// pronouns after it, and its content's own subject is checked.
void ArticleRun::Accept(Candidate c, std::vector<Candidate>* found) {
  c.quoted = c.content_begin > 0 && InQuote(c.content_begin - 1);
  speakers_.NoteSubject(c.speaker);
  const ReportingCue cue = c.cue_end > c.cue_begin ? m_.cues.ReportingCueAt(tokens_, c.cue_begin) : ReportingCue();
  c.speech = cue.kind == CueKind::kSpeech;
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

}  // namespace article_internal

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
  return article_internal::ArticleRun(*matchers_, article).Run();
}

}  // namespace stancekb
