#include "importers/article/sentence_splitter.h"

#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <string>

#include "importers/article/tokenizer.h"

namespace stancekb {

namespace {

// Initialisms whose final period rarely ends a sentence in news text; single
// capitals cover middle initials ("Donald J. Trump").
std::vector<std::string> InitialismsWithPeriod() {
  std::vector<std::string> words = {"U.S.", "U.K.", "U.N.", "D.C.", "E.U."};
  for (char c = 'A'; c <= 'Z'; ++c) words.push_back(std::string(1, c) + ".");
  return words;
}

void Suppress(icu::FilteredBreakIteratorBuilder* builder, std::string_view word, UErrorCode* error) {
  if (U_SUCCESS(*error)) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())), *error);
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

void AddTrimmed(std::string_view text, int32_t begin, int32_t end, std::vector<Span>* out) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  if (begin < end) out->push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

}  // namespace

SentenceSplitter::SentenceSplitter() {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(error));
  for (std::string_view word : NewsAbbreviations()) Suppress(builder.get(), std::string(word) + ".", &error);
  for (const std::string& word : InitialismsWithPeriod()) Suppress(builder.get(), word, &error);
  if (U_SUCCESS(error)) {
    icu::BreakIterator* base = icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), error);
    if (U_SUCCESS(error)) prototype_.reset(builder->wrapIteratorWithFilter(base, error));
  }
  if (U_FAILURE(error) || prototype_ == nullptr) {
    status_ = Status::Unsupported(std::string("ICU sentence break iterator unavailable: ") + u_errorName(error));
  }
}

std::vector<Span> SentenceSplitter::Split(std::string_view text) const {
  std::vector<Span> sentences;
  if (prototype_ == nullptr || text.empty()) return sentences;
  std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
  UErrorCode error = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
  it->setText(utext, error);
  if (U_FAILURE(error)) {
    utext_close(utext);
    AddTrimmed(text, 0, static_cast<int32_t>(text.size()), &sentences);
    return sentences;
  }
  int32_t begin = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next()) {
    AddTrimmed(text, begin, end, &sentences);
  }
  utext_close(utext);
  return sentences;
}

}  // namespace stancekb
