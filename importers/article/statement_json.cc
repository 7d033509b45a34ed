#include "importers/article/statement_json.h"

#include <cmath>

namespace stancekb {

namespace {

nlohmann::json SpanToJson(const Span& span) { return nlohmann::json::array({span.begin, span.end}); }

}  // namespace

nlohmann::json ExtractedStatementToJson(const Article& article, const ExtractedStatement& s) {
  return nlohmann::json{
      {"doc", article.path},
      {"actor", s.actor},
      {"actor_span", SpanToJson(s.actor_span)},
      {"cue", s.cue},
      {"cue_span", SpanToJson(s.cue_span)},
      {"content_span", SpanToJson(s.content_span)},
      {"topic", s.topic},
      {"stance", s.topic.empty() ? std::string() : std::string(StanceName(s.stance))},
      {"date", s.date.ToString()},
      {"source", article.source},
      {"quote", s.quote},
      {"confidence", std::round(s.confidence * 100.0f) / 100.0f},
      {"rule", "article/" + s.rule},
      {"resolved", s.resolved},
  };
}

}  // namespace stancekb
