#include "importers/article/read_options.h"

#include "importers/common/name_check.h"

namespace stancekb {

std::string_view TrimWhitespace(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

Status ParseDocumentDate(std::string_view text, Date* out) {
  text = TrimWhitespace(text);
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
  return Date::Parse(text, out);
}

Status FinishArticle(const ReadOptions& options, Article* article) {
  if (!article->published.valid()) article->published = options.default_date;
  if (article->source.empty()) article->source = options.default_source;
  if (!article->published.valid()) {
    return Status::InvalidInput(article->path +
                                ": no publication date in the document; give one with --date YYYY-MM-DD");
  }
  return article->source.empty() ? Status::Ok() : CheckName("source", article->source).WithPrefix(article->path);
}

}  // namespace stancekb
