// stancekb: the command-line interface. Parses arguments with CLI11 and
// hands each subcommand to the function its file registers.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "query/cli/cli_context.h"
#include "query/cli/standard_output.h"

namespace {

void SetUpLogging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("stancekb");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(verbosity >= 2 ? spdlog::level::debug : verbosity == 1 ? spdlog::level::info : spdlog::level::warn);
}

std::string DefaultDbPath() {
  const char* env = std::getenv("STANCEKB_DB");
  return env != nullptr && *env != '\0' ? env : "stancekb.db";
}

std::string VersionText() {
  return "stancekb " STANCEKB_VERSION " (database format " + std::to_string(stancekb::Store::kFormatVersion) +
         ", RocksDB " + stancekb::Store::EngineVersion() + ")";
}

// The commands given, as typed ("import articles").
std::string CommandPath(const CLI::App& app) {
  std::string path;
  for (const CLI::App* at = &app; at->get_subcommands().size() == 1;) {
    at = at->get_subcommands().front();
    path += (path.empty() ? "" : " ") + at->get_name();
  }
  return path;
}

// CLI11 takes a mistyped command for a missing one ("A subcommand is
// required"); the first word it could not place names the mistake. With
// fallthrough, words a subcommand does not know end up with the top level.
std::string UnknownCommand(CLI::App& app) {
  const CLI::App* at = &app;
  while (at->get_subcommands().size() == 1) at = at->get_subcommands().front();
  if (at->get_require_subcommand_min() == 0) return "";
  for (const std::string& word : app.remaining(true)) {
    if (!word.empty() && word.front() != '-') return CommandPath(app) + (at == &app ? "" : " ") + word;
  }
  return "";
}

int Run(int argc, char** argv) {
  using namespace stancekb;
  CliContext context;
  context.db_path = DefaultDbPath();
  int verbosity = 0;
  CLI::App app{"stancekb: who said what about which topic, when, and where it was reported"};
  app.require_subcommand(1);
  app.fallthrough();  // Global options may follow the subcommand.
  app.set_version_flag("--version", VersionText(), "Print the version, the database format and RocksDB's version");
  app.add_option("--db", context.db_path, "Database directory (default: $STANCEKB_DB or ./stancekb.db)");
  app.add_option("--format", context.format_name, "Output format: table, json, jsonl or csv")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv"}));
  app.add_flag("-v,--verbose", verbosity, "Log to stderr what each step did (-v: counts and timings, -vv: each item)");
  AddImportCommands(&app, &context);
  AddArticleCommands(&app, &context);
  AddSaidCommand(&app, &context);
  AddCatalogCommands(&app, &context);
  AddAssertionCommands(&app, &context);
  AddStanceCommands(&app, &context);
  AddRelationCommands(&app, &context);
  AddReportCommand(&app, &context);
  AddEventCommands(&app, &context);  // After AddImportCommands: extends "import".
  AddCheckCommand(&app, &context);
  app.parse_complete_callback([&verbosity] { SetUpLogging(verbosity); });
  const auto start = std::chrono::steady_clock::now();
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::string unknown = UnknownCommand(app);
    if (unknown.empty()) {
      app.exit(e);
    } else {
      std::cerr << "stancekb: unknown command '" << unknown << "' (stancekb --help lists the commands)\n";
    }
    return kExitUsage;
  }
  spdlog::info("{}: exit {} after {:.3f} s", CommandPath(app), context.exit_code,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return context.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  stancekb::StandardOutput output;
  return output.Finish(Run(argc, argv));
}
