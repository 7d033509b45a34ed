#include "query/cli/cli_context.h"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "importers/lexicon/lexicon.h"

namespace stancekb {

OutputFormat CliContext::format() const {
  OutputFormat format = OutputFormat::kTable;
  ParseOutputFormat(format_name, &format);  // Validated by CLI11 when parsing.
  return format;
}

Status CliContext::OpenForRead(std::unique_ptr<Store>* out, bool all_families, bool said_only) const {
  StoreOptions options;
  options.read_only = true;
  options.all_families = all_families;
  options.said_only = said_only;
  return Store::Open(db_path, options, out);
}

Status CliContext::OpenForWrite(std::unique_ptr<Store>* out) const {
  Status s = Store::Open(db_path, StoreOptions(), out);
  // No records at all: the database is new, or a crash interrupted its
  // creation before the default lexicon was stored. Store it now.
  const StoreCounts counts = s.ok() ? (*out)->Counts() : StoreCounts();
  if (!s.ok() || counts.actors + counts.topics + counts.sources + counts.documents + counts.assertions > 0) return s;
  const std::string dir = DefaultLexiconDir();
  Lexicon lexicon;
  s = LoadLexicon(dir, &lexicon);
  if (!s.ok()) return s.WithPrefix("cannot load the default lexicon");
  WriteSet set;
  set.actors = std::move(lexicon.actors);
  set.topics = std::move(lexicon.topics);
  WriteResult result;
  s = (*out)->Apply(set, &result);
  spdlog::info("created {} with the default lexicon from {} ({} actors, {} topics)", db_path, dir,
               result.actors_created, result.topics_created);
  return s;
}

CLI::Validator WholeNumberFromOne(const std::string& what, uint64_t max) {
  const std::string wanted = what + " ≥ 1";
  return CLI::Validator(
      [wanted, max](std::string& text) {
        // At most 19 digits: every such number fits in 64 bits.
        const bool digits =
            !text.empty() && text.size() <= 19 && text.find_first_not_of("0123456789") == std::string::npos;
        const uint64_t value = digits ? std::stoull(text) : 0;
        if (value >= 1 && value <= max) return std::string();
        return wanted + (value > max ? " and ≤ " + std::to_string(max) : "") + ", not '" + text + "'";
      },
      wanted);
}

void AddOptionsWhenRun(CLI::App* command, std::function<void()> add_options) {
  command->preparse_callback([add_options = std::move(add_options)](std::size_t) { add_options(); });
}

int CliContext::Fail(const Status& status) const {
  std::cerr << "stancekb: " << status.message() << "\n";
  return kExitDataError;
}

int CliContext::UsageError(const std::string& message) const {
  std::cerr << "stancekb: " << message << "\n";
  return kExitUsage;
}

int CliContext::Print(const ResultTable& table) const {
  table.Print(format(), std::cout);
  std::cout.flush();
  return kExitOk;
}

}  // namespace stancekb
