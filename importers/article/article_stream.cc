#include "importers/article/article_stream.h"

#include <filesystem>

#include "importers/article/jsonl_feed.h"
#include "importers/article/text_check.h"
#include "importers/common/file_list.h"
#include "importers/common/line_reader.h"

namespace stancekb {

namespace {

namespace fs = std::filesystem;

Status StreamFeed(const std::string& path, const std::string& name, size_t first_line, const ReadOptions& options,
                  const ArticleSink& sink) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(path, &reader, kMaxLineBytes);
  if (!s.ok()) return s;
  std::string line;
  bool too_long = false;
  while (reader->NextOrSkip(&line, &too_long)) {
    const std::string where = name + ":" + std::to_string(first_line + reader->line_number() - 1);
    Article article;
    if (too_long) {
      s = Status::InvalidInput(where + ": line longer than " + std::to_string(kMaxLineBytes) + " bytes");
    } else if (const std::string_view trimmed = TrimWhitespace(line); trimmed.empty()) {
      continue;
    } else {
      s = ParseJsonlFeedLine(where, trimmed, options, &article);
    }
    sink(s, s.ok() ? std::move(article) : Article());
  }
  return reader->status();
}

// One file of the command line or of a directory; one that cannot be read
// is a bad item, as ReadArticles reports an unreadable file.
void StreamFile(const std::string& path, const ReadOptions& options, const ArticleSink& sink) {
  Status s = IsFeedFileName(path) ? StreamFeed(path, path, 1, options, sink) : ReadArticles(path, options, sink);
  if (!s.ok()) sink(s, Article());
}

}  // namespace

Status StreamArticles(const std::string& path, const ReadOptions& options, const StreamOptions& stream,
                      const ArticleSink& sink) {
  if (path == "-") return StreamFeed(path, stream.stdin_name, stream.first_line, options, sink);
  std::error_code ec;
  if (!fs::exists(path, ec)) return ReadArticles(path, options, sink);  // Its "no such file" error.
  std::vector<fs::path> files{path};
  if (fs::is_directory(path, ec)) {
    Status s = ListFilesInNameOrder(path, &files);
    if (!s.ok()) return s;
  }
  for (const fs::path& file : files) StreamFile(file.string(), options, sink);
  return Status::Ok();
}

}  // namespace stancekb
