#include "importers/dna/dna_fields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace stancekb {
namespace {

constexpr std::string_view kExtractorPrefix = "dna/statement#";
constexpr std::string_view kUrlScheme = "dna:";

bool ParseInt(std::string_view text, int64_t* out) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return !text.empty() && error == std::errc() && end == text.data() + text.size();
}

std::string PercentEncode(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool plain = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      out.push_back(c);
      continue;
    }
    char escaped[4];
    std::snprintf(escaped, sizeof(escaped), "%%%02X", static_cast<unsigned char>(c));
    out += escaped;
  }
  return out;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned value = 0;
    const bool escape = text[i] == '%' && i + 2 < text.size() &&
                        std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ptr == text.data() + i + 3;
    out.push_back(escape ? static_cast<char>(value) : text[i]);
    if (escape) i += 2;
  }
  return out;
}

// Sets the DnaDocument field a "name=value" query parameter names.
void SetParameter(std::string_view name, std::string value, DnaDocument* doc) {
  if (name == "document") ParseInt(value, &doc->id);
  if (name == "author") doc->author = std::move(value);
  if (name == "section") doc->section = std::move(value);
  if (name == "type") doc->type = std::move(value);
}

}  // namespace

std::string DnaExtractor(int64_t statement_id) { return std::string(kExtractorPrefix) + std::to_string(statement_id); }

bool ParseDnaExtractor(std::string_view extractor, int64_t* statement_id) {
  return extractor.substr(0, kExtractorPrefix.size()) == kExtractorPrefix &&
         ParseInt(extractor.substr(kExtractorPrefix.size()), statement_id);
}

std::string DnaDocumentUrl(const std::string& file_name, const DnaDocument& doc) {
  return std::string(kUrlScheme) + PercentEncode(file_name) + "?document=" + std::to_string(doc.id) +
         "&author=" + PercentEncode(doc.author) + "&section=" + PercentEncode(doc.section) +
         "&type=" + PercentEncode(doc.type);
}

bool ParseDnaDocumentUrl(std::string_view url, DnaDocument* out) {
  const size_t query = url.find('?');
  if (url.substr(0, kUrlScheme.size()) != kUrlScheme || query == std::string_view::npos) return false;
  std::string_view rest = url.substr(query + 1);
  while (!rest.empty()) {
    const std::string_view parameter = rest.substr(0, rest.find('&'));
    rest.remove_prefix(std::min(rest.size(), parameter.size() + 1));
    const size_t equals = parameter.find('=');
    if (equals == std::string_view::npos) return false;
    SetParameter(parameter.substr(0, equals), PercentDecode(parameter.substr(equals + 1)), out);
  }
  return true;
}

}  // namespace stancekb
