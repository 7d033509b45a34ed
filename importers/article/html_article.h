// HTML pages saved from news sites, parsed with gumbo (an HTML5 parser, so
// broken markup is repaired the way browsers do). The article text is the
// paragraphs (p, h1-h6, li, blockquote) of the <article> element, or of
// <body> when there is none, one paragraph per line, separated by blank lines.
// Metadata comes from the usual meta tags: og:title / <title>,
// article:published_time / datePublished / date, og:site_name / publisher,
// og:url / canonical link.
#pragma once

#include <string>

#include "importers/article/article.h"
#include "importers/article/read_options.h"

namespace stancekb {

// Builds *out from an HTML page's bytes (already checked by CheckTextBytes).
// Spans of later extraction refer to the extracted text, not to the HTML.
Status ParseHtmlArticle(const std::string& path, const std::string& bytes, const ReadOptions& options, Article* out);

}  // namespace stancekb
