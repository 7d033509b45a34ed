#include "importers/assertions/jsonl_importer.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

#include "importers/assertions/jsonl_line.h"
#include "importers/common/line_reader.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb {
namespace {

// Standard input copied to a temporary file, so that it can be read twice
// (validated, then written). Removed on destruction.
class Spool {
 public:
  ~Spool() {
    if (!path_.empty()) std::remove(path_.c_str());
  }

  Status FromStdin() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stancekb-stdin-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) return Status::IoError("cannot create a temporary file to hold standard input");
    ::close(fd);
    path_ = pattern;
    std::ofstream out(path_, std::ios::binary);
    out << std::cin.rdbuf();
    if (!out) return Status::IoError("cannot write standard input to " + path_);
    return Status::Ok();
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

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

// Pass 1: parses every line; records bad ones by line number.
Status Validate(const std::string& path, const std::string& shown, const Store* store,
                std::unordered_set<size_t>* bad, JsonlImportReport* report) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(path, &reader);
  if (!s.ok()) return s;
  TopicPolicy topics(store);
  std::string line;
  while (reader->Next(&line)) {
    if (IsBlank(line)) continue;
    ++report->lines;
    JsonlRecord record;
    Status line_status = ParseAssertionLine(line, &record);
    if (line_status.ok()) line_status = topics.Check(record.assertion.topic);
    if (!line_status.ok()) {
      bad->insert(reader->line_number());
      report->bad_lines.push_back(AtLine(shown, reader->line_number(), line_status.message()));
    }
  }
  if (!reader->status().ok()) {
    return Status::InvalidInput(shown + reader->status().message().substr(reader->path().size()));
  }
  return Status::Ok();
}

Status Flush(Store* store, WriteSet* set, JsonlImportReport* report) {
  if (set->assertions.empty()) return Status::Ok();
  Status s = store->Apply(*set, &report->written);
  *set = WriteSet();
  return s;
}

// Pass 2: writes the good lines in batches.
Status Write(const std::string& path, Store* store, const std::unordered_set<size_t>& bad,
             const JsonlImportOptions& options, JsonlImportReport* report) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(path, &reader);
  if (!s.ok()) return s;
  WriteSet set;
  std::string line;
  while (s.ok() && reader->Next(&line)) {
    if (IsBlank(line) || bad.count(reader->line_number()) != 0) continue;
    JsonlRecord record;
    s = ParseAssertionLine(line, &record);
    if (!s.ok()) return Status::IoError(AtLine(path, reader->line_number(), "changed while importing"));
    if (record.document) set.documents.push_back(std::move(*record.document));
    set.assertions.push_back(std::move(record.assertion));
    if (set.assertions.size() >= options.batch_lines) s = Flush(store, &set, report);
  }
  return s.ok() ? Flush(store, &set, report) : s;
}

}  // namespace

Status ImportAssertionsJsonl(Store* store, const std::string& path, const JsonlImportOptions& options,
                             JsonlImportReport* report) {
  const std::string shown = path == "-" ? "<stdin>" : path;
  Spool spool;
  std::string readable = path;
  if (path == "-") {
    Status s = spool.FromStdin();
    if (!s.ok()) return s;
    readable = spool.path();
  }
  std::unordered_set<size_t> bad;
  Status s = Validate(readable, shown, store, &bad, report);
  if (!s.ok()) return s;
  if (!bad.empty() && !options.skip_bad) {
    return Status::InvalidInput(report->bad_lines.front() +
                                (bad.size() > 1 ? " (and " + std::to_string(bad.size() - 1) + " more bad lines)" : "") +
                                "; nothing from " + shown + " was stored (use --skip-bad to store the good lines)");
  }
  return Write(readable, store, bad, options, report);
}

}  // namespace stancekb
