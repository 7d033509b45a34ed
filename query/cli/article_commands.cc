// stancekb import articles PATH… | stancekb extract PATH…
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "importers/article/article_importer.h"
#include "importers/article/article_reader.h"
#include "importers/article/statement_json.h"
#include "importers/lexicon/lexicon.h"
#include "query/cli/cli_context.h"

namespace stancekb {
namespace {

struct ArticleOptions {
  std::vector<std::string> paths;
  std::string date, source, lexicon;
};

Status ToReadOptions(const ArticleOptions& options, ReadOptions* out) {
  out->default_source = options.source;
  if (options.date.empty()) return Status::Ok();
  return Date::Parse(options.date, &out->default_date).WithPrefix("--date");
}

// Rewrites one status line on a terminal, at most every half second.
class ProgressLine {
 public:
  void Update(const ArticleImportReport& r, bool force = false) {
    if (!::isatty(STDERR_FILENO)) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%zu documents, %zu statements, %.0f documents/s   ", r.documents_read, r.statements_added,
                 seconds > 0 ? r.documents_read / seconds : 0.0);
  }
  void Finish(const ArticleImportReport& r) {
    Update(r, true);
    if (::isatty(STDERR_FILENO)) std::fputc('\n', stderr);
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_;
};

int RunImportArticles(const CliContext& context, const ArticleOptions& options) {
  ReadOptions read;
  Status s = ToReadOptions(options, &read);
  if (!s.ok()) return context.UsageError(s.message());
  std::unique_ptr<Store> store;
  s = context.OpenForWrite(&store);
  Lexicon lexicon;
  if (s.ok()) s = LexiconFromStore(*store, &lexicon);
  if (s.ok()) s = LoadPackCues(options.lexicon, &lexicon.cues);
  if (!s.ok()) return context.Fail(s);
  const Extractor extractor(lexicon);
  if (!extractor.status().ok()) return context.Fail(extractor.status());
  ArticleImportReport report;
  ProgressLine progress;
  int exit_code = kExitOk;
  for (const std::string& path : options.paths) {
    s = ImportArticles(store.get(), extractor, path, read, &report,
                       [&progress](const ArticleImportReport& r) { progress.Update(r); });
    if (!s.ok()) exit_code = context.Fail(s);
  }
  progress.Finish(report);
  for (const std::string& failure : report.failures) exit_code = context.Fail(Status::InvalidInput(failure));
  ResultTable table({"documents", "added", "already_stored", "failed", "statements_added", "unresolved"});
  table.AddRow({report.documents_read, report.documents_added, report.documents_already_stored, report.failures.size(),
                report.statements_added, report.statements_unresolved});
  context.Print(table);
  return exit_code;
}

int RunExtract(const CliContext& context, const ArticleOptions& options) {
  ReadOptions read;
  Status s = ToReadOptions(options, &read);
  if (!s.ok()) return context.UsageError(s.message());
  Lexicon lexicon;
  s = LoadLexicon(options.lexicon.empty() ? DefaultLexiconDir() : options.lexicon, &lexicon);
  if (s.ok() && lexicon.cues.empty()) s = LoadPackCues("", &lexicon.cues);
  if (!s.ok()) return context.Fail(s);
  const Extractor extractor(lexicon);
  if (!extractor.status().ok()) return context.Fail(extractor.status());
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
    s = ReadArticles(path, read, sink);
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

}  // namespace

void AddArticleCommands(CLI::App* app, CliContext* context) {
  auto import_options = std::make_shared<ArticleOptions>();
  CLI::App* import = app->get_subcommand("import")->add_subcommand(
      "articles", "Extract attributed statements from news articles and store them with their evidence");
  AddArticleOptions(import, import_options.get());
  import->add_option("--lexicon", import_options->lexicon,
                     "Pack whose cues.yaml reads the articles (default: the bundled pack); actors and topics are "
                     "the database's");
  import->callback([context, import_options] { context->exit_code = RunImportArticles(*context, *import_options);
});

auto extract_options = std::make_shared<ArticleOptions>();
CLI::App* extract =
    app->add_subcommand("extract", "Print the statements articles would give, without touching a database");
AddArticleOptions(extract, extract_options.get());
extract->add_option("--lexicon", extract_options->lexicon, "Lexicon directory (default: the bundled pack)");
extract->callback([context, extract_options] { context->exit_code = RunExtract(*context, *extract_options); });
}  // namespace stancekb

}  // namespace stancekb
