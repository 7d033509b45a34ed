// An extracted document line: one article with the statements the
// extractor found in it, as `stancekb extract --documents` writes it (one
// line per article) and `stancekb import extracted` reads it back:
//   {"doc": "feed.jsonl:12", "title": …, "date": "2025-08-18",
//    "source": …, "url": …, "text": …,
//    "statements": [StatementToJson(…), …],
//    "extractor": {"stancekb": "0.1.0", "lexicon": "LEXICON-DIGEST"}}
// The article fields are those of a JSONL feed line (jsonl_feed.h), with
// date and source as stored (the --date and --source defaults applied), so
// an extracted line is also a feed line. "extractor" names what produced
// the statements: the program's version and the digest of its lexicon
// (importers/lexicon/lexicon_digest.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/article/article.h"
#include "importers/article/extractor.h"

namespace stancekb {

// The longest line ExtractedDocumentLine writes and an importer reads: an
// article's text, escaped, with its statements' quotes.
constexpr size_t kMaxExtractedLineBytes = 256u << 20;

struct ExtractorStamp {
  std::string version;  // The stancekb version that extracted.
  std::string lexicon;  // LexiconDigest of its lexicon.

  friend bool operator==(const ExtractorStamp&, const ExtractorStamp&) = default;
};

// This build's version.
std::string_view StancekbVersion();

struct ExtractedDocument {
  Article article;  // path is the "doc" field; text_offset is not kept.
  std::vector<ExtractedStatement> statements;
  ExtractorStamp stamp;
};

// The line, without its newline. Fails when a field is not valid UTF-8
// (which the readers and the extractor never produce) or the line would be
// longer than kMaxExtractedLineBytes.
Status ExtractedDocumentLine(const Article& article, const std::vector<ExtractedStatement>& statements,
                             const ExtractorStamp& stamp, std::string* line);

// Reads a line that ExtractedDocumentLine wrote. The text must be usable
// article text (text_check.h) and every span lie within it. Errors give the
// reason only; the caller adds file and line.
Status ParseExtractedDocumentLine(std::string_view line, ExtractedDocument* out);

}  // namespace stancekb
