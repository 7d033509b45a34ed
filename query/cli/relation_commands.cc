// stancekb agree | disagree | network | blocs: how actors' positions relate
// (doc/query-semantics.md "agree and disagree", "network", "blocs").
#include <CLI/CLI.hpp>

#include "query/blocs.h"
#include "query/cli/cli_context.h"
#include "query/cli/progress_line.h"
#include "query/cli/query_command.h"
#include "query/dyads.h"
#include "query/network_writers.h"

namespace stancekb {
namespace {

struct RelationOptions {
  std::string topic, at, from, to;
  std::string graph_format;  // network only; "" = the global --format if given, else graphml.
};

// Stances as of --at (default today), or as of --to counting only
// assertions from --from on.
Status ToPositionQuery(const QueryArguments& args, const RelationOptions& o, PositionQuery* query) {
  Status s = args.Topic(o.topic, &query->topic);
  if (!s.ok()) return s;
  if (o.from.empty()) return args.At(o.at.empty() ? o.to : o.at, &query->at);
  s = args.Range(o.from, o.to, &query->from, &query->at);
  if (s.ok() && !query->at.valid()) s = args.At("", &query->at);
  return s;
}

Status PrintDyads(const CliContext& context, Relation relation, const Store& store, const PositionQuery& query,
                  std::ostream* out) {
  Dyads dyads;
  Status s = FindDyads(store, query, relation, &dyads);
  ResultTable table({});
  table.StreamTo(context.format(), out);  // A disagree can have millions of rows.
  if (s.ok()) s = DyadsTable(store, dyads, &table, query.progress);
  if (s.ok()) table.Finish(context.format(), *out);
  return s;
}

// Written as the edges come: a whole database's network has millions.
Status PrintNetwork(const CliContext& context, const std::string& format, const Store& store,
                    const PositionQuery& query, std::ostream* out) {
  std::unique_ptr<NetworkWriter> writer;
  if (format == "graphml") {
    writer = NewGraphmlWriter(out);
  } else if (format == "dot") {
    writer = NewDotWriter(out);
  } else {
    OutputFormat table_format = context.format();  // Kept when `format` is "".
    ParseOutputFormat(format, &table_format);
    writer = NewEdgeListWriter(table_format, out);
  }
  Status s = VisitNetwork(store, query, writer.get());
  if (s.ok()) writer->Finish();
  return s;
}

Status PrintBlocs(const CliContext& context, const Store& store, const PositionQuery& query, std::ostream* out) {
  std::vector<Bloc> blocs;
  Status s = FindBlocs(store, query, &blocs);
  ResultTable table({});
  if (s.ok()) s = BlocsTable(store, blocs, &table);
  if (s.ok()) table.Print(context.format(), *out);
  return s;
}

using Printer = std::function<Status(const Store&, const PositionQuery&, std::ostream*)>;

// add_own_options, when given, adds the command's own options after the
// shared ones.
void AddCommand(CLI::App* app, CliContext* context, const char* name, const char* help,
                const std::shared_ptr<RelationOptions>& o, Printer print,
                std::function<void(CLI::App*)> add_own_options = nullptr) {
  CLI::App* command = app->add_subcommand(name, help);
  AddOptionsWhenRun(command, [command, o, add_own_options] {
    command->add_option("--topic,-t", o->topic, "Topic id, label or keyword (default: every topic)");
    CLI::Option* at = command->add_option("--at", o->at, "Stances as of this date (default today)");
    command->add_option("--from", o->from, "Count only assertions from this date on")->excludes(at);
    command->add_option("--to", o->to, "With --from: stances as of this date (default today)")->excludes(at);
    if (add_own_options) add_own_options(command);
  });
  command->callback([context, o, print] {
    context->exit_code = RunQuery(*context, [&](const Store& store, const QueryArguments& args, std::ostream* out) {
      PositionQuery query;
      Status s = ToPositionQuery(args, *o, &query);
      ProgressLine progress(ProgressLine::ForStderr(/*output_streams=*/true));
      query.progress = progress.Function();
      return s.ok() ? print(store, query, out) : s;
    });
  });
}

}  // namespace

void AddRelationCommands(CLI::App* app, CliContext* context) {
  const std::pair<const char*, Relation> kDyadCommands[] = {{"agree", Relation::kAgree},
                                                            {"disagree", Relation::kDisagree}};
  for (const auto& [name, relation] : kDyadCommands) {
    const std::string help =
        std::string("Pairs of actors who ") + name + " on a topic (or on each topic), with evidence";
    AddCommand(app, context, name, help.c_str(), std::make_shared<RelationOptions>(),
               [context, r = relation](const Store& store, const PositionQuery& query, std::ostream* out) {
                 return PrintDyads(*context, r, store, query, out);
               });
  }

  auto network_options = std::make_shared<RelationOptions>();
  AddCommand(
      app, context, "network", "Actor congruence/conflict network as GraphML, DOT or CSV", network_options,
      [context, network_options, app](const Store& store, const PositionQuery& query, std::ostream* out) {
        std::string format = network_options->graph_format;
        if (format.empty() && app->get_option("--format")->count() == 0) format = "graphml";
        return PrintNetwork(*context, format, store, query, out);
      },
      [network_options](CLI::App* network) {
        network
            ->add_option("--format,--graph", network_options->graph_format,
                         "graphml (default), dot, or an edge list: csv, json, jsonl, table")
            ->check(CLI::IsMember({"graphml", "dot", "csv", "json", "jsonl", "table"}));
      });

  AddCommand(app, context, "blocs", "Coalitions from the signed agreement graph, with shared members and positions",
             std::make_shared<RelationOptions>(),
             [context](const Store& store, const PositionQuery& query, std::ostream* out) {
               return PrintBlocs(*context, store, query, out);
             });
}

}  // namespace stancekb
