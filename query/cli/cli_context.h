// CliContext: what every stancekb command shares: the database path, the
// output format, opening the store, and turning a Status into the one line
// on stderr and the exit code (0 success, 1 data or storage error, 2 usage).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "kb/store.h"
#include "query/result_table.h"

namespace CLI {
class App;
class Validator;
}  // namespace CLI

namespace stancekb {

constexpr int kExitOk = 0;
constexpr int kExitDataError = 1;
constexpr int kExitUsage = 2;

struct CliContext {
  std::string db_path;  // --db, else $STANCEKB_DB, else ./stancekb.db
  std::string format_name = "table";
  int exit_code = kExitOk;

  OutputFormat format() const;

  // Opens the database for reading (it must exist); with all_families also
  // the families only writers read (StoreOptions::all_families), with
  // said_only only those `said --topic` reads (StoreOptions::said_only).
  Status OpenForRead(std::unique_ptr<Store>* out, bool all_families = false, bool said_only = false) const;
  // Opens or creates it for writing; a database without records (new, or its
  // creation cut short by a crash) gets the default lexicon.
  Status OpenForWrite(std::unique_ptr<Store>* out) const;

  // Prints "stancekb: message" on stderr and returns the exit code.
  int Fail(const Status& status) const;
  int UsageError(const std::string& message) const;
  // Prints a result table in the chosen format; returns kExitOk.
  int Print(const ResultTable& table) const;
};

// A CLI11 check that a value is a whole number from 1 to `max`; its message
// names what is wanted ("a whole number of days ≥ 1").
CLI::Validator WholeNumberFromOne(const std::string& what, uint64_t max);

// Makes add_options build `command`'s options only when that command is run
// or its --help is asked for (CLI11's pre-parse callback): building every
// command's options was a large part of a short command's start. Once per
// command: a second call replaces the first.
void AddOptionsWhenRun(CLI::App* command, std::function<void()> add_options);

// Each command file registers its subcommands; the callback sets
// context->exit_code.
void AddImportCommands(CLI::App* app, CliContext* context);
void AddArticleCommands(CLI::App* app, CliContext* context);  // After AddImportCommands.
void AddSaidCommand(CLI::App* app, CliContext* context);
void AddCatalogCommands(CLI::App* app, CliContext* context);
void AddAssertionCommands(CLI::App* app, CliContext* context);
// stance, timeline, diff, changes (query/cli/stance_commands.cc).
void AddStanceCommands(CLI::App* app, CliContext* context);
// agree, disagree, network, blocs (query/cli/relation_commands.cc).
void AddRelationCommands(CLI::App* app, CliContext* context);
// report: one HTML page of timelines, network and polarization (query/cli/report_command.cc).
void AddReportCommand(CLI::App* app, CliContext* context);
// Registers import gdelt|icews|dna under the existing "import" and "export".
void AddEventCommands(CLI::App* app, CliContext* context);
// check: verifies the database's invariants (query/cli/check_command.cc).
void AddCheckCommand(CLI::App* app, CliContext* context);

}  // namespace stancekb
