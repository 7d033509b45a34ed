#include "importers/assertions/jsonl_importer.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

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

// A non-blank line, parsed: its record, or why it is bad.
struct ParsedLine {
  size_t number = 0;
  Status status;
  JsonlRecord record;
};

// Reads and parses the lines of a file on a thread of its own, a few chunks
// ahead of the consumer, which meanwhile stores the ones before.
class LineParser {
 public:
  static constexpr size_t kChunkLines = 512;
  static constexpr size_t kChunksAhead = 4;

  explicit LineParser(LineReader* reader) : reader_(reader), thread_([this] { Run(); }) {}

  ~LineParser() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

  // The next lines in file order; empty at the end of the input, after
  // which reader->status() tells whether it ended cleanly.
  std::vector<ParsedLine> Next() {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [this] { return !ready_.empty() || done_; });
    if (ready_.empty()) return {};
    std::vector<ParsedLine> chunk = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    return chunk;
  }

 private:
  void Run() {
    std::string line;
    bool more = true;
    while (more) {
      std::vector<ParsedLine> chunk;
      bool too_long = false;
      while (chunk.size() < kChunkLines && (more = reader_->NextOrSkip(&line, &too_long))) {
        if (IsBlank(line) && !too_long) continue;
        chunk.emplace_back();
        chunk.back().number = reader_->line_number();
        // An over-long line is a bad line like any other: --skip-bad lists it and goes on.
        chunk.back().status =
            too_long ? Status::InvalidInput(reader_->TooLongMessage()) : ParseAssertionLine(line, &chunk.back().record);
      }
      std::unique_lock<std::mutex> lock(mu_);
      changed_.wait(lock, [this] { return ready_.size() < kChunksAhead || stopping_; });
      if (stopping_) break;
      if (!chunk.empty()) ready_.push_back(std::move(chunk));
      changed_.notify_all();
    }
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
    changed_.notify_all();
  }

  LineReader* reader_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::vector<ParsedLine>> ready_;
  bool done_ = false, stopping_ = false;
  std::thread thread_;  // Last: starts once the members above exist.
};

// The file's good lines as WriteSets (a Store::WriteSetSource), each line
// parsed once. Without skip_bad the first bad line ends the source with an
// error, after the rest of the file is read to count its bad lines.
class LineSource {
 public:
  LineSource(LineReader* reader, const std::string& shown, const Store* store, const JsonlImportOptions& options,
             JsonlImportReport* report)
      : reader_(reader), parser_(reader), shown_(shown), topics_(store), options_(options), report_(report) {}

  Status Next(WriteSet* set) {
    ParsedLine* line = nullptr;
    while (set->assertions.size() < options_.batch_lines && (line = NextLine()) != nullptr) {
      if (!Accept(line)) {
        if (!options_.skip_bad) return Refuse();
        continue;
      }
      JsonlRecord& record = line->record;
      if (record.document) set->documents.push_back(std::move(*record.document));
      set->assertions.push_back(std::move(record.assertion));
    }
    return ReadStatus();
  }

 private:
  ParsedLine* NextLine() {
    if (next_ == chunk_.size() && !ended_) {
      ReportProgress(options_.progress, "lines read", report_->lines);
      chunk_ = parser_.Next();
      next_ = 0;
      ended_ = chunk_.empty();
    }
    return next_ < chunk_.size() ? &chunk_[next_++] : nullptr;
  }

  // Checks the line's topic; a bad line is listed in the report.
  bool Accept(ParsedLine* line) {
    ++report_->lines;
    if (line->status.ok()) line->status = topics_.Check(line->record.assertion.topic);
    if (!line->status.ok()) report_->bad_lines.push_back(AtLine(shown_, line->number, line->status.message()));
    return line->status.ok();
  }

  // The reader's error once the parser has read to the end; Ok before.
  Status ReadStatus() const {
    if (!ended_ || reader_->status().ok()) return Status::Ok();
    return Status::InvalidInput(shown_ + reader_->status().message().substr(reader_->path().size()));
  }

  Status Refuse() {
    while (ParsedLine* line = NextLine()) Accept(line);
    Status s = ReadStatus();
    if (!s.ok()) return s;
    const size_t bad = report_->bad_lines.size();
    return Status::InvalidInput(report_->bad_lines.front() +
                                (bad > 1 ? " (and " + std::to_string(bad - 1) + " more bad lines)" : "") +
                                "; nothing from " + shown_ + " was stored (use --skip-bad to store the good lines)");
  }

  LineReader* reader_;
  LineParser parser_;
  std::vector<ParsedLine> chunk_;
  size_t next_ = 0;
  bool ended_ = false;
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
