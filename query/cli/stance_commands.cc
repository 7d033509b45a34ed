// stancekb stance | timeline | diff | changes: one actor's positions and how
// they moved (semantics in doc/query-semantics.md).
#include <CLI/CLI.hpp>

#include "query/changes.h"
#include "query/cli/cli_context.h"
#include "query/cli/query_command.h"
#include "query/diff.h"
#include "query/report.h"
#include "query/stance.h"
#include "query/timeline.h"

namespace stancekb {
namespace {

struct StanceOptions {
  std::string actor, topic, at, from, to;
  int window = 0;
  bool all = false;
  bool summary = false;
};

// Resolves --actor and --topic (either may be empty).
template <typename Query>
Status ResolveNames(const QueryArguments& args, const StanceOptions& options, Query* query) {
  Status s = args.Actor(options.actor, &query->actor);
  return s.ok() ? args.Topic(options.topic, &query->topic) : s;
}

Status PrintDecisions(const Store& store, std::vector<PairDecision> rows, RowOrder order, const CliContext& context,
                      std::ostream* out) {
  ResultTable table({});
  Status s = DecisionTable(store, std::move(rows), order, &table);
  if (s.ok()) table.Print(context.format(), *out);
  return s;
}

Status RunStance(const CliContext& context, const StanceOptions& o, const Store& store, const QueryArguments& args,
                 std::ostream* out) {
  StanceQuery query;
  query.window_days = o.window;
  Status s = ResolveNames(args, o, &query);
  if (s.ok()) s = args.At(o.at, &query.at);
  std::vector<PairDecision> rows;
  if (s.ok()) s = StancesAsOf(store, query, &rows);
  return s.ok() ? PrintDecisions(store, std::move(rows), RowOrder::kByActorAndTopic, context, out) : s;
}

Status RunTimeline(const CliContext& context, const StanceOptions& o, const Store& store, const QueryArguments& args,
                   std::ostream* out) {
  TimelineQuery query;
  Status s = ResolveNames(args, o, &query);
  if (s.ok()) s = args.Range(o.from, o.to, &query.from, &query.to);
  std::vector<PairDecision> rows;
  if (s.ok()) s = Timeline(store, query, &rows);
  return s.ok() ? PrintDecisions(store, std::move(rows), RowOrder::kByDate, context, out) : s;
}

Status RunDiff(const CliContext& context, const StanceOptions& o, const Store& store, const QueryArguments& args,
               std::ostream* out) {
  DiffQuery query;
  query.window_days = o.window;
  query.include_same = o.all;
  Status s = ResolveNames(args, o, &query);
  if (s.ok()) s = args.At(o.from, &query.from);
  if (s.ok()) s = args.At(o.to, &query.to);
  std::vector<DiffRow> rows;
  if (s.ok()) s = Diff(store, query, &rows);
  ResultTable table({});
  if (s.ok()) s = DiffTable(store, std::move(rows), &table);
  if (s.ok()) table.Print(context.format(), *out);
  return s;
}

Status RunChanges(const CliContext& context, const StanceOptions& o, const Store& store, const QueryArguments& args,
                  std::ostream* out) {
  ChangesQuery query;
  Status s = ResolveNames(args, o, &query);
  if (s.ok()) s = args.Range(o.from, o.to, &query.from, &query.to);
  ChangesResult result;
  if (s.ok()) s = Changes(store, query, &result);
  ResultTable table({});
  if (s.ok())
    s = o.summary ? ChangesSummaryTable(store, result, &table) : ChangesTable(store, std::move(result), &table);
  if (s.ok()) table.Print(context.format(), *out);
  return s;
}

using Runner = Status (*)(const CliContext&, const StanceOptions&, const Store&, const QueryArguments&, std::ostream*);
// Adds a command's own options after --actor and --topic.
using AddOwnOptions = void (*)(CLI::App* command, StanceOptions* options);

void AddCommand(CLI::App* app, CliContext* context, const char* name, const char* help, Runner run,
                AddOwnOptions add_own_options) {
  auto options = std::make_shared<StanceOptions>();
  CLI::App* command = app->add_subcommand(name, help);
  AddOptionsWhenRun(command, [command, add_own_options, o = options.get()] {
    command->add_option("--actor,-a", o->actor, "Actor name or alias");
    command->add_option("--topic,-t", o->topic, "Topic id, label or keyword");
    add_own_options(command, o);
  });
  command->callback([context, run, options] {
    context->exit_code = RunQuery(*context, [&](const Store& store, const QueryArguments& args, std::ostream* out) {
      return run(*context, *options, store, args, out);
    });
  });
}

// About 270 years: any longer window counts everything.
constexpr uint64_t kMaxWindowDays = 100000;

void AddWindow(CLI::App* command, StanceOptions* o) {
  command->add_option("--window", o->window, "Count only assertions of the last DAYS days before each date")
      ->check(WholeNumberFromOne("a whole number of days", kMaxWindowDays));
}

void AddRange(CLI::App* command, StanceOptions* o) {
  command->add_option("--from", o->from, "First date (YYYY-MM-DD, YYYY-MM, today, -30d)");
  command->add_option("--to", o->to, "Last date");
}

}  // namespace

void AddStanceCommands(CLI::App* app, CliContext* context) {
  AddCommand(app, context, "stance", "Each actor's stance per topic as of a date, with the deciding assertions",
             RunStance, [](CLI::App* stance, StanceOptions* o) {
               stance->add_option("--at", o->at, "As of this date (default today)");
               AddWindow(stance, o);
             });
  AddCommand(app, context, "timeline", "Day-by-day stances of an actor, in date order", RunTimeline, AddRange);
  AddCommand(app, context, "diff", "How stances differ between two dates (changed, new, dropped)", RunDiff,
             [](CLI::App* diff, StanceOptions* o) {
               diff->add_option("--from", o->from, "First date D1")->required();
               diff->add_option("--to", o->to, "Second date D2")->required();
               AddWindow(diff, o);
               diff->add_flag("--all", o->all, "Also list stances that stayed the same");
             });
  AddCommand(app, context, "changes", "Position changes with both sides' evidence; flip-flop counts", RunChanges,
             [](CLI::App* changes, StanceOptions* o) {
               AddRange(changes, o);
               changes->add_flag("--summary", o->summary, "Only the per-actor counts of changes and flip-flops");
             });
}

}  // namespace stancekb
