// Direct quotes: regions between matching quote marks in every style news
// uses (“…”, "…", ‘…’, '…', «…», „…“). A quote continued over paragraphs in
// the news convention (the paragraph ends without a closing mark and the
// next opens with a new one) is one region; a quote never closed ends at
// the end of its paragraph. Quotes nested inside another are part of it.
#pragma once

#include <span>
#include <vector>

#include "importers/article/tokenizer.h"

namespace stancekb {

struct Quote {
  size_t open = 0;   // Token index of the opening mark.
  size_t close = 0;  // Token index of the closing mark, or of the last token when unclosed.
  bool closed = false;
  Span content;  // Bytes between the marks.
};

struct QuoteMap {
  std::vector<Quote> quotes;        // In text order, not overlapping.
  std::vector<int> quote_of_token;  // Per token: index into quotes, or -1.
};

QuoteMap FindQuotes(std::span<const Token> tokens, std::string_view text);

}  // namespace stancekb
