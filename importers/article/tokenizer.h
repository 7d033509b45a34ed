// Tokens of article text for the rule matchers: words (with abbreviation
// periods and inner hyphens/apostrophes kept, "U.S.", "cease-fire"), numbers,
// possessive "'s", quote marks and other punctuation, each with its byte span.
// Hand-written rather than ICU's word BreakIterator because the matchers
// need news-specific decisions (abbreviations, possessives, quote direction)
// and this runs at several hundred MB/s.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kb/records.h"

namespace stancekb {

enum class TokenKind : uint8_t {
  kWord,
  kNumber,
  kPossessive,  // "'s" or "’s" after a word; after it, that, he… it is a word read as "is".
  kQuote,       // Any quote mark: " “ ” ‘ ’ « » „ '' `` (see quote_finder.h for direction).
  kComma,
  kColon,  // ":" or ";" ends a clause.
  kDash,   // "—", "–", " - ".
  kOpenParen,
  kCloseParen,
  kEndPunct,  // . ! ? …
  kOther,
};

struct Token {
  Span span;
  std::string_view text;
  uint64_t exact_hash = 0;  // Of the text as written ("the"/"The" both hash as "the").
  uint64_t lower_hash = 0;  // Of the ASCII-lower-cased text, curly apostrophes as '.
  TokenKind kind = TokenKind::kOther;
  bool capitalized = false;       // First letter is upper case.
  bool newline_before = false;    // A line break separates it from the previous token.
  bool paragraph_before = false;  // A blank line separates it from the previous token.
};

// Hash of a phrase word as the tokenizer would compute it.
uint64_t HashExact(std::string_view word);
uint64_t HashLower(std::string_view word);

// Tokenizes `text` (valid UTF-8). Offsets are into `text`.
std::vector<Token> Tokenize(std::string_view text);

// True for "Mr", "Gen", "Sen", "Jan", … (without the period): words whose
// period does not end a sentence. Shared with the sentence splitter.
bool IsNewsAbbreviation(std::string_view word_without_period);
const std::vector<std::string_view>& NewsAbbreviations();

}  // namespace stancekb
