// ArticleImporter: reads articles (importers/article/article_reader.h), runs
// the extractor, and stores each article with its statements as one atomic
// write: a document is stored whole or not at all. An article already stored
// (same text hash) is skipped without being extracted again. A bad item is
// reported and the batch goes on.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "importers/article/extractor.h"
#include "importers/article/read_options.h"
#include "kb/store.h"

namespace stancekb {

struct ArticleImportReport {
  size_t documents_read = 0;
  size_t documents_added = 0;
  size_t documents_already_stored = 0;
  size_t statements_added = 0;
  size_t statements_unresolved = 0;  // Attributed to no actor ("officials said"): not stored.
  size_t sentences = 0;
  std::vector<std::string> failures;  // One message per bad item, naming file and line or byte.
  std::vector<std::string> skipped;   // "PATH: reason" per entry a directory walk did not read.
};

// The lexicon the extractor uses when importing into `store`: every actor
// and topic the store knows (lexicon packs loaded, speakers met before).
Status LexiconFromStore(const Store& store, Lexicon* out);

// The whole lexicon `import articles` extracts with: LexiconFromStore, and
// the cues of the pack in `cue_dir` (empty: the default pack's; see
// LoadPackCues).
Status ImportLexicon(const Store& store, const std::string& cue_dir, Lexicon* out);

// The WriteSet that stores `article` with its resolved `statements`.
WriteSet ArticleWriteSet(const Article& article, const std::vector<ExtractedStatement>& statements);

// Called after each item with the running report (for progress lines).
using ImportProgress = std::function<void(const ArticleImportReport&)>;

// Imports every article under `path`. Returns non-OK only when `path` cannot
// be read at all or the store fails; bad items land in report->failures.
// Logs each document's fate at debug level.
Status ImportArticles(Store* store, const Extractor& extractor, const std::string& path, const ReadOptions& options,
                      ArticleImportReport* report, const ImportProgress& progress = nullptr);

}  // namespace stancekb
