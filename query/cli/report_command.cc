// stancekb report [--topic T]… [--actor A]… [--from D] [--to D] [--top N] [-o FILE]
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "query/cli/cli_context.h"
#include "query/cli/query_arguments.h"
#include "query/html_report/html_page.h"
#include "query/html_report/report_data.h"

namespace stancekb {
namespace {

struct ReportOptions {
  std::vector<std::string> topics, actors;
  std::string from, to;
  std::string output = "report.html";
  int top = 30;
};

template <typename Id, typename Resolve>
Status ResolveAll(const std::vector<std::string>& names, Resolve resolve, std::vector<Id>* out) {
  for (const std::string& name : names) {
    std::optional<Id> id;
    Status s = resolve(name, &id);
    if (!s.ok()) return s;
    if (id && std::find(out->begin(), out->end(), *id) == out->end()) out->push_back(*id);
  }
  return Status::Ok();
}

// Writes the page beside `path` first and renames it into place, so a failed
// write never leaves half a report where a whole one was.
Status WritePage(const std::string& path, const std::string& page) {
  if (path == "-") {
    std::cout << page;
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::IoError("cannot write the report to stdout");
  }
  const std::string partial = path + ".partial-" + std::to_string(getpid());
  std::ofstream out(partial, std::ios::binary | std::ios::trunc);
  if (out) out.write(page.data(), static_cast<std::streamsize>(page.size()));
  if (out) out.close();
  std::error_code error;
  if (out) std::filesystem::rename(partial, path, error);
  if (out && !error) return Status::Ok();
  const std::string reason = error ? error.message() : std::strerror(errno);
  std::filesystem::remove(partial, error);
  return Status::IoError("cannot write " + path + ": " + reason);
}

int RunReport(const CliContext& context, const ReportOptions& options) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  if (!s.ok()) return context.Fail(s);
  const QueryArguments args(*store);
  ReportQuery query;
  query.today = Date::Today();
  query.top = options.top;
  s = ResolveAll<TopicId>(
      options.topics, [&](const std::string& n, auto* id) { return args.Topic(n, id); }, &query.topics);
  if (s.ok()) {
    s = ResolveAll<ActorId>(
        options.actors, [&](const std::string& n, auto* id) { return args.Actor(n, id); }, &query.actors);
  }
  if (!s.ok()) return context.Fail(s);
  s = args.Range(options.from, options.to, &query.from, &query.to);
  if (!s.ok()) return context.UsageError(s.message());
  ReportData data;
  s = CollectReport(*store, query, &data);
  if (s.ok()) s = WritePage(options.output, ReportPage(data));
  if (!s.ok()) return context.Fail(s);
  if (options.output == "-") return kExitOk;
  ResultTable table({"file", "topic", "statements", "network_nodes"});
  for (const TopicReport& topic : data.topics) {
    table.AddRow({options.output, topic.topic.key, topic.statements.size(), boost::num_vertices(topic.network)});
  }
  return context.Print(table);
}

}  // namespace

void AddReportCommand(CLI::App* app, CliContext* context) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* report = app->add_subcommand(
      "report", "One HTML page: stance timelines, agreement network, polarization, changes and disagreements");
  AddOptionsWhenRun(report, [report, options] {
    report->add_option("--topic,-t", options->topics, "Topic (repeatable; default: every topic with statements)");
    report->add_option("--actor,-a", options->actors, "Actor (repeatable; default: each topic's most active)");
    report->add_option("--from", options->from, "First date (YYYY-MM-DD, YYYY-MM, today, -30d)");
    report->add_option("--to", options->to, "Last date; stances as of it (default today)");
    report->add_option("--top", options->top, "Actors drawn per topic when none are named; the rest share one row")
        ->check(CLI::Range(1, 1000));
    report->add_option("-o,--output", options->output, "The HTML file to write (default report.html; - for stdout)");
  });
  report->callback([context, options] { context->exit_code = RunReport(*context, *options); });
}

}  // namespace stancekb
