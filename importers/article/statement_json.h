// The JSON forms of an extracted statement.
//
// ExtractedStatementToJson is what `stancekb extract` prints (doc/DESIGN.md
// "Output contracts"): fields doc actor actor_span cue cue_span content_span
// topic stance date source quote confidence rule resolved; spans are
// [start, end) UTF-8 byte offsets into the article text; stance is empty
// for a statement on no topic; confidence is rounded for reading.
//
// StatementToJson is the exact form inside an extracted document line
// (extracted_document.h): every field of ExtractedStatement, so that
// StatementFromJson gives back the same statement and the store the same
// assertion. A field added to ExtractedStatement belongs in both, and in
// the round-trip test.
#pragma once

#include <nlohmann/json.hpp>

#include "importers/article/article.h"
#include "importers/article/extractor.h"

namespace stancekb {

nlohmann::json ExtractedStatementToJson(const Article& article, const ExtractedStatement& statement);

// actor actor_kind actor_span cue cue_span content_span topic stance date
// (null when the statement has none) quote confidence rule resolved.
nlohmann::json StatementToJson(const ExtractedStatement& statement);

// Reads what StatementToJson wrote. The spans must lie within a text of
// `text_size` bytes. Errors give the reason only ("statement 3: …" is for
// the caller to add).
Status StatementFromJson(const nlohmann::json& json, size_t text_size, ExtractedStatement* out);

}  // namespace stancekb
