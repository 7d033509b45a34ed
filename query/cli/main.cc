// stancekb: the command-line interface. Parses arguments with CLI11 and
// hands each subcommand to the function its file registers.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>

#include "query/cli/cli_context.h"

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

}  // namespace

int main(int argc, char** argv) {
  using namespace stancekb;
  CliContext context;
  context.db_path = DefaultDbPath();
  int verbosity = 0;
  CLI::App app{"stancekb: who said what about which topic, when, and where it was reported"};
  app.require_subcommand(1);
  app.fallthrough();  // Global options may follow the subcommand.
  app.add_option("--db", context.db_path, "Database directory (default: $STANCEKB_DB or ./stancekb.db)");
  app.add_option("--format", context.format_name, "Output format: table, json, jsonl or csv")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv"}));
  app.add_flag("-v,--verbose", verbosity, "Log more to stderr (-v info, -vv debug)");
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
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return context.exit_code;
}
