// Plain-text articles: an optional front-matter header
//   ---
//   title: ...
//   date: YYYY-MM-DD
//   source: ...
//   url: ...
//   ---
// then the body. A last line "image source from:NAME" (as scraped text often
// ends) names the source, a slug made readable ("the-sun" → "The Sun"); it
// stays in the text so that offsets remain those of the file.
#pragma once

#include <string>

#include "importers/article/article.h"
#include "importers/article/read_options.h"

namespace stancekb {

// Builds *out from a text file's bytes (already checked by CheckTextBytes).
// Errors name `path` and the header line at fault.
Status ParseTextArticle(const std::string& path, std::string bytes, const ReadOptions& options, Article* out);

}  // namespace stancekb
