// Database maintenance: `stancekb check` verifies every invariant of the
// database (kb/store_check.h); `stancekb upgrade` brings an older database
// to this build's format; `stancekb repair` rebuilds a damaged one's
// metadata from its files (Store::Repair) and checks the result.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "kb/store_check.h"
#include "query/cli/cli_context.h"

namespace stancekb {
namespace {

// The one line on stderr that sums a check up; the exit code.
int CheckVerdict(const CliContext& context, const CheckReport& report) {
  const std::string checked = std::to_string(report.records) + " records and " + std::to_string(report.entries) +
                              " entries of " + context.db_path;
  if (report.clean()) {
    std::cerr << "stancekb: checked " << checked << ": consistent\n";
    return kExitOk;
  }
  return context.Fail(Status::Corruption("checked " + checked + ": " + std::to_string(report.violation_count) +
                                         " violations" +
                                         (report.violation_count > report.violations.size() ? " (first listed)" : "")));
}

int RunCheck(const CliContext& context) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store, /*all_families=*/true);
  if (!s.ok()) return context.Fail(s);
  CheckReport report;
  s = CheckStore(*store, &report);
  if (!s.ok()) return context.Fail(s);
  ResultTable table({"family", "key", "problem"});
  for (const CheckViolation& v : report.violations) table.AddRow({v.family, v.key, v.problem});
  context.Print(table);
  return CheckVerdict(context, report);
}

size_t FilesIn(const std::filesystem::path& dir) {
  std::error_code ec;
  size_t count = 0;
  for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    ++count;
  }
  return count;
}

// What the repaired database holds (its counters, which the check compares
// with the records), and the files RocksDB could not use. Violations go to
// stderr: stdout keeps one table.
int RunRepair(const CliContext& context) {
  const std::filesystem::path lost = std::filesystem::path(context.db_path) / "lost";
  const size_t lost_before = FilesIn(lost);
  Status s = Store::Repair(context.db_path);
  std::unique_ptr<Store> store;
  if (s.ok()) s = context.OpenForRead(&store, /*all_families=*/true);
  CheckReport report;
  if (s.ok()) s = CheckStore(*store, &report);
  if (!s.ok()) return context.Fail(s);
  const StoreCounts c = store->Counts();
  const size_t unusable = FilesIn(lost) - lost_before;
  ResultTable table({"assertions", "documents", "actors", "topics", "sources", "unusable_files", "violations"});
  table.AddRow({c.assertions, c.documents, c.actors, c.topics, c.sources, unusable, report.violation_count});
  context.Print(table);
  if (unusable > 0) std::cerr << "stancekb: " << unusable << " files it could not use are in " << lost.string() << "\n";
  for (const CheckViolation& v : report.violations) std::cerr << "stancekb: " << v.ToString() << "\n";
  return CheckVerdict(context, report);
}

// A writer's open upgrades (Store::kFormatVersion); readers of an older
// format take slower paths meanwhile.
int RunUpgrade(const CliContext& context) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  if (!s.ok()) return context.Fail(s);
  const uint32_t before = store->format_version();
  store.reset();
  if (!(s = context.OpenForWrite(&store)).ok()) return context.Fail(s);
  ResultTable table({"database", "format_before", "format_after"});
  table.AddRow({context.db_path, before, store->format_version()});
  context.Print(table);
  return kExitOk;
}

}  // namespace

void AddCheckCommand(CLI::App* app, CliContext* context) {
  app->add_subcommand("check", "Verify every invariant of the database; exit 1 on any violation")->callback([context] {
    context->exit_code = RunCheck(*context);
  });
  app->add_subcommand("repair", "Rebuild a damaged database's metadata from its table files and logs, then check it")
      ->callback([context] { context->exit_code = RunRepair(*context); });
  app->add_subcommand("upgrade", "Bring a database of an older format to this build's (any write also does)")
      ->callback([context] { context->exit_code = RunUpgrade(*context); });
}

}  // namespace stancekb
