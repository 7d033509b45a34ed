// Reading articles from files, directories, feeds and stdin. Each article
// (a file, or one line of a JSONL feed) is reported on its own, so one bad
// item never stops the rest of a batch.
#pragma once

#include <functional>
#include <string>

#include "importers/article/article.h"
#include "importers/article/read_options.h"
#include "kb/status.h"

namespace stancekb {

// Called once per item: `status` is OK and `article` complete, or `status`
// names the file (and line or byte) of a bad item and `article` is empty.
using ArticleSink = std::function<void(const Status& status, Article article)>;

// Called for each entry a directory walk passes over, with the reason.
using SkipSink = std::function<void(const std::string& path, const std::string& reason)>;

// Whether a file of this name is read as a JSONL feed (.jsonl, .ndjson).
bool IsFeedFileName(const std::string& name);

// Reads PATH: "-" is stdin (format guessed from its content), a file is read
// by its extension: .html/.htm/.xhtml → HTML page, .jsonl/.ndjson → JSONL
// feed, anything else → plain text. A directory is walked recursively in name
// order: hidden entries are passed over silently, files with one of those
// extensions or .txt are read, and every other entry (another extension, a
// broken link, a FIFO) goes to `skipped`. A UTF-8 byte order mark at the start
// of a file is dropped. Returns non-OK only when PATH itself cannot be opened.
Status ReadArticles(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                    const SkipSink& skipped = nullptr);

// Parses one document's bytes (a leading byte order mark dropped).
// `format_hint` is the file name used to choose
// the format by extension ("" guesses from the content).
void ReadArticleBytes(const std::string& name, const std::string& format_hint, std::string bytes,
                      const ReadOptions& options, const ArticleSink& sink);

}  // namespace stancekb
