// Lexicons and helpers shared by the article tests.
#pragma once

#include <string>
#include <vector>

#include "importers/article/article.h"
#include "importers/article/extractor.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb {

// A small hand-built lexicon: Putin (of Russia), Zelensky (of Ukraine),
// Trump (2017-2021, 2025-), Biden (2021-2025), the Kremlin, European
// leaders, the states Ukraine, Russia and the United States with their
// demonyms; topics ceasefire, sanctions, negotiations; the default pack's cues.
Lexicon SmallTestLexicon();

// The repository's lexicon/default, loaded with LoadLexicon.
Lexicon DefaultTestLexicon();

// Path of a file under the source tree, e.g. "tests/data/articles/x.txt".
std::string SourcePath(const std::string& relative);

// An article with `text` published on `date` ("YYYY-MM-DD").
Article MakeArticle(const std::string& text, const std::string& date = "2025-08-18");

// The text of `span` in `article`.
std::string SpanText(const Article& article, const Span& span);

// Statements of `article` extracted with a lexicon.
std::vector<ExtractedStatement> ExtractWith(const Lexicon& lexicon, const Article& article);

}  // namespace stancekb
