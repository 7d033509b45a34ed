#include "importers/article/extracted_importer.h"

#include <filesystem>
#include <unordered_set>

#include "importers/common/file_list.h"
#include "importers/common/line_reader.h"
#include "importers/lexicon/lexicon_digest.h"

namespace stancekb {

namespace {

namespace fs = std::filesystem;

Status ExpandPaths(const std::vector<std::string>& paths, std::vector<std::string>* files) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files->push_back(path);
      continue;
    }
    std::vector<fs::path> listed;
    Status s = ListFilesInNameOrder(path, &listed);
    if (!s.ok()) return s;
    for (const fs::path& file : listed) files->push_back(file.string());
  }
  return Status::Ok();
}

// The documents of the files, one WriteSet each (a Store::WriteSetSource).
class DocumentSource {
 public:
  DocumentSource(const Store* store, std::vector<std::string> files, const ExtractedImportOptions& options,
                 ExtractedImportReport* report, const ImportProgress& progress)
      : store_(store), files_(std::move(files)), options_(options), report_(report), progress_(progress) {}

  Status Next(WriteSet* set) {
    std::string line;
    bool too_long = false;
    while (NextLine(&line, &too_long)) {
      ExtractedDocument document;
      Status s = too_long
                     ? Status::InvalidInput("line longer than " + std::to_string(kMaxExtractedLineBytes >> 20) + " MiB")
                     : ParseExtractedDocumentLine(line, &document);
      if (!s.ok()) {
        s = Bad(s);
        if (!s.ok()) return s;
        continue;
      }
      bool take = false;
      if (!(s = Take(document, &take)).ok()) return s;
      if (progress_) progress_(report_->documents);
      if (take) {
        *set = ArticleWriteSet(document.article, document.statements);
        return Status::Ok();
      }
    }
    return open_status_;
  }

 private:
  // The next non-blank line of the files, in order; false at the end or
  // when a file cannot be opened (then open_status_ says why).
  bool NextLine(std::string* line, bool* too_long) {
    while (true) {
      if (reader_ != nullptr && reader_->NextOrSkip(line, too_long)) {
        if (!*too_long && line->find_first_not_of(" \t") == std::string::npos) continue;
        ++report_->documents.documents_read;
        return true;
      }
      if (next_file_ == files_.size()) return false;
      open_status_ = LineReader::Open(files_[next_file_++], &reader_, kMaxExtractedLineBytes);
      if (!open_status_.ok()) {
        reader_.reset();
        return false;
      }
    }
  }

  Status Bad(const Status& reason) {
    const std::string message = AtLine(reader_->path(), reader_->line_number(), reason.message());
    report_->documents.failures.push_back(message);
    if (options_.skip_bad) return Status::Ok();
    return Status::InvalidInput(message + "; nothing was stored (use --skip-bad to store the good lines)");
  }

  // Decides whether the document is stored: not when it is already stored
  // or was met earlier in this import.
  Status Take(const ExtractedDocument& document, bool* take) {
    const DocumentId id = DocumentIdFor(document.article.text);
    bool stored = !seen_.insert(id).second;
    if (!stored) {
      Status s = store_->HasDocument(id, &stored);
      if (!s.ok()) return s;
    }
    if (stored) {
      ++report_->documents.documents_already_stored;
      return Status::Ok();
    }
    if (!(document.stamp == report_->expected) && report_->other_extractor++ == 0) {
      report_->first_other_extractor = reader_->path() + ":" + std::to_string(reader_->line_number());
      report_->first_other_stamp = document.stamp;
    }
    for (const ExtractedStatement& statement : document.statements) {
      ++(statement.resolved ? report_->documents.statements_added : report_->documents.statements_unresolved);
    }
    *take = true;
    return Status::Ok();
  }

  const Store* store_;
  std::vector<std::string> files_;
  size_t next_file_ = 0;
  std::unique_ptr<LineReader> reader_;
  Status open_status_;
  std::unordered_set<DocumentId> seen_;
  const ExtractedImportOptions& options_;
  ExtractedImportReport* report_;
  const ImportProgress& progress_;
};

}  // namespace

Status ImportExtracted(Store* store, const Lexicon& lexicon, const std::vector<std::string>& paths,
                       const ExtractedImportOptions& options, ExtractedImportReport* report,
                       const ImportProgress& progress) {
  report->expected = ExtractorStamp{std::string(StancekbVersion()), LexiconDigest(lexicon)};
  std::vector<std::string> files;
  Status s = ExpandPaths(paths, &files);
  if (!s.ok()) return s;
  DocumentSource source(store, std::move(files), options, report, progress);
  WriteResult written;
  s = store->ApplyAll([&source](WriteSet* set) { return source.Next(set); }, options.bulk, &written);
  // What was counted while reading is replaced by what the store did.
  report->documents.documents_added = s.ok() ? written.documents_added : 0;
  report->documents.statements_added = s.ok() ? written.assertions_added : 0;
  return s;
}

}  // namespace stancekb
