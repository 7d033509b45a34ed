// JSONL feeds, the shape of scraped corpora: one article a line,
//   {"title": ..., "date": "YYYY-MM-DD", "source": ..., "url": ..., "text": ...}
// Only "text" is required; blank lines are skipped.
#pragma once

#include <string>
#include <string_view>

#include "importers/article/article_reader.h"

namespace stancekb {

// Calls `sink` once per non-blank line; the article's path is "NAME:LINE".
// A broken line (bad JSON, no text, invalid UTF-8, no date) is reported
// with its line number and the following lines are still read.
void ParseJsonlFeed(const std::string& name, std::string_view bytes, const ReadOptions& options,
                    const ArticleSink& sink);

}  // namespace stancekb
