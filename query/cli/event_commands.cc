// stancekb import gdelt|icews|dna … and stancekb export dna-csv.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "importers/dna/dna_export.h"
#include "importers/dna/dna_importer.h"
#include "importers/events/event_importer.h"
#include "query/cli/cli_context.h"
#include "query/cli/progress_line.h"

namespace stancekb {
namespace {

struct EventCommandOptions {
  std::vector<std::string> files;
  std::string map_path;  // Empty: the default CAMEO map.
};

void ReportSkipped(const std::vector<std::string>& bad) {
  for (const std::string& line : bad) std::cerr << "stancekb: skipped " << line << "\n";
}

int RunImportEvents(const CliContext& context, const EventCommandOptions& options, EventFormat format) {
  CameoMap map;
  Status s = map.Load(options.map_path.empty() ? DefaultCameoMapPath() : options.map_path);
  if (!s.ok()) return context.Fail(s);
  std::unique_ptr<Store> store;
  if (!(s = context.OpenForWrite(&store)).ok()) return context.Fail(s);
  ResultTable table({"file", "rows", "mapped", "unmapped", "no_actor", "bad", "added", "already_stored"});
  int exit_code = kExitOk;
  for (const std::string& file : options.files) {
    EventImportReport report;
    EventImportOptions import_options;
    ProgressLine progress;
    import_options.progress = progress.Function();
    s = ImportEvents(store.get(), file, format, map, import_options, &report);
    progress.Finish();
    ReportSkipped(report.bad_rows);
    if (!s.ok()) exit_code = context.Fail(s);
    if (!report.bad_rows.empty()) exit_code = kExitDataError;
    table.AddRow({file, report.rows, report.mapped, report.unmapped, report.no_actor, report.bad_rows.size(),
                  report.written.assertions_added, report.written.assertions_skipped});
  }
  context.Print(table);
  return exit_code;
}

int RunImportDna(const CliContext& context, const std::string& file) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForWrite(&store);
  if (!s.ok()) return context.Fail(s);
  DnaImportReport report;
  ProgressLine progress;
  const auto start = std::chrono::steady_clock::now();
  s = ImportDna(store.get(), file, &report, progress.Function());
  progress.Finish();
  spdlog::info("{}: {} documents, {} statements, {} bad, {} added, {} already stored, {:.3f} s", file, report.documents,
               report.statements, report.bad_statements.size(), report.written.assertions_added,
               report.written.assertions_skipped,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  ReportSkipped(report.bad_statements);
  if (!s.ok()) return context.Fail(s);
  ResultTable table({"file", "documents", "statements", "other_statements", "bad", "added", "already_stored"});
  table.AddRow({file, report.documents, report.statements, report.other_statements, report.bad_statements.size(),
                report.written.assertions_added, report.written.assertions_skipped});
  context.Print(table);
  return report.bad_statements.empty() ? kExitOk : kExitDataError;
}

nlohmann::json OptionalAgreement(const std::optional<bool>& agreement) {
  if (!agreement) return nullptr;
  return *agreement ? 1 : 0;
}

nlohmann::json NonZero(int64_t value) { return value == 0 ? nlohmann::json(nullptr) : nlohmann::json(value); }

// DNA's event list, always as CSV (the global --format does not apply).
int RunExportDnaCsv(const CliContext& context) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  std::vector<DnaEventRow> rows;
  if (s.ok()) s = ExportDnaEvents(*store, &rows);
  if (!s.ok()) return context.Fail(s);
  ResultTable table({"statement_id", "time", "person", "organization", "concept", "agreement", "start", "stop", "text",
                     "document_id", "title", "author", "source", "section", "type", "assertion_id", "actor_wikidata"});
  for (const DnaEventRow& r : rows) {
    const bool has_span = r.stop > r.start;
    table.AddRow({NonZero(r.statement_id), r.time.ToString(), r.person, r.organization, r.concept_label,
                  OptionalAgreement(r.agreement), has_span ? nlohmann::json(r.start) : nlohmann::json(nullptr),
                  has_span ? nlohmann::json(r.stop) : nlohmann::json(nullptr), r.text, NonZero(r.document.id),
                  r.document.title, r.document.author, r.document.source, r.document.section, r.document.type,
                  r.assertion_id, r.actor_wikidata});
  }
  table.Print(OutputFormat::kCsv, std::cout);
  std::cout.flush();
  return kExitOk;
}

void AddEventImport(CLI::App* import, CliContext* context, const char* name, const char* help, EventFormat format) {
  auto options = std::make_shared<EventCommandOptions>();
  CLI::App* command = import->add_subcommand(name, help);
  AddOptionsWhenRun(command, [command, options] {
    command->add_option("files", options->files, "Event files (- = stdin)")->required();
    command->add_option("--map", options->map_path, "CAMEO map TSV (default: the lexicon's cameo-map.tsv)");
  });
  command->callback([context, options, format] { context->exit_code = RunImportEvents(*context, *options, format); });
}

}  // namespace

void AddEventCommands(CLI::App* app, CliContext* context) {
  CLI::App* import = app->get_subcommand("import");
  AddEventImport(import, context, "gdelt", "Import GDELT 2.0 event files (61 tab-separated columns) via the CAMEO map",
                 EventFormat::kGdelt);
  AddEventImport(import, context, "icews", "Import ICEWS event files (.tab with header) via the CAMEO map",
                 EventFormat::kIcews);

  auto dna_file = std::make_shared<std::string>();
  CLI::App* dna = import->add_subcommand("dna", "Import a Discourse Network Analyzer 3 database (.dna)");
  AddOptionsWhenRun(dna, [dna, dna_file] { dna->add_option("file", *dna_file, "DNA database")->required(); });
  dna->callback([context, dna_file] { context->exit_code = RunImportDna(*context, *dna_file); });

  auto what = std::make_shared<std::string>();
  CLI::App* export_command = app->add_subcommand("export", "Export the database in another tool's format");
  AddOptionsWhenRun(export_command, [export_command, what] {
    export_command->add_option("what", *what, "dna-csv: DNA's event list as CSV (for DNA and rDNA)")
        ->required()
        ->check(CLI::IsMember({"dna-csv"}));
  });
  // `what` is captured so that CLI11 can still write it while parsing.
  export_command->callback([context, what] { context->exit_code = RunExportDnaCsv(*context); });
}

}  // namespace stancekb
