#include "importers/article/extracted_document.h"

#include <nlohmann/json.hpp>

#include "importers/article/statement_json.h"
#include "importers/article/text_check.h"

namespace stancekb {

namespace {

Status ReadString(const nlohmann::json& json, const char* key, bool required, std::string* out) {
  auto it = json.find(key);
  if (it == json.end() && !required) return Status::Ok();
  if (it == json.end() || !it->is_string())
    return Status::InvalidInput(std::string("field '") + key + "' must be a string");
  *out = it->get<std::string>();
  return Status::Ok();
}

Status ReadArticle(const nlohmann::json& json, Article* out) {
  std::string date;
  Status s = ReadString(json, "doc", false, &out->path);
  if (s.ok()) s = ReadString(json, "title", false, &out->title);
  if (s.ok()) s = ReadString(json, "source", false, &out->source);
  if (s.ok()) s = ReadString(json, "url", false, &out->url);
  if (s.ok()) s = ReadString(json, "date", true, &date);
  if (s.ok()) s = Date::Parse(date, &out->published).WithPrefix("field 'date'");
  if (s.ok()) s = ReadString(json, "text", true, &out->text);
  if (s.ok()) s = CheckTextBytes("field 'text'", out->text);
  return s;
}

Status ReadStamp(const nlohmann::json& json, ExtractorStamp* out) {
  auto it = json.find("extractor");
  if (it == json.end() || !it->is_object()) return Status::InvalidInput("field 'extractor' must be an object");
  Status s = ReadString(*it, "stancekb", true, &out->version);
  return s.ok() ? ReadString(*it, "lexicon", true, &out->lexicon) : s;
}

Status ReadStatements(const nlohmann::json& json, size_t text_size, std::vector<ExtractedStatement>* out) {
  auto it = json.find("statements");
  if (it == json.end() || !it->is_array()) return Status::InvalidInput("field 'statements' must be an array");
  out->resize(it->size());
  for (size_t i = 0; i < it->size(); ++i) {
    Status s = StatementFromJson((*it)[i], text_size, &(*out)[i]);
    if (!s.ok()) return s.WithPrefix("statement " + std::to_string(i + 1));
  }
  return Status::Ok();
}

}  // namespace

std::string_view StancekbVersion() { return STANCEKB_VERSION; }

Status ExtractedDocumentLine(const Article& article, const std::vector<ExtractedStatement>& statements,
                             const ExtractorStamp& stamp, std::string* line) {
  nlohmann::json json{
      {"doc", article.path},
      {"title", article.title},
      {"date", article.published.ToString()},
      {"source", article.source},
      {"url", article.url},
      {"text", article.text},
      {"statements", nlohmann::json::array()},
      {"extractor", {{"stancekb", stamp.version}, {"lexicon", stamp.lexicon}}},
  };
  for (const ExtractedStatement& statement : statements) json["statements"].push_back(StatementToJson(statement));
  try {
    *line = json.dump();
  } catch (const nlohmann::json::type_error& e) {
    return Status::InvalidInput(article.path + ": cannot write the extracted document: " + e.what());
  }
  if (line->size() <= kMaxExtractedLineBytes) return Status::Ok();
  return Status::InvalidInput(article.path + ": the extracted document would be longer than " +
                              std::to_string(kMaxExtractedLineBytes >> 20) + " MiB");
}

Status ParseExtractedDocumentLine(std::string_view line, ExtractedDocument* out) {
  const nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::InvalidInput("not valid JSON");
  if (!json.is_object()) return Status::InvalidInput("expected a JSON object");
  ExtractedDocument document;
  Status s = ReadArticle(json, &document.article);
  if (s.ok()) s = ReadStatements(json, document.article.text.size(), &document.statements);
  if (s.ok()) s = ReadStamp(json, &document.stamp);
  if (s.ok()) *out = std::move(document);
  return s;
}

}  // namespace stancekb
