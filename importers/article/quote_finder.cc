#include "importers/article/quote_finder.h"

namespace stancekb {

namespace {

enum class Mark { kNone, kOpen, kClose, kEither };

// Reads a quote mark's direction from its glyph, or from the spacing around
// a straight (") or (') mark: space before → opening.
Mark DirectionOf(std::span<const Token> tokens, size_t i, std::string_view text) {
  const std::string_view q = tokens[i].text;
  if (q == "``" || q == "\xE2\x80\x9C" || q == "\xC2\xAB" || q == "\xE2\x80\x9E" || q == "\xE2\x80\x98" ||
      q == "\xE2\x80\xB9") {
    return Mark::kOpen;  // “ « „ ‘ ‹
  }
  if (q == "\xE2\x80\x9D" || q == "\xC2\xBB" || q == "\xE2\x80\x99" || q == "\xE2\x80\xBA") return Mark::kClose;
  const uint32_t at = tokens[i].span.begin;
  const bool space_before =
      at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '(' || text[at - 1] == '\t';
  const uint32_t end = tokens[i].span.end;
  const bool space_after = end >= text.size() || text[end] == ' ' || text[end] == '\n' || text[end] == '\r';
  if (space_before && !space_after) return Mark::kOpen;
  if (!space_before && space_after) return Mark::kClose;
  return Mark::kEither;
}

bool IsSingle(std::string_view q) { return q == "'" || q == "\xE2\x80\x98" || q == "\xE2\x80\x99"; }

}  // namespace

QuoteMap FindQuotes(std::span<const Token> tokens, std::string_view text) {
  QuoteMap map;
  map.quote_of_token.assign(tokens.size(), -1);
  bool open = false;
  bool open_single = false;
  Quote current;
  auto finish = [&](size_t close, bool closed) {
    current.close = close;
    current.closed = closed;
    const uint32_t begin = tokens[current.open].span.end;
    const uint32_t end = closed ? tokens[close].span.begin : tokens[close].span.end;
    current.content = Span{begin, std::max(begin, end)};
    const int index = static_cast<int>(map.quotes.size());
    for (size_t k = current.open; k <= close; ++k) map.quote_of_token[k] = index;
    map.quotes.push_back(current);
    open = false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool is_quote = tokens[i].kind == TokenKind::kQuote;
    const Mark mark = is_quote ? DirectionOf(tokens, i, text) : Mark::kNone;
    if (open && tokens[i].paragraph_before) {
      // News convention: a quote running on opens each new paragraph again.
      if (mark == Mark::kOpen && IsSingle(tokens[i].text) == open_single) continue;
      finish(i - 1, false);
    }
    if (!is_quote) continue;
    if (!open && (mark == Mark::kOpen || mark == Mark::kEither)) {
      open = true;
      open_single = IsSingle(tokens[i].text);
      current = Quote{i, i, false, {}};
    } else if (open && IsSingle(tokens[i].text) == open_single && mark != Mark::kOpen) {
      finish(i, true);
    }
  }
  if (open) finish(tokens.size() - 1, false);
  return map;
}

}  // namespace stancekb
