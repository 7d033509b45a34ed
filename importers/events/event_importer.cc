#include "importers/events/event_importer.h"

#include <spdlog/spdlog.h>

#include <unordered_map>

#include "importers/common/line_reader.h"
#include "importers/events/event_assertions.h"
#include "importers/events/tab_fields.h"

namespace stancekb {
namespace {

// One file's import: reads rows, maps them, writes batches.
class EventFileImport {
 public:
  EventFileImport(Store* store, const CameoMap& map, const EventImportOptions& options, EventImportReport* report)
      : store_(store), map_(map), options_(options), report_(report) {}

  Status Run(LineReader* reader, EventFormat format) {
    if (format == EventFormat::kGdelt) layout_ = GdeltLayout();
    std::string line;
    Status s;
    bool too_long = false;
    while (s.ok() && reader->NextOrSkip(&line, &too_long)) {
      if (too_long) {
        ++report_->rows;
        report_->bad_rows.push_back(AtLine(reader->path(), reader->line_number(), reader->TooLongMessage()));
        continue;
      }
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      if (format == EventFormat::kIcews && layout_.format.empty()) {
        s = IcewsLayoutFromHeader(SplitTabs(line), &layout_);
        if (!s.ok()) return Status::InvalidInput(AtLine(reader->path(), reader->line_number(), s.message()));
        continue;
      }
      ++report_->rows;
      Status row = AddRow(line);
      if (!row.ok()) report_->bad_rows.push_back(AtLine(reader->path(), reader->line_number(), row.message()));
      if (set_.assertions.size() >= options_.batch_rows) s = Flush();
      if (report_->rows % options_.batch_rows == 0) ReportProgress(options_.progress, "rows read", report_->rows);
    }
    if (s.ok()) s = reader->status();
    if (s.ok() && format == EventFormat::kIcews && layout_.format.empty()) {
      return Status::InvalidInput(reader->path() + ": empty; an ICEWS file starts with its header line");
    }
    if (s.ok() && report_->rows == 0) spdlog::warn("{}: no event rows", reader->path());
    return s.ok() ? Flush() : s;
  }

 private:
  Status AddRow(const std::string& line) {
    EventRecord event;
    Status s = ParseEventRow(layout_, SplitTabs(line), &event);
    if (!s.ok()) return s;
    if (!map_.IsKnown(event.code)) return Status::InvalidInput("unknown CAMEO code '" + event.code + "'");
    const std::vector<CameoRule>& rules = map_.RulesFor(event.code);
    if (rules.empty()) {
      ++report_->unmapped;
      return Status::Ok();
    }
    if (!event.target.name.empty()) event.target.name = CanonicalName(event.target.name);
    EventAssertions built = BuildEventAssertions(layout_.format, event, rules, map_.Name(event.code));
    if (built.assertions.empty()) {
      ++report_->no_actor;
      return Status::Ok();
    }
    ++report_->mapped;
    if (built.document) set_.documents.push_back(std::move(*built.document));
    for (Topic& topic : built.topics) set_.topics.push_back(std::move(topic));
    for (NewAssertion& a : built.assertions) set_.assertions.push_back(std::move(a));
    return Status::Ok();
  }

  // The stored canonical name of an actor ("PUTIN" -> "Vladimir Putin"), so
  // that stances toward one actor share one toward-<target> topic.
  std::string CanonicalName(const std::string& name) {
    auto it = canonical_.find(name);
    if (it != canonical_.end()) return it->second;
    Actor actor;
    const std::string canonical = store_->FindActor(name, &actor).ok() ? actor.name : name;
    canonical_.emplace(name, canonical);
    return canonical;
  }

  Status Flush() {
    if (set_.assertions.empty()) return Status::Ok();
    Status s = store_->Apply(set_, &report_->written);
    set_ = WriteSet();
    return s;
  }

  Store* store_;
  const CameoMap& map_;
  const EventImportOptions& options_;
  EventImportReport* report_;
  EventLayout layout_;
  WriteSet set_;
  std::unordered_map<std::string, std::string> canonical_;
};

}  // namespace

Status ImportEvents(Store* store, const std::string& path, EventFormat format, const CameoMap& map,
                    const EventImportOptions& options, EventImportReport* report) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(path, &reader);
  if (!s.ok()) return s;
  EventFileImport import(store, map, options, report);
  s = import.Run(reader.get(), format);
  spdlog::info("{}: {} rows, {} mapped, {} unmapped, {} without the actor a rule needs, {} bad", reader->path(),
               report->rows, report->mapped, report->unmapped, report->no_actor, report->bad_rows.size());
  return s;
}

}  // namespace stancekb
