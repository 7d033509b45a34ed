// ArticleRun: the extraction state of one article, shared by the files
// that implement it: statement_spans.cc (where a statement's subject and
// content lie), statement_finders.cc (the rules that find candidate
// statements) and extractor.cc (accepting candidates, reading their stances,
// and the public Extractor). Internal to the article importer.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/article/cue_lexicon.h"
#include "importers/article/extractor.h"
#include "importers/article/gazetteer.h"
#include "importers/article/nested_report.h"
#include "importers/article/quote_finder.h"
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
  // Reports speech (a speech cue, "according to", a continued quote), not a
  // belief nor a side that narration gives an actor with a stance verb or
  // position noun ("Russia's demand for …"). Set by Accept.
  bool speech = false;
};

// True when tokens[i] lies in the content of a statement found before it.
inline bool InsideContent(const std::vector<Candidate>& earlier, size_t i) {
  return std::any_of(earlier.begin(), earlier.end(),
                     [&](const Candidate& c) { return c.content_begin <= i && i < c.content_end; });
}

struct TokenRange {
  size_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
};

// A candidate with the cue tokens [cue_begin, cue_end) and `content`; the
// rest (quoted, owner) is filled in when it is accepted.
inline Candidate MakeCandidate(const SpeakerMention& speaker, size_t cue_begin, size_t cue_end, TokenRange content,
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
  std::optional<Candidate> FromContinuedQuote(size_t b, size_t e) const;
  bool AttributedAfter(int q) const;
  bool IsTitleQuote(int q) const;
  std::optional<Candidate> FromPassive(size_t b, size_t e, size_t i, const ReportingCue& cue,
                                       const std::vector<Candidate>& earlier);
  void Accept(Candidate c, std::vector<Candidate>* found);
  std::vector<SpeakerMention> CoordinatedSpeakers(size_t b, const SpeakerMention& speaker);
  bool OpensClauseWithSubject(size_t k, size_t e);
  bool ReportedByAnother(const std::vector<Candidate>& earlier, const Candidate& c) const;
  bool InBackgroundOfContent(const std::vector<Candidate>& earlier, size_t at) const;
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
  std::optional<SpeakerMention> paragraph_speaker_;           // Of the last statement in this paragraph.
  std::optional<SpeakerMention> previous_paragraph_speaker_;  // Of the last one in the paragraph before.
  std::vector<ExtractedStatement> out_;
};

}  // namespace article_internal
}  // namespace stancekb
