#include "importers/article/text_article.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace stancekb {

namespace {

constexpr std::string_view kSourceLinePrefix = "image source from:";

// Reads "key: value" lines up to the closing "---". Sets *body_begin to the
// byte after the header.
Status ParseHeader(const std::string& path, std::string_view bytes, Article* out, size_t* body_begin) {
  size_t pos = bytes.find('\n') + 1;  // Skip the opening "---".
  for (int line = 2; pos < bytes.size(); ++line) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view text = TrimWhitespace(bytes.substr(pos, end - pos));
    pos = end + 1;
    if (text == "---") {
      *body_begin = std::min(pos, bytes.size());
      return Status::Ok();
    }
    if (text.empty()) continue;
    const size_t colon = text.find(':');
    const std::string where = path + ": line " + std::to_string(line);
    if (colon == std::string_view::npos) return Status::InvalidInput(where + ": header line without 'key:'");
    const std::string_view key = TrimWhitespace(text.substr(0, colon));
    std::string_view value = TrimWhitespace(text.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    if (key == "title") {
      out->title = value;
    } else if (key == "source") {
      out->source = value;
    } else if (key == "url") {
      out->url = value;
    } else if (key == "date") {
      Status s = ParseDocumentDate(value, &out->published);
      if (!s.ok()) return s.WithPrefix(where);
    }
  }
  return Status::InvalidInput(path + ": line 1: front-matter header opened with '---' is never closed");
}

// "the-sun" → "The Sun", "bbc-news" → "BBC News": a slug of lower-case
// words made readable; a word without vowels is an acronym. Anything that is
// not a slug (capitals, spaces) is kept as written.
std::string PublisherName(std::string_view slug) {
  const bool is_slug = std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
  if (!is_slug) return std::string(slug);
  std::string name;
  size_t begin = 0;
  while (begin <= slug.size()) {
    size_t end = slug.find_first_of("-_", begin);
    if (end == std::string_view::npos) end = slug.size();
    std::string word(slug.substr(begin, end - begin));
    const bool acronym = word.find_first_of("aeiouy") == std::string::npos;
    for (size_t k = 0; k < word.size(); ++k) {
      if (acronym || k == 0) word[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[k])));
    }
    if (!word.empty()) name += (name.empty() ? "" : " ") + word;
    begin = end + 1;
  }
  return name;
}

// The source named by a last non-empty line "image source from:NAME", or "".
std::string_view TrailingSourceLine(std::string_view text) {
  text = TrimWhitespace(text);
  const size_t nl = text.rfind('\n');
  const std::string_view last = TrimWhitespace(nl == std::string_view::npos ? text : text.substr(nl + 1));
  if (last.substr(0, kSourceLinePrefix.size()) != kSourceLinePrefix) return {};
  return TrimWhitespace(last.substr(kSourceLinePrefix.size()));
}

}  // namespace

Status ParseTextArticle(const std::string& path, std::string bytes, const ReadOptions& options, Article* out) {
  Article article;
  article.path = path;
  size_t body_begin = 0;
  if (bytes.starts_with("---\n") || bytes.starts_with("---\r\n")) {
    Status s = ParseHeader(path, bytes, &article, &body_begin);
    if (!s.ok()) return s;
  }
  article.text_offset = static_cast<uint32_t>(body_begin);
  article.text = bytes.substr(body_begin);
  if (article.source.empty()) article.source = PublisherName(TrailingSourceLine(article.text));
  if (TrimWhitespace(article.text).empty()) return Status::InvalidInput(path + ": header but no article text");
  Status s = FinishArticle(options, &article);
  if (!s.ok()) return s;
  *out = std::move(article);
  return Status::Ok();
}

}  // namespace stancekb
