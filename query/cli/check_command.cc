// Database maintenance: `stancekb check` verifies every invariant of the
// database (kb/store_check.h); `stancekb upgrade` brings an older database
// to this build's format.
#include <CLI/CLI.hpp>
#include <iostream>

#include "kb/store_check.h"
#include "query/cli/cli_context.h"

namespace stancekb {
namespace {

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
  app->add_subcommand("upgrade", "Bring a database of an older format to this build's (any write also does)")
      ->callback([context] { context->exit_code = RunUpgrade(*context); });
}

}  // namespace stancekb
