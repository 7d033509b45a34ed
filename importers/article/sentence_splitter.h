// Sentence boundaries by ICU's sentence BreakIterator (run directly over
// the UTF-8 text through UText, so boundaries are byte offsets), with breaks
// after news abbreviations (Mr., Gen., Sen., Aug., …; see tokenizer.h)
// suppressed. Line breaks always end a sentence.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string_view>
#include <vector>

#include "kb/records.h"
#include "kb/status.h"

namespace stancekb {

class SentenceSplitter {
 public:
  // Builds the break iterator once; check status() before use.
  SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  [[nodiscard]] const Status& status() const { return status_; }

  // Sentence spans of `text` (valid UTF-8) without surrounding whitespace.
  // Thread-safe: each call works on its own clone of the iterator.
  std::vector<Span> Split(std::string_view text) const;

 private:
  std::unique_ptr<icu::BreakIterator> prototype_;
  Status status_;
};

}  // namespace stancekb
