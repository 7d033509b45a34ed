#include "importers/article/jsonl_feed.h"

#include <nlohmann/json.hpp>

#include "importers/article/text_check.h"

namespace stancekb {

namespace {

std::string StringField(const nlohmann::json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Status ParseJsonlFeedLine(const std::string& where, std::string_view line, const ReadOptions& options, Article* out) {
  if (line.size() > kMaxLineBytes) {
    return Status::InvalidInput(where + ": line longer than " + std::to_string(kMaxLineBytes) + " bytes");
  }
  nlohmann::json item = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (item.is_discarded()) return Status::InvalidInput(where + ": not valid JSON");
  if (!item.is_object()) return Status::InvalidInput(where + ": expected a JSON object");
  Article article;
  article.path = where;
  article.text = StringField(item, "text");
  Status s = CheckTextBytes(where + " \"text\"", article.text);
  if (!s.ok()) return s;
  article.title = StringField(item, "title");
  article.source = StringField(item, "source");
  article.url = StringField(item, "url");
  const std::string date = StringField(item, "date");
  if (!date.empty()) {
    s = ParseDocumentDate(date, &article.published);
    if (!s.ok()) return s.WithPrefix(where + " \"date\"");
  }
  s = FinishArticle(options, &article);
  if (!s.ok()) return s;
  *out = std::move(article);
  return Status::Ok();
}

void ParseJsonlFeed(const std::string& name, std::string_view bytes, const ReadOptions& options,
                    const ArticleSink& sink) {
  size_t pos = 0;
  for (int line_no = 1; pos < bytes.size(); ++line_no) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = TrimWhitespace(bytes.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    Article article;
    Status s = ParseJsonlFeedLine(name + ":" + std::to_string(line_no), line, options, &article);
    sink(s, s.ok() ? std::move(article) : Article());
  }
}

}  // namespace stancekb
