// Imports extracted document lines (extracted_document.h): the output of
// `stancekb extract --documents` run elsewhere, e.g. over partitions of a
// corpus on a cluster. Each document is stored with its statements exactly
// as ImportArticles stores the same article extracted here (the same
// WriteSet, ArticleWriteSet), so the same lines in the same order give the
// same ids, spans and answers; a document already stored, or met earlier in
// the import, is skipped with its statements, as ImportArticles skips it.
//
// Every file given (a directory: its files in name order, hidden ones
// skipped) is added in one atomic bulk write (Store::ApplyAll): the whole
// import is stored, or on any error or crash none of it. Without skip_bad a
// bad line stops the import with "FILE:LINE: reason" and nothing is stored;
// with skip_bad the good lines are stored and each bad one is listed.
//
// Lines name the version and lexicon that extracted them (ExtractorStamp).
// Statements extracted by another version, or with a lexicon other than
// the one ImportArticles would use here (ImportLexicon), may differ from
// what ImportArticles would store: such documents are stored as extracted
// and counted in the report.
#pragma once

#include <string>
#include <vector>

#include "importers/article/article_importer.h"
#include "importers/article/extracted_document.h"
#include "kb/store.h"

namespace stancekb {

struct ExtractedImportOptions {
  bool skip_bad = false;
  BulkOptions bulk;
};

struct ExtractedImportReport {
  // documents_read counts the lines read; failures lists the bad ones.
  ArticleImportReport documents;
  // Documents extracted by another version or with another lexicon than
  // `expected`; the first of them as "FILE:LINE", and its stamp.
  size_t other_extractor = 0;
  std::string first_other_extractor;
  ExtractorStamp first_other_stamp;
  ExtractorStamp expected;  // This build's version, the digest of `lexicon`.
};

// `lexicon` is what ImportArticles would extract with here (ImportLexicon),
// to which the lines' stamps are compared. Returns non-OK, having stored
// nothing, when a path cannot be read, a line is bad (without skip_bad) or
// the store fails.
Status ImportExtracted(Store* store, const Lexicon& lexicon, const std::vector<std::string>& paths,
                       const ExtractedImportOptions& options, ExtractedImportReport* report,
                       const ImportProgress& progress = nullptr);

}  // namespace stancekb
