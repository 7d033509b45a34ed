// libFuzzer target: the article pipeline. The first byte picks the reader
// (.txt, .html, .jsonl or guessed from content); the rest is the document,
// read with ReadArticleBytes and, when it reads, run through the Extractor
// with the default lexicon. Any crash, leak or undefined behaviour is a bug;
// extracted spans must lie inside the text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "importers/article/article_reader.h"
#include "importers/article/extractor.h"
#include "importers/lexicon/lexicon.h"

namespace {

const stancekb::Extractor& TheExtractor() {
  static const stancekb::Lexicon* lexicon = [] {
    auto* loaded = new stancekb::Lexicon();
    if (!stancekb::LoadLexicon(stancekb::DefaultLexiconDir(), loaded).ok()) std::abort();
    return loaded;
  }();
  static const stancekb::Extractor* extractor = new stancekb::Extractor(*lexicon);
  return *extractor;
}

void CheckSpan(const stancekb::Span& span, size_t text_size) {
  if (span.begin > span.end || span.end > text_size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kHints[] = {"fuzz.txt", "fuzz.html", "fuzz.jsonl", ""};
  const std::string hint = kHints[data[0] % 4];
  stancekb::ReadOptions options;
  options.default_date = stancekb::Date::FromCivil(2025, 3, 12);
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  stancekb::ReadArticleBytes("fuzz", hint, std::move(bytes), options,
                             [](const stancekb::Status& status, stancekb::Article article) {
                               if (!status.ok()) return;
                               for (const auto& statement : TheExtractor().Extract(article)) {
                                 CheckSpan(statement.actor_span, article.text.size());
                                 CheckSpan(statement.cue_span, article.text.size());
                                 CheckSpan(statement.content_span, article.text.size());
                               }
                             });
  return 0;
}
