// The JSON form of an extracted statement, as `stancekb extract` prints it
// (DESIGN.md "Output contracts"): fields doc actor actor_span cue cue_span
// content_span topic stance date source quote confidence rule; spans are
// [start, end) UTF-8 byte offsets into the article text.
#pragma once

#include <nlohmann/json.hpp>

#include "importers/article/article.h"
#include "importers/article/extractor.h"

namespace stancekb {

nlohmann::json ExtractedStatementToJson(const Article& article, const ExtractedStatement& statement);

}  // namespace stancekb
