// What every article reader shares: defaults for what a document lacks and
// the final check that an article is complete.
#pragma once

#include <string>
#include <string_view>

#include "importers/article/article.h"
#include "kb/status.h"

namespace stancekb {

struct ReadOptions {
  Date default_date;           // --date: used when the document has no date.
  std::string default_source;  // --source: used when the document names none.
};

// Fills the article's missing date and source from `options`. Returns
// InvalidInput naming article->path when no date is known at all: an
// article is never stored with a made-up date. A source CheckName refuses
// (importers/common/name_check.h) is InvalidInput too.
Status FinishArticle(const ReadOptions& options, Article* article);

// Parses the date forms found in headers and meta tags: "YYYY-MM-DD",
// optionally followed by a time ("2025-08-18T10:00:00Z"), "YYYY-MM", "YYYY".
Status ParseDocumentDate(std::string_view text, Date* out);

// `text` without leading and trailing ASCII whitespace.
std::string_view TrimWhitespace(std::string_view text);

}  // namespace stancekb
