// Where a statement's subject and content lie: quotes before and after a
// cue, the clause a cue reports, the subject before a verb.
#include "importers/article/article_run.h"

namespace stancekb {
namespace article_internal {

namespace {

constexpr size_t kMaxAppositiveTokens = 30;
constexpr size_t kMinClauseTokens = 3;
constexpr size_t kMaxRelativeTokens = 4;  // "which", "something", "a proposal", "an outcome" before the subject.
constexpr size_t kMaxObjectTokens = 6;    // "reporters", "the BBC", "Fox News in an interview" before "that".

}  // namespace

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

}  // namespace article_internal
}  // namespace stancekb
