#include "importers/assertions/jsonl_importer.h"

#include <unordered_set>

#include "importers/assertions/jsonl_line.h"
#include "importers/common/line_reader.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb {
namespace {

// Decides whether a topic name may be used: known to the store, or a new
// kebab-case id. Remembers answers.
class TopicPolicy {
 public:
  explicit TopicPolicy(const Store* store) : store_(store) {}

  Status Check(const std::string& topic) {
    if (accepted_.count(topic) != 0) return Status::Ok();
    Topic found;
    Status s = store_->FindTopic(topic, &found);
    if (s.IsNotFound() && !IsKebabCaseId(topic)) {
      return Status::InvalidInput("unknown topic '" + topic +
                                  "' (not a known id, label or keyword, and not a kebab-case id to create)");
    }
    if (!s.ok() && !s.IsNotFound()) return s;
    accepted_.insert(topic);
    return Status::Ok();
  }

 private:
  const Store* store_;
  std::unordered_set<std::string> accepted_;
};

bool IsBlank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

// The file's good lines as WriteSets (a Store::WriteSetSource), each line
// parsed once. Without skip_bad the first bad line ends the source with an
// error, after the rest of the file is read to count its bad lines.
class LineSource {
 public:
  LineSource(LineReader* reader, const std::string& shown, const Store* store, const JsonlImportOptions& options,
             JsonlImportReport* report)
      : reader_(reader), shown_(shown), topics_(store), options_(options), report_(report) {}

  Status Next(WriteSet* set) {
    std::string line;
    while (set->assertions.size() < options_.batch_lines && reader_->Next(&line)) {
      if (IsBlank(line)) continue;
      JsonlRecord record;
      if (!Parse(line, &record)) {
        if (!options_.skip_bad) return Refuse();
        continue;
      }
      if (record.document) set->documents.push_back(std::move(*record.document));
      set->assertions.push_back(std::move(record.assertion));
    }
    return ReadStatus();
  }

 private:
  // Parses a non-blank line; a bad one is listed in the report.
  bool Parse(const std::string& line, JsonlRecord* record) {
    ++report_->lines;
    Status s = ParseAssertionLine(line, record);
    if (s.ok()) s = topics_.Check(record->assertion.topic);
    if (!s.ok()) report_->bad_lines.push_back(AtLine(shown_, reader_->line_number(), s.message()));
    return s.ok();
  }

  Status ReadStatus() const {
    if (reader_->status().ok()) return Status::Ok();
    return Status::InvalidInput(shown_ + reader_->status().message().substr(reader_->path().size()));
  }

  Status Refuse() {
    std::string line;
    while (reader_->Next(&line)) {
      JsonlRecord record;
      if (!IsBlank(line)) Parse(line, &record);
    }
    Status s = ReadStatus();
    if (!s.ok()) return s;
    const size_t bad = report_->bad_lines.size();
    return Status::InvalidInput(report_->bad_lines.front() +
                                (bad > 1 ? " (and " + std::to_string(bad - 1) + " more bad lines)" : "") +
                                "; nothing from " + shown_ + " was stored (use --skip-bad to store the good lines)");
  }

  LineReader* reader_;
  const std::string& shown_;
  TopicPolicy topics_;
  const JsonlImportOptions& options_;
  JsonlImportReport* report_;
};

}  // namespace

Status ImportAssertionsJsonl(Store* store, const std::string& path, const JsonlImportOptions& options,
                             JsonlImportReport* report) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(path, &reader);
  if (!s.ok()) return s;
  const std::string shown = reader->path();
  LineSource source(reader.get(), shown, store, options, report);
  return store->ApplyAll([&source](WriteSet* set) { return source.Next(set); }, options.bulk, &report->written);
}

}  // namespace stancekb
