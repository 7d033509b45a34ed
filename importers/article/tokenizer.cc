#include "importers/article/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <string>

namespace stancekb {

namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;
constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

uint64_t Mix(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

// Hashes `word` lower-cased (ASCII) with ’ read as '.
uint64_t HashFolded(std::string_view word) {
  uint64_t h = kFnvOffset;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == kCurlyApostrophe) {
      h = Mix(h, '\'');
      i += 2;
      continue;
    }
    const auto c = static_cast<unsigned char>(word[i]);
    h = Mix(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return h;
}

UChar32 CodePointAt(std::string_view text, size_t i, size_t* next) {
  int32_t offset = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, static_cast<int32_t>(text.size()), c);
  *next = static_cast<size_t>(offset);
  return c;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsQuoteMark(UChar32 c) {
  switch (c) {
    case '"':
    case '\'':
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0x00AB:
    case 0x00BB:
    case 0x201E:
    case 0x2039:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

TokenKind PunctKind(UChar32 c) {
  if (IsQuoteMark(c)) return TokenKind::kQuote;
  switch (c) {
    case ',':
      return TokenKind::kComma;
    case ':':
    case ';':
      return TokenKind::kColon;
    case 0x2014:
    case 0x2013:
    case '-':
      return TokenKind::kDash;
    case '(':
    case '[':
      return TokenKind::kOpenParen;
    case ')':
    case ']':
      return TokenKind::kCloseParen;
    case '.':
    case '!':
    case '?':
    case 0x2026:
      return TokenKind::kEndPunct;
    default:
      return TokenKind::kOther;
  }
}

// End of the word starting at `begin`, keeping inner hyphens, apostrophes
// (but not a possessive 's) and the periods of initialisms such as "U.S.".
size_t WordEnd(std::string_view text, size_t begin) {
  size_t i = begin;
  size_t segment_letters = 0;  // Word characters since the last period.
  bool has_period = false;
  while (i < text.size()) {
    size_t next;
    const UChar32 c = CodePointAt(text, i, &next);
    if (IsWordChar(c)) {
      ++segment_letters;
      i = next;
      continue;
    }
    size_t after;
    const UChar32 d = next < text.size() ? CodePointAt(text, next, &after) : 0;
    const bool followed_by_word = IsWordChar(d);
    if ((c == '-' || c == 0x2010) && followed_by_word) {
      i = next, segment_letters = 0;
    } else if (IsApostrophe(c) && followed_by_word) {
      size_t after_s;
      const bool possessive =
          (d == 's' || d == 'S') && (after >= text.size() || !IsWordChar(CodePointAt(text, after, &after_s)));
      if (possessive) break;
      i = next;
    } else if (c == '.' && segment_letters == 1 && (followed_by_word || has_period)) {
      has_period = true;
      segment_letters = 0;
      i = next;
      if (!followed_by_word) break;
    } else {
      break;
    }
  }
  return i;
}

// "it's", "that's", "he's": after these pronouns 's is "is" or "has",
// never a possessive. A fixed list of English orthography, like the
// abbreviations below, rather than lexicon data.
bool IsContractingPronoun(const Token& t) {
  static const uint64_t kPronouns[] = {HashFolded("it"),   HashFolded("that"), HashFolded("there"), HashFolded("here"),
                                       HashFolded("what"), HashFolded("who"),  HashFolded("he"),    HashFolded("she")};
  return std::find(std::begin(kPronouns), std::end(kPronouns), t.lower_hash) != std::end(kPronouns);
}

bool AllDigits(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
}

}  // namespace

const std::vector<std::string_view>& NewsAbbreviations() {
  static const std::vector<std::string_view> kAbbreviations = {
      "Mr",   "Mrs", "Ms",   "Dr",   "Sen",  "Rep", "Gov", "Gen", "Lt",   "Col", "Capt",   "Maj",
      "Sgt",  "Adm", "Cmdr", "Prof", "Rev",  "St",  "Jr",  "Sr",  "Pres", "Amb", "Atty",   "Supt",
      "Insp", "Cpl", "Pvt",  "Hon",  "Jan",  "Feb", "Mar", "Apr", "Aug",  "Sep", "Sept",   "Oct",
      "Nov",  "Dec", "Inc",  "Co",   "Corp", "Ltd", "No",  "vs",  "Mt",   "Ft",  "approx", "est"};
  return kAbbreviations;
}

bool IsNewsAbbreviation(std::string_view word) {
  const auto& list = NewsAbbreviations();
  return std::find(list.begin(), list.end(), word) != list.end();
}

uint64_t HashLower(std::string_view word) { return HashFolded(word); }

uint64_t HashExact(std::string_view word) {
  if (word == "The" || word == "A" || word == "An") return HashFolded(word);
  uint64_t h = kFnvOffset;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == kCurlyApostrophe) {
      h = Mix(h, '\'');
      i += 2;
      continue;
    }
    h = Mix(h, static_cast<unsigned char>(word[i]));
  }
  return h;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  int newlines = 0;
  for (size_t i = 0; i < text.size();) {
    size_t next;
    const UChar32 c = CodePointAt(text, i, &next);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || u_isspace(c)) {
      newlines += c == '\n';
      i = next;
      continue;
    }
    Token token;
    token.newline_before = newlines > 0;
    token.paragraph_before = newlines > 1;
    newlines = 0;
    size_t end = next;
    if (IsWordChar(c)) {
      end = WordEnd(text, i);
      const std::string_view word = text.substr(i, end - i);
      const bool initial = word.size() == 1 && c >= 'A' && c <= 'Z';
      if (end < text.size() && text[end] == '.' && (initial || IsNewsAbbreviation(word))) ++end;
      token.kind = AllDigits(word) ? TokenKind::kNumber : TokenKind::kWord;
      token.capitalized = u_isupper(c);
    } else if (IsApostrophe(c) && !tokens.empty() && tokens.back().span.end == i && next < text.size() &&
               (text[next] == 's' || text[next] == 'S')) {
      end = next + 1;
      token.kind = IsContractingPronoun(tokens.back()) ? TokenKind::kWord : TokenKind::kPossessive;
    } else if ((c == '\'' || c == '`') && next < text.size() && text[next] == static_cast<char>(c)) {
      end = next + 1;  // '' and `` stand for a double quote mark in some archives.
      token.kind = TokenKind::kQuote;
    } else {
      token.kind = PunctKind(c);
    }
    token.span = Span{static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
    token.text = text.substr(i, end - i);
    token.exact_hash = HashExact(token.text);
    token.lower_hash = HashLower(token.text);
    if (token.kind == TokenKind::kWord && IsApostrophe(c)) token.exact_hash = token.lower_hash = HashLower("is");
    tokens.push_back(token);
    i = end;
  }
  return tokens;
}

}  // namespace stancekb
