// stancekb import articles PATH… | stancekb extract [--documents] PATH… |
// stancekb import extracted PATH…
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>

#include "importers/article/article_importer.h"
#include "importers/article/article_reader.h"
#include "importers/article/article_stream.h"
#include "importers/article/extracted_importer.h"
#include "importers/article/statement_json.h"
#include "importers/lexicon/lexicon.h"
#include "importers/lexicon/lexicon_digest.h"
#include "query/cli/cli_context.h"
#include "query/cli/progress_line.h"

namespace stancekb {
namespace {

struct ArticleOptions {
  std::vector<std::string> paths;
  std::string date, source, lexicon;
  bool documents = false;  // extract: one line per article (extracted_document.h).
  StreamOptions stream;    // extract --documents: how stdin is named.
};

Status ToReadOptions(const ArticleOptions& options, ReadOptions* out) {
  out->default_source = options.source;
  if (options.date.empty()) return Status::Ok();
  return Date::Parse(options.date, &out->default_date).WithPrefix("--date");
}

// Article imports count documents read.
ImportProgress CountDocuments(ProgressLine* line) {
  return [line](const ArticleImportReport& r) { line->Update("documents read", r.documents_read); };
}

// The summary of an article import; import extracted adds the count of
// documents from another extractor.
void PrintImportReport(const CliContext& context, const ArticleImportReport& r,
                       std::optional<size_t> other_extractor = std::nullopt) {
  std::vector<std::string> columns{"documents", "added", "already_stored", "failed", "statements_added", "unresolved"};
  std::vector<nlohmann::json> row{r.documents_read,  r.documents_added,  r.documents_already_stored,
                                  r.failures.size(), r.statements_added, r.statements_unresolved};
  // import extracted reads every file it is given; import articles skips
  // what is not an article in a directory.
  if (other_extractor) {
    columns.push_back("other_extractor");
    row.push_back(*other_extractor);
  } else {
    columns.push_back("skipped");
    row.push_back(r.skipped.size());
  }
  ResultTable table(std::move(columns));
  table.AddRow(std::move(row));
  context.Print(table);
}

void ReportSkipped(const std::string& path, const std::string& reason) {
  std::cerr << "stancekb: skipped " << path << ": " << reason << "\n";
}

// What one PATH argument added to the report, and how long it took.
void LogPathSummary(const std::string& path, const ArticleImportReport& before, const ArticleImportReport& after,
                    std::chrono::steady_clock::time_point start) {
  spdlog::info("{}: {} documents read, {} stored, {} already stored, {} failed, {} skipped, {} statements, {:.3f} s",
               path, after.documents_read - before.documents_read, after.documents_added - before.documents_added,
               after.documents_already_stored - before.documents_already_stored,
               after.failures.size() - before.failures.size(), after.skipped.size() - before.skipped.size(),
               after.statements_added - before.statements_added,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

int RunImportArticles(const CliContext& context, const ArticleOptions& options) {
  ReadOptions read;
  Status s = ToReadOptions(options, &read);
  if (!s.ok()) return context.UsageError(s.message());
  std::unique_ptr<Store> store;
  s = context.OpenForWrite(&store);
  Lexicon lexicon;
  if (s.ok()) s = ImportLexicon(*store, options.lexicon, &lexicon);
  if (!s.ok()) return context.Fail(s);
  const Extractor extractor(lexicon);
  if (!extractor.status().ok()) return context.Fail(extractor.status());
  ArticleImportReport report;
  ProgressLine progress;
  int exit_code = kExitOk;
  for (const std::string& path : options.paths) {
    const ArticleImportReport before = report;
    const auto start = std::chrono::steady_clock::now();
    s = ImportArticles(store.get(), extractor, path, read, &report, CountDocuments(&progress));
    if (!s.ok()) exit_code = context.Fail(s);
    LogPathSummary(path, before, report, start);
  }
  progress.Finish();
  for (const std::string& skipped : report.skipped) std::cerr << "stancekb: skipped " << skipped << "\n";
  for (const std::string& failure : report.failures) exit_code = context.Fail(Status::InvalidInput(failure));
  PrintImportReport(context, report);
  return exit_code;
}

void WarnOtherExtractor(const ExtractedImportReport& report) {
  if (report.other_extractor == 0) return;
  const ExtractorStamp& other = report.first_other_stamp;
  spdlog::warn(
      "{} documents were extracted by stancekb {} with lexicon {} (the first: {}), not by this stancekb ({}) with "
      "this database's lexicon ({}): stored as extracted, though `import articles` here might find other statements",
      report.other_extractor, other.version, other.lexicon, report.first_other_extractor, report.expected.version,
      report.expected.lexicon);
}

struct ImportExtractedOptions {
  std::vector<std::string> paths;
  std::string lexicon;  // Whose cues `import articles --lexicon` would use.
  bool skip_bad = false;
};

int RunImportExtracted(const CliContext& context, const ImportExtractedOptions& options) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForWrite(&store);
  Lexicon lexicon;
  if (s.ok()) s = ImportLexicon(*store, options.lexicon, &lexicon);
  if (!s.ok()) return context.Fail(s);
  ExtractedImportOptions import_options;
  import_options.skip_bad = options.skip_bad;
  ExtractedImportReport report;
  ProgressLine progress;
  s = ImportExtracted(store.get(), lexicon, options.paths, import_options, &report, CountDocuments(&progress));
  progress.Finish();
  if (!s.ok()) return context.Fail(s);
  WarnOtherExtractor(report);
  int exit_code = kExitOk;
  for (const std::string& bad : report.documents.failures)
    exit_code = context.Fail(Status::InvalidInput("skipped " + bad));
  PrintImportReport(context, report.documents, report.other_extractor);
  return exit_code;
}

// One line per article on stdout, flushed at once so that the command works
// as a filter on a pipe; a bad article is reported on stderr and skipped.
int WriteDocuments(const CliContext& context, const ArticleOptions& options, const ReadOptions& read,
                   const Extractor& extractor, const ExtractorStamp& stamp) {
  int exit_code = kExitOk;
  bool write_failed = false;
  std::string line;
  auto sink = [&](const Status& item, Article article) {
    if (write_failed) return;
    Status s = item;
    if (s.ok()) s = ExtractedDocumentLine(article, extractor.Extract(article), stamp, &line);
    if (!s.ok()) {
      exit_code = context.Fail(s);
      return;
    }
    line.push_back('\n');
    write_failed = !std::cout.write(line.data(), static_cast<std::streamsize>(line.size())).flush();
  };
  for (const std::string& path : options.paths) {
    Status s = StreamArticles(path, read, options.stream, sink);
    if (!s.ok()) exit_code = context.Fail(s);
  }
  if (write_failed) return kExitDataError;  // main's StandardOutput names the error.
  return exit_code;
}

int RunExtract(const CliContext& context, const ArticleOptions& options) {
  ReadOptions read;
  Status s = ToReadOptions(options, &read);
  if (!s.ok()) return context.UsageError(s.message());
  if (options.documents && context.format_name != "table" && context.format_name != "jsonl") {
    return context.UsageError("extract --documents writes JSONL; --format " + context.format_name + " does not apply");
  }
  Lexicon lexicon;
  s = LoadLexicon(options.lexicon.empty() ? DefaultLexiconDir() : options.lexicon, &lexicon);
  if (s.ok() && lexicon.cues.empty()) s = LoadPackCues("", &lexicon.cues);
  if (!s.ok()) return context.Fail(s);
  const Extractor extractor(lexicon);
  if (!extractor.status().ok()) return context.Fail(extractor.status());
  if (options.documents) {
    return WriteDocuments(context, options, read, extractor,
                          ExtractorStamp{std::string(StancekbVersion()), LexiconDigest(lexicon)});
  }
  ResultTable table({"doc", "actor", "actor_span", "cue", "cue_span", "content_span", "topic", "stance", "date",
                     "source", "quote", "confidence", "rule", "resolved"});
  int exit_code = kExitOk;
  auto sink = [&](const Status& item, Article article) {
    if (!item.ok()) {
      exit_code = context.Fail(item);
      return;
    }
    for (const ExtractedStatement& statement : extractor.Extract(article)) {
      const nlohmann::json row = ExtractedStatementToJson(article, statement);
      std::vector<nlohmann::json> cells;
      for (const std::string& column : table.columns()) cells.push_back(row.value(column, nlohmann::json()));
      table.AddRow(std::move(cells));
    }
  };
  for (const std::string& path : options.paths) {
    s = ReadArticles(path, read, sink, ReportSkipped);
    if (!s.ok()) exit_code = context.Fail(s);
  }
  context.Print(table);
  return exit_code;
}

void AddArticleOptions(CLI::App* command, ArticleOptions* options) {
  command->add_option("paths", options->paths, "Files (.txt, .html, .jsonl), directories, or - for stdin")->required();
  command->add_option("--date", options->date, "Publication date for articles that name none (YYYY-MM-DD)");
  command->add_option("--source", options->source, "Publisher for articles that name none");
}

void AddExtractCommand(CLI::App* app, CliContext* context) {
  auto options = std::make_shared<ArticleOptions>();
  CLI::App* extract =
      app->add_subcommand("extract", "Print the statements articles would give, without touching a database");
  AddOptionsWhenRun(extract, [extract, options] {
    AddArticleOptions(extract, options.get());
    extract->add_option("--lexicon", options->lexicon, "Lexicon directory (default: the bundled pack)");
    CLI::Option* documents =
        extract->add_flag("--documents", options->documents,
                          "One JSON line per article: the document and its statements, for `import extracted`; "
                          "feeds (and - , standard input, read as a JSONL feed) are streamed");
    extract->add_option("--stdin-name", options->stream.stdin_name, "Name standard input has in paths and errors")
        ->needs(documents);
    extract->add_option("--first-line", options->stream.first_line, "Line number of standard input's first line")
        ->check(CLI::PositiveNumber)
        ->needs(documents);
  });
  extract->callback([context, options] { context->exit_code = RunExtract(*context, *options); });
}

void AddImportExtractedCommand(CLI::App* import, CliContext* context) {
  auto options = std::make_shared<ImportExtractedOptions>();
  CLI::App* extracted = import->add_subcommand(
      "extracted", "Store the output of `extract --documents` as `import articles` would, in one atomic write");
  AddOptionsWhenRun(extracted, [extracted, options] {
    extracted->add_option("paths", options->paths, "Files of extracted documents, directories of them, or -")
        ->required();
    extracted->add_flag("--skip-bad", options->skip_bad, "Store the good lines and list the bad ones");
    extracted->add_option(
        "--lexicon", options->lexicon,
        "Lexicon directory whose cues `import articles --lexicon` would use (to check the lines' stamp)");
  });
  extracted->callback([context, options] { context->exit_code = RunImportExtracted(*context, *options); });
}

}  // namespace

void AddArticleCommands(CLI::App* app, CliContext* context) {
  CLI::App* import_command = app->get_subcommand("import");
  auto import_options = std::make_shared<ArticleOptions>();
  CLI::App* articles = import_command->add_subcommand(
      "articles", "Extract attributed statements from news articles and store them with their evidence");
  AddOptionsWhenRun(articles, [articles, import_options] {
    AddArticleOptions(articles, import_options.get());
    articles->add_option("--lexicon", import_options->lexicon,
                         "Pack whose cues.yaml reads the articles (default: the bundled pack); actors and topics are "
                         "the database's");
  });
  articles->callback([context, import_options] { context->exit_code = RunImportArticles(*context, *import_options); });
  AddImportExtractedCommand(import_command, context);
  AddExtractCommand(app, context);
}

}  // namespace stancekb
