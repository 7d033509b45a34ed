#include "importers/article/article_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <vector>

#include "importers/article/html_article.h"
#include "importers/article/jsonl_feed.h"
#include "importers/article/text_article.h"
#include "importers/article/text_check.h"
#include "importers/common/file_list.h"

namespace stancekb {

namespace fs = std::filesystem;

namespace {

enum class Format { kText, kHtml, kJsonl };

// Editors on Windows start UTF-8 files with it; it is no part of the text.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// What a directory walk reads; a single file named on the command line is
// read whatever its extension.
constexpr const char* kArticleExtensions[] = {".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"};

std::string LowerExtension(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

Format GuessFormat(const std::string& hint, std::string_view bytes) {
  const std::string ext = LowerExtension(hint);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (IsFeedFileName(hint)) return Format::kJsonl;
  if (!ext.empty()) return Format::kText;
  const std::string_view start = TrimWhitespace(bytes.substr(0, 512));
  if (start.starts_with("{")) return Format::kJsonl;
  if (start.starts_with("<")) return Format::kHtml;
  return Format::kText;
}

Status ReadFile(const fs::path& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open");
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  return Status::Ok();
}

bool HasArticleExtension(const fs::path& path) {
  const std::string ext = LowerExtension(path.string());
  return std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), ext) != std::end(kArticleExtensions);
}

// The article files under `dir` in name order; every other entry, with the
// reason, goes to `skipped`.
Status ListArticleFiles(const fs::path& dir, const SkipSink& skipped, std::vector<fs::path>* out) {
  std::vector<fs::path> files;
  std::vector<PassedOver> passed_over;
  Status s = ListFilesInNameOrder(dir, &files, &passed_over);
  if (!s.ok()) return s;
  std::string known;
  for (const char* ext : kArticleExtensions) known += (known.empty() ? "" : ", ") + std::string(ext);
  for (fs::path& file : files) {
    if (HasArticleExtension(file)) {
      out->push_back(std::move(file));
    } else {
      passed_over.push_back({std::move(file), "not an article file (" + known + ")"});
    }
  }
  std::sort(passed_over.begin(), passed_over.end(),
            [](const PassedOver& a, const PassedOver& b) { return a.path < b.path; });
  for (const PassedOver& entry : passed_over) {
    if (skipped) skipped(entry.path.string(), entry.reason);
  }
  return Status::Ok();
}

void ReadOneFile(const fs::path& path, const ReadOptions& options, const ArticleSink& sink) {
  std::string bytes;
  Status s = ReadFile(path, &bytes);
  if (!s.ok()) return sink(s, Article());
  ReadArticleBytes(path.string(), path.string(), std::move(bytes), options, sink);
}

}  // namespace

bool IsFeedFileName(const std::string& name) {
  const std::string ext = LowerExtension(name);
  return ext == ".jsonl" || ext == ".ndjson";
}

void ReadArticleBytes(const std::string& name, const std::string& format_hint, std::string bytes,
                      const ReadOptions& options, const ArticleSink& sink) {
  if (std::string_view(bytes).starts_with(kByteOrderMark)) bytes.erase(0, kByteOrderMark.size());
  const Format format = GuessFormat(format_hint, bytes);
  if (format == Format::kJsonl) return ParseJsonlFeed(name, bytes, options, sink);
  Status s = CheckTextBytes(name, bytes);
  Article article;
  if (s.ok() && format == Format::kHtml) s = ParseHtmlArticle(name, bytes, options, &article);
  if (s.ok() && format == Format::kText) s = ParseTextArticle(name, std::move(bytes), options, &article);
  sink(s, s.ok() ? std::move(article) : Article());
}

Status ReadArticles(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                    const SkipSink& skipped) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    ReadArticleBytes("<stdin>", "", buffer.str(), options, sink);
    return Status::Ok();
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such file or directory");
  if (!fs::is_directory(path, ec)) {
    ReadOneFile(path, options, sink);
    return Status::Ok();
  }
  std::vector<fs::path> files;
  Status s = ListArticleFiles(path, skipped, &files);
  if (!s.ok()) return s;
  for (const fs::path& file : files) ReadOneFile(file, options, sink);
  return Status::Ok();
}

}  // namespace stancekb
