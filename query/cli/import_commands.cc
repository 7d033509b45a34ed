// stancekb import assertions|lexicon …
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "importers/assertions/jsonl_importer.h"
#include "importers/lexicon/lexicon.h"
#include "query/cli/cli_context.h"
#include "query/cli/progress_line.h"

namespace stancekb {
namespace {

struct ImportAssertionsOptions {
  std::vector<std::string> files;
  bool skip_bad = false;
};

int RunImportAssertions(const CliContext& context, const ImportAssertionsOptions& options) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForWrite(&store);
  if (!s.ok()) return context.Fail(s);
  ResultTable table({"file", "lines", "added", "already_stored", "bad"});
  int exit_code = kExitOk;
  for (const std::string& file : options.files) {
    JsonlImportReport report;
    JsonlImportOptions import_options;
    import_options.skip_bad = options.skip_bad;
    ProgressLine progress;
    import_options.progress = progress.Function();
    const auto start = std::chrono::steady_clock::now();
    s = ImportAssertionsJsonl(store.get(), file, import_options, &report);
    progress.Finish();
    spdlog::info("{}: {} lines, {} added, {} already stored, {} bad, {}, {:.3f} s", file, report.lines,
                 report.written.assertions_added, report.written.assertions_skipped, report.bad_lines.size(),
                 s.ok() ? "stored" : "nothing stored",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (options.skip_bad) {
      for (const std::string& bad : report.bad_lines) std::cerr << "stancekb: skipped " << bad << "\n";
    }
    if (!s.ok()) {
      exit_code = context.Fail(s);
      continue;
    }
    table.AddRow({file, report.lines, report.written.assertions_added, report.written.assertions_skipped,
                  report.bad_lines.size()});
    if (!report.bad_lines.empty()) exit_code = kExitDataError;
  }
  context.Print(table);
  return exit_code;
}

int RunImportLexicon(const CliContext& context, const std::vector<std::string>& paths) {
  Lexicon lexicon;
  for (const std::string& path : paths) {
    const bool is_dir = std::filesystem::is_directory(path);
    Status s = is_dir ? LoadLexicon(path, &lexicon) : LoadLexiconFile(path, &lexicon);
    if (!s.ok()) return context.Fail(s);
  }
  std::unique_ptr<Store> store;
  Status s = context.OpenForWrite(&store);
  if (!s.ok()) return context.Fail(s);
  WriteSet set;
  set.actors = std::move(lexicon.actors);
  set.topics = std::move(lexicon.topics);
  const size_t actors = set.actors.size(), topics = set.topics.size();
  WriteResult result;
  s = store->Apply(set, &result);
  if (!s.ok()) return context.Fail(s);
  spdlog::info("{} actors ({} new) and {} topics ({} new) from {} paths", actors, result.actors_created, topics,
               result.topics_created, paths.size());
  ResultTable table({"actors", "topics", "actors_created", "topics_created"});
  table.AddRow({actors, topics, result.actors_created, result.topics_created});
  return context.Print(table);
}

}  // namespace

void AddImportCommands(CLI::App* app, CliContext* context) {
  CLI::App* import = app->add_subcommand("import", "Import data into the database");
  import->require_subcommand(1);

  auto assertions_options = std::make_shared<ImportAssertionsOptions>();
  CLI::App* assertions =
      import->add_subcommand("assertions", "Import assertion JSONL (one assertion a line; - = stdin)");
  AddOptionsWhenRun(assertions, [assertions, assertions_options] {
    assertions->add_option("files", assertions_options->files, "JSONL files")->required();
    assertions->add_flag("--skip-bad", assertions_options->skip_bad, "Store the good lines and list the bad ones");
  });
  assertions->callback(
      [context, assertions_options] { context->exit_code = RunImportAssertions(*context, *assertions_options); });

  auto lexicon_paths = std::make_shared<std::vector<std::string>>();
  CLI::App* lexicon =
      import->add_subcommand("lexicon", "Load actors and topics from lexicon YAML (a directory or files)");
  AddOptionsWhenRun(lexicon, [lexicon, lexicon_paths] {
    lexicon->add_option("paths", *lexicon_paths, "Lexicon directories or YAML files")->required();
  });
  lexicon->callback([context, lexicon_paths] { context->exit_code = RunImportLexicon(*context, *lexicon_paths); });
}

}  // namespace stancekb
