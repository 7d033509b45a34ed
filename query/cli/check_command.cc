// stancekb check: verifies every invariant of the database (kb/store_check.h).
#include <CLI/CLI.hpp>

#include <iostream>

#include "kb/store_check.h"
#include "query/cli/cli_context.h"

namespace stancekb {
namespace {

int RunCheck(const CliContext& context) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
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

}  // namespace

void AddCheckCommand(CLI::App* app, CliContext* context) {
  app->add_subcommand("check", "Verify every invariant of the database; exit 1 on any violation")
      ->callback([context] { context->exit_code = RunCheck(*context); });
}

}  // namespace stancekb
