// Reading articles one at a time in constant memory, for a filter on a pipe
// (`stancekb extract --documents -`): a JSONL feed, a file or standard
// input, is read line by line instead of whole; other files are read as
// ReadArticles (article_reader.h) reads them.
#pragma once

#include <cstddef>
#include <string>

#include "importers/article/article_reader.h"

namespace stancekb {

struct StreamOptions {
  // How standard input is named in article paths ("NAME:LINE") and errors,
  // and the number of its first line: a partition of a larger feed keeps
  // the feed's name and line numbers.
  std::string stdin_name = "<stdin>";
  size_t first_line = 1;
};

// Reads PATH like ReadArticles, except that "-" is always a JSONL feed and
// that feeds are streamed: each line is handed to `sink` before the next is
// read, a bad line (including one over the length limit) is reported and
// the rest still read. Returns non-OK when PATH cannot be opened or read.
Status StreamArticles(const std::string& path, const ReadOptions& options, const StreamOptions& stream,
                      const ArticleSink& sink);

}  // namespace stancekb
