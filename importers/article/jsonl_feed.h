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
// Parses one line of a feed; `where` ("NAME:LINE") names the article in
// its path and in errors.
Status ParseJsonlFeedLine(const std::string& where, std::string_view line, const ReadOptions& options, Article* out);

void ParseJsonlFeed(const std::string& name, std::string_view bytes, const ReadOptions& options,
                    const ArticleSink& sink);

}  // namespace stancekb
